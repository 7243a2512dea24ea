package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
)

// Tables written one row a line: Markdown pipe rows ("| 1 | Nội dung |
// ... |") and tab-separated rows ("1\tNội dung\t...").

// isPipeRow reports a line that is a whole Markdown pipe row, with at
// least three cells.
func isPipeRow(t string) bool {
	return len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") >= 4
}

// isTabbedRow reports a line of at least three tab-separated cells that
// does not start with a tab (a Word-table cell line).
func isTabbedRow(l *textLine) bool {
	return l.indent == block.NoIndent && l.tabs
}

// rows reads the run of row lines of one kind that starts at line i, as a
// table.
func (r *textReader) rows(i int) int {
	pipe := isPipeRow(r.line(i).text)
	form := block.Tabbed
	if pipe {
		form = block.Pipe
	}
	first := len(r.doc.Paras)
	var rows []block.Row
	seps := 0 // separator rows read
	for ; i < r.n; i++ {
		l := r.line(i)
		if pipe && !isPipeRow(l.text) || !pipe && !isTabbedRow(l) {
			break
		}
		if r.full() { // the rest of the run is not read
			j := i
			for j < r.n && (pipe && isPipeRow(r.line(j).text) || !pipe && isTabbedRow(r.line(j))) {
				j++
			}
			r.cutRows(i, j)
			i = j
			break
		}
		r.rowsRead++
		if seps > 0 && separatorRow(l.text) {
			// A separator row again: its "---" are not made cells.
			rows = append(rows, block.Row{Pos: block.Pos{Offset: l.off, Line: i + 1, Col: int(l.col)}, Sep: true})
			continue
		}
		row := r.rowLine(i, pipe)
		if row.Sep {
			seps++
		}
		rows = append(rows, row)
	}
	r.table(form, first, rows)
	return i
}

// separatorRow reports a pipe row of Markdown separators and empty cells
// only: "|---|:---:| |".
func separatorRow(t string) bool {
	if strings.Trim(t, "|-: \t") != "" {
		return false
	}
	for t = strings.Trim(t, "|"); t != ""; {
		c, rest, _ := strings.Cut(t, "|")
		if c = vntext.TrimSpace(c); c != "" && !isSeparatorCell(c) {
			return false
		}
		t = rest
	}
	return true
}

// rowLine splits line i into the cells of one row.
func (r *textReader) rowLine(i int, pipe bool) block.Row {
	l := r.line(i)
	raw := r.doc.Lines[i]
	t, sep, base := raw, byte('\t'), 0
	if pipe {
		// The cells of the text (emphasis taken off), placed in the raw
		// line where the text is found in it.
		t, sep = l.text[1:len(l.text)-1], '|'
		if k := strings.Index(raw, l.text); k >= 0 {
			base = k + 1
		}
	}
	row := block.Row{Pos: block.Pos{Offset: l.off, Line: i + 1, Col: int(l.col)}}
	if strings.Trim(t, "| \t") == "" { // "| | |": no text, no cells to make
		row.Sep = true
		return row
	}
	allSep := true
	off, runes := 0, 0 // counted on: a row of many cells stays linear
	for start := base; ; {
		c, rest, more := strings.Cut(t, string(sep))
		lead := len(c) - len(vntext.TrimLeftSpace(c))
		text := stripEmphasis(vntext.TrimSpace(c))
		at := min(max(start+lead, off), len(raw))
		runes += utf8.RuneCountInString(raw[off:at])
		off = at
		k := r.newCell(block.Pos{Offset: l.base() + at, Line: i + 1, Col: runes + 1})
		if text != "" {
			r.cellPara(i, at, runes+1, text, k)
		}
		r.endCell(k)
		row.Cells = append(row.Cells, k)
		allSep = allSep && (text == "" || isSeparatorCell(text))
		if !more {
			break
		}
		start += len(c) + 1
		t = rest
		if len(row.Cells) == r.maxCells {
			// The limit: the rest of the line is reported, unless it
			// holds nothing but separators.
			if strings.Trim(t, "|\t :-") != "" {
				at := min(start, len(raw))
				pos := block.Pos{Offset: l.base() + at, Line: i + 1, Col: runes + utf8.RuneCountInString(raw[off:at]) + 1}
				r.cuts = append(r.cuts, cutRow{pos: pos, max: r.maxCells, bytes: len(t)})
			}
			break
		}
	}
	row.Sep = allSep
	if allSep { // "|---|---|": no text to keep
		for _, k := range row.Cells {
			c := &r.doc.Cells[k]
			c.Text = ""
		}
	}
	return row
}

var reSeparatorCell = regexp.MustCompile(`^:?-{3,}:?$`)

// isSeparatorCell reports a cell of a Markdown separator row: "---",
// ":---:".
func isSeparatorCell(c string) bool { return reSeparatorCell.MatchString(c) }
