package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// Assembly turns the rows the readers found into tasks: the cells read by
// their columns' roles, units split, deadlines read, a key per task.

// column is what the cells of one column hold: a role, and for other
// columns the header as written, under which the task's source keeps the
// cell.
type column struct {
	role    Role
	name    string
	unnamed bool // no header names it: its name is "column N"
}

// key is the column's key in a task's source: the role's name, or the
// header for other columns.
func (c column) key() string {
	if c.role == RoleOther {
		return c.name
	}
	return c.role.String()
}

// seedColumns are the columns of a table without a header row, as in the
// seed: content, lead, partners, deadline, output.
var seedColumns = []column{{role: RoleContent}, {role: RoleLead}, {role: RolePartners}, {role: RoleDeadline}, {role: RoleOutput}}

// rowCell is one cell of a task row.
type rowCell struct {
	text string
	pos  block.Pos
	// online reports that text is found in the source line of pos, where
	// the columns of its citations are counted.
	online bool
}

// taskRow is one task as a reader found it: its number (or ""), its
// section, and its cells by column.
type taskRow struct {
	no       string
	section  string
	inferred bool
	lost     bool // a row of a Word table that lost its number
	prose    bool // a duty read from prose
	// findDeadline asks for the deadline to be found in the content, for
	// a duty without a deadline of its own.
	findDeadline bool
	findIn       string // the text to find it in, when not the content
	year         int    // the year a table's header gives its deadlines, or 0
	pos          block.Pos
	cells        []rowCell
	cols         []column
}

// lineOf returns the source line of cell c, "" when its text is not on
// one line.
func (s *state) lineOf(c *rowCell) string {
	if !c.online {
		return ""
	}
	return s.line(c.pos.Line)
}

// newCells returns an empty slice of cells with room for n, for a row,
// cut from a larger array.
func (c *caches) newCells(n int) []rowCell {
	if len(c.cellArena)+n > cap(c.cellArena) {
		c.cellArena = make([]rowCell, 0, max(min(2*cap(c.cellArena), 4096), 32, n))
	}
	k := len(c.cellArena)
	c.cellArena = c.cellArena[:k+n]
	return c.cellArena[k : k : k+n]
}

// reserveCells makes room in the arena for n more cells.
func (c *caches) reserveCells(n int) {
	if len(c.cellArena)+n > cap(c.cellArena) {
		c.cellArena = make([]rowCell, 0, n)
	}
}

// caches are what one parse keeps so that it does a thing once.
type caches struct {
	refArena    []unit.Ref      // backing for the units of tasks (see split)
	cellArena   []rowCell       // backing for the cells of rows (see newCells)
	lastCited   string          // the text hasCitation last looked at
	lastCites   []foundCitation // and what it found there
	splits      map[string][]unit.Ref
	deadlines   map[string]deadlineResult
	deadlineCtx deadline.Context
}

type deadlineResult struct {
	s   deadline.Schedule
	err error
}

var reFootnote = regexp.MustCompile(`\[(\d{1,3})\]`)

// tasks turns the rows of plan number pn (from 1) into tasks.
func (s *state) tasks(pn int, rows []taskRow, ctx deadline.Context) []plan.Task {
	inferNumbers(rows)
	out := make([]plan.Task, 0, len(rows))
	if cap(s.refArena) == 0 {
		// Room for a lead and a partner a row, as most plans have.
		s.refArena = make([]unit.Ref, 0, min(2*len(rows), 4096))
	}
	keys := newKeys(pn, len(rows))
	for i := range rows {
		if s.stopped() {
			break
		}
		r := &rows[i]
		if r.no == "" && r.lost {
			for ci := range r.cells {
				c := &r.cells[ci]
				s.diag(c.pos, plan.Warning, CodeOrphanCell, "cell without a row: %s", quote(c.text))
				s.citeText(c.text, c.pos, s.lineOf(c))
			}
			continue
		}
		out = append(out, s.task(r, ctx, keys))
	}
	return out
}

