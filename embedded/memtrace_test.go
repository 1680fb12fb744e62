package embedded

import (
	"strings"
	"testing"
)

// TestTraceLine: a memTrace sample splits the Go runtime's memory so that
// its parts add up to its total, and reads the process's figures from
// /proc/self/status in kB.
func TestTraceLine(t *testing.T) {
	st := []byte("Name:\tx\nVmHWM:\t  696320 kB\nVmRSS:\t  655360 kB\nRssAnon:\t  409600 kB\nRssFile:\t  245760 kB\n")
	rss, anon, file, hwm := statusKB(st, "VmRSS"), statusKB(st, "RssAnon"), statusKB(st, "RssFile"), statusKB(st, "VmHWM")
	if rss != 640<<10 || anon != 400<<10 || file != 240<<10 || hwm != 680<<10 {
		t.Fatalf("statusKB: rss %d anon %d file %d hwm %d", rss, anon, file, hwm)
	}
	const mb = 1 << 20
	line := traceLine(1234, "quoted", 17, rss, anon, file, hwm,
		300*mb, 20*mb, 50*mb, 30*mb, 4*mb, 420*mb, 380*mb, 9)
	fields := strings.Split(line, "\t")
	names := strings.Split(traceHeader, "\t")
	if len(fields) != len(names) {
		t.Fatalf("%d fields for %d columns: %q", len(fields), len(names), line)
	}
	got := map[string]string{}
	for i, n := range names {
		got[n] = fields[i]
	}
	want := map[string]string{
		"ms": "1234", "phase": "quoted", "query": "17", "rss_mb": "640", "anon_mb": "400", "file_mb": "240", "hwm_mb": "680",
		"heap_objects_mb": "300", "heap_unused_mb": "20", "heap_free_mb": "50", "heap_released_mb": "30", "stacks_mb": "4",
		"go_other_mb":  "16",  // 420 - (300+20+50+30+4)
		"go_held_mb":   "390", // 420 - 30 released
		"heap_goal_mb": "380", "gcs": "9",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %s, want %s (%q)", k, got[k], w, line)
		}
	}
	// parts over the total (the metrics are read at slightly different
	// moments) give no other, not a wrapped-around figure
	if f := strings.Split(traceLine(0, "open", -1, 0, 0, 0, 0, 400*mb, 20*mb, 0, 0, 0, 410*mb, 0, 0), "\t"); f[12] != "0" {
		t.Errorf("go_other with parts over the total: %s", f[12])
	}
}
