package corpus

// Formats told by content
//
// A report's file name does not always say its format. Collections save
// reports without an extension (2019政府工作报告), with a date that looks
// like one (工作总结（2030.1.5）, whose "extension" is .5）), or with a
// dataset's extension (.csv, .jsonl) around one record; downloads keep a
// PDF or a Word file under .txt. sniffFormat gives such a file the format
// its bytes show, with a warning saying so, and leaves a file whose name
// and content agree as it is.

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// datasetExts are the extensions of data files that can hold one report
// as a record (a JSON object, a CSV row under its header): read as text,
// whose record unwrapDump takes out.
var datasetExts = map[string]bool{".csv": true, ".jsonl": true, ".ndjson": true}

// dataFileName names a dataset's file in an error.
var dataFileName = map[string]string{".json": "a JSON file", ".jsonl": "a JSON Lines file", ".ndjson": "a JSON Lines file", ".csv": "a CSV file"}

// minSniffedHan is the fewest Han characters a file with no extension must
// hold to be read as a report's text: a LICENSE or a Makefile beside the
// reports is not one.
const minSniffedHan = 50

// sniffFormat returns the format to read data in: ext itself for a known
// extension whose content agrees, the format the content shows otherwise.
// ext is the lower-cased extension of name.
func sniffFormat(name, ext string, data []byte) (string, []Warning, error) {
	switch {
	case ext == ".doc" || ext == ".docx":
		return wordFormat(name, ext, data)
	case (ext == ".ofd" || ext == ".odt") && bytes.HasPrefix(data, []byte("PK\x03\x04")):
		// An OFD, OpenDocument or Word file under another of the three
		// names: its members say which.
		if got := zipFormat(data); got != "" && got != ext {
			return got, []Warning{{Message: fmt.Sprintf("%s named %s; read as %s", formatName[got], ext, got)}}, nil
		}
		return ext, nil, nil
	case ext == ".xml" && isWordXML(data):
		return ".wordxml", nil, nil
	case ext == ".txt" || ext == ".text" || datasetExts[ext]:
		// A PDF or a Word file saved under .txt: its bytes say so.
		if got := binaryFormat(data); got != "" {
			return got, []Warning{{Message: fmt.Sprintf("%s named %s; read as %s", formatName[got], ext, got)}}, nil
		}
		if ext == ".txt" && isWebReaderMarkdown(data) {
			// A web reader's page saved as text is Markdown all the same
			// (its links, its emphasis for headings), as its header says.
			return ".md", nil, nil
		}
		return ext, nil, nil
	case isExtension(ext):
		return ext, nil, nil
	}
	// No extension: what the bytes are.
	if got := binaryFormat(data); got != "" {
		return got, []Warning{{Message: fmt.Sprintf("%s without an extension; read as %s", formatName[got], got)}}, nil
	}
	switch markupFormat(data) {
	case ".rtf":
		return ".rtf", []Warning{{Message: "an RTF file without an extension; read as .rtf"}}, nil
	case ".html":
		return ".html", []Warning{{Message: "a web page without an extension; read as .html"}}, nil
	}
	text, _, err := decodeText(name, data)
	if errors.Is(err, ErrEmpty) {
		return "", nil, err
	}
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w: no extension, and not a text, a web page, a PDF or a Word file", name, ErrUnsupported)
	}
	if han := countHan(text, minSniffedHan); han < minSniffedHan {
		return "", nil, fmt.Errorf("%s: %w: no extension, and a text with %d Han characters, not a report", name, ErrUnsupported, han)
	}
	return ".txt", []Warning{{Message: "a text without an extension; read as .txt"}}, nil
}

// isWebReaderMarkdown reports whether data opens with a web reader's header
// that says the page follows as Markdown (Jina Reader's: Title: …, URL
// Source: …, Markdown Content:, in its first lines).
func isWebReaderMarkdown(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 4096)], []byte{0xef, 0xbb, 0xbf}), " \t\r\n")
	if !bytes.HasPrefix(head, []byte("Title:")) {
		return false
	}
	for i, l := range bytes.SplitN(head, []byte("\n"), 16) {
		if i > 0 && bytes.Equal(bytes.TrimSpace(l), []byte("Markdown Content:")) {
			return true
		}
	}
	return false
}

// formatName names the formats binaryFormat and wordFormat tell.
var formatName = map[string]string{".pdf": "a PDF", ".docx": "a Word (.docx) file", ".doc": "a Word 97-2003 (.doc) file", ".html": "a web page", ".mht": "a web archive (MHT)", ".wordxml": "a Word XML document", ".rtf": "an RTF file", ".ofd": "an OFD file", ".odt": "an OpenDocument text"}

// binaryFormat returns the format whose signature starts data (a PDF, a
// zip archive holding a Word document, a compound file), or "".
func binaryFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return ".pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if got := zipFormat(data); got != "" {
			return got
		}
		return ".docx" // (a zip too broken to tell is read as Word's)
	case bytes.HasPrefix(data, cfbMagic[:4]):
		return ".doc"
	}
	return ""
}

// zipFormat returns the format of a zip archive by its members: ".ofd"
// for an OFD file (OFD.xml at its root), ".odt" for an OpenDocument text
// (its mimetype member says so, or content.xml without a Word part),
// ".docx" for a Word file (word/ or [Content_Types].xml), "" for a zip
// that is none of them or too broken to tell.
func zipFormat(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	content, word := false, false
	for i, f := range zr.File {
		if i >= maxZipMembers {
			break
		}
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		switch {
		case name == "ofd.xml":
			return ".ofd"
		case name == "mimetype" && f.UncompressedSize64 < 256:
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 256))
				rc.Close()
				if strings.HasPrefix(strings.TrimSpace(string(b)), odtMime) {
					return ".odt"
				}
			}
		case name == "content.xml":
			content = true
		case strings.HasPrefix(name, "word/") || name == "[content_types].xml":
			word = true
		}
	}
	switch {
	case content && !word:
		return ".odt"
	case word:
		return ".docx"
	}
	return ""
}

// markupFormat returns the format a text file's first bytes show (after a
// BOM and blanks): ".rtf" for RTF, ".mht" for a web archive's MIME header,
// ".html" for a web page; "" for none of them.
func markupFormat(data []byte) string {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 1024)], []byte{0xef, 0xbb, 0xbf}), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return ".rtf"
	case bytes.HasPrefix(lower, []byte("mime-version:")):
		return ".mht"
	case bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html"))):
		return ".html"
	}
	return ""
}

// isExtension reports whether ext, what follows the last dot of a file's
// name, is a file extension: one to eight ASCII letters and digits with a
// letter among them. What follows the dot of a date (.5）, .05, .3.5) or of
// a sentence is not.
func isExtension(ext string) bool {
	e := strings.TrimPrefix(ext, ".")
	if e == "" || len(e) > 8 {
		return false
	}
	letter := false
	for _, c := range e {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letter
}

// countHan counts the Han characters of s, stopping at enough.
func countHan(s string, enough int) int {
	n := 0
	for _, r := range s {
		if IsHan(r) {
			if n++; n >= enough {
				break
			}
		}
	}
	return n
}
