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
	word  bool
	upper bool // the word starts with a capital letter
	// exp is set on the first token of an abbreviation replaced by its
	// expansion (the expansion as text); cont marks the other tokens of
	// the expansion, which share the abbreviation's span.
	exp  string
	cont bool
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
func lex(s string) []tok {
	toks := lexPlain(s)
	out := toks[:0:0]
	for _, t := range toks {
		if !t.word {
			out = append(out, t)
			continue
		}
		exp, ok := abbrevs[s[t.start:t.end]]
		if !ok {
			out = append(out, t)
			continue
		}
		for k, e := range abbrevToks[s[t.start:t.end]] {
			e.start, e.end = t.start, t.end
			if k == 0 {
				e.exp = exp
				e.upper = true
			} else {
				e.cont = true
			}
			out = append(out, e)
		}
	}
	return out
}

// lexPlain splits s into words and punctuation, folding the words. A word
// is a run of letters and digits, with "&" inside it ("KH&CN").
func lexPlain(s string) []tok {
	var toks []tok
	fold := make([]byte, 0, len(s))
	type span struct{ f0, f1 int }
	var spans []span
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r':
			toks = append(toks, tok{key: ";", start: i, end: i + n})
			spans = append(spans, span{-1, -1})
			i += n
		case vntext.IsSpace(r):
			i += n
		case isWordRune(r):
			t := tok{word: true, start: i, upper: isUpper(r)}
			f0 := len(fold)
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isWordRune(r) && !(r == '&' && i+n < len(s) && isWordRune(firstRune(s[i+n:])) && i > t.start) {
					break
				}
				if f, ok := vntext.FoldRune(r); ok {
					fold = utf8.AppendRune(fold, f)
				}
				i += n
			}
			t.end = i
			toks = append(toks, t)
			spans = append(spans, span{f0, len(fold)})
		default:
			key := string(r)
			switch r {
			case '–', '—', '‐', '‑', '−':
				key = "-"
			case '；':
				key = ";"
			case '，':
				key = ","
			}
			toks = append(toks, tok{key: key, start: i, end: i + n})
			spans = append(spans, span{-1, -1})
			i += n
		}
	}
	folded := string(fold)
	for k := range toks {
		if sp := spans[k]; sp.f0 >= 0 {
			toks[k].key = folded[sp.f0:sp.f1]
		}
	}
	return toks
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return vntext.IsMark(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}
