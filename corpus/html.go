package corpus

// HTML
//
// A report saved from a web page keeps the site around it. readHTML keeps
// the main content: the <article>, <main> or content block (an element whose
// id or class says content, article, zoom, TRS_Editor, …) holding the most
// text, with its siblings of the same class when the page set its text in
// several (splitContent), or <body> without its menus. Scripts, styles,
// forms, navigation (nav, header, footer, aside, and blocks whose id or
// class says nav, menu, footer, breadcrumb, share, comment, related,
// copyright) and small elements the page hides are dropped. Block
// elements end lines. The page's <h1>, or the article's title a government
// site gives in its head (<meta name="ArticleTitle">), or its <title> less
// the site's name, becomes the first line when the content does not start
// with it, unless it is only a column's name (政务公开). <h2>–<h6> are
// heading hints for Split (a greeting set as one is none: read.go). A line
// break of the page's source between two Chinese characters is no space
// (collapseSpace). A file holding several pages one after another (a
// paged article a scraper saved whole) is read page by page, each
// page's foot dropped but the last's (splitPages, dropPageTail). The
// record a government site prints over a paper (its 政府信息公开 table:
// 发文机关 or 发布机构, 成文日期) is read from the page's markup for the
// metadata (pageRecord), as a collector's header is: the text loses it as
// chrome.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"
)

var (
	contentRe = mustLitRe(`(?i)content|article|zoom|trs_editor|main|text|txt|detail|body|正文`)
	chromeCls = mustLitRe(`(?i)nav|menu|footer|header|breadcrumb|share|comment|sidebar|related|copyright|crumb|toolbar|banner|login|search|advert|\bads?\b`)
)

func readHTML(name string, data []byte) (string, map[string]int, collectorHeader, []Warning, error) {
	return readHTMLHead(name, data, true)
}

// readHTMLHead is readHTML, the page's title (its <h1>, else its head's
// title) put first only when withHead: a web page kept inside a Word
// document (docxparts.go) shows its body alone. The header it returns
// holds what the page's record of the paper says (pageRecord).
func readHTMLHead(name string, data []byte, withHead bool) (string, map[string]int, collectorHeader, []Warning, error) {
	var rec collectorHeader
	text, warns, err := decodeText(name, data)
	if err != nil {
		return "", nil, rec, nil, err
	}
	// A file holding several pages one after another (a scraper's save
	// of an article the site cut into pages, 上一页 1 2 3 下一页, each
	// page with its own head, menus and title bar) is read page by page:
	// parsed as one document, every page's chrome would land between
	// the pieces of the report, its title line cutting a section in two.
	pages := splitPages(text)
	var outs []string
	hints := map[string]int{}
	var first string
	for i, page := range pages {
		out, h, head, r, err := readHTMLPage(name, page)
		if err != nil {
			return "", nil, rec, nil, err
		}
		rec = rec.withRecord(r)
		for k, v := range h {
			if _, ok := hints[k]; !ok {
				hints[k] = v
			}
		}
		if i == 0 {
			first = head
		}
		if i < len(pages)-1 {
			out = dropPageTail(out)
		}
		outs = append(outs, out)
	}
	out := strings.Join(outs, "\n")
	if withHead && first != "" && !strings.HasPrefix(strings.TrimSpace(out), first) {
		out = first + "\n" + out
	}
	return out, hints, rec, warns, nil
}

// maxPageTail is the most lines, blank ones aside, that the foot of a page
// followed by another may hold: its pager, its buttons (打印本页 关闭窗口),
// its links to the site's stories beside it (上一篇：… 下一篇：…).
const maxPageTail = 8

// dropPageTail returns the text of a page that another follows without its
// foot: from the first of its last maxPageTail lines that starts a site's
// footer (isTailLine) on. Clean drops the last page's; the others' would
// stay between the pieces of the report.
func dropPageTail(out string) string {
	lines := strings.Split(out, "\n")
	cut, n := -1, 0
	for i := len(lines) - 1; i >= 0 && n < maxPageTail; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		n++
		if isTailLine(l) {
			cut = i
		}
	}
	if cut < 0 {
		return out
	}
	return strings.Join(lines[:cut], "\n")
}

