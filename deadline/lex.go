package deadline

import (
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

type tokKind uint8

const (
	tokWord tokKind = iota + 1
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark of a phrase.
type token struct {
	kind  tokKind
	space bool // white space comes before the token
	ch    byte // tokPunct: the ASCII character, '-' for every dash, 0 for others
	ndig  int  // tokNum: number of digits
	val   int  // tokNum: the value, or -1 when it has more than 9 digits
	pos   int  // byte offset of the token in the phrase
	end   int  // byte offset just past the token
	f0    int  // tokWord: the folded word is parser.fold[f0:f1]
	f1    int
}

// lex splits p.src into tokens, folding words into p.fold.
func (p *parser) lex() {
	src := p.src
	if want := len(src)/5 + 8; cap(p.toks) < want {
		p.toks = make([]token, 0, want) // a token is some five bytes of text
	}
	if cap(p.fold) < len(src) {
		p.fold = make([]byte, 0, len(src))
	}
	space := false
	for i := 0; i < len(src); {
		c := src[i]
		var r rune = rune(c)
		n := 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:])
		}
		letter := isLetter(r)
		switch {
		case c == ' ' || !letter && vntext.IsSpace(r):
			space = true
			i += n
			continue
		case '0' <= c && c <= '9':
			t := token{kind: tokNum, space: space, pos: i}
			for i < len(src) && '0' <= src[i] && src[i] <= '9' {
				if t.ndig < 9 {
					t.val = t.val*10 + int(src[i]-'0')
				} else {
					t.val = -1
				}
				t.ndig++
				i++
			}
			t.end = i
			p.toks = append(p.toks, t)
		case letter:
			t := token{kind: tokWord, space: space, pos: i, f0: len(p.fold)}
			for i < len(src) {
				c := src[i]
				if c < utf8.RuneSelf { // ASCII, inline
					switch {
					case 'a' <= c && c <= 'z':
						p.fold = append(p.fold, c)
					case 'A' <= c && c <= 'Z':
						p.fold = append(p.fold, c+'a'-'A')
					default:
						goto done
					}
					i++
					continue
				}
				r, n := utf8.DecodeRuneInString(src[i:])
				if !isLetter(r) {
					break
				}
				if f, ok := vntext.FoldRune(r); ok {
					if f < utf8.RuneSelf {
						p.fold = append(p.fold, byte(f))
					} else {
						p.fold = utf8.AppendRune(p.fold, f)
					}
				}
				i += n
			}
		done:
			t.end, t.f1 = i, len(p.fold)
			p.toks = append(p.toks, t)
		default:
			t := token{kind: tokPunct, space: space, pos: i, end: i + n}
			switch {
			case r < utf8.RuneSelf:
				t.ch = c
			case r == '–' || r == '—' || r == '‐' || r == '‑' || r == '−':
				t.ch = '-'
			case r == '•' || r == '·':
				t.ch = '*'
			}
			p.toks = append(p.toks, t)
			i += n
		}
		space = false
	}
}

// isLetter reports whether r belongs to a word: a letter, or a combining
// mark of decomposed text.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	// The letters of Vietnamese, without a table lookup: Latin-1,
	// Latin Extended-A and -B, Latin Extended Additional.
	if r >= 0xC0 && r <= 0x24F {
		return r != 0xD7 && r != 0xF7
	}
	if r >= 0x1E00 && r <= 0x1EFF {
		return true
	}
	return vntext.IsMark(r) || unicode.IsLetter(r)
}
