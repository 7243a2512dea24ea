// Package vntext holds the Vietnamese text helpers shared by the kehoach
// packages: Unicode normalization at the door, accent- and case-blind folding
// for keyword matching, and white-space handling.
//
// All functions are safe for concurrent use.
package vntext

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters lists every precomposed Vietnamese letter, lower case then upper
// case, grouped by the base letter that folding maps it to.
var letters = [...]struct {
	base byte
	set  string
}{
	{'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
	{'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"},
	{'i', "ìíỉĩịÌÍỈĨỊ"},
	{'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
	{'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"},
	{'y', "ỳýỷỹỵỲÝỶỸỴ"},
	{'d', "đĐ"},
}

// The fold table covers U+00C0 to U+1EFF, which holds every Vietnamese
// letter; a zero entry means "not a Vietnamese letter".
const (
	tableLo = 0x00C0
	tableHi = 0x1EFF
)

var (
	table [tableHi - tableLo + 1]byte
	upper [tableHi - tableLo + 1]bool
)

func init() {
	for _, l := range letters {
		for _, r := range l.set {
			table[r-tableLo] = l.base
			upper[r-tableLo] = unicode.IsUpper(r)
		}
	}
}

// Letter reports whether r is a precomposed Vietnamese letter (such as
// "ấ" or "Đ"), and whether it is a capital; a fast path for the letters
// Vietnamese text is made of.
func Letter(r rune) (ok, isUpper bool) {
	if r >= tableLo && r <= tableHi && table[r-tableLo] != 0 {
		return true, upper[r-tableLo]
	}
	return false, false
}

// FoldLetter is FoldRune and Letter in one look-up, for the precomposed
// Vietnamese letters only: it returns r's folded base letter and whether r
// is a capital, or ok false when r is not such a letter.
func FoldLetter(r rune) (base byte, isUpper, ok bool) {
	if r >= tableLo && r <= tableHi {
		if b := table[r-tableLo]; b != 0 {
			return b, upper[r-tableLo], true
		}
	}
	return 0, false, false
}

// IsMark reports whether r is a combining diacritical mark (U+0300 to
// U+036F), which decomposed (NFD) Vietnamese text uses for its accents.
func IsMark(r rune) bool { return r >= 0x0300 && r <= 0x036F }

// FoldRune returns r in lower case with its diacritics removed, so that "Ấ",
// "ấ" and "a" all give 'a' and "Đ" gives 'd'. It returns false for a
// combining mark, which folding drops.
func FoldRune(r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case IsMark(r):
		return 0, false
	case r >= tableLo && r <= tableHi && table[r-tableLo] != 0:
		return rune(table[r-tableLo]), true
	}
	// Other accented letters: take the base of the canonical decomposition.
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); b != utf8.RuneError {
			r = b
		}
	}
	return unicode.ToLower(r), true
}

// AppendFold appends the folded form of s to dst: lower case, without
// diacritics, đ as d, in NFC or NFD alike. Runes other than letters are kept.
func AppendFold(dst []byte, s string) []byte {
	for _, r := range s {
		if f, ok := FoldRune(r); ok {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}

// Fold returns the folded form of s (see AppendFold). Two strings that a
// reader would accept as the same words up to case, accents and tone
// placement ("Quý"/"qúy"/"QUY", "hoà"/"hòa") fold to the same string.
func Fold(s string) string {
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// NFC returns s in Unicode normalization form C, without allocating when s
// already is.
func NFC(s string) string {
	if isNFCVietnamese(s) || norm.NFC.QuickSpanString(s) == len(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsSpace reports whether r separates words: Unicode white space, and the
// zero-width space and byte order mark that copied text often carries.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	case 0x200B, 0xFEFF:
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r)
}

// IsWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if ok, _ := Letter(r); ok {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Fields splits s around runs of white space (IsSpace).
func Fields(s string) []string { return strings.FieldsFunc(s, IsSpace) }

// TrimSpace returns s without the white space (IsSpace) at either end.
func TrimSpace(s string) string { return TrimRightSpace(TrimLeftSpace(s)) }

// TrimLeftSpace returns s without the white space (IsSpace) it starts with.
func TrimLeftSpace(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return s[i:]
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsSpace(r) {
			return s[i:]
		}
		i += n
	}
	return ""
}

// TrimRightSpace returns s without the white space (IsSpace) it ends with.
func TrimRightSpace(s string) string {
	for i := len(s); i > 0; {
		c := s[i-1]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return s[:i]
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !IsSpace(r) {
			return s[:i]
		}
		i -= n
	}
	return ""
}

// CollapseSpace trims s and replaces every run of white space inside it by
// one ASCII space. It returns s itself when nothing changes.
func CollapseSpace(s string) string {
	clean := true
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		sp := IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && (!prevSpace || s == "") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if IsSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isNFCVietnamese is a fast test for the usual case: text of ASCII,
// precomposed Vietnamese letters and general punctuation, none of which
// changes under NFC or combines with what comes before it. (U+2000 and
// U+2001, the quads, are not in it: NFC turns them into U+2002, U+2003.)
func isNFCVietnamese(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcStable(r) {
			return false
		}
		i += n
	}
	return true
}

// nfcStable reports whether r is in the fast path's set (see
// isNFCVietnamese): a precomposed Vietnamese letter, the no-break space,
// or general punctuation other than the quads.
func nfcStable(r rune) bool {
	return r >= tableLo && r <= tableHi && table[r-tableLo] != 0 || r == 0xA0 || r >= 0x2002 && r <= 0x206F
}

// Inspect checks b in one pass, for the reader's door: invalid is the
// offset of the first byte that is not part of valid UTF-8, control the
// offset of the first control byte other than tab, line feed, carriage
// return, form feed and vertical tab (NUL included), each -1 when there is
// none; nfc reports that b is made only of runes that NFC leaves alone
// whatever surrounds them (see NFC's fast path), so that its lines need no
// normalization. The scan stops at the first invalid byte.
func Inspect(b []byte) (invalid, control int, nfc bool) {
	const (
		high = 0x8080808080808080
		ones = 0x2020202020202020 // bytes below 0x20 borrow
	)
	invalid, control, nfc = -1, -1, true
	n := len(b)
	for i := 0; i < n; {
		// Eight ASCII bytes at a time, none of them a control byte. The
		// test may flag a clean word; the rune loop then decides.
		if i+8 <= n {
			w := binary.LittleEndian.Uint64(b[i:])
			if w&high == 0 && (w-ones)&^w&high == 0 {
				i += 8
				continue
			}
		}
		// The runes that start in the next eight bytes, one at a time.
		for end := min(i+8, n); i < end; {
			c := b[i]
			if c < utf8.RuneSelf {
				if c < 0x20 && control < 0 {
					switch c {
					case '\t', '\n', '\r', '\f', '\v':
					default:
						control = i
					}
				}
				i++
				continue
			}
			var r rune
			switch {
			case c >= 0xC2 && c < 0xE0 && i+1 < n && b[i+1]&0xC0 == 0x80:
				r = rune(c&0x1F)<<6 | rune(b[i+1]&0x3F)
				i += 2
			case c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < n && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80:
				r = rune(c&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F)
				i += 3
			default: // E0, ED, four bytes and errors: the careful decoder
				var size int
				r, size = utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && size == 1 {
					return i, control, false
				}
				i += size
			}
			if nfc && !nfcStable(r) {
				nfc = false
			}
		}
	}
	return invalid, control, nfc
}
