package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// A citation is found from its number: numberSpans finds numbers with a
// symbol, typeBefore reads the document type just before the number and
// dateAfter the date just after it.

// typeBefore finds the document type that ends the text before a number,
// perhaps followed by "số" and a colon: "Quyết định số ", "Chỉ thị ",
// "văn bản số: ". It returns where the type starts and the type's name,
// or -1.
func typeBefore(before string) (int, string) {
	b := vntext.TrimRightSpace(before)
	if len(b) == len(before) {
		return -1, "" // white space must separate the type from the number
	}
	b = vntext.TrimRightSpace(strings.TrimSuffix(b, ":"))
	for _, so := range []string{"số", "Số", "SỐ"} {
		if rest, ok := strings.CutSuffix(b, so); ok && len(rest) < len(b) && strings.HasSuffix(rest, " ") {
			b = vntext.TrimRightSpace(rest)
			break
		}
	}
	t, k, ok := docref.TypeSuffix(b)
	if !ok {
		return -1, ""
	}
	return k, t.Name
}

// hasCitation reports whether t cites a document. It keeps what it found
// for a cite of the same text that usually follows.
func (s *state) hasCitation(t string) bool {
	s.lastCited, s.lastCites = t, s.findCitations(nil, t)
	return len(s.lastCites) > 0
}

type foundCitation struct {
	plan.Citation
	start, end int // byte span in the searched text
}

// findCitations appends to dst the documents cited in s, with their
// issuer when "của ..." names a body of the registry.
func (st *state) findCitations(dst []foundCitation, s string) []foundCitation {
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '-') < 0 {
		return dst
	}
	out := dst
	var spans [8][2]int
	for _, m := range numberSpans(spans[:0], s) {
		before := s[max(0, m[0]-48):m[0]]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
		at, typ := typeBefore(before)
		if at < 0 {
			continue
		}
		num, err := docref.ParseNumber(s[m[0]:m[1]])
		if err != nil {
			continue
		}
		off := m[0] - len(before)
		c := foundCitation{start: off + at, end: m[1]}
		c.Type = typ
		c.Number = num
		// The date follows within a few dozen bytes; a short window keeps
		// the regexp's work independent of the line's length.
		window := s[m[1]:min(len(s), m[1]+48)]
		if day, month, year, n, ok := dateAfter(window); ok {
			c.Date, _ = dateOf(day, month, year)
			c.end = m[1] + n
		}
		rest := s[c.end:]
		if after, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "của "); ok {
			skip := len(rest) - len(after) // up to the issuer's name
			// The issuer is named within the next few words. (Cut first:
			// searching the rest of a long line for each citation would be
			// quadratic.)
			if len(after) > 160 {
				cut := 160
				for cut > 0 && !utf8.RuneStart(after[cut]) {
					cut--
				}
				after = after[:cut]
			}
			if k := strings.IndexAny(after, ";()"); k >= 0 {
				after = after[:k]
			}
			if name, n := st.issuer(after); name != "" {
				c.Issuer = name
				c.end += skip + n
			}
		}
		c.Text = s[c.start:c.end]
		out = append(out, c)
	}
	return out
}

func isDigitOrLetter(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// numberSpans appends to dst the spans of document numbers in s: digits, "/" or
// "-", an optional year and "/", then a symbol that starts with a capital
// ("95/QĐ-VPCP", "766/2022/QĐ-TTg", "02-KH/BCĐTW"). The search goes from
// separator to separator, which are rare in text, rather than byte by byte.
func numberSpans(dst [][2]int, s string) [][2]int {
	out := dst
	slash, dash := -1, -1 // the next "/" and "-" at or after from, or len(s)
	for from := 0; from < len(s); {
		if slash < from {
			slash = nextByte(s, from, '/')
		}
		if dash < from {
			dash = nextByte(s, from, '-')
		}
		j := min(slash, dash)
		if j >= len(s) {
			break
		}
		from = j + 1
		// The digits before the separator, from the start of a word.
		i := j
		for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			i--
		}
		if i == j || i > 0 && isDigitOrLetter(s[i-1]) || len(out) > 0 && i < out[len(out)-1][1] || j+1 >= len(s) {
			continue
		}
		sep := s[j]
		k := j + 1
		if sep == '/' && k+5 <= len(s) && isDigits(s[k:k+4]) && s[k+4] == '/' {
			k += 5 // the year inside the number
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) {
			continue
		}
		end := k
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '&' || r == '/' || r == '.' && sep == '/') {
				break
			}
			end += n
		}
		for end > k && strings.ContainsRune(".-&/", rune(s[end-1])) {
			end--
		}
		out = append(out, [2]int{i, end})
		from = end
	}
	return out
}

// nextByte returns the index of the first c in s at or after from, or len(s).
func nextByte(s string, from int, c byte) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return len(s)
}