// splitPages returns the HTML documents text holds one after another:
// text cut after each </html> that another <html> or <body> follows; text
// alone when it holds one.
func splitPages(text string) []string {
	var pages []string
	for {
		end := indexFold(text, "</html>")
		if end < 0 {
			break
		}
		end += len("</html>")
		rest := text[end:]
		next := indexFold(rest, "<html")
		if b := indexFold(rest, "<body"); b >= 0 && (next < 0 || b < next) {
			next = b
		}
		if next < 0 {
			break
		}
		pages = append(pages, text[:end])
		text = rest
	}
	return append(pages, text)
}

// indexFold returns the index of the first instance of the ASCII string
// sub, a tag's opening (it starts with '<'), in s, whatever the case of
// its letters, or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// readHTMLPage returns the text of one HTML document, its heading hints,
// the title it gives its article ("" when none), which readHTML puts
// first, and its record of the paper (pageRecord).
func readHTMLPage(name, text string) (string, map[string]int, string, collectorHeader, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return "", nil, "", collectorHeader{}, fmt.Errorf("%s: parsing HTML: %w: %v", name, ErrMalformed, err)
	}
	// (read before the menus and the content block are cut out of it)
	rec := pageRecord(doc)
	var title, h1, articleTitle, siteName string
	var bodyNode *html.Node
	var best *html.Node
	bestLen := 0
	var blocks []contentBlock
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = textOf(n)
				}
			case atom.H1:
				if h1 == "" {
					h1 = textOf(n)
				}
			case atom.Meta:
				if articleTitle == "" && strings.EqualFold(attr(n, "name"), "ArticleTitle") {
					articleTitle = strings.TrimSpace(collapseSpace(attr(n, "content")))
				}
				if siteName == "" && strings.EqualFold(attr(n, "name"), "SiteName") {
					siteName = strings.TrimSpace(collapseSpace(attr(n, "content")))
				}
			case atom.Body:
				bodyNode = n
			}
			if isDropped(n) && n.DataAtom != atom.Head {
				return
			}
			cls := attr(n, "id") + " " + attr(n, "class")
			if n.DataAtom == atom.Article || n.DataAtom == atom.Main || (n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Td) && contentRe.MatchString(cls) {
				l := len(textOf(n))
				blocks = append(blocks, contentBlock{n, ownTextLen(n)})
				if l > bestLen {
					best, bestLen = n, l
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	best, bestLen = innerContent(best, bestLen, blocks)
	if p := splitContent(best); p != nil {
		best, bestLen = p, len(textOf(p))
	}
	root := best
	if bodyNode != nil {
		// A content block holding less than a third of the page's text
		// (chrome aside) is probably a teaser or a caption: take the body.
		var all bytes.Buffer
		render(&all, bodyNode, map[string]int{})
		if root == nil || bestLen*3 < all.Len() {
			root = bodyNode
		}
	}
	if root == nil {
		root = doc
	}
	if root == bodyNode {
		// A page read from its <body>, no block of it saying it holds
		// the content (an old portal laid out in tables), keeps its
		// menus: a column of links beside the report (县长信箱,
		// 政策法规) would be read into its opening, and a quoted search
		// for a menu's words would find every page of the site.
		for _, n := range linkBlocks(root) {
			n.Parent.RemoveChild(n)
		}
	}
	if h := firstH1(root); h != "" {
		h1 = h // the content's own heading beats a logo's
	}
	var b bytes.Buffer
	hints := map[string]int{}
	render(&b, root, hints)
	out := b.String()
	head := strings.TrimSpace(h1)
	if (head == "" || titleSiteRe.MatchString(head)) && countHan(articleTitle, 4) >= 4 && !titleSiteRe.MatchString(articleTitle) {
		// A government site's page names its article in its head
		// (<meta name="ArticleTitle">, which the national rules for
		// government websites ask every page for): the title as the
		// site filed it, without the site's name that <title> adds.
		// It beats an <h1> that is only the site's name (a logo's).
		head = articleTitle
	}
	if head == "" {
		head = strings.TrimSpace(splitSiteTitle(title))
	}
	// A column's name as the page's title or logo (政务公开, 通知公告) names
	// where the page sits on its site, not the text: put first, it would be
	// taken for the report's title.
	if navWords[head] {
		head = ""
	}
	// The article's title set as an <h2>-<h6> (a site that keeps <h1>
	// for its logo) is the title, not the report's first heading: as a
	// hint it would make a title line the text repeats a part above
	// every 一、, and the report one part long.
	for _, t := range []string{head, articleTitle, splitSiteTitle(title)} {
		if t = strings.Join(strings.Fields(t), " "); countHan(t, 4) >= 4 {
			delete(hints, t)
		}
	}
	if rec.Site == "" {
		// The government whose site the page is on (its <meta
		// name="SiteName">, which the rules for government websites ask
		// every page for, or its <title>'s other piece: 标题 | 某县人民政府):
		// the place of a report that names none, as a site's name at
		// the top of a page saved as text is (meta.go's govSiteRe).
		site := siteName
		if site == "" {
			site = titleSite(title)
		}
		if strings.Contains(site, "政府") {
			rec.Site = namedPlace(site)
		}
	}
	return out, hints, head, rec, nil
}

// titleSite returns the piece of a page's title that is the site's name
// (titleSiteRe; 某县人民政府 in 2031年政府工作报告_某县人民政府), or its
// name after a hyphen (siteTailRe); "" when the title names no site
// beside the page's own title.
func titleSite(t string) string {
	pieces := titlePieces(t)
	if len(pieces) > 1 {
		for _, p := range pieces {
			if p = strings.TrimSpace(p); titleSiteRe.MatchString(p) {
				return p
			}
		}
	}
	if m := siteTailRe.FindStringIndex(t); m != nil && m[0] > 0 {
		return strings.TrimLeft(strings.TrimSpace(t[m[0]:]), "-－— ")
	}
	return ""
}

// titlePieces returns a page title cut at the separators a site puts
// between the page's own title and its name (_, " - ", " | ", ——, --).
func titlePieces(t string) []string {
	pieces := []string{t}
	for _, sep := range []string{"_", " - ", " | ", "｜", "——", "--", "－－"} {
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, sep)...)
		}
		pieces = next
	}
	return pieces
}

