package corpus

// Tables saved one cell a line
//
// A scraper that flattens an HTML table, or a copy from a page, often
// leaves each cell on a line of its own, closed by the table's bar or
// with a bar alone between two cells:
//
//	指标 |                 |
//	单位 |                 指标
//	2031年目标 |           |
//	地区生产总值增长 |     单位
//	% |                    |
//	6左右 |                …
//
// Read as text, such lines are short lines that a wrap repair joins
// (% 5.8 6左右 -> %5.86左右: two figures made one), a lone 7 a page
// number that goes, and a category cell (一、经济发展) a heading. rowCells
// gives the table back its rows, written with bars between the cells as
// a table drawn with them is (isPipeRow: a line of its own, never a
// heading).

import (
	"strings"
	"unicode/utf8"
)

// tableFigureRe matches a figure cell: a number with its percent or a
// qualifier (6左右, 5.5%, 3以上), or the dash or slash of an empty cell.
var tableFigureRe = mustLitRe(`^(?:[-+]?[0-9][0-9.,]*\s*(?:%|‰|个百分点)?\s*(?:左右|以上|以内|以下)?|[/／—–-]{1,2})$`)

// cellOf returns the cell a line holds when it can be one cell of a table
// saved one cell a line: at most 20 characters, no sentence or clause mark
// in it, the bar that closes it taken off. bar reports a line that is only
// a bar (the border between two cells).
func cellOf(l string) (cell string, ok, bar bool) {
	t := strings.TrimSpace(l)
	if t == "|" || t == "｜" {
		return "", true, true
	}
	cell = strings.TrimSpace(strings.TrimRight(t, "|｜ "))
	if cell == "" || strings.ContainsAny(cell, "|｜。！？；，：:;,") || utf8.RuneCountInString(cell) > 20 {
		return "", false, false
	}
	return cell, true, false
}

// serialCell reports whether c is a row's number in a 序号 column.
func serialCell(c string) bool {
	return len(c) <= 3 && strings.Trim(c, "0123456789") == ""
}

// rowCells rewrites each run of lines that are a table's cells, one a
// line (cellOf), as the table's rows. A run is a table when it holds eight
// cells or more, three of them figures (tableFigureRe) and a fifth of
// them at least (a row of a label, a unit and one figure has a third). A row starts at a label after a figure, at a category
// cell that carries a heading's number (一、经济发展, a row of one cell), and,
// under a 序号 column, at a row's number after a figure or a category.
// The rows must say how many columns the table has: the length most rows
// have, which the header is too; the short lines before the header (a
// table's caption, 附表) stay lines of their own. A run whose rows do not
// agree stays as it is.
func rowCells(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) {
			if _, ok, _ := cellOf(lines[j]); !ok {
				break
			}
			j++
		}
		if j == i {
			out = append(out, lines[i])
			i++
			continue
		}
		if rows, ok := tableRows(lines[i:j]); ok {
			out = append(out, rows...)
		} else {
			out = append(out, lines[i:j]...)
		}
		i = j
	}
	return out
}

// tableRows returns the lines of run (all cells or bars) as a table's
// rows, or ok false when run is no table or its rows do not agree.
func tableRows(run []string) ([]string, bool) {
	var cells []string
	figures := 0
	for _, l := range run {
		if c, _, bar := cellOf(l); !bar {
			cells = append(cells, c)
			if tableFigureRe.MatchString(c) {
				figures++
			}
		}
	}
	if len(cells) < 8 || figures < 3 || 5*figures < len(cells) {
		return nil, false
	}
	serial := false
	var rows [][]string
	rowFigure := false // the row has a figure other than its number
	for k, c := range cells {
		fig := tableFigureRe.MatchString(c)
		prev := ""
		if k > 0 {
			prev = cells[k-1]
		}
		category := !fig && headingMarker(c) != nil
		start := k == 0 || category ||
			!fig && rowFigure ||
			serial && serialCell(c) && (rowFigure || headingMarker(prev) != nil)
		if start {
			rows = append(rows, nil)
			rowFigure = false
		}
		n := len(rows) - 1
		rows[n] = append(rows[n], c)
		if c == "序号" && n == 0 {
			serial = true
		}
		if fig && !(serial && serialCell(c) && len(rows[n]) == 1) {
			rowFigure = true
		}
		if category {
			// a category's row is its cell alone
			rows = append(rows, nil)
			rowFigure = false
		}
	}
	return writeRows(rows)
}

