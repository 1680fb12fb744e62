package corpus

// Markdown blocks
//
// A converter's Markdown (pandoc's gfm and markdown writers, MarkItDown's,
// a web clipper's) keeps the layout of its source in block syntax that a
// reader of the rendered page never sees. markdownBlocks reads two kinds of
// it before the inline marks go (markdownInline, in read.go, takes a
// converter's note marks and smart dashes):
//
//   - Tables. A pipe table's rows (| 指标 | 目标 |) become lines whose
//     cells are words, as an HTML table's rows do, and its delimiter row
//     (|---|:---:|) goes; so do a grid table's borders (+----+----+) and
//     the lines of dashes that open, close and underline pandoc's simple
//     and multiline tables. A row is a line of its own (a row hint), never
//     the end of a sentence that a heading under it would go on.
//   - Soft breaks. Pandoc wraps a paragraph's source at 72 columns (at a
//     space, or between two Chinese characters), and a renderer joins the
//     lines of one paragraph again. In a file that sets its paragraphs
//     apart by blank lines, the lines of a paragraph are joined; a line
//     that opens a block (a heading, a list item, a quote, a table's row,
//     a tag) or ends with a hard break (two spaces, a backslash, <br>)
//     is not, and neither is a line much shorter than the width the
//     paragraphs were wrapped at (a page's footer of short lines) or a
//     menu's line of items between pipes. A file
//     that writes one paragraph a line, with no blank line between them,
//     is read line by line as before.
//   - Setext headings (a line underlined with === or ---) are written as
//     "# " and "## " headings, and the fences of pandoc's divs (::: content,
//     :::) go.
//   - A collapsed block whose summary calls it the contents
//     (<details><summary>目录</summary> … </details>) holds a list of the
//     headings that follow it, folded away on the rendered page: it goes
//     with its tags, or its entries would read as headings without text.

import (
	"slices"
	"strings"

	"github.com/mattn/go-runewidth"
)

var (
	// mdDelimRowRe matches a pipe table's delimiter row: |---|:--:|, ---|---.
	mdDelimRowRe = mustLitRe(`^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$|^\|\s*:?-{3,}:?\s*\|$`)
	// mdGridBorderRe matches a grid table's border: +-----+-----+, +=====+.
	mdGridBorderRe = mustLitRe(`^\+(?:[-=:]{3,}\+)+$`)
	// mdDashesRe matches the dashes of pandoc's simple and multiline
	// tables: two groups or more, or one long group set in.
	mdDashesRe = mustLitRe(`^-{3,}(?:[ \t]+-{3,})+$`)
	// mdBlockStartRe matches a line that opens a block of its own.
	mdBlockStartRe = mustLitRe(`^(?:#{1,6}[ \t]|[-*+][ \t]|[0-9]{1,3}[.)][ \t]|>|\||<|\[\^[^\]]+\]:|!\[|` + "```" + `|~~~)`)
	// mdDetailsRe matches the opening tag of a collapsed block, with its
	// summary on the same line or not (group 1): <details>,
	// <details markdown="1"><summary>目录</summary><p>.
	mdDetailsRe = mustLitRe(`^<details\b[^>]*>\s*(?:<summary>([^<]*)</summary>)?\s*(?:<p>)?$`)
	// mdSummaryRe matches a collapsed block's summary on a line of its own.
	mdSummaryRe = mustLitRe(`^<summary>([^<]*)</summary>\s*(?:<p>)?$`)
)

// mdContentsBlockEnd returns the index of the line that closes the
// collapsed block opened at lines[i] when its summary names a table of
// contents (目录, 目次), or -1: a block of another summary (a long table
// folded away, 展开全文) is text, and so is one that is never closed.
func mdContentsBlockEnd(lines []string, i int) int {
	m := mdDetailsRe.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if m == nil {
		return -1
	}
	summary, j := m[1], i+1
	if !strings.Contains(lines[i], "<summary>") {
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) {
			return -1
		}
		sm := mdSummaryRe.FindStringSubmatch(strings.TrimSpace(lines[j]))
		if sm == nil {
			return -1
		}
		summary, j = sm[1], j+1
	}
	if !isContentsHead(summary) {
		return -1
	}
	for ; j < len(lines); j++ {
		if strings.HasPrefix(strings.TrimSpace(lines[j]), "</details>") {
			return j
		}
	}
	return -1
}

