package parse

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
)

// grid is a table's rows as the table reader sees them: the cells of each
// row and their texts, separator rows left out.
type grid []gridRow

type gridRow struct {
	cells []int // indexes in the document's cells
	texts []string
	pos   block.Pos
}

// grid reads the rows of t. A row a converter wrote with an empty cell
// before its number, or before its text one cell wider than the table,
// loses that cell.
func (s *state) grid(t *block.Table) grid {
	if s.lastGrid.t == t { // the decision's reader asked first
		return s.lastGrid.g
	}
	g := make(grid, 0, len(t.Rows))
	for _, row := range t.Rows {
		if row.Sep {
			s.takeRow(row.Cells, rdTable)
			continue
		}
		r := gridRow{cells: row.Cells, pos: row.Pos, texts: make([]string, len(row.Cells))}
		for j, k := range row.Cells {
			r.texts[j] = s.src.Cells[k].Text
		}
		g = append(g, r)
	}
	w := g.width()
	for i := range g {
		r := &g[i]
		if len(r.texts) > 1 && r.texts[0] == "" {
			if _, ok := rowNumber(strings.TrimSuffix(r.texts[1], ".")); ok || len(r.texts) > w && r.texts[1] != "" {
				s.takeRow(r.cells[:1], rdTable)
				r.cells, r.texts = r.cells[1:], r.texts[1:]
			}
		}
	}
	s.lastGrid = gridCache{t, g}
	return g
}

// gridCache is the grid of the last table read, which the decision's
// readers and the plan's both ask for.
type gridCache struct {
	t *block.Table
	g grid
}

// width is the number of cells most rows have.
func (g grid) width() int {
	count := map[int]int{}
	best := 0
	for _, r := range g {
		count[len(r.texts)]++
		if n := len(r.texts); count[n] > count[best] || count[n] == count[best] && n > best {
			best = n
		}
	}
	return best
}

// number returns the row number in the row's first cell: "1", "12.",
// "2.3".
func (r *gridRow) number() (string, bool) {
	if len(r.texts) < 2 {
		return "", false
	}
	return rowNumber(strings.TrimSuffix(vntext.TrimSpace(r.texts[0]), "."))
}

func (r *gridRow) empty() bool { return r.filled() == 0 }

// filled counts the cells that hold text.
func (r *gridRow) filled() int {
	n := 0
	for _, t := range r.texts {
		if t != "" {
			n++
		}
	}
	return n
}

// firstText returns the text of the first cell that has some.
func (r *gridRow) firstText() string {
	for _, t := range r.texts {
		if t != "" {
			return t
		}
	}
	return ""
}

// title returns the text of a row read as a heading: its first text after
// the number cell, or its first text.
func (r *gridRow) title() string {
	for _, t := range r.texts[1:] {
		if t != "" {
			return t
		}
	}
	return r.firstText()
}

// firstData returns the index of the first row below the header: the
// first that starts with a number or a group numeral, or that holds what
// headers do not hold (a deadline, units, long text).
func (s *state) firstData(g grid) int {
	for i := range g {
		if _, ok := g[i].number(); ok || isGroupRow(g[i].texts) && i > 0 || !s.headerLike(g[i].texts) {
			return i
		}
	}
	return len(g)
}

// headerLike reports whether a row could be part of a header: its cells
// short, and none a deadline or the name of a unit.
func (s *state) headerLike(texts []string) bool {
	if isColumnNumbers(texts) {
		return true
	}
	for _, t := range texts {
		if t == "" {
			continue
		}
		if _, ok := s.vocab.headerRole(t); ok && utf8.RuneCountInString(t) <= 100 {
			continue // it names a column
		}
		if utf8.RuneCountInString(t) > 100 || s.reg.StartsUnit(t) {
			return false
		}
		if sch, err := deadline.Parse(t, deadline.Context{Year: 2000}); err == nil && sch.Kind != deadline.KindUnknown {
			return false
		}
	}
	return true
}

// header is a table's header: its cells and, for each column after the
// number, its name, joined over the rows the header spans.
type header struct {
	cells []string // as written, joined over the rows
	names []string // of the columns after the number column
	pos   block.Pos
}

