package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// readItem reads a numbered paragraph ("1. Rà soát ...", "2.1) Xây dựng
// ..."), with the paragraphs that continue it: a task when it names its
// lead or its deadline by labels ("Đơn vị chủ trì: ...; Thời gian: ..."),
// else a heading of the second level.
func readItem(s *state, pb *planBuilder) int {
	p, _ := s.planPara(pb)
	no, head, ok := itemMatch(p.Text)
	if !ok || p.Indent != 0 {
		return 0
	}
	parts := []string{head}
	n := 1
	for ; pb.i+n < pb.to; n++ {
		b := s.src.Blocks[pb.i+n]
		if b.IsTable() {
			break
		}
		q := s.para(b.Para)
		if q.Text == "" || q.Gap || s.claims.taken(b.Para) || isItem(q.Text) || isSection(q.Text) {
			break
		}
		parts = append(parts, q.Text)
	}
	for j := 0; j < n; j++ {
		s.take(s.src.Blocks[pb.i+j].Para, rdItem)
	}
	pb.last = rdItem
	text := strings.Join(parts, " ")
	labels := s.vocab.findLabels(text)
	hasTask := false
	for _, lb := range labels {
		if r := lb.role; r == RoleLead || r == RoleDeadline {
			hasTask = true
		}
	}
	if !hasTask {
		// A heading, or a numbered paragraph: kept whole as a section.
		pb.addSection(no, text, 2, p.Pos)
		return n
	}
	r := taskRow{no: no, section: pb.section, pos: p.Pos}
	cellAt := func(t string) rowCell {
		return rowCell{text: strings.Trim(vntext.TrimSpace(t), "-;,. "), pos: p.Pos, online: true}
	}
	r.cols = append(r.cols, column{role: RoleContent}, column{name: "paragraph"})
	r.cells = append(r.cells, cellAt(text[:labels[0].start]), cellAt(text))
	for i, lb := range labels {
		end := len(text)
		if i+1 < len(labels) {
			end = labels[i+1].start
		}
		r.cols = append(r.cols, column{role: lb.role, name: lb.name})
		r.cells = append(r.cells, cellAt(text[lb.end:end]))
	}
	pb.rows = append(pb.rows, r)
	return n
}

// label is a label found in a paragraph: "Đơn vị chủ trì:".
type label struct {
	start, end int // the label and its colon
	role       Role
	name       string // the label as written, for roles other than the known
}

// findLabels finds the labels of the vocabulary in text, in any case,
// followed by a colon ("Đơn vị chủ trì:", "thời gian :"). It works back
// from each colon, as colons are few.
func (v *vocab) findLabels(text string) []label {
	var out []label
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], ':')
		if k < 0 {
			break
		}
		colon := from + k
		end := len(vntext.TrimRightSpace(text[from:colon])) + from
		best, role := -1, RoleOther // where the longest label ending at end starts
		for _, t := range v.labels {
			if start, ok := suffixFold(text[from:end], t.Phrase); ok && (best < 0 || from+start < best) {
				best, role = from+start, t.Role
			}
		}
		if best >= 0 {
			out = append(out, label{start: best, end: colon + 1, role: role, name: vntext.CollapseSpace(text[best:end])})
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
