package parse

import "strconv"

// readArticle reads the start of an article: "Điều 1. Ban hành kèm theo
// ...". An article opens the decision's body wherever it comes.
func readArticle(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != preamble && d.phase != body {
		return 0
	}
	m := articleMatch(p.Text)
	if m == nil {
		return 0
	}
	no, _ := strconv.Atoi(m[1])
	d.phase = body
	d.articles = append(d.articles, articleBuilder{no: no, line: p.Pos.Line})
	d.articles[len(d.articles)-1].text.add("", m[2])
	s.cite(k)
	s.take(k, rdArticle)
	return 1
}

// readArticleText reads the paragraphs of an article after its first: any
// paragraph of the body not in capitals.
func readArticleText(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != body || len(d.articles) == 0 || p.Caps {
		return 0
	}
	d.articles[len(d.articles)-1].text.add("\n", p.Text)
	s.cite(k)
	s.take(k, rdArticle)
	return 1
}