// pipeRow returns the cells of a pipe table's row, or nil when l is none:
// a row has a pipe, and outside a table (loose false) starts or ends with
// one. A pipe after a backslash is text.
func pipeRow(l string, loose bool) []string {
	if !strings.Contains(l, "|") || !loose && !strings.HasPrefix(l, "|") && !strings.HasSuffix(l, "|") {
		return nil
	}
	var cells []string
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '\\' && i+1 < len(l) && l[i+1] == '|':
			b.WriteByte('|')
			i++
		case l[i] == '|':
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(l[i])
		}
	}
	cells = append(cells, strings.TrimSpace(b.String()))
	return cells
}

// markdownBlocks does what the package comment of this file says: it
// returns lines with tables written as rows and soft-wrapped paragraphs
// joined, and the rows it wrote (as row hints).
func markdownBlocks(lines []string) ([]string, map[string]int) {
	hints := map[string]int{}
	out := make([]string, 0, len(lines))
	table := false  // inside a pipe or grid table
	dashed := false // between the dashes of a simple or multiline table
	row := func(words []string) {
		var cells []string
		for _, c := range words {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		r := strings.Join(cells, " ")
		if r != "" {
			hints[r] = rowHint
		}
		out = append(out, r)
	}
	skip := -1 // the last line of a contents block being dropped
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if i <= skip {
			out = append(out, "")
			continue
		}
		if strings.HasPrefix(t, "<details") {
			if skip = mdContentsBlockEnd(lines, i); skip >= 0 {
				out = append(out, "")
				continue
			}
		}
		switch {
		case mdGridBorderRe.MatchString(t):
			table = true
			out = append(out, "")
			continue
		case mdDashesRe.MatchString(t) || dashed && mdRuleRe.MatchString(t):
			// The opening line, the header's underline or the closing
			// line: a header above the first goes as a row.
			if !dashed && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
				h := strings.Fields(out[len(out)-1])
				out = out[:len(out)-1]
				row(h)
			}
			next := ""
			if i+1 < len(lines) {
				next = strings.TrimSpace(lines[i+1])
			}
			dashed = !dashed || next != ""
			out = append(out, "")
			continue
		case mdDelimRowRe.MatchString(t) && (strings.Contains(t, "|") || i > 0 && pipeRow(strings.TrimSpace(lines[i-1]), false) != nil):
			table = true
			out = append(out, "")
			continue
		}
		if mdFenceRe.MatchString(t) {
			out = append(out, "")
			continue
		}
		// A setext heading's underline makes the line above it a
		// heading, written as an ATX one for the rest of the reading.
		if m := mdSetextRe.FindString(t); m != "" && len(out) > 0 && (len(t) >= 3 || t[0] == '=') {
			above := strings.TrimSpace(out[len(out)-1])
			if above != "" && !mdBlockStartRe.MatchString(above) && (len(out) < 2 || strings.TrimSpace(out[len(out)-2]) == "" || isReaderContentLabel(out[len(out)-2])) {
				out[len(out)-1] = map[byte]string{'=': "# ", '-': "## "}[t[0]] + above
				out = append(out, "")
				continue
			}
		}
		if dashed && t != "" {
			// Pandoc sets its tables in; a line at the margin is text.
			if l[0] == ' ' || l[0] == '\t' {
				row(strings.Fields(t))
				continue
			}
			dashed = false
		}
		delimNext := i+1 < len(lines) && mdDelimRowRe.MatchString(strings.TrimSpace(lines[i+1]))
		if cells := pipeRow(t, table || delimNext); cells != nil && (table || delimNext) {
			table = true
			row(cells)
			continue
		}
		if t == "" {
			table = false
		}
		out = append(out, l)
	}
	return joinSoftBreaks(out, hints), hints
}

