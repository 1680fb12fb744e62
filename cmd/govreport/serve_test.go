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
