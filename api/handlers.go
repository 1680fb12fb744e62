package api

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/govreport/govreport"
	"github.com/govreport/govreport/compare"
	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/search"
)

// JSON types of the API. Field names are part of the contract.

// docInfo is a document without its sections' texts, as listed.
type docInfo struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Year   *int   `json:"year"` // null when the year is unknown
	Region string `json:"region"`
	Kind   string `json:"kind"`
	Issuer string `json:"issuer"`
	// Province is the province-level unit the document belongs to (the
	// region itself for a provincial report), Prefecture the prefecture above
	// a county or district.
	Province   string `json:"province,omitempty"`
	Prefecture string `json:"prefecture,omitempty"`
	Source     string `json:"source"`
	Sections   int    `json:"sections"`
}

// document is one document with its sections in document order.
type document struct {
	ID         string            `json:"id"`
	Title      string            `json:"title"`
	Year       *int              `json:"year"`
	Region     string            `json:"region"`
	Kind       string            `json:"kind"`
	Issuer     string            `json:"issuer"`
	Province   string            `json:"province,omitempty"`
	Prefecture string            `json:"prefecture,omitempty"`
	Origins    map[string]string `json:"origins,omitempty"` // field -> corpus.Origin*; "user" for a correction
	Source     string            `json:"source"`
	Sections   []section         `json:"sections"`
	Warnings   []corpus.Warning  `json:"warnings"`
}

type section struct {
	ID      string   `json:"id"`
	DocID   string   `json:"doc_id"`
	Heading string   `json:"heading"`
	Level   int      `json:"level"`
	Path    []string `json:"path"`
	Ordinal int      `json:"ordinal"`
	Text    string   `json:"text"`
	// Inferred: the heading was read from the shape of the paragraphs of a
	// report that lost its heading lines (corpus.Section.Inferred).
	Inferred bool `json:"inferred,omitempty"`
	// Joint: what joins the heading to the text on its line
	// (corpus.Section.Joint); heading + joint + text reads as the report.
	Joint string `json:"joint,omitempty"`
}

func yearOf(y int) *int {
	if y == 0 {
		return nil
	}
	return &y
}

func infoJSON(d govreport.DocInfo) docInfo {
	return docInfo{ID: d.ID, Title: d.Title, Year: yearOf(d.Year), Region: d.Region, Kind: d.Kind,
		Issuer: d.Issuer, Province: d.Province, Prefecture: d.Prefecture, Source: d.Source, Sections: d.Sections}
}

func sectionJSON(s *corpus.Section) section {
	p := s.Path
	if p == nil {
		p = []string{}
	}
	return section{ID: s.ID, DocID: s.DocID, Heading: s.Heading, Level: s.Level, Path: p, Ordinal: s.Ordinal, Text: s.Text, Inferred: s.Inferred, Joint: s.Joint}
}

func documentJSON(d *corpus.Document) document {
	out := document{ID: d.ID, Title: d.Title, Year: yearOf(d.Year), Region: d.Region, Kind: d.Kind,
		Issuer: d.Issuer, Province: d.Province, Prefecture: d.Prefecture, Origins: d.Origins,
		Source: d.Source, Sections: make([]section, len(d.Sections)), Warnings: d.Warnings}
	for i := range d.Sections {
		out.Sections[i] = sectionJSON(&d.Sections[i])
	}
	if out.Warnings == nil {
		out.Warnings = []corpus.Warning{}
	}
	return out
}

