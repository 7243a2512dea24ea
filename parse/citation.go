package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// citationRe finds a cited document: its type, then "số" and a number with
// its symbol, then optionally its date.
var citationRe = regexp.MustCompile(`(?i:(nghị định|quyết định|nghị quyết|chỉ thị|thông tư liên tịch|thông tư|luật|kế hoạch|công văn|văn bản|thông báo|kết luận|đề án|chương trình|pháp lệnh|công điện))` +
	`(?:\s+số)?\s*:?\s+(\d+(?:/\d{4})?/[\p{Lu}Đ][\p{L}\d.&-]*[\p{L}\d]|\d+-[\p{Lu}][\p{L}\d/&-]*[\p{L}\d])` +
	`(?:\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4}))?`)

type foundCitation struct {
	plan.Citation
	start, end int // byte span in the searched text
}

// findCitations returns the documents cited in s, with their issuer when
// "của ..." names a body of the registry.
func findCitations(s string) []foundCitation {
	var out []foundCitation
	for _, m := range citationRe.FindAllStringSubmatchIndex(s, -1) {
		num, err := plan.ParseNumber(s[m[4]:m[5]])
		if err != nil {
			continue
		}
		c := foundCitation{start: m[0], end: m[1]}
		c.Type = typeName(s[m[2]:m[3]])
		c.Number = num
		switch {
		case m[6] >= 0:
			c.Date, _ = dateOf(s[m[6]:m[7]], s[m[8]:m[9]], s[m[10]:m[11]])
		case m[12] >= 0:
			c.Date, _ = dateOf(s[m[12]:m[13]], s[m[14]:m[15]], s[m[16]:m[17]])
		}
		rest := s[m[1]:]
		if after, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "của "); ok {
			if name, n := issuer(after); name != "" {
				c.Issuer = name
				c.end = m[1] + (len(rest) - len(after)) + n
			}
		}
		c.Text = s[c.start:c.end]
		out = append(out, c)
	}
	return out
}

// typeName writes a document type with a capital, as in "Quyết định".
func typeName(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	return strings.ToUpper(string(r)) + strings.ToLower(t[n:])
}

// issuer finds the body named after "của": the first registry name among
// the next words ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" gives Văn
// phòng Chính phủ). It returns the name and the bytes of s it covers.
func issuer(s string) (string, int) {
	r := unit.Default()
	off := 0
	for words := 0; words < 8 && off < len(s); words++ {
		if u, n, ok := r.Prefix(s[off:]); ok {
			return u.Name, off + n
		}
		// Skip to the next word; stop at the end of the phrase.
		i := strings.IndexAny(s[off:], " ")
		if i < 0 || strings.ContainsAny(s[off:off+i], ";()") {
			break
		}
		off += i + 1
	}
	return "", 0
}

// cite records the documents cited in the text of line l, and appends
// them to out when out is not nil.
func (p *parser) cite(l line, out *[]plan.Citation) {
	base := len(l.raw) - len(strings.TrimLeft(l.raw, " \t")) // the text's offset, markers included
	if k := strings.Index(l.raw, l.text); k >= 0 {
		base = k
	}
	for _, c := range findCitations(l.text) {
		c.Line = l.no
		c.Column = utf8.RuneCountInString(l.raw[:base+c.start]) + 1
		p.doc.Citations = append(p.doc.Citations, c.Citation)
		if out != nil {
			*out = append(*out, c.Citation)
		}
	}
}
