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
	if standalone && len(pb.rows) == 0 && len(pb.sections) == 0 {
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
