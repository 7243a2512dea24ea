package parse

// The readers of a plan's sections: headings in capitals ("II. NHIỆM VỤ
// CỤ THỂ"), the text under them, and the text before the first heading
// of a plan issued on its own.

// readSection reads a section heading: a Roman numeral or A–D, and a
// title in capitals.
func readSection(s *state, pb *planBuilder) int {
	p, k := s.planPara(pb)
	if p.Indent != 0 || !isCapsSection(p.Text) {
		return 0
	}
	no, title, _ := sectionMatch(p.Text)
	pb.addSection(no, title, 1, p.Pos)
	s.take(k, rdSection)
	pb.last = rdSection
	return 1
}
