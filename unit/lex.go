package unit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// tok is a word or punctuation mark of a cell or a registry name.
type tok struct {
	key   string // folded word, or the punctuation mark ("," ";" "-" "(" ...)
	start int    // byte span in the text
	end   int
	// exp is set on the first token of an abbreviation replaced by its
	// expansion (the expansion as text); cont marks the other tokens of
	// the expansion, which share the abbreviation's span.
	exp   string
	f0    int // while lexing: where the folded word starts in the fold buffer
	word  bool
	upper bool // the word starts with a capital letter
	// marked reports a Vietnamese letter with a mark in the word ("Phòng",
	// not "Phong"; "Sở", not "So").
	marked bool
	cont   bool
	caps   uint8 // capital letters in the word, counted up to 3
}

func (t tok) isPunct(set string) bool { return !t.word && strings.Contains(set, t.key) }

// abbrevs are the abbreviations that plans write inside names, by their
// exact spelling.
var abbrevs = map[string]string{
	"TTHC": "thủ tục hành chính", "VPCP": "Văn phòng Chính phủ",
	"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
	"TW": "trung ương", "TƯ": "trung ương",
	"BHXH": "Bảo hiểm xã hội", "BHXHVN": "Bảo hiểm xã hội Việt Nam",
	"CSDL": "cơ sở dữ liệu", "CSDLQG": "cơ sở dữ liệu quốc gia",
	"KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
	"GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
	"NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "PTNT": "Phát triển nông thôn",
	"NN&MT": "Nông nghiệp và Môi trường", "TN&MT": "Tài nguyên và Môi trường",
	"TT&TT": "Thông tin và Truyền thông", "KH&ĐT": "Kế hoạch và Đầu tư",
	"VHTTDL": "Văn hóa, Thể thao và Du lịch", "MTTQ": "Mặt trận Tổ quốc",
	"TP": "thành phố", "Tp": "thành phố", "TTĐT": "Thông tin điện tử",
	"DVC": "dịch vụ công", "DVCTT": "dịch vụ công trực tuyến",
	"BCĐ": "Ban Chỉ đạo", "ĐMST": "đổi mới sáng tạo", "CĐS": "chuyển đổi số",
	"TTgCP": "Thủ tướng Chính phủ", "DLQGVN": "Du lịch Quốc gia Việt Nam",
}

// abbrevToks holds the folded tokens of each expansion.
var abbrevToks = func() map[string][]tok {
	m := make(map[string][]tok, len(abbrevs))
	for a, exp := range abbrevs {
		m[a] = lexPlain(exp)
	}
	return m
}()

// lex splits s into tokens, replacing abbreviations by their expansion.
func lex(s string) []tok { return lexInto(nil, s) }

// lexInto is lex appending to dst, which it may reuse.
func lexInto(dst []tok, s string) []tok {
	toks, lower := lexPlainInto(dst, s)
	var out []tok // built only when there is an abbreviation
	for k, t := range toks {
		var exp string
		var ok bool
		// "TTHC", "Tp"; in text all in capitals ("BỘ TƯ PHÁP") a two-letter
		// word is a word, not an abbreviation.
		if t.word && (t.caps >= 2 && (lower || t.caps > 2) || t.caps == 1 && t.end-t.start == 2) {
			exp, ok = abbrevs[s[t.start:t.end]]
		}
		if !ok {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]tok, 0, len(toks)+8), toks[:k]...)
		}
		for i, e := range abbrevToks[s[t.start:t.end]] {
			e.start, e.end = t.start, t.end
			if i == 0 {
				e.exp = exp
				e.upper = true
			} else {
				e.cont = true
			}
			out = append(out, e)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// lexPlain splits s into words and punctuation, folding the words. A word
// is a run of letters and digits, with "&" inside it ("KH&CN").
func lexPlain(s string) []tok {
	toks, _ := lexPlainInto(nil, s)
	return toks
}

// lexPlainInto is lexPlain appending to dst; it also reports whether s has
// a lower-case letter.
func lexPlainInto(dst []tok, s string) ([]tok, bool) {
	lower := false
	toks := dst[:0]
	if toks == nil {
		toks = make([]tok, 0, len(s)/5+4)
	}
	var stack [256]byte
	fold := stack[:0]
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n' || r == '\r':
			toks = append(toks, tok{key: ";", start: i, end: i + n})
			i += n
		case vntext.IsSpace(r):
			i += n
		case isWordRune(r):
			// The folded word goes to fold; key is set below, from one
			// string holding all of them. Until then f0/f1 hold its span.
			t := tok{word: true, start: i, upper: isUpper(r), f0: len(fold)}
			for i < len(s) {
				r, n := rune(s[i]), 1
				switch {
				case r >= utf8.RuneSelf:
					r, n = utf8.DecodeRuneInString(s[i:])
					if b, up, ok := vntext.FoldLetter(r); ok { // a Vietnamese letter
						t.marked = true
						if up {
							t.caps = min(t.caps+1, 3)
						} else {
							lower = true
						}
						fold = append(fold, b)
						i += n
						continue
					}
				case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
					lower = lower || r >= 'a'
					fold = append(fold, byte(r)) // the common case: lower-case ASCII
					i++
					continue
				case 'A' <= r && r <= 'Z':
					t.caps = min(t.caps+1, 3)
					fold = append(fold, byte(r+'a'-'A'))
					i++
					continue
				}
				if !isWordRune(r) && !(r == '&' && i+n < len(s) && isWordRune(firstRune(s[i+n:])) && i > t.start) {
					break
				}
				if isUpper(r) {
					t.caps = min(t.caps+1, 3)
				} else if !lower && r >= utf8.RuneSelf && unicode.IsLower(r) {
					lower = true
				}
				if f, ok := vntext.FoldRune(r); ok {
					fold = utf8.AppendRune(fold, f)
				}
				i += n
			}
			t.end = i
			toks = append(toks, t)
		default:
			key := punctKey(r)
			toks = append(toks, tok{key: key, start: i, end: i + n})
			i += n
		}
	}
	// The folded words follow one another in fold: each ends where the
	// next begins.
	folded := string(fold)
	end := len(folded)
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].word {
			toks[k].key = folded[toks[k].f0:end]
			end = toks[k].f0
		}
	}
	return toks, lower
}

// punctKey returns the key of a punctuation mark: dashes are "-", full-width
// commas and semicolons are "," and ";".
func punctKey(r rune) string {
	switch r {
	case '–', '—', '‐', '‑', '−', '-':
		return "-"
	case '；', ';':
		return ";"
	case '，', ',':
		return ","
	case '.':
		return "."
	case '(':
		return "("
	case ')':
		return ")"
	case ':':
		return ":"
	}
	return string(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if ok, _ := vntext.Letter(r); ok {
		return true
	}
	return vntext.IsMark(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	if ok, up := vntext.Letter(r); ok {
		return up
	}
	return unicode.IsUpper(r)
}
