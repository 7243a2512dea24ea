package parse

import (
	"errors"
	"regexp"
	"strings"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
)

// Some tables only look like task tables. A decision that publishes
// administrative procedures lists them with the time each takes to settle
// ("Thời hạn giải quyết": "05 ngày làm việc"), and an internal procedure
// lists its steps with who acts and how long it takes ("Trình tự |
// Trách nhiệm | Thời gian": "01 ngày"). Their times are durations, not
// deadlines, and their rows assign no task. Nor do those of a cost
// estimate ("Đơn giá", "Thành tiền"). Such a table is kept as text of the
// plan's part, with one informational diagnostic.

// reDuration matches a duration cell: "01 ngày", "05 ngày làm việc",
// "½ ngày", "04 giờ", "Không quá 10 ngày".
var reDuration = regexp.MustCompile(`(?i)^(?:không quá |trong |tối đa )?(?:\d+(?:[.,]\d+)?|½|1/2)\s*(?:ngày|giờ|tuần|tháng|phút)(?:\s+làm việc)?(?:\s*\(.*\))?\.?$`)

// isDuration reports whether a cell holds a duration without an anchor.
func isDuration(c string) bool {
	if reDuration.MatchString(c) {
		return true
	}
	_, err := deadline.Parse(c, deadline.Context{Year: 2000})
	return errors.Is(err, deadline.ErrNoAnchor)
}

// isFigure reports whether a cell holds only a number: "12", "94,29",
// "1.364.329.243", "15%", or a dash for none.
func isFigure(c string) bool {
	if c == "-" || c == "–" {
		return true
	}
	digits := 0
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= '0' && b <= '9':
			digits++
		case b == '.' || b == ',' || b == '%' || b == ' ':
		default:
			return false
		}
	}
	return digits > 0
}

// procedureTable says what a table is when it is a catalogue of
// procedures or a list of procedure steps, from its header's words and
// from its cells; it returns "" for a table that may hold tasks.
func procedureTable(names []string, rows grid) string {
	catalogue, steps, costs := false, false, 0
	words := names
	for i := 0; i < len(rows) && i < 3 && len(names) == 0; i++ {
		words = append(words, rows[i].texts...) // a header not told apart
	}
	for _, n := range words {
		f := foldPhrase(n)
		switch {
		case strings.Contains(f, "thoi han giai quyet"), strings.Contains(f, "ten thu tuc"):
			catalogue = true
		case strings.Contains(f, "trinh tu"), f == "buoc", strings.HasPrefix(f, "cac buoc"):
			steps = true
		case strings.HasPrefix(f, "don gia"), strings.HasPrefix(f, "thanh tien"), strings.HasPrefix(f, "du toan"):
			costs++
		}
	}
	// The cells: a column most of whose cells are durations, and none
	// whose cells are deadlines.
	width := rows.width()
	durations := false
	figures, filled := 0, 0 // columns of numbers, columns with text
	for j := 0; j < width; j++ {
		n, d, dl, num := 0, 0, 0, 0
		for _, r := range rows {
			if j >= len(r.texts) || r.texts[j] == "" {
				continue
			}
			n++
			c := r.texts[j]
			if isFigure(c) {
				num++
			}
			if isDuration(c) {
				d++
			} else if sch, err := deadline.Parse(c, deadline.Context{Year: 2000}); err == nil && sch.Kind != deadline.KindUnknown {
				dl++
			}
		}
		if n >= 2 && dl*10 >= n*3 {
			return "" // a column of deadlines: a task table
		}
		if n >= 2 && d*10 >= n*6 {
			durations = true
		}
		if n >= 2 {
			filled++
			if num*10 >= n*8 {
				figures++
			}
		}
	}
	// A table most of whose columns are figures (counts, rates, sums)
	// reports results; it assigns no task. The number column is one of
	// them, so three at least besides it.
	if figures >= 4 && figures*2 > filled {
		return "a table of figures (counts, rates)"
	}
	switch {
	case costs >= 2:
		return "a cost estimate (đơn giá, thành tiền)"
	case catalogue:
		return "a catalogue of administrative procedures"
	case durations && steps:
		return "the steps of a procedure"
	case durations && len(names) > 0:
		return "a table of durations (steps or procedures)"
	}
	return ""
}

// readProcedure keeps a table that assigns no task as text of the plan's
// part: its rows, one a line, cells joined by " | ".
func (s *state) readProcedure(pb *planBuilder, g grid, what string, pos block.Pos) {
	var b strings.Builder
	for _, r := range g {
		line := strings.Join(r.texts, " | ")
		if strings.Trim(line, " |") == "" {
			s.takeRow(r.cells, rdTable)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
		s.takeRow(r.cells, rdTable)
	}
	if n := len(pb.sections); n > 0 {
		pb.sections[n-1].text.add("\n", b.String())
	} else {
		pb.intro.add("\n", b.String())
	}
	pb.notPlan = true
	s.diag(pos, plan.Info, CodeNotPlan, "table of %d rows is %s, not a task table: kept as text, no task read", len(g), what)
}
