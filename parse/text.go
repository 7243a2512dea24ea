package parse

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
)

// The text reader turns decoded text into blocks. Each non-blank line is a
// paragraph, except where a run of lines renders a table: a converter's
// cells between lines of "|" (cells.go), Markdown pipe rows and
// tab-separated rows (rows.go), and the text Word and Tika write for a
// Word table, one cell a line after a tab (wordtext.go).

// textLine is one line of the input, as the recognisers see it.
type textLine struct {
	text   string // without bookmarks, surrounding white space and emphasis
	off    int    // byte offset of text in the NFC text
	lead   int32  // bytes of the line before text
	mark   int32  // bytes of the line before its bookmark markers, if any
	col    int32  // column (characters, from 1) where text starts
	indent block.Indent
	caps   bool
	blank  bool // nothing on it but white space, or a rule ("-----")
	emph   bool // blank, but written: only emphasis marks ("* *", "** **")
	head   int8 // the level of a Markdown heading ("## "), or 0
	tabs   bool // it holds two tabs or more
}

// base returns the byte offset of the line in the NFC text.
func (l *textLine) base() int { return l.off - int(l.lead) }

// textReader reads lines into a block.Document.
type textReader struct {
	n        int        // lines of the text
	win      []textLine // the lines scanned last, from line base
	alt      []textLine // the array win used before
	base     int
	rest     string   // the text after the last line scanned
	off      int      // the offset of rest in the NFC text
	crlf     []uint64 // a bit a line: it ended with CR LF
	nfc      bool
	doc      *block.Document
	gap      bool     // a blank line since the last paragraph
	maxCells int      // the most cells of a row written on one line
	maxRows  int      // the most table rows of the document
	rowsRead int      // the table rows read so far
	cuts     []cutRow // the rows cut at maxCells, the lines at maxRows
}

// readText reads decoded text into blocks. nfc reports that the text needs
// no normalization. A row written on one line is read into at most
// maxCells cells, and tables into at most maxRows rows in all; the rows
// and lines cut are returned. When ctx is done, the blocks are what was
// read so far.
//
// The lines are scanned as the readers reach them, and only the last
// few thousand are kept (see line): what a line costs once read is its
// string.
func readText(text string, nfc bool, maxCells, maxRows int, ctx context.Context) (*block.Document, []cutRow) {
	n := strings.Count(text, "\n") + 1
	r := &textReader{n: n, rest: text, nfc: nfc, crlf: make([]uint64, n/64+1), maxCells: maxCells, maxRows: maxRows}
	r.doc = &block.Document{Lines: make([]string, n)}
	paras, cells := room(text, maxRows, maxCells)
	r.doc.Paras = make([]block.Para, 0, paras)
	r.doc.Cells = make([]block.Cell, 0, cells)
	for i, blocks := 0, 0; i < r.n; blocks++ {
		if blocks&63 == 63 && ctx != nil && ctx.Err() != nil {
			break
		}
		i = r.next(i)
	}
	return r.doc, r.cuts
}

// room guesses the paragraphs and the cells of text: a paragraph a line
// that holds text; for a line that may be a table row ("|" first, or a
// tab) or a converter's cell (under a line "|"), a paragraph a cell with
// text and a cell a separator, for no more such lines and cells than
// tables are read into (see full). The arrays double past the guess.
func room(text string, maxRows, maxCells int) (paras, cells int) {
	rows := 0
	bar := false // the line above is "|": this one is a converter's cell
	for text != "" {
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		t := strings.TrimLeft(line, " \t\r")
		above := bar
		bar = strings.TrimRight(t, " \t\r") == "|"
		switch {
		case t == "":
		case above:
			if rows++; rows <= maxRows && cells < maxRows*cellsPerRow {
				paras++
			}
		case t[0] == '|' || strings.IndexByte(line, '\t') >= 0:
			if rows++; rows > maxRows || cells >= maxRows*cellsPerRow {
				continue
			}
			sep := byte('\t')
			if t[0] == '|' {
				sep = '|'
			}
			p, c := filledCells(t, sep, maxCells)
			paras, cells = paras+p, cells+c
		default:
			paras++
		}
	}
	return paras, cells
}

// filledCells counts the cells of a row written on one line, t with cells
// separated by sep, of at most most cells: those that hold more than
// white space, and all.
func filledCells(t string, sep byte, most int) (filled, cells int) {
	cells = 1
	text := false
	for i := 0; i < len(t) && cells <= most; i++ {
		switch c := t[i]; {
		case c == sep:
			if text {
				filled++
			}
			cells++
			text = false
		case c != ' ' && c != '\t' && c != '\r':
			text = true
		}
	}
	if text {
		filled++
	}
	return filled, min(cells, most)
}

