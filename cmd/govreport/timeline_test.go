package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/govreport/govreport/search"
)

// TestTimelineAndCSV runs govreport timeline and search --csv over the two
// plans of TestCommands: 教育强市 first appears in 2024, 双减 in both years.
func TestTimelineAndCSV(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(dir, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err := runCmd(t, "timeline", "--data", data, `"教育强市"`)
	if err != nil || !strings.Contains(out, "1 reports, 1 sections") || !strings.Contains(out, "first used in:") ||
		!strings.Contains(out, "2024") || !strings.Contains(out, "云岭市教育局2024年工作要点") {
		t.Errorf("timeline: %v\n%s", err, out)
	}
	out, err = runCmd(t, "timeline", "--data", data, "--json", `"双减"`)
	var tl search.Timeline
	if err != nil || json.Unmarshal([]byte(out), &tl) != nil {
		t.Fatalf("timeline --json: %v\n%s", err, out)
	}
	if tl.Documents != 2 || len(tl.Years) != 2 || tl.Years[0].Year != 2023 || tl.Years[0].Documents != 1 || tl.Years[0].AllDocuments != 1 {
		t.Errorf("timeline --json of 双减 over two plans: %+v", tl)
	}
	readCSV := func(args ...string) [][]string {
		t.Helper()
		out, err := runCmd(t, args...)
		if err != nil || !strings.HasPrefix(out, search.BOM) {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		recs, err := csv.NewReader(bytes.NewReader([]byte(out[len(search.BOM):]))).ReadAll()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return recs
	}
	// 覆盖率 is in one section of each plan; 中小学 likewise; 双减 too.
	if recs := readCSV("search", "--data", data, "--csv", `"覆盖率"`); len(recs) != 3 || recs[0][0] != "section_id" {
		t.Errorf("search --csv: %d records %v, want a header and 2 rows", len(recs), recs)
	}
	// --size asks for a page: one row, and a line on stderr (after the
	// CSV here: runCmd joins the two) naming the next --from
	out, err = runCmd(t, "search", "--data", data, "--csv", "--size", "1", `"覆盖率"`)
	csvPart, tail, _ := strings.Cut(out, "govreport: ")
	recs, cerr := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvPart, search.BOM))).ReadAll()
	if err != nil || cerr != nil || len(recs) != 2 || !strings.Contains(tail, "--from 1") {
		t.Errorf("search --csv --size 1: %v %v, %d records, stderr %q; want a header, 1 row and the next --from\n%s", err, cerr, len(recs), tail, out)
	}
	if recs := readCSV("search", "--data", data, "--csv", "--reports", "课后服务"); len(recs) != 3 || recs[0][0] != "doc_id" {
		t.Errorf("search --csv --reports: %d records %v, want a header and 2 rows", len(recs), recs)
	}
	if recs := readCSV("timeline", "--data", data, "--csv", "--table", "first", `"双减"`); len(recs) != 3 || recs[1][2] != "2023" {
		t.Errorf("timeline --csv --table first: %v", recs)
	}
	out, err = runCmd(t, "search", "--data", data, "--reports", `"课后服务"`)
	if err != nil || !strings.Contains(out, "2 reports · ") {
		t.Errorf("search --reports: %v\n%s", err, out)
	}
}

// TestPrintTimelineYearWithoutReports: a year of the timeline with no
// report at all (search.Timeline keeps it so that the years stay evenly
// apart) prints no share, where 0% would read as reports that do not use
// the query.
func TestPrintTimelineYearWithoutReports(t *testing.T) {
	tl := &search.Timeline{Query: `"双减"`, Documents: 2, Sections: 2, Years: []search.YearCount{
		{Year: 2019, Documents: 1, Sections: 1, AllDocuments: 2},
		{Year: 2020},
		{Year: 2021, AllDocuments: 3},
	}}
	var b bytes.Buffer
	if err := printTimeline(&b, tl); err != nil {
		t.Fatal(err)
	}
	shares := map[string]string{}
	for _, line := range strings.Split(b.String(), "\n") {
		if f := strings.Fields(line); len(f) >= 4 && regexp.MustCompile(`^20\d\d$`).MatchString(f[0]) {
			shares[f[0]] = f[3]
		}
	}
	if shares["2019"] != "50%" || shares["2020"] != "-" || shares["2021"] != "0%" {
		t.Errorf("shares %v, want 2019 50%%, 2020 - (no report), 2021 0%%\n%s", shares, b.String())
	}
}

// TestTerms runs govreport terms over the two plans of TestCommands: the
// 2024 plan adds 建设教育强市 and a heading 数字化转型, which the 2023 plan
// has nowhere: both are new terms of 2024, in one report of one place,
// first used in 2024; the 2023 plan says nothing the 2024 one dropped.
func TestTerms(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(dir, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err := runCmd(t, "terms", "--data", data, "--year", "2024")
	if err != nil || !strings.Contains(out, "new terms in the 1 reports of 2024, against 1 reports of 2023") ||
		!regexp.MustCompile(`教育强市\s+1\s+1\s+2024\s+0`).MatchString(out) || !strings.Contains(out, "govreport timeline '\"") {
		t.Errorf("terms --year 2024: %v\n%s", err, out)
	}
	out, err = runCmd(t, "terms", "--data", data, "--year", "2024", "--json")
	var ts search.Terms
	if err != nil || json.Unmarshal([]byte(out), &ts) != nil {
		t.Fatalf("terms --json: %v\n%s", err, out)
	}
	found := map[string]search.YearTerm{}
	for _, tm := range ts.Terms {
		found[tm.Term] = tm
	}
	for _, want := range []string{"教育强市", "数字化转型"} {
		if tm, ok := found[want]; !ok || tm.Documents != 1 || tm.Places != 1 || tm.FirstYear != 2024 || tm.Before != 0 {
			t.Errorf("terms --json: %s is %+v in %+v", want, tm, ts)
		}
	}
	for _, tm := range ts.Terms {
		if strings.Contains(plan2023, tm.Term) {
			t.Errorf("terms --json: %s is in the 2023 plan", tm.Term)
		}
	}
	out, err = runCmd(t, "terms", "--data", data, "--year", "2024", "--csv")
	if err != nil || !strings.HasPrefix(out, search.BOM) {
		t.Fatalf("terms --csv: %v\n%s", err, out)
	}
	recs, err := csv.NewReader(strings.NewReader(out[len(search.BOM):])).ReadAll()
	if err != nil || len(recs) != ts.Total+1 || recs[0][0] != "term" {
		t.Errorf("terms --csv: %v, %d records for %d terms", err, len(recs), ts.Total)
	}
	out, err = runCmd(t, "terms", "--data", data, "--year", "2024", "--dropped")
	if err != nil || !strings.Contains(out, "0 terms of the 1 reports of 2023 that the 1 reports of 2024 no longer use") {
		t.Errorf("terms --dropped: %v\n%s", err, out)
	}
	for _, bad := range [][]string{{"--year", "2023..2024"}, {}, {"--year", "2024", "2023"}} {
		if out, err := runCmd(t, append([]string{"terms", "--data", data}, bad...)...); !errors.Is(err, errUsage) {
			t.Errorf("terms %v: %v, want a usage error\n%s", bad, err, out)
		}
	}
}
