package corpus

// Reading
//
// Read picks the format by the file name's extension and the encoding by
// looking at the bytes: a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins; then UTF-16
// without BOM is recognised by its NUL bytes; valid UTF-8 is taken as it
// is, and anything else is decoded as GB18030 (a superset of GBK and
// GB2312) or Big5, whichever gives text made of the most common Han
// characters, with a warning naming the encoding guessed; a file of UTF-8
// lines and GBK lines is read line by line. Text that is UTF-8 read in a
// wrong encoding and saved again (mojibake) is restored when that can be
// done exactly, and fails when bytes were lost (mojibake.go). A run of NUL
// bytes at the end, and rare NULs in the text, are dropped with a warning;
// more NUL bytes or control characters in what should be text make the
// file binary. Formats:
//
//	.txt .text       plain text
//	.md .markdown    plain text; # headings, **bold**, quotes, list items, links
//	                 and pictures lose their marks, # headings become
//	                 heading hints for Split, tables become lines of words
//	                 and a converter's wrapped paragraphs are joined
//	                 (markdown.go)
//	.html .htm       the main content's text (html.go)
//	.docx            paragraphs from the main part (docx.go, docxparts.go)
//	.doc             Word 97-2003: the main text, its numbering and heading
//	                 styles (doc.go); a .doc that is a .docx, a web page, a
//	                 web archive (MHT) or Word's XML (2003, or a flat
//	                 package) inside, and a .docx that is a .doc, is read as
//	                 what it is, with a warning
//	.xml             when it is Word's XML, as a .docx (docxparts.go)
//	.wps             as a .doc, when it is Word's binary format inside
//	.rtf             the text of an RTF file (rtf.go); a .doc that is RTF
//	                 inside is read as one, with a warning
//	.pdf             pdftotext, when installed (pdf.go)
//	.ofd             China's fixed-layout format (GB/T 33190): lines and
//	                 paragraphs rebuilt from the characters' places on
//	                 the pages, without the pages' templates, running
//	                 headers and numbers (ofd.go)
//	.odt .fodt       OpenDocument text: paragraphs, outline levels as
//	                 heading hints (odt.go)
//	.json .jsonl     one dataset record holding a report's text in a field
//	.csv             (dump.go), or one report as the list of its
//	                 paragraphs, a JSON array or a Python list's repr in
//	                 a .txt too (strlist.go)
//	.tmx             a translation memory's Chinese side, one unit (a
//	                 sentence, a heading) a line (tmx.go)
//
// A file without an extension, or with a date where one would be
// (工作总结（2030.1.5）), is read as what its bytes are: a PDF, a Word file,
// an OFD or OpenDocument file (a zip told by its members), a web page, or
// a Chinese text; a PDF or a Word file named .txt too (sniff.go).
//
// Every error names the file and wraps one of the sentinel errors below, so
// a caller can tell the cases apart with errors.Is and go on with the batch.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	stdunicode "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// NoChineseWarning is the warning of a document whose text holds not one
// Chinese character: read as any text is, its title, year, kind and
// region guessed from a text that is no Chinese report.
const NoChineseWarning = "not one Chinese character in the text: read as it is, but it is no Chinese report, and its title, year, kind and region are guesses"

// Errors of Read, wrapped with the file name (and a line where it helps).
var (
	ErrUnsupported = errors.New("unsupported format")
	ErrEmpty       = errors.New("no text")
	ErrBinary      = errors.New("binary or garbled data, not text")
	ErrTruncated   = errors.New("truncated file")
	ErrToolMissing = errors.New("required tool not installed")
	// ErrMalformed is a file of the right kind whose inside is broken:
	// XML that does not parse, HTML nested past the parser's limit, a PDF
	// that pdftotext rejects.
	ErrMalformed = errors.New("malformed file")
	// ErrTooLarge is a file whose text is longer than MaxText, however
	// small the file (a .docx of 100 KB can hold 40 MB of text).
	ErrTooLarge = errors.New("text too large")
	// ErrInternal is a bug of the reading met on a file (a panic): the
	// file fails, the process goes on.
	ErrInternal = errors.New("internal error")
)

// MaxText bounds the text of one document in bytes, after decoding and
// before cleaning: about 20 times the longest real report seen (a scraped
// page holding a report six times, 425 KB).
const MaxText = 8 << 20

// Read turns the contents of one report file into a Document. name is the
// file's name or path: its extension picks the format (or, when it tells
// none, the bytes do: sniff.go) and its base name becomes Source. The
// document's ID is the first 16 hex digits of the SHA-256 of its cleaned
// body, so the same content read again gets the same ID. Read fails only
// when no text can be had; problems it could work around are in the
// document's Warnings.
func Read(name string, data []byte) (*Document, error) {
	return ReadContext(context.Background(), name, data)
}

// ReadContext is Read that stops when ctx ends, with ctx's error: an
// outside converter (pdftotext) is killed and a .docx's paragraphs are no
// longer read, so that a server reads an upload within the request's
// deadline, not within the converter's own time limit.
//
// A panic while reading is returned as an error wrapping ErrInternal.
func ReadContext(ctx context.Context, name string, data []byte) (d *Document, err error) {
	defer recoverRead(filepath.Base(name), &d, &err)
	return readContext(ctx, name, data)
}