// splitSiteTitle drops the site's name from a page title ("标题_某某网").
// The title is its first piece between the separators a site puts
// between the two (_, " - ", " | ", ——, --), unless that piece is the
// site's name and another is not: an old portal names itself first
// (明湖市人民政府--2031年政府工作报告, 明湖市人民政府门户网站 - 工作总结).
// A hyphen with no spaces around it (标题-明湖市人民政府网) cuts only
// before a site's name, since a title may hold one itself (2031-2035年).
func splitSiteTitle(t string) string {
	pieces := titlePieces(t)
	t = ""
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if t == "" {
			t = p // the first piece, whatever it is
		}
		if !titleSiteRe.MatchString(p) {
			t = p
			break
		}
	}
	if m := siteTailRe.FindStringIndex(t); m != nil && m[0] > 0 {
		t = t[:m[0]]
	}
	return t
}

// siteTailRe matches a site's name after a hyphen at the end of a page
// title: -明湖市人民政府网, －望川县人民政府门户网站, -明湖新闻网, and with
// the greeting a site adds to it (-明湖网站欢迎您!).
var siteTailRe = mustLitRe(`\s*[-－—]\s*\p{Han}{2,24}(?:网|网站|门户|政府|官网|平台|频道)(?:欢迎您[!！]?)?\s*$`)

// titleSiteRe matches a piece of a page title that is a site's name
// (明湖市人民政府, 望川县人民政府门户网站, 明湖新闻网, 中国·明湖).
var titleSiteRe = mustLitRe(`^(?:\p{Han}{2,24}(?:网|网站|门户|政府|官网|平台|频道)(?:欢迎您[!！]?)?|中国[·・]?\p{Han}{2,3})$`)

