package parse

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// The readers of the decision's legal bases ("Căn cứ ...;"), the proposal
// ("Theo đề nghị của ...,") and the line that opens its articles
// ("QUYẾT ĐỊNH:").

// readBasis reads a basis: "Căn cứ Nghị định số 79/NĐ-CP ...;".
func readBasis(s *state) int {
	p, k := s.cur()
	if s.dec.phase != preamble || s.dec.headed || !strings.HasPrefix(p.Text, "Căn cứ") {
		return 0
	}
	s.newBasis(k)
	return 1
}

// readBasisCont reads a basis wrapped over paragraphs: the paragraph right
// after it, not in capitals, while the basis has not ended with ";" or
// ".".
func readBasisCont(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != preamble || len(d.bases) == 0 || s.doc.Proposal != "" || p.Caps || p.Gap {
		return 0
	}
	b := &d.bases[len(d.bases)-1]
	if b.last != d.at-1 || b.text.hasSuffix(";") || b.text.hasSuffix(".") {
		return 0
	}
	b.text.add(" ", p.Text)
	b.last = d.at
	b.citations = append(b.citations, s.cite(k)...)
	s.take(k, rdBasis)
	return 1
}

// readBasisUncited reads a basis written without "Căn cứ", as the seed's
// "Chỉ thị số 05/CT-TTg ...;": a paragraph among the bases that cites a
// document and ends as a basis does.
func readBasisUncited(s *state) int {
	p, k := s.cur()
	d := &s.dec
	t := p.Text
	if d.phase != preamble || len(d.bases) == 0 || s.doc.Proposal != "" ||
		!strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ".") || !s.hasCitation(t) {
		return 0
	}
	s.newBasis(k)
	return 1
}

// newBasis starts a basis with paragraph k.
func (s *state) newBasis(k int) {
	d := &s.dec
	d.bases = append(d.bases, basisBuilder{line: s.para(k).Pos.Line, last: d.at, citations: []plan.Citation{}})
	b := &d.bases[len(d.bases)-1]
	b.text.add("", s.para(k).Text)
	b.citations = append(b.citations, s.cite(k)...)
	s.take(k, rdBasis)
}

// readProposal reads "Theo đề nghị của Cục trưởng ...,". The first one
// found is the proposal; a second is not read as one.
func readProposal(s *state) int {
	p, k := s.cur()
	if s.dec.phase != preamble || !strings.HasPrefix(p.Text, "Theo đề nghị") || s.doc.Proposal != "" {
		return 0
	}
	s.doc.Proposal = p.Text
	s.cite(k)
	s.take(k, rdProposal)
	return 1
}

// isDecides reports the enacting line: "QUYẾT ĐỊNH:", or a resolution's
// "QUYẾT NGHỊ:".
func isDecides(t string) bool {
	t = strings.ReplaceAll(t, " ", "")
	return t == "QUYẾTĐỊNH:" || t == "QUYẾTNGHỊ:"
}

// readDecides reads "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:", after which the
// articles come.
func readDecides(s *state) int {
	p, k := s.cur()
	if s.dec.phase != preamble || !isDecides(p.Text) {
		return 0
	}
	if s.doc.Kind == "" {
		s.doc.Kind = "Quyết định"
	}
	s.dec.phase = body
	s.take(k, rdDecides)
	return 1
}