func (s *Server) healthz(c *gin.Context) {
	st, err := s.store.Stats(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	// ready: searches start at once (sections in memory, dictionary
	// loaded); before that they wait, they are never answered wrong.
	h := gin.H{"status": "ok", "documents": st.Documents, "sections": st.Sections, "ready": st.Ready}
	// A database with streaming replicas: each one's lag, and whether
	// reads go to it.
	if r, ok := s.store.(govreport.Replicated); ok {
		h["replicas"] = r.Replicas(c.Request.Context())
	}
	c.JSON(http.StatusOK, h)
}

// params reads query parameters, checking that every value is valid UTF-8
// and collecting the first problem.
type params struct {
	q   url.Values
	err error
}

func (s *Server) params(c *gin.Context) *params {
	q, err := url.ParseQuery(c.Request.URL.RawQuery)
	p := &params{q: q}
	if err != nil {
		// url.Query drops what does not decode; a user must hear of it.
		p.err = badRequest(fmt.Sprintf("query string: %v", err))
	}
	// Keys in order: with several bad parameters, the same one is named
	// every time (a map's order is random).
	for _, k := range slices.Sorted(maps.Keys(p.q)) {
		for _, v := range p.q[k] {
			if p.err != nil {
				break
			}
			if !utf8.ValidString(v) || !utf8.ValidString(k) {
				p.err = badRequest(fmt.Sprintf("parameter %q is not valid UTF-8", k))
			} else if k != "q" && strings.ContainsRune(v, 0) {
				// no document holds one, and PostgreSQL cannot look one up
				// (the query's parser refuses control characters itself,
				// saying where)
				p.err = badRequest(fmt.Sprintf("parameter %q holds a NUL", k))
			}
		}
	}
	return p
}

func (p *params) str(name string) string { return strings.TrimSpace(p.q.Get(name)) }

// list returns every non-empty value of a repeatable parameter; values may
// also be comma-separated.
func (p *params) list(name string) []string {
	var out []string
	for _, v := range p.q[name] {
		out = append(out, search.SplitValues(v)...)
	}
	return out
}

// int reads an integer parameter in [min, max], or def when absent.
func (p *params) int(name string, def, min, max int) int {
	v := p.str(name)
	if v == "" || p.err != nil {
		return def
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
		p.err = badRequest(fmt.Sprintf("parameter %s=%q is not an integer", name, v))
	case n < min || n > max:
		p.err = badRequest(fmt.Sprintf("parameter %s=%d is out of range [%d, %d]", name, n, min, max))
	}
	return n
}

// years reads the repeatable year parameter: 2023, or a range 2021..2023.
func (p *params) years() []search.YearRange {
	var out []search.YearRange
	for _, v := range p.list("year") {
		r, err := search.ParseYearRange(v)
		if err != nil {
			if p.err == nil {
				p.err = badRequest("parameter " + err.Error())
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// filters reads the metadata filters shared by search, timeline and the
// document list: year, region, kind, issuer. A kind no document can have
// (kind=通知) is a bad request, not a zero (search.CheckKind).
func (p *params) filters() search.Filters {
	f := search.Filters{Years: p.years(), Regions: p.list("region"), Kinds: p.list("kind"), Issuers: p.list("issuer")}
	for _, k := range f.Kinds {
		if err := search.CheckKind(k); err != nil && p.err == nil {
			p.err = badRequest("parameter " + err.Error())
		}
	}
	return f
}

func (s *Server) searchHandler(c *gin.Context) {
	p := s.params(c)
	csv := p.csv()
	req := search.Request{
		Query:   p.q.Get("q"),
		Filters: p.filters(),
		From:    p.int("from", 0, 0, search.MaxFrom),
		Sort:    p.str("sort"),
	}
	if csv {
		// An export is the whole result up to exportRows rows, or the rows
		// from and size ask for (the next rows of a result over the cap:
		// from=10000); size=0, the counts only, has no rows to export.
		req.Size = p.int("size", exportRows, 0, search.MaxFrom)
		if p.err == nil && (req.Size < 1 || req.Size > exportRows) {
			p.err = badRequest(fmt.Sprintf("parameter size=%d: a CSV export (format=csv) has 1 to %d rows", req.Size, exportRows))
		}
	} else {
		req.Size = p.int("size", 10, 0, maxPageSize)
	}
	req.Group = p.str("group")
	// size=0 asks for the counts only (total, facets), nothing ranked.
	req.CountOnly = req.Size == 0 && p.str("size") != ""
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		s.fail(c, fmt.Errorf("parameter q is empty: %w", search.ErrBadQuery))
		return
	}
	if csv {
		s.searchCSV(c, req) // timeline.go
		return
	}
	res, err := s.engine.Search(c.Request.Context(), req)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}

// listDocuments answers GET /api/v1/documents: the documents the filters
// match, a page of them, or with format=csv every one of them up to
// exportRows rows, or the rows from and size ask for, as the search's
// export does (X-Result-Total, X-Result-Truncated).
func (s *Server) listDocuments(c *gin.Context) {
	p := s.params(c)
	f := p.filters()
	csv := p.csv()
	from := p.int("from", 0, 0, search.MaxFrom)
	var size int
	if csv {
		size = p.int("size", exportRows, 0, search.MaxFrom)
		if p.err == nil && (size < 1 || size > exportRows) {
			p.err = badRequest(fmt.Sprintf("parameter size=%d: a CSV export (format=csv) has 1 to %d rows", size, exportRows))
		}
	} else {
		size = p.int("size", 20, 0, maxPageSize)
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	docs, err := s.store.Documents(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	var match []govreport.DocInfo
	for _, d := range docs {
		if f.Match(&d) {
			match = append(match, d)
		}
	}
	var page []govreport.DocInfo
	if from < len(match) {
		page = match[from:min(len(match), from+size)]
	}
	if csv {
		var buf bytes.Buffer
		if err := search.WriteDocumentsCSV(&buf, page); err != nil {
			s.fail(c, err)
			return
		}
		c.Header(headerTotal, strconv.Itoa(len(match)))
		parts := filterParts(f)
		if next := from + len(page); from > 0 || next < len(match) {
			if next < len(match) {
				c.Header(headerTruncated, fmt.Sprintf("rows %d-%d of %d; the next from=%d", from+1, next, len(match), next))
			}
			parts = append(parts, fmt.Sprintf("第%d-%d行", from+1, next))
		}
		sendCSV(c, exportDocuments, parts, buf.Bytes()) // export.go
		return
	}
	out := make([]docInfo, len(page))
	for i, d := range page {
		out[i] = infoJSON(d)
	}
	c.JSON(http.StatusOK, gin.H{"total": len(match), "documents": out})
}

func (s *Server) getDocument(c *gin.Context) {
	d, err := s.store.Document(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, documentJSON(d))
}

func (s *Server) counterparts(c *gin.Context) {
	id := c.Param("id")
	docs, err := s.store.Documents(c.Request.Context()) // one consistent list for the lookups below
	if err != nil {
		s.fail(c, err)
		return
	}
	if !slices.ContainsFunc(docs, func(d govreport.DocInfo) bool { return d.ID == id }) {
		s.fail(c, fmt.Errorf("document %q: %w", id, govreport.ErrNotFound))
		return
	}
	prev, next := compare.Counterparts(docs, id)
	out := gin.H{"previous": nil, "next": nil}
	if prev != nil {
		out["previous"] = infoJSON(*prev)
	}
	if next != nil {
		out["next"] = infoJSON(*next)
	}
	if plan := compare.PlanFor(docs, id); plan != nil {
		out["plan"] = infoJSON(*plan)
	}
	if sum := compare.SummaryFor(docs, id); sum != nil {
		out["summary"] = infoJSON(*sum)
	}
	c.JSON(http.StatusOK, out)
}

func (s *Server) getSection(c *gin.Context) {
	sec, err := s.store.Section(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, sectionJSON(sec))
}

func (s *Server) similar(c *gin.Context) {
	p := s.params(c)
	size := p.int("size", 10, 1, maxPageSize)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	hits, err := s.engine.Similar(c.Request.Context(), c.Param("id"), size)
	if err != nil {
		s.fail(c, err)
		return
	}
	if hits == nil {
		hits = []search.SimilarHit{}
	}
	c.JSON(http.StatusOK, gin.H{"hits": hits})
}

// compareOptions reads ignore_punct and ignore_space.
func (p *params) compareOptions() compare.Options {
	return compare.Options{IgnorePunct: p.bool("ignore_punct"), IgnoreSpace: p.bool("ignore_space")}
}

// bool reads a boolean parameter: true or 1, false or 0; absent is false.
func (p *params) bool(name string) bool {
	switch v := p.str(name); v {
	case "", "0", "false":
		return false
	case "1", "true":
		return true
	default:
		if p.err == nil {
			p.err = badRequest(fmt.Sprintf("parameter %s=%q is not true or false", name, v))
		}
		return false
	}
}

func (s *Server) compareDocuments(c *gin.Context) {
	p := s.params(c)
	opt := p.compareOptions()
	from, to, format, table := p.str("from"), p.str("to"), p.str("format"), p.str("table")
	if p.err == nil && (from == "" || to == "") {
		p.err = badRequest("parameters from and to (document ids) are required")
	}
	if p.err == nil && format != "" && format != "json" && format != "html" && format != "csv" {
		p.err = badRequest(fmt.Sprintf("parameter format=%q is not json, html or csv", format))
	}
	if p.err == nil && table != "" && format != "csv" {
		p.err = badRequest("parameter table goes with format=csv")
	}
	if p.err == nil && table != "" && !slices.Contains(search.CompareTables, table) {
		p.err = badRequest(fmt.Sprintf("parameter table=%q is not %s", table, strings.Join(search.CompareTables, ", ")))
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	a, err := s.store.Document(c.Request.Context(), from)
	if err != nil {
		s.fail(c, err)
		return
	}
	b, err := s.store.Document(c.Request.Context(), to)
	if err != nil {
		s.fail(c, err)
		return
	}
	// weigh terms by how common they are in everything indexed
	opt.Collection = collection{c.Request.Context(), s.store}
	rep, err := compareDocs(c.Request.Context(), a, b, opt)
	if err != nil {
		if c.Request.Context().Err() != nil {
			err = s.compareTimeout(a, b, err)
		}
		s.fail(c, err)
		return
	}
	if format == "html" {
		var buf bytes.Buffer
		if err := compare.WriteHTML(&buf, rep, a, b); err != nil {
			s.fail(c, err)
			return
		}
		// named by the two reports (export.go), with their IDs for a fallback
		name, _ := exportFile(exportCompare, append(docParts(govreport.InfoOf(a)), docParts(govreport.InfoOf(b))...), ".html")
		c.Header("Content-Disposition", contentDisposition(name, fmt.Sprintf("compare-%s-%s.html", asciiPart(a.ID), asciiPart(b.ID))))
		c.Data(http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
		return
	}
	if format == "csv" {
		var buf bytes.Buffer
		if err := search.WriteCompareCSV(&buf, rep, a.ID, b.ID, table); err != nil {
			s.fail(c, err)
			return
		}
		if table == "" {
			table = "pairs"
		}
		// named as the HTML page is, by the table and the two reports
		name, _ := exportName(compareExport(table), append(docParts(govreport.InfoOf(a)), docParts(govreport.InfoOf(b))...))
		c.Header("Content-Disposition", contentDisposition(name, fmt.Sprintf("compare-%s-%s-%s.csv", table, asciiPart(a.ID), asciiPart(b.ID))))
		c.Data(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
		return
	}
	c.JSON(http.StatusOK, gin.H{
		"from":          infoJSON(govreport.InfoOf(a)),
		"to":            infoJSON(govreport.InfoOf(b)),
		"summary":       rep.Summary,
		"pairs":         rep.Pairs,
		"new_terms":     rep.NewTerms,
		"dropped_terms": rep.DroppedTerms,
	})
}

// compareDocs compares two documents (a variable for tests).
var compareDocs = compare.CompareContext

// A timeoutError is a request that ran out of its time, with a message
// for the client that says what it was doing (fail sends it with the 504
// instead of the bare "took longer than the server allows").
type timeoutError struct {
	msg string
	err error
}

func (e *timeoutError) Error() string { return e.msg + ": " + e.err.Error() }
func (e *timeoutError) Unwrap() error { return e.err }

// compareTimeout is the error of a comparison of a and b that ran out of
// the request's time: it names both reports and their length, which is
// what makes a comparison slow, says that nothing of it is shown (the
// pairs not yet diffed are skipped, and a comparison without them would
// read as unchanged text), and how to have it anyway.
func (s *Server) compareTimeout(a, b *corpus.Document, err error) error {
	size := func(d *corpus.Document) string {
		label := cmp.Or(d.Title, d.Source, d.ID)
		if d.Region != "" && !strings.Contains(label, d.Region) {
			label = d.Region + " " + label // 全国 政府工作报告, not 政府工作报告 alone
		}
		if d.Year != 0 && !strings.Contains(label, strconv.Itoa(d.Year)) {
			label = strconv.Itoa(d.Year) + " " + label
		}
		return fmt.Sprintf("%s [%s] (%d sections, %d characters)", label, d.ID, len(d.Sections), utf8.RuneCountInString(d.Body))
	}
	return &timeoutError{fmt.Sprintf("comparing %s with %s took longer than the server's limit of %s (serve --timeout): "+
		"no part of it is shown, since the sections not yet compared would read as unchanged. Ask again when the server is less busy, "+
		"or compare them without a limit: stop the server and run govreport compare %s %s on its data folder", size(a), size(b), s.cfg.Timeout, a.ID, b.ID), err}
}

func (s *Server) compareSections(c *gin.Context) {
	p := s.params(c)
	opt := p.compareOptions()
	from, to := p.str("from"), p.str("to")
	if p.err == nil && (from == "" || to == "") {
		p.err = badRequest("parameters from and to (section ids) are required")
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	a, err := s.store.Section(c.Request.Context(), from)
	if err != nil {
		s.fail(c, err)
		return
	}
	b, err := s.store.Section(c.Request.Context(), to)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, compare.ComparePair(a, b, opt))
}

// upload reads one file, from the multipart field "file" or from the raw
// body named by ?filename=, and indexes it. A file that fails to read
// changes nothing in the index.
func (s *Server) upload(c *gin.Context) {
	r, _ := c.Get(uploadKey) // received before its turn (receive)
	name, data := r.(received).name, r.(received).data
	doc, err := s.readDoc(c, name, data)
	if err != nil {
		s.fail(c, err)
		return
	}
	// Past the deadline the client is told the upload failed (or has gone):
	// nothing it is not answered for gets committed.
	if err := c.Request.Context().Err(); err != nil {
		s.fail(c, fmt.Errorf("reading %s: %w", name, err))
		return
	}
	// A copy of a text stored before (the same cleaned body from another
	// file) keeps what the earlier reading took from outside the text, a
	// collector's header above all (corpus.Document.Inherit).
	prev, err := s.store.Document(c.Request.Context(), doc.ID)
	if err != nil && !errors.Is(err, govreport.ErrNotFound) {
		s.fail(c, err)
		return
	}
	doc.Inherit(prev)
	since, err := s.store.Now(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.store.Add(c.Request.Context(), nil, doc); err != nil {
		s.fail(c, err)
		return
	}
	// Read back: corrections stored for this file apply.
	if stored, err := s.store.Document(context.WithoutCancel(c.Request.Context()), doc.ID); err == nil {
		doc = stored
	}
	c.JSON(http.StatusCreated, uploaded{documentJSON(doc), s.newToWatches(c, doc.ID, since)})
}

// readFile reads an upload (a variable for tests).
var readFile = corpus.ReadContext

// turnKept marks a request whose upload turn is released by the reading
// that outlived it (readDoc), not by uploadTurn.
const turnKept = "govreport.turnKept"

// readDoc reads an upload's file, answering by the request's deadline
// whatever the reader does: a reader that does not stop at its context's
// end (a text whose cleaning takes far longer than its size says) would
// otherwise hold the request past it, and the client would get no answer
// at all once the server's write timeout closed the connection. The
// reading goes on to its end, holding its upload turn, so that such files
// sent again and again wait for their turn or are refused as busy rather
// than pile up.
func (s *Server) readDoc(c *gin.Context, name string, data []byte) (*corpus.Document, error) {
	type result struct {
		doc *corpus.Document
		err error
	}
	ctx := c.Request.Context()
	done := make(chan result, 1)
	go func() {
		d, err := readFile(ctx, name, data)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		c.Set(turnKept, true)
		go func() {
			<-done
			<-s.uploads
		}()
		return nil, fmt.Errorf("reading %s: %w", name, ctx.Err())
	}
}

// uploaded is an upload's answer: the document, and the watches it is new
// to (empty when the same content was in the index already).
type uploaded struct {
	document
	Watches []watchRef `json:"watches"`
}

func readUpload(c *gin.Context) (name string, data []byte, err error) {
	ct, _, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if ct == "multipart/form-data" {
		return readMultipart(c)
	}
	name = c.Query("filename")
	if name == "" {
		return "", nil, badRequest("a raw upload needs ?filename= (its extension picks the format)")
	}
	if name, err = uploadName(name); err != nil {
		return "", nil, err
	}
	data, err = io.ReadAll(c.Request.Body)
	if err != nil {
		return "", nil, &fileError{name, err}
	}
	return name, data, nil
}

// readMultipart reads the file of a multipart upload, the first part of the
// field "file" that has a file name, reading the parts as they come: a body
// over --max-body is refused naming the file whose part it was reading
// (the name is in the part's header, before its bytes).
func readMultipart(c *gin.Context) (name string, data []byte, err error) {
	mr, err := c.Request.MultipartReader()
	if err != nil {
		return "", nil, badRequest("multipart upload: " + err.Error())
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return "", nil, badRequest("multipart upload needs a file in the field \"file\"")
		}
		if err != nil {
			return "", nil, multipartError(err)
		}
		if part.FormName() != "file" || part.FileName() == "" {
			if _, err := io.Copy(io.Discard, part); err != nil {
				return "", nil, multipartError(err)
			}
			continue
		}
		if name, err = uploadName(part.FileName()); err != nil {
			return "", nil, err
		}
		if data, err = io.ReadAll(part); err != nil {
			var maxBytes *http.MaxBytesError
			if errors.As(err, &maxBytes) {
				return "", nil, &fileError{name, err}
			}
			return "", nil, badRequest(fmt.Sprintf("multipart upload of %s: %v", name, err))
		}
		return name, data, nil
	}
}

// multipartError is the error of a multipart body that failed before its
// file: over --max-body (413), or malformed (400).
func multipartError(err error) error {
	var maxBytes *http.MaxBytesError
	if errors.As(err, &maxBytes) {
		return err
	}
	return badRequest("multipart upload: " + err.Error())
}

// multipartFileName returns the name of the file a multipart body of
// content type ct holds, read from the headers of its parts in at most the
// first 64 KiB of body, or "" when none is there: the name of an upload
// refused by its declared length, before its bytes are read.
func multipartFileName(body io.Reader, ct string) string {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return ""
	}
	mr := multipart.NewReader(io.LimitReader(body, 64<<10), params["boundary"])
	for range 8 {
		part, err := mr.NextPart()
		if err != nil {
			return ""
		}
		if part.FormName() == "file" && part.FileName() != "" {
			name, err := uploadName(part.FileName())
			if err != nil {
				return ""
			}
			return name
		}
	}
	return ""
}

// A fileError is an error about the uploaded file name, for the messages
// fail writes in place of the error's own (a body over --max-body), so
// that a client sending many files learns which one was refused.
type fileError struct {
	name string
	err  error
}

func (e *fileError) Error() string { return e.name + ": " + e.err.Error() }
func (e *fileError) Unwrap() error { return e.err }

// uploadName returns the base of an upload's file name: after the last /
// or \ (a browser on Windows may send C:\Users\...\report.docx). A name
// that is not valid UTF-8, or holds a NUL, another control character (a
// line break, an escape that a terminal listing the documents would run)
// or a bidirectional control (which shows report.exe as report.txt), is a
// bad request: no file a user means to upload has one, and the name is
// kept as the document's source.
func uploadName(name string) (string, error) {
	if !utf8.ValidString(name) {
		return "", badRequest("the file name is not valid UTF-8")
	}
	if r, ok := controlRune(name); ok {
		return "", badRequest(fmt.Sprintf("the file name %q holds the control character %U", name, r))
	}
	if i := strings.LastIndexAny(name, `/\`); i >= 0 && i < len(name)-1 {
		name = name[i+1:]
	}
	name = path.Base(name)
	// No file system keeps a longer name (255 characters on NTFS, fewer
	// on most); it would be kept as the document's source, and listed.
	if n := utf8.RuneCountInString(name); n > maxUploadName {
		return "", badRequest(fmt.Sprintf("the file name is %d characters long; at most %d", n, maxUploadName))
	}
	return name, nil
}

// maxUploadName bounds an upload's file name in characters.
const maxUploadName = 255

// controlRune returns the first control character (a NUL, a line break, a
// terminal's escape) or bidirectional control of s, if any: no name or
// filter a user means to keep holds one, and a stored one is printed as it
// is by the commands that list what was saved.
func controlRune(s string) (rune, bool) {
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) })
	if i < 0 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r, true
}

func (s *Server) deleteDocument(c *gin.Context) {
	if err := s.store.Delete(c.Request.Context(), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// correctDocument stores corrections of a document's metadata (PATCH): a
// JSON object with any of title, year, kind, region and issuer; null or ""
// clears a correction. It answers with the document as corrected, once the
// corrections are committed.
func (s *Server) correctDocument(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		s.fail(c, err)
		return
	}
	set, clear, err := parseCorrection(body)
	if err != nil {
		s.fail(c, err)
		return
	}
	d, err := s.store.Correct(c.Request.Context(), c.Param("id"), set, clear)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, documentJSON(d))
}

// parseCorrection reads a PATCH body: the corrections to set and the fields
// to clear. Errors are bad requests naming the field.
func parseCorrection(body []byte) (set corpus.Override, clear []string, err error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return set, nil, badRequest("the body must be a JSON object with any of " + strings.Join(corpus.OverrideFields, ", "))
	}
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		raw := bytes.TrimSpace(fields[k])
		if !slices.Contains(corpus.OverrideFields, k) {
			return set, nil, badRequest(fmt.Sprintf("field %q: not a field that can be corrected (want any of %s)", k, strings.Join(corpus.OverrideFields, ", ")))
		}
		var text string
		switch {
		case string(raw) == "null":
		case k == "year" && len(raw) > 0 && raw[0] != '"':
			var y int
			if err := json.Unmarshal(raw, &y); err != nil {
				return set, nil, badRequest(fmt.Sprintf("field year: %s is not a year", raw))
			}
			text = strconv.Itoa(y)
		default:
			if err := json.Unmarshal(raw, &text); err != nil {
				return set, nil, badRequest(fmt.Sprintf("field %s: %s is not a string", k, raw))
			}
		}
		if hasReplacement(text) {
			return set, nil, badRequest(fmt.Sprintf("field %s: not valid UTF-8 (or a lone surrogate escape)", k))
		}
		if strings.TrimSpace(text) == "" {
			clear = append(clear, k)
			continue
		}
		if err := set.Set(k, text); err != nil {
			return set, nil, badRequest("field " + err.Error())
		}
	}
	return set, clear, nil
}

// hasReplacement reports whether any of ss holds U+FFFD, which is what
// encoding/json decodes invalid UTF-8 and lone surrogates (\ud800) to,
// silently: a body's text that holds one is refused, as a parameter that
// is not valid UTF-8 is, rather than stored as a string of U+FFFD.
func hasReplacement(ss ...string) bool {
	for _, s := range ss {
		if strings.ContainsRune(s, utf8.RuneError) {
			return true
		}
	}
	return false
}

// collection is the store's collection statistics for one request
// (compare.Collection).
type collection struct {
	ctx   context.Context
	store govreport.Store
}

func (c collection) SectionFreq(term string) (df, n int) { return c.store.SectionFreq(c.ctx, term) }
func (c collection) DocFreq(term string, before int) (df, n int) {
	return c.store.DocFreq(c.ctx, term, before)
}
