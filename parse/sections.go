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

// readIntro reads the opening text of a plan issued on its own, before
// its first heading. It is claimed only if the plan is kept.
func readIntro(s *state, pb *planBuilder) int {
	p, k := s.planPara(pb)
	if !pb.standalone || p.Indent != 0 || len(pb.sections) > 0 || len(pb.rows) > 0 {
		return 0
	}
	pb.intro.add("\n", p.Text)
	pb.introParas = append(pb.introParas, k)
	pb.last = rdIntro
	return 1
}

// readSectionText reads the text under a heading: paragraphs, "a)"
// points and dashes, one a line.
func readSectionText(s *state, pb *planBuilder) int {
	p, k := s.planPara(pb)
	if p.Indent != 0 || len(pb.sections) == 0 {
		return 0
	}
	sb := &pb.sections[len(pb.sections)-1]
	sb.text.add("\n", p.Text)
	s.take(k, rdSectionText)
	pb.last = rdSectionText
	return 1
}
