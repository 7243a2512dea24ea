package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/legacy"
)

// reader walks the body of a document into a block builder.
type reader struct {
	b      *block.Builder
	styles styles
	num    *numbering
	notes  map[string]*node // footnotes by id
	order  []string         // the footnotes referenced, in order
	lines  []string         // the text of each paragraph, by number
	// legacy counts the runs converted from an old font encoding.
	legacy map[legacy.Encoding]int
	force  legacy.Encoding // the encoding of every run, or None
}

// blocks reads the block-level content of e: paragraphs, tables, content
// controls and what wraps them.
func (r *reader) blocks(e *node) {
	for _, k := range e.kids {
		switch k.name {
		case "p":
			r.para(k)
		case "tbl":
			r.table(k)
		case "sdt":
			r.blocks(k.child("sdtContent"))
		case "customXml", "ins", "moveTo", "smartTag", "txbxContent", "sdtContent":
			r.blocks(k)
		case "AlternateContent":
			r.blocks(choice(k))
		case "bookmarkStart":
			r.bookmark(k)
		}
	}
}

// choice returns the first choice of mc:AlternateContent (its fallback
// repeats it).
func choice(k *node) *node {
	if c := k.child("Choice"); c != nil {
		return c
	}
	return k.child("Fallback")
}

// bookmark records a bookmark for the next paragraph, as the text reader
// reads "[bookmark: name]"; Word's hidden bookmarks ("_GoBack", "_Toc...")
// are left out.
func (r *reader) bookmark(k *node) {
	if n := k.get("name"); n != "" && !strings.HasPrefix(n, "_") {
		r.b.Mark("[bookmark: " + n + "]")
	}
}

// line is a paragraph's text being read, up to a soft line break.
type line struct {
	text       strings.Builder
	bold, ital int // characters in bold, in italics
	chars      int
	marks      string
}

// paraState is a paragraph being read.
type paraState struct {
	lines []*line
	boxes []*node // text boxes met in its runs, read after it
	font  string  // the paragraph style's font
}

func (ps *paraState) cur() *line { return ps.lines[len(ps.lines)-1] }

// para reads a paragraph.
func (r *reader) para(p *node) {
	ppr := p.child("pPr")
	styleID, _ := ppr.val("pStyle")
	numID, ilvl := "", ""
	if np := ppr.child("numPr"); np != nil {
		numID, _ = np.val("numId")
		ilvl, _ = np.val("ilvl")
		if numID == "" { // the level alone: the style's list
			numID, _ = r.styles.num(styleID)
		}
	} else {
		numID, ilvl = r.styles.num(styleID)
	}
	ps := &paraState{lines: []*line{{}}, font: r.styles.font(styleID)}
	r.inline(ps, p)
	label := ""
	if numID != "" {
		lv, _ := strconv.Atoi(ilvl)
		label = r.num.label(numID, lv)
	}
	off := p.off
	for i, l := range ps.lines {
		if l.marks != "" {
			r.b.Mark(l.marks)
		}
		if i == 0 && label != "" {
			r.b.List(label)
		}
		pos := block.Pos{Offset: off, Line: len(r.lines) + 1, Col: 1}
		k := r.b.Para(block.Para{
			Text: l.text.String(), Pos: pos,
			Bold:   l.chars > 0 && l.bold == l.chars,
			Italic: l.chars > 0 && l.ital == l.chars,
		})
		r.lines = append(r.lines, r.b.Text(k))
	}
	for _, box := range ps.boxes {
		r.blocks(box)
	}
}

// inline reads the inline content of e into the paragraph.
func (r *reader) inline(ps *paraState, e *node) {
	for _, k := range e.kids {
		switch k.name {
		case "r":
			r.run(ps, k)
		case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent":
			r.inline(ps, k)
		case "sdt":
			r.inline(ps, k.child("sdtContent"))
		case "AlternateContent":
			r.inline(ps, choice(k))
		case "bookmarkStart":
			if n := k.get("name"); n != "" && !strings.HasPrefix(n, "_") && ps.cur().text.Len() == 0 {
				ps.cur().marks += "[bookmark: " + n + "]"
			}
		case "oMath", "oMathPara":
			r.math(ps, k)
		}
		// w:del and w:moveFrom are deleted text: left out.
	}
}

// math reads an equation's text as is.
func (r *reader) math(ps *paraState, e *node) {
	for _, k := range e.kids {
		if k.name == "t" {
			r.add(ps, k.text, false, false)
			continue
		}
		r.math(ps, k)
	}
}

