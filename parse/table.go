package parse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// readTable reads a table of a plan. The rows above the first numbered row
// are its header, perhaps over two or three rows; the header's words and
// the cells decide the columns (assignColumns). Below it: task rows, each
// starting with its number; group rows ("I. HOÀN THIỆN THỂ CHẾ", or a
// title alone in its row) that open sections; the header repeated; rows
// that continue the task above them after a page break; and rows of
// column numbers or totals, which hold nothing to keep. A table without a
// header of its own continues the columns of the plan's last table of its
// width.
func (s *state) readTable(pb *planBuilder, t *block.Table) {
	if t.Form == block.WordText {
		s.readWordTable(pb, t)
		return
	}
	g := s.grid(t)
	if len(g) == 0 {
		return
	}
	first := s.firstData(g)
	hdr := s.headerOf(g[:first])
	var names []string
	switch {
	case hdr != nil:
		names = hdr.names
	case pb.names != nil && pb.width == g.width():
		names = pb.names // the table goes on after a page break or a heading
	}
	if what := procedureTable(names, g[min(first, len(g)-1):]); what != "" {
		s.readProcedure(pb, g, what, g[0].pos)
		return
	}
	var samples [][]string
	for _, r := range g[first:] {
		if _, ok := r.number(); ok {
			samples = append(samples, r.texts[1:])
		}
	}
	pos := g[0].pos
	if hdr != nil {
		pos = hdr.pos
	}
	cols := s.assignColumns(names, spread(samples, columnSamples), pos, hdr != nil)
	if len(samples) > 0 && !has(cols, RoleLead) && !has(cols, RolePartners) && !has(cols, RoleDeadline) {
		// No column of units nor of times, by header or by cells: a list
		// of places, of criteria, not of tasks.
		s.readProcedure(pb, g, "a list with no units nor times", g[0].pos)
		return
	}
	if hdr != nil {
		pb.pl.Columns = slices.Clone(hdr.cells)
		for _, r := range g[:first] {
			s.takeRow(r.cells, rdTable)
		}
		pb.names, pb.width = names, g.width()
	}
	year := headerYear(names, cols)
	tasks := len(pb.rows)
	pb.rows = slices.Grow(pb.rows, min(len(g)-first, max(s.maxTasks-s.tasksBefore(pb), 0)))
	for i := first; i < len(g) && !s.stopped(); i++ {
		r := &g[i]
		if s.tasksCut || s.tasksBefore(pb) >= s.maxTasks {
			s.tooManyTasks(r.pos, g[len(g)-1].pos.Line) // the rest of the table is not read
			for _, r := range g[i:] {
				s.takeRow(r.cells, rdDiagnostic)
			}
			break
		}
		switch {
		case r.empty():
			s.takeRow(r.cells, rdTable)
		case isColumnNumbers(r.texts) || hdr != nil && hdr.repeats(r.texts):
			s.takeRow(r.cells, rdTable)
		default:
			s.tableRow(pb, g, i, cols, year, t.Form)
		}
	}
	if hdr != nil && len(pb.rows) == tasks && !pb.catalogue {
		s.diag(hdr.pos, plan.Error, CodeTableNoTasks, "task table with no task: no row under its header starts with a number").Err = ErrNoTasks
	}
}

