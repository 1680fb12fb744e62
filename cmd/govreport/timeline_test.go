package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
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
	if recs := readCSV("search", "--data", data, "--csv", "--size", "1", `"覆盖率"`); len(recs) != 3 || recs[0][0] != "section_id" {
		t.Errorf("search --csv: %d records %v, want a header and 2 rows", len(recs), recs)
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