// run reads a run of text.
func (r *reader) run(ps *paraState, e *node) {
	rpr := e.child("rPr")
	if rpr.on("vanish") || rpr.on("webHidden") {
		return // hidden text is not displayed
	}
	bold, ital, caps := rpr.on("b"), rpr.on("i"), rpr.on("caps")
	font := ""
	if rpr != nil {
		font = fontOf(rpr)
		if font == "" {
			if rs, ok := rpr.val("rStyle"); ok {
				font = r.styles.font(rs)
			}
		}
	}
	if font == "" {
		font = ps.font
	}
	enc := legacy.FontEncoding(font)
	if r.force != legacy.None {
		enc = r.force
	}
	caps = caps || enc == legacy.TCVN3 && legacy.CapsFont(font)
	for _, k := range e.kids {
		switch k.name {
		case "t":
			t := k.text
			if enc != legacy.None {
				t = legacy.Decode(t, enc)
				if r.legacy == nil {
					r.legacy = map[legacy.Encoding]int{}
				}
				r.legacy[enc]++
			}
			if caps {
				t = strings.ToUpper(t)
			}
			r.add(ps, t, bold, ital)
		case "tab", "ptab":
			ps.cur().text.WriteByte('\t')
		case "br":
			// A soft line break (or a page or column break) in a
			// paragraph starts a line, which is read as a paragraph.
			ps.lines = append(ps.lines, &line{})
		case "cr":
			ps.lines = append(ps.lines, &line{})
		case "noBreakHyphen":
			r.add(ps, "-", bold, ital)
		case "sym":
			if c, err := strconv.ParseUint(k.get("char"), 16, 32); err == nil && (c < 0xE000 || c > 0xF8FF) && utf8.ValidRune(rune(c)) {
				r.add(ps, string(rune(c)), bold, ital)
			}
		case "footnoteReference":
			if id := k.get("id"); r.notes[id] != nil {
				r.order = append(r.order, id)
			}
		case "drawing", "pict", "object", "AlternateContent":
			ps.boxes = append(ps.boxes, textBoxes(k, nil)...)
		}
		// w:delText (deleted) and w:instrText (a field's code) are left
		// out; a field's result is in the runs after its code.
	}
}

// add writes text to the paragraph's current line.
func (r *reader) add(ps *paraState, t string, bold, ital bool) {
	l := ps.cur()
	l.text.WriteString(t)
	n := 0
	for _, c := range t {
		if c != ' ' && c != '\t' {
			n++
		}
	}
	l.chars += n
	if bold {
		l.bold += n
	}
	if ital {
		l.ital += n
	}
}

// textBoxes returns the text boxes inside a drawing, the first choice of
// each alternate content only.
func textBoxes(e *node, out []*node) []*node {
	for _, k := range e.kids {
		switch k.name {
		case "txbxContent":
			out = append(out, k)
		case "AlternateContent":
			if c := choice(k); c != nil {
				out = textBoxes(c, out)
			}
		default:
			out = textBoxes(k, out)
		}
	}
	return out
}

// table reads a table. A table of one cell (a frame around text) is read
// as its content.
func (r *reader) table(t *node) {
	rows := rowsOf(t, nil)
	if len(rows) == 1 {
		if cells := cellsOf(rows[0], nil); len(cells) == 1 {
			r.blocks(cells[0])
			return
		}
	}
	if len(rows) == 0 {
		return
	}
	r.b.BeginTable()
	for _, tr := range rows {
		r.b.BeginRow(block.Pos{Offset: tr.off, Line: len(r.lines) + 1, Col: 1})
		if v, ok := tr.child("trPr").val("gridBefore"); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				r.b.Skip(min(n, 64), block.Pos{Offset: tr.off, Line: len(r.lines) + 1, Col: 1})
			}
		}
		for _, tc := range cellsOf(tr, nil) {
			pr := tc.child("tcPr")
			if hm := pr.child("hMerge"); hm != nil && hm.get("val") != "restart" && !hasText(tc) {
				// Word 97's horizontal merge: the cell continues the one
				// before it.
				r.b.Extend(block.Pos{Offset: tc.off, Line: len(r.lines) + 1, Col: 1})
				continue
			}
			span := 1
			if v, ok := pr.val("gridSpan"); ok {
				if n, err := strconv.Atoi(v); err == nil {
					span = max(1, min(n, 64))
				}
			}
			rows, cont := 1, false
			if vm := pr.child("vMerge"); vm != nil {
				if vm.get("val") == "restart" {
					rows = 0
				} else {
					cont = true
				}
			}
			r.b.BeginCell(block.Pos{Offset: tc.off, Line: len(r.lines) + 1, Col: 1}, span, rows, cont)
			r.blocks(tc)
			r.b.EndCell()
		}
		r.b.EndRow()
	}
	r.b.EndTable()
}

// rowsOf returns the rows of a table, inside content controls too.
func rowsOf(t *node, out []*node) []*node {
	for _, k := range t.kids {
		switch k.name {
		case "tr":
			out = append(out, k)
		case "sdt":
			out = rowsOf(k.child("sdtContent"), out)
		case "customXml", "ins":
			out = rowsOf(k, out)
		}
	}
	return out
}

// cellsOf returns the cells of a row, inside content controls too.
func cellsOf(tr *node, out []*node) []*node {
	if tr == nil {
		return out
	}
	for _, k := range tr.kids {
		switch k.name {
		case "tc":
			out = append(out, k)
		case "sdt":
			out = cellsOf(k.child("sdtContent"), out)
		case "customXml", "ins":
			out = cellsOf(k, out)
		}
	}
	return out
}

// footnotes adds the footnotes referenced, in order, at the end of the
// document, each starting with its number in brackets ("[1] ...").
func (r *reader) footnotes() {
	seen := map[string]bool{}
	n := 0
	for _, id := range r.order {
		if seen[id] {
			continue
		}
		seen[id] = true
		n++
		r.b.Gap()
		first := true
		for _, p := range r.notes[id].kidsNamed("p") {
			if first {
				// The footnote's number goes before its first paragraph.
				p = &node{name: "p", kids: append([]*node{{name: "r", kids: []*node{{name: "t", text: "[" + strconv.Itoa(n) + "] "}}}}, p.kids...), off: p.off}
				first = false
			}
			r.para(p)
		}
	}
}

// hasText reports whether an element holds text (a w:t with characters).
func hasText(e *node) bool {
	if e.name == "t" && e.text != "" {
		return true
	}
	for _, k := range e.kids {
		if hasText(k) {
			return true
		}
	}
	return false
}