// headerOf reads rows as a header: a row or a few whose cells are short
// and name known columns, two of them at least; a row of column numbers
// ("A | B | 1 | 2") among them is left out. It returns nil when the rows
// are not a header.
func (s *state) headerOf(rows grid) *header {
	if len(rows) == 0 || len(rows) > 4 {
		return nil
	}
	var h header
	hits := 0
	for i, r := range rows {
		if isColumnNumbers(r.texts) {
			continue
		}
		if i > 0 && r.filled() < 2 {
			break // a title alone in its row under the header is a group's
		}
		if h.cells == nil {
			h.pos = r.pos
		}
		for j, t := range r.texts {
			for len(h.cells) <= j {
				h.cells = append(h.cells, "")
			}
			if t != "" && !strings.Contains(h.cells[j], t) {
				h.cells[j] = vntext.TrimSpace(h.cells[j] + " " + t)
			}
		}
	}
	for _, c := range h.cells {
		if _, ok := s.vocab.headerRole(c); ok && c != "" {
			hits++
		}
	}
	if hits < 2 {
		return nil
	}
	h.names = h.cells
	if r, _ := s.vocab.headerRole(h.cells[0]); r == RoleNo || h.cells[0] == "" {
		h.names = h.cells[1:]
	}
	return &h
}

// repeats reports whether texts repeat the header, with or without its
// number cell, as tables do after each group row or page break.
func (h *header) repeats(texts []string) bool {
	same := func(a, b []string) bool {
		n := 0
		for j := range min(len(a), len(b)) {
			if a[j] != "" && foldPhrase(a[j]) == foldPhrase(b[j]) {
				n++
			}
		}
		return n >= 2 && n*2 >= len(b)
	}
	return same(texts, h.cells) || len(texts) < len(h.cells) && same(texts, h.cells[1:])
}

// isColumnNumbers reports a row that only numbers the columns: "A | B |
// 1 | 2 | 3", "(1) | (2) | (3)".
func isColumnNumbers(texts []string) bool {
	n := 0
	for _, t := range texts {
		t = strings.Trim(t, "()*. ")
		if t == "" {
			continue
		}
		if len(t) > 2 {
			return false
		}
		for _, c := range t {
			if !unicode.IsDigit(c) && !unicode.IsUpper(c) {
				return false
			}
		}
		n++
	}
	return n >= 2 && n == len(texts)
}

// isSubgroup reports whether row i, numbered, heads the rows after it: its
// only text is a title, and the next numbered row's number extends its
// own ("5.1" under "5").
func isSubgroup(g grid, i int) bool {
	r := &g[i]
	no, _ := r.number()
	if r.filled() != 2 || r.texts[1] == "" {
		return false
	}
	for _, n := range g[i+1:] {
		if m, ok := n.number(); ok {
			return strings.HasPrefix(m, no+".")
		}
	}
	return false
}

// isTotal reports a row of totals: "Tổng cộng", "TỔNG SỐ", "Cộng".
func isTotal(t string) bool {
	f := foldPhrase(t)
	return f == "tong" || f == "cong" || strings.HasPrefix(f, "tong cong") || strings.HasPrefix(f, "tong so")
}

// headerYear returns the year the header of the deadline column gives its
// cells, "Thời gian (Năm 2026)", or 0.
func headerYear(names []string, cols []column) int {
	for j, c := range cols {
		if c.role != RoleDeadline || j >= len(names) {
			continue
		}
		f := foldPhrase(names[j])
		if k := strings.Index(f, "nam "); k >= 0 {
			if y, err := strconv.Atoi(strings.TrimRight(f[k+4:min(len(f), k+8)], ")")); err == nil && y > 1900 && y < 2200 {
				return y
			}
		}
	}
	return 0
}

// startsLower reports whether t starts with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// endsSentence reports whether t ends as a sentence or a complete cell
// does: with a full stop, a question or exclamation mark, or a closing
// parenthesis or quote.
func endsSentence(t string) bool {
	t = vntext.TrimRightSpace(t)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…)”\"", r)
}
