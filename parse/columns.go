package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// The roles of a task table's columns are decided by two kinds of
// evidence: the words of the header, when there is one, and what the cells
// hold. Each column gets its rates (evidence), and assignColumns gives the
// roles out, a role to one column, trusting the header unless its cells
// plainly say otherwise.

// evidence is what the cells of one column hold.
type evidence struct {
	cells     int     // non-empty cells looked at
	deadline  float64 // share that read as deadlines
	units     float64 // share that name units
	status    float64 // share that are statuses ("Đã hoàn thành")
	citations float64 // share that cite a document ("Nghị quyết số 71/NQ-CP")
	avgLen    float64 // mean length, in characters
}

// gather measures the cells of column j (an index into each row's texts)
// over the sample rows.
func (s *state) gather(rows [][]string, j int) evidence {
	var e evidence
	total := 0
	for _, r := range rows {
		if j >= len(r) {
			continue
		}
		c := r[j]
		if c == "" {
			continue
		}
		e.cells++
		total += utf8.RuneCountInString(c)
		if sch, err := deadline.Parse(c, deadline.Context{Year: 2000}); err == nil && sch.Kind != deadline.KindUnknown {
			e.deadline++
		}
		if isStatus(c) {
			e.status++
		}
		if s.namesUnits(c) {
			e.units++
		}
		if _, _, ok := typeThenNumber(c); ok {
			e.citations++
		}
	}
	if e.cells > 0 {
		n := float64(e.cells)
		e.deadline /= n
		e.units /= n
		e.status /= n
		e.citations /= n
		e.avgLen = float64(total) / n
	}
	return e
}

// namesUnits reports whether a cell names units: each of its parts is a
// unit of the registry, a collective, or starts as the name of a body does.
func (s *state) namesUnits(c string) bool {
	refs := s.split(c)
	if len(refs) == 0 {
		return false
	}
	named := 0
	for _, r := range refs {
		if r.ID != "" || r.Kind != 0 || s.reg.StartsUnit(r.Raw) {
			named++
		}
	}
	return named*2 > len(refs) && s.reg.StartsUnit(c)
}

// statusWords start the cells of a status column.
var statusWords = []string{"da hoan thanh", "dang thuc hien", "chua hoan thanh", "chua thuc hien", "dang trien khai",
	"da thuc hien", "hoan thanh dung han", "hoan thanh qua han", "qua han", "dung han", "da trien khai", "khong thuc hien"}

