package export

import (
	"strings"
	"unicode/utf8"
)

// isBreak reports whether r ends a line where it appears in a cell: line
// feed, carriage return, vertical tab and form feed (Word's manual line
// and page breaks), NEL and the Unicode line and paragraph separators.
func isBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isControl reports whether r is a control character (C0 other than tab,
// DEL, C1) or a bidirectional embedding, override or isolate, which can
// make text display in another order than it reads.
func isControl(r rune) bool {
	switch {
	case r < 0x20 && r != '\t', r >= 0x7f && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// clean returns s as valid UTF-8 (U+FFFD for each bad byte) with every
// line break written as brk and every other control character removed;
// a CRLF is one break. Tabs are kept when keepTab is set, else written as
// a space.
func clean(s, brk string, keepTab bool) string {
	if plain(s, keepTab) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r' && i < len(s) && s[i] == '\n':
			// CRLF: the LF writes the break.
		case isBreak(r):
			b.WriteString(brk)
		case r == '\t' && !keepTab:
			b.WriteByte(' ')
		case isControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plain reports whether clean has nothing to change in s.
func plain(s string, keepTab bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && (c != '\t' || !keepTab) || c == 0x7f || c >= 0x80 {
			if c < 0x80 {
				return false
			}
			return plainRunes(s[i:], keepTab)
		}
	}
	return true
}

// plainRunes finishes plain for the part of s from its first non-ASCII byte.
func plainRunes(s string, keepTab bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isBreak(r) || isControl(r) || r == '\t' && !keepTab {
			return false
		}
		i += n
	}
	return true
}
