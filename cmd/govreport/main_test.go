package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/search"
)

// runCmd runs the command line args and returns what it printed.
func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), &env{stdout: &out, stderr: &errOut}, args)
	return out.String() + errOut.String(), err
}

// Two years of a fictional plan: a target raised, a section added.
const (
	plan2023 = "云岭市教育局2023年工作要点\n一、总体要求\n坚持立德树人，全面落实双减。\n二、重点任务\n（一）学位供给\n新建改扩建中小学12所，新增学位1.5万个。\n（二）课后服务\n课后服务覆盖率达到95%。\n"
	plan2024 = "云岭市教育局2024年工作要点\n一、总体要求\n坚持立德树人，全面落实双减，建设教育强市。\n二、重点任务\n（一）学位供给\n新建改扩建中小学15所，新增学位2万个。\n（二）课后服务\n课后服务覆盖率达到98%。\n（三）数字化转型\n建设智慧校园30所。\n"
)

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	files := filepath.Join(dir, "files")
	os.MkdirAll(filepath.Join(files, "sub"), 0o755)
	os.WriteFile(filepath.Join(files, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(files, "sub", "plan-2024.txt"), []byte(plan2024), 0o644)
	os.WriteFile(filepath.Join(files, "photo.jpg"), []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb"), 0o644)

	t.Run("Ingest", func(t *testing.T) {
		out, err := runCmd(t, "ingest", "--data", data, files)
		if err == nil || !strings.Contains(out, "photo.jpg") {
			t.Errorf("ingest with one bad file: err %v, want a failure naming photo.jpg:\n%s", err, out)
		}
		if !strings.Contains(out, "ingested 2 files") || !strings.Contains(out, "index now holds 2 documents") {
			t.Errorf("ingest did not index the two good files:\n%s", out)
		}
		// Again, after a path that does not exist: the missing path is one
		// failure, the rest goes on; the same content gives the same IDs, so
		// nothing is duplicated.
		missing := filepath.Join(dir, "no-such-folder")
		out, err = runCmd(t, "ingest", "--data", data, missing, filepath.Join(files, "sub"))
		if err == nil || !strings.Contains(out, "FAIL "+missing) || !strings.Contains(out, "ingested 1 files") {
			t.Errorf("ingest of a missing path and a good one: err %v\n%s", err, out)
		}
		if !strings.Contains(out, "index now holds 2 documents") {
			t.Errorf("ingesting a file again duplicated it:\n%s", out)
		}
	})
	t.Run("DataFolderInside", func(t *testing.T) {
		// The data folder lies inside the folder walked: its files are
		// skipped, not reported as failed reports.
		inner := filepath.Join(files, "sub", "govreport-data")
		out, err := runCmd(t, "ingest", "--data", inner, filepath.Join(files, "sub"))
		if err != nil || strings.Contains(out, "FAIL") || !strings.Contains(out, "ingested 1 files") {
			t.Errorf("first ingest into a data folder inside the walked one: %v\n%s", err, out)
		}
		out, err = runCmd(t, "ingest", "--data", inner, filepath.Join(files, "sub"))
		if err != nil || strings.Contains(out, "FAIL") {
			t.Errorf("the data folder's own files were read as reports: %v\n%s", err, out)
		}
		os.RemoveAll(inner)
	})
	t.Run("Docs", func(t *testing.T) {
		out, err := runCmd(t, "docs", "--data", data)
		if err != nil || !strings.Contains(out, "云岭市教育局2023年工作要点") || !strings.Contains(out, "2 documents") {
			t.Errorf("docs: %v\n%s", err, out)
		}
		out, err = runCmd(t, "docs", "--data", data, "--json")
		var docs []struct {
			ID   string `json:"id"`
			Year int    `json:"year"`
		}
		if err != nil || json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 2 {
			t.Fatalf("docs --json: %v\n%s", err, out)
		}
		id := docs[0].ID
		out, err = runCmd(t, "docs", "--data", data, "--outline", id[:8])
		if err != nil || !strings.Contains(out, "二、重点任务") || !strings.Contains(out, "（一）学位供给") {
			t.Errorf("docs --outline: %v\n%s", err, out)
		}
	})
	t.Run("Search", func(t *testing.T) {
		out, err := runCmd(t, "search", "--data", data, `"教育强市"`)
		if err != nil || !strings.Contains(out, "1 sections for") || !strings.Contains(out, "【教育强市】") {
			t.Errorf("search: %v\n%s", err, out)
		}
		out, err = runCmd(t, "search", "--data", data, "双减", "--year", "2023", "--json")
		var res struct {
			Total int `json:"total"`
		}
		if err != nil || json.Unmarshal([]byte(out), &res) != nil || res.Total != 1 {
			t.Errorf("search --json --year: %v\n%s", err, out)
		}
		if _, err := runCmd(t, "search", "--data", data, `"unclosed`); err == nil {
			t.Error("a malformed query did not fail")
		}
	})
	t.Run("SearchCSV", func(t *testing.T) {
		// --csv is the whole result, or the page --from and --size ask
		// for, with a line on stderr naming the rows left after it.
		rows := func(args ...string) ([]string, string) {
			t.Helper()
			var out, errOut bytes.Buffer
			err := run(context.Background(), &env{stdout: &out, stderr: &errOut}, append([]string{"search", "--data", data, "--csv", "--sort", "year", `"课后服务"`}, args...))
			if err != nil || !strings.HasPrefix(out.String(), search.BOM+"section_id,") {
				t.Fatalf("search --csv %q: %v\n%s%s", args, err, out.String(), errOut.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\r\n"), "\r\n")
			return lines[1:], errOut.String()
		}
		all, note := rows()
		if len(all) != 2 || note != "" {
			t.Fatalf("search --csv: %d rows, %q; want both sections, no note", len(all), note)
		}
		page, note := rows("--from", "1", "--size", "1")
		if len(page) != 1 || page[0] != all[1] || note != "" {
			t.Errorf("search --csv --from 1 --size 1 = %q, %q; want the second row %q", page, note, all[1])
		}
		page, note = rows("--size", "1")
		if len(page) != 1 || page[0] != all[0] || !strings.Contains(note, "--from 1") {
			t.Errorf("search --csv --size 1 = %q, %q; want the first row and the next --from", page, note)
		}
		if _, err := runCmd(t, "search", "--data", data, "--csv", "--size", "0", `"课后服务"`); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--size") {
			t.Errorf("search --csv --size 0: %v, want a usage error naming --size", err)
		}
	})
	t.Run("Compare", func(t *testing.T) {
		out, err := runCmd(t, "compare", "--data", data, "--no-color",
			filepath.Join(files, "plan-2023.txt"), filepath.Join(files, "sub", "plan-2024.txt"))
		if err != nil {
			t.Fatalf("compare: %v\n%s", err, out)
		}
		for _, want := range []string{"12", "15", "数字化转型"} {
			if !strings.Contains(out, want) {
				t.Errorf("compare output lacks %q:\n%s", want, out)
			}
		}
		html := filepath.Join(dir, "c.html")
		if out, err := runCmd(t, "compare", "--data", data, "--html", html,
			filepath.Join(files, "plan-2023.txt"), filepath.Join(files, "sub", "plan-2024.txt")); err != nil {
			t.Fatalf("compare --html: %v\n%s", err, out)
		}
		if b, _ := os.ReadFile(html); !bytes.Contains(b, []byte("<html")) {
			t.Errorf("compare --html wrote no HTML page")
		}
		// --json is the API's format: which documents, then the comparison
		out, err = runCmd(t, "compare", "--data", data, "--json",
			filepath.Join(files, "plan-2023.txt"), filepath.Join(files, "sub", "plan-2024.txt"))
		var js struct {
			From, To struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Year  int    `json:"year"`
			}
			Pairs []json.RawMessage `json:"pairs"`
		}
		if err != nil || json.Unmarshal([]byte(out), &js) != nil || js.From.Year != 2023 || js.To.Year != 2024 || js.From.ID == "" || len(js.Pairs) == 0 {
			t.Errorf("compare --json: %v: from %+v, to %+v, %d pairs; want the two plans named and their pairs\n%.300s", err, js.From, js.To, len(js.Pairs), out)
		}
		// one table for a spreadsheet: the changed figures, 12 -> 15
		out, err = runCmd(t, "compare", "--data", data, "--csv", "--table", "numbers",
			filepath.Join(files, "plan-2023.txt"), filepath.Join(files, "sub", "plan-2024.txt"))
		if err != nil {
			t.Fatalf("compare --csv --table numbers: %v\n%s", err, out)
		}
		if !strings.HasPrefix(out, "\ufeffindicator,old,new,") || !strings.Contains(out, ",15") {
			t.Errorf("compare --csv --table numbers:\n%s\nwant the changed figures' table (12 -> 15)", out)
		}
		if _, err := runCmd(t, "compare", "--data", data, "--table", "numbers",
			filepath.Join(files, "plan-2023.txt"), filepath.Join(files, "sub", "plan-2024.txt")); !errors.Is(err, errUsage) {
			t.Errorf("compare --table without --csv: %v, want a usage error", err)
		}
	})
}

func TestUsage(t *testing.T) {
	if _, err := runCmd(t); !errors.Is(err, errUsage) {
		t.Errorf("no command: err %v, want errUsage", err)
	}
	if _, err := runCmd(t, "frobnicate"); !errors.Is(err, errUsage) {
		t.Errorf("unknown command: err %v, want errUsage", err)
	}
	if _, err := runCmd(t, "search", "--no-such-flag", "x"); !errors.Is(err, errUsage) {
		t.Errorf("unknown flag: err %v, want errUsage", err)
	}
	if _, err := runCmd(t, "search", "--year", "2025..2023", "x"); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "backwards") {
		t.Errorf("backward year range: err %v, want a usage error that says why", err)
	}
	for _, c := range commands {
		out, err := runCmd(t, c.name, "-h")
		if err != nil && !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "Example:") {
			t.Errorf("%s -h: %v, want usage with an example:\n%s", c.name, err, out)
		}
	}
	out, err := runCmd(t, "version")
	if err != nil || !strings.HasPrefix(out, "govreport ") {
		t.Errorf("version: %v %q", err, out)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestOutputError checks that a command whose output cannot be written
// (a full disk under "> file") fails, rather than exit 0 with its output
// lost.
func TestOutputError(t *testing.T) {
	var errOut bytes.Buffer
	err := run(context.Background(), &env{stdout: failingWriter{}, stderr: &errOut}, []string{"version"})
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Errorf("version printing to a full disk: err %v, want the write's error", err)
	}
}