// inferNumbers numbers a row that lost its number right after row N, when
// the next numbered row is N+2: it is row N+1. next[k] is the number of
// the first numbered row after k, found in one pass so that many broken
// rows stay linear.
func inferNumbers(rows []taskRow) {
	next := make([]int, len(rows))
	n := 0
	for k := len(rows) - 1; k >= 0; k-- {
		next[k] = n
		if v, ok := atoi(rows[k].no); ok {
			n = v
		}
	}
	for k := range rows {
		r := &rows[k]
		if r.no != "" || !r.lost || k == 0 || rows[k-1].no == "" || rows[k-1].inferred {
			continue
		}
		if prev, ok := atoi(rows[k-1].no); ok && prev > 0 && next[k] == prev+2 {
			r.no, r.inferred = strconv.Itoa(prev+1), true
		}
	}
}

// task reads one row as a task.
func (s *state) task(r *taskRow, ctx deadline.Context, keys *keys) plan.Task {
	cols := r.cols
	if r.year != 0 {
		ctx.Year = r.year // the header's "(Năm 2026)"
	}
	t := plan.Task{No: r.no, Section: r.section, Line: r.pos.Line, Lead: []unit.Ref{}, Partners: []unit.Ref{},
		Source: make(map[string]string, min(len(cols), 8))}
	t.Key = keys.next(r.section, r.no, r.pos.Line)
	if r.inferred {
		s.diag(r.pos, plan.Warning, CodeRowNumberInferred, "row has no number; taken as task %s, between the rows around it", r.no)
	}
	if len(r.cells) != len(cols) {
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = c.key()
		}
		s.diag(r.pos, plan.Warning, CodeRowCells, "task %s has %d of %d cells (%s)", r.no, len(r.cells), len(cols), strings.Join(names, ", "))
	}
	for ci := range r.cells {
		c := &r.cells[ci]
		var col column
		if ci < len(cols) {
			col = cols[ci]
		} else {
			col = column{name: "column " + strconv.Itoa(ci+1), unnamed: true}
		}
		if ci == len(cols) {
			s.diag(c.pos, plan.Warning, CodeExtraCell, "task %s: %d cells beyond the %d columns, kept in source as \"column N\"",
				r.no, len(r.cells)-len(cols), len(cols))
		}
		key := col.key()
		if col.role != RoleContent && (c.text != "" || !col.unnamed) {
			t.Source[key] = c.text // an empty cell under no header: nothing to keep
		}
		text := c.text
		// Footnote markers ("[1]") are kept apart from the text.
		if strings.IndexByte(text, '[') >= 0 {
			if marks := reFootnote.FindAllStringSubmatch(text, -1); marks != nil {
				for _, m := range marks {
					t.Footnotes = append(t.Footnotes, m[1])
				}
				t.Source[key] = text // the cell as written, content included
				text = vntext.CollapseSpace(reFootnote.ReplaceAllString(text, ""))
			}
		}
		switch col.role {
		case RoleContent:
			t.Content = text
			s.citeText(text, c.pos, s.lineOf(c))
		case RoleLead:
			t.Lead = s.split(text)
		case RolePartners:
			t.Partners = s.split(text)
		case RoleDeadline:
			if text == "" {
				break // an empty cell: no deadline, nothing to report
			}
			sch, err := s.deadline(text, ctx)
			if r.prose && sch.Due().IsZero() {
				// "Thực hiện thường xuyên, riêng ... hoàn thành trong quý
				// II/2020": the commitment with a date.
				if m, ok := pickDeadline(deadline.Find(text, ctx)); ok && !m.Due().IsZero() {
					sch, err = m.Schedule, nil
				}
			}
			t.Deadline = sch
			s.citeText(text, c.pos, s.lineOf(c))
			if err != nil {
				pos := c.pos
				if e, ok := err.(*deadline.Error); ok {
					pos = advance(pos, e.Phrase, e.Offset)
				}
				s.diag(pos, plan.Warning, CodeDeadline, "task %s: %v", r.no, err)
			}
		case RoleOutput:
			t.Output = text
			s.citeText(text, c.pos, s.lineOf(c))
		}
	}
	if r.findDeadline && t.Deadline.Raw == "" {
		in := t.Content
		if r.findIn != "" {
			in = r.findIn
		}
		if m, ok := pickDeadline(deadline.Find(in, ctx)); ok {
			t.Deadline = m.Schedule
			t.Source["deadline"] = m.Raw
		}
	}
	return t
}

