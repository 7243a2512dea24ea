package parse

import (
	"strings"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// A plan's part of a document: its heading, title and "Kèm theo" note,
// its sections, and its tasks, from task tables and numbered paragraphs.
// Its readers (planhead.go, sections.go, items.go, table.go) read blocks
// in the priority of planReaders (layouts.go) into one planBuilder.

// planBuilder accumulates one plan.
type planBuilder struct {
	standalone  bool // a plan issued on its own: its title is the document's
	i, from, to int  // the block being read, and the part's blocks
	last        reader

	pl         plan.Plan // heading, attached note, columns, line
	title      textBuf
	intro      textBuf
	introParas []int
	sections   []sectionBuilder
	section    string    // the No of the section being read
	rows       []taskRow // the tasks found, in order
	names      []string  // the column names of the plan's last header,
	width      int       // and the width of its table, for a table that goes on
	notPlan    bool      // a table of it was read as not a task table
	catalogue  bool      // its tables are catalogues of procedures: its prose assigns no task
}

type sectionBuilder struct {
	sec  plan.Section
	text textBuf
}

// readPlan reads blocks from..to as a plan. A standalone plan is the body
// of a document that is not a decision with appendices: it is kept only
// when it holds sections or tasks.
func (s *state) readPlan(from, to int, standalone bool) {
	pb := &planBuilder{standalone: standalone, from: from, to: to, last: unclaimed}
	pb.pl.Line = s.firstLine(from)
	pb.catalogue = s.isCatalogue(from, to) || s.isForm(from, to)
	for pb.i = from; pb.i < to && !s.stopped(); {
		b := s.src.Blocks[pb.i]
		if b.IsTable() {
			s.readTable(pb, b.Table)
			pb.last = rdTable
			pb.i++
			continue
		}
		p := s.para(b.Para)
		if p.Text == "" || s.claims.taken(b.Para) { // blank, or the decision took it
			if p.Text == "" && s.marks(b.Para) != "" {
				s.take(b.Para, rdMarks)
			}
			pb.i++
			continue
		}
		n := 0
		for _, r := range planReaders {
			if n = r(s, pb); n > 0 {
				break
			}
		}
		if n == 0 {
			pb.last = unclaimed
			n = 1
		}
		pb.i += n
	}
	if standalone && len(pb.rows) == 0 && len(pb.sections) == 0 && !pb.notPlan {
		return // no plan in the body: its paragraphs stay unclaimed
	}
	s.finishPlan(pb)
}

// firstLine returns the line of block i, for the plan's position.
func (s *state) firstLine(i int) int {
	if i >= len(s.src.Blocks) {
		return 0
	}
	b := s.src.Blocks[i]
	if b.IsTable() {
		if len(b.Table.Rows) > 0 {
			return b.Table.Rows[0].Pos.Line
		}
		return 0
	}
	return s.para(b.Para).Pos.Line
}

// finishPlan turns what the builder holds into a plan of the document.
func (s *state) finishPlan(pb *planBuilder) {
	for _, k := range pb.introParas {
		s.take(k, rdIntro)
	}
	pl := pb.pl
	pl.Title = pb.title.String()
	if pl.Title == "" {
		pl.Title = s.doc.Title
	}
	pl.Intro = pb.intro.String()
	pl.Sections = make([]plan.Section, 0, len(pb.sections))
	for _, sb := range pb.sections {
		sec := sb.sec
		sec.Text = sb.text.String()
		pl.Sections = append(pl.Sections, sec)
	}
	year := s.doc.Date.Year
	if y, ok := titleYear(pl.Title); ok {
		year = y
	}
	pb.rows = s.limitRows(pb.rows, s.tasksBefore(pb)-len(pb.rows))
	pl.Tasks = s.tasks(len(s.doc.Plans)+1, pb.rows, deadline.Context{Year: year, Signed: s.doc.Date})
	if pb.notPlan && len(pl.Tasks) == 0 {
		if s.notPlans == nil {
			s.notPlans = map[int]bool{}
		}
		s.notPlans[len(s.doc.Plans)] = true
	}
	if pb.catalogue && len(pl.Tasks) == 0 {
		if s.catalogues == nil {
			s.catalogues = map[int]bool{}
		}
		s.catalogues[len(s.doc.Plans)] = true
	}
	s.doc.Plans = append(s.doc.Plans, pl)
}

// titleYear reads the year a plan's title ends with, "... NĂM 2023", as
// `(?i)năm\s+(\d{4})\s*$` does.
func titleYear(title string) (int, bool) {
	t := vntext.TrimRightSpace(title)
	if len(t) < 9 {
		return 0, false
	}
	y, ok := atoi(t[len(t)-4:])
	if !ok {
		return 0, false
	}
	rest := vntext.TrimRightSpace(t[:len(t)-4])
	if len(rest) == len(t)-4 || !strings.EqualFold(rest[max(0, len(rest)-len("năm")):], "năm") {
		return 0, false
	}
	return y, true
}

// addSection opens a section of the plan.
func (pb *planBuilder) addSection(no, title string, level int, pos block.Pos) {
	pb.sections = append(pb.sections, sectionBuilder{sec: plan.Section{No: no, Title: title, Level: level, Line: pos.Line}})
	pb.section = no
}

// isCatalogue reports a part whose tables are catalogues of
// administrative procedures (procedureTable) or blank forms, and none a
// task table: an appendix that publishes procedures, whose prose
// describes each one's steps and files ("Doanh nghiệp nộp hồ sơ ...") and
// assigns no task.
func (s *state) isCatalogue(from, to int) bool {
	found := false
	for _, b := range s.src.Blocks[from:to] {
		if !b.IsTable() || !s.isTaskTable(b.Table) {
			continue
		}
		g := s.grid(b.Table)
		first := s.firstData(g)
		var names []string
		if h := s.headerOf(g[:first]); h != nil {
			names = h.names
		}
		if s.blankForm(g) {
			found = true // a table to fill in
			continue
		}
		if s.taskHeader(names) || procedureTable(names, g) == "" {
			return false
		}
		found = true
	}
	return found
}

// isForm reports a part that is a form to fill in (a "mẫu" attached to a
// procedure): a fifth of its paragraphs at least, three or more, hold the
// dots or ellipses left for the answers ("Tên doanh nghiệp: .........").
func (s *state) isForm(from, to int) bool {
	paras, blanks := 0, 0
	for _, b := range s.src.Blocks[from:to] {
		if b.IsTable() {
			continue
		}
		t := s.para(b.Para).Text
		if t == "" {
			continue
		}
		paras++
		if strings.Contains(t, ".....") || strings.Contains(t, "………") || strings.Contains(t, "…………") {
			blanks++
		}
	}
	return blanks >= 3 && blanks*5 >= paras
}

// taskHeader reports a header that names a lead or a deadline column and
// none of the words of procedures, steps or costs: a task table's, told
// without reading its cells.
func (s *state) taskHeader(names []string) bool {
	task := false
	for _, n := range names {
		f := foldPhrase(n)
		for _, w := range []string{"thu tuc", "trinh tu", "buoc", "don gia", "thanh tien", "du toan", "giai quyet"} {
			if strings.Contains(f, w) {
				return false
			}
		}
		if r, ok := s.vocab.headerRole(n); ok && (r == RoleLead || r == RoleDeadline) {
			task = true
		}
	}
	return task
}

// blankForm reports a table whose rows, after a few that hold text (its
// header) and none numbered, are all empty, two or more: a list to fill
// in.
func (s *state) blankForm(g grid) bool {
	e := 0
	for e < len(g) && !g[e].empty() {
		if _, ok := g[e].number(); ok {
			return false
		}
		e++
	}
	if e == 0 || len(g)-e < 2 {
		return false
	}
	for _, r := range g[e:] {
		if !r.empty() {
			return false
		}
	}
	return true
}
