package corpus

// Where a Word document's parts are
//
// A .docx names its parts by relationships, not by fixed paths: the
// package's _rels/.rels points to the main document (officeDocument), and
// the main document's own .rels file points to its styles, numbering,
// notes and any other part it uses. Two kinds of file published by offices
// and their web systems depend on that:
//
//   - Word for the web saves the main document as word/document2.xml
//     (word/_rels/document2.xml.rels beside it); a reader that opens
//     word/document.xml by name finds nothing. The main part is the one
//     _rels/.rels names; word/document.xml when it names none that exists.
//   - A document made by a web system's "export to Word" (an OA platform,
//     a CMS, html-docx-js, POI or python-docx adding HTML) holds its text
//     as an alternative format chunk: a w:altChunk in document.xml points
//     to a web page (.htm), a web archive (.mht, MIME with
//     quoted-printable HTML) or a plain text part, which Word turns into
//     paragraphs when it opens the file. Often the chunk is the whole
//     body, document.xml holding nothing else. A chunk is read where it
//     stands as the HTML or text reader reads such a file, a page's body
//     without its head's title (Word does not show it); a chunk that is
//     itself a Word document (documents merged by altChunk) is read as a
//     .docx, one level deep; an RTF chunk is read as an RTF file (rtf.go).

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"path"
	"strings"
)

// A docxRel is one relationship of a part: its type (the last segment of
// the type URI: officeDocument, styles, aFChunk) and its target part.
type docxRel struct {
	kind, target string
}

// parseRels returns the relationships of a .rels part by ID, their targets
// resolved against the directory of the part they belong to (owner, "" for
// the package). External targets (a hyperlink) are left out.
func parseRels(data []byte, owner string) map[string]docxRel {
	rels := map[string]docxRel{}
	if data == nil {
		return rels
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return rels
		}
		e, ok := tok.(xml.StartElement)
		if !ok || e.Name.Local != "Relationship" || strings.EqualFold(xmlAttr(e, "TargetMode"), "External") {
			continue
		}
		typ := xmlAttr(e, "Type")
		rels[xmlAttr(e, "Id")] = docxRel{kind: typ[strings.LastIndexByte(typ, '/')+1:], target: partPath(owner, xmlAttr(e, "Target"))}
	}
}

// partPath resolves a relationship's target against the directory of the
// part that holds it: an absolute target (/word/afchunk.mht) is from the
// package's root.
func partPath(owner, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(owner), target), "/")
}

// relsPath is where the relationships of part p are kept.
func relsPath(p string) string {
	return path.Join(path.Dir(p), "_rels", path.Base(p)+".rels")
}

// relOfKind returns the target of the relationship of the kind (styles,
// numbering, footnotes …), the one of the least ID if several are, or def
// when there is none.
func relOfKind(rels map[string]docxRel, kind, def string) string {
	id := ""
	for k, r := range rels {
		if r.kind == kind && (id == "" || k < id) {
			id, def = k, r.target
		}
	}
	return def
}

// altChunkMaxDepth is how deep chunks are read: a document's chunks (a
// merged document's parts), not a chunk's own chunks.
const altChunkMaxDepth = 1

// An altChunk is what was read of an alternative format chunk.
type altChunk struct {
	text  string
	hints map[string]int
	ok    bool
}

// readAltChunk returns the text and heading hints of an alternative format
// chunk of a document depth chunks deep (see the note above): a web
// archive's page, a web page, plain text or a Word document. ok is false for a chunk in a format
// not read or that cannot be read.
func readAltChunk(ctx context.Context, name string, data []byte, depth int) (text string, hints map[string]int, ok bool) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", nil, false
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		t, h, _, err := readDOCXDepth(ctx, name, data, depth+1)
		return t, h, err == nil
	}
	switch markupFormat(data) {
	case ".mht":
		page := mhtPage(data)
		if page == nil {
			return "", nil, false
		}
		data = page
	case ".rtf":
		t, _, err := readRTF(name, data)
		return t, nil, err == nil
	case "":
		if !bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf}), " \t\r\n"), []byte("<")) {
			// plain text (a fragment of HTML starts with its tag)
			t, _, err := decodeText(name, data)
			return t, nil, err == nil
		}
	}
	t, h, _, _, err := readHTMLHead(name, data, false)
	return t, h, err == nil
}

