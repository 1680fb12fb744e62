package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
