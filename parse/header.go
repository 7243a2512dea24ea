package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/vntext"
)

// The readers of the decision's header (Nghị định 30/2020/NĐ-CP, Điều 8):
// the issuing body, the national motto, the number, the place and date,
// the type and the title.

// readMotto reads the national name and motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM", "Độc lập - Tự do - Hạnh phúc". What was read above it in
// capitals is the issuing body.
func readMotto(s *state) int {
	p, k := s.cur()
	if !hasPrefixAny(p.Text, "CỘNG HÒA XÃ", "CỘNG HOÀ XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") {
		return 0
	}
	s.issuerLines()
	s.take(k, rdMotto)
	return 1
}

// readHeaderCaps holds the paragraphs in capitals at the top of the
// document: the issuing body when a motto, a number or a type line
// follows them, else the title.
func readHeaderCaps(s *state) int {
	p, _ := s.cur()
	d := &s.dec
	if d.phase != preamble || !d.title.empty() || s.doc.Kind != "" || len(d.bases) > 0 || !p.Caps || s.marks(s.dec.flow[d.at]) != "" ||
		isSection(p.Text) || isTypeLine(p.Text) {
		return 0
	}
	d.header = append(d.header, s.dec.flow[d.at])
	return 1
}

// readNumber reads "Số: 95/QĐ-VPCP".
func readNumber(s *state) int {
	p, k := s.cur()
	if !s.doc.Number.IsZero() || !strings.HasPrefix(p.Text, "Số") {
		return 0
	}
	f, ok := numberLine(p.Text)
	if !ok {
		return 0
	}
	n, err := docref.ParseNumber(strings.TrimRight(f, ".,;"))
	if err != nil {
		return 0
	}
	s.doc.Number = n
	s.issuerLines()
	s.take(k, rdNumber)
	return 1
}

// numberLine reads the number a line "Số: 95/QĐ-VPCP" gives, as
// `^Số\s*:\s*(\S+)` does.
func numberLine(t string) (string, bool) {
	rest, ok := strings.CutPrefix(t, "Số")
	if !ok {
		return "", false
	}
	if rest, ok = strings.CutPrefix(vntext.TrimLeftSpace(rest), ":"); !ok {
		return "", false
	}
	rest = vntext.TrimLeftSpace(rest)
	end := 0
	for end < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[end:])
		if vntext.IsSpace(r) {
			break
		}
		end += n
	}
	return rest[:end], end > 0
}

// readPlaceDate reads "Hà Nội, ngày 24 tháng 3 năm 2023", perhaps wrapped
// over two paragraphs.
func readPlaceDate(s *state) int {
	p, k := s.cur()
	t := p.Text
	if !s.doc.Date.IsZero() || len(t) >= 160 || !strings.Contains(t, ", ngày") && !strings.HasSuffix(t, "ngày") {
		return 0
	}
	place, date, ok := placeDate(t)
	n := 1
	if !ok {
		if q, _ := s.peek(1); q != nil && q.Text != "" {
			place, date, ok = placeDate(t + " " + q.Text)
			n = 2
		}
	}
	if !ok {
		return 0
	}
	s.doc.Place, s.doc.Date = place, date
	s.take(k, rdPlaceDate)
	if n == 2 {
		_, k2 := s.peek(1)
		s.take(k2, rdPlaceDate)
	}
	return n
}

// readType reads the type line: "QUYẾT ĐỊNH", "KẾ HOẠCH". The title
// follows it.
func readType(s *state) int {
	p, k := s.cur()
	if s.dec.phase != preamble || !isTypeLine(p.Text) || s.doc.Kind != "" {
		return 0
	}
	s.issuerLines()
	s.doc.Kind = typeName(p.Text)
	s.dec.titleOpen = true
	s.take(k, rdType)
	return 1
}

// readTitleCont reads the title under the type line, in capitals,
// wrapped over paragraphs; the first paragraph not in capitals ends it.
func readTitleCont(s *state) int {
	p, k := s.cur()
	d := &s.dec
	switch {
	case !d.titleOpen:
		return 0
	case d.phase != preamble || isAuthority(p.Text) || isSection(p.Text):
		return 0
	case p.Caps && !d.titleCase:
	case d.title.empty() && sentenceTitle(p.Text), p.Heading > 0:
		// A title in sentence case ("Về việc ban hành ..."), or a
		// Markdown heading.
		d.titleCase = true
	case d.titleCase && !p.Gap && startsLower(p.Text) && d.titleLines < 4:
		// The sentence-case title wrapped (over a few lines at most).
	default:
		d.titleOpen = false
		return 0
	}
	d.title.add(" ", p.Text)
	d.titleLines++
	s.take(k, rdTitle)
	return 1
}

