package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/internal/vntext"
)

// The matchers below are tried on most lines; they are written out by
// hand, as a regexp costs more than the rest of the line's work. Each has
// its regexp beside it in matchers_test.go as an oracle.

// stripEmphasis removes Markdown emphasis, which converters put around
// headings and notes: "**STT**", "*(Kèm theo ...)*".
func stripEmphasis(s string) string {
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '_') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	for _, m := range []string{"*", "_"} {
		if len(s) > 2 && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			s = s[1 : len(s)-1]
		}
	}
	// Emphasis wrapped over lines leaves one mark at either end.
	if strings.HasPrefix(s, "*") && !strings.HasPrefix(s, "* ") {
		s = s[1:]
	}
	if strings.HasSuffix(s, "*") {
		s = s[:len(s)-1]
	}
	// Emphasis inside the line: "hoàn thành trước *ngày 15/12/2025.*". A
	// leading "* " is a bullet and stays.
	if k := strings.IndexByte(s[min(len(s), 1):], '*'); k >= 0 {
		bullet := strings.HasPrefix(s, "* ")
		s = strings.ReplaceAll(s, "*", "")
		if bullet {
			s = "*" + s
		}
	}
	return vntext.TrimSpace(s)
}

// isCaps reports whether s is written in capitals: it has letters, and at
// most one in ten is lower case ("5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO").
// s is valid UTF-8, as all text is after the door.
func isCaps(s string) bool {
	// s has at most len(s) letters: once a tenth of that is lower case, the
	// answer is known, which ends the scan early on lines of prose.
	letters, lower := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf: // ASCII, most of the text
			i++
			switch {
			case 'a' <= c && c <= 'z':
				letters++
				lower++
				if lower*10 > len(s) {
					return false
				}
			case 'A' <= c && c <= 'Z':
				letters++
			}
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s): // valid UTF-8: no checks
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		ok, up := vntext.Letter(r)
		if !ok && unicode.IsLetter(r) {
			ok, up = true, !unicode.IsLower(r)
		}
		if ok {
			letters++
			if !up {
				lower++
				if lower*10 > len(s) {
					return false
				}
			}
		}
	}
	return letters > 1 && (lower == 0 || letters >= 10 && lower*10 <= letters)
}

// articleMatch reads "Điều 1. Text" into the line, the number and the
// text, or returns nil. (No regexp: article lines are long.)
func articleMatch(t string) []string {
	rest, ok := strings.CutPrefix(t, "Điều")
	if !ok {
		return nil
	}
	rest2 := vntext.TrimLeftSpace(rest)
	if len(rest2) == len(rest) {
		return nil // "Điều" must be followed by white space
	}
	n := 0
	for n < len(rest2) && rest2[n] >= '0' && rest2[n] <= '9' {
		n++
	}
	if n == 0 {
		return nil
	}
	no, text := rest2[:n], vntext.TrimLeftSpace(rest2[n:])
	if text != "" && (text[0] == '.' || text[0] == ':') {
		text = vntext.TrimLeftSpace(text[1:])
	}
	return []string{t, no, text}
}

// afterSpace returns the text after the white space (vntext.IsSpace) that
// starts t, and whether there was some white space followed by text.
func afterSpace(t string) (string, bool) {
	rest := vntext.TrimLeftSpace(t)
	return rest, len(rest) < len(t) && rest != ""
}

// sectionMatch reads a section heading, `^([IVXL]+|[A-D])\.\s+(\S.*)$`:
// "II. NHIỆM VỤ", "A. MỤC TIÊU".
func sectionMatch(t string) (no, title string, ok bool) {
	k := 0
	for k < len(t) && strings.IndexByte("IVXL", t[k]) >= 0 {
		k++
	}
	if k == 0 && len(t) > 0 && 'A' <= t[0] && t[0] <= 'D' {
		k = 1
	}
	if k == 0 || k >= len(t) || t[k] != '.' {
		return "", "", false
	}
	title, ok = afterSpace(t[k+1:])
	if !ok {
		return "", "", false
	}
	return t[:k], title, true
}

// isSection reports whether t is a section heading (see sectionMatch).
func isSection(t string) bool {
	_, _, ok := sectionMatch(t)
	return ok
}

// numberPrefix returns the length of the dotted number t starts with,
// `\d+(?:\.\d+)*`, or 0.
func numberPrefix(t string) int {
	k := 0
	for {
		d := k
		for d < len(t) && '0' <= t[d] && t[d] <= '9' {
			d++
		}
		if d == k {
			if k == 0 {
				return 0
			}
			return k - 1 // a dot not followed by digits
		}
		if d < len(t) && t[d] == '.' {
			k = d + 1
			continue
		}
		return d
	}
}

// itemMatch reads a numbered item, `^(\d+(?:\.\d+)*)[.)]\s+(\S.*)$`:
// "1. Rà soát ...", "2.1) Xây dựng ...".
func itemMatch(t string) (no, text string, ok bool) {
	k := numberPrefix(t)
	if k == 0 || k >= len(t) || t[k] != '.' && t[k] != ')' {
		return "", "", false
	}
	text, ok = afterSpace(t[k+1:])
	if !ok {
		return "", "", false
	}
	return t[:k], text, true
}

// isRowNumber reports whether t is a row number (see rowNumber).
func isRowNumber(t string) bool {
	_, ok := rowNumber(t)
	return ok
}

// isCapsSection reports whether t is a section heading in capitals.
func isCapsSection(t string) bool {
	_, title, ok := sectionMatch(t)
	return ok && isCaps(title)
}

// isItem reports whether t is a numbered item (see itemMatch).
func isItem(t string) bool {
	_, _, ok := itemMatch(t)
	return ok
}

// rowNumber reads the number of a table row, `^(\d+(?:\.\d+)*)\.?$`:
// "1", "12.", "2.3".
func rowNumber(t string) (string, bool) {
	k := numberPrefix(t)
	if k == 0 || k != len(t) && (k != len(t)-1 || t[k] != '.') {
		return "", false
	}
	return t[:k], true
}

// isName reports whether t looks like a person's name: two to six words,
// each starting with a capital, and no digits or punctuation.
func isName(t string) bool {
	words := vntext.Fields(t)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isCaps(w) && utf8.RuneCountInString(w) > 1 {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return true
}

func dateOf(d, m, y string) (civil.Date, bool) {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	dt := civil.D(yy, time.Month(mm), dd)
	return dt, dt.Valid()
}

var rePlaceDate = regexp.MustCompile(`^([^,]{2,60}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)

// placeDate reads "Hà Nội, ngày 24 tháng 3 năm 2023".
func placeDate(t string) (string, civil.Date, bool) {
	m := rePlaceDate.FindStringSubmatch(t)
	if m == nil {
		return "", civil.Date{}, false
	}
	d, ok := dateOf(m[2], m[3], m[4])
	return vntext.TrimSpace(m[1]), d, ok
}

// quote is strconv.Quote, without its cost on text that needs no escape,
// as Vietnamese text never does.
func quote(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c > '~' || c == '"' || c == '\\' {
				return strconv.Quote(s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if ok, _ := vntext.Letter(r); !ok && (r == utf8.RuneError || !strconv.IsPrint(r)) {
			return strconv.Quote(s)
		}
		i += n
	}
	return `"` + s + `"`
}
