package corpus

// Photo blocks
//
// A report or a story published on a government site or a paper's often
// carries a photo inside the article: the <img>, and under it a caption
// paragraph (3月5日，某某会议开幕。某某作政府工作报告。). The caption is the
// picture's, not the text's: read into the body, it lands in the middle
// of the review part as if the report said it. The line rules of clean
// drop a caption that carries a photographer's credit (…新华社记者 某某 摄)
// or opens with 图为; a caption with neither, which a gov.cn page sets
// under its photo, is told only by where it sits, which the page's
// markup gives and the text no longer does.
//
// photoCaption takes a text element as a caption when both its place and
// its shape say so. The place: it is a <figcaption>; or it shares its
// parent with the picture, the parent holding nothing but pictures and
// such captions (a photo block: <div><img><p>caption</p></div>, two photos
// with theirs); or it is centred, right after an element holding only
// pictures (<p><img></p><p align="center">caption</p>), or holds the
// centred picture itself (<p align="center"><img><br>caption</p>). The
// shape (captionShaped): one short paragraph, at most three sentences, no
// heading's number, that opens with the day the photo was taken (3月5日，),
// with 图为 or 图：, or ends with a photographer's 摄. A paragraph of the
// report next to a picture (a bureau's 3月15日，我局开展…, set indented
// under a photo) is not centred and does not share a block with it, and
// stays.
//
// The walks are bounded (a few hundred bytes of text, a few dozen nodes,
// a parent of a dozen children at most) so that a page's content block
// is never read again for each of its paragraphs.

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionMaxRunes is the longest caption photoCaption takes; a longer
// paragraph is the text's whatever its place.
const captionMaxRunes = 120

// captionShapeRe matches the opening or the end that makes a short
// paragraph a photo's caption: the day (3月5日，), 图为/图：/上图：, or the
// photographer's 摄 at the end, bracketed or not.
var captionShapeRe = mustLitRe(`^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上|凌晨)?\s*[，,]|[上下左右]?图\s*[为：:])|摄(?:影)?\s*[）)\]】]?$`)

// photoCaption reports whether n is the caption of a photo in the page's
// article (see Photo blocks).
func photoCaption(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Figcaption, atom.Center, atom.Font, atom.Strong, atom.B:
	default:
		return false
	}
	t, ok := shortText(n)
	if !ok || !captionShaped(t) {
		return false
	}
	if n.DataAtom == atom.Figcaption {
		return true
	}
	if hasPicture(n) {
		return centredNode(n) // <p align="center"><img><br>caption</p>
	}
	if photoBlock(n.Parent) {
		return true
	}
	prev := n.PrevSibling
	for prev != nil && (prev.Type == html.CommentNode || prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "") {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || !hasPicture(prev) {
		return false
	}
	if t, ok := shortText(prev); !ok || t != "" {
		return false
	}
	return centredNode(n)
}

// captionShaped reports whether t, an element's text, is shaped as a
// photo's caption (see Photo blocks).
func captionShaped(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > captionMaxRunes || strings.ContainsAny(t, "；;\n") || headingMarker(t) != nil {
		return false
	}
	if strings.Count(t, "。")+strings.Count(t, "！") > 3 {
		return false
	}
	return captionShapeRe.MatchString(t)
}

// photoBlock reports whether p is a photo block: an element of a dozen
// children at most, a picture among them, every other child holding no
// text or a caption-shaped one.
func photoBlock(p *html.Node) bool {
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	pictures, kids := 0, 0
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if kids++; kids > 12 {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if c.DataAtom == atom.Br {
			continue
		}
		t, ok := shortText(c)
		if !ok {
			return false
		}
		if hasPicture(c) {
			if t != "" {
				return false
			}
			pictures++
			continue
		}
		if t != "" && !captionShaped(t) {
			return false
		}
	}
	return pictures > 0
}

// hasPicture reports whether n is an <img> or holds one within its first
// few dozen nodes.
func hasPicture(n *html.Node) bool {
	seen := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if seen++; seen > 40 {
			return false
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Img || n.DataAtom == atom.Picture) {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// shortText returns n's text, its white space collapsed and trimmed, and
// false when it runs past a caption's length (the walk stops there).
func shortText(n *html.Node) (string, bool) {
	var b strings.Builder
	limit := captionMaxRunes*3 + 64
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return b.Len() <= limit
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "\u00a0", " ")), " "), true
}

// centredNode reports whether n (or its one child element) is set centred:
// <center>, align="center", or text-align:center in its style.
func centredNode(n *html.Node) bool {
	for k := 0; n != nil && k < 2; k++ {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Center || strings.EqualFold(attr(n, "align"), "center") {
				return true
			}
			if st := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), "")); strings.Contains(st, "text-align:center") {
				return true
			}
		}
		n = n.FirstChild
		for n != nil && n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
			n = n.NextSibling
		}
	}
	return false
}

// dropTaggedCaptions returns s, a text file that holds a page's markup (a
// scraper's save of a content block's HTML), with the lines that are a
// photo's caption by the rule of photoCaption emptied: read as text, the
// picture is gone once its tag is stripped, and the caption would be read
// as the report's. Only a text that holds an <img> is parsed.
func dropTaggedCaptions(s string) string {
	if !strings.Contains(s, "<img") && !strings.Contains(s, "<IMG") && !strings.Contains(s, "<figcaption") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	captions := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if photoCaption(n) {
			if t, ok := shortText(n); ok {
				captions[strings.Join(strings.Fields(t), "")] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(captions) == 0 {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if !strings.Contains(l, "<") {
			continue
		}
		t := strings.Join(strings.Fields(strings.ReplaceAll(inlineTagRe.ReplaceAllString(l, ""), "\u00a0", " ")), "")
		if t != "" && captions[t] {
			lines[i] = l[len(strings.TrimRight(l, "\r\n")):] // the line's end stays
		}
	}
	return strings.Join(lines, "")
}