func readContext(ctx context.Context, name string, data []byte) (*Document, error) {
	base := filepath.Base(name)
	var (
		text  string
		warns []Warning
		hints map[string]int
		rec   collectorHeader // a web page's record of the paper (html.go)
		leads []string
		err   error
	)
	ext := strings.ToLower(filepath.Ext(base))
	ext, renamed, err := sniffFormat(base, ext, data) // sniff.go
	if err != nil {
		return nil, err
	}
	switch ext {
	case ".txt", ".text", ".json", ".jsonl", ".ndjson", ".csv":
		text, warns, err = decodeText(base, data)
		var record bool
		text, record = unwrapDump(text) // a dataset's record: dump.go
		if err == nil && ext != ".txt" && ext != ".text" && !record {
			// an array, several records, or no field long enough to
			// hold a report
			err = fmt.Errorf("%s: %w: %s that is not one record with a report's text in a field (one report a file)", base, ErrUnsupported, dataFileName[ext])
			break
		}
		text = unboldHeadings(stripTextTags(dropBareReferenceRuns(decodeReferences(text))))
		// A page set in two columns and saved laid out is read column by
		// column (textcolumns.go).
		text = readAcrossColumns(text)
		if err == nil && strings.Count(text, "\f") >= 2 {
			// pdftotext's output saved as text: its pages, running
			// headers and footers are read as a PDF's are.
			text = joinPages(text, "", nil)
		}
	case ".md", ".markdown":
		text, warns, err = decodeText(base, data)
		text, _ = unwrapDump(text)
		text, hints = markdownHeadings(dropLinkMenus(dropBareReferenceRuns(decodeReferences(text))))
	case ".html", ".htm", ".xhtml", ".shtml":
		text, hints, rec, warns, err = readHTML(base, data)
	case ".docx":
		text, hints, leads, err = readDOCX(ctx, base, data)
	case ".wordxml":
		text, hints, leads, err = readWordXML(ctx, base, data)
	case ".mht":
		// (a web archive Word opens, named .doc: its page)
		page := mhtPage(data)
		if page == nil {
			err = fmt.Errorf("%s: %w: a web archive (MHT) without a web page", base, ErrUnsupported)
			break
		}
		text, hints, rec, warns, err = readHTML(base, page)
	case ".doc":
		text, hints, err = readDOC(base, data)
	case ".wps":
		// A .wps of WPS Office is often Word's binary format inside;
		// one in another format (Works, old WPS) is refused.
		if !bytes.HasPrefix(data, cfbMagic[:4]) {
			err = fmt.Errorf("%s: %w: .wps not in Word's format (save it as .docx, .pdf or .txt)", base, ErrUnsupported)
			break
		}
		text, hints, err = readDOC(base, data)
	case ".pdf":
		text, err = readPDF(ctx, base, data)
	case ".ofd":
		// (China's fixed-layout format: ofd.go)
		text, err = readOFD(ctx, base, data)
	case ".odt", ".fodt":
		// (OpenDocument text: odt.go)
		text, hints, err = readODT(ctx, base, data)
	case ".rtf":
		// (an RTF file, or one Word or WPS saved as RTF under .doc: rtf.go)
		text, warns, err = readRTF(base, data)
	case ".tmx":
		// (a bilingual translation memory: tmx.go)
		text, warns, err = readTMX(base, data)
	case ".xls", ".xlsx", ".ppt", ".pptx", ".ods", ".odp":
		err = fmt.Errorf("%s: %w: %s (save it as .docx, .pdf or .txt)", base, ErrUnsupported, ext)
	default:
		err = fmt.Errorf("%s: %w: extension %q (want .txt, .md, .html, .htm, .doc, .docx, .wps, .odt, .fodt, .rtf, .pdf, .ofd, .tmx, or a .json, .jsonl or .csv record)", base, ErrUnsupported, ext)
	}
	if err != nil {
		return nil, err
	}
	if len(text) > MaxText {
		return nil, tooLarge(base)
	}
	warns = append(renamed, warns...)
	text = isolateHints(text, hints)
	if strings.Contains(text, "\r") {
		// Windows line ends (CR LF) and old Mac ones (CR alone) are
		// made LF before anything reads lines: the title block, a copy
		// site's stand-in for its line breaks and its watermark are read
		// line by line before Clean sees the text, and a file must read
		// the same whatever its line ends.
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	// A word segmenter's output (政府 工作 报告, 政府/n 工作/vn) is read
	// with its words joined as they were written (segmented.go).
	// A PDF's letter-spaced lines (政 府 工 作 报 告) are closed up first:
	// a text spaced out all through would read as segmented, its Chinese
	// joined and its years left 2 0 3 1.
	// A PDF's bold drawn twice wrote its runs twice (教育局教育局 20312031
	// 工作总结工作总结): written once first, or the title names no paper
	// and no year (pdfbold.go).
	text = undoubleBold(text)
	text = joinSegmented(closeLetterSpacing(text))
	// Letters OCR read for digits (2O31年) would hide the title block's
	// years from the reading that comes before Clean (ocrdigits.go).
	text = fixOCRDigits(text)
	// Radicals standing for characters (⼀、⼯作回顾, from a PDF's fonts)
	// would hide headings and title lines from everything below.
	text = foldRadicals(text)
	// A converter's zero-width spaces and soft hyphens (政府\u200b工作报\u00ad告)
	// would cut title lines, years and headings apart.
	text = dropInvisibles(text)
	// 锟斤拷, the mark of characters lost in an earlier conversion
	// (mojibake.go), goes as U+FFFD does.
	if t, n := dropLostMarks(text); n > 0 {
		text = t
		warns = append(warns, Warning{Message: fmt.Sprintf("%d runs of 锟斤拷 (characters lost in an earlier conversion) dropped", n)})
	}
	// A self-media post's emoji (🌟一、2031年工作回顾, …增长8%。📈) would
	// hide headlines and headings and join lines they end (clean.go).
	text = dropDecorEmoji(text)
	// A converter's notes of a character's reading (執(zhí)行, 現(xiàn)在)
	// would cut words and labels apart just as well.
	text = stripPinyinNotes(text)
	// A mirror site's tags of a word's reading (会议[HuiYi]) as well.
	text = stripPinyinTags(text)
	// A PDF's text layer that set a year apart from its 年 (2032 一、年工作
	// 回顾) would hide the year from the title and the heading.
	text = restoreLayerYears(text)
	// OCR's reading of the first part's 一、 (—、, 一.) (ocrmarker.go).
	text = restoreFirstMarker(text)
	// A file that lost its line breaks but kept its paragraphs' indents.
	text = splitGaps(text)
	// A file that lost its line breaks with nothing in their place
	// (oneline.go).
	text = splitRunTogether(text)
	// A report in traditional characters is read from its simplified
	// reading and given its own characters back (hant.go).
	var ht *hantText
	if hantShare(text) >= minHantShare {
		ht = newHantText(text)
		text = ht.simp
	}
	// A collector's header is evidence about the document, not part of it.
	hdr, text, ok := cutCollectorHeader(text)
	if !ok {
		// …or a block of its fields at the page's foot, under a story
		// rewritten from another site's (来源： / 标题： / 地址：http…).
		hdr, text, _ = cutCollectorFooter(text)
	}
	hdr = hdr.withRecord(rec)
	// (a page that holds a compilation's contents and nothing else is no
	// paper of the kind its headline names; the contents go below)
	contents := contentsOnly(text)
	// A table of contents is no more the head of the report than of its
	// body: the title block is read without it.
	// So is a copy site's watermark glued to its lines.
	// So is a copy site's stand-in for its lost line breaks, and a
	// notice's title wrapped at the top is one line (joinNoticeTitle), and
	// so is a title whose note (（摘要）) stands on the line under it.
	// So is a news page's lead over the document it prints in full
	// (dropNewsLead), and a title with its date line in brackets on its
	// line is two lines (splitTitleDateLine).
	text = strings.Join(joinTitleQualifier(splitTitleDateLine(joinSpeechTitle(joinNoticeTitle(dropNewsLead(cutAfterFullTextTag(dropWatermarkTags(dropContents(strings.Split(splitBreakTokens(text), "\n"))))))))), "\n")
	// A collection of papers (a government's reports of several years, a
	// report and its explanation) is read as its first paper, with a
	// warning (several.go): cut before cleaning, which would take the
	// later papers' title lines, greetings and opening sentences, the
	// same as the first one's, for lines repeated down the file.
	text, pw := firstPaper(text)
	body, cw := Clean(text)
	cw = append(cw, pw...)
	if body == "" {
		// A page of photo captions alone: each went as a caption beside
		// a report's text, but here they are all the text there is, and
		// they are read without their credits (captiononly.go).
		if kept, ok := captionsOnly(text); ok {
			if body, cw = Clean(kept); body != "" {
				cw = append(cw, Warning{Message: captionsOnlyWarning})
			}
		}
	}
	if body == "" {
		return nil, fmt.Errorf("%s: %w after cleaning", base, ErrEmpty)
	}
	if strings.IndexFunc(body, stdunicode.IsLetter) < 0 {
		// Marks and figures only, not a word in any script (a page of
		// ########, a scan's text layer of stray marks): refused, as it
		// would be indexed with its marks for a title and match no
		// wording.
		return nil, fmt.Errorf("%s: %w: no word after cleaning, only marks or figures (a scanned file needs its text recognised first)", base, ErrEmpty)
	}
	shown, name := body, base
	if ht != nil {
		shown, name = ht.restore(body), Simplify(base)
	}
	sum := sha256.Sum256([]byte(shown))
	fileSum := sha256.Sum256(data)
	d := &Document{
		ID:       hex.EncodeToString(sum[:])[:16],
		File:     hex.EncodeToString(fileSum[:])[:16],
		Source:   base,
		Body:     body,
		Warnings: append(warns, cw...),
	}
	if countHan(body, 1) == 0 {
		// Words of another script and not one Chinese character (an
		// English text, a .txt of code): read, as a word of any script
		// is, but said, so that the user is not left to find a document
		// of guessed metadata that no Chinese wording finds.
		d.Warnings = append(d.Warnings, Warning{Message: NoChineseWarning})
	}
	if ht != nil {
		d.Warnings = append(d.Warnings, Warning{Message: "written in traditional characters: metadata and headings read from its simplified reading, the text shown as written"})
	}
	if len(hints) > 0 {
		d.headingHints = map[string]int{}
		for h, lvl := range hints {
			if ht != nil {
				h = Simplify(h)
			}
			c, _ := Clean(h)
			if c == "" || strings.Contains(c, "\n") {
				continue
			}
			if lvl == rowHint {
				if d.tableRows == nil {
					d.tableRows = map[string]bool{}
				}
				d.tableRows[c] = true
				continue
			}
			if greetingLineRe.MatchString(c) {
				// A greeting the page or the Word file set as a heading
				// (<h5>各位代表！</h5> between a report's parts, as the
				// State Council's portal prints it) addresses the meeting;
				// it opens no section, as it opens none in a plain text.
				continue
			}
			d.headingHints[c] = lvl
		}
	}
	for _, l := range leads {
		if ht != nil {
			l = Simplify(l)
		}
		if c, _ := Clean(l); c != "" && !strings.Contains(c, "\n") {
			d.leadMarks = append(d.leadMarks, c)
		}
	}
	fillMeta(d, metaInput{raw: asciiIndents(text), header: hdr, name: name, contentsOnly: contents})
	// A notice that issues the paper printed under it is read for the
	// metadata, and is none of the paper's sections (notice.go); the
	// paper's own title is the title when the notice's stood for it.
	if at, title := issuedPaperStart(d.Body); at > 0 {
		d.Body, shown = d.Body[at:], shown[at:]
		if issuingNoticeRe.MatchString(d.Title) || !strings.Contains(compactSpace(title), compactSpace(d.Title)) {
			d.Title = title
		}
	}
	// So is a page's story that hands over to a work report under it
	// (handover.go).
	if d.Kind == "政府工作报告" {
		if at := handedOverReportStart(d.Body); at > 0 {
			d.Body, shown = d.Body[at:], shown[at:]
		}
	}
	Split(d)
	if ht != nil {
		ht.restoreDoc(d, shown)
	} else {
		restoreWidths(d, text)
	}
	return d, nil
}

// rowHint is the level of a hint that marks a table's row written as one
// line (docx.go, html.go): a line of its own that is no heading.
const rowHint = -1

// isolateHints puts a blank line before and after each line that the
// file marks as a heading or a table's row (hints), so that cleaning never
// takes a heading without numbering or end mark for a wrapped line and
// joins it with the paragraph before or after it, nor a row with the row
// under it: the file said where the line ends.
func isolateHints(text string, hints map[string]int) string {
	if len(hints) == 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if _, ok := hints[strings.TrimSpace(l)]; !ok {
			out = append(out, l)
			continue
		}
		if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			out = append(out, "")
		}
		out = append(out, l)
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

func tooLarge(name string) error {
	return fmt.Errorf("%s: %w: more than %d MiB of text", name, ErrTooLarge, MaxText>>20)
}

// ReadFile reads the file at path and returns its Document; see Read.
func ReadFile(path string) (*Document, error) {
	// Stat first: a FIFO or a device would block or never end.
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: %w: not a regular file (%s)", path, ErrUnsupported, st.Mode().Type())
	}
	if st.Size() > MaxFile {
		return nil, fmt.Errorf("read %s: %w: a file of %d MiB (at most %d MiB)", path, ErrTooLarge, st.Size()>>20, MaxFile>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d, err := Read(path, data)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return d, nil
}

// MaxFile bounds the size of a file ReadFile reads (a .docx with pictures
// is larger than its text; MaxText bounds the text).
const MaxFile = 128 << 20

// Walk reads root, a file or a folder walked recursively in lexical order,
// and calls fn for every file with its document or its error. Hidden files
// and folders (names starting with ".") are skipped. A symbolic link to a
// file is read like the file; a link to a folder inside the walk is not
// followed (links can loop) but reported to fn as an error, and a root
// that is a link is followed. The walk goes on after a file's error, and
// past a folder it may not read (reported to fn as an error), unless fn
// returns an error, which Walk then returns. Files are read ahead on
// all cores (walk.go); fn is called on Walk's goroutine, one file at a
// time, in order.
func Walk(root string, fn func(path string, doc *Document, err error) error) error {
	info, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("walk %s: %w", root, err)
	}
	if !info.IsDir() {
		d, err := ReadFile(root)
		return fn(root, d, err)
	}
	// WalkDir does not follow a root that is a link: walk what it points
	// to and show paths under the name given.
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return fmt.Errorf("walk %s: %w", root, err)
	}
	w := walker{root: root, real: real}
	if err := filepath.WalkDir(real, w.visit); err != nil {
		return err
	}
	sort.Slice(w.entries, func(i, j int) bool { return w.entries[i].path < w.entries[j].path })
	return readInOrder(w.entries, fn) // walk.go
}

