package pdftext

import (
	"regexp"
	"sort"
	"strings"
)

// Text rebuilds the text of the pages: one paragraph a line, blank lines
// between paragraphs (a paragraph's wrapped lines joined: a line that
// starts at the left margin after a line that reaches the right margin
// goes on with it, across a page break too), page numbers left out, the
// columns of a row side by side (an issuer beside the motto, a signer
// beside the recipients) one after the other, and tables of three columns
// or more one row a line, cells separated by tabs, with the lines of a
// wrapped cell joined into it.
func Text(pages []Page) string {
	var b builder
	for i := range pages {
		b.page(&pages[i])
	}
	b.endPara()
	b.endTable()
	return strings.TrimSpace(b.out.String()) + "\n"
}

type builder struct {
	out strings.Builder
	// The paragraph being read and its last line.
	para  []string
	last  *seg
	right float64 // the right margin of the last line's page
	// The table being read.
	cols  []float64 // the left edges of its columns
	rows  [][]string
	inTab bool
}

// seg is a run of words in a visual row, between wide gaps.
type seg struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var rePageNumber = regexp.MustCompile(`^[-–—\s(]*\d{1,4}[-–—\s)]*$|^(?i:trang)\s+\d{1,4}(\s*/\s*\d{1,4})?$`)

func (b *builder) page(p *Page) {
	rows := visualRows(p.Lines)
	// Page numbers: a row of one short number at the top or bottom.
	var keep [][]seg
	for i, r := range rows {
		if len(r) == 1 && rePageNumber.MatchString(r[0].text) &&
			(i == 0 || i == len(rows)-1 || r[0].yMin < p.Height*0.1 || r[0].yMax > p.Height*0.9) {
			continue
		}
		keep = append(keep, r)
	}
	if len(keep) == 0 {
		return
	}
	left, right := margins(keep)
	// A page whose lines are all short: its right margin is taken as
	// wide as its left.
	right = max(right, p.Width-left)
	mid := p.Width / 2
	wide := func(i int) bool { return i >= 0 && i < len(keep) && len(keep[i]) >= 3 }
	for i := 0; i < len(keep); i++ {
		r := keep[i]
		switch {
		case wide(i) && (wide(i-1) || wide(i+1) || b.inTab) || b.inTab && len(r) < 3 && b.continuesTable(r):
			b.endPara()
			b.tableRow(r)
		case sides(r, mid):
			// Columns side by side: each column's lines, left first, as
			// long as the rows go on on both sides.
			b.endPara()
			b.endTable()
			j := i
			for j < len(keep) && sides(keep[j], mid) && !(wide(j) && wide(j+1)) {
				j++
			}
			for _, left := range []bool{true, false} {
				for _, rr := range keep[i:j] {
					if t := side(rr, mid, left); t != "" {
						b.out.WriteString(t + "\n\n")
					}
				}
			}
			b.last = nil
			i = j - 1
		default:
			b.endTable()
			s := r[0]
			var t strings.Builder
			t.WriteString(s.text)
			for _, o := range r[1:] {
				glue(&t, o.text)
				s.xMax = max(s.xMax, o.xMax)
			}
			s.text = t.String()
			b.line(s, left, right)
		}
	}
}

// sides reports a row of two columns or more, not a table's.
func sides(r []seg, _ float64) bool { return len(r) >= 2 }

// side returns the text of a row's segments on one side of its widest
// gap.
func side(r []seg, _ float64, left bool) string {
	cut, gap := 1, -1.0
	for j := 1; j < len(r); j++ {
		if g := r[j].xMin - r[j-1].xMax; g > gap {
			cut, gap = j, g
		}
	}
	part := r[cut:]
	if left {
		part = r[:cut]
	}
	var b strings.Builder
	for _, s := range part {
		glue(&b, s.text)
	}
	return b.String()
}

// glue appends t to a line after a space, or without one where a form's
// blank split a number: "173" and "/KH-UBND".
func glue(b *strings.Builder, t string) {
	if b.Len() > 0 && !strings.HasPrefix(t, "/") && !strings.HasSuffix(b.String(), "/") {
		b.WriteByte(' ')
	}
	b.WriteString(t)
}

// line adds a line of the flow.
func (b *builder) line(s seg, left, right float64) {
	h := s.yMax - s.yMin
	if b.last != nil && len(b.para) > 0 {
		indented := s.xMin > left+h*0.8
		full := b.last.xMax >= b.right-h*2.5
		gap := s.yMin - b.last.yMax
		nextPage := s.yMin < b.last.yMin
		if !indented && full && (gap < h*0.9 || nextPage) && !startsItem(s.text) {
			b.para = append(b.para, s.text)
			b.last, b.right = &s, right
			return
		}
	}
	b.endPara()
	b.para = append(b.para, s.text)
	b.last, b.right = &s, right
}

var reItem = regexp.MustCompile(`^(?:[-–+•]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[IVX]{1,5}[.)]\s|Điều\s+\d)`)