// isReaderContentLabel reports whether l is the line that ends a web
// reader's header and opens the page's text (Markdown Content:). The
// reader writes the page's first heading right under it, underlined
// (某市2031年政府工作报告_某市人民政府 / =====), with no blank line between:
// the label is no line of a paragraph that the underline would make a
// heading of.
func isReaderContentLabel(l string) bool {
	return strings.EqualFold(strings.TrimSpace(l), "Markdown Content:")
}

// joinSoftBreaks joins the lines of a paragraph that a converter wrapped,
// when the text sets its paragraphs apart by blank lines: five gaps at
// least, and of the lines that end a sentence (。！？) and have a line
// after them, half at least end their paragraph there (a blank line or a
// block follows). A text written one paragraph a line fails the second
// test whatever its gaps: its sentences end where its lines do, and the
// next line goes on. So does a text whose paragraphs were never wrapped
// but for a few lines its writer broke (a collector's fields over the
// report, 标题：… / 发布机构：… / 通过或发布日期：…): a converter that wraps
// runs most paragraphs of a report over two lines, so fewer runs of two
// lines than one in ten gaps is no wrapping to undo.
func joinSoftBreaks(lines []string, rows map[string]int) []string {
	plain := func(l string) bool {
		t := strings.TrimSpace(l)
		_, row := rows[t]
		return t != "" && !row && !mdBlockStartRe.MatchString(t) && !mdRuleRe.MatchString(t) && !mdSetextRe.MatchString(t)
	}
	gaps, pairs, ends, ended := 0, 0, 0, 0
	for i := 1; i < len(lines); i++ {
		prev, cur := strings.TrimSpace(lines[i-1]), strings.TrimSpace(lines[i])
		if cur == "" && prev != "" {
			gaps++
		}
		if plain(prev) && strings.ContainsRune("。！？", lastRune(prev)) {
			ends++
			if !plain(cur) {
				ended++
			}
		}
		if plain(prev) && plain(cur) {
			pairs++
		}
	}
	if gaps < 5 || pairs*10 < gaps || ends < 5 || ended*2 < ends {
		return lines
	}
	// The width the converter wrapped at: the median width of the lines
	// a line of the same paragraph follows. A line much shorter than that
	// was not wrapped: it ends where its writer ended it (a page's footer
	// of short lines, 扫一扫在手机打开当前页 / 信息来源：… / 责任编辑：…,
	// that a clipper left without blank lines between them); nor was a
	// menu's line (网站地图 | 联系我们 | 版权声明).
	var widths []int
	for i := 1; i < len(lines); i++ {
		if plain(lines[i-1]) && plain(lines[i]) {
			widths = append(widths, runewidth.StringWidth(strings.TrimSpace(lines[i-1])))
		}
	}
	slices.Sort(widths)
	wrap := widths[len(widths)/2]
	out := lines[:0:0]
	for i, l := range lines {
		if i > 0 && len(out) > 0 && plain(l) && plain(out[len(out)-1]) && !hardBreak(lines[i-1]) &&
			runewidth.StringWidth(strings.TrimSpace(lines[i-1]))*5 >= wrap*3 && strings.Count(lines[i-1], " | ") < 2 &&
			(i+1 >= len(lines) || !mdSetextRe.MatchString(strings.TrimSpace(lines[i+1]))) {
			prev := strings.TrimRight(out[len(out)-1], " \t")
			sep := ""
			if f, last := []rune(strings.TrimSpace(l))[0], []rune(prev)[len([]rune(prev))-1]; isASCIIAlnum(f) && isASCIIAlnum(last) {
				sep = " "
			}
			out[len(out)-1] = prev + sep + strings.TrimSpace(l)
			continue
		}
		out = append(out, l)
	}
	return out
}

// hardBreak reports whether a Markdown line ends with a hard line break:
// two spaces, a backslash or <br>.
func hardBreak(l string) bool {
	return strings.HasSuffix(l, "  ") || strings.HasSuffix(l, "\\") || mdBreakEndRe.MatchString(l)
}