// A walker gathers the entries of a folder Walk reads, the paths shown
// under the name the folder was given (root) rather than the one its
// links lead to (real).
type walker struct {
	root, real string
	entries    []walkEntry
}

func (w *walker) shown(p string) string {
	return filepath.Join(w.root, strings.TrimPrefix(p, w.real))
}

// visit is WalkDir's function. A folder or a file under the root that
// cannot be read (no permission, gone meanwhile) is an entry with its
// error, for fn to report, and the walk goes on past it: one locked
// folder does not stop the reading of the rest. Only the root's own error
// stops the walk.
func (w *walker) visit(path string, e fs.DirEntry, err error) error {
	if err != nil {
		if path == w.real {
			return fmt.Errorf("walk %s: %w", w.shown(path), err)
		}
		w.entries = append(w.entries, walkEntry{w.shown(path), fmt.Errorf("walk %s: %w", w.shown(path), err)})
		if e != nil && e.IsDir() {
			return filepath.SkipDir
		}
		return nil
	}
	if path != w.real && strings.HasPrefix(e.Name(), ".") {
		if e.IsDir() {
			return filepath.SkipDir
		}
		return nil
	}
	switch {
	case e.Type().IsRegular():
		w.entries = append(w.entries, walkEntry{path: w.shown(path)})
	case e.Type()&fs.ModeSymlink != 0:
		st, err := os.Stat(path)
		switch {
		case err != nil:
			w.entries = append(w.entries, walkEntry{w.shown(path), fmt.Errorf("read %s: broken link: %w", w.shown(path), err)})
		case st.IsDir():
			w.entries = append(w.entries, walkEntry{w.shown(path), fmt.Errorf("read %s: %w: a link to a folder is not followed (give the folder itself)", w.shown(path), ErrUnsupported)})
		default:
			w.entries = append(w.entries, walkEntry{path: w.shown(path)})
		}
	}
	return nil
}

