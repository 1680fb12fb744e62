package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestServeBusyPort checks that serve on a port another program holds
// fails before it indexes anything, and says how to choose another port.
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	data := filepath.Join(t.TempDir(), "data")
	out, err := runCmd(t, "serve", "--data", data, "--addr", ln.Addr().String(), "--quiet")
	if err == nil || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("serve on a busy port: err %v, want one that names --addr", err)
	}
	if strings.Contains(out, "indexing") {
		t.Errorf("serve on a busy port indexed the sample corpus first:\n%s", out)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("serve on a busy port left a data folder (stat: %v)", err)
	}
}

// TestDataFolderOfReports checks that no command creates an index in a
// folder that holds other files (--data given the folder of the reports):
// each fails naming the folder, and leaves it as it was.
func TestDataFolderOfReports(t *testing.T) {
	reports := t.TempDir()
	if err := os.WriteFile(filepath.Join(reports, "plan-2024.txt"), []byte(plan2024), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"ingest", filepath.Join(reports, "plan-2024.txt")},
		{"search", "双减"},
		{"docs"},
		{"reindex"},
		{"serve", "--addr", "127.0.0.1:0", "--quiet"},
	} {
		// serve would go on serving: without the check it stops here after
		// a while, and passes no error.
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		var out bytes.Buffer
		err := run(ctx, &env{stdout: &out, stderr: &out}, append(args, "--data", reports))
		cancel()
		if err == nil || !strings.Contains(err.Error(), reports) {
			t.Errorf("%s --data FOLDER-OF-REPORTS: err %v, want an error naming the folder\n%s", args[0], err, out.String())
		}
		entries, _ := os.ReadDir(reports)
		if len(entries) != 1 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("%s --data FOLDER-OF-REPORTS left %v in it", args[0], names)
		}
	}
}

// TestIndexIn checks what counts as a data folder with an index, without
// one, or of something else.
func TestIndexIn(t *testing.T) {
	for _, tc := range []struct {
		files []string
		has   bool
		err   bool
	}{
		{nil, false, false},
		{[]string{"store.db"}, true, false},
		{[]string{"bleve/x"}, true, false}, // a lost store: index.Open says so
		{[]string{"serve.json", "watches.json", "serve.json.tmp", ".DS_Store"}, false, false}, // a --store server's folder
		{[]string{"watches.json.123.tmp", "exact/seg-1.grs"}, false, false},
		{[]string{"plan-2024.txt"}, false, true},
		{[]string{"serve.json", "2024/plan.docx"}, false, true},
	} {
		dir := t.TempDir()
		for _, f := range tc.files {
			os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
			os.WriteFile(filepath.Join(dir, f), nil, 0o644)
		}
		has, err := indexIn(dir)
		if has != tc.has || (err != nil) != tc.err {
			t.Errorf("indexIn(folder of %q) = %v, %v; want %v, error %v", tc.files, has, err, tc.has, tc.err)
		}
	}
	if has, err := indexIn(filepath.Join(t.TempDir(), "missing")); has || err != nil {
		t.Errorf("indexIn(missing folder) = %v, %v; want false, nil", has, err)
	}
}

// TestServeUpgradesIndex checks that serve on a data folder whose index an
// earlier govreport wrote (another schema version) rebuilds it from the
// stored documents, says so, and serves them, instead of refusing to start
// until the user runs reindex; the documents stay, and no sample corpus is
// added.
func TestServeUpgradesIndex(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	file := filepath.Join(dir, "plan-2024.txt")
	if err := os.WriteFile(file, []byte(plan2024), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runCmd(t, "ingest", "--data", data, file); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	// Pretend an older govreport wrote the index.
	db, err := bolt.Open(filepath.Join(data, "store.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("1")) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if out, err := runCmd(t, "search", "--data", data, "双减"); err == nil || !strings.Contains(err.Error(), "reindex") {
		t.Fatalf("search on the old index: err %v, want one telling to reindex\n%s", err, out)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, &env{stdout: &out, stderr: &out}, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--quiet"})
	}()
	// serve is up once the rebuilt index lets a search run
	var found string
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if s, err := runCmd(t, "search", "--data", data, "双减"); err == nil {
			found = s
			break
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve on an old index: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "rebuilding") {
		t.Errorf("serve did not say it rebuilt the index:\n%s", out.String())
	}
	if !strings.Contains(found, "云岭市教育局2024年工作要点") {
		t.Errorf("search after serve rebuilt the index: %q, want the stored plan", found)
	}
	if docs, _ := runCmd(t, "docs", "--data", data); !strings.Contains(docs, "\n1 documents") {
		t.Errorf("docs after the rebuild, want the one stored plan (no sample corpus):\n%s", docs)
	}
}