var (
	mdBreakEndRe = mustLitRe(`(?i)<br\s*/?>\s*$`)
	// mdFenceRe matches the fence of pandoc's div (::: content, :::).
	mdFenceRe = mustLitRe(`^:{3,}(?:\s*\{[^{}]*\}|\s*[\w.-]+)?\s*$`)
	// mdSetextRe matches a setext heading's underline.
	mdSetextRe = mustLitRe(`^(?:=+|-+)$`)
)

// A web reader (Jina Reader's) writes a page's menus as Markdown: a row of
// links glued together, under a label or over a word of the toolbar's
// (搜索热词：[社保](…)[医保](…)[…](…), 当前位置：[首页](…)>[…](…),
// [无障碍](…)[长者助手](…)…[登录](…)网站支持IPV6), and a menu as a list
// of one link an item (*   [首页](…) / *   [政务公开](…)). Neither is a
// line of a report: a report's own list is of sentences, and when it
// links, it links within itself (a contents: [一、…](#…)).
var (
	// mdLinkRowRe matches a row of three links or more, each of a
	// short text, parted by nothing, spaces, bars, slashes, dots or
	// arrows, under a short label that ends with a colon, over a short
	// word without a sentence's marks, or both.
	mdLinkRowRe = mustLitRe(`^[ \t]*(?:#{1,6}[ \t]+)?(?:[^\[\]()\n：:。；！？，]{1,8}[：:])?(?:[\s|｜/·•>＞»]*\[[^\]\n]{1,16}\]\(` + mdDest + `\)){3,}[\s|｜/·•>＞»]*[^\[\]()\n。；！？，、：:]{0,12}$`)
	// mdLinkItemRe matches a list item that is links and nothing
	// else (one mostly, a few glued together: [市民网页](…) [退出](…)).
	mdLinkItemRe = mustLitRe(`^[ \t]*[-*+][ \t]+(?:[ \t]*\[[^\]\n]{1,60}\]\(` + mdDest + `\)){1,4}[ \t]*$`)
)

// linkMenuItems is how many items of one link each make a list a menu.
const linkMenuItems = 4

// dropLinkMenus blanks a web reader's menus in a page's Markdown: a row
// of links (mdLinkRowRe) and a run of linkMenuItems list items or more,
// blank lines between them aside, each one link to another page whose
// text is a menu's (menuItemText). A run with one other item in it is
// kept whole.
func dropLinkMenus(text string) string {
	lines := strings.Split(text, "\n")
	changed := false
	var run []int
	flush := func() {
		if len(run) >= linkMenuItems {
			for _, i := range run {
				lines[i] = ""
			}
			changed = true
		}
		run = run[:0]
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if mdLinkItemRe.MatchString(l) && menuLinks(l) {
			run = append(run, i)
			continue
		}
		flush()
		if mdLinkRowRe.MatchString(l) {
			lines[i] = ""
			changed = true
		}
	}
	flush()
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// menuLinks reports whether every link of l, a list item of links
// (mdLinkItemRe), goes to another page (not within the text: #…) and
// reads as a menu's item: twelve Chinese characters at most (with the
// site's English name for it: **政务公开**_Government Affairs_), no
// sentence's mark (a name's quotes aside: “某好办”APP), no picture.
func menuLinks(l string) bool {
	for _, m := range mdLinkRe.FindAllStringSubmatch(l, -1) {
		t := strings.NewReplacer("“", "", "”", "").Replace(m[1])
		if strings.Contains(t, "![") || strings.ContainsAny(t, menuPunct+"、（）()") || strings.Trim(t, "*_ \t") == "" {
			return false
		}
		dest := strings.TrimPrefix(m[0][len(m[1])+2:], "(")
		if strings.HasPrefix(strings.TrimSpace(dest), "#") {
			return false
		}
		han := 0
		for _, r := range t {
			if IsHan(r) {
				han++
			}
		}
		if han > 12 {
			return false
		}
	}
	return true
}
