// Package pgtest starts a throwaway PostgreSQL cluster for tests: a primary
// and one streaming replica, both on 127.0.0.1, each on a free port, in a
// temporary folder removed when the cluster stops.
//
//	primary   initdb, wal_level=replica, listening on 127.0.0.1:P
//	replica   pg_basebackup -R -X stream -c fast from the primary, on 127.0.0.1:R
//
// The binaries are found in GOVREPORT_PG_BIN, then `pg_config --bindir`,
// then /usr/lib/postgresql/*/bin (highest version first), then beside an
// initdb on PATH. PostgreSQL refuses to run as root: when the tests run as
// root, initdb, pg_basebackup and the servers run as the unprivileged user
// "postgres" (Debian's package creates it) and the folder is handed to it.
//
// Tests share one cluster per test binary: Shared starts it on first use and
// TestMain stops it with StopShared after m.Run. Without PostgreSQL, Shared
// skips the test with a message that says how to get it, except in CI
// (CI=true or GOVREPORT_CI=1, which .ci/run sets), where it fails.
//
// The servers run with fsync off: a test cluster needs speed, not
// durability across a crash of the machine. A killed postmaster (Kill) loses
// nothing that was committed, since its writes are in the OS's cache.
package pgtest

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// StartTimeout bounds each step of starting a cluster: initdb, a server
// accepting connections, the base backup.
const StartTimeout = 60 * time.Second

// ErrNotFound is returned by FindBin when no PostgreSQL binaries are found.
var ErrNotFound = errors.New("PostgreSQL not found (apt-get install postgresql, or set GOVREPORT_PG_BIN to the folder of initdb and postgres)")

// A Cluster is a primary and its streaming replica.
type Cluster struct {
	Dir     string // the temporary folder holding both data folders
	Bin     string // the folder of the PostgreSQL binaries
	Primary *Server
	Replica *Server

	cred *syscall.Credential // whom the servers run as; nil: as this process
	mu   sync.Mutex
	dbs  int
}

// A Server is one running postmaster.
type Server struct {
	Name string // "primary" or "replica"
	Dir  string // its data folder
	Port int
	Log  string // its log file

	c    *Cluster
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
}

// URL returns the connection URL of database db on s.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, db)
}

// InCI reports whether the tests run in CI (CI=true or GOVREPORT_CI=1),
// where a missing PostgreSQL is a failure, not a skip.
func InCI() bool {
	return os.Getenv("CI") == "true" || os.Getenv("GOVREPORT_CI") == "1"
}

// FindBin returns the folder of the PostgreSQL server binaries (initdb,
// postgres, pg_basebackup, pg_ctl), or ErrNotFound.
func FindBin() (string, error) {
	complete := func(dir string) bool {
		for _, b := range []string{"initdb", "postgres", "pg_basebackup", "pg_ctl"} {
			if fi, err := os.Stat(filepath.Join(dir, b)); err != nil || fi.IsDir() {
				return false
			}
		}
		return true
	}
	if dir := os.Getenv("GOVREPORT_PG_BIN"); dir != "" {
		if complete(dir) {
			return dir, nil
		}
		return "", fmt.Errorf("GOVREPORT_PG_BIN=%s lacks initdb, postgres, pg_basebackup or pg_ctl: %w", dir, ErrNotFound)
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		if dir := strings.TrimSpace(string(out)); complete(dir) {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { // 15 before 9.6: by number
		vi, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[i])), 64)
		vj, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[j])), 64)
		return vi > vj
	})
	for _, dir := range dirs {
		if complete(dir) {
			return dir, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if r, err := filepath.EvalSymlinks(p); err == nil && complete(filepath.Dir(r)) {
			return filepath.Dir(r), nil
		}
	}
	return "", ErrNotFound
}

// Options change how Start sets a cluster up.
type Options struct {
	// Synchronous makes every commit on the primary wait until the replica
	// has applied it (synchronous_standby_names '*', synchronous_commit
	// remote_apply): what a failover that loses nothing acknowledged
	// needs. Set on the primary only, after the base backup, so that a
	// promoted replica does not wait for a standby of its own.
	Synchronous bool
	// SharedBuffers is the servers' shared_buffers ("1GB"); empty, 32MB:
	// enough for tests. A benchmark at scale wants its tables and
	// indexes to fit, as a production server's would.
	SharedBuffers string
}

