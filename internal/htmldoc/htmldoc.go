// Package htmldoc reads web pages that publish a decision into the
// parser's blocks, with golang.org/x/net/html: paragraphs, line breaks,
// tables with rowspan and colspan, and the anchors of articles
// (<a name="dieu_1">) as bookmarks. Of a thuvienphapluat.vn page it
// reads the Vietnamese body (div.content1 inside #divContentDoc) and not
// its English copy (.cldivContentDocEn); of a vbpl.vn page the text in
// div#toanvancontent; of any other page its body.
//
// Positions: Pos.Line and Pos.Col are the line and the column (in
// characters, from 1) of the page where the paragraph's text starts,
// Pos.Offset its byte offset in the page decoded to UTF-8 (the page's
// charset, from its byte order mark, <meta charset> or the Content-Type
// given, Windows-1252 when none is); Document.Lines are the page's lines.
package htmldoc

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// MaxDepth is the deepest nesting of elements read.
const MaxDepth = 512

// ErrLimit: the page is nested deeper than MaxDepth.
var ErrLimit = errDepth

// Decode returns the page as UTF-8 text, and the name of its charset: a
// byte order mark's, the one contentType (the Content-Type the page was
// served with, or "") names, the one a <meta> of the page's first 64 KiB
// names, UTF-8 when the bytes are UTF-8, else Windows-1252 (as browsers
// do).
func Decode(src []byte, contentType string) (string, string, error) {
	name := ""
	if enc, n, certain := charset.DetermineEncoding(src, contentType); certain {
		_ = enc
		name = n
	}
	if name == "" {
		if m := reMetaCharset.FindSubmatch(src[:min(len(src), 64<<10)]); m != nil {
			if _, n := charset.Lookup(string(m[1])); n != "" {
				name = n
			}
		}
	}
	if name == "" {
		name = "windows-1252"
		if utf8.Valid(src) {
			name = "utf-8"
		}
	}
	if name == "utf-8" {
		return strings.ToValidUTF8(string(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))), "\uFFFD"), name, nil
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return "", name, fmt.Errorf("the page's charset %s is not known", name)
	}
	b, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(src)))
	if err != nil {
		return "", name, fmt.Errorf("the page's charset %s: %v", name, err)
	}
	return string(b), name, nil
}

var reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_:.-]+)`)

// Read reads page src into blocks.
func Read(src []byte) (*block.Document, error) {
	page, _, err := Decode(src, "")
	if err != nil {
		return nil, err
	}
	root, err := parse(page, MaxDepth)
	if err != nil {
		return nil, err
	}
	r := &reader{b: block.NewBuilder(), page: page}
	r.lineStarts()
	body := find(root, func(n *node) bool { return n.get("id") == "divContentDoc" })
	switch {
	case body != nil:
		if c := findOut(body, func(n *node) bool { return n.hasClass("content1") }, isEnglish); c != nil {
			body = c
		}
	default:
		body = find(root, func(n *node) bool { return n.get("id") == "toanvancontent" })
		if body == nil {
			body = find(root, func(n *node) bool { return n.tag == atom.Body })
		}
		if body == nil {
			body = root
		}
	}
	r.flow(body)
	r.endPara()
	d := r.b.Document()
	d.Lines = strings.Split(page, "\n")
	for i, l := range d.Lines {
		d.Lines[i] = strings.TrimSuffix(l, "\r")
	}
	return d, nil
}

// isEnglish reports the English copy of a thuvienphapluat page.
func isEnglish(n *node) bool {
	return n.hasClass("cldivContentDocEn") || n.get("id") == "divContentDocEn"
}

// find returns the first element, depth first, for which f holds.
func find(n *node, f func(*node) bool) *node {
	return findOut(n, f, func(*node) bool { return false })
}

// findOut is find, not looking inside the elements for which out holds.
func findOut(n *node, f func(*node) bool, out func(*node) bool) *node {
	for _, k := range n.kids {
		if k.name == "" || out(k) {
			continue
		}
		if f(k) {
			return k
		}
		if m := findOut(k, f, out); m != nil {
			return m
		}
	}
	return nil
}

// reader walks a page into a block builder.
type reader struct {
	b      *block.Builder
	page   string
	starts []int // byte offsets of the page's lines
	// The paragraph being read.
	text      strings.Builder
	pos       block.Pos
	bold, ita int // characters in bold, in italics
	chars     int
	inBold    int
	inItal    int
}

func (r *reader) lineStarts() {
	r.starts = append(r.starts, 0)
	for i := 0; i < len(r.page); i++ {
		if r.page[i] == '\n' {
			r.starts = append(r.starts, i+1)
		}
	}
}

// at returns the position of byte off of the page.
func (r *reader) at(off int) block.Pos {
	off = min(max(off, 0), len(r.page))
	lo, hi := 0, len(r.starts)
	for lo+1 < hi {
		m := (lo + hi) / 2
		if r.starts[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	col := utf8.RuneCountInString(r.page[r.starts[lo]:off]) + 1
	return block.Pos{Offset: off, Line: lo + 1, Col: col}
}

// hidden reports an element the page does not show.
func hidden(n *node) bool {
	s := strings.ReplaceAll(strings.ToLower(n.get("style")), " ", "")
	return strings.Contains(s, "display:none") || n.get("hidden") != "" || n.get("aria-hidden") == "true" && n.tag != atom.Span
}

// flow reads the content of n.
func (r *reader) flow(n *node) {
	for _, k := range n.kids {
		if k.name == "" {
			r.addText(k)
			continue
		}
		if skipped[k.tag] || isEnglish(k) || hidden(k) {
			continue
		}
		switch k.tag {
		case atom.Br:
			r.endPara()
		case atom.Table:
			r.endPara()
			r.table(k)
		case atom.A:
			if name := k.get("name"); name != "" && r.text.Len() == 0 {
				r.b.Mark("[bookmark: " + name + "]")
			} else if id := k.get("id"); id != "" && r.text.Len() == 0 && strings.HasPrefix(id, "dieu") {
				r.b.Mark("[bookmark: " + id + "]")
			}
			r.flow(k)
		case atom.B, atom.Strong:
			r.inBold++
			r.flow(k)
			r.inBold--
		case atom.I, atom.Em:
			r.inItal++
			r.flow(k)
			r.inItal--
		case atom.Td, atom.Th, atom.Tr:
			// Cells outside a table: read as blocks.
			r.endPara()
			r.flow(k)
			r.endPara()
		default:
			if blocks[k.tag] || k.tag == atom.Dt || k.tag == atom.Dd || k.tag == atom.Caption || k.tag == atom.Header || k.tag == atom.Footer || k.tag == atom.Main || k.tag == atom.Nav || k.tag == atom.Aside || k.tag == atom.Figure || k.tag == atom.Address {
				r.endPara()
				r.flow(k)
				r.endPara()
				continue
			}
			r.flow(k)
		}
	}
}

// addText adds a text node to the paragraph.
func (r *reader) addText(k *node) {
	t := k.text
	if strings.TrimSpace(t) == "" {
		if r.text.Len() > 0 {
			r.text.WriteByte(' ')
		}
		return
	}
	if r.text.Len() == 0 {
		lead := len(t) - len(strings.TrimLeft(t, " \t\r\n\u00a0"))
		r.pos = r.at(k.off + rawOffset(r.page[k.off:], lead))
	}
	r.text.WriteString(t)
	n := utf8.RuneCountInString(strings.TrimSpace(t))
	r.chars += n
	if r.inBold > 0 {
		r.bold += n
	}
	if r.inItal > 0 {
		r.ita += n
	}
}

// rawOffset returns the byte offset in raw (a text token as written, with
// its entities) of the text's byte i, for the white space that leads it:
// the same, but for leading entities such as "&nbsp;".
func rawOffset(raw string, i int) int {
	j := 0
	for k := 0; k < i && j < len(raw); k++ {
		if raw[j] == '&' {
			if e := strings.IndexByte(raw[j:], ';'); e > 0 && e < 10 {
				j += e + 1
				continue
			}
		}
		j++
	}
	return j
}

// endPara ends the paragraph being read.
func (r *reader) endPara() {
	t := norm.NFC.String(r.text.String())
	r.text.Reset()
	if strings.TrimSpace(strings.ReplaceAll(t, "\u00a0", " ")) == "" {
		r.chars, r.bold, r.ita = 0, 0, 0
		return
	}
	r.b.Para(block.Para{Text: t, Pos: r.pos, Bold: r.chars > 0 && r.bold == r.chars, Italic: r.chars > 0 && r.ita == r.chars})
	r.chars, r.bold, r.ita = 0, 0, 0
}

// table reads a table; a table of one cell (a frame) is read as its
// content.
func (r *reader) table(t *node) {
	rows := rowsOf(t, nil)
	if len(rows) == 0 {
		return
	}
	if len(rows) == 1 {
		if cells := cellsOf(rows[0]); len(cells) == 1 {
			r.flow(cells[0])
			r.endPara()
			return
		}
	}
	r.b.BeginTable()
	for _, tr := range rows {
		r.b.BeginRow(r.at(tr.off))
		for _, td := range cellsOf(tr) {
			cols := span(td.get("colspan"))
			rows := span(td.get("rowspan"))
			r.b.BeginCell(r.at(td.off), cols, rows, false)
			r.flow(td)
			r.endPara()
			r.b.EndCell()
		}
		r.b.EndRow()
	}
	r.b.EndTable()
}

// span reads a rowspan or colspan: 1 when absent or not a number, at
// most 1000.
func span(v string) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 1000)
}

// rowsOf returns the rows of a table, in its thead, tbody and tfoot.
func rowsOf(t *node, out []*node) []*node {
	for _, k := range t.kids {
		switch k.tag {
		case atom.Tr:
			if !hidden(k) {
				out = append(out, k)
			}
		case atom.Thead, atom.Tbody, atom.Tfoot:
			out = rowsOf(k, out)
		}
	}
	return out
}

func cellsOf(tr *node) []*node {
	var out []*node
	for _, k := range tr.kids {
		if (k.tag == atom.Td || k.tag == atom.Th) && !hidden(k) {
			out = append(out, k)
		}
	}
	return out
}