// window is how many lines the text reader keeps behind the last it
// scanned: more than any reader looks back.
const window = 4096

// line returns line i (from 0), scanning the lines up to it.
func (r *textReader) line(i int) *textLine {
	for i >= r.base+len(r.win) {
		if r.win == nil {
			r.win = make([]textLine, 0, min(r.n, 2*window))
		}
		if len(r.win) == 2*window {
			// Keep the last lines, in the other of two arrays: a line a
			// caller holds stays as it is until window more are read.
			if r.alt == nil {
				r.alt = make([]textLine, 0, 2*window)
			}
			w := append(r.alt[:0], r.win[window:]...)
			r.alt, r.win = r.win, w
			r.base += window
		}
		r.scan()
	}
	if i < r.base { // behind the window: scanned again (no reader goes so far back)
		off := r.win[0].base()
		for k := r.base - 1; k >= i; k-- {
			off -= len(r.doc.Lines[k]) + 1 + int(r.crlf[k/64]>>(k%64)&1)
		}
		l := scanLine(r.doc.Lines[i], off)
		return &l
	}
	return &r.win[i-r.base]
}

// scan reads the next line of the text.
func (r *textReader) scan() {
	i := r.base + len(r.win)
	raw, next := r.rest, len(r.rest)
	if k := strings.IndexByte(r.rest, '\n'); k >= 0 {
		raw, next = r.rest[:k], k+1
	}
	r.rest = r.rest[next:]
	end := next - len(raw) // the line end's length
	if len(raw) > 0 && raw[len(raw)-1] == '\r' {
		raw = raw[:len(raw)-1]
		end++
	}
	if !r.nfc {
		raw = vntext.NFC(raw)
	}
	r.win = append(r.win, scanLine(raw, r.off))
	r.doc.Lines[i] = raw
	if end == 2 {
		r.crlf[i/64] |= 1 << (i % 64)
	}
	r.off += len(raw) + end
}

// scanLine reads one line whose text starts at byte off of the NFC text.
func scanLine(raw string, off int) textLine {
	rest := vntext.TrimLeftSpace(raw)
	lead := raw[:len(raw)-len(rest)]
	l := textLine{}
	if strings.IndexByte(lead, '\t') >= 0 {
		l.indent = block.Tab
		if strings.HasPrefix(lead, " ") {
			l.indent = block.SpaceTab
		}
	}
	if n := headingMarks(rest); n > 0 {
		l.head = int8(n)
		rest = vntext.TrimLeftSpace(rest[n:])
	}
	marks := rest
	for strings.HasPrefix(rest, "[bookmark:") {
		k := bookmarkEnd(rest)
		if k < 0 {
			break
		}
		rest = vntext.TrimLeftSpace(rest[k:])
	}
	body := vntext.TrimRightSpace(rest)
	if l.head > 0 { // a closing sequence: "## Điều 1 ##"
		if t := strings.TrimRight(body, "#"); t != body && (t == "" || t[len(t)-1] == ' ') {
			body = vntext.TrimRightSpace(t)
		}
	}
	l.text = stripEmphasis(body)
	start := len(raw) - len(rest)
	l.mark = int32(len(raw) - len(marks))
	l.off = off + start
	l.lead = int32(start)
	l.col = int32(utf8.RuneCountInString(raw[:start])) + 1
	l.tabs = strings.Count(raw, "\t") >= 2
	hasMarks := l.mark < l.lead
	if l.text == "" && !hasMarks || l.text != "" && isRule(l.text) {
		l.emph = l.text == "" && vntext.TrimSpace(rest) != ""
		l.text, l.blank = "", !hasMarks
		return l
	}
	l.caps = isCaps(l.text)
	return l
}

// headingMarks returns the number of "#" an ATX Markdown heading starts
// with ("## Điều 1"), or 0: one to six, followed by a space.
func headingMarks(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

// bookmarkEnd returns the length of the "[bookmark: name]" marker s starts
// with, or -1.
func bookmarkEnd(s string) int {
	const open = "[bookmark: "
	if !strings.HasPrefix(s, open) {
		return -1
	}
	k := strings.IndexByte(s[len(open):], ']')
	if k < 0 {
		return -1
	}
	return len(open) + k + 1
}

// isRule reports a line that only draws a rule: "-----", "_____", "***".
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '-' && t[i] != '_' && t[i] != '=' && t[i] != '*' {
			return false
		}
	}
	return true
}

