// Package corpus turns raw report files into documents made of sections.
//
// The pipeline is Read (bytes of any supported format and encoding to text:
// read.go, html.go, docx.go, pdf.go; a collector's header cut off as
// evidence: collector.go; a text in traditional characters read from its
// simplified reading and shown as written: hant.go), Clean (site chrome,
// page and chunk markers, wraps and width variants out: clean.go),
// metadata (title, year, kind, issuer, region and its chain, each with its
// origin: meta.go, titleblock.go, gazetteer.go) and Split (the section
// tree that follows the report's own numbering: split.go):
//
//	一、工作回顾            level 1
//	（一）基础教育          level 2
//	1. 学前教育             level 3
//	（1）普惠性幼儿园       level 4
//
// Levels come from the order in which styles first appear, not from a fixed
// table. Sections tile the cleaned body: their spans Body[Start:End], joined
// in order, reproduce it exactly. Package corpus imports no other package of this
// project.
package corpus

import (
	"fmt"
	"time"
)

// A Document is one report: its cleaned body, its metadata and its sections.
//
// Fields that cannot be determined from the file are left empty (zero), never
// guessed.
type Document struct {
	// ID is stable: the same cleaned content gives the same ID, so ingesting
	// a file again replaces the document instead of duplicating it.
	ID     string `json:"id"`
	Title  string `json:"title"`
	Year   int    `json:"year,omitempty"`   // the year the report is about
	Kind   string `json:"kind,omitempty"`   // 总结, 半年总结, 计划, 要点, 政府工作报告, 新闻; empty when none fits
	Issuer string `json:"issuer,omitempty"` // 教育局, 教育体育局, 人民政府, ...
	Region string `json:"region,omitempty"` // 常州市, 望川县, 全国, ...: the issuing body's own place at its own level
	// Province and Prefecture are the administrative chain above Region,
	// from the gazetteer: 江苏省 and 扬州市 for 高邮市; empty where Region is
	// itself at that level, national, or not in the gazetteer.
	Province   string `json:"province,omitempty"`
	Prefecture string `json:"prefecture,omitempty"`
	// Origins says, for each metadata field that has a value ("title",
	// "year", "kind", "region", "issuer"), where the value came from: one of
	// the Origin constants.
	Origins map[string]string `json:"origins,omitempty"`
	// Source is the base name of the file the document was read from.
	Source string `json:"source"`
	// File is the first 16 hex digits of the SHA-256 of the file's bytes as
	// read. Unlike ID it does not depend on cleaning, so the same file read
	// by another version of govreport has the same File (corrections are
	// found by it).
	File string `json:"file,omitempty"`
	// Body is the cleaned text. Sections tile it: the Body[s.Start:s.End]
	// of all sections, in order, join to Body exactly.
	Body     string    `json:"body"`
	Sections []Section `json:"sections"`
	Warnings []Warning `json:"warnings,omitempty"`
	// Added is when the document first entered the index (UTC), set by
	// the index when it stores a document it does not hold yet and kept
	// when the same content is ingested again. Zero for a document just
	// read, and for one stored by a govreport that did not record it.
	Added time.Time `json:"added,omitzero"`

	// headingHints maps heading lines marked by the file itself (Word
	// heading styles) to their outline level, for Split.
	headingHints map[string]int
	// leadMarks are the bold opening sentences of paragraphs (Word), for
	// inferring the outline of a report that lost its headings.
	leadMarks []string
	// tableRows are the lines that are rows of the file's tables (Word,
	// HTML), which are never headings.
	tableRows map[string]bool
}

// Where a metadata field's value came from, weakest last. A value the user
// set (govreport ingest --title, a manifest, PATCH) is OriginUser and wins
// over every inference.
const (
	OriginUser      = "user"             // a correction: ingest flags, manifest, PATCH, the UI
	OriginTitle     = "title"            // the report's title line(s)
	OriginDateLine  = "date line"        // the subtitle: ——2024年3月5日在…人民代表大会…上
	OriginSpeaker   = "speaker"          // the speaker line: 省长 王某某
	OriginOpening   = "opening"          // 现在，我代表…人民政府，向大会报告政府工作
	OriginCollector = "collector header" // 标题：/发文单位：/发文时间：… added by whoever collected the file
	OriginBody      = "body"             // the text itself (the year it reviews, the places it names)
	OriginFileName  = "file name"        // 2012.txt, anhui_2026.txt: weak
	OriginCopy      = "another copy"     // the header or name of another file of the same text (Inherit)
)

// A Section is one numbered (or unnumbered) part of a report.
type Section struct {
	ID      string   `json:"id"`     // SectionID(doc ID, Ordinal)
	DocID   string   `json:"doc_id"` // the ID of the owning document
	Heading string   `json:"heading"`
	Level   int      `json:"level"`   // 1 for top-level headings; 0 for text before the first heading
	Path    []string `json:"path"`    // headings of the ancestors, outermost first
	Ordinal int      `json:"ordinal"` // position in document order, from 0
	Text    string   `json:"text"`    // the body of the section, without its heading
	// Start and End are byte offsets of the whole section (heading and text)
	// in the document's Body.
	Start int `json:"start"`
	End   int `json:"end"`
	// Inferred marks a heading that Split read from the shape of the
	// paragraphs of a full report that lost its heading lines (a lead
	// sentence, a part's opening, the closing words; see infer.go), not
	// from a heading line of the report.
	Inferred bool `json:"inferred,omitempty"`
	// Joint is what the report writes between Heading and Text when the
	// text goes on the heading's line: the comma after a heading that is
	// its sentence's first clause (（一）加快发展新质生产力，推动…), or " "
	// when nothing but space stands between them (a heading that is a
	// whole sentence: 1.落实“双减”政策。强化…). Empty when the text starts
	// on a line of its own, and when there is no heading or no text.
	// Heading, Joint and Text, in that order, read as the report reads;
	// exact wording is searched in them so (analysis.FoldSection).
	Joint string `json:"joint,omitempty"`
}

// A Warning marks a dubious spot found while reading a document: a numbering
// sequence broken, a marker that could not be joined, an encoding guessed.
type Warning struct {
	Line    int    `json:"line,omitempty"` // 1-based line in the cleaned body, 0 if unknown
	Message string `json:"message"`
}

// SectionID returns the ID of the section at ordinal n of document docID.
func SectionID(docID string, n int) string {
	return fmt.Sprintf("%s-%03d", docID, n)
}