// pickDeadline chooses, among the deadlines found in a duty's text, the
// one that fixes its due date: the first with a due date that is not a
// range (a range dates what happened or goes on: "đợt mưa lũ từ ngày
// 16-22/11/2025"), else the first with a due date, else the first.
func pickDeadline(ms []deadline.Match) (deadline.Match, bool) {
	for _, m := range ms {
		if !m.Due().IsZero() && m.Kind != deadline.KindRange {
			return m, true
		}
	}
	for _, m := range ms {
		if !m.Due().IsZero() {
			return m, true
		}
	}
	if len(ms) > 0 {
		return ms[0], true
	}
	return deadline.Match{}, false
}

// split splits a unit cell; plans repeat the same cells row after row, so
// each text is split once. Every task gets its own copy.
func (s *state) split(text string) []unit.Ref {
	refs, ok := s.splits[text]
	if !ok {
		refs = s.reg.Split(text)
		if s.splits == nil {
			s.splits = map[string][]unit.Ref{}
		}
		s.splits[text] = refs
	}
	if len(refs) == 0 {
		return []unit.Ref{}
	}
	// The copies are cut from one larger array: fewer, larger allocations
	// for plans of many rows. Each copy has its own capacity, so appending
	// to one task's units never writes into another's.
	if len(s.refArena)+len(refs) > cap(s.refArena) {
		s.refArena = make([]unit.Ref, 0, max(min(2*cap(s.refArena), 4096), 16, len(refs)))
	}
	k := len(s.refArena)
	s.refArena = append(s.refArena, refs...)
	return s.refArena[k:len(s.refArena):len(s.refArena)]
}

// deadline parses a deadline cell. Plans repeat the same cells ("Thường
// xuyên") row after row, so each text is parsed once in a context; lists,
// whose parts are slices, are parsed for each task.
func (s *state) deadline(text string, ctx deadline.Context) (deadline.Schedule, error) {
	if s.deadlines == nil || s.deadlineCtx != ctx {
		clear(s.deadlines)
		if s.deadlines == nil {
			s.deadlines = map[string]deadlineResult{}
		}
		s.deadlineCtx = ctx
	}
	r, ok := s.deadlines[text]
	if !ok {
		r.s, r.err = deadline.Parse(text, ctx)
		if r.s.Parts == nil {
			s.deadlines[text] = r
		}
	}
	return r.s, r.err
}

// keys gives tasks their keys: the plan's number, the section and the
// task's number ("1/II/3"), or, where that is taken or there is no
// number, the line ("1/L190").
type keys struct {
	plan string
	used map[string]bool
}

func newKeys(pn, n int) *keys { return &keys{plan: strconv.Itoa(pn), used: make(map[string]bool, n)} }

func (k *keys) next(section, no string, line int) string {
	key := k.plan + "/" + no
	if section != "" {
		key = k.plan + "/" + section + "/" + no
	}
	if no == "" || k.used[key] {
		key = k.plan + "/L" + strconv.Itoa(line)
		for n := 2; k.used[key]; n++ {
			key = k.plan + "/L" + strconv.Itoa(line) + "." + strconv.Itoa(n)
		}
	}
	k.used[key] = true
	return key
}

// atoi reads a number of at most nine digits, without the error value
// strconv.Atoi allocates for text that is not one.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