// isStatus reports whether a cell says where a task stands rather than
// when it is due: "Đã hoàn thành", "Đang thực hiện".
func isStatus(c string) bool {
	f := foldPhrase(c)
	for _, w := range statusWords {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// typeThenNumber reports whether a cell starts by citing a document: a
// document type, perhaps "số", then a number.
func typeThenNumber(c string) (string, int, bool) {
	words := vntext.Fields(c)
	for n := 1; n <= 4 && n < len(words); n++ {
		if _, ok := docref.LookupType(strings.Join(words[:n], " ")); !ok {
			continue
		}
		k := n
		if k < len(words) && foldPhrase(words[k]) == "so" {
			k++
		}
		if k < len(words) && len(words[k]) > 0 && words[k][0] >= '0' && words[k][0] <= '9' {
			return words[0], k, true
		}
	}
	return "", 0, false
}

// assignColumns gives the columns of a table their roles: names are the
// headers (empty when there is none), rows the task rows' cells, both
// without the number column. Diagnostics about the choice go to pos, when
// say is set (once for a header, not for every table that continues it).
func (s *state) assignColumns(names []string, rows [][]string, pos block.Pos, say bool) []column {
	n := len(names)
	for _, r := range rows {
		n = max(n, len(r))
	}
	cols := make([]column, n)
	ev := make([]evidence, n)
	hdr := make([]Role, n)
	named := make([]bool, n)
	for j := range n {
		ev[j] = s.gather(rows, j)
		if j < len(names) && names[j] != "" {
			hdr[j], named[j] = s.vocab.headerRole(names[j])
		}
	}
	taken := make([]bool, n)
	give := func(j int, r Role) {
		cols[j].role, taken[j] = r, true
	}
	// Deadline: the header's column, unless its cells are statuses, or
	// they are not deadlines and another column's are.
	best, bestRate := -1, 0.0
	for j := range n {
		if !taken[j] && hdr[j] != RoleDeadline && ev[j].deadline > bestRate {
			best, bestRate = j, ev[j].deadline
		}
	}
	dl, displaced := -1, -1
	for j := range n {
		if hdr[j] != RoleDeadline {
			continue
		}
		switch {
		case ev[j].status >= 0.5:
			give(j, RoleStatus)
		case dl >= 0:
			// Two columns of times: "Thời gian bắt đầu", "Thời gian hoàn
			// thành". The completion is the deadline; the start keeps its
			// header.
			if f := foldPhrase(names[j]); strings.Contains(f, "hoan thanh") || strings.Contains(f, "ket thuc") {
				dl = j
			}
		case ev[j].cells > 0 && ev[j].deadline < 0.2 && bestRate >= 0.6:
			displaced = j
			if say {
				s.diag(pos, plan.Warning, CodeColumnRole, "column %q holds no deadlines; the deadlines are in column %d", names[j], best+2)
			}
		default:
			dl = j
		}
	}
	if dl < 0 && best >= 0 && bestRate >= 0.6 && (!named[best] || hdr[best] == RoleOutput || hdr[best] == RoleOther) {
		dl = best
		if named[best] && say {
			s.diag(pos, plan.Warning, CodeColumnRole, "column %q holds deadlines: read as the deadline", names[best])
		}
	}
	if dl >= 0 {
		give(dl, RoleDeadline)
	}
	// Lead and partners: the header's, else the first columns of units.
	for _, r := range []Role{RoleLead, RolePartners} {
		for j := range n {
			if !taken[j] && hdr[j] == r && (ev[j].cells == 0 || ev[j].units >= 0.3 || ev[j].deadline < 0.5) {
				give(j, r)
				break
			}
		}
	}
	for _, r := range []Role{RoleLead, RolePartners} {
		if has(cols, r) {
			continue
		}
		for j := range n {
			if !taken[j] && !named[j] && ev[j].units >= 0.6 {
				give(j, r)
				break
			}
		}
	}
	// Content: the header's, else the longest text.
	for j := range n {
		if !taken[j] && hdr[j] == RoleContent && ev[j].citations < 0.5 {
			give(j, RoleContent)
			break
		}
	}
	if !has(cols, RoleContent) {
		longest := -1
		for j := range n {
			if !taken[j] && (!named[j] || hdr[j] == RoleContent) && (longest < 0 || ev[j].avgLen > ev[longest].avgLen) {
				longest = j
			}
		}
		if longest >= 0 {
			give(longest, RoleContent)
		}
	}
	// Output and status: the header's.
	for _, r := range []Role{RoleOutput, RoleStatus} {
		for j := range n {
			if !taken[j] && hdr[j] == r {
				give(j, r)
				break
			}
		}
	}
	// A deadline column that holds none, when the deadlines are in
	// another column, holds what that column was for: with no output
	// column left, its text (not units, not statuses) is the output.
	if displaced >= 0 && !taken[displaced] && !has(cols, RoleOutput) && ev[displaced].units < 0.5 && ev[displaced].status < 0.5 {
		give(displaced, RoleOutput)
		if say {
			s.diag(pos, plan.Warning, CodeColumnRole, "column %q holds no deadlines but outputs: read as the output", names[displaced])
		}
	}
	// Without a header, a column left is an output when it is text.
	if len(names) == 0 {
		for j := range n {
			if !taken[j] && !has(cols, RoleOutput) && ev[j].cells > 0 {
				give(j, RoleOutput)
			}
		}
	}
	// The rest by their headers. A second column of a role keeps its own
	// header, and the choice is said.
	for j := range n {
		if taken[j] {
			continue
		}
		name := ""
		if j < len(names) {
			name = vntext.CollapseSpace(names[j])
		}
		unnamed := name == ""
		if unnamed {
			name = "column " + strconv.Itoa(j+1)
		}
		cols[j] = column{role: RoleOther, name: name, unnamed: unnamed}
		if say && named[j] && hdr[j] != RoleOther && hdr[j] != RoleNo {
			s.diag(pos, plan.Info, CodeColumnRole, "column %q is a second %s column: kept under its header", name, hdr[j])
		}
	}
	return cols
}

func has(cols []column, r Role) bool {
	for _, c := range cols {
		if c.role == r {
			return true
		}
	}
	return false
}
