package parse

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// state is one parse: the source in blocks, what has been claimed, the
// document being built, and the caches of the run.
type state struct {
	filename string
	reg      *unit.Registry
	vocab    *vocab
	src      *block.Document
	claims   claims
	doc      *plan.Document
	dec      decisionBuilder
	// notPlans holds the plans (by index) whose tables are catalogues,
	// steps or estimates rather than tasks: no task is what they hold.
	notPlans map[int]bool
	// catalogues are the plans (by index) that publish procedures or forms
	// and assign no task: no error for their lack of tasks.
	catalogues map[int]bool
	caches
	limits
	lastGrid  gridCache
	lastShare shareScan
}

func newState(c *Config, filename string, src *block.Document) *state {
	s := &state{filename: filename, reg: c.registry(), vocab: newVocab(c.Vocabulary), src: src}
	s.limits = newLimits(c)
	s.claims = newClaims(len(src.Paras))
	s.doc = &plan.Document{
		Bases: []plan.Basis{}, Articles: []plan.Article{}, Recipients: []plan.Recipient{},
		Plans: []plan.Plan{}, Citations: []plan.Citation{}, Diagnostics: []plan.Diagnostic{},
	}
	return s
}

// line returns source line n (from 1), or "" for a format without lines.
func (s *state) line(n int) string {
	if n < 1 || n > len(s.src.Lines) {
		return ""
	}
	return s.src.Lines[n-1]
}

// marks returns the bookmark markers of paragraph k, "" when it has none.
func (s *state) marks(k int) string { return s.src.Marks[k] }

// para returns paragraph k.
func (s *state) para(k int) *block.Para { return &s.src.Paras[k] }

// take records that reader r took paragraph k.
func (s *state) take(k int, r reader) { s.claims.take(k, r) }

// diag reports a problem at pos. It returns the diagnostic, for the
// caller to set its length or sentinel right away.
func (s *state) diag(pos block.Pos, sev plan.Severity, code plan.Code, format string, args ...any) *plan.Diagnostic {
	if d := s.fold(pos, sev, code); d != nil {
		return d // one more like those kept: counted, not written
	}
	col := pos.Col
	if pos.Line > 0 && pos.Line <= len(s.src.Lines) {
		// Keep the column inside its line. (A line of n bytes has at least
		// n/4 characters: count them only when the column may be past the
		// end, so long lines stay linear.)
		raw := s.src.Lines[pos.Line-1]
		if col > len(raw)/utf8.UTFMax {
			col = min(col, utf8.RuneCountInString(raw)+1)
		}
	}
	s.doc.Diagnostics = append(s.doc.Diagnostics, plan.Diagnostic{
		Position: plan.Position{Filename: s.filename, Offset: pos.Offset, Line: pos.Line, Column: max(1, col)},
		Severity: sev, Code: code, Message: fmt.Sprintf(format, args...),
	})
	return &s.doc.Diagnostics[len(s.doc.Diagnostics)-1]
}

// runes returns the length of t in characters, for a diagnostic's Len.
func runes(t string) int { return utf8.RuneCountInString(t) }

// advance returns the position of byte i of text, which starts at pos.
func advance(pos block.Pos, text string, i int) block.Pos {
	i = min(max(i, 0), len(text))
	pos.Offset += i
	pos.Col += utf8.RuneCountInString(text[:i])
	return pos
}

// textBuf gathers a field written over several paragraphs, so that each
// costs its length and not the length of all the text before it. A field
// of one part is that part, not a copy.
type textBuf struct {
	one  string          // the field while it has one part
	b    strings.Builder // the field once it has more
	many bool
	last string // the last part added
}

// add appends part, after sep unless the field is empty.
func (t *textBuf) add(sep, part string) {
	switch {
	case t.many:
		t.b.WriteString(sep)
		t.b.WriteString(part)
	case t.one == "":
		t.one = part
	default:
		t.b.Grow(len(t.one) + len(sep) + len(part))
		t.b.WriteString(t.one)
		t.b.WriteString(sep)
		t.b.WriteString(part)
		t.many, t.one = true, ""
	}
	t.last = part
}

// set replaces the field by part.
func (t *textBuf) set(part string) {
	t.b.Reset()
	t.many, t.one, t.last = false, part, part
}

func (t *textBuf) empty() bool { return !t.many && t.one == "" }

func (t *textBuf) String() string {
	if t.many {
		return t.b.String()
	}
	return t.one
}

func (t *textBuf) hasSuffix(x string) bool { return strings.HasSuffix(t.last, x) }

// lineStart returns the position of the first text of a line.
func (s *state) lineStart(line int) block.Pos {
	ps := s.src.Paras
	k := sort.Search(len(ps), func(k int) bool { return ps[k].Pos.Line >= line })
	if k < len(ps) && ps[k].Pos.Line == line {
		return ps[k].Pos
	}
	return block.Pos{Line: line, Col: 1}
}
