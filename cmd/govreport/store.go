package main

// PostgreSQL instead of the data folder
//
// serve, ingest and reindex keep the documents in the data folder unless
// --store names a PostgreSQL database (postgres://user@host:5432/db, or
// GOVREPORT_STORE): then the database holds them, and package postgres
// answers searches from it, reading from the streaming replicas given with
// --replica when they have replayed this process's writes. The data folder
// still holds what is the server's own (serve.json, saved queries).

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/govreport/govreport/postgres"
)

// storeFlags are --store and --replica.
type storeFlags struct {
	url      string
	replicas urlList
}

// urlList is a repeatable flag.
type urlList []string

func (l *urlList) String() string { return strings.Join(*l, ",") }
func (l *urlList) Set(s string) error {
	*l = append(*l, s)
	return nil
}

func (f *storeFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.url, "store", os.Getenv("GOVREPORT_STORE"), "keep the documents in the PostgreSQL database at `URL` (postgres://user@host:5432/db; environment GOVREPORT_STORE) instead of the data folder")
	fs.Var(&f.replicas, "replica", "a streaming replica of --store to read from, by `URL` (repeatable)")
}

// postgres reports whether the documents are in PostgreSQL.
func (f *storeFlags) postgres() bool { return f.url != "" }

// open opens the database of --store with the replicas of --replica.
func (f *storeFlags) open(ctx context.Context) (*postgres.DB, error) {
	if len(f.replicas) > 0 && f.url == "" {
		return nil, usageErrorf("--replica needs --store")
	}
	db, err := postgres.Open(ctx, f.url, f.replicas...)
	if err != nil {
		return nil, fmt.Errorf("--store: %w", err)
	}
	return db, nil
}