// sentenceTitle reports whether t, right under the type line and not in
// capitals, is the title: not a basis ("Căn cứ ..."), not a clause
// ending in ";" or ":", of a few words and short of a paragraph.
func sentenceTitle(t string) bool {
	return !strings.HasPrefix(t, "Căn cứ") && !strings.HasPrefix(t, "Theo đề nghị") &&
		!strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ".") &&
		utf8.RuneCountInString(t) <= 300 && !startsLower(t) && len(words(t)) >= 3
}

// readTitleMark reads the paragraph the source marks as the title
// ("[bookmark: loai_1_name]", as the seed starts).
func readTitleMark(s *state) int {
	p, k := s.cur()
	if s.dec.phase != preamble || !hasMark(s.marks(k), "loai_1_name") {
		return 0
	}
	s.dec.title.set(p.Text)
	s.take(k, rdTitle)
	return 1
}

// readCapsTitle reads a title in capitals where there is none yet: after
// the type line, or before any basis.
func readCapsTitle(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != preamble || !p.Caps || !d.title.empty() || s.doc.Kind == "" && len(d.bases) > 0 {
		return 0
	}
	d.title.set(p.Text)
	s.take(k, rdTitle)
	return 1
}

// readAuthority reads the title under which the document is issued, in
// capitals: "BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ".
func readAuthority(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != preamble || !p.Caps || d.title.empty() || s.doc.Authority != "" || len(d.bases) > 0 || !isAuthority(p.Text) {
		return 0
	}
	s.doc.Authority = p.Text
	s.take(k, rdAuthority)
	return 1
}

// issuerLines takes the held paragraphs in capitals at the top of the
// document as its issuing body: "ỦY BAN NHÂN / DÂN / THÀNH PHỐ HỒ CHÍ
// MINH". The last of them names the body; the ones before, its parent.
func (s *state) issuerLines() {
	d := &s.dec
	if len(d.header) == 0 {
		return
	}
	var parts []string
	for _, k := range d.header {
		parts = append(parts, s.para(k).Text)
		s.take(k, rdIssuer)
	}
	d.header = nil
	text := strings.Join(parts, " ")
	// The national motto, wrapped, may follow the body in the same block.
	for _, motto := range []string{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"} {
		if k := strings.Index(text, motto); k >= 0 {
			text = vntext.TrimSpace(text[:k])
		}
	}
	if text == "" {
		return
	}
	doc := s.doc
	doc.IssuerHeader = text
	if doc.Issuer != "" {
		return
	}
	// No name is as long as headNames bytes: a longer header is not one
	// name, and only its start can begin one.
	if len(text) <= headNames {
		if u, ok := s.reg.Lookup(text); ok {
			doc.Issuer = u.Name
			return
		}
	}
	// "BỘ TÀI CHÍNH / CỤC THUẾ": the body under its parent. The parent is
	// the first lines that name a body of the registry. No name is longer
	// than the longest one the text starts with, which bounds the lines
	// tried: a header of many lines costs its length, not its square.
	doc.Issuer = text
	head := text
	if len(head) > headNames {
		head = head[:strings.LastIndexByte(head[:headNames], ' ')+1]
	}
	_, longest, ok := s.reg.Prefix(head)
	if !ok {
		return
	}
	joined := strings.Join(parts, " ")
	end := 0
	for k := 1; k < len(parts); k++ {
		end += len(parts[k-1])
		if k > 1 {
			end++ // the space between parts
		}
		if len(strings.TrimRight(joined[:end], ".;, ")) > longest {
			break
		}
		if u, ok := s.reg.Lookup(joined[:end]); ok {
			doc.IssuerParent = u.Name
			body := joined[end+1:]
			doc.Issuer = body
			if b, ok := s.reg.Lookup(body); ok {
				doc.Issuer = b.Name
			}
			return
		}
	}
}

// headNames bounds the length of an issuer's name, in bytes: the
// registry's longest names are under 200.
const headNames = 1024

// hasMark reports whether marks holds the bookmark "[bookmark: name]".
func hasMark(marks, name string) bool {
	const open = "[bookmark: "
	for s := marks; ; {
		i := strings.Index(s, open)
		if i < 0 {
			return false
		}
		s = s[i+len(open):]
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return false
		}
		if s[:j] == name {
			return true
		}
		s = s[j+1:]
	}
}

// isTypeLine reports whether t is the type line of a document: the name
// of a type, alone, in capitals.
func isTypeLine(t string) bool {
	switch t {
	case "QUYẾT ĐỊNH", "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ", "CHƯƠNG TRÌNH", "THÔNG BÁO", "ĐỀ ÁN":
		return true
	}
	return false
}

// isAuthority reports whether a line of capitals names the authority that
// issues or signs ("BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ") rather than
// continuing a title.
func isAuthority(t string) bool {
	return hasPrefixAny(t, "BỘ TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "CHÍNH PHỦ",
		"CHỦ NHIỆM", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "TM.", "KT.", "TL.", "TUQ.", "Q.")
}