// mdAnchorRe matches the empty anchors a converter puts at the start of a
// line to link to it (marker's <span id="page-3-0"></span>, <a id="x"></a>,
// <a name="x"></a>): they would hide the marks of a heading after them.
var mdAnchorRe = mustLitRe(`(?m)^(?:[ \t]*<(?:span|a)\b[^>]*>[ \t]*</(?:span|a)>)+[ \t]*`)

var mdHeadingRe = mustLitRe(`^(#{1,6})[ \t]+(.*?)[ \t#]*$`)

// Markdown's inline marks, which are not part of the text: emphasis
// (**（一）扩大内需。**正文, __…__; strong and emphasis together, three stars
// a side, ***一、…***, or three on one side only, a converter's slip
// that left a star behind: ***政府工作报告**), a quote's or a list item's mark at a
// line's start, a rule, pictures, links (their text stays), a hard break
// (<br>), HTML's formatting tags (<b>, <strong>: inlineTagRe) and
// backslash escapes (1\. 二〇二五年).
//
// A link's or a picture's destination may hold parentheses in pairs, as
// CommonMark allows: a page's script links (javascript:void(0),
// javascript:doZoom(16), javascript:window.print()) go whole, with no
// closing parenthesis left behind in the text (mdDest).
const mdDest = `(?:[^()\n]|\([^()\n]*\))*`

