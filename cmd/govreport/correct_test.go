package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/index"
)

// Two plans of a fictional county bureau without a title line, so that
// inference has little to go on and corrections carry the series.
const (
	untitled2023 = "一、总体要求\n坚持立德树人，全面落实双减。\n二、重点任务\n（一）学位供给\n新建改扩建中小学12所。\n（二）课后服务\n课后服务覆盖率达到95%。\n"
	untitled2024 = "一、总体要求\n坚持立德树人，全面落实双减，建设教育强县。\n二、重点任务\n（一）学位供给\n新建改扩建中小学15所。\n（二）课后服务\n课后服务覆盖率达到98%。\n"
)

// TestIngestCorrections corrects one file with the ingest flags and one
// with a CSV manifest, and checks that search facets, counterparts and
// compare see the corrections, after reindex and after ingesting the files
// again without them.
func TestIngestCorrections(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "files", "b.txt")
	os.MkdirAll(filepath.Dir(b), 0o755)
	os.WriteFile(a, []byte(untitled2023), 0o644)
	os.WriteFile(b, []byte(untitled2024), 0o644)

	out, err := runCmd(t, "ingest", "--data", data, "--title", "青岚县教育局2023年工作计划", "--year", "2023",
		"--kind", "计划", "--region", "青岚县", "--issuer", "教育局", a)
	if err != nil || !strings.Contains(out, "青岚县教育局2023年工作计划 (2023 计划 教育局 青岚县)") || !strings.Contains(out, "corrected: title, year, kind, region, issuer") {
		t.Fatalf("ingest with corrections: %v\n%s", err, out)
	}
	csv := filepath.Join(dir, "fix.csv")
	os.WriteFile(csv, []byte("path,title,year,kind,region,issuer\nfiles/b.txt,青岚县教育局2024年工作计划,2024,计划,青岚县,教育局\n"), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, "--manifest", csv); err != nil || !strings.Contains(out, "(2024 计划 教育局 青岚县)") {
		t.Fatalf("ingest --manifest: %v\n%s", err, out)
	}

	check := func(when string) {
		t.Helper()
		out, err := runCmd(t, "search", "--data", data, `"双减"`, "--json")
		var res struct {
			Facets map[string][]struct {
				Value string `json:"value"`
				Count int    `json:"count"`
			} `json:"facets"`
		}
		if err != nil || json.Unmarshal([]byte(out), &res) != nil {
			t.Fatalf("%s: search: %v\n%s", when, err, out)
		}
		facets := map[string]int{}
		for name, vs := range res.Facets {
			for _, v := range vs {
				facets[name+":"+v.Value] = v.Count
			}
		}
		for _, want := range []string{"region:青岚县", "year:2023", "year:2024", "kind:计划", "issuer:教育局"} {
			if facets[want] == 0 {
				t.Errorf("%s: search facets lack %s: %v", when, want, facets)
			}
		}
		if facets["region:青岚县"] != 2 {
			t.Errorf("%s: region facet 青岚县 = %d, want 2", when, facets["region:青岚县"])
		}

		ix, err := index.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		var ids [2]string
		for _, d := range ix.Documents() {
			switch d.Year {
			case 2023:
				ids[0] = d.ID
			case 2024:
				ids[1] = d.ID
			}
		}
		prev, next := compare.Counterparts(ix.Documents(), ids[0])
		if prev != nil || next == nil || next.ID != ids[1] {
			t.Errorf("%s: counterparts of the 2023 plan: %v, %v, want the 2024 plan next", when, prev, next)
		}
		ix.Close()

		out, err = runCmd(t, "compare", "--data", data, "--no-color", ids[0], ids[1])
		if err != nil || !strings.Contains(out, "青岚县教育局2023年工作计划") || !strings.Contains(out, "青岚县教育局2024年工作计划") {
			t.Errorf("%s: compare does not show the corrected titles: %v\n%s", when, err, out)
		}
	}
	check("after ingest")

	if out, err := runCmd(t, "reindex", "--data", data); err != nil {
		t.Fatalf("reindex: %v\n%s", err, out)
	}
	check("after reindex")

	// Again, without corrections, and through a JSON Lines manifest whose
	// nulls and unknown keys change nothing.
	jsonl := filepath.Join(dir, "files", "again.jsonl")
	os.WriteFile(jsonl, []byte(`{"path": "b.txt", "kind": null, "notes": "scanned copy"}`+"\n"), 0o644)
	out, err = runCmd(t, "ingest", "--data", data, "--manifest", jsonl, a)
	if err != nil || !strings.Contains(out, "index now holds 2 documents") || !strings.Contains(out, "ignoring notes") ||
		!strings.Contains(out, "青岚县教育局2023年工作计划 (2023 计划 教育局 青岚县)") {
		t.Fatalf("ingest again: %v\n%s", err, out)
	}
	check("after ingesting again")
}

func TestManifestErrors(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(untitled2023), 0o644)
	for _, tc := range []struct {
		name, text string
		want       []string // parts of the error
	}{
		{"m.csv", "path,year\na.txt,2024\nmissing.txt,2024\na.txt,二〇二四\n", []string{"m.csv:3: path", "missing.txt", "m.csv:4: path", "also on line 2", "m.csv:4: year"}},
		{"m.csv", "file,year\na.txt,2024\n", []string{"m.csv:1:", "no path column"}},
		{"m.csv", "path,year,Year\na.txt,2023,2024\n", []string{"m.csv:1:", "year twice"}},
		{"m.csv", "path,region\na.txt,\"青岚县\n", []string{"m.csv:2:"}},
		{"m.jsonl", "{\"path\": \"a.txt\", \"year\": \"soon\"}\n\n{\"path\": \"a.txt\"\n{\"year\": 2024}\n{\"path\": \"a.txt\", \"title\": 5}\n",
			[]string{"m.jsonl:1: year", "m.jsonl:3: not a JSON object", "m.jsonl:4: no path", "m.jsonl:5: title"}},
	} {
		m := filepath.Join(dir, tc.name)
		os.WriteFile(m, []byte(tc.text), 0o644)
		out, err := runCmd(t, "ingest", "--data", data, "--manifest", m)
		if err == nil {
			t.Errorf("manifest %q: no error\n%s", tc.text, out)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("manifest %q: error %q lacks %q", tc.text, err, w)
			}
		}
		if strings.Contains(out, "ok   ") {
			t.Errorf("manifest %q: files were ingested despite the errors:\n%s", tc.text, out)
		}
	}
	if _, err := runCmd(t, "ingest", "--data", data, "--year", "next", filepath.Join(dir, "a.txt")); err == nil || !strings.Contains(err.Error(), "year") {
		t.Errorf("--year next: err %v, want a usage error naming year", err)
	}
}
