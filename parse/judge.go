package parse

import (
	"sort"

	"github.com/kehoach/kehoach/internal/block"

	"github.com/kehoach/kehoach/plan"
)

// judge adds the errors that concern the document as a whole: what it
// should hold and does not.
func (s *state) judge() {
	doc := s.doc
	tasks := 0
	for i, p := range doc.Plans {
		tasks += len(p.Tasks)
		switch {
		case len(p.Tasks) == 0 && s.catalogues[i]:
			s.diag(block.Pos{Line: p.Line, Col: 1}, plan.Info, CodeNotPlan, "appendix %s publishes procedures or a form: no task read", quote(p.Title))
		case len(p.Tasks) == 0 && s.notPlans[i]:
			// Its tables' own diagnostics say what they are.
		case len(p.Tasks) == 0:
			s.docError(p.Line, CodePlanNoTasks, ErrNoTasks, "plan %s has no task", quote(p.Title))
		}
		for _, t := range p.Tasks {
			if t.Content == "" {
				s.docError(t.Line, CodeNoContent, ErrNoContent, "task %s has no content", t.No)
			}
		}
	}
	// A text of which at least half the lines were not understood, and
	// that yielded neither articles nor tasks, is not a decision or a plan
	// this parser reads.
	lines, unplaced := 0, 0
	first := 0
	for k := range s.src.Paras {
		p := &s.src.Paras[k]
		if p.Text == "" {
			continue
		}
		lines++
		if s.claims.by[k] == unclaimed {
			unplaced++
			if first == 0 {
				first = p.Pos.Line
			}
		}
	}
	if lines > 0 && unplaced*2 >= lines && tasks == 0 && len(doc.Articles) == 0 {
		s.docError(max(first, 1), CodeNotUnderstood, ErrNotUnderstood,
			"%d of %d lines not understood: not a decision or plan this parser reads", unplaced, lines)
	}
}

// docError reports an error at the start of a line.
func (s *state) docError(line int, code plan.Code, err error, format string, args ...any) {
	s.diag(s.lineStart(line), plan.Error, code, format, args...).Err = err
}

// sortDiagnostics sorts diagnostics by position, keeping the order of those
// at one position.
func sortDiagnostics(d []plan.Diagnostic) {
	sort.SliceStable(d, func(i, j int) bool {
		a, b := d[i], d[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}
