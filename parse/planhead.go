package parse

import (
	"strings"

	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
)

// The readers of a plan's head: the appendix heading ("PHỤ LỤC I"), the
// title in capitals, and the "(Kèm theo Quyết định số ...)" note.

// readAppendix reads "PHỤ LỤC", "PHỤ LỤC I" above a plan's title, or the
// type line of a plan issued by the decision ("KẾ HOẠCH").
func readAppendix(s *state, pb *planBuilder) int {
	p, k := s.planPara(pb)
	if !isAppendix(p.Text) && !(isTypeLine(p.Text) && pb.i == pb.from && !pb.standalone) || !pb.title.empty() || pb.pl.Heading != "" {
		return 0
	}
	pb.pl.Heading = p.Text
	s.take(k, rdAppendix)
	pb.last = rdAppendix
	return 1
}

// readPlanTitle reads the plan's title: capitals before its tasks and its
// "Kèm theo" note, wrapped over paragraphs.
func readPlanTitle(s *state, pb *planBuilder) int {
	p, k := s.planPara(pb)
	// A line not in capitals continues the title as its subtitle when the
	// note comes right after it.
	sub := pb.last == rdPlanTitle && pb.i+1 < pb.to && !s.src.Blocks[pb.i+1].IsTable() &&
		isAttachedStart(s.para(s.src.Blocks[pb.i+1].Para).Text)
	if pb.standalone || !p.Caps && !sub || p.Indent != 0 || len(pb.rows) > 0 || pb.pl.AttachedTo != nil ||
		!pb.title.empty() && pb.last != rdPlanTitle {
		return 0
	}
	pb.title.add(" ", p.Text)
	s.take(k, rdPlanTitle)
	pb.last = rdPlanTitle
	return 1
}

// readAttached reads "(Kèm theo Quyết định số 95/QĐ-VPCP ngày 24 tháng 3
// năm 2023 của ...)", perhaps wrapped over a few paragraphs, and fills in
// the document's number, date and issuer when its own header did not
// give them.
func readAttached(s *state, pb *planBuilder) int {
	p, _ := s.planPara(pb)
	if !isAttachedStart(p.Text) || pb.pl.AttachedTo != nil || len(pb.rows) > 0 || len(pb.sections) > 0 {
		return 0
	}
	text := p.Text
	n := 1
	open := strings.HasPrefix(strings.TrimLeft(text, "*_"), "(")
	for open && !strings.HasSuffix(strings.TrimRight(text, "*_"), ")") && n < 5 && pb.i+n < pb.to {
		b := s.src.Blocks[pb.i+n]
		if b.IsTable() || s.para(b.Para).Text == "" || s.para(b.Para).Gap {
			break
		}
		text += " " + s.para(b.Para).Text
		n++
	}
	for j := 0; j < n; j++ {
		s.take(s.src.Blocks[pb.i+j].Para, rdAttached)
	}
	pb.pl.AttachedText = text
	inner := strings.TrimSuffix(strings.TrimPrefix(text, "("), ")")
	inner = strings.TrimPrefix(strings.TrimSuffix(inner, "*"), "*")
	inner = strings.TrimSuffix(strings.TrimPrefix(inner, "("), ")")
	if ref := s.attached(inner); ref != nil {
		pb.pl.AttachedTo = ref
	} else {
		s.diag(p.Pos, plan.Warning, CodeAttached, "no document number in %s", quote(inner))
	}
	pb.last = rdAttached
	return n
}

// attached reads the inside of a "Kèm theo" note.
func (s *state) attached(t string) *docref.Ref {
	cs := s.findCitations(nil, t)
	if len(cs) == 0 {
		return nil
	}
	c := cs[0]
	d := s.doc
	ref := c.Ref
	if d.Number.IsZero() {
		d.Number = c.Number
	}
	if d.Date.IsZero() {
		d.Date = c.Date
	}
	if d.Issuer == "" {
		d.Issuer = c.Issuer
	}
	if d.Kind == "" {
		d.Kind = c.Type
	}
	return &ref
}

// isAppendix reports whether t heads an appendix: "PHỤ LỤC", "PHỤ LỤC I".
func isAppendix(t string) bool {
	rest, ok := strings.CutPrefix(t, "PHỤ LỤC")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') && isCaps(t)
}

// isAttachedStart reports whether t starts a "(Kèm theo ...)" note.
func isAttachedStart(t string) bool {
	for len(t) > 0 && (t[0] == '*' || t[0] == '(' || t[0] == ' ') {
		t = t[1:]
	}
	if t == "" || t[0] != 'B' && t[0] != 'K' && t[0] != 'k' {
		return false
	}
	t = strings.TrimPrefix(t, "Ban hành ")
	return strings.HasPrefix(t, "Kèm theo") || strings.HasPrefix(t, "kèm theo")
}

// planPara returns the paragraph of the block being read.
func (s *state) planPara(pb *planBuilder) (*block.Para, int) {
	k := s.src.Blocks[pb.i].Para
	return s.para(k), k
}