var (
	mdStrongRe = mustLitRe(`\*\*([^*\n]+?)\*\*|__([^_\n]+?)__`)
	// mdStrong3Re matches strong and emphasis together, three stars a
	// side (***一、…***), or three opening and two closing (***政府工作报告**):
	// no star stands next to the run, so two runs of strong side by side
	// (**A****B**) are not read as one.
	mdStrong3Re = mustLitRe(`(^|[^*])\*\*\*([^*\n]+?)\*\*\*?($|[^*])`)
	mdLeadRe    = mustLitRe(`^[ \t]*(?:>[ \t]?)+|^[ \t]*[-*+][ \t]+`)
	mdRuleRe    = mustLitRe(`^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdImageRe   = mustLitRe(`!\[[^\]\n]*\]\(` + mdDest + `\)`)
	// a picture in emphasis marks (a page's icon: _![Image 11](a.png)_
	// 2031-12-14) goes with its marks, which would stay bare (__) and
	// hide the date after them
	mdEmphImageRe = mustLitRe(`(\*{1,2}|_{1,2})!\[[^\]\n]*\]\(` + mdDest + `\)(?:\*{1,2}|_{1,2})`)
	mdLinkRe      = mustLitRe(`\[([^\]\n]+)\]\(` + mdDest + `\)`)
	mdEmptyLinkRe = mustLitRe(`\[\s*\]\(` + mdDest + `\)`)
	mdBreakRe     = mustLitRe(`(?i)<br\s*/?>`)
	// mdEscapeRe matches a backslash escape: any ASCII punctuation may be
	// escaped (CommonMark), and pandoc escapes <, >, $, @, ~, | and more.
	mdEscapeRe = mustLitRe(`\\([!-/:-@\[-` + "`" + `{-~])`)
)

// A PDF converter's Markdown writes a note's mark as a superscript (两重$^{1}$,
// 两重${ }^{[1]}$, 两重<sup>1</sup>, 两重[^1]) and a percentage as inline
// math ($5.5\%$).
var (
	mdNoteMarkRe = mustLitRe(`\$\s*(?:\{\s*\})?\s*\^\s*\{?\s*[\[(（]?\s*[0-9*]{1,3}\s*[\])）]?\s*\}?\s*\$|<sup>\s*[\[(（]?[0-9*]{1,3}[\])）]?\s*</sup>|\[\^[0-9a-zA-Z]{1,8}\]`)
	mdMathNumRe  = mustLitRe(`\$\s*([0-9][0-9.,]*)\s*(\\%)?\s*\$`)
)

// A table in Markdown is often HTML (a PDF converter's, or a page's kept
// as it was): its rows become lines, its cells words of the line.
var (
	mdRowEndRe  = mustLitRe(`(?i)</tr\s*>`)
	mdCellEndRe = mustLitRe(`(?i)</t[dh]\s*>`)
	mdTableRe   = mustLitRe(`(?i)</?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?:\s[^<>]*)?/?>`)
)

// tableLines returns text with its HTML tables written as lines.
func tableLines(text string) string {
	if !strings.Contains(strings.ToLower(text), "<table") {
		return text
	}
	text = mdRowEndRe.ReplaceAllString(text, "\n")
	text = mdCellEndRe.ReplaceAllString(text, " ")
	return mdTableRe.ReplaceAllString(text, "")
}

// dropNoteMarks removes the superscript marks of notes (a mark after a
// Latin letter, m<sup>2</sup>, is a power and stays) and unwraps
// percentages written as math.
func dropNoteMarks(l string) string {
	if !strings.ContainsAny(l, "$<[") {
		return l
	}
	locs := mdNoteMarkRe.FindAllStringIndex(l, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if strings.HasPrefix(l[a:], "[^") && strings.HasPrefix(l[b:], ":") {
			continue // a note's own text: [^1]: …
		}
		if r, _ := utf8.DecodeLastRuneInString(l[:a]); !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			l = l[:a] + l[b:]
		}
	}
	return mdMathNumRe.ReplaceAllString(l, "$1$2")
}

// mdNavRe matches a line made of links only, each to another page of the
// collection (返回目录, 上一篇, 下一篇, 首页): the file's navigation.
var mdNavRe = mustLitRe(`^(?:[\s|｜/·•]*\[[^\]\n]{0,8}(?:返回|目录|首页|主页|上一|下一|回到|顶部|(?i:home|back|next|prev|readme|index|contents))[^\]\n]{0,8}\]\([^)\n]*\))+[\s|｜/·•]*$`)

// mdMenuRowRe matches a line of two short links or more and nothing else
// (a portal's top bar: [某市人民政府](/) [无障碍](/wza/) [English](/en/)): a
// menu's row, which no paragraph of a report is.
var mdMenuRowRe = mustLitRe(`^(?:[\s|｜/·•]*\[[^\]\n]{1,12}\]\(` + mdDest + `\)){2,}[\s|｜/·•]*$`)

// A converter's notes: pandoc writes a note's text as "[^1]: 注：…" (the
// label goes, the text stays); mammoth and MarkItDown write a note's mark
// as a link to the note ([\[1\]](#footnote-1)) and the way back from it
// ([↑](#footnote-ref-1)), both of which go, and the notes as a numbered
// list, whose numbers go too (they are no headings). Pandoc's smart
// punctuation writes an em dash as --- (—— as ------).
var (
	mdNoteDefRe   = mustLitRe(`^\s*\[\^[^\]\s]{1,16}\]:\s*`)
	mdBackLinkRe  = mustLitRe(`\[[↑↩\x{FE0E}]+\]\(\\?#[^)\s]*\)`)
	mdNoteLinkRe  = mustLitRe(`\[\\?\[[0-9]{1,3}\\?\]\]\(\\?#[^)\s]*\)|` + mdBackLinkRe.String())
	mdNoteItemRe  = mustLitRe(`^\s*[0-9]{1,3}\.\s+`)
	mdSmartDashRe = mustLitRe(`\\?-+`)
)

// smartDashes writes pandoc's em dashes as dashes: each run of hyphens
// whose length is a multiple of three. Another run (----, an escaped \---
// that a writer kept as typed) stays as it is.
func smartDashes(l string) string {
	return mdSmartDashRe.ReplaceAllStringFunc(l, func(d string) string {
		if d[0] == '\\' || len(d)%3 != 0 {
			return d
		}
		return strings.Repeat("—", len(d)/3)
	})
}

// markdownInline removes the inline marks of Markdown from a line, and a
// line of navigation links whole.
func markdownInline(l string) string {
	if mdRuleRe.MatchString(l) || mdNavRe.MatchString(l) || mdMenuRowRe.MatchString(l) {
		return ""
	}
	if pageMarkerRe.MatchString(strings.TrimSpace(l)) {
		// a PDF's page number (- 3 -), not a list item "3 -": Clean
		// drops it as a page marker
		return l
	}
	l = mdNoteDefRe.ReplaceAllString(l, "")
	if mdBackLinkRe.MatchString(l) {
		// a note in a converter's list of notes: 1. 注：… [↑](#ref-1)
		l = mdNoteItemRe.ReplaceAllString(l, "")
	}
	l = mdNoteLinkRe.ReplaceAllString(l, "")
	l = dropNoteMarks(mdLeadRe.ReplaceAllString(l, ""))
	if strings.Contains(l, "---") {
		l = smartDashes(l)
	}
	l = mdEmphImageRe.ReplaceAllString(l, "")
	l = mdImageRe.ReplaceAllString(l, "")
	l = mdEmptyLinkRe.ReplaceAllString(l, "") // a linked picture's link: [![logo](a.png)](/)
	l = mdLinkRe.ReplaceAllString(l, "$1")
	if strings.Contains(l, "<") {
		l = inlineTagRe.ReplaceAllString(l, "")
	}
	l = mdBreakRe.ReplaceAllString(l, "")
	l = mdStrongRe.ReplaceAllString(mdStrong3Re.ReplaceAllString(l, "$1$2$3"), "$1$2")
	return mdEscapeRe.ReplaceAllString(l, "$1")
}

// boldHeadingRe matches a line that opens with Markdown's strong mark
// around a numbered heading: **一、2031年工作回顾**, a run-in
// **（一）做强特色产业。**正文, **第二部分 …**.
var boldHeadingRe = mustLitRe(`(?m)^([ \t\x{3000}]*)\*\*((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)[^*\n]*?)\*\*`)

// unboldHeadings takes the strong marks off the numbered headings of a
// Markdown copy saved as plain text, when two or more headings carry
// them: the marks are not part of a heading, and a heading behind them is
// not seen as one. Other ** (a masked place, **镇) stay.
func unboldHeadings(text string) string {
	if !strings.Contains(text, "**") || len(boldHeadingRe.FindAllStringIndex(text, 2)) < 2 {
		return text
	}
	return boldHeadingRe.ReplaceAllString(text, "$1$2")
}

// markdownHeadings strips Markdown's heading marks ("## 一、基础教育"),
// emphasis ("**一、基础教育**", "**（一）扩大内需。**正文") and the other
// inline marks (markdownInline), and returns the headings as hints with
// their level. A "# " heading that comes before every other heading and
// every sentence, the only one of its level, is the document's title (as
// HTML's <h1> is), not a section's heading: it gives no hint. A front
// matter (cutFrontMatter) is left as it is, for the collector's header to
// read, and the title is the first line after it.
func markdownHeadings(text string) (string, map[string]int) {
	front := ""
	if _, rest, ok := cutFrontMatter(text); ok {
		front, text = text[:len(text)-len(rest)], rest
	}
	hints := map[string]int{}
	text = mdAnchorRe.ReplaceAllString(text, "")
	lines, rows := markdownBlocks(strings.Split(text, "\n"))
	lines = strings.Split(tableLines(strings.Join(lines, "\n")), "\n")
	// The title is the only "# " heading when no heading and no sentence
	// of the text comes before it: a page's menu, breadcrumb and logo
	// may (a web page converted to Markdown).
	title, firstSeen, ones := "", false, 0
	marked := map[string]int{} // how often each heading's text is marked
	for _, l := range lines {
		t := strings.TrimSpace(l)
		m := mdHeadingRe.FindStringSubmatch(t)
		if m != nil {
			marked[markdownInline(m[2])]++
		}
		if m != nil && len(m[1]) == 1 {
			ones++
			if !firstSeen {
				title = m[2]
			}
		}
		if m != nil || strings.ContainsRune("。！？", lastRune(markdownInline(t))) {
			firstSeen = true
		}
	}
	if ones != 1 {
		title = ""
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if m := mdHeadingRe.FindStringSubmatch(t); m != nil {
			h := markdownInline(m[2])
			lines[i] = h
			if h != "" && !(len(m[1]) == 1 && m[2] == title) && !titleOverBlock(h, lines[i+1:]) && !addressLine(h) && !runningHead(h, marked[h]) {
				hints[h] = len(m[1])
			}
			continue
		}
		lines[i] = markdownInline(l)
		if _, ok := rows[l]; ok && lines[i] != "" {
			hints[lines[i]] = rowHint
		}
	}
	return front + strings.Join(lines, "\n"), hints
}

// titleOverBlock reports whether the heading h is a report's own title
// over its title block (## 政府工作报告, then ——2031年…会议上 or 各位代表：):
// a page that prints a notice or its headline above the report makes it
// a heading of any level, which is no section's; rest are the lines after
// it, as the file writes them.
func titleOverBlock(h string, rest []string) bool {
	if !strings.HasSuffix(h, "工作报告") || utf8.RuneCountInString(h) > 40 {
		return false
	}
	for _, l := range rest {
		if t := strings.TrimSpace(markdownInline(l)); t != "" {
			return isDateLine(t) || greetRe.MatchString(t)
		}
	}
	return false
}

// runningHead reports whether the heading h, marked n times in the file,
// is a PDF's running head that the converter took for a heading on each
// page (## 政府工作报告 under every page's number): a title's words, marked
// more than once. It heads no section; Clean drops it as the running head
// it is, and a hint would make the title line a heading too.
func runningHead(h string, n int) bool {
	return n >= 2 && titleEndRe.MatchString(h) && headingMarker(h) == nil
}

// addressLine reports whether the heading h is a report's greeting alone
// (# 各位代表：), which a PDF converter marks as a heading because it
// stands short on its line: the greeting opens the report's text and
// heads no section of it.
func addressLine(h string) bool {
	m := greetRe.FindStringIndex(h)
	return m != nil && strings.TrimSpace(h[m[1]:]) == ""
}

// decodeText returns data as text, detecting its encoding.
func decodeText(name string, data []byte) (string, []Warning, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	var warns []Warning
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		text = string(data[3:])
	case bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}):
		// UTF-32 (its little-endian BOM starts as UTF-16's does)
		t, err := utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, fmt.Errorf("%s: decoding UTF-32: %w: %v", name, ErrBinary, err)
		}
		text = string(t)
		if len(data)%4 != 0 {
			warns = append(warns, Warning{Message: "UTF-32 text ends in part of a character (truncated?)"})
		}
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		t, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, fmt.Errorf("%s: decoding UTF-16: %w", name, err)
		}
		text = string(t)
		if len(data)%2 == 1 {
			warns = append(warns, Warning{Message: "UTF-16 text ends in half a character (truncated?)"})
		}
	case bytes.IndexByte(data, 0) >= 0 && len(data)%2 == 0 && utf16Guess(data) != "":
		text = utf16Guess(data)
		warns = append(warns, Warning{Message: "UTF-16 without BOM; byte order guessed"})
	default:
		var err error
		if data, warns, err = dropNULs(name, data); err != nil {
			return "", nil, err
		}
		if utf8.Valid(data) {
			text = string(data)
			break
		}
		if t, enc := decodeMixed(data); enc != "" {
			// A collector's UTF-8 header over a page saved in GBK, or
			// the reverse (mojibake.go).
			text = t
			warns = append(warns, Warning{Message: "two encodings in one file: lines in UTF-8 and lines in " + enc})
			break
		}
		if bad := invalidUTF8(data); bad*100 < len(data) {
			// A few bad bytes in UTF-8 text: Clean drops them.
			text = string(data)
			if !utf8.FullRune(data[max(0, len(data)-3):]) {
				warns = append(warns, Warning{Message: "text ends in the middle of a character (truncated?)"})
			}
			break
		}
		t, enc := decodeLegacy(data)
		if enc == "" {
			return "", nil, fmt.Errorf("%s: %w: neither UTF-8 nor GB18030 nor Big5", name, ErrBinary)
		}
		text = t
		warns = append(warns, Warning{Message: "encoding detected as " + enc})
	}
	if fixed, how, lost := repairMojibake(text); how != "" {
		// Text read in a wrong encoding and saved again (mojibake.go).
		if lost > 0 {
			return "", nil, mojibakeError(name, how, lost)
		}
		text = fixed
		warns = append(warns, Warning{Message: "text that had been read as " + how + " and saved again as UTF-8 (mojibake): restored"})
	}
	if line, ok := controlHeavy(text); ok {
		return "", nil, fmt.Errorf("%s:%d: %w (control characters)", name, line, ErrBinary)
	}
	if strings.TrimSpace(text) == "" {
		return "", nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return text, warns, nil
}

