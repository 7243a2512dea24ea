package parse

import (
	"regexp"
	"strings"

	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// headerRole returns the role of a table column from its header: "no",
// "content", "lead", "partners", "deadline", "output", or the header
// itself for any other column ("Nguồn kinh phí").
func headerRole(h string) string {
	f := vntext.Fold(h)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(f, w) {
				return true
			}
		}
		return false
	}
	switch {
	case f == "stt" || f == "tt" || f == "so tt" || f == "so thu tu":
		return "no"
	case has("phoi hop"):
		return "partners"
	case has("chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem"):
		return "lead"
	case has("thoi gian", "thoi han", "tien do"):
		return "deadline"
	case has("ket qua", "san pham"):
		return "output"
	case has("nhiem vu", "noi dung", "cong viec", "de an", "hoat dong"):
		return "content"
	}
	return vntext.CollapseSpace(h)
}

// headerRoles reads a header row: it is one when at least three of its
// cells name known columns. The roles are those of the cells after the
// number column.
func headerRoles(cells []string) ([]string, bool) {
	if len(cells) < 3 {
		return nil, false
	}
	known := 0
	roles := make([]string, len(cells))
	for k, h := range cells {
		roles[k] = headerRole(h)
		switch roles[k] {
		case "no", "content", "lead", "partners", "deadline", "output":
			known++
		}
	}
	if known < 3 {
		return nil, false
	}
	if roles[0] == "no" {
		roles = roles[1:]
	}
	return roles, true
}

var reRoman = regexp.MustCompile(`^([IVXL]+)\.?\s*(.*)$`)

// pipeTable reads a table written one cell per block between lines that
// hold only "|", as converters render Word tables in Markdown; a row ends
// where two "|" lines meet. It starts at line i and returns the task rows
// and the index of the line after the table. section is the current
// section, which group rows ("I. NÂNG CAO NHẬN THỨC ...") change.
func (p *parser) pipeTable(i, to int, section *string) ([]row, int) {
	type block struct {
		first line
		text  string
		taken bool // the decision part had already read its lines
	}
	var table [][]block
	var cur []block
	p.place(i)
	i++ // the opening "|"
	for i < to {
		// Read one cell: the lines up to the next "|".
		start := i
		var parts []string
		taken := true
		for i < to && p.lines[i].text != "|" {
			if p.lines[i].text != "" && !p.placed[i] {
				taken = false
			}
			if t := p.lines[i].text; t != "" {
				parts = append(parts, t)
			}
			p.place(i)
			i++
		}
		if i >= to {
			if len(parts) > 0 {
				cur = append(cur, block{p.lines[start], strings.Join(parts, " "), taken})
			}
			break
		}
		p.place(i) // the closing "|"
		first := p.lines[start]
		for k := start; k < i; k++ {
			if p.lines[k].text != "" {
				first = p.lines[k]
				break
			}
		}
		cur = append(cur, block{first, vntext.CollapseSpace(strings.Join(parts, " ")), taken})
		i++
		if i < to && p.lines[i].text == "|" { // "|" "|": the row ends, the next opens
			table = append(table, cur)
			cur = nil
			p.place(i)
			i++
			continue
		}
		if i >= to || p.lines[i].text == "" { // the table ends
			break
		}
	}
	if len(cur) > 0 {
		table = append(table, cur)
	}

	var roles []string // of the cells after the number
	var rows []row
	for _, cells := range table {
		texts := make([]string, len(cells))
		for k, c := range cells {
			texts[k] = c.text
		}
		if roles == nil {
			if r, ok := headerRoles(texts); ok {
				p.pendingColumns, roles = texts, r
				continue
			}
		}
		no := strings.TrimSuffix(strings.TrimSpace(texts[0]), ".")
		switch {
		case isRowNumber(no) && len(cells) > 1:
			n, _ := rowNumber(no)
			r := row{no: n, at: cells[0].first.no - 1, section: *section, roles: roles}
			if roles == nil {
				r.roles = seedRoles
			}
			r.cells = p.newCells(len(cells) - 1)
			for _, c := range cells[1:] {
				r.cells = append(r.cells, cell{c.first.no, c.first.col, c.text})
			}
			rows = append(rows, r)
		case reRoman.MatchString(texts[0]) && isCaps(reRoman.FindStringSubmatch(texts[0])[2]+" "+strings.Join(texts[1:], " ")):
			m := reRoman.FindStringSubmatch(texts[0])
			*section = m[1]
			p.pendingSections = append(p.pendingSections, plan.Section{No: m[1], Title: m[2], Level: 1, Line: cells[0].first.no})
		default:
			for _, c := range cells {
				if c.text != "" && !c.taken {
					p.diag(c.first, c.first.col, plan.Warning, "table-row", "table row not read as a task: %s", quote(c.text))
				}
			}
		}
	}
	return rows, i
}