// A contentBlock is an element whose name says it holds the page's
// content, and the bytes of its text outside links (ownTextLen).
type contentBlock struct {
	n   *html.Node
	own int
}

// innerShare is the least share, in tenths, of the largest content
// block's text outside links that a block inside it must hold to be read
// in its place.
const innerShare = 9

// innerContent returns the innermost of blocks inside best (the largest
// block whose name says content, bestLen the bytes of its text) that holds
// nearly all of best's text outside links (innerShare), and its length;
// best when none does. A template's wrapper of the page's columns is named
// so too (<div id="content"> around the column of menus and the article's
// <div class="mainContent">): read whole, its menus would come before the
// report, and be read into its head. Their words are links, which do not
// count.
func innerContent(best *html.Node, bestLen int, blocks []contentBlock) (*html.Node, int) {
	if best == nil {
		return nil, 0
	}
	depth := func(n *html.Node) int {
		d := 0
		for ; n != nil; n = n.Parent {
			d++
		}
		return d
	}
	own := ownTextLen(best)
	in, inLen, inDepth := best, bestLen, depth(best)
	for _, b := range blocks {
		if b.own*10 < own*innerShare || b.n == best || !isInside(b.n, best) {
			continue
		}
		if d := depth(b.n); d > inDepth {
			in, inLen, inDepth = b.n, len(textOf(b.n)), d
		}
	}
	return in, inLen
}

// ownTextLen returns the bytes of the text under n outside links and
// white space, not counting what the page never shows (isDropped).
func ownTextLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(compactSpace(n.Data))
	case n.Type == html.ElementNode && (n.DataAtom == atom.A || isDropped(n)):
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += ownTextLen(c)
	}
	return k
}

// isInside reports whether n is a descendant of a.
func isInside(n, a *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// minContentPiece is the fewest bytes of text a block beside the content
// block, of the same class, must hold to be a piece of the content.
const minContentPiece = 300

// splitContent returns the parent of the content block best when the page
// set its text in several blocks of the same class side by side (an
// editor's <div class="TRS_Editor"> for each piece pasted in), so that all
// of them are read, not the largest alone; nil when best stands alone.
func splitContent(best *html.Node) *html.Node {
	if best == nil || best.Parent == nil || best.DataAtom == atom.Body {
		return nil
	}
	cls := strings.TrimSpace(attr(best, "class"))
	if cls == "" {
		return nil
	}
	for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != best && c.Type == html.ElementNode && c.DataAtom == best.DataAtom && strings.TrimSpace(attr(c, "class")) == cls &&
			!isDropped(c) && len(strings.TrimSpace(textOf(c))) >= minContentPiece {
			return best.Parent
		}
	}
	return nil
}

// maxMenuLabel is the most letters a block of links may hold outside its
// links and still be a menu: its caption (栏目导航, 相关链接).
const maxMenuLabel = 10

// linkBlocks returns the blocks under n (a div, a table or a cell, a list)
// that are menus: two links or more, which hold three fifths of the
// block's letters at least, and at most maxMenuLabel letters outside them.
// A paragraph is never one (附件：… 、… is the report's); a menu inside a
// menu is its outer one's.
func linkBlocks(n *html.Node) []*html.Node {
	var out []*html.Node
	// count returns the letters under n inside links and outside them,
	// and the links.
	var count func(n *html.Node, inLink bool) (in, outside, links int)
	count = func(n *html.Node, inLink bool) (in, outside, links int) {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					if inLink {
						in++
					} else {
						outside++
					}
				}
			}
			return
		case html.ElementNode:
			if isDropped(n) {
				return
			}
			if n.DataAtom == atom.A && !inLink {
				inLink = true
				links++
			}
		}
		mark := len(out)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			i, o, l := count(c, inLink)
			in, outside, links = in+i, outside+o, links+l
		}
		if n.Type == html.ElementNode && !inLink && links >= 2 && outside <= maxMenuLabel && in*5 >= (in+outside)*3 {
			switch n.DataAtom {
			case atom.Div, atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Ol, atom.Dl:
				out = append(out[:mark], n) // the menus inside it go with it
			}
		}
		return
	}
	count(n, false)
	return out
}

