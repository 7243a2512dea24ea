package vntext

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Stats is what Scan finds in bytes that should be text.
type Stats struct {
	// Invalid counts the bytes that are not part of valid UTF-8: stray
	// bytes, overlong forms and encoded surrogates, each byte once.
	// FirstInvalid is the offset of the first, -1 when there is none.
	Invalid, FirstInvalid int
	// Multi counts the valid sequences of two bytes or more.
	Multi int
	// Runes counts the characters, an invalid byte as one.
	Runes int
	// Control is the offset of the first control byte other than tab,
	// line feed, carriage return, form feed and vertical tab (NUL
	// included), -1 when there is none. C1 counts the C1 control
	// characters (U+0080 to U+009F), which no text holds.
	Control, C1 int
	// LoneCR reports a carriage return not followed by a line feed: a
	// line end of old Mac text.
	LoneCR bool
	// Invisible counts the characters Invisible reports.
	Invisible int
	// Letters counts the characters above ASCII that are letters or
	// combining marks; NonASCII all characters above ASCII, invalid bytes
	// included.
	Letters, NonASCII int
	// NFC reports that the text is made only of runes that NFC leaves
	// alone whatever surrounds them (see NFC's fast path).
	NFC bool
}

// Invisible reports the characters that change no text a reader sees but
// break words apart for a program: the zero-width space, non-joiner and
// joiner, the word joiner and invisible operators, the byte order mark
// inside text (zero-width no-break space), the soft hyphen, and the
// bidirectional marks, embeddings, overrides and isolates.
func Invisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Scan reads b once and counts what the reader's door decides on (see
// Stats). Unlike Inspect it does not stop at an invalid byte.
func Scan(b []byte) Stats {
	const (
		high = 0x8080808080808080
		ones = 0x2020202020202020 // bytes below 0x20 borrow
	)
	st := Stats{FirstInvalid: -1, Control: -1, NFC: true}
	n := len(b)
	ascii := 0
	for i := 0; i < n; {
		// Eight ASCII bytes at a time, none of them a control byte.
		if i+8 <= n {
			w := binary.LittleEndian.Uint64(b[i:])
			if w&high == 0 && (w-ones)&^w&high == 0 {
				i += 8
				ascii += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 {
				switch c {
				case '\r':
					if i+1 >= n || b[i+1] != '\n' {
						st.LoneCR = true
					}
				case '\t', '\n', '\f', '\v':
				default:
					if st.Control < 0 {
						st.Control = i
					}
				}
			}
			i++
			ascii++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		st.NonASCII++
		if r == utf8.RuneError && size == 1 {
			st.Invalid++
			if st.FirstInvalid < 0 {
				st.FirstInvalid = i
			}
			st.NFC = false
			i++
			continue
		}
		st.Multi++
		i += size
		switch {
		case r <= 0x9F:
			st.C1++
		case Invisible(r):
			st.Invisible++
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			st.Letters++
		}
		if st.NFC && !nfcStable(r) {
			st.NFC = false
		}
	}
	st.Runes = ascii + st.NonASCII
	return st
}
