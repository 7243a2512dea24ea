package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// lineTable is a table written one row a line: Markdown pipe rows or
// tab-separated cells.
type lineTable struct {
	roles []string // of the cells after the number; nil before a header
}

var reSeparatorCell = regexp.MustCompile(`^:?-{3,}:?$`)

// rowCells splits a line that is a whole table row: "| 1 | Nội dung | ... |"
// or "1\tNội dung\t...". It returns the cells and their columns, in
// p's scratch slices, which the next call reuses.
func (p *parser) rowCells(l line) ([]string, []int, bool) {
	t := l.text
	var sep byte
	var base int // where the cells start in l.raw
	switch {
	case len(t) > 2 && t[0] == '|' && t[len(t)-1] == '|' && strings.Count(t, "|") >= 4:
		sep, base = '|', strings.Index(l.raw, t)+1
		t = t[1 : len(t)-1]
	case !l.cell && strings.Count(l.raw, "\t") >= 2:
		sep, t = '\t', l.raw
	default:
		return nil, nil, false
	}
	parts, cols := p.cells[:0], p.cols[:0]
	off, runes := 0, 0 // counted incrementally: a row of many cells stays linear
	for start := base; ; {
		c, rest, more := strings.Cut(t, string(sep))
		lead := len(c) - len(strings.TrimLeft(c, " "))
		parts = append(parts, stripEmphasis(strings.TrimSpace(c)))
		at := min(max(start+lead, off), len(l.raw))
		runes += utf8.RuneCountInString(l.raw[off:at])
		off = at
		cols = append(cols, runes+1)
		if !more {
			break
		}
		start += len(c) + 1
		t = rest
	}
	p.cells, p.cols = parts, cols
	return parts, cols, true
}

// lineRow reads one row of a one-row-a-line table. It reports false when
// the line is not a row of a task table after all.
func (p *parser) lineRow(l line, cells []string, cols []int, tab *lineTable, section *string, rows *[]row, pl *plan.Plan) bool {
	sep := true
	for _, c := range cells {
		sep = sep && (c == "" || reSeparatorCell.MatchString(c))
	}
	if sep {
		return true
	}
	if tab.roles == nil {
		if roles, ok := headerRoles(cells); ok {
			pl.Columns, tab.roles = slices.Clone(cells), roles
			return true
		}
	}
	no := strings.TrimSuffix(cells[0], ".")
	switch {
	case isRowNumber(no) && len(cells) > 1:
		n, _ := rowNumber(no)
		r := row{no: n, at: l.no - 1, section: *section, roles: tab.roles, cells: p.newCells(len(cells) - 1)}
		if r.roles == nil {
			r.roles = guessRoles(cells[1:])
		}
		for k, c := range cells[1:] {
			r.cells = append(r.cells, cell{l.no, cols[k+1], c})
		}
		*rows = append(*rows, r)
		return true
	case reRoman.MatchString(cells[0]) && isGroupRow(cells):
		m := reRoman.FindStringSubmatch(cells[0])
		title := m[2]
		for _, c := range cells[1:] {
			if title == "" && c != "" {
				title = c
			}
		}
		*section = m[1]
		pl.Sections = append(pl.Sections, plan.Section{No: m[1], Title: title, Level: 1, Line: l.no})
		return true
	}
	return false
}

