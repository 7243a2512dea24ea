package parse

import (
	"strings"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// readProse reads a run of a plan's prose: the paragraphs from the block
// being read to the next table, the next heading the plan's head readers
// take (an appendix, a "Kèm theo" note, a section in capitals), or a
// paragraph already taken. The run is read as items (prose.go), and each
// item as a labelled task (labels.go), a duty of a unit (duties.go), a
// heading of the second level, or text under a heading.
func readProse(s *state, pb *planBuilder) int {
	var paras []int
	n := 0
	for ; pb.i+n < pb.to; n++ {
		b := s.src.Blocks[pb.i+n]
		if b.IsTable() {
			break
		}
		p := s.para(b.Para)
		if s.claims.taken(b.Para) || p.Indent != block.NoIndent {
			break
		}
		if n > 0 && (isAppendix(p.Text) || isAttachedStart(p.Text) || isCapsSection(p.Text)) {
			break
		}
		if p.Text == "" {
			if s.marks(b.Para) != "" {
				s.take(b.Para, rdMarks)
			}
			continue
		}
		paras = append(paras, b.Para)
	}
	if n == 0 {
		return 0
	}
	items := s.items(paras)
	for i := range items {
		if !items[i].done {
			s.readItem(pb, items, i)
		}
	}
	return n
}

// readItem reads item i, and the items under it that go with it.
func (s *state) readItem(pb *planBuilder, items []item, i int) {
	it := &items[i]
	switch {
	case pb.catalogue && it.kind != mkRoman && it.kind != mkNumber && it.kind != mkDotted && len(pb.sections) == 0:
		// Before any heading in a catalogue of procedures: left to the
		// diagnostics.
	case pb.catalogue:
		// A catalogue of procedures assigns no task: read below as
		// headings and text.
		s.catalogueItem(pb, it)
	case s.sharesLabels(items, i):
		// Read with the item after it whose labels it shares.
	case s.labelledTask(pb, items, i):
		pb.last = rdItem
	case s.duties(pb, items, i):
		pb.last = rdDuty
	case s.orphan(it):
		// Labels or a unit heading that gave no task: read below as a
		// heading or text, with a diagnostic (orphan reports false).
	case it.kind == mkRoman:
		// A heading in sentence case: "II. Trách nhiệm phối hợp".
		pb.addSection(it.marker, it.text, 1, it.pos)
		s.takeItem(it, rdItem)
		pb.last = rdItem
	case it.kind == mkNumber || it.kind == mkDotted:
		// A heading, or a numbered paragraph: kept whole as a section.
		pb.addSection(strings.TrimSuffix(it.marker, "."), it.text, 2, it.pos)
		s.takeItem(it, rdItem)
		pb.last = rdItem
	case pb.standalone && len(pb.sections) == 0 && len(pb.rows) == 0:
		// A standalone plan's opening text, before its first heading; it is
		// claimed if the plan is kept.
		for _, k := range it.paras {
			pb.intro.add("\n", s.para(k).Text)
			pb.introParas = append(pb.introParas, k)
		}
		it.done = true
		pb.last = rdIntro
	case len(pb.sections) > 0:
		// Text under a heading: paragraphs, points and dashes, one a line.
		sb := &pb.sections[len(pb.sections)-1]
		for _, k := range it.paras {
			sb.text.add("\n", s.para(k).Text)
		}
		s.takeItem(it, rdSectionText)
		pb.last = rdSectionText
	}
}

// catalogueItem reads an item of a catalogue of procedures: a numbered
// item heads a section, any other is text under the section.
func (s *state) catalogueItem(pb *planBuilder, it *item) {
	switch it.kind {
	case mkRoman:
		pb.addSection(it.marker, it.text, 1, it.pos)
	case mkNumber, mkDotted:
		pb.addSection(strings.TrimSuffix(it.marker, "."), it.text, 2, it.pos)
	default:
		sb := &pb.sections[len(pb.sections)-1]
		for _, k := range it.paras {
			sb.text.add("\n", s.para(k).Text)
		}
		s.takeItem(it, rdSectionText)
		pb.last = rdSectionText
		return
	}
	s.takeItem(it, rdItem)
	pb.last = rdItem
}

// takeItem claims an item's paragraphs.
func (s *state) takeItem(it *item, r reader) {
	for _, k := range it.paras {
		s.take(k, r)
	}
	it.done = true
}

// lines returns the paragraphs of an item as written, joined: its marker
// and text.
func (s *state) lines(it *item) string {
	var b strings.Builder
	for _, k := range it.paras {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.para(k).Text)
	}
	return b.String()
}

// dutyRow makes the task row of a duty: its content, the unit it falls to
// as written, the paragraph it was read from, the partners its text names,
// and the deadline its text states (deadline.Find).
func (s *state) dutyRow(pb *planBuilder, it *item, paragraph, content, lead, partners string) taskRow {
	r := taskRow{no: strings.TrimSuffix(strings.TrimSuffix(it.marker, "."), ")"), section: pb.section, pos: it.pos, prose: true}
	if it.kind == mkDash || it.kind == mkPlus || it.kind == mkNone {
		r.no = ""
	}
	cell := func(t string) rowCell { return rowCell{text: vntext.TrimSpace(t), pos: it.pos} }
	r.cols = append(r.cols, column{role: RoleContent}, column{role: RoleLead}, column{name: "paragraph"})
	r.cells = append(r.cells, cell(strings.TrimRight(content, " ")), cell(lead), cell(paragraph))
	if partners != "" {
		r.cols = append(r.cols, column{role: RolePartners})
		r.cells = append(r.cells, cell(partners))
	}
	r.findDeadline = true
	return r
}

// orphan reports, with a diagnostic, an item that no reader made a task
// of although it looks like one: its labels name a lead or a deadline, or
// it is a unit heading with nothing under it. It returns false, so that
// the item is still read as a heading or text.
func (s *state) orphan(it *item) bool {
	switch {
	case namesTask(s.vocab.findLabels(it.text)):
		s.diag(it.pos, plan.Warning, CodeLabels, "labels name a lead or a deadline, but no task was read: %s", quote(it.text)).Len = runes(it.text)
	case it.kind != mkNone && it.kind != mkRoman && len(it.kids) == 0 && strings.HasSuffix(it.text, ":") && s.namesOnly(it.text):
		s.diag(it.pos, plan.Warning, CodeLabels, "unit heading with no duty under it: %s", quote(it.text)).Len = runes(it.text)
	}
	return false
}
