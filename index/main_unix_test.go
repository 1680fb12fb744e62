//go:build unix

package index

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestMain puts every temporary folder of the package's tests (t.TempDir,
// os.MkdirTemp, and those of the child processes some tests start) under
// one folder of this process, testRootPrefix and its pid, removed when the
// tests end; at the start it removes those of test processes no longer
// running. A test process that ended without its cleanups (a fault that
// ended the process, as TestTruncatedUnderSearch's workers case did
// before its fix; a test run killed at its timeout or by its caller) left
// its folders in /tmp for good, and TestDiskFull's 4 MiB tmpfs mounted
// on one of them, which no rm can remove (r76h: TestDiskFullkeep1536K*
// and TestTruncatedUnderSearchworkers* seen after runs; a passing run
// left none).
func TestMain(m *testing.M) {
	base := os.TempDir()
	sweepTestRoots(base)
	root := filepath.Join(base, fmt.Sprintf("%s%d", testRootPrefix, os.Getpid()))
	ok := os.MkdirAll(root, 0o700) == nil
	if ok {
		os.Setenv("TMPDIR", root)
	}
	code := m.Run()
	if ok {
		removeTestRoot(root)
	}
	os.Exit(code)
}

const testRootPrefix = "govreport-index-test."

// sweepTestRoots removes the folders of TestMain under base whose process
// is no longer running.
func sweepTestRoots(base string) {
	names, _ := filepath.Glob(filepath.Join(base, testRootPrefix+"*"))
	for _, dir := range names {
		pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(dir), testRootPrefix))
		if err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, 0); err == nil || !errors.Is(err, syscall.ESRCH) {
			continue // running (or not ours to ask about)
		}
		removeTestRoot(dir)
	}
}

// removeTestRoot unmounts what is mounted under dir (TestDiskFull's
// tmpfs, when its cleanup did not run) and removes dir.
func removeTestRoot(dir string) {
	for _, mp := range mountsUnder(dir) {
		exec.Command("umount", "-l", mp).Run()
	}
	os.RemoveAll(dir)
}

// mountsUnder returns the mount points under dir, deepest first, none where
// /proc/self/mounts cannot be read.
func mountsUnder(dir string) []string {
	f, err := os.Open("/proc/self/mounts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var mps []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) > 1 && strings.HasPrefix(fields[1], dir+string(filepath.Separator)) {
			mps = append([]string{fields[1]}, mps...)
		}
	}
	return mps
}

// TestSweepTestRoots: the folders of a test process that ended without
// its cleanups (here one made for a process that has exited, with a
// tmpfs mounted in it where the test may mount) are removed by the next
// test process, mount and all; a running process's are kept; and this
// process's temporary folders are under its own.
func TestSweepTestRoots(t *testing.T) {
	if root := os.Getenv("TMPDIR"); !strings.HasPrefix(filepath.Base(root), testRootPrefix) || !strings.HasPrefix(t.TempDir(), root+string(filepath.Separator)) {
		t.Errorf("t.TempDir() %s not under this process's folder (TMPDIR %s)", t.TempDir(), root)
	}
	base := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("no process to outlive: %v", err)
	}
	dead := filepath.Join(base, fmt.Sprintf("%s%d", testRootPrefix, cmd.Process.Pid))
	live := filepath.Join(base, fmt.Sprintf("%s%d", testRootPrefix, os.Getppid()))
	mnt := filepath.Join(dead, "TestSomething123", "001")
	for _, d := range []string{mnt, live} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	mounted := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt).Run() == nil
	if mounted {
		t.Cleanup(func() { exec.Command("umount", "-l", mnt).Run() })
		os.WriteFile(filepath.Join(mnt, "store.db"), []byte("x"), 0o600)
	}
	sweepTestRoots(base)
	if _, err := os.Stat(dead); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder of an exited test process (tmpfs mounted in it: %v) is still there after the sweep: %v", mounted, err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the folder of a running process was swept: %v", err)
	}
}
