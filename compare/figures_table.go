package compare

// Table rows
//
// The reader writes a table's row as its cells with bars between them
// (地区生产总值增长 | % | 6左右 | 5.5左右), its header row first (指标 |
// 单位 | 2031年完成 | 2032年目标). A figure in such a row measures what
// the row's label names, in the unit of its unit cell, and is what its
// column's header says: a target or a result. Read as text, the label
// kept the bars and the unit cell (地区生产总值增长|%|), the figure lost
// its unit (6左右), and a row that a sentence states too (全县生产总值
// 增长6%左右) came twice in the changed figures.

import (
	"strings"
	"unicode/utf8"
)

// A tableCell is where a figure sits in a row of a table.
type tableCell struct {
	label  string // the row's label: its first cell that names a thing
	unit   string // its unit cell (%, 亿元, 万人), "" if none
	header string // its column's header, "" if the row is the table's first
}

// pipeRow reports whether line is a table row as the reader writes it:
// two bars with spaces around them, or one and a bar closing the row.
func pipeRow(line string) bool {
	n := strings.Count(line, " | ")
	return n >= 2 || n == 1 && strings.HasSuffix(line, " |")
}

// lineAt returns the bounds of the line of s that holds byte i.
func lineAt(s string, i int) (start, end int) {
	start = strings.LastIndexByte(s[:i], '\n') + 1
	end = len(s)
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		end = i + j
	}
	return start, end
}

// cellOf returns the cell of a table row that holds the figure at
// s[start:], ok false if its line is no row.
func cellOf(s string, start int) (c tableCell, ok bool) {
	ls, le := lineAt(s, start)
	if !pipeRow(s[ls:le]) {
		return c, false
	}
	col := strings.Count(s[ls:start], "|")
	cells := strings.Split(s[ls:le], "|")
	for _, cell := range cells[:col] {
		cell = strings.TrimSpace(cell)
		switch {
		case unitCell(cell):
			if c.unit == "" {
				c.unit = cell
			}
		case c.label == "" && len(letters(cell)) >= 2 && len(quantities(cell, 0)) == 0:
			c.label = cell
		}
	}
	// the header is the first row of the run of rows the figure is in
	top := ls
	for top > 0 {
		ps, _ := lineAt(s, top-1)
		if !pipeRow(s[ps : top-1]) {
			break
		}
		top = ps
	}
	if top < ls {
		_, te := lineAt(s, top)
		if hs := strings.Split(s[top:te], "|"); col < len(hs) {
			c.header = strings.TrimSpace(hs[col])
		}
	}
	return c, true
}

// unitCell reports whether a cell holds a unit alone (%, 亿元, 万人).
func unitCell(cell string) bool {
	if cell == "" || utf8.RuneCountInString(cell) > 6 {
		return false
	}
	qs := quantities("1"+cell, 0)
	return len(qs) == 1 && qs[0].text == "1"+cell && qs[0].Unit != ""
}

// withUnit returns q read again with the unit of its row's unit cell
// (6左右 and % give 6%左右), or q if that reads no one figure.
func withUnit(q quantity, unit string) quantity {
	num, qual := q.text, ""
	for _, sq := range suffixQuals {
		if rest, ok := strings.CutSuffix(num, sq.s); ok {
			num, qual = rest, sq.s
			break
		}
	}
	text := num + unit + qual
	qs := quantities(text, 0)
	if len(qs) != 1 || qs[0].text != text {
		return q
	}
	r := qs[0]
	r.start, r.end = q.start, q.end
	return r
}

// headerRole returns the role a column's header gives its figures
// (2032年目标, 预期: a target; 2031年完成, 实际: a result), "" if none.
func headerRole(header string) string {
	switch {
	case containsAnyOf(header, []string{"目标", "预期", "计划"}):
		return RoleTarget
	case containsAnyOf(header, []string{"完成", "实际", "执行", "实绩"}):
		return RoleResult
	}
	return ""
}

// restatedRows marks as no change the figures of table rows that a
// sentence of the same document states too, with a like indicator (the
// targets' table after the report that lists them): the sentence's
// figure is the one listed.
func (sf *sectionFigures) restatedRows(pfs []pairFigures, unchanged map[figKey]bool) {
	for _, pf := range pfs {
		for side, figs := range [2][]fig{pf.old, pf.new} {
			p := pf.p.from
			if side == 1 {
				p = pf.p.to
			}
			for k, f := range figs {
				if f.row && sf.statedInText(f, side) {
					unchanged[figKey{p, k}] = true
				}
			}
		}
	}
}

// statedInText reports whether a figure outside table rows of the old
// (side 0) or new document equals f, with a like indicator.
func (sf *sectionFigures) statedInText(f fig, side int) bool {
	for _, p := range sf.docs[side] {
		for _, g := range sf.of[p].figs {
			if !g.row && g.Quantity.equal(f.Quantity) && sf.w.similarity(f.grams, g.grams) >= FigureFloor {
				return true
			}
		}
	}
	return false
}
