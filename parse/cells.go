package parse

import "github.com/kehoach/kehoach/internal/block"

// cells reads a table written one cell per block between lines that hold
// only "|", as a converter renders Word tables in Markdown: a row ends
// where two "|" lines meet, and the table where a blank line follows a
// cell, or text follows a row that has as many cells as the rows above it
// (the converter writes no blank line after its last row). It starts at
// the opening "|" of line i and returns the index of the line after the
// table.
func (r *textReader) cells(i int) int {
	first := len(r.doc.Paras)
	var rows []block.Row
	var cur []int
	// Past the row limit the cells are only counted, to find where the
	// table ends: over is the line the first row not read starts on,
	// ncur the cells of the row being skipped.
	over, ncur := -1, 0
	i++ // the opening "|"
	for i < r.n {
		if over < 0 && len(cur) == 0 && r.full() {
			over = i
		}
		// One cell: the lines up to the next "|".
		k, filled := -1, false
		if over < 0 {
			k = r.newCell(block.Pos{Offset: r.line(i).off, Line: i + 1, Col: int(r.line(i).col)})
		}
		for i < r.n && r.line(i).text != "|" {
			if !r.line(i).blank && r.line(i).text != "" {
				filled = true
				if k >= 0 {
					r.para(i, k)
				}
			}
			i++
		}
		if k >= 0 {
			r.endCell(k)
		}
		if i >= r.n {
			if filled && k >= 0 {
				cur = append(cur, k)
			}
			break
		}
		if k >= 0 {
			cur = append(cur, k)
		} else {
			ncur++
		}
		i++                                   // the closing "|"
		if i < r.n && r.line(i).text == "|" { // "|" "|": the row ends, the next opens
			if len(cur) > 0 {
				rows = append(rows, r.row(cur))
				r.rowsRead++
			}
			cur, ncur = nil, 0
			i++
			continue
		}
		if i >= r.n || r.ends(i) { // the table ends
			break
		}
		if r.cellEnds(i, len(cur)+ncur >= widest(rows) && len(rows) > 0) {
			break // what follows is not the table's
		}
	}
	if len(cur) > 0 {
		rows = append(rows, r.row(cur))
		r.rowsRead++
	}
	if over >= 0 {
		r.cutRows(over, i)
	}
	r.table(block.Cells, first, rows)
	return i
}

// row makes a row of the given cells.
func (r *textReader) row(cells []int) block.Row {
	return block.Row{Pos: r.doc.Cells[cells[0]].Pos, Cells: cells}
}

// cellEnds reports whether the text from line i, after a cell and not
// after a row, is not a cell of the table but what follows it: a blank
// line comes before the next "|", or that "|" is far, or, when the row
// is as wide as the rows above, not near; or a part of the document
// starts there.
func (r *textReader) cellEnds(i int, whole bool) bool {
	if t := r.line(i).text; isAppendix(t) || isAttachedStart(t) || isTypeLine(t) || isCapsSection(t) || articleMatch(t) != nil {
		return true // a part of the document starts: an appendix, an article
	}
	limit := 40
	if whole {
		limit = 8
	}
	for k := i; k < r.n && k < i+limit; k++ {
		switch {
		case r.line(k).text == "|":
			return false
		case r.ends(k):
			return true
		}
	}
	return true
}

// ends reports whether line i, after a cell, ends the table: it is blank,
// and not an empty cell the converter wrote as emphasis marks ("* *"
// closed by "|"; the same marks followed by text are a paragraph after
// the table).
func (r *textReader) ends(i int) bool {
	l := r.line(i)
	return l.blank && !(l.emph && i+1 < r.n && r.line(i+1).text == "|")
}

// widest returns the number of cells of the widest row.
func widest(rows []block.Row) int {
	w := 0
	for _, r := range rows {
		w = max(w, len(r.Cells))
	}
	return w
}