// next reads the block that starts at line i and returns the index of the
// line after it.
func (r *textReader) next(i int) int {
	l := r.line(i)
	switch {
	case l.blank:
		r.gap = true
		return i + 1
	case l.text == "|":
		return r.cells(i)
	case isPipeRow(l.text), isTabbedRow(l):
		return r.rows(i)
	case l.indent != block.NoIndent && (isRowNumber(l.text) || l.indent == block.SpaceTab):
		return r.wordText(i)
	}
	r.para(i, -1)
	return i + 1
}

// para adds line i as a paragraph, of the flow (cell -1) or of a cell.
func (r *textReader) para(i, cell int) int {
	l := r.line(i)
	if l.mark < l.lead {
		if r.doc.Marks == nil {
			r.doc.Marks = map[int]string{}
		}
		r.doc.Marks[len(r.doc.Paras)] = r.doc.Lines[i][l.mark:l.lead]
	}
	r.doc.Paras = double(r.doc.Paras)
	r.doc.Paras = append(r.doc.Paras, block.Para{
		Text: l.text, Indent: l.indent, Caps: l.caps, Cell: cell, Heading: int(l.head),
		Pos: block.Pos{Offset: l.off, Line: i + 1, Col: int(l.col)}, Gap: r.gap,
	})
	r.gap = false
	k := len(r.doc.Paras) - 1
	if cell < 0 {
		r.doc.Blocks = append(r.doc.Blocks, block.Block{Para: k})
	}
	return k
}

// cellPara adds a paragraph of the given text, which starts at byte start
// and column col of line i, to a cell.
func (r *textReader) cellPara(i, start, col int, text string, cell int) {
	l := r.line(i)
	r.doc.Paras = double(r.doc.Paras)
	r.doc.Paras = append(r.doc.Paras, block.Para{
		Text: text, Caps: isCaps(text), Cell: cell,
		Pos: block.Pos{Offset: l.base() + start, Line: i + 1, Col: col}, Gap: r.gap,
	})
	r.gap = false
}

// table adds a table of the given form, whose paragraphs start at first,
// as a block.
func (r *textReader) table(form block.Form, first int, rows []block.Row) {
	t := &block.Table{Form: form, Rows: rows, First: first, End: len(r.doc.Paras)}
	r.doc.Blocks = append(r.doc.Blocks, block.Block{Para: -1, Table: t})
}

// newCell starts a cell at pos and returns its index.
func (r *textReader) newCell(pos block.Pos) int {
	r.doc.Cells = double(r.doc.Cells)
	r.doc.Cells = append(r.doc.Cells, block.Cell{Pos: pos, First: len(r.doc.Paras), ColSpan: 1, RowSpan: 1})
	return len(r.doc.Cells) - 1
}

// endCell closes cell k: its text is its paragraphs' joined.
func (r *textReader) endCell(k int) {
	c := &r.doc.Cells[k]
	c.End = len(r.doc.Paras)
	switch c.End - c.First {
	case 0:
	case 1:
		c.Text = r.doc.Paras[c.First].Text
	default:
		var b strings.Builder
		for _, p := range r.doc.Paras[c.First:c.End] {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p.Text)
		}
		c.Text = vntext.CollapseSpace(b.String())
	}
	if c.End > c.First {
		c.Pos = r.doc.Paras[c.First].Pos
	}
}

// cellsPerRow is how many cells a table row is read into, on average,
// before the row limit counts a row for every cellsPerRow cells: real
// tables have 4 to 15 columns, and the tasks the limit allows fit in half
// its rows.
const cellsPerRow = 16

// full reports that the table rows read reach the row limit, or their
// cells reach cellsPerRow for each row of it.
func (r *textReader) full() bool {
	return r.rowsRead >= r.maxRows || len(r.doc.Cells) >= r.maxRows*cellsPerRow
}

// cutRows records that the table lines from..to-1 are past the row limit
// and not read.
func (r *textReader) cutRows(from, to int) {
	l := r.line(from)
	r.cuts = append(r.cuts, cutRow{pos: block.Pos{Offset: l.off, Line: from + 1, Col: int(l.col)}, max: r.maxRows, last: to})
}

// double makes room for one more element in s, doubling its capacity
// when it is full.
func double[E any](s []E) []E {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(cap(s), 16))
}
