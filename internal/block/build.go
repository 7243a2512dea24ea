package block

import "strings"

// Builder builds a Document paragraph by paragraph and cell by cell, for
// the readers of formats with real tables (.docx, HTML). It keeps the
// grid of a table: a cell that spans rows (HTML rowspan, Word's vMerge)
// is repeated in every later row it covers as a Merged cell holding its
// text, and a cell that spans columns is followed by empty Merged cells
// for the columns it covers, so that cell j of every row is grid column j.
// A table inside a cell is not a table of its own: its paragraphs are the
// cell's.
type Builder struct {
	doc  Document
	gap  bool
	mark string
	list string

	table *Table
	row   *Row
	cell  int // the open cell, or -1
	col   int // the grid column of the next cell
	spans []span
	depth int // tables open inside the open cell
}

// span is a cell that covers grid column j in rows below its own.
type span struct {
	origin int // the cell, or -1
	left   int // rows it still covers; -1: until a row says otherwise (Word)
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{cell: -1} }

// Document returns the document built. The builder is not to be used
// after.
func (b *Builder) Document() *Document {
	for b.table != nil {
		b.EndTable()
	}
	return &b.doc
}

// Gap records an empty paragraph: the next paragraph follows a gap.
func (b *Builder) Gap() { b.gap = true }

// Mark adds bookmark markers ("[bookmark: dieu_1]") for the next
// paragraph.
func (b *Builder) Mark(m string) { b.mark += m }

// List sets the list label Word displays before the next paragraph.
func (b *Builder) List(label string) { b.list = label }

// Para adds a paragraph, of the flow or of the open cell, and returns its
// index; an empty paragraph is a gap and returns -1 (its markers wait for
// the next paragraph). Text is trimmed and its white space folded; a list
// label set by List is written before it, as text renderings do.
func (b *Builder) Para(p Para) int {
	p.Text = collapse(p.Text)
	if b.list != "" {
		if p.Text == "" {
			p.Text = b.list
		} else {
			p.Text = b.list + " " + p.Text
		}
	}
	if p.Text == "" {
		b.gap = true
		return -1
	}
	k := len(b.doc.Paras)
	if b.list != "" {
		if b.doc.Lists == nil {
			b.doc.Lists = map[int]string{}
		}
		b.doc.Lists[k] = b.list
		b.list = ""
	}
	if b.mark != "" {
		if b.doc.Marks == nil {
			b.doc.Marks = map[int]string{}
		}
		b.doc.Marks[k] = b.mark
		b.mark = ""
	}
	p.Gap = b.gap
	b.gap = false
	p.Cell = b.cell
	b.doc.Paras = append(b.doc.Paras, p)
	if b.cell < 0 {
		b.doc.Blocks = append(b.doc.Blocks, Block{Para: k})
	}
	return k
}

// BeginTable starts a table, or, inside a cell, a table whose paragraphs
// are the cell's.
func (b *Builder) BeginTable() {
	if b.table != nil {
		if b.cell >= 0 {
			b.depth++
			return
		}
		b.EndTable() // a table that starts in a row, outside a cell
	}
	b.table = &Table{Form: Native, First: len(b.doc.Paras)}
	b.spans = b.spans[:0]
}

// EndTable ends the table begun last.
func (b *Builder) EndTable() {
	if b.depth > 0 {
		b.depth--
		return
	}
	if b.table == nil {
		return
	}
	if b.row != nil {
		b.EndRow()
	}
	t := b.table
	t.End = len(b.doc.Paras)
	b.table = nil
	if len(t.Rows) > 0 {
		b.doc.Blocks = append(b.doc.Blocks, Block{Para: -1, Table: t})
	}
}

// BeginRow starts a row at pos.
func (b *Builder) BeginRow(pos Pos) {
	if b.depth > 0 {
		return
	}
	if b.table == nil {
		b.BeginTable()
	}
	if b.row != nil {
		b.EndRow()
	}
	b.row = &Row{Pos: pos}
	b.col = 0
}

// EndRow ends the open row; the cells that span rows from above cover
// its columns left empty.
func (b *Builder) EndRow() {
	if b.depth > 0 || b.row == nil {
		return
	}
	if b.cell >= 0 {
		b.EndCell()
	}
	for j := b.col; j < len(b.spans); j++ {
		if b.spans[j].left > 0 {
			b.cover(j)
		} else if b.spans[j].left < 0 {
			b.spans[j] = span{origin: -1}
		}
	}
	if len(b.row.Cells) > 0 {
		b.table.Rows = append(b.table.Rows, *b.row)
	}
	b.row = nil
}

// Skip adds n empty cells (Word's gridBefore).
func (b *Builder) Skip(n int, pos Pos) {
	for range n {
		b.BeginCell(pos, 1, 1, false)
		b.EndCell()
	}
}

