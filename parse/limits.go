package parse

import (
	"context"
	"strconv"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
)

// The bounds of one parse: the context that may stop it, the most tasks,
// and the diagnostics of one kind past which they are only counted.

// limits is the part of a parse's state that enforces its Config's limits.
type limits struct {
	ctx      context.Context
	err      error // the context's error, once it is done
	ticks    int
	maxTasks int
	tasksCut bool // the task limit was reported
	// tasksRead counts the tasks of the first plansCounted plans.
	tasksRead, plansCounted int
	maxDiags                int
	folds                   map[foldKey]*foldCount
	scratch                 plan.Diagnostic // what diag returns for a folded diagnostic
}

type foldKey struct {
	code plan.Code
	sev  plan.Severity
}

// foldCount counts the diagnostics of one kind: kept, then folded.
type foldCount struct {
	kept, more int
	last       int       // index in the document's diagnostics of the last kept
	first      block.Pos // where the first folded one is
}

func newLimits(c *Config) limits {
	return limits{
		ctx:      c.Context,
		maxTasks: limit(c.MaxTasks, DefaultMaxTasks),
		maxDiags: limit(c.MaxDiagnostics, DefaultMaxDiagnostics),
		folds:    map[foldKey]*foldCount{},
	}
}

// stopped reports whether the parse was stopped by its context. It is
// called once a block, a row or a line; it looks at the context once in
// 256 calls, so that it costs nothing to call often.
func (l *limits) stopped() bool {
	if l.err != nil {
		return true
	}
	if l.ctx == nil {
		return false
	}
	if l.ticks++; l.ticks&255 == 0 {
		l.err = l.ctx.Err()
	}
	return l.err != nil
}

// fold counts a diagnostic of the given kind. It returns nil when the
// diagnostic is to be written, or, past the limit of its kind, a scratch
// diagnostic for the caller to fill and forget.
func (s *state) fold(pos block.Pos, sev plan.Severity, code plan.Code) *plan.Diagnostic {
	k := foldKey{code, sev}
	f := s.folds[k]
	if f == nil {
		f = &foldCount{}
		s.folds[k] = f
	}
	if f.kept < s.maxDiags {
		f.kept++
		f.last = len(s.doc.Diagnostics)
		return nil
	}
	if f.more == 0 {
		f.first = pos
	}
	f.more++
	s.scratch = plan.Diagnostic{}
	return &s.scratch
}

// foldNotes writes one diagnostic for each kind that was folded, at the
// first diagnostic left out, with the sentinel of the ones kept.
func (s *state) foldNotes() {
	for k, f := range s.folds {
		if f.more == 0 {
			continue
		}
		last := s.doc.Diagnostics[f.last]
		f.kept = 0 // the note itself is written
		d := s.diag(f.first, k.sev, k.code, "and %s more like this (%s), from here on", thousands(f.more), last.Message)
		d.Err = last.Err
	}
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	t := strconv.Itoa(n)
	for i := len(t) - 3; i > 0 && t[i-1] != '-'; i -= 3 {
		t = t[:i] + "," + t[i:]
	}
	return t
}

// limitRows cuts the rows of a plan to what the task limit leaves, given
// the tasks read before them, and reports the first row cut.
func (s *state) limitRows(rows []taskRow, before int) []taskRow {
	room := max(s.maxTasks-before, 0)
	if len(rows) <= room {
		return rows
	}
	s.tooManyTasks(rows[room].pos, rows[len(rows)-1].pos.Line)
	return rows[:room]
}

// tooManyTasks reports, once, that the rows from pos to line last are past
// the task limit and not read.
func (s *state) tooManyTasks(pos block.Pos, last int) {
	if s.tasksCut {
		return
	}
	s.tasksCut = true
	s.diag(pos, plan.Error, CodeLimit, "more than %s tasks (Config.MaxTasks): the rows from here to line %d are not read", thousands(s.maxTasks), last).Err = ErrLimit
}

// tasksBefore counts the tasks read, and the rows of pb waiting to be.
// The plans read are counted once each, as they come.
func (s *state) tasksBefore(pb *planBuilder) int {
	for ; s.plansCounted < len(s.doc.Plans); s.plansCounted++ {
		s.tasksRead += len(s.doc.Plans[s.plansCounted].Tasks)
	}
	return s.tasksRead + len(pb.rows)
}

// cutNotes reports the rows the text reader cut at the cell limit, and
// the lines of tables past the row limit.
func (s *state) cutNotes(cuts []cutRow) {
	for _, c := range cuts {
		if c.last > 0 {
			s.diag(c.pos, plan.Error, CodeLimit, "more than %s table rows (twice Config.MaxTasks), or %d cells a row of them: the lines from here to line %d are not read", thousands(c.max), cellsPerRow, c.last).Err = ErrLimit
			continue
		}
		s.diag(c.pos, plan.Error, CodeLimit, "row has more than %s cells (Config.MaxCells): the rest of the row, %s bytes, is not read", thousands(c.max), thousands(c.bytes)).Err = ErrLimit
	}
}

// cutRow is a row the text reader cut at the cell limit: where the first
// cell not read starts, and how many bytes of the line were left; or the
// first line of a table past the row limit, and the last (last > 0).
type cutRow struct {
	pos   block.Pos
	max   int
	bytes int
	last  int
}
