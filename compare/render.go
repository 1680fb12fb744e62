package compare

// Rendering
//
// WriteText is for the terminal: a header with the counts, then every pair
// that is not unchanged (all of them with All), its diff inline or in two
// columns, then the changed numbers and the terms. Without colour, deletes
// are written [-like this-] and inserts {+like this+}, the notation of
// the goldens; with colour, deletes are red and struck through, inserts
// green. Ignored differences are written as their new text, plainly. In
// inline mode, long unchanged stretches of a changed section are cut to
// their ends (… in the middle) unless All is set.
//
// Column widths count East Asian wide characters as two cells
// (golang.org/x/text/width), so Chinese columns line up.
//
// WriteHTML writes one self-contained page, for a staff member to mail:
// inline CSS, no scripts, no external assets, system Chinese fonts with
// fallbacks, unchanged sections folded in <details>.

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/govreport/govreport/corpus"
	"github.com/mattn/go-runewidth"
)

// TextOptions tune WriteText.
type TextOptions struct {
	// Color writes ANSI colours instead of [- -] and {+ +} markers.
	Color bool
	// SideBySide writes the old and the new text in two columns.
	SideBySide bool
	// All shows unchanged sections too, and long unchanged stretches in
	// full.
	All bool
	// Width is the width of the output in cells; 0 means 120.
	Width int
}

// statusLabel names the statuses in Chinese for readers, with the English
// word that the JSON uses.
var statusLabel = map[string]string{
	Unchanged: "未变 unchanged",
	Changed:   "修改 changed",
	Moved:     "移动 moved",
	Added:     "新增 added",
	Removed:   "删除 removed",
	Merged:    "合并 merged",
	Split:     "拆分 split",
}

const (
	ansiReset  = "\x1b[0m"
	ansiDelete = "\x1b[31;9m" // red, struck through
	ansiInsert = "\x1b[32m"   // green
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
)

// A span is a piece of styled text: style is "", "del" or "ins".
type span struct{ Text, Style string }

// docLabel names a document in headers.
func docLabel(d *corpus.Document) string {
	if d == nil {
		return "(none)"
	}
	s := d.Title
	if s == "" {
		s = d.Source
	}
	if d.ID != "" {
		s += " [" + d.ID + "]"
	}
	return s
}

// WriteText writes r as text for a terminal. from and to are the documents
// compared, for the header; either may be nil.
func WriteText(w io.Writer, r *Report, from, to *corpus.Document, opt TextOptions) error {
	if opt.Width <= 0 {
		opt.Width = 120
	}
	bw := bufio.NewWriter(w)
	tw := &textWriter{w: bw, opt: opt}
	tw.header(r, from, to)
	for _, p := range r.Pairs {
		if p.Status == Unchanged && !opt.All {
			continue
		}
		tw.pair(&p)
	}
	tw.numbers(r.Summary.ChangedNumbers)
	tw.terms("新提法 new terms", r.NewTerms)
	tw.terms("不再提及 dropped terms", r.DroppedTerms)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing comparison: %w", err)
	}
	return nil
}

type textWriter struct {
	w   *bufio.Writer
	opt TextOptions
}

