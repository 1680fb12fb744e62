package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/govreport/govreport"
)

// serveData starts govreport serve on data with the token sekret and
// returns its address and a function that stops it.
func serveData(t *testing.T, data string) (base string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, &env{stdout: &syncWriter{w: &out}, stderr: &syncWriter{w: &out}}, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--quiet", "--token", "sekret"})
	}()
	for start := time.Now(); base == ""; time.Sleep(50 * time.Millisecond) {
		if base = runningServer(ctx, data); base == "" && time.Since(start) > 30*time.Second {
			cancel()
			t.Fatalf("serve did not answer in 30 s: %v", <-done)
		}
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, out.String())
		}
	}
	t.Cleanup(stop)
	return base, stop
}

// watchFeed fetches the Atom feed of a watch and returns the document IDs
// its entries link to, in order.
func watchFeed(t *testing.T, base, id string) []string {
	t.Helper()
	res, err := http.Get(base + "/api/v1/watches/" + id + "/feed")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("feed %s = %s %s: %s", id, res.Status, res.Header.Get("Content-Type"), b)
	}
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID   string `xml:"id"`
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(b, &f); err != nil || f.ID == "" || f.Updated == "" {
		t.Fatalf("feed %s is not an Atom feed (%v):\n%s", id, err, b)
	}
	ids := []string{}
	for _, e := range f.Entries {
		_, doc, _ := strings.Cut(e.Link.Href, "/#/doc/")
		ids = append(ids, doc)
	}
	return ids
}

// watchLines returns the watch lines of ingest's output as "watch doc".
func watchLines(out string) []string {
	var got []string
	re := regexp.MustCompile(`(?m)^watch (\S+) .* new: (\S+) `)
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	return got
}

// TestWatchIngest: a watch made through the API before an ingest is named
// by the ingest for the new matching report, and only for it (not for a
// new report that does not match, nor for content ingested again); after
// a reindex and a restart its feed lists that report and nothing else;
// an ingest beside the running server names it too.
func TestWatchIngest(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	files := filepath.Join(dir, "files")
	os.MkdirAll(files, 0o755)
	os.WriteFile(filepath.Join(files, "plan-2023.txt"), []byte(plan2023), 0o644)
	os.WriteFile(filepath.Join(files, "plan-2024.txt"), []byte(plan2024), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, files); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}

	base, stop := serveData(t, data)
	newWatch := func(body string) string {
		req, _ := http.NewRequest("POST", base+"/api/v1/watches", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer sekret")
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var w struct{ ID string }
		if err := json.NewDecoder(res.Body).Decode(&w); err != nil || res.StatusCode != 201 {
			t.Fatalf("POST watch %s = %s (%v)", body, res.Status, err)
		}
		return w.ID
	}
	service := newWatch(`{"q":"\"课后服务\""}`)
	other := newWatch(`{"q":"\"课后服务\"","year":"2023"}`)
	if got := watchFeed(t, base, service); len(got) != 0 {
		t.Fatalf("a new watch's feed lists %v", got)
	}
	stop()

	more := filepath.Join(dir, "more")
	os.MkdirAll(more, 0o755)
	os.WriteFile(filepath.Join(more, "plan-2025.txt"), []byte(strings.ReplaceAll(plan2024, "2024", "2025")), 0o644)
	os.WriteFile(filepath.Join(more, "health-2025.txt"), []byte("云岭市卫生健康委员会2025年工作要点\n一、总体要求\n坚持人民至上。\n二、重点任务\n新建社区卫生服务中心3个。\n"), 0o644)
	os.WriteFile(filepath.Join(more, "plan-2023-again.txt"), []byte(plan2023), 0o644)
	out, err := runCmd(t, "ingest", "--data", data, more)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	id2025 := regexp.MustCompile(`(?m)^ok   \S*plan-2025\.txt  (\S+)`).FindStringSubmatch(out)
	if id2025 == nil {
		t.Fatalf("no ok line for plan-2025.txt:\n%s", out)
	}
	if got, want := watchLines(out), []string{service + " " + id2025[1]}; !slices.Equal(got, want) {
		t.Errorf("ingest named watches %v, want %v:\n%s", got, want, out)
	}

	if out, err := runCmd(t, "reindex", "--data", data); err != nil {
		t.Fatalf("reindex: %v\n%s", err, out)
	}
	base, stop = serveData(t, data)
	if got := watchFeed(t, base, service); !slices.Equal(got, []string{id2025[1]}) {
		t.Errorf("after reindex and restart the feed lists %v, want [%s]", got, id2025[1])
	}
	if got := watchFeed(t, base, other); len(got) != 0 {
		t.Errorf("the 2023 watch's feed lists %v", got)
	}

	// Beside the running server, ingest posts the file and prints the
	// watches the server names.
	os.WriteFile(filepath.Join(dir, "plan-2026.txt"), []byte(strings.ReplaceAll(plan2024, "2024", "2026")), 0o644)
	t.Setenv("GOVREPORT_TOKEN", "sekret")
	out, err = runCmd(t, "ingest", "--data", data, filepath.Join(dir, "plan-2026.txt"))
	if err != nil {
		t.Fatalf("ingest beside serve: %v\n%s", err, out)
	}
	id2026 := regexp.MustCompile(`(?m)^ok   \S*plan-2026\.txt  (\S+)`).FindStringSubmatch(out)
	if id2026 == nil {
		t.Fatalf("no ok line for plan-2026.txt:\n%s", out)
	}
	if got, want := watchLines(out), []string{service + " " + id2026[1]}; !slices.Equal(got, want) {
		t.Errorf("ingest beside serve named watches %v, want %v:\n%s", got, want, out)
	}
	if got := watchFeed(t, base, service); !slices.Equal(got, []string{id2026[1], id2025[1]}) {
		t.Errorf("the feed lists %v, want [%s %s] (newest first)", got, id2026[1], id2025[1])
	}
	stop()
}