// firstH1 returns the text of the first <h1> under n, or "".
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return strings.TrimSpace(textOf(n))
	}
	if n.Type == html.ElementNode && isDropped(n) {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := firstH1(c); h != "" {
			return h
		}
	}
	return ""
}

func isDropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside,
		atom.Form, atom.Iframe, atom.Select, atom.Button, atom.Head, atom.Template, atom.Svg, atom.Title:
		// A <title> the parser met in the body (a page pasted after
		// another, a template that sets one there) is no more shown
		// than the head's.
		return true
	}
	if isHeadingPermalink(n) {
		// Its class (header-anchor) names the heading it links to, not
		// the page's header: the heading's text may be inside it. A mark
		// alone (#, ¶, §) is the link's sign, not the heading's text.
		return !hasLetterOrDigit(textOf(n)) || isHiddenBit(n)
	}
	return chromeCls.MatchString(attr(n, "id")+" "+attr(n, "class")) || isHiddenBit(n)
}

// isHeadingPermalink reports whether n is a link inside a heading (<h1> to
// <h6>) to a fragment of the page: the permalink a site generator wraps
// around a heading's text (<h2 id="x"><a class="header-anchor"
// href="#x"><span>一、…</span></a></h2>) or sets beside it.
func isHeadingPermalink(n *html.Node) bool {
	if n.DataAtom != atom.A || len(attr(n, "href")) < 2 || attr(n, "href")[0] != '#' {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// maxHiddenHan is the most Han characters an element the page hides may
// hold and still go as a hidden bit; a larger one is the rest of the
// article a page folds away (展开全文) or a tab's content, kept.
const maxHiddenHan = 200

// isHiddenBit reports whether n is an element the page never shows (an
// inline display:none or visibility:hidden, or the hidden attribute)
// holding little text: a CMS's hidden record of the page's columns at the
// top of its body (3099政府信息公开/col/col1532802/index.html…), or the
// characters a site hides inside words against copying (规上<span
// style="display:none">某某</span>企业), which would otherwise be read
// into the text and break its words apart.
func isHiddenBit(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 {
		return false
	}
	hidden := false
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			hidden = true
		case "style":
			st := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			hidden = hidden || strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
		}
	}
	return hidden && countHan(textOf(n), maxHiddenHan+1) <= maxHiddenHan
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapseSpace collapses each run of white space in a text node of HTML
// to one space, as a browser shows it, and drops the runs at its ends. A
// run holding a line break between two wide characters (Chinese,
// full-width), or a wide one and half-width punctuation (joinsWide), goes:
// the break is where the page's source was wrapped (Word's "Save as Web
// Page" wraps it every 80 columns or so, mid-sentence), and CSS removes
// such a break between East Asian characters instead of showing a space
// that would cut a heading (（一）经 济实力…) or a number (１ 、).
func collapseSpace(s string) string {
	fields := strings.Fields(s)
	if len(fields) < 2 || !strings.ContainsAny(s, "\n\r") {
		return strings.Join(fields, " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	for i, f := range fields {
		if i > 0 {
			// rest starts with the run of space before f
			k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsSpace(r) })
			run := rest[:k]
			prev, _ := utf8.DecodeLastRuneInString(fields[i-1])
			next, _ := utf8.DecodeRuneInString(f)
			if !(strings.ContainsAny(run, "\n\r") && joinsWide(prev, next)) {
				b.WriteByte(' ')
			}
			rest = rest[k:]
		}
		b.WriteString(f)
		rest = rest[len(f):]
	}
	return b.String()
}