// isGroupRow reports whether a row whose first cell is a Roman numeral is
// a group heading: its text in capitals, alone in the row, or repeated in
// every cell (as HTML converters write a cell spanning the row).
func isGroupRow(cells []string) bool {
	m := reRoman.FindStringSubmatch(cells[0])
	if isCaps(m[2] + " " + strings.Join(cells[1:], " ")) {
		return true
	}
	var texts []string
	for _, c := range cells[1:] {
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

// guessRoles finds the columns of a table without a header row from what
// the cells hold: a deadline phrase, units of the registry, and the
// content as the longest text. Five cells are read as the seed's columns.
func guessRoles(cells []string) []string {
	if len(cells) == len(seedRoles) {
		return seedRoles
	}
	roles := make([]string, len(cells))
	units := 0
	for k, c := range cells {
		if s, err := deadline.Parse(c, deadline.Context{Year: 2000}); err == nil && s.Kind != deadline.KindUnknown {
			roles[k] = "deadline"
			continue
		}
		refs := unit.Split(c)
		known := len(refs) > 0
		for _, r := range refs {
			known = known && r.Kind != unit.KindUnknown
		}
		if known && units < 2 {
			roles[k] = []string{"lead", "partners"}[units]
			units++
		}
	}
	longest := -1
	for k, c := range cells {
		if roles[k] == "" && (longest < 0 || len(c) > len(cells[longest])) {
			longest = k
		}
	}
	for k := range roles {
		switch {
		case k == longest:
			roles[k] = "content"
		case roles[k] == "":
			roles[k] = "output"
		}
	}
	return roles
}

// labelWords are the labels of a paragraph task's parts, longest first
// where one ends another.
var labelWords = []string{
	"cơ quan chủ trì", "đơn vị chủ trì", "chủ trì thực hiện", "chủ trì",
	"cơ quan phối hợp", "đơn vị phối hợp", "phối hợp thực hiện", "phối hợp",
	"thời gian hoàn thành", "thời gian thực hiện", "thời hạn hoàn thành", "thời gian", "thời hạn",
	"tiến độ thực hiện", "sản phẩm", "kết quả dự kiến", "kết quả",
}

// findLabels finds the labels in text ("Đơn vị chủ trì:", "thời gian :"),
// in any case, as regexp's FindAllStringSubmatchIndex finds
// `(?i)(label|...)\s*:` : for each, the span of the label and its colon,
// and the span of the label. It works back from each colon, as colons
// are few.
func findLabels(text string) [][]int {
	var out [][]int
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], ':')
		if k < 0 {
			break
		}
		colon := from + k
		end := colon
		for end > from && isSpaceASCII(text[end-1]) {
			end--
		}
		best := -1 // where the longest label ending at end starts
		for _, w := range labelWords {
			if start, ok := suffixFold(text[from:end], w); ok && (best < 0 || from+start < best) {
				best = from + start
			}
		}
		if best >= 0 {
			out = append(out, []int{best, colon + 1, best, end})
		}
		from = colon + 1
	}
	return out
}

// suffixFold reports whether s ends with suffix under Unicode simple case
// folding, and where in s it starts.
func suffixFold(s, suffix string) (int, bool) {
	i, j := len(s), len(suffix)
	for j > 0 {
		if i == 0 {
			return 0, false
		}
		r1, n1 := utf8.DecodeLastRuneInString(s[:i])
		r2, n2 := utf8.DecodeLastRuneInString(suffix[:j])
		if r1 != r2 && !foldsTo(r1, r2) {
			return 0, false
		}
		i -= n1
		j -= n2
	}
	return i, true
}

// foldsTo reports whether r and l are the same letter in another case.
func foldsTo(r, l rune) bool {
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// item reads a numbered paragraph starting at line i: a task when it
// names its lead or its deadline ("Đơn vị chủ trì: ...; Thời gian: ..."),
// else a section heading. It returns the index of its last line.
func (p *parser) item(i, to int, no, head string, section *string, rows *[]row, pl *plan.Plan) int {
	first := p.lines[i]
	parts := []string{head}
	last := i
	for k := i + 1; k < to; k++ {
		t := p.lines[k].text
		if t == "" || p.placed[k] || isItem(t) || isSection(t) || t == "|" {
			break
		}
		if _, _, ok := p.rowCells(p.lines[k]); ok {
			break
		}
		parts = append(parts, t)
		last = k
	}
	text := strings.Join(parts, " ")
	labels := findLabels(text)
	role := func(label string) string { return headerRole(strings.TrimSuffix(label, ":")) }
	hasTask := false
	for _, lb := range labels {
		switch role(text[lb[2]:lb[3]]) {
		case "lead", "deadline":
			hasTask = true
		}
	}
	for k := i; k <= last; k++ {
		p.place(k)
	}
	if !hasTask {
		// A heading, or a numbered paragraph: kept whole as a section.
		pl.Sections = append(pl.Sections, plan.Section{No: no, Title: text, Line: first.no, Level: 2})
		*section = no
		return last
	}
	r := row{no: no, at: first.no - 1, section: *section}
	cellAt := func(s string) cell {
		return cell{first.no, first.col, strings.Trim(strings.TrimSpace(s), "-;,. ")}
	}
	r.roles = append(r.roles, "content", "paragraph")
	r.cells = append(r.cells, cellAt(text[:labels[0][0]]), cellAt(text))
	for n, lb := range labels {
		end := len(text)
		if n+1 < len(labels) {
			end = labels[n+1][0]
		}
		r.roles = append(r.roles, role(text[lb[2]:lb[3]]))
		r.cells = append(r.cells, cellAt(text[lb[1]:end]))
	}
	*rows = append(*rows, r)
	return last
}