func (tw *textWriter) style(s, code string) string {
	if !tw.opt.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (tw *textWriter) header(r *Report, from, to *corpus.Document) {
	s := r.Summary
	fmt.Fprintf(tw.w, "%s\n%s\n", tw.style("旧 old: "+docLabel(from), ansiBold), tw.style("新 new: "+docLabel(to), ansiBold))
	fmt.Fprintf(tw.w, "相似度 similarity %.1f%%  未变 %d  修改 %d  移动 %d  新增 %d  删除 %d  更名 renamed %d  合并 merged %d  拆分 split %d  数字变化 numbers %d\n",
		s.Similarity*100, s.Unchanged, s.Changed, s.Moved, s.Added, s.Removed, s.Renamed, s.Merged, s.Split, len(s.ChangedNumbers))
}

func headingOf(ref *SectionRef) string {
	if ref == nil {
		return ""
	}
	if ref.Heading == "" {
		return "(开头 opening)"
	}
	return ref.Heading
}

func (tw *textWriter) pair(p *Pair) {
	fmt.Fprintln(tw.w)
	title := "== " + statusLabel[p.Status]
	if p.Renamed {
		title += "  更名 renamed"
	}
	switch {
	case p.From != nil && p.To != nil && p.From.Heading != p.To.Heading:
		title += "  " + headingOf(p.From) + " -> " + headingOf(p.To)
	case p.To != nil:
		title += "  " + headingOf(p.To)
	default:
		title += "  " + headingOf(p.From)
	}
	if p.From != nil && p.To != nil {
		title += fmt.Sprintf("  (%.0f%%)", p.Similarity*100)
	}
	if p.Related != nil {
		switch p.Relation {
		case MergedInto:
			title += "  并入 merged into " + headingOf(p.Related)
		case SplitFrom:
			title += "  拆自 split from " + headingOf(p.Related)
		}
	}
	fmt.Fprintln(tw.w, tw.style(title, ansiBold))
	if p.Rewritten {
		fmt.Fprintln(tw.w, tw.style("(改写 rewritten: shown whole)", ansiDim))
	}
	if tw.opt.SideBySide {
		tw.sideBySide(p.Diff)
		return
	}
	tw.inline(p.Diff)
}

// spans turns ops into styled spans for one side ("old", "new") or both
// (""), with ignored differences shown as their new text.
func spans(ops []Op, side string) []span {
	var out []span
	for _, o := range ops {
		switch {
		case o.Op == OpEqual:
			out = append(out, span{o.Text, ""})
		case o.Ignored && o.Op == OpInsert && side != "old":
			out = append(out, span{o.Text, ""})
		case o.Ignored && o.Op == OpDelete && side == "old":
			out = append(out, span{o.Text, ""})
		case o.Ignored:
		case o.Op == OpDelete && side != "new":
			out = append(out, span{o.Text, "del"})
		case o.Op == OpInsert && side != "old":
			out = append(out, span{o.Text, "ins"})
		}
	}
	return out
}

// replaced is spans of both sides with an arrow (style "repl") between a
// deleted text and the inserted one next to it, for the HTML page and the
// coloured text: there strike-through and colours are all that part them,
// and a figure changed (增长[-6.5-]{+7+}%) would read as one number, 6.57%.
// The plain text needs none: its markers part them.
func replaced(ops []Op) []span {
	sp := spans(ops, "")
	out := make([]span, 0, len(sp))
	for i, s := range sp {
		if i > 0 && s.Style != "" && sp[i-1].Style != "" && s.Style != sp[i-1].Style {
			out = append(out, span{"→", "repl"})
		}
		out = append(out, s)
	}
	return out
}

// elide shortens long unchanged stretches to their two ends.
func elide(sp []span) []span {
	const keep = 24
	out := make([]span, 0, len(sp))
	for i, s := range sp {
		if s.Style != "" || utf8.RuneCountInString(s.Text) <= 3*keep {
			out = append(out, s)
			continue
		}
		rs := []rune(s.Text)
		head, tail := string(rs[:keep]), string(rs[len(rs)-keep:])
		switch {
		case i == 0:
			out = append(out, span{"…" + tail, ""})
		case i == len(sp)-1:
			out = append(out, span{head + "…", ""})
		default:
			out = append(out, span{head + " … " + tail, ""})
		}
	}
	return out
}

func (tw *textWriter) render(s span) string {
	switch s.Style {
	case "del":
		if tw.opt.Color {
			return tw.style(s.Text, ansiDelete)
		}
		return "[-" + s.Text + "-]"
	case "ins":
		if tw.opt.Color {
			return tw.style(s.Text, ansiInsert)
		}
		return "{+" + s.Text + "+}"
	case "repl":
		return tw.style(s.Text, ansiDim)
	}
	return s.Text
}

func (tw *textWriter) inline(ops []Op) {
	sp := spans(ops, "")
	if tw.opt.Color {
		sp = replaced(ops)
	}
	if !tw.opt.All {
		sp = elide(sp)
	}
	var sb strings.Builder
	for _, s := range sp {
		if tw.opt.Color && s.Style != "" && strings.Contains(s.Text, "\n") {
			// colour each line apart, so a colour never bleeds into the
			// next line's margin
			lines := strings.Split(s.Text, "\n")
			for k, l := range lines {
				if k > 0 {
					sb.WriteString("\n")
				}
				sb.WriteString(tw.render(span{l, s.Style}))
			}
			continue
		}
		sb.WriteString(tw.render(s))
	}
	text := strings.TrimRight(sb.String(), "\n")
	for _, line := range strings.Split(text, "\n") {
		fmt.Fprintln(tw.w, "  "+line)
	}
}

// cells returns the display width of r in a terminal: 2 for East Asian
// wide, full-width and ambiguous characters (the quotes “” and the dash —
// of Chinese text are drawn wide by Chinese fonts), 0 for control and
// combining characters, else 1 (go-runewidth, East Asian widths).
func cells(r rune) int { return cellWidths.RuneWidth(r) }

var cellWidths = &runewidth.Condition{EastAsianWidth: true}

// DisplayWidth returns the number of terminal cells s takes, as cells
// counts them: the one measure for every table and layout printed.
func DisplayWidth(s string) int { return cellWidths.StringWidth(s) }

// wrap lays styled spans out in lines of at most w cells, breaking at line
// breaks and wherever the width runs out. Each line is a list of spans.
func wrap(sp []span, w int, markers bool) [][]span {
	var lines [][]span
	var cur []span
	used := 0
	push := func(text, style string) {
		if text == "" {
			return
		}
		if n := len(cur); n > 0 && cur[n-1].Style == style {
			cur[n-1].Text += text
			return
		}
		cur = append(cur, span{text, style})
	}
	newline := func() {
		lines = append(lines, cur)
		cur, used = nil, 0
	}
	for _, s := range sp {
		extra := 0
		if markers && s.Style != "" {
			extra = 4 // [- -] or {+ +}
		}
		// a short change that does not fit goes whole to the next line,
		// so that 8000 is never shown as 8 and 000
		if s.Style != "" && used > 0 && !strings.Contains(s.Text, "\n") {
			n := 0
			for _, r := range s.Text {
				n += cells(r)
			}
			if n+extra <= w && used+n+extra > w {
				newline()
			}
		}
		var piece strings.Builder
		for _, r := range s.Text {
			if r == '\n' {
				push(piece.String(), s.Style)
				piece.Reset()
				newline()
				continue
			}
			c := cells(r)
			if used+c+extra > w && used > 0 {
				push(piece.String(), s.Style)
				piece.Reset()
				newline()
			}
			piece.WriteRune(r)
			used += c
		}
		push(piece.String(), s.Style)
		used += extra
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func (tw *textWriter) sideBySide(ops []Op) {
	col := (tw.opt.Width - 5) / 2
	if col < 10 {
		col = 10
	}
	markers := !tw.opt.Color
	left := wrap(spans(ops, "old"), col, markers)
	right := wrap(spans(ops, "new"), col, markers)
	for k := 0; k < max(len(left), len(right)); k++ {
		var l, r []span
		if k < len(left) {
			l = left[k]
		}
		if k < len(right) {
			r = right[k]
		}
		ls := tw.line(l)
		pad := col - lineCells(l, markers)
		fmt.Fprintf(tw.w, "  %s%s │ %s\n", ls, strings.Repeat(" ", max(pad, 0)), tw.line(r))
	}
}

func (tw *textWriter) line(sp []span) string {
	var sb strings.Builder
	for _, s := range sp {
		sb.WriteString(tw.render(s))
	}
	return sb.String()
}

func lineCells(sp []span, markers bool) int {
	n := 0
	for _, s := range sp {
		for _, r := range s.Text {
			n += cells(r)
		}
		if markers && s.Style != "" {
			n += 4
		}
	}
	return n
}

// roleWord names a figure's role in the changed numbers' list.
var roleWord = map[string]string{RoleTarget: "目标", RoleResult: "实际"}

func (tw *textWriter) numbers(ns []NumberChange) {
	if len(ns) == 0 {
		return
	}
	fmt.Fprintln(tw.w)
	fmt.Fprintln(tw.w, tw.style(fmt.Sprintf("== 数字变化 changed numbers (%d)", len(ns)), ansiBold))
	for _, n := range ns {
		what := n.Indicator
		if what == "" {
			what = n.Context
		}
		from, to := tw.render(span{n.From, "del"}), tw.render(span{n.To, "ins"})
		if n.OldRole != n.Role && n.OldRole != "" && n.Role != "" {
			// a target against a result is no change of target: say so
			from, to = roleWord[n.OldRole]+" "+from, roleWord[n.Role]+" "+to
		}
		fmt.Fprintf(tw.w, "  %s -> %s   %s   〔%s〕\n", from, to, what, n.Section.Heading)
		if n.OldSentence != "" || n.Sentence != "" {
			fmt.Fprintf(tw.w, "      旧 %s\n      新 %s\n", tw.style(n.OldSentence, ansiDim), n.Sentence)
		}
	}
}

func (tw *textWriter) terms(title string, ts []Term) {
	if len(ts) == 0 {
		return
	}
	fmt.Fprintln(tw.w)
	fmt.Fprintln(tw.w, tw.style(fmt.Sprintf("== %s (%d)", title, len(ts)), ansiBold))
	var sb strings.Builder
	used := 2
	sb.WriteString("  ")
	for k, t := range ts {
		item := t.Text
		if t.Count > 1 {
			item += fmt.Sprintf("×%d", t.Count)
		}
		n := 0
		for _, r := range item {
			n += cells(r)
		}
		if k > 0 {
			if used+3+n > tw.opt.Width {
				sb.WriteString("\n  ")
				used = 2
			} else {
				sb.WriteString("   ")
				used += 3
			}
		}
		sb.WriteString(item)
		used += n
	}
	fmt.Fprintln(tw.w, sb.String())
}

// htmlPage is the template of WriteHTML. It uses no scripts and no
// external resources.
var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"label":    func(s string) string { return statusLabel[s] },
	"heading":  headingOf,
	"pct":      func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
	"spans":    func(ops []Op) []span { return spans(ops, "") },
	"marked":   replaced,
	"doc":      docLabel,
	"figureIn": figureIn,
	"where": func(hs []string) string {
		out := make([]string, len(hs))
		for k, h := range hs {
			out[k] = h
			if h == "" {
				out[k] = "（开头）"
			}
		}
		return strings.Join(out, "；")
	},
}).Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>对比：{{doc .From}} → {{doc .To}}</title>
<style>
body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;line-height:1.75;color:#1f2328;background:#fff;max-width:60em;margin:2em auto;padding:0 1em}
h1{font-size:1.35em;margin:.2em 0}h2{font-size:1.15em;border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;width:100%;font-size:.95em}td,th{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f6f8fa}
.counts span{display:inline-block;margin:0 1em .3em 0}
.pair{border:1px solid #d0d7de;border-radius:6px;margin:1em 0;padding:.5em .9em}
.pair h3{font-size:1em;margin:.2em 0 .5em}
.badge{display:inline-block;font-size:.8em;border-radius:3px;padding:0 .45em;margin-right:.5em;color:#fff;background:#57606a}
.changed .badge{background:#9a6700}.moved .badge{background:#8250df}.added .badge{background:#1a7f37}.removed .badge{background:#cf222e}.pair .badge.renamed{background:#0969da}
.text{white-space:pre-wrap;word-break:break-all}
del{background:#ffebe9;color:#82071e;text-decoration:line-through}ins{background:#dafbe1;color:#116329;text-decoration:none}
.repl{color:#57606a;margin:0 .2em;font-size:.85em}
.note{color:#57606a;font-size:.9em}
td.fig{white-space:nowrap}td .old{color:#57606a}
.terms span{display:inline-block;background:#f6f8fa;border:1px solid #d0d7de;border-radius:3px;padding:0 .4em;margin:.15em .3em .15em 0}
details>summary{cursor:pointer;color:#57606a}
@media print{ins{text-decoration:underline}ins,del{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
</style>
</head>
<body>
<h1>{{doc .From}}<br>→ {{doc .To}}</h1>
{{with .R.Summary}}<p class="counts"><span>相似度 {{pct .Similarity}}</span><span>未变 {{.Unchanged}}</span><span>修改 {{.Changed}}</span><span>移动 {{.Moved}}</span><span>新增 {{.Added}}</span><span>删除 {{.Removed}}</span><span>更名 {{.Renamed}}</span><span>合并 {{.Merged}}</span><span>拆分 {{.Split}}</span></p>
{{if .ChangedNumbers}}<h2>数字变化（{{len .ChangedNumbers}}）</h2>
<table><tr><th>指标</th><th>原</th><th>新</th><th>原句 / 新句</th><th>章节</th></tr>
{{range .ChangedNumbers}}<tr><td>{{if .Indicator}}{{.Indicator}}{{else}}{{.Context}}{{end}}</td><td class="fig"><del>{{.From}}</del></td><td class="fig"><ins>{{.To}}</ins></td><td><div class="old">旧：{{if .OldSentence}}{{figureIn .OldSentence .From .Indicator "del"}}{{else}}{{.OldContext}}{{end}}</div><div>新：{{if .Sentence}}{{figureIn .Sentence .To .Indicator "ins"}}{{else}}{{.Context}}{{end}}</div></td><td>{{.Section.Heading}}</td></tr>
{{end}}</table>{{end}}{{end}}
{{if .R.NewTerms}}<h2>新提法（{{len .R.NewTerms}}）</h2>
<p class="terms">{{range .R.NewTerms}}<span title="出现于：{{where .Headings}}">{{.Text}}{{if gt .Count 1}} ×{{.Count}}{{end}}</span>{{end}}</p>{{end}}
{{if .R.DroppedTerms}}<h2>不再提及（{{len .R.DroppedTerms}}）</h2>
<p class="terms">{{range .R.DroppedTerms}}<span title="出现于：{{where .Headings}}">{{.Text}}{{if gt .Count 1}} ×{{.Count}}{{end}}</span>{{end}}</p>{{end}}
<h2>逐节对比</h2>
{{range .R.Pairs}}{{if eq .Status "unchanged"}}<details class="pair unchanged"><summary><span class="badge">{{label .Status}}</span>{{heading .To}}</summary>
<div class="text">{{range spans .Diff}}{{.Text}}{{end}}</div></details>
{{else}}<div class="pair {{.Status}}"><h3><span class="badge">{{label .Status}}</span>{{if .Renamed}}<span class="badge renamed">更名</span>{{end}}{{if and .From .To}}{{if ne .From.Heading .To.Heading}}{{heading .From}} → {{end}}{{heading .To}} <span class="note">（相似度 {{pct .Similarity}}）</span>{{else if .To}}{{heading .To}}{{else}}{{heading .From}}{{end}}</h3>
{{if .Related}}<p class="note">{{if eq .Relation "merged_into"}}并入 {{heading .Related}}{{else}}拆自 {{heading .Related}}{{end}}</p>{{end}}
{{if .Rewritten}}<p class="note">改写较多，整段显示。</p>{{end}}
<div class="text">{{range marked .Diff}}{{if eq .Style "del"}}<del>{{.Text}}</del>{{else if eq .Style "ins"}}<ins>{{.Text}}</ins>{{else if eq .Style "repl"}}<span class="repl">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</div></div>
{{end}}{{end}}
<p class="note">由 govreport 生成。删除的文字<del>这样</del>显示，新增的文字<ins>这样</ins>显示。</p>
</body>
</html>
`))

// figureIn returns sentence as HTML with figure marked by tag (del in
// the old sentence, ins in the new), as the compare page marks it: a
// review's sentence lists five figures and more, and the reader looks for
// the one the row is about. The figure is its first whole occurrence (not
// inside a longer number: 增长6%左右 is not the 6%左右 of 增长6.6%左右) from
// the indicator on, else from the start; a sentence without it is left
// unmarked.
func figureIn(sentence, figure, indicator, tag string) template.HTML {
	k := -1
	if i := strings.Index(sentence, indicator); indicator != "" && i >= 0 {
		k = wholeFigure(sentence, figure, i)
	}
	if k < 0 {
		k = wholeFigure(sentence, figure, 0)
	}
	if k < 0 {
		return template.HTML(template.HTMLEscapeString(sentence))
	}
	return template.HTML(template.HTMLEscapeString(sentence[:k]) + "<" + tag + ">" + template.HTMLEscapeString(figure) +
		"</" + tag + ">" + template.HTMLEscapeString(sentence[k+len(figure):]))
}

// wholeFigure returns the byte offset of figure in s at or after from, not
// inside a longer number (no digit or point before it, no digit or point
// after it when it ends in a digit), or -1.
func wholeFigure(s, figure string, from int) int {
	if figure == "" {
		return -1
	}
	digit := func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '.' || r == '．' }
	for k := from; k <= len(s); {
		i := strings.Index(s[k:], figure)
		if i < 0 {
			return -1
		}
		at := k + i
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(figure):])
		last, _ := utf8.DecodeLastRuneInString(figure)
		if !(at > 0 && digit(before)) && !(digit(last) && last != '.' && at+len(figure) < len(s) && digit(after)) {
			return at
		}
		k = at + 1
	}
	return -1
}

// WriteHTML writes r as one self-contained HTML page. from and to are the
// documents compared, for the title; either may be nil.
func WriteHTML(w io.Writer, r *Report, from, to *corpus.Document) error {
	data := struct {
		R        *Report
		From, To *corpus.Document
	}{r, from, to}
	if err := htmlPage.Execute(w, data); err != nil {
		return fmt.Errorf("writing HTML comparison: %w", err)
	}
	return nil
}