// writeRows writes rows with bars between their cells once the data rows
// agree on the number of columns; rows[0] holds the header, with the
// first data row and the lines before the header (a caption) when no
// figure came between them.
func writeRows(rows [][]string) ([]string, bool) {
	count := map[int]int{}
	data := 0
	for _, r := range rows[1:] {
		if len(r) > 1 {
			count[len(r)]++
			data++
		}
	}
	k, most := 0, 0
	for n, c := range count {
		if c > most || c == most && n > k {
			k, most = n, c
		}
	}
	if k < 2 || data < 2 || 3*most < 2*data {
		return nil, false
	}
	var out []string
	head := rows[0]
	switch {
	case len(head) >= 2*k:
		// the lines before the header, the header, the first data row
		out = append(out, head[:len(head)-2*k]...)
		out = append(out, strings.Join(head[len(head)-2*k:len(head)-k], " | "), strings.Join(head[len(head)-k:], " | "))
	case len(head) >= k:
		out = append(out, head[:len(head)-k]...)
		out = append(out, strings.Join(head[len(head)-k:], " | "))
	default:
		return nil, false
	}
	for _, r := range rows[1:] {
		switch len(r) {
		case 0:
		case 1:
			// a category's row: its cell, then the empty cells that
			// make it a row (isPipeRow)
			out = append(out, strings.TrimRight(r[0]+strings.Repeat(" | ", k-1), " "))
		default:
			out = append(out, strings.Join(r, " | "))
		}
	}
	return out, true
}

// spaceRunRe matches the spaces that part two cells of a table set with
// spaces: two or more, or a full-width one.
var spaceRunRe = mustLitRe(`(?:[ \x{00a0}]{2,}|\x{3000})[ \x{00a0}\x{3000}]*`)

// markCellSpaces marks the cells of a table whose columns a PDF's text
// layer (pdftotext -layout) or a yearbook page set apart with runs of
// spaces (地区生产总值   亿元   3125.6   5.9): two lines or more in a row of
// three cells or more (isSpaceRow), two of them with a figure. The runs
// become cellTab, as a tab table's are (markCellTabs); read as text the
// spaces went and the cells ran together (地区生产总值亿元 3125.6).
func markCellSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\u3000") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); {
		j, figures := i, 0
		for j < len(lines) {
			ok, fig := isSpaceRow(lines[j])
			if !ok {
				break
			}
			if fig {
				figures++
			}
			j++
		}
		if j-i >= 2 && figures >= 2 {
			for k := i; k < j; k++ {
				lines[k] = spaceRunRe.ReplaceAllString(strings.Trim(lines[k], " \t\r\u3000\u00a0"), cellTab)
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return strings.Join(lines, "\n")
}

// isSpaceRow reports whether l reads as a table's row set with spaces:
// three cells or more, each at most 30 characters, none ending a sentence,
// not all of one character (a title spaced out, 政  府  工  作), and
// whether a cell of it is a figure (tableFigureRe).
func isSpaceRow(l string) (row, figure bool) {
	cells := spaceRunRe.Split(strings.Trim(l, " \t\r\u3000\u00a0"), -1)
	if len(cells) < 3 {
		return false, false
	}
	long := false
	for _, c := range cells {
		n := utf8.RuneCountInString(c)
		if c == "" || n > 30 || strings.ContainsAny(c, "。！？；，") {
			return false, false
		}
		long = long || n > 1
		figure = figure || tableFigureRe.MatchString(c)
	}
	return long, figure
}