// startsItem reports a line that starts with an item's marker.
func startsItem(t string) bool { return reItem.MatchString(t) }

func (b *builder) endPara() {
	if len(b.para) > 0 {
		b.out.WriteString(joinWrapped(b.para) + "\n\n")
	}
	b.para, b.last = nil, nil
}

// joinWrapped joins the lines of a paragraph: a word hyphenated over the
// break is not split by a space.
func joinWrapped(lines []string) string {
	var s strings.Builder
	for i, l := range lines {
		if i > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(l)
	}
	return s.String()
}

// continuesTable reports a row of one or two segments that falls in the
// columns of the table being read: a wrapped cell's line, or a row whose
// first cell is empty.
func (b *builder) continuesTable(r []seg) bool {
	if len(b.cols) < 3 {
		return false
	}
	for _, s := range r {
		c := b.column(s.xMin)
		// A line that crosses a column's edge is not a cell's.
		if c+1 < len(b.cols) && s.xMax > b.cols[c+1]+2 {
			return false
		}
	}
	return true
}

// column returns the column a segment starting at x falls in.
func (b *builder) column(x float64) int {
	c := 0
	for j, e := range b.cols {
		if x >= e-4 {
			c = j
		}
	}
	return c
}

// tableRow adds a visual row of a table: a row of its own when it fills
// the first column or when no row is open, else the wrapped lines of the
// open row's cells.
func (b *builder) tableRow(r []seg) {
	if !b.inTab || len(r) > len(b.cols) && len(b.rows) <= 1 {
		if !b.inTab {
			b.cols = nil
		}
		if len(r) > len(b.cols) {
			b.cols = b.cols[:0]
			for _, s := range r {
				b.cols = append(b.cols, s.xMin)
			}
		}
		b.inTab = true
	}
	cells := make([]string, len(b.cols))
	first := false
	for _, s := range r {
		c := b.column(s.xMin)
		if c == 0 {
			first = true
		}
		cells[c] = strings.TrimSpace(cells[c] + " " + s.text)
	}
	if first || len(b.rows) == 0 {
		b.rows = append(b.rows, cells)
		return
	}
	open := b.rows[len(b.rows)-1]
	for j, t := range cells {
		if t != "" {
			open[j] = strings.TrimSpace(open[j] + " " + t)
		}
	}
}

func (b *builder) endTable() {
	if !b.inTab {
		return
	}
	for _, r := range b.rows {
		for j := range r {
			r[j] = strings.ReplaceAll(r[j], "\t", " ")
		}
		b.out.WriteString(strings.Join(r, "\t") + "\n")
	}
	b.out.WriteString("\n")
	b.rows, b.cols, b.inTab = nil, nil, false
}

// visualRows groups the lines of a page into rows, top to bottom: lines
// whose middles fall within one another's heights; each row's words split
// into segments where a gap is wide.
func visualRows(lines []Line) [][]seg {
	ls := append([]Line(nil), lines...)
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].YMin < ls[j].YMin })
	var rows [][]Line
	for _, l := range ls {
		mid := (l.YMin + l.YMax) / 2
		if n := len(rows); n > 0 {
			top := rows[n-1][0]
			if mid > top.YMin && mid < top.YMax {
				rows[n-1] = append(rows[n-1], l)
				continue
			}
		}
		rows = append(rows, []Line{l})
	}
	out := make([][]seg, 0, len(rows))
	for _, r := range rows {
		// A segment is a line of pdftotext (which keeps a table's cells
		// apart), joined to the next only across a narrow gap.
		sort.SliceStable(r, func(i, j int) bool { return r[i].XMin < r[j].XMin })
		var segs []seg
		for _, l := range r {
			var t strings.Builder
			for i, w := range l.Words {
				if i > 0 {
					t.WriteByte(' ')
				}
				t.WriteString(w.Text)
			}
			h := l.YMax - l.YMin
			if n := len(segs); n > 0 && l.XMin-segs[n-1].xMax < h*0.5 {
				s := &segs[n-1]
				s.text += " " + t.String()
				s.xMax = max(s.xMax, l.XMax)
				s.yMin, s.yMax = min(s.yMin, l.YMin), max(s.yMax, l.YMax)
				continue
			}
			segs = append(segs, seg{text: t.String(), xMin: l.XMin, yMin: l.YMin, xMax: l.XMax, yMax: l.YMax})
		}
		out = append(out, segs)
	}
	return out
}

// margins returns the left and right margins of the text of a page: the
// least left edge and the greatest right edge of its rows of one segment.
func margins(rows [][]seg) (left, right float64) {
	left, right = 1e9, 0
	for _, r := range rows {
		if len(r) != 1 {
			continue
		}
		left = min(left, r[0].xMin)
		right = max(right, r[0].xMax)
	}
	if right == 0 {
		left, right = 0, 1e9
	}
	return left, right
}
