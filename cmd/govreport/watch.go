package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/govreport/govreport/api"
	"github.com/govreport/govreport/watch"
)

const watchUsage = `Save a query and learn which reports that match it enter the index after
it was saved: a watch. govreport ingest ends with a line for each watch a
new file matched; a running server serves each watch's Atom feed
(/api/v1/watches/ID/feed) and its 关注 page.

  add QUERY   save a watch of QUERY (the search query language) with the
              filters given; a watch of the same query and filters is not
              saved twice
  list        list the watches, oldest first, each with its number of new
              reports (matching, and added after it was made)
  rm ID       delete watch ID

The watches live in the data folder (watches.json), also when the reports
are in PostgreSQL (--store). Beside a running serve, the command asks its
API; add and rm are writes there and need the server's token in
GOVREPORT_TOKEN when serve was given one.

Example:
  govreport watch add '"新质生产力"' --kind 政府工作报告
  govreport watch add 课后服务 --year 2025 --region 云岫市
  govreport watch list
  govreport watch rm 63d55b1d5f249ba5
`

func runWatch(ctx context.Context, e *env, args []string) error {
	var (
		data   string
		ff     filterFlags
		sf     storeFlags
		asJSON bool
	)
	fs := newFlags(e, "watch", "add QUERY | list | rm ID [flags]", watchUsage, &data)
	ff.register(fs)
	sf.add(fs)
	fs.BoolVar(&asJSON, "json", false, "list: print the watches as JSON (the API's format)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		fs.Usage()
		return errUsage
	}
	verb, rest := rest[0], rest[1:]
	filters := ff != (filterFlags{})
	switch {
	case verb != "add" && verb != "list" && verb != "rm":
		return usageErrorf("watch: unknown action %q (add, list or rm)", verb)
	case verb == "add" && len(rest) == 0:
		return usageErrorf("watch add: give the query to watch")
	case verb == "list" && len(rest) > 0:
		return usageErrorf("watch list: unexpected arguments %q", rest)
	case verb == "rm" && len(rest) != 1:
		return usageErrorf("watch rm: give one watch ID")
	case verb != "add" && filters:
		return usageErrorf("watch %s: --year, --region, --kind and --issuer go with add", verb)
	}
	w := watch.Watch{Query: strings.Join(rest, " "), Years: nonEmpty(ff.year), Regions: nonEmpty(ff.region),
		Kinds: nonEmpty(ff.kind), Issuers: nonEmpty(ff.issuer)}
	if verb == "add" {
		if err := w.Check(); err != nil {
			return usageErrorf("watch add: %v", err)
		}
	}
	if base := runningServer(ctx, data); base != "" {
		return remoteWatch(ctx, e, base, verb, w, rest, asJSON)
	}
	// The data folder's lock (the embedded store's, taken by opening it)
	// keeps other commands from changing the watches meanwhile. With
	// --store the folder has no lock: two watch commands at the same
	// moment may lose one's change (watches.json is written whole).
	var b backend
	if sf.postgres() {
		if err := os.MkdirAll(data, 0o755); err != nil {
			return fmt.Errorf("watch: %w", err)
		}
		b, err = sf.open(ctx)
	} else {
		b, err = openExisting(data)
	}
	if err != nil {
		return err
	}
	defer b.Close()
	st, err := watch.Open(data)
	if err != nil {
		return err
	}
	switch verb {
	case "add":
		if w.Created, err = b.Now(ctx); err != nil {
			return err
		}
		saved, created, err := st.Add(w)
		if err != nil {
			return err
		}
		printWatchSaved(e, saved, created)
	case "rm":
		if err := st.Delete(rest[0]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "watch %s deleted\n", rest[0])
	case "list":
		rows := []api.WatchJSON{}
		for _, w := range st.List() {
			r, err := api.NewWatchJSON(ctx, b, w)
			if err != nil {
				return err
			}
			rows = append(rows, r)
		}
		return printWatchList(e, rows, asJSON)
	}
	return nil
}

// printWatchSaved says that w was saved, or that it existed already.
func printWatchSaved(e *env, w watch.Watch, created bool) {
	if !created {
		fmt.Fprintf(e.stdout, "watch %s  %s  exists already (made %s)\n", w.ID, w.String(), w.Created.UTC().Format("2006-01-02 15:04 UTC"))
		return
	}
	fmt.Fprintf(e.stdout, "watch %s  %s  saved: reports ingested from now on that match it are new to it\n", w.ID, w.String())
}

// printWatchList writes the watches as a table or as JSON.
func printWatchList(e *env, rows []api.WatchJSON, asJSON bool) error {
	if asJSON {
		return writeJSON(e.stdout, map[string]any{"watches": rows})
	}
	if len(rows) == 0 {
		fmt.Fprintln(e.stdout, "no watches (govreport watch add QUERY saves one)")
		return nil
	}
	table := [][]string{{"id", "watch", "made (UTC)", "new"}}
	for _, r := range rows {
		w := r.Watch()
		table = append(table, []string{r.ID, w.String(), r.Created.UTC().Format("2006-01-02 15:04"), strconv.Itoa(r.New)})
	}
	return writeTable(e.stdout, table)
}

// remoteWatch does verb through the API of the server at base.
func remoteWatch(ctx context.Context, e *env, base, verb string, w watch.Watch, rest []string, asJSON bool) error {
	switch verb {
	case "add":
		js, err := json.Marshal(struct {
			Q      string   `json:"q"`
			Year   []string `json:"year,omitempty"`
			Region []string `json:"region,omitempty"`
			Kind   []string `json:"kind,omitempty"`
			Issuer []string `json:"issuer,omitempty"`
		}{w.Query, w.Years, w.Regions, w.Kinds, w.Issuers})
		if err != nil {
			return err
		}
		var r api.WatchJSON
		status, err := apiWrite(ctx, base, http.MethodPost, "watches", "application/json", js, &r)
		if err != nil {
			return err
		}
		printWatchSaved(e, r.Watch(), status == http.StatusCreated)
	case "rm":
		if _, err := apiWrite(ctx, base, http.MethodDelete, "watches/"+url.PathEscape(rest[0]), "", nil, nil); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "watch %s deleted\n", rest[0])
	case "list":
		var list struct {
			Watches []api.WatchJSON `json:"watches"`
		}
		if err := apiGet(ctx, base, "watches", nil, &list, nil); err != nil {
			return err
		}
		return printWatchList(e, list.Watches, asJSON)
	}
	return nil
}