// joinsWide reports whether a line break of the page's source between
// prev and next is no space: both are wide, or one is and the other is
// half-width punctuation set in Chinese text in place of the full-width
// one (（四）全面深化改革开放,不断增强…, (四)全面…), which a space would
// set apart from its clause.
func joinsWide(prev, next rune) bool {
	const punct = ",.;:!?()"
	return isWide(prev) && (isWide(next) || strings.ContainsRune(punct, next)) ||
		isWide(next) && strings.ContainsRune(punct, prev)
}

// isWide reports whether r is an East Asian wide or full-width character.
func isWide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}

// cellsOf returns the number of cells of the row n that hold text.
func cellsOf(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && strings.TrimSpace(textOf(c)) != "" {
			k++
		}
	}
	return k
}

// categoryRow reports whether tr, a row of one cell whose text is row, is
// a category of a table of figures (一、经济发展 over its rows): short, and
// a row beside it in the table has two cells or more.
func categoryRow(tr *html.Node, row string) bool {
	if cellsOf(tr) != 1 || utf8.RuneCountInString(row) > categoryRunes || tr.Parent == nil {
		return false
	}
	for c := tr.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Tr && cellsOf(c) >= 2 {
			return true
		}
	}
	return false
}

// render writes the text under n, one line per block element; a table's
// row of two cells or more becomes a rowHint.
func render(b *bytes.Buffer, n *html.Node, hints map[string]int) {
	switch n.Type {
	case html.TextNode:
		if b.Len() == 0 || b.Bytes()[b.Len()-1] == '\n' {
			// A line that opens with a paragraph's indent the page shows
			// (&nbsp;&nbsp;, 　　; not the source's own indent, which a
			// browser drops) keeps it, as two spaces: lines set apart by
			// <br> alone tell their paragraphs by it, as a plain file's do.
			if lead := strings.TrimLeft(n.Data, " \t\r\n"); strings.HasPrefix(lead, "\u00a0\u00a0") || strings.HasPrefix(lead, "\u3000") ||
				strings.HasPrefix(lead, "\u00a0\u3000") || strings.HasPrefix(lead, "\u00a0 \u00a0") {
				if t := collapseSpace(n.Data); t != "" {
					b.WriteString("  ")
					b.WriteString(t)
				}
				return
			}
		}
		b.WriteString(collapseSpace(n.Data))
		return
	case html.ElementNode:
		if isDropped(n) || photoCaption(n) {
			return
		}
	}
	block := false
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Br:
			b.WriteByte('\n')
			return
		case atom.P, atom.Div, atom.Li, atom.Tr, atom.Table, atom.Section, atom.Article, atom.Main,
			atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Ul, atom.Ol, atom.Dd, atom.Dt:
			block = true
		case atom.Td, atom.Th:
			b.WriteByte(' ')
		}
	}
	if block {
		b.WriteByte('\n')
	}
	start := b.Len()
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		render(b, c, hints)
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Tr {
		// A row of two cells or more written as one line: a line of
		// its own that is no heading (rowHint).
		if row := strings.TrimSpace(b.String()[start:]); row != "" && !strings.Contains(row, "\n") && (cellsOf(n) >= 2 || categoryRow(n, row)) {
			if _, ok := hints[row]; !ok {
				hints[row] = rowHint
			}
		}
	}
	if block {
		b.WriteByte('\n')
	}
	if n.Type == html.ElementNode {
		if lvl := map[atom.Atom]int{atom.H2: 1, atom.H3: 2, atom.H4: 3, atom.H5: 4, atom.H6: 5}[n.DataAtom]; lvl > 0 {
			if t := strings.TrimSpace(strings.Join(strings.Fields(textOf(n)), " ")); t != "" {
				hints[t] = lvl
			}
		}
	}
}

