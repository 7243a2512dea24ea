// Package block is the document model in the middle of the parser: what
// every input format is read into, and what the layout readers read. A
// document is a sequence of blocks, each a paragraph or a table; a table
// has rows of cells, and each cell holds paragraphs of its own. Every
// paragraph, in the flow or in a cell, is numbered in reading order, so
// that what reads it can say which it took.
package block

// Pos is where a paragraph or a cell starts in its source, in the
// format's own terms; Line and Col (in characters) are from 1, and
// Document.Lines holds the lines Line counts, so that a column can be
// checked against its line:
//   - text: the line and column of the text as read (UTF-8, NFC); Offset
//     counts its bytes;
//   - .docx: Line is the paragraph's number in reading order (the
//     paragraphs of cells and footnotes counted, a soft line break
//     starting a new one), Col the character in it, Offset the byte offset
//     of its element in word/document.xml (package docx);
//   - HTML: the line and column of the page, Offset its byte in the page
//     decoded to UTF-8 (package htmldoc);
//   - PDF: the line and column of the text rebuilt from pdftotext's word
//     boxes (package pdftext).
type Pos struct {
	Offset int
	Line   int
	Col    int
}

// Indent is how a text line starts, where that carries structure.
type Indent uint8

const (
	// NoIndent: the line starts with its text, or with spaces only.
	NoIndent Indent = iota
	// Tab: the line starts with a tab, as the cells of a Word table do
	// when Word or Tika save it as text.
	Tab
	// SpaceTab: a space, then a tab: a Word table row that starts a page.
	SpaceTab
)

// Para is one paragraph: for text, one non-blank line.
type Para struct {
	// Text is the paragraph's text: trimmed, with bookmark markers and
	// Markdown emphasis taken off.
	Text string
	// Pos is where Text starts.
	Pos Pos
	// Cell is the index in Document.Cells of the cell holding the
	// paragraph, or -1 for a paragraph of the flow.
	Cell   int
	Indent Indent
	// Gap reports a blank line before the paragraph. Formats of real
	// paragraphs (.docx, HTML) set it on every paragraph: theirs never
	// continue one another as a text's wrapped lines do.
	Gap bool
	// Caps reports a paragraph written in capitals.
	Caps bool
	// Bold and Italic report emphasis over the whole paragraph.
	Bold, Italic bool
	// Heading is the level of a Markdown heading ("## "), or 0.
	Heading int
}

// Form is the rendering a table was read from.
type Form uint8

// Forms of tables.
const (
	Native   Form = iota // a real table of the format (Word, HTML)
	Pipe                 // Markdown pipe rows: | a | b |
	Tabbed               // one row a line, cells separated by tabs
	Cells                // a converter's cells: one cell per block between lines of "|"
	WordText             // the text Word or Tika write for a table: one cell a line, after a tab
)

// Table is a table of rows.
type Table struct {
	Form Form
	Rows []Row
	// Paras is the range of Document.Paras the table's cells hold.
	First, End int
}

// Row is one row of a table.
type Row struct {
	Pos   Pos
	Cells []int // indexes in Document.Cells
	// Sep marks a separator row ("|---|---|"), which holds no text.
	Sep bool
}

// Cell is one cell.
type Cell struct {
	// Text is the cell's paragraphs joined by a space, white space folded.
	Text string
	Pos  Pos
	// First and End are the range of Document.Paras the cell holds.
	First, End int
	// ColSpan and RowSpan are how many grid columns and rows the cell
	// covers, 1 when it is not merged.
	ColSpan, RowSpan int16
	// Merged marks a cell that a merged cell covers: in a row below a
	// cell that spans rows, it repeats that cell's text (and holds no
	// paragraph of its own, unless the format gave it some); after a cell
	// that spans columns, it is empty. So cell j of every row is grid
	// column j.
	Merged bool
}

// Block is a paragraph or a table of the flow.
type Block struct {
	Para  int // index in Document.Paras, or -1 for a table
	Table *Table
}

// Document is a source read into blocks.
type Document struct {
	Blocks []Block
	Paras  []Para
	Cells  []Cell
	// Lines are the source lines (NFC), for text; nil for other formats.
	Lines []string
	// Marks are the bookmark markers before the text of the paragraphs
	// that have some, as written ("[bookmark: dieu_1][bookmark:
	// dieu_1_name]"), by paragraph index.
	Marks map[int]string
	// Lists are the list labels the format displays before the text of
	// paragraphs it numbers itself ("1.", "a)", "I.", as Word does), by
	// paragraph index. Text starts with the label too, as text renderings
	// write it, so that the readers of numbered text read it.
	Lists map[int]string
}

// IsTable reports whether b is a table.
func (b Block) IsTable() bool { return b.Table != nil }