// dropNULs returns data without a run of NUL bytes at its end (a file
// its writer had set to its size before writing, or a download cut off),
// and without NUL bytes among the text when they are rare (at most one in
// a thousand bytes), each with a warning. A file with more NUL bytes is
// binary: the error names the line of the first.
func dropNULs(name string, data []byte) ([]byte, []Warning, error) {
	i := bytes.IndexByte(data, 0)
	if i < 0 {
		return data, nil, nil
	}
	var warns []Warning
	if end := len(bytes.TrimRight(data, "\x00")); end < len(data) {
		warns = append(warns, Warning{Message: fmt.Sprintf("%d NUL bytes at the end of the file dropped", len(data)-end)})
		data = data[:end]
	}
	if n := bytes.Count(data, []byte{0}); n > 0 {
		if n*1000 > len(data) {
			return nil, nil, fmt.Errorf("%s:%d: %w (NUL byte)", name, 1+bytes.Count(data[:i], []byte("\n")), ErrBinary)
		}
		warns = append(warns, Warning{Message: fmt.Sprintf("line %d: %d NUL bytes in the text dropped", 1+bytes.Count(data[:i], []byte("\n")), n)})
		data = bytes.ReplaceAll(data, []byte{0}, nil)
	}
	return data, warns, nil
}

