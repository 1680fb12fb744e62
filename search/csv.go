package search

// CSV export
//
// Results go to spreadsheets: UTF-8 with a byte-order mark (Excel takes a
// file without one for the local code page and garbles Chinese), a header
// row, one row per hit, report or timeline row, CRLF line ends (RFC 4180).
// Snippets lose their HTML: the text as written, without <mark>. A text cell
// that a spreadsheet would run as a formula (=, @, a tab or carriage
// return, or + or - before anything but a number: -2+3) gets a leading
// apostrophe; signed numbers such as -3.5% stay as they are.
//
// The rows of a search or a timeline end with the query they answer, in
// its parsed form with every filter (Result.Query, Timeline.Query): a
// spreadsheet opened later, renamed, or pasted beside another keeps what
// its counts are counts of (the file's name holds the query and the
// filters' values too, but cut to a name's length and without quotes, so
// that "双减" and 双减 name alike).

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
)

// BOM is the UTF-8 byte-order mark a CSV export starts with.
const BOM = "\ufeff"

// WriteCSV writes the hits of res as CSV: sections, or reports with their
// number of matching sections when res answered a Request with Group
// "document".
func WriteCSV(w io.Writer, res *Result, group string) error {
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	if group == "document" {
		cw.Write([]string{"doc_id", "title", "year", "region", "kind", "issuer", "sections", "section_id", "path", "heading", "score", "snippet", "query"})
		for _, h := range res.Hits {
			cw.Write(cells(h.DocID, h.Title, yearCell(h.Year), h.Region, h.Kind, h.Issuer, strconv.Itoa(h.Sections),
				h.SectionID, strings.Join(h.Path, " > "), h.Heading, scoreCell(h.Score), plainSnippet(h.Snippet), res.Query))
		}
	} else {
		cw.Write([]string{"section_id", "doc_id", "title", "year", "region", "kind", "issuer", "path", "heading", "score", "snippet", "query"})
		for _, h := range res.Hits {
			cw.Write(cells(h.SectionID, h.DocID, h.Title, yearCell(h.Year), h.Region, h.Kind, h.Issuer,
				strings.Join(h.Path, " > "), h.Heading, scoreCell(h.Score), plainSnippet(h.Snippet), res.Query))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV of %q: %w", res.Query, err)
	}
	return nil
}

// TimelineTables are the tables of a timeline WriteTimelineCSV writes.
var TimelineTables = []string{"years", "regions", "first"}

// WriteTimelineCSV writes one table of tl as CSV: "years" (the default
// when table is ""; with each year's share of reports), "regions" or
// "first". An unknown table gives an error wrapping ErrBadQuery.
func WriteTimelineCSV(w io.Writer, tl *Timeline, table string) error {
	if table != "" && table != "years" && table != "regions" && table != "first" {
		return fmt.Errorf("table %q is not years, regions or first: %w", table, ErrBadQuery)
	}
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	switch table {
	case "", "years":
		cw.Write([]string{"year", "documents", "sections", "all_documents", "share", "query"})
		for _, y := range tl.Years {
			share := ""
			if y.AllDocuments > 0 {
				share = strconv.FormatFloat(float64(y.Documents)/float64(y.AllDocuments), 'f', 4, 64)
			}
			cw.Write(cells(strconv.Itoa(y.Year), strconv.Itoa(y.Documents), strconv.Itoa(y.Sections), strconv.Itoa(y.AllDocuments), share, tl.Query))
		}
	case "regions":
		cw.Write([]string{"region", "province", "documents", "first_year", "query"})
		for _, r := range tl.Regions {
			cw.Write(cells(r.Region, r.Province, strconv.Itoa(r.Documents), yearCell(r.FirstYear), tl.Query))
		}
	case "first":
		cw.Write([]string{"id", "title", "year", "region", "query"})
		for _, f := range tl.First {
			cw.Write(cells(f.ID, f.Title, yearCell(f.Year), f.Region, tl.Query))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV of the timeline of %q: %w", tl.Query, err)
	}
	return nil
}

func newCSV(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, BOM); err != nil {
		return nil, fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

// signedNumberRe matches a cell that is a signed number alone: -3.5%, +12.
var signedNumberRe = regexp.MustCompile(`^[+-](?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)%?$`)

// cells makes text cells safe from formula evaluation.
func cells(vals ...string) []string {
	for i, v := range vals {
		if v == "" {
			continue
		}
		switch v[0] {
		case '=', '@', '\t', '\r':
			vals[i] = "'" + v
		case '+', '-':
			// a signed number is kept as the number it is; anything more
			// after the sign is a formula to a spreadsheet (-2+3 is 1,
			// and -1+HYPERLINK(…) a link), whatever its first digit
			if !signedNumberRe.MatchString(v) {
				vals[i] = "'" + v
			}
		}
	}
	return vals
}

func yearCell(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func scoreCell(s float64) string { return strconv.FormatFloat(s, 'f', 4, 64) }

// plainSnippet turns an HTML snippet into its text.
func plainSnippet(s string) string {
	return html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s))
}

// WriteDocumentsCSV writes docs as CSV, one row a document: its metadata
// as the document list gives it, its number of sections, the file it was
// read from and when it entered the index (RFC 3339; empty when unknown).
func WriteDocumentsCSV(w io.Writer, docs []govreport.DocInfo) error {
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	cw.Write([]string{"id", "title", "year", "region", "province", "prefecture", "kind", "issuer", "sections", "source", "added"})
	for _, d := range docs {
		added := ""
		if !d.Added.IsZero() {
			added = d.Added.UTC().Format(time.RFC3339)
		}
		cw.Write(cells(d.ID, d.Title, yearCell(d.Year), d.Region, d.Province, d.Prefecture, d.Kind, d.Issuer,
			strconv.Itoa(d.Sections), d.Source, added))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV of %d documents: %w", len(docs), err)
	}
	return nil
}

// WriteTermsCSV writes the terms of ts as CSV, one row a term.
func WriteTermsCSV(w io.Writer, ts *Terms) error {
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	cw.Write([]string{"term", "documents", "places", "first_year", "before", "after", "score", "query"})
	for _, t := range ts.Terms {
		cw.Write(cells(t.Term, strconv.Itoa(t.Documents), strconv.Itoa(t.Places), yearCell(t.FirstYear),
			strconv.Itoa(t.Before), strconv.Itoa(t.After), scoreCell(t.Score), t.Query))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV of the terms of %d: %w", ts.Year, err)
	}
	return nil
}

// CompareTables are the tables of a comparison WriteCompareCSV writes.
var CompareTables = []string{"pairs", "numbers", "terms"}

// maxCellRunes bounds a cell of a comparison's marked changes:
// a spreadsheet holds at most 32,767 characters a cell (Excel cuts the
// rest, or refuses the file), and a removed section of a long report can
// be longer. A cut cell ends in "…".
const maxCellRunes = 30000

// WriteCompareCSV writes one table of a comparison r of the documents
// fromID (old) and toID (new) as CSV, to be taken into a spreadsheet or a
// document: "pairs" (the default when table is ""; one row a pair of
// sections in the report's order, with its status, both sections' places
// and headings, and its changes marked [-deleted-]{+inserted+} in their
// context), "numbers" (the changed
// figures, whole with their units and qualifiers, and both sentences) or
// "terms" (the new and the dropped terms). Every row ends with the two
// documents' IDs, so that rows pasted beside another comparison's keep what
// they compare. An unknown table gives an error wrapping ErrBadQuery.
func WriteCompareCSV(w io.Writer, r *compare.Report, fromID, toID, table string) error {
	if table != "" && !slices.Contains(CompareTables, table) {
		return fmt.Errorf("table %q is not pairs, numbers or terms: %w", table, ErrBadQuery)
	}
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	ref := func(s *compare.SectionRef) (id, path, heading string) {
		if s == nil {
			return "", "", ""
		}
		return s.ID, strings.Join(s.Path, " > "), s.Heading
	}
	switch table {
	case "", "pairs":
		cw.Write([]string{"pair", "status", "renamed", "relation", "related_heading", "similarity", "confidence",
			"old_section_id", "old_path", "old_heading", "new_section_id", "new_path", "new_heading",
			"changes", "from_doc_id", "to_doc_id"})
		for k, p := range r.Pairs {
			oid, opath, ohead := ref(p.From)
			nid, npath, nhead := ref(p.To)
			_, _, related := ref(p.Related)
			renamed := ""
			if p.Renamed {
				renamed = "yes"
			}
			cw.Write(cells(strconv.Itoa(k+1), p.Status, renamed, p.Relation, related, scoreCell(p.Similarity), scoreCell(p.Confidence),
				oid, opath, ohead, nid, npath, nhead, markedChanges(p.Diff), fromID, toID))
		}
	case "numbers":
		cw.Write([]string{"indicator", "old", "new", "unit", "old_role", "role", "old_sentence", "sentence",
			"old_section_id", "old_heading", "section_id", "path", "heading", "from_doc_id", "to_doc_id"})
		for _, n := range r.Summary.ChangedNumbers {
			oid, _, ohead := ref(n.OldSection)
			sec := n.Section
			ind, old, sentence := n.Indicator, n.OldSentence, n.Sentence
			if ind == "" {
				ind = n.Context
			}
			if old == "" {
				old = n.OldContext
			}
			if sentence == "" {
				sentence = n.Context
			}
			cw.Write(cells(ind, n.From, n.To, n.Unit, n.OldRole, n.Role, old, sentence,
				oid, ohead, sec.ID, strings.Join(sec.Path, " > "), sec.Heading, fromID, toID))
		}
	case "terms":
		cw.Write([]string{"change", "term", "count", "score", "headings", "section_ids", "from_doc_id", "to_doc_id"})
		for _, list := range []struct {
			change string
			terms  []compare.Term
		}{{"new", r.NewTerms}, {"dropped", r.DroppedTerms}} {
			for _, t := range list.terms {
				cw.Write(cells(list.change, t.Text, strconv.Itoa(t.Count), scoreCell(t.Score),
					headingList(t.Headings), strings.Join(t.Sections, " "), fromID, toID))
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV of the comparison of %s with %s: %w", fromID, toID, err)
	}
	return nil
}

// changesContext is how many characters of unchanged text a change keeps
// on each side in a comparison's CSV.
const changesContext = 20

// markedChanges returns a diff as text with its changes marked the way
// compare --no-color marks them, [-deleted-]{+inserted+}, and the
// unchanged text between them cut to changesContext characters on each
// side (…), or "" when nothing changed. Differences the comparison's
// options ignore (punctuation, spaces) read as the new text.
func markedChanges(ops []compare.Op) string {
	changed := slices.ContainsFunc(ops, func(op compare.Op) bool { return op.Op != compare.OpEqual && !op.Ignored })
	if !changed {
		return ""
	}
	var b strings.Builder
	for k, op := range ops {
		switch {
		case op.Op == compare.OpEqual:
			b.WriteString(elide(op.Text, k > 0, k < len(ops)-1))
		case op.Ignored && op.Op == compare.OpInsert:
			b.WriteString(op.Text)
		case op.Ignored:
		case op.Op == compare.OpDelete:
			b.WriteString("[-" + op.Text + "-]")
		case op.Op == compare.OpInsert:
			b.WriteString("{+" + op.Text + "+}")
		}
	}
	return cutCell(b.String())
}

// elide cuts unchanged text to changesContext characters after a change
// before it (after) and before a change after it (before), "…" between.
func elide(s string, after, before bool) string {
	r := []rune(s)
	keep := 0
	if after {
		keep += changesContext
	}
	if before {
		keep += changesContext
	}
	if len(r) <= keep+1 {
		return s
	}
	var head, tail string
	if after {
		head = string(r[:changesContext])
	}
	if before {
		tail = string(r[len(r)-changesContext:])
	}
	return head + "…" + tail
}

// headingList joins the headings of a term's sections, the opening (no
// heading) named （开头） as the compare page names it.
func headingList(hs []string) string {
	out := make([]string, len(hs))
	for k, h := range hs {
		out[k] = cmp.Or(h, "（开头）")
	}
	return strings.Join(out, "；")
}

// cutCell cuts s to maxCellRunes characters, ending in "…" when cut.
func cutCell(s string) string {
	if utf8.RuneCountInString(s) <= maxCellRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == maxCellRunes-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