// mhtPage returns the first web page (text/html) of a web archive (a MIME
// message, multipart/related), its transfer encoding undone; nil when it
// holds none.
func mhtPage(data []byte) []byte {
	msg, err := mail.ReadMessage(bytes.NewReader(bytes.TrimLeft(data, " \t\r\n")))
	if err != nil {
		return nil
	}
	media, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil
	}
	if !strings.HasPrefix(media, "multipart/") {
		if media != "text/html" {
			return nil
		}
		return decodedBody(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return nil
		}
		if m, _, err := mime.ParseMediaType(p.Header.Get("Content-Type")); err == nil && m == "text/html" {
			// (the reader undoes quoted-printable itself)
			return decodedBody(p, p.Header.Get("Content-Transfer-Encoding"))
		}
	}
}

// decodedBody reads a MIME body, undoing its transfer encoding (the
// multipart reader undoes a part's quoted-printable itself and hides the
// header).
func decodedBody(r io.Reader, encoding string) []byte {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, maxDOCXPart))
	if err != nil && len(b) == 0 {
		return nil
	}
	return b
}

// Word documents in one XML file
//
// Office systems that fill a template (FreeMarker and the like) write a
// Word document as one XML file and name it .doc, for Word to open: Word
// 2003's XML (w:wordDocument: the body, its styles, its headers and notes
// in one part) or Word 2007's flat package (pkg:package: the parts of a
// .docx one after another). Both are read as a .docx is: the flat
// package's parts are a .docx's parts; Word 2003's file is the main part,
// the styles and the numbering (its w:lists, read as numbering.xml is)
// all at once; of what it keeps inline, its notes are read at the end as a
// .docx's are, and its headers, footers and comments are not read.

// isWordXML reports whether data is a Word document saved as one XML
// file: its root element, after the XML declaration and processing
// instructions, is w:wordDocument or pkg:package. (A web page Word saved
// names w:WordDocument too, inside its head: it is a web page.)
func isWordXML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimPrefix(data[:min(len(data), 4096)], []byte{0xef, 0xbb, 0xbf}))
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		if !bytes.HasPrefix(head, []byte("<?")) && !bytes.HasPrefix(head, []byte("<!--")) {
			break
		}
		end := []byte("?>")
		if bytes.HasPrefix(head, []byte("<!--")) {
			end = []byte("-->")
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return false
		}
		head = head[i+len(end):]
	}
	return bytes.HasPrefix(head, []byte("<w:worddocument")) || bytes.HasPrefix(head, []byte("<pkg:package"))
}

// xmlDeclRe matches an XML declaration, which may name an encoding the
// decoder does not know (GB2312).
var xmlDeclRe = mustLitRe(`^\s*<\?xml[^>]*\?>`)

// readWordXML returns the text, heading hints and lead marks of a Word
// document saved as one XML file (see above).
func readWordXML(ctx context.Context, name string, data []byte) (string, map[string]int, []string, error) {
	text, _, err := decodeText(name, data)
	if err != nil {
		return "", nil, nil, err
	}
	data = []byte(xmlDeclRe.ReplaceAllString(text, ""))
	parts := map[string][]byte{}
	if bytes.Contains(bytes.ToLower(data[:min(len(data), 4096)]), []byte("<pkg:package")) {
		parts, err = flatParts(data)
		if err != nil {
			return "", nil, nil, fmt.Errorf("%s: %w: %v", name, ErrMalformed, err)
		}
	} else {
		parts["word/document.xml"], parts["word/styles.xml"], parts["word/numbering.xml"] = data, data, data
	}
	part := func(p string) ([]byte, error) { return parts[p], nil }
	has := func(p string) bool { _, ok := parts[p]; return ok }
	return readWordPackage(ctx, name, part, has, 0)
}

// flatParts returns the parts of a flat package by name (without the
// leading slash): an XML part's markup, a binary part's bytes.
func flatParts(data []byte) (map[string][]byte, error) {
	parts := map[string][]byte{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return parts, nil
		}
		if err != nil {
			return nil, err
		}
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "part" {
			continue
		}
		var p struct {
			Name string `xml:"name,attr"`
			XML  struct {
				Inner []byte `xml:",innerxml"`
			} `xml:"xmlData"`
			Binary string `xml:"binaryData"`
		}
		if err := dec.DecodeElement(&p, &t); err != nil {
			return nil, err
		}
		b := p.XML.Inner
		if b == nil && p.Binary != "" {
			b, _ = base64.StdEncoding.DecodeString(strings.Join(strings.Fields(p.Binary), ""))
		}
		parts[strings.TrimPrefix(p.Name, "/")] = b
	}
}