// legacyEncodings are the two-byte encodings a Chinese text without a BOM
// is tried in, in order of preference on a tie.
var legacyEncodings = []struct {
	name string
	enc  encoding.Encoding
}{
	{"GB18030/GBK", simplifiedchinese.GB18030},
	{"Big5", traditionalchinese.Big5},
}

// decodeLegacy decodes data in the legacy encoding whose text is plausible
// and made of the most common Han characters, and returns that text and
// the encoding's name, or "" for the name when none gives text. Both GBK
// and Big5 take almost any pair of high bytes, so Big5 read as GBK gives
// Han characters too, but rare ones in no language: the share of
// commonHan among the Han characters tells the right reading from the
// garbled one. A reading with many Han characters and almost none of them
// common is garble in every encoding tried, and gives no text.
func decodeLegacy(data []byte) (string, string) {
	best, bestName, bestScore := "", "", -1.0
	for _, e := range legacyEncodings {
		b, err := e.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		t := string(b)
		if plausible(t) < 0.9 {
			continue
		}
		if s, han := commonHanShare(t); s > bestScore && (han < 50 || s >= 0.08) {
			best, bestName, bestScore = t, e.name, s
		}
	}
	return best, bestName
}

// commonHan holds very frequent characters of Chinese prose and of reports
// that are written the same in simplified and traditional characters, so
// that text in either script scores alike.
var commonHan = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的一是在不了有和人中大上下年月日工作出要以生到地成分可主同也能子多定行法所民得十三之等部度家力如水化高自二理起小物加都制使本去性好合因由其然前外天政四社事平形相全表重新正心明原又利比或但向道此只意建公立想已提直程展五果位入常文品式特件求基少山知市省府推面善保障安城企村改革放治深施促活科技教育旅投金共目效益六七八九百千持服就增升" {
		m[r] = true
	}
	return m
}()

// commonHanShare returns the share of t's Han characters that are in
// commonHan (0 when t has none) and the number of its Han characters.
func commonHanShare(t string) (float64, int) {
	common, han := 0, 0
	for _, r := range t {
		if IsHan(r) {
			han++
			if commonHan[r] {
				common++
			}
		}
	}
	if han == 0 {
		return 0, 0
	}
	return float64(common) / float64(han), han
}

// utf16Guess decodes UTF-16 without BOM in the byte order that gives
// plausible text, or returns "".
func utf16Guess(data []byte) string {
	best, bestScore := "", 0.0
	for _, e := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		t, err := unicode.UTF16(e, unicode.IgnoreBOM).NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		if s := plausible(string(t)); s > bestScore {
			best, bestScore = string(t), s
		}
	}
	if bestScore < 0.9 {
		return ""
	}
	return best
}

