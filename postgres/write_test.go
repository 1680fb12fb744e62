package postgres

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/govreport/govreport"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/internal/pgtest"
	"github.com/govreport/govreport/search"
	"github.com/jackc/pgx/v5"
)

// doc makes a document of heading, text pairs (fictional places).
func doc(id, region string, year int, ht ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Title: region + "工作报告", Year: year, Region: region, Source: id + ".txt", File: "f" + id}
	for i := 0; i+1 < len(ht); i += 2 {
		d.Sections = append(d.Sections, corpus.Section{ID: corpus.SectionID(id, i/2), DocID: id,
			Heading: ht[i], Level: 1, Path: []string{}, Ordinal: i / 2, Text: ht[i+1]})
		d.Body += ht[i] + "\n" + ht[i+1] + "\n"
	}
	return d
}

// checkStats recomputes the collection statistics from the sections and
// compares them with what the writes kept.
func checkStats(t *testing.T, db *DB) {
	t.Helper()
	ctx := testCtx(t)
	var kept, recomputed string
	q := func(sql string, out *string) {
		if err := db.primary.QueryRow(ctx, sql).Scan(out); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	q(`SELECT coalesce(string_agg(term || ':' || sections, ' ' ORDER BY term COLLATE "C"), '') FROM term_stats`, &kept)
	q(`SELECT coalesce(string_agg(term || ':' || n, ' ' ORDER BY term COLLATE "C"), '') FROM (
		SELECT u.term, count(*) AS n FROM sections s, LATERAL (SELECT DISTINCT unnest(s.terms) AS term) u GROUP BY u.term) x`, &recomputed)
	if kept != recomputed {
		t.Errorf("term_stats = %s\nrecomputed from the sections: %s", kept, recomputed)
	}
	q(`SELECT documents || ' ' || sections || ' ' || terms FROM collection`, &kept)
	q(`SELECT (SELECT count(*) FROM documents) || ' ' || count(*) || ' ' || coalesce(sum(cardinality(terms)), 0) FROM sections`, &recomputed)
	if kept != recomputed {
		t.Errorf("collection = %s, recomputed %s", kept, recomputed)
	}
}

func TestAddReplaceDelete(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	a := doc("a1", "望川县", 2023, "一、教育", "推进“双减”落地，课后服务全覆盖。", "二、卫生", "建设县医院。")
	b := doc("b1", "明湖市", 2024, "一、教育强市", "推进教育现代化，建设教育强市。")
	if err := db.Add(ctx, nil, a, b); err != nil {
		t.Fatal(err)
	}
	checkStats(t, db)
	if ids, _ := db.Containing(ctx, "推进"); strings.Join(ids, " ") != "a1-000 b1-000" {
		t.Errorf("Containing(推进) = %v", ids)
	}
	// Replacing a document drops its old sections.
	a2 := doc("a1", "望川县", 2023, "一、教育", "巩固义务教育。")
	if err := db.Add(ctx, nil, a2); err != nil {
		t.Fatal(err)
	}
	checkStats(t, db)
	if ids, _ := db.Containing(ctx, "双减"); len(ids) != 0 {
		t.Errorf("Containing(双减) after replacing a1 = %v, want none", ids)
	}
	if st, err := db.Stats(ctx); st.Documents != 2 || st.Sections != 2 || err != nil {
		t.Errorf("Stats() = %+v, %v; want 2 documents, 2 sections", st, err)
	}
	got, err := db.Document(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Added.IsZero() {
		t.Error("Document(a1).Added is zero")
	}
	got.Added = a2.Added
	if !reflect.DeepEqual(got, a2) {
		t.Errorf("Document(a1) = %+v\nwant %+v", got, a2)
	}
	if err := db.Delete(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	checkStats(t, db)
	if err := db.Delete(ctx, "a1"); !errors.Is(err, govreport.ErrNotFound) {
		t.Errorf("Delete(a1) twice: %v, want govreport.ErrNotFound", err)
	}
	if _, err := db.Document(ctx, "a1"); !errors.Is(err, govreport.ErrNotFound) {
		t.Errorf("Document(a1) after delete: %v, want govreport.ErrNotFound", err)
	}
	if _, err := db.Section(ctx, "a1-000"); !errors.Is(err, govreport.ErrNotFound) {
		t.Errorf("Section(a1-000) after delete: %v, want govreport.ErrNotFound", err)
	}
	infos, err := db.Documents(ctx)
	if err != nil || len(infos) != 1 || infos[0].ID != "b1" || infos[0].Sections != 1 {
		t.Errorf("Documents() = %+v, %v", infos, err)
	}
}

// TestAddCleans stores what PostgreSQL's text cannot hold (a NUL byte,
// invalid UTF-8) as U+FFFD, and rejects duplicate section IDs.
func TestAddCleans(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	d := doc("n1", "青岚县", 2022, "一、总\x00体", "教育\xff经费。")
	if err := db.Add(ctx, nil, d); err != nil {
		t.Fatal(err)
	}
	s, err := db.Section(ctx, "n1-000")
	if err != nil || s.Heading != "一、总\uFFFD体" || s.Text != "教育\uFFFD经费。" {
		t.Errorf("Section(n1-000) = %+v, %v", s, err)
	}
	bad := doc("n2", "青岚县", 2022, "一、甲", "乙", "二、丙", "丁")
	bad.Sections[1].ID = bad.Sections[0].ID
	if err := db.Add(ctx, nil, bad); err == nil {
		t.Error("Add with duplicate section IDs: no error")
	}
}

// TestCorrectionsFollowTheFile: corrections stay with a document that is
// added again, and move to a document read from the same file.
func TestCorrectionsFollowTheFile(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	d := doc("c1", "云岫市", 2021, "一、总体", "全年完成。")
	if err := db.Add(ctx, map[string]corpus.Override{"c1": {Year: 2022, Kind: "总结"}}, d); err != nil {
		t.Fatal(err)
	}
	if err := db.Add(ctx, nil, d); err != nil {
		t.Fatal(err)
	}
	again := doc("c2", "云岫市", 2021, "一、总体", "全年完成了。")
	again.File = d.File
	if err := db.Add(ctx, nil, again); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"c1", "c2"} {
		got, err := db.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Year != 2022 || got.Kind != "总结" || got.Origins["year"] != corpus.OriginUser {
			t.Errorf("Document(%s): year %d kind %q origins %v; want the corrections 2022 总结", id, got.Year, got.Kind, got.Origins)
		}
	}
	infos, _ := db.Documents(ctx)
	for _, i := range infos {
		if i.Year != 2022 {
			t.Errorf("Documents(): %s year %d, want the corrected 2022", i.ID, i.Year)
		}
	}
}

// TestMigrate: opening again applies nothing; a newer schema is refused.
func TestMigrate(t *testing.T) {
	db, c, name := openFresh(t)
	ctx := testCtx(t)
	applied, err := migrate(ctx, db.primary)
	if err != nil || len(applied) != 0 {
		t.Errorf("migrate on an up-to-date database applied %v, %v; want nothing", applied, err)
	}
	var versions []int
	rows, _ := db.primary.Query(ctx, `SELECT version FROM govreport_migrations ORDER BY version`)
	versions, err = pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil || len(versions) != len(migrations) || versions[len(versions)-1] != SchemaVersion() {
		t.Errorf("govreport_migrations holds %v (%v), want 1..%d", versions, err, SchemaVersion())
	}
	if _, err := db.primary.Exec(ctx, `INSERT INTO govreport_migrations (version, name) VALUES ($1, 'from the future')`, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, c.Primary.URL(name)); !errors.Is(err, ErrSchemaVersion) {
		t.Errorf("Open of a newer schema: %v, want ErrSchemaVersion", err)
	}
}

// TestOpenConcurrently: processes opening a new database at once apply each
// migration once.
func TestOpenConcurrently(t *testing.T) {
	c := pgtest.Shared(t)
	ctx := testCtx(t)
	name, err := c.NewDatabase(ctx, "concurrent")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			db, err := Open(ctx, c.Primary.URL(name))
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestInferredKept: a section whose heading was inferred from the
// paragraphs keeps the mark through the document and the section reads.
func TestInferredKept(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	d := doc("c1", "云岫市", 2032, "2032年是关键一年。", "做好今年工作至关重要。", "我们聚焦实体经济发展，稳中求进。", "工业增加值增长8%。")
	d.Sections[0].Inferred = true
	if err := db.Add(ctx, nil, d); err != nil {
		t.Fatal(err)
	}
	got, err := db.Document(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Sections, d.Sections) {
		t.Errorf("Document(c1).Sections = %+v\nwant %+v", got.Sections, d.Sections)
	}
	if s, err := db.Section(ctx, "c1-000"); err != nil || !s.Inferred {
		t.Errorf("Section(c1-000) = %+v, %v; want it inferred", s, err)
	}
}

// TestJointKept: the joint of a heading run on into its text is kept
// through the reads, and quoted wording is found across it as the
// embedded engine finds it (the conformance suite runs on corpora
// without such headings, whatever the reading).
func TestJointKept(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	d := doc("c2", "云岫市", 2032, "（一）加快发展新质生产力", "推动云岫制造向高端化迈进。", "（二）稳步扩大有效投资", "全年实施重点项目210个。")
	d.Sections[0].Joint = "，"
	if err := db.Add(ctx, nil, d); err != nil {
		t.Fatal(err)
	}
	got, err := db.Document(ctx, "c2")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Sections, d.Sections) {
		t.Errorf("Document(c2).Sections = %+v\nwant %+v", got.Sections, d.Sections)
	}
	for q, n := range map[string]int{`"新质生产力，推动云岫"`: 1, `"力推动"`: 0, `"有效投资全年"`: 0} {
		res, err := db.Search(ctx, search.Request{Query: q, Size: 10})
		if err != nil || res.Total != n {
			t.Errorf("Search(%s) = %v, %v; want %d hits", q, res, err, n)
		}
	}
}

// TestAddedAndNow: a document keeps the Added time of its first write when
// written again; Now falls between the writes before and after it.
func TestAddedAndNow(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	a := doc("t1", "云岫市", 2031, "一、总体", "甲。")
	if err := db.Add(ctx, nil, a); err != nil {
		t.Fatal(err)
	}
	now, err := db.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := doc("t2", "云岫市", 2032, "一、总体", "乙。")
	if err := db.Add(ctx, nil, b); err != nil {
		t.Fatal(err)
	}
	first, _ := db.Document(ctx, "t1")
	if err := db.Add(ctx, nil, doc("t1", "云岫市", 2031, "一、总体", "甲乙。")); err != nil {
		t.Fatal(err)
	}
	again, _ := db.Document(ctx, "t1")
	second, _ := db.Document(ctx, "t2")
	if !again.Added.Equal(first.Added) {
		t.Errorf("t1 written again: Added %v, want its first %v", again.Added, first.Added)
	}
	if !first.Added.Before(now) || !now.Before(second.Added) {
		t.Errorf("Added t1 %v, Now %v, Added t2 %v: want them in that order", first.Added, now, second.Added)
	}
}

// TestReportTermsStored: each document's terms (search.ReportTerms of its
// text as stored) are written with it, replaced with it and deleted with
// it.
func TestReportTermsStored(t *testing.T) {
	db, _, _ := openFresh(t)
	ctx := testCtx(t)
	stored := func(id string) (version string, terms []string, scores []float64, found bool) {
		t.Helper()
		err := db.primary.QueryRow(ctx, `SELECT version, terms, scores FROM report_terms WHERE doc_id = $1`, id).Scan(&version, &terms, &scores)
		if errors.Is(err, pgx.ErrNoRows) {
			return "", nil, nil, false
		}
		if err != nil {
			t.Fatal(err)
		}
		return version, terms, scores, true
	}
	check := func(id string) {
		t.Helper()
		d, err := db.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		var wantScores []float64
		for _, tm := range search.ReportTerms(d) {
			want = append(want, tm.Text)
			wantScores = append(wantScores, tm.Score)
		}
		version, terms, scores, ok := stored(id)
		if !ok || version != search.TermsVersion || len(terms) == 0 || !slices.Equal(terms, want) || !slices.Equal(scores, wantScores) {
			t.Errorf("report_terms of %s = %q %q %v (found %v); want %q %q %v", id, version, terms, scores, ok, search.TermsVersion, want, wantScores)
		}
	}
	a := doc("a1", "云岫市", 2024, "一、低空经济", "培育低空经济，开通云岫低空航线。", "二、教育", "推进“云端课堂”建设。")
	if err := db.Add(ctx, nil, a); err != nil {
		t.Fatal(err)
	}
	check("a1")
	a2 := doc("a1", "云岫市", 2024, "一、银发经济", "发展银发经济，建设社区食堂。")
	if err := db.Add(ctx, nil, a2); err != nil {
		t.Fatal(err)
	}
	check("a1")
	if err := db.Delete(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	if _, terms, _, ok := stored("a1"); ok {
		t.Errorf("report_terms of a1 after its delete: %q", terms)
	}
}