// hasLetterOrDigit reports whether s holds a letter or a digit of any
// script.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// A government site prints its record of a paper over it (the 政府信息公开
// table the rules for government websites ask for: 索引号, 发文机关 or
// 发布机构, 成文日期…), a label in one cell or element and its value in the
// next. The record names the body that issued or published the paper
// where the paper itself says only 我代表县人民政府 or 我局, and the date
// it was written. recordBodyLabelRe matches the labels of the body,
// recordDateLabelRe those of the date, with their colon or without it and
// closed up (索 引 号).
var (
	recordBodyLabelRe = mustLitRe(`^(?:发文机关|发布机构|发文机构|发文单位|发布单位)[：:]?$`)
	recordDateLabelRe = mustLitRe(`^(?:成文日期|发文日期)[：:]?$`)
	// pageFieldRe matches a label and its value in one piece of text
	// (<li>发布机构：明湖市人民政府</li>).
	pageFieldRe = mustLitRe(`^(发文机关|发布机构|发文机构|发文单位|发布单位|成文日期|发文日期)\s*[：:]\s*(\S+)$`)
)

// maxRecordValue is the most letters the value of a record's field may
// hold: an office's full name, a date with its time.
const maxRecordValue = 40

// pageRecord returns what the page's record of the paper says (see
// recordBodyLabelRe) as a collector's header would: the body as Issuer,
// the date as Date; the zero header when the page has none. Each field is
// its first value; a label followed by another label (the field left
// empty) gives none.
func pageRecord(doc *html.Node) collectorHeader {
	var h collectorHeader
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if h.Issuer != "" && h.Date != "" {
			return
		}
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Template, atom.Noscript:
				return
			}
			if t := compactSpace(textOf(n)); len(t) <= len("发文机关：") {
				switch {
				case h.Issuer == "" && recordBodyLabelRe.MatchString(t):
					h.Issuer = recordValue(n, false)
					return
				case h.Date == "" && recordDateLabelRe.MatchString(t):
					h.Date = recordValue(n, true)
					return
				}
			}
		case html.TextNode:
			if m := pageFieldRe.FindStringSubmatch(strings.TrimSpace(collapseSpace(n.Data))); m != nil {
				if v, date := m[2], recordDateLabelRe.MatchString(m[1]); date && h.Date == "" {
					h.Date = checkRecordValue(v, true)
				} else if !date && h.Issuer == "" {
					h.Issuer = checkRecordValue(v, false)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return h
}

// recordValue returns the value of the record's field whose label is n:
// the text of the first element or text after n that holds any, looked
// for after n's parent (and its parent) when n ends its own (the label in
// a cell of its own, the value in the next: <td><b>发文机关：</b></td>
// <td>…</td>); "" when that text is another field's label or no value of
// the field's kind.
func recordValue(n *html.Node, date bool) string {
	for e, up := n, 0; e != nil && up < 3; e, up = e.Parent, up+1 {
		for s := e.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && (s.DataAtom == atom.Script || s.DataAtom == atom.Style) {
				continue
			}
			t := strings.TrimSpace(collapseSpace(textOf(s)))
			if t == "" {
				continue
			}
			if disclosureCellRe.MatchString(strings.TrimRight(compactSpace(t), "：:")) {
				return ""
			}
			return checkRecordValue(t, date)
		}
	}
	return ""
}

// checkRecordValue returns v when it can be the value of a record's
// field: a date that starts with its year (2031-01-20, 2031年1月20日), or
// a body's name (Chinese, no sentence in it); "" otherwise.
func checkRecordValue(v string, date bool) string {
	if utf8.RuneCountInString(v) > maxRecordValue {
		return ""
	}
	if date {
		if recordDateRe.MatchString(v) {
			return v
		}
		return ""
	}
	if countHan(v, 2) < 2 || strings.ContainsAny(v, "。，；！？,;") || recordDateRe.MatchString(v) {
		return ""
	}
	return v
}

// withRecord returns h with the fields it lacks taken from rec, the
// page's record of the paper: a collector's own header, when the file has
// one, speaks first.
func (h collectorHeader) withRecord(rec collectorHeader) collectorHeader {
	if h.Issuer == "" {
		h.Issuer = rec.Issuer
	}
	if h.Date == "" {
		h.Date = rec.Date
	}
	if h.Site == "" {
		h.Site = rec.Site
	}
	return h
}
