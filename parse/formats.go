package parse

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/docx"
	"github.com/kehoach/kehoach/internal/legacy"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// The formats of the input, as Config.Format names them. The format is
// told from the bytes (DetectFormat), not from the file name.
//
// Every format is read into the same blocks (paragraphs and tables with
// their spans), and everything after is shared. Positions are in the
// format's own terms: for text, the line and column; for .docx, Line is
// the paragraph's number in the document (table cells' and footnotes'
// paragraphs counted, a soft line break starting a new one) and Column
// the character in it, and the message of a diagnostic in a table's cell
// ends with "(table 2, row 3, cell 1)"; for HTML, the line and column of the page; for
// PDF, the line and column of the text rebuilt from pdftotext's word
// boxes. .doc is converted to .docx by LibreOffice and PDF read by
// pdftotext, programs run with a timeout and no shell; without them the
// error names the package to install.
const (
	FormatText = "text" // text: UTF-8, UTF-16, Windows-1258, TCVN3, VNI
	FormatDocx = "docx" // Word (Office Open XML): a zip holding word/document.xml
	FormatDoc  = "doc"  // Word 97-2003 (an OLE2 compound file), read through LibreOffice
	FormatHTML = "html" // a web page
	FormatPDF  = "pdf"  // PDF, read through poppler's pdftotext
)

// Codes of the diagnostics of formats.
const (
	// CodeFormat: an input of a known format that cannot be read: a broken
	// or encrypted Word file, a scanned PDF, a missing tool (fatal).
	CodeFormat plan.Code = "format"
	// CodeLegacyEncoding: text converted from an old Vietnamese font
	// encoding, TCVN3 or VNI (info).
	CodeLegacyEncoding plan.Code = "legacy-encoding"
)

// ErrFormat is wrapped by the fatal *Error of an input whose format is
// known but which cannot be read: a broken or encrypted Word file, a
// scanned PDF, a tool that is not installed.
var ErrFormat = errors.New("cannot read the input's format")

// DetectFormat tells the format of src from its bytes: a zip archive with
// word/document.xml is .docx, an OLE2 compound file .doc, "%PDF-" PDF,
// markup that opens an HTML page HTML, anything else text.
func DetectFormat(src []byte) string {
	switch {
	case docx.IsDocx(src):
		return FormatDocx
	case docx.IsOLE(src):
		return FormatDoc
	case bytes.HasPrefix(bytes.TrimLeft(src[:min(len(src), 1024)], "\x00\t\n\r "), []byte("%PDF-")):
		return FormatPDF
	case isHTML(src):
		return FormatHTML
	}
	return FormatText
}

// isHTML reports a page: after a byte order mark and white space, a
// doctype, an <html> or <head> tag, or a comment followed by one of them
// in the first kilobytes.
func isHTML(src []byte) bool {
	head := src[:min(len(src), 4096)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, "\t\n\r ")
	l := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml"} {
		if bytes.HasPrefix(l, []byte(p)) {
			return p != "<?xml" || bytes.Contains(l, []byte("<html"))
		}
	}
	if bytes.HasPrefix(l, []byte("<!--")) || bytes.HasPrefix(l, []byte("<meta")) {
		return bytes.Contains(l, []byte("<html")) || bytes.Contains(l, []byte("<body"))
	}
	return false
}

// decisionFormat parses src when it is not plain text (ok), in its
// format or converted from an old font encoding.
func (c *Config) decisionFormat(filename string, src []byte) (doc *plan.Document, ok bool, err error) {
	f, err := c.readFormat(filename, src)
	if err != nil {
		return nil, true, err
	}
	if f == nil {
		return nil, false, nil
	}
	if err := c.ctxErr(); err != nil {
		return nil, true, err
	}
	s := newState(c, filename, f.doc)
	s.doc.Diagnostics = append(s.doc.Diagnostics, f.notes...)
	s.cutNotes(f.cuts)
	s.read()
	s.judge()
	if s.err != nil {
		return nil, true, s.err
	}
	s.foldNotes()
	if f.cells {
		placeInTables(f.doc, s.doc.Diagnostics)
	}
	return s.doc, true, c.report(s.doc)
}

// placeInTables adds to the message of each diagnostic on a paragraph of
// a table's cell where the cell is: "(table 2, row 3, cell 1)", tables,
// rows and cells counted from 1 in the document as read (a table of one
// cell, a frame, is read as its content and not counted; cell j is grid
// column j), since a Word file's paragraph number alone does not say it.
func placeInTables(d *block.Document, diags []plan.Diagnostic) {
	where := map[int]string{}
	t := 0
	for _, b := range d.Blocks {
		if !b.IsTable() {
			continue
		}
		t++
		for r, row := range b.Table.Rows {
			for c, k := range row.Cells {
				cell := &d.Cells[k]
				at := fmt.Sprintf("table %d, row %d, cell %d", t, r+1, c+1)
				for p := cell.First; p < cell.End; p++ {
					if line := d.Paras[p].Pos.Line; where[line] == "" {
						where[line] = at
					}
				}
			}
		}
	}
	for i := range diags {
		if at := where[diags[i].Line]; at != "" {
			diags[i].Message += " (" + at + ")"
		}
	}
}

// source is the input read into blocks, with the notes the reading left.
type source struct {
	doc   *block.Document
	cuts  []cutRow // what the text reader left out past the limits
	notes []plan.Diagnostic
	// cells: positions name paragraphs, not lines; diagnostics in cells
	// say which cell (Word files).
	cells bool
}