// Start starts a primary and a streaming replica in a new temporary folder.
// On error nothing is left running and the folder is removed.
func Start(ctx context.Context, opts ...Options) (_ *Cluster, err error) {
	var opt Options
	if len(opts) > 0 {
		opt = opts[0]
	}
	bin, err := FindBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "govreport-pg-")
	if err != nil {
		return nil, fmt.Errorf("starting PostgreSQL: %w", err)
	}
	c := &Cluster{Dir: dir, Bin: bin}
	defer func() {
		if err != nil {
			c.Stop()
		}
	}()
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, fmt.Errorf("starting PostgreSQL as root: it refuses to run as root and there is no user postgres to run it as (%v)", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, fmt.Errorf("starting PostgreSQL: handing %s to postgres: %w", dir, err)
		}
	}

	primary := filepath.Join(dir, "primary")
	if err := c.run(ctx, "initdb", "-D", primary, "-U", "postgres", "--auth=trust",
		"--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		return nil, err
	}
	// pg_hba.conf from initdb --auth=trust already lets 127.0.0.1 replicate.
	conf := strings.Join([]string{
		"listen_addresses = '127.0.0.1'",
		"unix_socket_directories = ''",
		"wal_level = replica",
		"max_wal_senders = 5",
		"hot_standby = on",
		"hot_standby_feedback = on",
		"fsync = off",
		"full_page_writes = off",
		"shared_buffers = " + cmp.Or(opt.SharedBuffers, "32MB"),
		"max_connections = 60",
		"logging_collector = off",
		"",
	}, "\n")
	if err := appendFile(filepath.Join(primary, "postgresql.auto.conf"), conf); err != nil {
		return nil, fmt.Errorf("configuring the primary: %w", err)
	}
	if c.Primary, err = c.startServer(ctx, "primary", primary); err != nil {
		return nil, err
	}

	replica := filepath.Join(dir, "replica")
	if err := c.run(ctx, "pg_basebackup", "-h", "127.0.0.1", "-p", strconv.Itoa(c.Primary.Port),
		"-U", "postgres", "-D", replica, "-R", "-X", "stream", "-c", "fast", "--no-sync"); err != nil {
		return nil, err
	}
	if c.Replica, err = c.startServer(ctx, "replica", replica); err != nil {
		return nil, err
	}
	if opt.Synchronous {
		if err := c.synchronous(ctx); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// synchronous turns synchronous replication on at the primary and waits
// until the replica is its synchronous standby.
func (c *Cluster) synchronous(ctx context.Context) error {
	conn, err := pgx.Connect(ctx, c.Primary.URL("postgres"))
	if err != nil {
		return fmt.Errorf("synchronous replication: %w", err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		`ALTER SYSTEM SET synchronous_standby_names = '*'`,
		`ALTER SYSTEM SET synchronous_commit = 'remote_apply'`,
		`SELECT pg_reload_conf()`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("synchronous replication: %s: %w", q, err)
		}
	}
	deadline := time.Now().Add(StartTimeout)
	for {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'`).Scan(&n); err != nil {
			return fmt.Errorf("synchronous replication: %w", err)
		}
		if n > 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("synchronous replication: the replica is not a synchronous standby after %v", StartTimeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// FailoverURL returns the URL of database db that follows the primary:
// both servers, primary first, with target_session_attrs=read-write, so
// that once the replica is promoted new connections find it.
func (c *Cluster) FailoverURL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d,127.0.0.1:%d/%s?sslmode=disable&target_session_attrs=read-write&connect_timeout=2",
		c.Primary.Port, c.Replica.Port, db)
}

// NewDatabase creates an empty database on the primary, named after prefix
// and a counter, and returns its name. The replica receives it by streaming.
func (c *Cluster) NewDatabase(ctx context.Context, prefix string) (string, error) {
	c.mu.Lock()
	c.dbs++
	name := fmt.Sprintf("%s_%d", prefix, c.dbs)
	c.mu.Unlock()
	conn, err := pgx.Connect(ctx, c.Primary.URL("postgres"))
	if err != nil {
		return "", fmt.Errorf("creating database %s: %w", name, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("creating database %s: %w", name, err)
	}
	return name, nil
}

// WaitReplay waits until the replica has replayed everything the primary
// has written so far, or ctx ends.
func (c *Cluster) WaitReplay(ctx context.Context) error {
	p, err := pgx.Connect(ctx, c.Primary.URL("postgres"))
	if err != nil {
		return fmt.Errorf("waiting for the replica: %w", err)
	}
	defer p.Close(ctx)
	var lsn string
	if err := p.QueryRow(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&lsn); err != nil {
		return fmt.Errorf("waiting for the replica: %w", err)
	}
	r, err := pgx.Connect(ctx, c.Replica.URL("postgres"))
	if err != nil {
		return fmt.Errorf("waiting for the replica: %w", err)
	}
	defer r.Close(ctx)
	for {
		var caught bool
		if err := r.QueryRow(ctx, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", lsn).Scan(&caught); err != nil {
			return fmt.Errorf("waiting for the replica: %w", err)
		}
		if caught {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the replica to replay %s: %w", lsn, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// run runs one of the PostgreSQL programs as the cluster's user, bounded by
// StartTimeout.
func (c *Cluster) run(ctx context.Context, prog string, args ...string) error {
	ctx, cancel := context.WithTimeout(ctx, StartTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(c.Bin, prog), args...)
	cmd.Dir = c.Dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w after %v", ctx.Err(), StartTimeout)
		}
		return fmt.Errorf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, out.String())
	}
	return nil
}

// startServer starts a postmaster on dataDir on a free port and waits until
// it accepts connections (a replica: until it accepts read-only ones).
func (c *Cluster) startServer(ctx context.Context, name, dataDir string) (*Server, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken before we bind it
		port, err := freePort()
		if err != nil {
			return nil, fmt.Errorf("starting the %s: %w", name, err)
		}
		s := &Server{Name: name, Dir: dataDir, Port: port, Log: filepath.Join(c.Dir, name+".log"), c: c}
		if lastErr = s.start(ctx); lastErr == nil {
			return s, nil
		}
	}
	return nil, lastErr
}

func (s *Server) start(ctx context.Context) error {
	log, err := os.OpenFile(s.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("starting the %s: %w", s.Name, err)
	}
	defer log.Close()
	cmd := exec.Command(filepath.Join(s.c.Bin, "postgres"), "-D", s.Dir, "-p", strconv.Itoa(s.Port))
	cmd.Stdout, cmd.Stderr = log, log
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	// Pdeathsig: a test binary that dies leaves no postmaster behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.c.cred, Pdeathsig: syscall.SIGKILL, Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting the %s: %w", s.Name, err)
	}
	s.cmd = cmd
	s.done = make(chan struct{})
	go func() { cmd.Wait(); close(s.done) }()

	deadline := time.Now().Add(StartTimeout)
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(cctx, s.URL("postgres"))
		cancel()
		if err == nil {
			conn.Close(ctx)
			return nil
		}
		select {
		case <-s.done:
			b, _ := os.ReadFile(s.Log)
			return fmt.Errorf("starting the %s on port %d: it exited: %s", s.Name, s.Port, tail(b, 2000))
		case <-ctx.Done():
			s.Kill()
			return fmt.Errorf("starting the %s: %w", s.Name, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.Kill()
			b, _ := os.ReadFile(s.Log)
			return fmt.Errorf("starting the %s on port %d: no connection after %v (%v): %s", s.Name, s.Port, StartTimeout, err, tail(b, 2000))
		}
	}
}

// Kill kills the postmaster with SIGKILL, as a crash would, and waits for
// it to exit. Its backends notice and exit on their own.
func (s *Server) Kill() {
	if s == nil || s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.done
}

// Stop shuts the postmaster down fast (SIGINT: connections cut, no
// waiting for clients), or kills it after 10 s.
func (s *Server) Stop() {
	if s == nil || s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.Kill()
	}
}

// Promote makes a replica a primary (pg_ctl promote) and waits until it
// accepts writes.
func (s *Server) Promote(ctx context.Context) error {
	if err := s.c.run(ctx, "pg_ctl", "promote", "-w", "-t", strconv.Itoa(int(StartTimeout/time.Second)), "-D", s.Dir); err != nil {
		return fmt.Errorf("promoting the %s: %w", s.Name, err)
	}
	return nil
}

// Stop stops both servers and removes the folder.
func (c *Cluster) Stop() {
	if c == nil {
		return
	}
	c.Replica.Stop()
	c.Primary.Stop()
	os.RemoveAll(c.Dir)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func appendFile(path, s string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(s); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
