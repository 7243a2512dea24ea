package parse

import "github.com/kehoach/kehoach/internal/block"

// cells reads a table written one cell per block between lines that hold
// only "|", as a converter renders Word tables in Markdown: a row ends
// where two "|" lines meet, and the table where a blank line follows a
// cell. It starts at the opening "|" of line i and returns the index of
// the line after the table.
func (r *textReader) cells(i int) int {
	first := len(r.doc.Paras)
	var rows []block.Row
	var cur []int
	i++ // the opening "|"
	for i < len(r.lines) {
		// One cell: the lines up to the next "|".
		k := r.newCell(block.Pos{Offset: r.lines[i].off, Line: i + 1, Col: int(r.lines[i].col)})
		for i < len(r.lines) && r.lines[i].text != "|" {
			if !r.lines[i].blank && r.lines[i].text != "" {
				r.para(i, k)
			}
			i++
		}
		r.endCell(k)
		if i >= len(r.lines) {
			if r.doc.Cells[k].End > r.doc.Cells[k].First {
				cur = append(cur, k)
			}
			break
		}
		cur = append(cur, k)
		i++                                             // the closing "|"
		if i < len(r.lines) && r.lines[i].text == "|" { // "|" "|": the row ends, the next opens
			rows = append(rows, r.row(cur))
			cur = nil
			i++
			continue
		}
		if i >= len(r.lines) || r.lines[i].blank { // the table ends
			break
		}
	}
	if len(cur) > 0 {
		rows = append(rows, r.row(cur))
	}
	r.table(block.Cells, first, rows)
	return i
}

// row makes a row of the given cells.
func (r *textReader) row(cells []int) block.Row {
	return block.Row{Pos: r.doc.Cells[cells[0]].Pos, Cells: cells}
}
