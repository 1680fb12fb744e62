// Command govreport searches and compares Chinese government reports.
//
// One binary, one subcommand per verb: serve, ingest, search, timeline,
// terms, watch, compare, docs, reindex, check, version. main only wires: each subcommand lives in its own file
// with its own flag set, usage text and example.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/govreport/govreport/analysis"
	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// A command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a subcommand gets from main: its output streams.
type env struct {
	stdout, stderr io.Writer
}

var commands = []command{
	{"serve", "index the sample corpus on first run, then serve the web UI and the JSON API", runServe},
	{"ingest", "read report files and folders into the index", runIngest},
	{"search", "search the index from the terminal", runSearch},
	{"timeline", "follow a query through the years and places: reports, share, first use", runTimeline},
	{"terms", "the new (or dropped) terms of a year's reports, by reports and places", runTerms},
	{"watch", "save a query (add, list, rm) and learn which new reports match it", runWatch},
	{"compare", "compare two reports section by section", runCompare},
	{"docs", "list indexed documents, or show one's outline", runDocs},
	{"reindex", "rebuild the index from the stored documents", runReindex},
	{"check", "verify the stored documents and the index; --repair removes what is damaged", runCheck},
	{"version", "print the version", runVersion},
}

// errUsage marks a command line that could not be understood; main exits 2.
var errUsage = errors.New("usage")

// usageError is a command-line problem with a message for the user; it
// matches errUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string        { return e.msg }
func (e *usageError) Is(target error) bool { return target == errUsage }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		if err != errUsage {
			fmt.Fprintln(os.Stderr, "govreport:", err)
		}
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "govreport:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			out := &outWriter{w: e.stdout}
			err := c.run(ctx, &env{stdout: out, stderr: e.stderr}, args[1:])
			if err == nil && out.err != nil {
				err = fmt.Errorf("writing the output: %w", out.err)
			}
			return err
		}
	}
	fmt.Fprintf(e.stderr, "govreport: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return errUsage
}

// outWriter is a command's standard output. It keeps the first error of
// its writes, so that a command whose output was cut short (a full disk
// under "> file") fails instead of exiting 0; the printers of text do not
// check each write themselves.
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	o.err = err
	return n, err
}

func usage(w io.Writer) {
	fmt.Fprint(w, `govreport searches and compares Chinese government reports
(工作总结, 工作计划/要点, 政府工作报告), year after year.

Usage: govreport <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Every command takes --data DIR (environment GOVREPORT_DATA, default
./govreport-data), the folder that holds the index and the stored documents.
Run "govreport <command> -h" for a command's flags and an example.
`)
}

// newFlags returns a flag set for a subcommand with its usage text and the
// common --data flag bound to data.
func newFlags(e *env, name, synopsis, text string, data *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: govreport %s %s\n\n%s\nFlags:\n", name, synopsis, text)
		fs.PrintDefaults()
	}
	if data != nil {
		def := os.Getenv("GOVREPORT_DATA")
		if def == "" {
			def = "./govreport-data"
		}
		fs.StringVar(data, "data", def, "data `folder` holding the index (environment GOVREPORT_DATA)")
	}
	return fs
}

// A backend is what a command that reads the data folder holds: the store
// and the engine over it (package embedded's), closed when done.
type backend interface {
	api.Backend
	io.Closer
}

// openExisting opens the backend over data for a command that reads it: a
// data folder that is missing or empty is an error, for a mistyped --data
// or GOVREPORT_DATA would otherwise answer "0 hits" from a new, empty
// index.
func openExisting(data string) (backend, error) {
	has, err := indexIn(data)
	if err != nil {
		return nil, err
	}
	if !has {
		return nil, fmt.Errorf("data folder %s holds no index (check --data or GOVREPORT_DATA; ingest or serve creates one)", data)
	}
	if base := runningServer(context.Background(), data); base != "" {
		return nil, heldBy(data, base, "its UI and API answer there ("+base+"/#/compare?from=OLD&to=NEW, "+
			base+"/api/v1/compare?from=OLD&to=NEW, "+base+"/api/v1/timeline?q=QUERY)")
	}
	// The segment files checked before and unchanged since (their size,
	// times and inode) are not read again: a serve checks them all. No
	// merge is begun: Close would wait for it.
	e, err := embedded.OpenWith(data, index.Options{TrustChecked: true, NoMerges: true})
	if err != nil {
		return nil, err
	}
	// A command answers once: it waits until every stored record is
	// checked, and refuses to answer from a damaged store.
	<-e.Verified()
	return e, nil
}

// parse parses args, flags and arguments in any order ("search 双减
// --year 2023" as well as "search --year 2023 双减"), and returns the
// arguments. Everything after "--" is an argument. A bad command line
// becomes errUsage.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var rest []string
	for len(args) > 0 {
		// The flags and arguments up to the next exclusion (-培训), which
		// the flag package would take for an unknown flag; a flag's value
		// that looks like one (--size -1) stays with its flag, which then
		// says what is wrong with it.
		j := 0
		for j < len(args) && (!isExclusion(args[j]) || j > 0 && takesValue(fs, args[j-1])) {
			j++
		}
		seg := args[:j]
		for len(seg) > 0 {
			if err := fs.Parse(seg); err != nil {
				if errors.Is(err, flag.ErrHelp) {
					return nil, err
				}
				return nil, errUsage
			}
			seg = fs.Args()
			if len(seg) > 0 {
				rest = append(rest, seg[0])
				seg = seg[1:]
			}
		}
		if j < len(args) {
			rest = append(rest, args[j])
			j++
		}
		args = args[j:]
	}
	// --data "" (an unset shell variable) would be read as no folder at
	// all: mkdir "" fails, with a message that names neither.
	if f := fs.Lookup("data"); f != nil && strings.TrimSpace(f.Value.String()) == "" {
		return nil, usageErrorf("--data is empty: give the data folder of the index (default ./govreport-data)")
	}
	return append(rest, tail...), nil
}

// isExclusion reports whether a is a query's exclusion (-培训, -"校外培训")
// rather than a flag: flags are ASCII letters after their dashes.
func isExclusion(a string) bool {
	t := strings.TrimLeft(a, "-")
	if len(t) == 0 || len(a)-len(t) != 1 {
		return false
	}
	c := t[0]
	return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

// takesValue reports whether a is a flag of fs that takes its value from
// the next argument (--size, not --json nor --size=5).
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if name == a || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// useDict makes dict, when given, the extra segmentation dictionary, once
// it has checked that the file can be read. The dictionary loads later (in
// the background for serve), where a file that is not there would leave a
// server that never gets ready, or fail an ingest after every file was
// read.
func useDict(dict string) error {
	if dict == "" {
		return nil
	}
	f, err := os.Open(dict)
	if err != nil {
		return fmt.Errorf("--dict: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return fmt.Errorf("--dict %s is a folder, not a file of words", dict)
	}
	analysis.SetUserDict(dict)
	return nil
}

// parseNone parses the flags of a command that takes no arguments.
func parseNone(fs *flag.FlagSet, args []string) error {
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fs.Usage()
		return usageErrorf("unexpected arguments: %s", strings.Join(rest, " "))
	}
	return nil
}
