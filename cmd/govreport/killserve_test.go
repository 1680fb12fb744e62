package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestKilledServeKeepsWrites kills a serve (SIGKILL) right after it
// acknowledged a run of writes through its API, one of each kind: two
// uploads, a correction, a watch saved and another deleted, a document
// deleted. Each acknowledged write must be in the data folder after the
// kill, as a printed "ok" of ingest is (TestKilledIngestKeepsOK): the
// correction with its fields, the deleted document gone, the watches as
// they were left; and the folder must check clean.
func TestKilledServeKeepsWrites(t *testing.T) {
	if data := os.Getenv("GOVREPORT_SERVE_CHILD"); data != "" {
		run(context.Background(), &env{stdout: os.Stdout, stderr: os.Stderr}, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--quiet", "--token", "sekret"})
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	// a folder of its own (not the sample corpus): ingest one report first
	seed := filepath.Join(dir, "seed.txt")
	os.WriteFile(seed, []byte(strings.ReplaceAll(plan2023, "云岭市", "青川市")), 0o644)
	if out, err := runCmd(t, "ingest", "--data", data, seed); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledServeKeepsWrites$")
	cmd.Env = append(os.Environ(), "GOVREPORT_SERVE_CHILD="+data)
	var childOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &childOut, &childOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	var base string
	for start := time.Now(); base == ""; time.Sleep(50 * time.Millisecond) {
		if base = runningServer(context.Background(), data); base == "" && time.Since(start) > time.Minute {
			t.Fatalf("serve did not answer in a minute:\n%s", childOut.String())
		}
	}

	write := func(method, path, body string, want int) map[string]any {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer sekret")
		if strings.HasPrefix(body, "{") {
			req.Header.Set("Content-Type", "application/json")
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != want {
			t.Fatalf("%s %s: %s, want %d: %s", method, path, res.Status, want, b)
		}
		var v map[string]any
		json.Unmarshal(b, &v)
		return v
	}
	kept := write("POST", "/api/v1/documents?filename=plan-2023.txt", plan2023, http.StatusCreated)["id"].(string)
	gone := write("POST", "/api/v1/documents?filename=plan-2024.txt", plan2024, http.StatusCreated)["id"].(string)
	write("PATCH", "/api/v1/documents/"+kept, `{"year":2031,"region":"白塔县","issuer":"教育体育局"}`, http.StatusOK)
	dropped := write("POST", "/api/v1/watches", `{"q":"\"双减\""}`, http.StatusCreated)["id"].(string)
	watched := write("POST", "/api/v1/watches", `{"q":"课后服务","year":["2031"]}`, http.StatusCreated)["id"].(string)
	write("DELETE", "/api/v1/watches/"+dropped, "", http.StatusNoContent)
	write("DELETE", "/api/v1/documents/"+gone, "", http.StatusNoContent)
	cmd.Process.Kill() // at once: nothing acknowledged is flushed after this
	cmd.Wait()
	// its record (serve.json) stays behind, naming an address that no
	// longer answers: the commands below must open the folder all the same

	out, err := runCmd(t, "docs", "--data", data, "--json")
	if err != nil {
		t.Fatalf("docs after the kill: %v\n%s", err, out)
	}
	var docs []struct {
		ID, Region, Issuer string
		Year               int
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("docs --json: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, d := range docs {
		got[d.ID] = fmt.Sprintf("%d %s %s", d.Year, d.Region, d.Issuer)
	}
	if got[kept] != "2031 白塔县 教育体育局" {
		t.Errorf("after the kill, the uploaded and corrected document %s reads %q, want the correction 2031 白塔县 教育体育局", kept, got[kept])
	}
	if _, ok := got[gone]; ok {
		t.Errorf("after the kill, the deleted document %s is back", gone)
	}
	if len(docs) != 2 {
		t.Errorf("after the kill the folder holds %d documents, want 2 (the ingested one and the upload kept): %v", len(docs), got)
	}
	if out, err := runCmd(t, "search", "--data", data, `"新建改扩建中小学15所"`); err != nil || !strings.Contains(out, "0 sections for") {
		t.Errorf("the deleted document's words are still found after the kill: %v\n%s", err, out)
	}
	out, err = runCmd(t, "watch", "list", "--data", data, "--json")
	if err != nil || !strings.Contains(out, watched) || strings.Contains(out, dropped) {
		t.Errorf("watches after the kill: %v\n%s\nwant %s and not the deleted %s", err, out, watched, dropped)
	}
	if out, err := runCmd(t, "check", "--data", data); err != nil {
		t.Errorf("check after the kill: %v\n%s", err, out)
	}
}