// tableRow reads row i of a table.
func (s *state) tableRow(pb *planBuilder, g grid, i int, cols []column, year int, form block.Form) {
	r := &g[i]
	no, numbered := r.number()
	switch {
	case numbered && isSubgroup(g, i):
		pb.addSection(no, r.title(), 2, r.pos)
		s.takeRow(r.cells, rdTable)
	case numbered:
		tr := s.taskRowOf(pb, r, 1, cols, form)
		tr.no, tr.year = no, year
		pb.rows = append(pb.rows, tr)
		s.takeRow(r.cells, rdTable)
	case isGroupRow(r.texts):
		m := reRoman.FindStringSubmatch(r.firstText())
		title := m[2]
		if title == "" {
			title = r.title()
		}
		pb.addSection(m[1], title, 1, r.pos)
		s.takeRow(r.cells, rdTable)
	case form == block.Native && betweenNumbered(g, i):
		// A real table's row whose number was lost between two rows
		// numbered n and n+2: numbered n+1 when the tasks are assembled.
		tr := s.taskRowOf(pb, r, 1, cols, form)
		tr.lost = true
		pb.rows = append(pb.rows, tr)
		s.takeRow(r.cells, rdTable)
	case s.continues(pb, g, i):
		last := &pb.rows[len(pb.rows)-1]
		for j, k := range r.cells[1:] {
			text := s.src.Cells[k].Text
			if text == "" || j >= len(last.cells) || strings.HasSuffix(last.cells[j].text, text) {
				continue
			}
			last.cells[j].text += " " + text
			last.cells[j].online = false
		}
		s.diag(r.pos, plan.Info, CodeContinuation, "row without a number read as the continuation of task %s", last.no)
		s.takeRow(r.cells, rdTable)
	case r.title() != "" && r.filled() == 1:
		pb.addSection("", r.title(), 1, r.pos) // a title alone in its row
		s.takeRow(r.cells, rdTable)
	case isTotal(r.firstText()):
		s.diag(r.pos, plan.Info, CodeTableRow, "row of totals: %s", quote(r.firstText()))
		s.takeRow(r.cells, rdTable)
	case form == block.Cells:
		for _, k := range r.cells {
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

// taskRowOf makes a task row of the cells of r from index from. A row a
// converter wrote short, without the cells merged with the row above,
// takes those cells from the task above it.
func (s *state) taskRowOf(pb *planBuilder, r *gridRow, from int, cols []column, form block.Form) taskRow {
	tr := taskRow{section: pb.section, cols: cols, pos: r.pos}
	cells := r.cells[from:]
	// Empty cells past the columns hold nothing to keep: a row written
	// with many trailing separators costs its columns, not its cells.
	if n := len(cells); n > len(cols) && s.src.Cells[cells[n-1]].Text == "" {
		for len(cells) > len(cols) && s.src.Cells[cells[len(cells)-1]].Text == "" {
			cells = cells[:len(cells)-1]
		}
		s.diag(r.pos, plan.Warning, CodeExtraCell, "row has %d empty cells past its %d columns, not kept", n-len(cells), len(cols))
	}
	tr.cells = s.newCells(max(len(cells), len(cols)))
	for _, k := range cells {
		c := &s.src.Cells[k]
		tr.cells = append(tr.cells, rowCell{text: c.Text, pos: c.Pos, online: c.End-c.First == 1})
	}
	if form == block.Cells && len(tr.cells) < len(cols) && len(pb.rows) > 0 {
		above := &pb.rows[len(pb.rows)-1]
		if len(above.cells) == len(cols) {
			tr.cells = append(tr.cells, above.cells[len(tr.cells):]...)
			s.diag(r.pos, plan.Info, CodeMergedCells, "row has %d of %d cells: the others taken from the row above, as merged", len(r.cells)-from, len(cols))
		}
	}
	return tr
}

// continues reports whether row i, without a number, continues the task
// above it across a page break: the row above is a task whose text does
// not end as a sentence ends, or the row's text starts in lower case.
func (s *state) continues(pb *planBuilder, g grid, i int) bool {
	if i == 0 || len(pb.rows) == 0 {
		return false
	}
	if _, ok := g[i-1].number(); !ok {
		return false
	}
	r := &g[i]
	if r.firstText() != "" && len(r.texts) > 1 && r.texts[0] != "" {
		return false // the first cell holds text of its own
	}
	last := &pb.rows[len(pb.rows)-1]
	prev := ""
	for j, c := range last.cols {
		if c.role == RoleContent && j < len(last.cells) {
			prev = last.cells[j].text
		}
	}
	t := r.title()
	return startsLower(t) || prev != "" && !endsSentence(prev)
}

// readWordTable reads the text Word and Tika write for a table (the seed's
// rendering), as rows of the seed's five columns: a row without its number
// is numbered from the rows around it, or its cells reported.
func (s *state) readWordTable(pb *planBuilder, t *block.Table) {
	for i, row := range t.Rows {
		if s.stopped() {
			return
		}
		if s.tasksCut || s.tasksBefore(pb) >= s.maxTasks {
			s.tooManyTasks(row.Pos, t.Rows[len(t.Rows)-1].Pos.Line)
			for _, row := range t.Rows[i:] {
				s.takeRow(row.Cells, rdDiagnostic)
			}
			return
		}
		cells := row.Cells
		tr := taskRow{section: pb.section, cols: seedColumns, lost: true}
		first := s.src.Cells[cells[0]]
		if no, ok := rowNumber(strings.TrimSuffix(vntext.TrimSpace(first.Text), ".")); ok {
			tr.no, tr.lost, cells = no, false, cells[1:]
		}
		tr.pos = first.Pos
		tr.cells = s.newCells(len(cells))
		for _, k := range cells {
			c := &s.src.Cells[k]
			tr.cells = append(tr.cells, rowCell{text: c.Text, pos: c.Pos, online: c.End-c.First == 1})
		}
		pb.rows = append(pb.rows, tr)
		s.takeRow(row.Cells, rdTable)
	}
}

// betweenNumbered reports whether row i of g has an empty number cell and
// text, and stands between a row numbered n and the next numbered row,
// n+2.
func betweenNumbered(g grid, i int) bool {
	r := &g[i]
	if i == 0 || len(r.texts) < 2 || r.texts[0] != "" || r.filled() == 0 {
		return false
	}
	prev, ok := g[i-1].number()
	p, ok2 := atoi(prev)
	if !ok || !ok2 {
		return false
	}
	for j := i + 1; j < len(g); j++ {
		if no, ok := g[j].number(); ok {
			n, ok := atoi(no)
			return ok && n == p+2
		}
	}
	return false
}

// hasNumberedRow reports whether a row of g starts with its number.
func hasNumberedRow(g grid) bool {
	for i := range g {
		if _, ok := g[i].number(); ok {
			return true
		}
	}
	return false
}

// takeRow claims the paragraphs of a row's cells.
func (s *state) takeRow(cells []int, r reader) {
	for _, k := range cells {
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
// recipients): a header that names the columns of tasks, or a row that
// starts with its number.
func (s *state) isTaskTable(t *block.Table) bool {
	if t.Form == block.WordText {
		return true
	}
	g := s.grid(t)
	first := s.firstData(g)
	if t.Form == block.Native && first < len(g) && s.headerOf(g[:first]) == nil {
		// A real table (Word, HTML) is a page's layout unless a row is
		// numbered: long cells alone (the recipients beside the signer)
		// are not tasks.
		return slices.ContainsFunc(g, func(r gridRow) bool { _, ok := r.number(); return ok })
	}
	return first < len(g) || s.headerOf(g) != nil
}

var reRoman = regexp.MustCompile(`^([IVXL]+|[A-Z])(?:\.\s*|\s+|$)(.*)$`)

// isGroupRow reports whether a row is a group heading: a Roman numeral or
// a capital letter in its first text, and a title in capitals, alone in
// the row, or repeated in every cell (as HTML converters write a cell
// spanning the row).
func isGroupRow(cells []string) bool {
	k := 0
	for k < len(cells)-1 && cells[k] == "" {
		k++
	}
	m := reRoman.FindStringSubmatch(cells[k])
	if m == nil {
		return false
	}
	rest := cells[k+1:]
	if isCaps(m[2] + " " + strings.Join(rest, " ")) {
		return true
	}
	var texts []string
	for _, c := range rest {
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

// columnSamples is the most rows whose cells decide a table's columns:
// enough to weigh what the cells hold, so that a table of many rows costs
// its length once and not once more for each of its cells' tests.
const columnSamples = 1000

// spread returns at most n of rows, evenly spread over them.
func spread(rows [][]string, n int) [][]string {
	if len(rows) <= n {
		return rows
	}
	out := make([][]string, n)
	for i := range out {
		out[i] = rows[i*len(rows)/n]
	}
	return out
}
