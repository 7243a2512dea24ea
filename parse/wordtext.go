package parse

import "github.com/kehoach/kehoach/internal/block"

// wordText reads the text Word and Apache Tika write for a Word table, as
// in the seed: each cell on its own line after a tab, rows separated by
// blank lines, a row starting with its number (" \t1." or "\t1."). A line
// that starts with a space and a tab starts a row even without a number
// (a page break inside the table; the row lost its number). The table
// ends at the first line that is not a cell, or a cell that continues no
// row. It starts at line i and returns the index of the line after it.
func (r *textReader) wordText(i int) int {
	first := len(r.doc.Paras)
	rows := make([]block.Row, 0, 16)
	// The cells of the rows, in one array; cur is the row being read,
	// nil after a blank line.
	all := make([]int, 0, 64)
	var cur []int
	flush := func() {
		if len(cur) > 0 {
			rows = append(rows, r.row(cur[:len(cur):len(cur)]))
		}
		cur = nil
	}
	for ; i < r.n; i++ {
		l := r.line(i)
		if l.blank || l.text == "" {
			if l.blank {
				flush()
			}
			continue
		}
		if l.indent == block.NoIndent {
			break
		}
		starts := isRowNumber(l.text) && (l.indent == block.SpaceTab || cur == nil) || l.indent == block.SpaceTab
		if !starts && cur == nil {
			break // a cell that belongs to no row
		}
		if starts && r.full() { // the rest is not read
			j := r.skipWordText(i)
			r.cutRows(i, j)
			i = j
			break
		}
		if starts {
			flush()
			r.rowsRead++
		}
		k := r.newCell(block.Pos{Offset: l.off, Line: i + 1, Col: int(l.col)})
		r.para(i, k)
		r.endCell(k)
		if len(all) == cap(all) {
			all = make([]int, 0, 2*cap(all)) // the rows read keep the old array
			cur = append(all, cur...)
			all = cur
		}
		all = append(all, k)
		cur = all[len(all)-len(cur)-1:]
	}
	flush()
	// Blank lines at the end belong to the flow: the paragraph after the
	// table starts after a gap.
	if i > 0 && r.line(i-1).blank {
		r.gap = true
	}
	r.table(block.WordText, first, rows)
	return i
}

// skipWordText returns the line after the Word-text table whose row
// starts at line i, as wordText would read it.
func (r *textReader) skipWordText(i int) int {
	open := false // a row is being read: no blank line since its start
	for ; i < r.n; i++ {
		l := r.line(i)
		if l.blank || l.text == "" {
			open = open && !l.blank
			continue
		}
		if l.indent == block.NoIndent {
			break
		}
		starts := isRowNumber(l.text) && (l.indent == block.SpaceTab || !open) || l.indent == block.SpaceTab
		if !starts && !open {
			break
		}
		open = true
	}
	return i
}