// BeginCell starts a cell at pos spanning cols columns and rows rows (0:
// until a row holds a cell of its own in the column, as Word's vMerge
// restart does). cont marks a cell that continues the cell above it (Word's
// vMerge continue): it holds that cell's text, and its own, if any.
func (b *Builder) BeginCell(pos Pos, cols, rows int, cont bool) {
	if b.depth > 0 {
		return
	}
	if b.row == nil {
		b.BeginRow(pos)
	}
	if b.cell >= 0 {
		b.EndCell()
	}
	cols = max(1, min(cols, 1000))
	// The cells spanning from above that stand before this one.
	for b.col < len(b.spans) && b.spans[b.col].left > 0 {
		b.cover(b.col)
	}
	k := len(b.doc.Cells)
	c := Cell{Pos: pos, First: len(b.doc.Paras), ColSpan: int16(cols), RowSpan: 1}
	j := b.col
	if cont && j < len(b.spans) && b.spans[j].origin >= 0 {
		o := &b.doc.Cells[b.spans[j].origin]
		o.RowSpan++
		c.Merged, c.Text, c.Pos = true, o.Text, o.Pos
		c.RowSpan = 0
	}
	b.doc.Cells = append(b.doc.Cells, c)
	b.row.Cells = append(b.row.Cells, k)
	b.cell = k
	for len(b.spans) < j+cols {
		b.spans = append(b.spans, span{origin: -1})
	}
	for i := j; i < j+cols; i++ {
		switch {
		case cont:
			// the span goes on
		case rows == 0:
			b.spans[i] = span{origin: k, left: -1}
		case rows > 1:
			b.spans[i] = span{origin: k, left: rows - 1}
		default:
			b.spans[i] = span{origin: -1}
		}
	}
	if rows > 1 && !cont {
		b.doc.Cells[k].RowSpan = int16(min(rows, 1<<14))
	}
}

// EndCell ends the open cell: its text is its paragraphs' joined, after
// the text it repeats when it continues a merged cell; the columns it
// spans get their empty cells.
func (b *Builder) EndCell() {
	if b.depth > 0 || b.cell < 0 {
		return
	}
	k := b.cell
	c := &b.doc.Cells[k]
	c.End = len(b.doc.Paras)
	var s strings.Builder
	s.WriteString(c.Text)
	for _, p := range b.doc.Paras[c.First:c.End] {
		if s.Len() > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(p.Text)
	}
	c.Text = s.String()
	if c.End > c.First && !c.Merged {
		c.Pos = b.doc.Paras[c.First].Pos
	}
	if len(b.row.Cells) == 1 || b.row.Pos.Line == 0 {
		b.row.Pos = c.Pos
	}
	b.cell = -1
	cols := int(c.ColSpan)
	pos := c.Pos
	b.col++
	for range cols - 1 {
		b.placeholder(pos)
		b.col++
	}
}

// Extend adds a cell that continues the cell before it in its row, as
// Word's old horizontal merge (hMerge) writes it: an empty merged cell,
// and the cell before spans one column more.
func (b *Builder) Extend(pos Pos) {
	if b.depth > 0 || b.row == nil {
		return
	}
	if b.cell >= 0 {
		b.EndCell()
	}
	for i := len(b.row.Cells) - 1; i >= 0; i-- {
		if c := &b.doc.Cells[b.row.Cells[i]]; !c.Merged {
			c.ColSpan++
			pos = c.Pos
			break
		}
	}
	b.placeholder(pos)
	if b.col < len(b.spans) {
		b.spans[b.col] = span{origin: -1}
	}
	b.col++
}

// cover adds to the open row the cell that repeats the cell spanning
// column j from above.
func (b *Builder) cover(j int) {
	sp := &b.spans[j]
	o := &b.doc.Cells[sp.origin]
	if sp.left > 0 {
		sp.left--
	}
	k := len(b.doc.Cells)
	first := j == 0 || j-1 >= len(b.spans) || b.spans[j-1].origin != sp.origin
	c := Cell{Pos: o.Pos, First: len(b.doc.Paras), End: len(b.doc.Paras), ColSpan: 1, Merged: true}
	if first {
		c.Text = o.Text // the origin's RowSpan counts this row already
	}
	b.doc.Cells = append(b.doc.Cells, c)
	b.row.Cells = append(b.row.Cells, k)
	b.col++
}

// placeholder adds an empty merged cell for a column a cell spans.
func (b *Builder) placeholder(pos Pos) {
	k := len(b.doc.Cells)
	p := len(b.doc.Paras)
	b.doc.Cells = append(b.doc.Cells, Cell{Pos: pos, First: p, End: p, ColSpan: 1, Merged: true})
	b.row.Cells = append(b.row.Cells, k)
}

// collapse trims s and folds its runs of white space into one space.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\u00a0  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return false
}

// Text returns the text of paragraph k, "" for k < 0.
func (b *Builder) Text(k int) string {
	if k < 0 || k >= len(b.doc.Paras) {
		return ""
	}
	return b.doc.Paras[k].Text
}