// readFormat reads src in its format (Config.Format, or the one its bytes
// tell). For text it returns a nil source and no error: the text path
// reads it, unless an old font encoding is named or detected, which is
// converted here.
func (c *Config) readFormat(filename string, src []byte) (*source, error) {
	f := strings.ToLower(c.Format)
	if f == "" {
		f = DetectFormat(src)
	}
	fatal := func(err error) error {
		return &Error{Position: Position{Filename: filename}, Severity: plan.Error, Code: CodeFormat, Message: err.Error(), Err: errors.Join(ErrFormat, err)}
	}
	switch f {
	case FormatText, "txt", "md":
		return c.readLegacyText(filename, src)
	case FormatDocx:
		if docx.IsOLE(src) {
			if docx.Encrypted(src) {
				return nil, fatal(errors.New("encrypted Word document: it is protected by a password; save it without the password and try again"))
			}
			return c.readDoc(filename, src, fatal)
		}
		d, info, err := docx.Read(src, docx.Options{Limits: docx.Limits{Size: int64(c.maxSize()) * 4}, Encoding: legacy.Parse(c.Encoding)})
		if err != nil {
			return nil, fatal(err)
		}
		s := c.blocks(d, filename)
		s.cells = true
		for _, enc := range []legacy.Encoding{legacy.TCVN3, legacy.VNI} {
			n := info.Legacy[enc]
			if n == 0 {
				continue
			}
			s.notes = append(s.notes, plan.Diagnostic{
				Position: Position{Filename: filename, Line: 1, Column: 1}, Severity: plan.Info, Code: CodeLegacyEncoding,
				Message: fmt.Sprintf("%d runs converted from the %s font encoding to Unicode", n, strings.ToUpper(enc.String())),
			})
		}
		return s, nil
	case FormatDoc:
		if docx.Encrypted(src) {
			return nil, fatal(errors.New("encrypted Office document: it is protected by a password; save it without the password and try again"))
		}
		return c.readDoc(filename, src, fatal)
	case FormatHTML:
		return c.readHTML(filename, src, fatal)
	case FormatPDF:
		return c.readPDF(filename, src, fatal)
	}
	return nil, &Error{Position: Position{Filename: filename}, Severity: plan.Error, Code: CodeFormat,
		Message: fmt.Sprintf("unknown format %q (want text, docx, doc, html or pdf)", c.Format), Err: ErrFormat}
}

func (c *Config) maxSize() int {
	if c.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return c.MaxSize
}

// blocks finishes blocks a format reader made: paragraphs in capitals are
// marked as the text reader marks them.
func (c *Config) blocks(d *block.Document, filename string) *source {
	for i := range d.Paras {
		p := &d.Paras[i]
		p.Caps = isCaps(p.Text)
		p.Gap = true
	}
	return &source{doc: d}
}

// looksUTF8orUTF16 reports bytes that are not valid UTF-8 but are UTF-8
// all the same (more valid sequences than stray bytes), or hold NUL bytes
// (UTF-16 without a byte order mark): the text path decodes both.
func looksUTF8orUTF16(src []byte) bool {
	if bytes.IndexByte(src, 0) >= 0 {
		return true
	}
	st := vntext.Scan(src)
	return st.Invalid < st.Multi
}

// readLegacyText reads text in an old Vietnamese font encoding: the one
// Config.Encoding names ("tcvn3", "vni"), or the one the text shows.
// Other text gives a nil source.
func (c *Config) readLegacyText(filename string, src []byte) (*source, error) {
	enc := legacy.Parse(c.Encoding)
	if enc == legacy.None && c.Encoding != "" {
		return nil, nil // a Unicode or Windows encoding: the text path's
	}
	var text string
	switch {
	case utf8.Valid(src):
		if enc == legacy.None {
			// Unicode text, most often: told without copying it.
			if e, _ := legacy.DetectBytes(src); e == legacy.None {
				return nil, nil
			}
		}
		text = string(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))
	case c.Encoding == "" && enc == legacy.None && (bytes.HasPrefix(src, []byte("\xff\xfe")) || bytes.HasPrefix(src, []byte("\xfe\xff"))):
		return nil, nil
	case c.Encoding == "" && enc == legacy.None && looksUTF8orUTF16(src):
		return nil, nil // UTF-8 with a few stray bytes, or UTF-16: the text path's
	default:
		// Not UTF-8: the bytes of the old encoding, one a character.
		var b strings.Builder
		for _, x := range src {
			b.WriteRune(rune(x))
		}
		text = b.String()
	}
	detected := enc == legacy.None
	if detected {
		var evidence int
		if enc, evidence = legacy.DetectCount(text); enc == legacy.None {
			return nil, nil
		}
		if !utf8.Valid(src) {
			// Bytes that are not UTF-8 may be Windows-1258 Vietnamese,
			// whose bytes also show the old encodings' characters: the
			// reading with more Vietnamese letters wins.
			if t, _, err := decode(src, "windows-1258"); err == nil && legacy.Vietnamese(t) >= evidence {
				return nil, nil
			}
		}
	}
	conv := legacy.Decode(text, enc)
	out, nfc, err := decode([]byte(conv), "utf-8")
	if err != nil {
		return nil, &Error{Position: Position{Filename: filename}, Severity: plan.Error, Code: CodeNotText, Message: err.Error(), Err: ErrNotText}
	}
	how := "named by the encoding option"
	if detected {
		how = "detected from its characters"
	}
	s := &source{}
	s.doc, s.cuts = c.readText(out, nfc)
	s.notes = append(s.notes, plan.Diagnostic{
		Position: Position{Filename: filename, Line: 1, Column: 1}, Severity: plan.Info, Code: CodeLegacyEncoding,
		Message: fmt.Sprintf("text converted from the %s font encoding to Unicode (%s)", strings.ToUpper(enc.String()), how),
	})
	return s, nil
}
