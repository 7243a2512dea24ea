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
	lines    []textLine
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
func readText(text string, nfc bool, maxCells, maxRows int, ctx context.Context) (*block.Document, []cutRow) {
	n := strings.Count(text, "\n") + 1
	r := &textReader{lines: make([]textLine, n), maxCells: maxCells, maxRows: maxRows}
	r.doc = &block.Document{Lines: make([]string, n)}
	off, cells, paras := 0, 0, 0
	for i := range n {
		if i&4095 == 4095 && ctx != nil && ctx.Err() != nil {
			return r.doc, nil
		}
		raw := text
		next := len(text)
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			raw, next = text[:k], k+1
		}
		text = text[next:]
		end := next - len(raw) // the line end's length
		if len(raw) > 0 && raw[len(raw)-1] == '\r' {
			raw = raw[:len(raw)-1]
			end++
		}
		if !nfc {
			raw = vntext.NFC(raw)
		}
		l := scanLine(raw, off)
		r.lines[i] = l
		r.doc.Lines[i] = raw
		off += len(raw) + end
		// Room for the cells and paragraphs the line may hold: a row
		// written on one line has one paragraph a cell.
		n := 1
		switch {
		case l.indent != block.NoIndent, l.text == "|":
			cells++
		case strings.HasPrefix(l.text, "|"):
			cells += min(strings.Count(l.text, "|"), maxCells)
			n = filledCells(l.text, '|', maxCells)
		case l.tabs:
			cells += min(strings.Count(raw, "\t")+1, maxCells)
			n = filledCells(raw, '\t', maxCells)
		}
		if !l.blank {
			paras += n
		}
	}
	// The counts are exact for a document of ordinary size; past that
	// they may count rows the row limit leaves out, so the arrays grow
	// (doubling: what they cost stays in proportion to what they hold).
	const most = 1 << 16
	r.doc.Cells = make([]block.Cell, 0, min(cells, most))
	r.doc.Paras = make([]block.Para, 0, min(paras, most))
	for i := 0; i < len(r.lines); {
		if ctx != nil && ctx.Err() != nil {
			break
		}
		i = r.next(i)
	}
	return r.doc, r.cuts
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
	l := &r.lines[i]
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
	l := &r.lines[i]
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
	l := &r.lines[i]
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

// filledCells counts the cells of a row written on one line, t with cells
// separated by sep, that hold more than white space: the paragraphs the
// row makes, of at most most cells.
func filledCells(t string, sep byte, most int) int {
	n, cells, filled := 0, 1, false
	for i := 0; i < len(t) && cells <= most; i++ {
		switch c := t[i]; {
		case c == sep:
			if filled {
				n++
			}
			cells++
			filled = false
		case c != ' ' && c != '\t':
			filled = true
		}
	}
	if filled {
		n++
	}
	return max(n, 1)
}

// cutRows records that the table lines from..to-1 are past the row limit
// and not read.
func (r *textReader) cutRows(from, to int) {
	l := &r.lines[from]
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
