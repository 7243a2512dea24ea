// Package legacy converts Vietnamese text typed in the old 8-bit font
// encodings to Unicode: TCVN3 (TCVN 5712:1993, the ABC fonts .VnTime,
// .VnArial ...) and VNI (the VNI-Times fonts). Such text reads as
// mojibake when taken for Latin-1 or Windows-1252 ("Céng hoµ x· héi",
// "Coäng hoøa xaõ hoäi"): each byte of the old encoding shows as the
// Latin-1 character of the same code. The functions here read the text in
// either form: as the bytes, or as those Latin-1 characters.
package legacy

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Encoding is an old Vietnamese font encoding.
type Encoding uint8

// Encodings.
const (
	None  Encoding = iota
	TCVN3          // TCVN 5712:1993 (VN3), the ABC fonts
	VNI            // VNI for Windows
)

// String returns the encoding's name as the parser's options spell it.
func (e Encoding) String() string {
	switch e {
	case TCVN3:
		return "tcvn3"
	case VNI:
		return "vni"
	}
	return "none"
}

// Parse returns the encoding named s ("tcvn3", "abc", "vni"), or None.
func Parse(s string) Encoding {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "tcvn3", "tcvn", "abc", "tcvn5712", "vn3":
		return TCVN3
	case "vni", "vni-windows":
		return VNI
	}
	return None
}

// FontEncoding returns the encoding of the text of a font, by its name:
// TCVN3 for the .Vn fonts (".VnTime", ".VnArialH"), VNI for the VNI fonts
// ("VNI-Times"); None for any other.
func FontEncoding(font string) Encoding {
	f := strings.ToLower(strings.TrimSpace(font))
	switch {
	case strings.HasPrefix(f, ".vn"):
		return TCVN3
	case strings.HasPrefix(f, "vni-") || strings.HasPrefix(f, "vni "):
		return VNI
	}
	return None
}

// CapsFont reports a TCVN3 font of capitals (".VnTimeH", ".VnArialH"),
// whose lower-case codes show as capitals.
func CapsFont(font string) bool {
	f := strings.TrimSpace(font)
	return FontEncoding(f) == TCVN3 && strings.HasSuffix(f, "H")
}

// Decode converts text in encoding e, written as Latin-1 characters, to
// Unicode NFC. Characters beyond Latin-1 are kept.
func Decode(s string, e Encoding) string {
	switch e {
	case TCVN3:
		return decodeTCVN3(s)
	case VNI:
		return decodeVNI(s)
	}
	return s
}

// DecodeBytes converts bytes in encoding e to Unicode NFC, each byte taken
// as the Latin-1 character of its code.
func DecodeBytes(b []byte, e Encoding) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return Decode(sb.String(), e)
}

func decodeTCVN3(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for _, r := range s {
		if u, ok := tcvn3[byteOf(r)]; ok && isByteRune(r) {
			b.WriteRune(u)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func decodeVNI(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if n < len(s) {
			m, k := utf8.DecodeRuneInString(s[n:])
			if u, ok := vniPair[[2]rune{r, m}]; ok {
				b.WriteRune(u)
				s = s[n+k:]
				continue
			}
		}
		if u, ok := vniOne[r]; ok {
			b.WriteRune(u)
		} else {
			b.WriteRune(r)
		}
		s = s[n:]
	}
	return norm.NFC.String(b.String())
}

// isByteRune reports a character that stands for a byte: Latin-1.
func isByteRune(r rune) bool { return r < 0x100 }

func byteOf(r rune) byte { return byte(r) }

// Detect reports the old encoding text seems typed in: many characters
// that only such text holds (TCVN3's "µ ¸ ¶ · ¹ ¨ ©", VNI's "oä", "aø")
// and few Vietnamese letters of Unicode. It returns None for Unicode
// Vietnamese, for other languages and for text too short to tell.
func Detect(s string) Encoding {
	e, _ := DetectCount(s)
	return e
}

// DetectCount is Detect, with the number of characters that tell the
// encoding found.
func DetectCount(s string) (Encoding, int) { return DetectBytes([]byte(s)) }

// DetectBytes is DetectCount over UTF-8 bytes, which it does not copy.
func DetectBytes(s []byte) (Encoding, int) {
	viet, tc, sym, vn := 0, 0, 0, 0
	var prev rune
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: no old encoding's character
			prev = rune(c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		i += n
		switch {
		case isUnicodeViet(r):
			viet++
			if viet >= 256 && tc*4 < viet && vn*4 < viet {
				// Unicode Vietnamese, the old encodings' characters
				// rare so far ("oá" in "soát" reads as VNI's ố).
				return None, 0
			}
		case r < 0x100 && !latinViet(r):
			if _, ok := tcvn3[byte(r)]; ok {
				tc++
			}
			if tcvn3Only[r] {
				sym++
			}
		}
		if r < 0x100 && vniMarks[r] && isVNIBase(prev) {
			if _, ok := vniPair[[2]rune{prev, r}]; ok {
				vn++
			}
		}
		prev = r
	}
	switch {
	case tc >= 3 && sym > 0 && tc > 4*viet && tc >= vn:
		return TCVN3, tc
	case vn >= 3 && vn > 4*viet:
		return VNI, vn
	}
	return None, 0
}

// Vietnamese counts the letters of s that only Vietnamese text in Unicode
// holds (ă, đ, ơ, ư, and the letters with a dot or hook below or two
// marks).
func Vietnamese(s string) int {
	n := 0
	for _, r := range s {
		if isUnicodeViet(r) {
			n++
		}
	}
	return n
}

// isUnicodeViet reports a letter only Vietnamese text in Unicode holds:
// ă, đ, ơ, ư and the letters with two marks or a dot or hook below.
func isUnicodeViet(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư', 'ĩ', 'Ĩ', 'ũ', 'Ũ':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// latinViet reports a Latin-1 letter of Unicode Vietnamese text.
func latinViet(r rune) bool {
	return strings.ContainsRune("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ", r)
}

func isVNIBase(r rune) bool {
	switch r {
	case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y', 'ô', 'ö', 'Ô', 'Ö':
		return true
	}
	return false
}