// TestTermsYearFlag checks that terms -h describes --year as the one year
// the command requires, not as the filter of years search takes.
func TestTermsYearFlag(t *testing.T) {
	out, _ := runCmd(t, "terms", "-h")
	_, flagLine, _ := strings.Cut(out, "\n  -year ")
	flagLine, _, _ = strings.Cut(flagLine, "\n  -")
	if !strings.Contains(flagLine, "required") || strings.Contains(flagLine, "..") {
		t.Errorf("terms -h describes --year as %q, want the one year it requires", flagLine)
	}
}

func TestDisplayWidth(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{{"", 0}, {"2023", 4}, {"总结", 4}, {"政府工作报告", 12}, {"ＡＢ", 4}, {"a明b", 4}, {"“双减”", 8}, {"a\u0301", 1}} {
		if got := compare.DisplayWidth(tt.in); got != tt.want {
			t.Errorf("compare.DisplayWidth(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestMistypedData checks that the commands that read refuse a data folder
// that does not exist or is empty, instead of answering from a new, empty
// index, and create nothing there.
func TestMistypedData(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "govreprot-data")
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	for _, data := range []string{missing, empty} {
		for _, args := range [][]string{{"search", "双减"}, {"docs"}, {"compare", "aaaa", "bbbb"}, {"reindex"}} {
			out, err := runCmd(t, append(args, "--data", data)...)
			if err == nil || !strings.Contains(err.Error()+out, data) {
				t.Errorf("%s --data %s: err %v, want an error naming the folder\n%s", args[0], data, err, out)
			}
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a read command created the mistyped data folder %s", missing)
	}
}

// TestCompareMissingFile checks that compare of a file that is not there
// (the help's own example, old-plan.docx new-plan.docx, run where those
// files are not) says so, naming the file, where it said that no such
// document is in the index, or, on a machine without an index, that the
// data folder holds none: compare of two files needs no index.
func TestCompareMissingFile(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	plan := filepath.Join(dir, "plan-2023.txt")
	os.WriteFile(plan, []byte(plan2023), 0o644)
	missing := filepath.Join(dir, "new-plan.docx")
	for _, args := range [][]string{{plan, missing}, {missing, plan}, {"old-plan.docx", "new-plan.docx"}} {
		out, err := runCmd(t, append([]string{"compare", "--data", data}, args...)...)
		if err == nil || !errors.Is(err, os.ErrNotExist) || strings.Contains(err.Error(), "index") && !strings.Contains(err.Error(), "no such file") {
			t.Errorf("compare %s: %v\n%s; want an error saying the file is not there", strings.Join(args, " "), err, out)
		}
	}
	out, err := runCmd(t, "compare", "--data", data, dir, plan)
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("compare of a folder: %v\n%s; want an error saying it is a folder", err, out)
	}
}

// TestCheck damages one stored section and checks that `govreport check`
// names the document and its file and exits with an error, that search
// refuses rather than answering from the damaged store, and that
// --repair leaves an index that checks clean and searches.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(dir, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "check", "--data", data); err != nil || !strings.Contains(out, "0 documents damaged") {
		t.Fatalf("check of a sound folder: %v\n%s", err, out)
	}
	store := filepath.Join(data, "store.db")
	b, _ := os.ReadFile(store)
	i := bytes.Index(b, []byte("智慧校园")) // only in plan-2024
	if i < 0 {
		t.Fatal("the text of plan-2024 is not in store.db as written")
	}
	b[i] ^= 0x01
	os.WriteFile(store, b, 0o644)

	out, err := runCmd(t, "check", "--data", data)
	if err == nil || !strings.Contains(out, "DAMAGED") || !strings.Contains(out, "plan-2024.txt") {
		t.Errorf("check of a damaged folder: err %v, want DAMAGED naming plan-2024.txt\n%s", err, out)
	}
	if out, err := runCmd(t, "search", "--data", data, `"课后服务"`); err == nil {
		t.Errorf("search over a damaged store answered:\n%s", out)
	}
	if out, err := runCmd(t, "check", "--repair", "--data", data); err != nil || !strings.Contains(out, "repaired: 1 damaged") {
		t.Fatalf("check --repair: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "check", "--data", data); err != nil {
		t.Errorf("check after --repair: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "search", "--data", data, `"课后服务"`); err != nil || !strings.Contains(out, "1 sections for") {
		t.Errorf("search after --repair: %v\n%s", err, out)
	}
}

// TestCheckIndexOnly removes the search index of a folder whose store is
// whole: check says so and that nothing is to be removed or ingested again
// (it advised removing the damaged documents and ingesting their files),
// and --repair rebuilds it, removing nothing.
func TestCheckIndexOnly(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.WriteFile(filepath.Join(dir, "plan-2023.txt"), []byte(plan2023), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, dir); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	os.RemoveAll(filepath.Join(data, "bleve"))
	out, err := runCmd(t, "check", "--data", data)
	if err == nil || strings.Contains(err.Error(), "ingest") || !strings.Contains(err.Error(), "nothing is removed") {
		t.Errorf("check of a folder without its search index: %v, want the advice to rebuild it, removing nothing\n%s", err, out)
	}
	out, err = runCmd(t, "check", "--repair", "--data", data)
	if err != nil || !strings.Contains(out, "no document was removed") {
		t.Errorf("check --repair: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "search", "--data", data, `"课后服务"`); err != nil || !strings.Contains(out, "1 sections for") {
		t.Errorf("search after --repair: %v\n%s", err, out)
	}
}

// TestParseExclusion checks that a query's exclusion is an argument, not an
// unknown flag, wherever it stands among the flags.
func TestParseExclusion(t *testing.T) {
	for _, args := range [][]string{
		{"双减", "-培训", "--year", "2023"},
		{"--year", "2023", "双减", "-培训"},
		{"--year", "2023", "-培训", "双减"},
	} {
		fs := flag.NewFlagSet("search", flag.ContinueOnError)
		year := fs.String("year", "", "")
		rest, err := parse(fs, args)
		if err != nil || *year != "2023" || !slices.Contains(rest, "-培训") || !slices.Contains(rest, "双减") {
			t.Errorf("parse(%q) = %q, year %q, %v; want 双减 and -培训 as arguments, year 2023", args, rest, *year, err)
		}
	}
	// a negative number is a flag's value, not an exclusion: the flag
	// then says what is wrong with it, instead of "flag needs an argument"
	for _, args := range [][]string{{"--size", "-1", "双减"}, {"双减", "-培训", "--json", "-size", "-1"}} {
		fs := flag.NewFlagSet("search", flag.ContinueOnError)
		size := fs.Int("size", 10, "")
		fs.Bool("json", false, "")
		rest, err := parse(fs, args)
		if err != nil || *size != -1 || !slices.Contains(rest, "双减") || slices.Contains(rest, "-1") {
			t.Errorf("parse(%q) = %q, size %d, %v; want size -1 and 双减 an argument", args, rest, *size, err)
		}
	}
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := parse(fs, []string{"-nosuchflag"}); err == nil {
		t.Errorf("parse(-nosuchflag) succeeded, want a usage error")
	}
}

// TestIngestOddNames checks that a file whose name holds a line break
// keeps to one line of output, quoted.
func TestIngestOddNames(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "plan\n2023.txt")
	if err := os.WriteFile(name, []byte(plan2023), 0o644); err != nil {
		t.Skipf("cannot make a file name with a line break here: %v", err)
	}
	out, err := runCmd(t, "ingest", "--data", filepath.Join(dir, "data"), name)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, `plan\n2023.txt"`) {
		t.Errorf("ingest output does not quote the name with its line break:\n%s", out)
	}
}

// TestBadFlagValues checks that a flag value a command cannot take is
// refused before anything is opened or created, naming the flag: the data
// folder here does not exist, so a check made after opening it would
// answer that instead.
func TestBadFlagValues(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	missing := filepath.Join(dir, "no-such-words.txt")
	tests := []struct {
		args  []string
		flag  string
		usage bool // a usage error (exit 2)
	}{
		{[]string{"search", "--size", "-1", "双减"}, "--size", true},
		{[]string{"search", "--size", "0", "双减"}, "--size", true},
		{[]string{"search", "--size", "101", "双减"}, "--size", true},
		{[]string{"search", "--from", "-5", "双减"}, "--from", true},
		{[]string{"search", "--sort", "newest", "双减"}, "--sort", true},
		{[]string{"timeline", "--table", "places", "--csv", "双减"}, "--table", true},
		{[]string{"timeline", "--table", "regions", "双减"}, "--table", true},
		{[]string{"terms"}, "--year is required", true},
		{[]string{"terms", "--year", "2023..2024"}, "--year takes one year", true},
		{[]string{"terms", "--year", "2024", "--limit", "-1"}, "--limit", true},
		{[]string{"terms", "--year", "2024", "--limit", "0"}, "--limit", true},
		{[]string{"terms", "--year", "2024", "--limit", "100000"}, "--limit", true},
		// a kind no report can have: refused, not a zero that reads as an answer
		{[]string{"search", "--kind", "工作通知", "双减"}, "--kind", true},
		{[]string{"timeline", "--kind", "通知", "双减"}, "--kind", true},
		{[]string{"terms", "--year", "2024", "--kind", "通知"}, "--kind", true},
		{[]string{"watch", "add", "--kind", "工作通知", "双减"}, `kind "工作通知" matches no report`, true},
		{[]string{"search", "--dict", missing, "双减"}, "--dict", false},
		{[]string{"ingest", "--dict", missing, dir}, "--dict", false},
		{[]string{"reindex", "--dict", missing}, "--dict", false},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--dict", missing}, "--dict", false},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--dict", dir}, "--dict", false},
		// the CORS middleware panicked on an origin without a scheme
		{[]string{"serve", "--addr", "127.0.0.1:0", "--cors", "example.test"}, "--cors", true},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--cors", "http://a.test,null"}, "--cors", true},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--max-body", "-1"}, "--max-body", true},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--timeout", "0s"}, "--timeout", true},
		{[]string{"serve", "--addr", "0.0.0.0:0", "--allow-writes"}, "--allow-writes", true},
		{[]string{"serve", "--addr", "nonsense"}, "--addr", true},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, "--addr", true},
		{[]string{"serve", "--addr", "127.0.0.1"}, "--addr", true},
	}
	for _, tt := range tests {
		args := append(tt.args, "--data", data)
		out, err := runCmd(t, args...)
		switch {
		case err == nil:
			t.Errorf("govreport %s succeeded:\n%s", strings.Join(args, " "), out)
		case !strings.Contains(err.Error(), tt.flag):
			t.Errorf("govreport %s: %v, want an error naming %s", strings.Join(args, " "), err, tt.flag)
		case errors.Is(err, errUsage) != tt.usage:
			t.Errorf("govreport %s: %v is a usage error: %v, want %v", strings.Join(args, " "), err, errors.Is(err, errUsage), tt.usage)
		}
		if _, err := os.Stat(data); err == nil {
			t.Fatalf("govreport %s created the data folder", strings.Join(args, " "))
		}
	}
}

// TestBlankQuery checks that search and timeline refuse a query of blank
// words over an index, as the API does, rather than answer every section.
func TestBlankQuery(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	file := filepath.Join(dir, "plan.txt")
	if err := os.WriteFile(file, []byte(plan2023), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runCmd(t, "ingest", "--data", data, file); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"search", ""}, {"search", " ", "\t"}, {"search", "--reports", ""}, {"timeline", ""}} {
		args = append(args, "--data", data)
		out, err := runCmd(t, args...)
		if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "query is empty") {
			t.Errorf("govreport %q: %v, want a usage error saying the query is empty\n%s", args, err, out)
		}
	}
}

// TestEmptyData checks that --data "" (an unset shell variable) is a usage
// error naming --data, whatever the command.
func TestEmptyData(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.txt")
	if err := os.WriteFile(file, []byte(plan2023), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // where a folder named " " was made
	for _, args := range [][]string{{"ingest", file}, {"search", "双减"}, {"docs"}, {"timeline", "双减"}, {"reindex"}, {"check"}} {
		args = append(args, "--data", " ")
		out, err := runCmd(t, args...)
		if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "--data") {
			t.Errorf("govreport %q: %v, want a usage error naming --data\n%s", args, err, out)
		}
	}
}