// plausible returns the share of t's characters that text in Chinese is
// made of: Han, ASCII printable, whitespace, CJK punctuation and forms.
func plausible(t string) float64 {
	good, total := 0, 0
	for _, r := range t {
		total++
		if r >= ' ' && r < 0x7f || r == '\n' || r == '\r' || r == '\t' || IsHan(r) || isCJKPunct(r) || r >= 0x2000 && r <= 0x206f || r >= 0x2460 && r <= 0x24ff || r >= 0x3000 && r <= 0x30ff {
			good++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good) / float64(total)
}

func invalidUTF8(data []byte) int {
	bad := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		data = data[size:]
	}
	return bad
}

// controlHeavy reports whether more than 1% of text's characters are
// control characters other than tab, newline, CR and form feed, with the
// line of the first one.
func controlHeavy(text string) (int, bool) {
	ctl, total, first := 0, 0, -1
	for i, r := range text {
		total++
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl == 0 || ctl*100 <= total {
		return 0, false
	}
	return 1 + strings.Count(text[:first], "\n"), true
}

// ReadFS reads every file of fsys whose name matches the glob pattern (as
// fs.Glob takes it), in sorted order. Unlike Walk it stops at the first
// file that fails: it is meant for embedded corpora, where a failure is a
// bug, not bad input. The error names the file.
func ReadFS(fsys fs.FS, pattern string) ([]*Document, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", pattern, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("read %s: no file matches: %w", pattern, ErrEmpty)
	}
	sort.Strings(names)
	docs := make([]*Document, 0, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		d, err := Read(name, b)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// asciiIndents returns text with the spaces that open or close a line
// made ASCII ones: an ideographic space (the full-width indent 　　 of
// nearly every Chinese paper), a no-break space and the other wide spaces.
// The metadata is read from the text's raw lines, whose patterns allow
// ASCII spaces around a line (\s, which is ASCII only), and an indented
// line is to read as the same line not indented.
func asciiIndents(text string) string {
	if strings.IndexFunc(text, func(r rune) bool { return r >= utf8.RuneSelf && isWideSpace(r) }) < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for rest := text; ; {
		l, after, more := strings.Cut(rest, "\n")
		t := strings.TrimFunc(l, isWideSpace)
		if len(t) == len(l) {
			b.WriteString(l)
		} else {
			lead := len(l)
			if t != "" {
				lead = strings.Index(l, t)
			}
			b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(l[:lead])))
			if t != "" {
				b.WriteString(t)
				b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(l[lead+len(t):])))
			}
		}
		if !more {
			break
		}
		b.WriteByte('\n')
		rest = after
	}
	return b.String()
}

// fullTextTagRe matches a headline's tag that the paper's full text
// follows ((全文), （全文）, —全文) and the space after it, before more text.
var fullTextTagRe = mustLitRe(`^(\S.{1,60}?(?:[（(]全文[）)]|[—－-]{1,2}全文))\s+(\p{Han})`)

// cutAfterFullTextTag puts what follows a headline's full-text tag on a
// line of its own, among the text's first lines: a page that lost its line
// breaks runs the headline and the paper's own title together with a space
// between them (（某省）2031年某县人民政府工作报告（全文） 政府工作报告), and
// the tag ends the headline.
func cutAfterFullTextTag(lines []string) []string {
	seen := 0
	for i := 0; i < len(lines) && seen < 12; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		seen++
		if !strings.Contains(lines[i], "全文") {
			continue
		}
		if m := fullTextTagRe.FindStringSubmatchIndex(lines[i]); m != nil {
			head, rest := lines[i][:m[3]], lines[i][m[4]:]
			lines = append(lines[:i], append([]string{head, rest}, lines[i+1:]...)...)
			i++
		}
	}
	return lines
}

// fullTextMarkRe matches a line that announces the document in full under
// it, alone on its line: 原文如下：, 全文如下：, 以下为全文：, 附全文：.
var fullTextMarkRe = mustLitRe(`^(?:(?:报告|文件|通知)?(?:原文|全文)如下|以下(?:为|是)(?:报告|文件)?(?:原文|全文)|附(?:报告|文件)?(?:原文|全文))\s*[：:]?$`)

// docTitleRe matches the end of a document's title: the kind of paper it
// is, maybe with a note that it is printed in full.
var docTitleRe = mustLitRe(`(?:报告|总结|小结|计划|要点|规划|纲要|方案|意见|讲话|通知|决定|办法)(?:[（(](?:全文|摘要|摘登)[）)])?$`)

// nextTextLine returns the first line of lines with text, trimmed, or "".
func nextTextLine(lines []string) string {
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			return squeezeHanSpaces(l)
		}
	}
	return ""
}

// newsLeadLines is how many lines that are not blank a news page's lead may
// take before the mark that announces the document in full.
const newsLeadLines = 40

// dropNewsLead drops a news page's lead over the document it prints in
// full: the page's headline, its stamp and its story about the document
// (3月28日，某市人民政府印发…。其中提到，…), down to the line that
// announces the full text (原文如下：) when the document's title comes next
// (政府工作报告, 某市人民政府关于印发…的通知). The lead is the site's
// writing, not the document's, and would be read as its head. A page that
// opens with the document's own first paragraph as its summary (the first
// long line comes again below the mark) is an excerpt, and is left to
// cutExcerpt.
func dropNewsLead(lines []string) []string {
	mark, first := -1, ""
	for i, seen := 0, 0; i < len(lines) && seen < newsLeadLines; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if first == "" && utf8.RuneCountInString(l) >= 40 {
			first = l
		}
		if fullTextMarkRe.MatchString(l) {
			mark = i
			break
		}
	}
	if mark < 0 || first == "" {
		return lines
	}
	for j := mark + 1; j < len(lines); j++ {
		l := squeezeHanSpaces(strings.TrimSpace(lines[j]))
		if l == "" {
			continue
		}
		if !docTitleRe.MatchString(l) {
			// a title in two lines, its issuers over its dated name
			// (某省委教育工委、某省教育厅 / 《2031年教育工作要点》)
			l += strings.Trim(nextTextLine(lines[j+1:]), "《》")
		}
		if utf8.RuneCountInString(l) > 80 || strings.Contains(l, "。") || !docTitleRe.MatchString(l) {
			return lines
		}
		break
	}
	for _, l := range lines[mark+1:] {
		if strings.TrimSpace(l) == first {
			return lines // an excerpt of the document, not a story about it
		}
	}
	return lines[mark+1:]
}
