package main

// Manifests
//
// govreport ingest --manifest FILE reads a list of files with corrections
// of their metadata, in one of two forms, told apart by the first
// character that is not space (a "{" is JSON Lines):
//
//	CSV, a header row first:
//	  path,year,region
//	  reports/2024.txt,2024,青岚县
//
//	JSON Lines, one object a line:
//	  {"path": "reports/2024.txt", "year": 2024, "region": "青岚县"}
//
// Columns or keys are path plus any of title, year, kind, region, issuer; an
// empty value (or null) corrects nothing. Other columns or keys (notes,
// sources) are ignored and named in a warning. A relative path is taken
// from the manifest's own folder. Every problem names the manifest line;
// none of the files is read until the whole manifest is good.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/govreport/govreport/corpus"
)

// A manifestEntry is one line of a manifest: a file or folder and the
// corrections of its metadata.
type manifestEntry struct {
	line int // 1-based line in the manifest
	path string
	corr corpus.Override
}

// readManifest reads the manifest at name. Problems are all collected, each
// as "name:line: ...", and returned together; ignored names the unknown
// columns or keys.
func readManifest(name string) (entries []manifestEntry, ignored []string, err error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, nil, fmt.Errorf("manifest: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	unknown := map[string]bool{}
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		entries = readJSONLines(data, unknown, fail)
	} else {
		entries = readCSV(data, unknown, fail)
	}
	dir := filepath.Dir(name)
	seen := map[string]int{}
	for i := range entries {
		e := &entries[i]
		if e.path == "" {
			fail(e.line, "no path")
			continue
		}
		if !filepath.IsAbs(e.path) {
			e.path = filepath.Join(dir, e.path)
		}
		if first, ok := seen[e.path]; ok {
			fail(e.line, "path %s is also on line %d", e.path, first)
		}
		seen[e.path] = e.line
		if _, err := os.Stat(e.path); err != nil {
			fail(e.line, "path %s: %v", e.path, errors.Unwrap(err))
		}
	}
	for k := range unknown {
		ignored = append(ignored, k)
	}
	sort.Strings(ignored)
	if len(errs) == 0 && len(entries) == 0 {
		errs = append(errs, fmt.Errorf("%s: no files listed", name))
	}
	if len(errs) > 0 {
		return nil, ignored, errors.Join(errs...)
	}
	return entries, ignored, nil
}

func readCSV(data []byte, unknown map[string]bool, fail func(int, string, ...any)) []manifestEntry {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		fail(1, "reading the header row: %v", err)
		return nil
	}
	pathCol := -1
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		header[i] = h
		if h != "" && slices.Contains(header[:i], h) {
			// which of two values would be meant is anyone's guess
			fail(1, "the header row names %s twice", h)
			return nil
		}
		switch {
		case h == "path":
			pathCol = i
		case !slices.Contains(corpus.OverrideFields, h):
			unknown[h] = true
		}
	}
	if pathCol < 0 {
		fail(1, "the header row has no path column (want path plus any of %s)", strings.Join(corpus.OverrideFields, ", "))
		return nil
	}
	var out []manifestEntry
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fail(pe.StartLine, "%v", pe.Err)
				if pe.Err == csv.ErrQuote || pe.Err == csv.ErrBareQuote {
					break // the rest of the file is off
				}
				continue
			}
			fail(line, "%v", err)
			break
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) > len(header) {
			fail(line, "%d values, the header names %d", len(rec), len(header))
			continue
		}
		e := manifestEntry{line: line}
		for i, v := range rec {
			switch h := header[i]; {
			case h == "path":
				e.path = strings.TrimSpace(v)
			case slices.Contains(corpus.OverrideFields, h):
				if err := e.corr.Set(h, v); err != nil {
					fail(line, "%v", err)
				}
			}
		}
		out = append(out, e)
	}
	return out
}

func readJSONLines(data []byte, unknown map[string]bool, fail func(int, string, ...any)) []manifestEntry {
	var out []manifestEntry
	for n, l := range bytes.Split(data, []byte("\n")) {
		line := n + 1
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(l, &obj); err != nil {
			fail(line, "not a JSON object: %v", err)
			continue
		}
		e := manifestEntry{line: line}
		for k, raw := range obj {
			switch {
			case k == "path":
				if err := json.Unmarshal(raw, &e.path); err != nil {
					fail(line, "path: not a string")
				}
			case slices.Contains(corpus.OverrideFields, k):
				v, err := jsonFieldText(k, raw)
				if err == nil {
					err = e.corr.Set(k, v)
				}
				if err != nil {
					fail(line, "%v", err)
				}
			default:
				unknown[k] = true
			}
		}
		out = append(out, e)
	}
	return out
}

// jsonFieldText returns a correction's JSON value as text: a string, a
// whole number for year, or null (""). Anything else is an error naming
// field.
func jsonFieldText(field string, raw json.RawMessage) (string, error) {
	if string(bytes.TrimSpace(raw)) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	if field == "year" {
		var y int
		if err := json.Unmarshal(raw, &y); err == nil {
			return strconv.Itoa(y), nil
		}
		return "", fmt.Errorf("year: %s is not a year", raw)
	}
	return "", fmt.Errorf("%s: %s is not a string", field, raw)
}