// dateAfter reads the date that follows a document number: " ngày 24
// tháng 3 năm 2023" or " ngày 24/3/2023". It returns the day, month and
// year as written and the length of s read.
func dateAfter(s string) (day, month, year string, n int, ok bool) {
	rest, ok := afterSpace(s)
	if !ok {
		return
	}
	if rest, ok = strings.CutPrefix(rest, "ngày"); !ok {
		return
	}
	if rest, ok = afterSpace(rest); !ok {
		return
	}
	if day, rest, ok = digitsPrefix(rest, 1, 2); !ok {
		return
	}
	if after, slash := strings.CutPrefix(rest, "/"); slash {
		if month, after, ok = digitsPrefix(after, 1, 2); !ok {
			return
		}
		if after, ok = strings.CutPrefix(after, "/"); !ok {
			return
		}
		if year, after, ok = digitsPrefix(after, 4, 0); !ok {
			return
		}
		return day, month, year, len(s) - len(after), true
	}
	for _, word := range []string{"tháng", "năm"} {
		if rest, ok = afterSpace(rest); !ok {
			return
		}
		if rest, ok = strings.CutPrefix(rest, word); !ok {
			return
		}
		if rest, ok = afterSpace(rest); !ok {
			return
		}
		if word == "tháng" {
			if month, rest, ok = digitsPrefix(rest, 1, 2); !ok {
				return
			}
		} else if year, rest, ok = digitsPrefix(rest, 4, 0); !ok {
			return
		}
	}
	return day, month, year, len(s) - len(rest), true
}

// digitsPrefix reads the digits s starts with: between lo and hi of them
// and no more, or, when hi is 0, the first lo of at least lo digits.
func digitsPrefix(s string, lo, hi int) (digits, rest string, ok bool) {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	switch {
	case k < lo:
		return "", s, false
	case hi == 0:
		k = lo
	case k > hi:
		return "", s, false
	}
	return s[:k], s[k:], true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// typeName writes a document type with a capital, as in "Quyết định".
func typeName(t string) string {
	if typ, ok := docref.LookupType(t); ok {
		return typ.Name
	}
	r, n := utf8.DecodeRuneInString(t)
	return strings.ToUpper(string(r)) + strings.ToLower(t[n:])
}

// issuer finds the body named after "của": the first registry name that
// starts within the next eight words ("Bộ trưởng, Chủ nhiệm Văn phòng
// Chính phủ" gives Văn phòng Chính phủ). It returns the name and the bytes
// of s it covers.
func (st *state) issuer(s string) (string, int) {
	limit := afterWords(s, 0, 8)
	// Registry names have at most a dozen words: the name ends within
	// the next twelve words, and the rest need not be read.
	cut := afterWords(s, limit, 12)
	u, start, end, ok := st.reg.Find(s[:cut])
	if !ok || start >= limit {
		return "", 0
	}
	return u.Name, end
}

// afterWords returns the offset in s after n more words from offset at,
// and the spaces that follow them; words are separated by runs of spaces.
func afterWords(s string, at, n int) int {
	for ; n > 0 && at < len(s); n-- {
		i := strings.IndexByte(s[at:], ' ')
		if i < 0 {
			return len(s)
		}
		at += i
		for at < len(s) && s[at] == ' ' {
			at++
		}
	}
	return at
}

// cite records the documents cited in paragraph k and returns them.
func (s *state) cite(k int) []plan.Citation {
	p := s.para(k)
	return s.citeText(p.Text, p.Pos, s.line(p.Pos.Line))
}

// citeText records the documents cited in text, which starts at pos of
// the source line raw ("" when there is none), and returns them.
func (s *state) citeText(text string, pos block.Pos, raw string) []plan.Citation {
	// The text's offset in its line; a cell joined from several lines is
	// not in its first line, and its citations take the cell's column.
	base := -1
	if raw != "" {
		base = strings.Index(raw, text)
	}
	var buf [4]foundCitation
	found := s.lastCites
	if text != s.lastCited || found == nil {
		found = s.findCitations(buf[:0], text)
	}
	s.lastCited, s.lastCites = "", nil
	at, runes := 0, 0 // runes in raw[:at], counted on as the citations go
	for _, c := range found {
		c.Line = pos.Line
		c.Column = pos.Col
		if p := base + c.start; base >= 0 && p <= len(raw) {
			if p < at {
				at, runes = 0, 0 // out of order: count again
			}
			runes += utf8.RuneCountInString(raw[at:p])
			at = p
			c.Column = runes + 1
		}
		s.doc.Citations = append(s.doc.Citations, c.Citation)
	}
	// The document's list holds them; the caller gets a slice of its own
	// capacity, which its appends cannot write through.
	n := len(s.doc.Citations)
	return s.doc.Citations[n-len(found) : n : n]
}
