package parse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// readTable reads a table of a plan: its header row, group rows
// ("I. HOÀN THIỆN THỂ CHẾ") that open sections, and task rows, each
// starting with its number. The columns of a header hold for the tables
// of the plan after it, until another header; a table without one reads
// its columns from its cells (see guessColumns).
func (s *state) readTable(pb *planBuilder, t *block.Table) {
	cols := pb.columns
	if t.Form == block.Cells {
		cols = nil // a converter's table: its own header, or the seed's columns
	}
	texts := make([]string, 0, 8)
	var header *block.Row // the header row this table has, if any
	tasks := len(pb.rows)
	// Room for the table's rows and cells, most of which are tasks.
	cells := 0
	for _, row := range t.Rows {
		cells += len(row.Cells)
	}
	pb.rows = slices.Grow(pb.rows, len(t.Rows))
	s.reserveCells(cells)
	for ri, row := range t.Rows {
		if row.Sep {
			s.takeRow(row, rdTable)
			continue
		}
		texts = texts[:0]
		for _, c := range row.Cells {
			texts = append(texts, s.src.Cells[c].Text)
		}
		if cols == nil && t.Form != block.WordText {
			if c, ok := s.headerColumns(texts); ok {
				cols = c
				pb.columns = c
				pb.pl.Columns = slices.Clone(texts)
				s.takeRow(row, rdTable)
				header = &t.Rows[ri]
				continue
			}
		}
		first := strings.TrimSuffix(vntext.TrimSpace(texts[0]), ".")
		no, isNo := rowNumber(first)
		switch {
		case isNo && (len(texts) > 1 || t.Form == block.WordText):
			r := s.tableRow(pb, row.Cells[1:], cols, t.Form)
			r.no, r.pos = no, s.src.Cells[row.Cells[0]].Pos
			pb.rows = append(pb.rows, r)
			s.takeRow(row, rdTable)
		case t.Form == block.WordText:
			// A row that lost its number: the numbering may tell it.
			r := s.tableRow(pb, row.Cells, cols, t.Form)
			r.pos = s.src.Cells[row.Cells[0]].Pos
			pb.rows = append(pb.rows, r)
			s.takeRow(row, rdTable)
		case reRoman.MatchString(texts[0]) && isGroupRow(texts):
			m := reRoman.FindStringSubmatch(texts[0])
			title := m[2]
			for _, c := range texts[1:] {
				if title == "" && c != "" {
					title = c
				}
			}
			pb.addSection(m[1], title, 1, s.src.Cells[row.Cells[0]].Pos)
			s.takeRow(row, rdTable)
		case t.Form == block.Cells:
			for _, k := range row.Cells {
				c := &s.src.Cells[k]
				if c.Text != "" && !s.cellTaken(c) {
					s.diag(c.Pos, plan.Warning, CodeTableRow, "table row not read as a task: %s", quote(c.Text)).Len = runes(c.Text)
				}
				s.claims.takeRange(c.First, c.End, rdDiagnostic)
			}
		}
		// Other rows stay unclaimed: their cells are reported as not
		// understood.
	}
	if header != nil && len(pb.rows) == tasks {
		s.diag(header.Pos, plan.Error, CodeTableNoTasks, "task table with no task: no row under its header starts with a number").Err = ErrNoTasks
	}
}

// tableRow makes a task row of the given cells.
func (s *state) tableRow(pb *planBuilder, cells []int, cols []column, form block.Form) taskRow {
	r := taskRow{section: pb.section, cols: cols, cells: s.newCells(len(cells))}
	for _, k := range cells {
		c := &s.src.Cells[k]
		// A cell joined from several lines is not in one line.
		r.cells = append(r.cells, rowCell{text: c.Text, pos: c.Pos, online: c.End-c.First == 1})
	}
	if r.cols == nil {
		switch form {
		case block.Pipe, block.Tabbed:
			texts := make([]string, len(r.cells))
			for i, c := range r.cells {
				texts[i] = c.text
			}
			r.cols = s.guessColumns(texts)
		default:
			r.cols = seedColumns
		}
	}
	return r
}

// takeRow claims the paragraphs of a row.
func (s *state) takeRow(row block.Row, r reader) {
	for _, k := range row.Cells {
		c := &s.src.Cells[k]
		s.claims.takeRange(c.First, c.End, r)
	}
}

// cellTaken reports whether every paragraph of c was taken (by the
// decision's readers, for a layout table).
func (s *state) cellTaken(c *block.Cell) bool {
	for k := c.First; k < c.End; k++ {
		if !s.claims.taken(k) {
			return false
		}
	}
	return true
}

// isTaskTable reports whether a table holds tasks, rather than laying out
// a page (the issuer beside the motto, the signer beside the
// recipients): a header row that names the columns of tasks, or a row
// that starts with its number.
func (s *state) isTaskTable(t *block.Table) bool {
	if t.Form == block.WordText {
		return true
	}
	texts := make([]string, 0, 8)
	for _, row := range t.Rows {
		texts = texts[:0]
		for _, c := range row.Cells {
			texts = append(texts, s.src.Cells[c].Text)
		}
		if len(texts) == 0 || row.Sep {
			continue
		}
		if _, ok := s.headerColumns(texts); ok {
			return true
		}
		if isRowNumber(strings.TrimSuffix(vntext.TrimSpace(texts[0]), ".")) && len(texts) > 1 {
			return true
		}
	}
	return false
}

var reRoman = regexp.MustCompile(`^([IVXL]+)\.?\s*(.*)$`)

// isGroupRow reports whether a row whose first cell is a Roman numeral is
// a group heading: its text in capitals, alone in the row, or repeated in
// every cell (as HTML converters write a cell spanning the row).
func isGroupRow(cells []string) bool {
	m := reRoman.FindStringSubmatch(cells[0])
	if isCaps(m[2] + " " + strings.Join(cells[1:], " ")) {
		return true
	}
	var texts []string
	for _, c := range cells[1:] {
		if c != "" {
			texts = append(texts, c)
		}
	}
	if len(texts) == 0 {
		return m[2] != ""
	}
	for _, t := range texts[1:] {
		if t != texts[0] {
			return false
		}
	}
	return m[2] == "" || m[2] == texts[0]
}