// watchIDs returns the IDs of watch list's table, in order.
func watchIDs(t *testing.T, data string) []string {
	t.Helper()
	out, err := runCmd(t, "watch", "list", "--data", data, "--json")
	if err != nil {
		t.Fatalf("watch list: %v\n%s", err, out)
	}
	var list struct {
		Watches []struct {
			ID  string
			Q   string
			New int
		}
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("watch list --json: %v\n%s", err, out)
	}
	ids := []string{}
	for _, w := range list.Watches {
		ids = append(ids, w.ID+" "+w.Q+" "+strconv.Itoa(w.New))
	}
	return ids
}

// TestWatchCommand: govreport watch add, list and rm on the data folder,
// and beside a running server through its API (with the token of
// GOVREPORT_TOKEN); a watch added by the command is named by the next
// ingest for the new report that matches it, and counted in list.
func TestWatchCommand(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	plan := filepath.Join(dir, "plan-2023.txt")
	os.WriteFile(plan, []byte(plan2023), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, plan); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	idOf := regexp.MustCompile(`(?m)^watch (\S+) `)
	out, err := runCmd(t, "watch", "add", `"智慧校园"`, "--data", data, "--year", "2024")
	m := idOf.FindStringSubmatch(out)
	if err != nil || m == nil || !strings.Contains(out, "saved") {
		t.Fatalf("watch add: %v\n%s", err, out)
	}
	campus := m[1]
	if out, err := runCmd(t, "watch", "add", `"智慧校园"`, "--year", "2024", "--data", data); err != nil || !strings.Contains(out, campus+" ") || !strings.Contains(out, "exists already") {
		t.Errorf("watch add of the same query again: %v\n%s; want watch %s, which exists", err, out, campus)
	}
	out, err = runCmd(t, "watch", "add", "双减", "--data", data)
	if m = idOf.FindStringSubmatch(out); err != nil || m == nil {
		t.Fatalf("watch add: %v\n%s", err, out)
	}
	other := m[1]
	if got, want := watchIDs(t, data), []string{campus + ` "智慧校园" 0`, other + " 双减 0"}; !slices.Equal(got, want) {
		t.Errorf("watch list = %q, want %q", got, want)
	}

	plan24 := filepath.Join(dir, "plan-2024.txt")
	os.WriteFile(plan24, []byte(plan2024), 0o644)
	out, err = runCmd(t, "ingest", "--data", data, plan24)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	id2024 := regexp.MustCompile(`(?m)^ok   \S*plan-2024\.txt  (\S+)`).FindStringSubmatch(out)
	if id2024 == nil {
		t.Fatalf("no ok line for plan-2024.txt:\n%s", out)
	}
	if got, want := watchLines(out), []string{campus + " " + id2024[1], other + " " + id2024[1]}; !slices.Equal(got, want) {
		t.Errorf("ingest named watches %v, want %v:\n%s", got, want, out)
	}
	if got, want := watchIDs(t, data), []string{campus + ` "智慧校园" 1`, other + " 双减 1"}; !slices.Equal(got, want) {
		t.Errorf("watch list after the ingest = %q, want %q", got, want)
	}
	if out, err := runCmd(t, "watch", "rm", other, "--data", data); err != nil {
		t.Fatalf("watch rm: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "watch", "rm", other, "--data", data); err == nil {
		t.Errorf("watch rm of a deleted watch: no error\n%s", out)
	}
	if got, want := watchIDs(t, data), []string{campus + ` "智慧校园" 1`}; !slices.Equal(got, want) {
		t.Errorf("watch list after rm = %q, want %q", got, want)
	}
	for _, bad := range [][]string{{"watch"}, {"watch", "add"}, {"watch", "list", "--year", "2024"}, {"watch", "rm"}, {"watch", "show", "x"}} {
		if _, err := runCmd(t, append(bad, "--data", data)...); !errors.Is(err, errUsage) {
			t.Errorf("govreport %s: %v, want a usage error", strings.Join(bad, " "), err)
		}
	}

	// Beside a running server: through its API.
	base, stop := serveData(t, data)
	t.Setenv("GOVREPORT_TOKEN", "")
	if out, err := runCmd(t, "watch", "add", "立德树人", "--data", data); err == nil || !strings.Contains(out+err.Error(), "GOVREPORT_TOKEN") {
		t.Errorf("watch add beside serve without the token: %v\n%s; want the token asked for", err, out)
	}
	t.Setenv("GOVREPORT_TOKEN", "sekret")
	out, err = runCmd(t, "watch", "add", "立德树人", "--data", data, "--kind", "要点")
	if m = idOf.FindStringSubmatch(out); err != nil || m == nil || !strings.Contains(out, "saved") {
		t.Fatalf("watch add beside serve: %v\n%s", err, out)
	}
	remote := m[1]
	if got, want := watchIDs(t, data), []string{campus + ` "智慧校园" 1`, remote + " 立德树人 0"}; !slices.Equal(got, want) {
		t.Errorf("watch list beside serve = %q, want %q", got, want)
	}
	if got := watchFeed(t, base, campus); !slices.Equal(got, []string{id2024[1]}) {
		t.Errorf("the feed of the watch added by the command lists %v, want [%s]", got, id2024[1])
	}
	if out, err := runCmd(t, "watch", "rm", remote, "--data", data); err != nil {
		t.Fatalf("watch rm beside serve: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "watch", "rm", remote, "--data", data); !errors.Is(err, govreport.ErrNotFound) {
		t.Errorf("watch rm beside serve of a deleted watch: %v, want not found\n%s", err, out)
	}
	stop()
	if got, want := watchIDs(t, data), []string{campus + ` "智慧校园" 1`}; !slices.Equal(got, want) {
		t.Errorf("watch list after the server stopped = %q, want %q", got, want)
	}
}
