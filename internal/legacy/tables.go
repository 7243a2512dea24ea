package legacy

// The maps, from the published tables: TCVN 5712:1993 (VN3) gives each
// lower-case Vietnamese letter a byte, and the seven upper-case letters
// without a tone mark (capitals with tones are the lower-case codes in a
// capitals font, ".VnTimeH"); VNI writes a base letter followed by a byte
// for its marks.

// tcvn3 maps the bytes of TCVN3 to letters.
var tcvn3 = map[byte]rune{
	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xA8: 'ă', 0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xA9: 'â', 0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xAE: 'đ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xAA: 'ê', 0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xAB: 'ô', 0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xAC: 'ơ', 0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xAD: 'ư', 0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
	0xA1: 'Ă', 0xA2: 'Â', 0xA7: 'Đ', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư',
}

// tcvn3Only are the Latin-1 characters TCVN3 text shows that are not
// letters of Unicode Vietnamese text (nor common in other text).
var tcvn3Only = map[rune]bool{}

// The marks VNI writes after a base letter, lower case and upper case:
// grave, hook, tilde, acute, dot below; then breve with the same tones
// (breve alone last); then circumflex with the same tones (circumflex
// alone last).
var (
	vniTone       = [2][5]rune{{'ø', 'û', 'õ', 'ù', 'ï'}, {'Ø', 'Û', 'Õ', 'Ù', 'Ï'}}
	vniBreve      = [2][6]rune{{'è', 'ú', 'ü', 'é', 'ë', 'ê'}, {'È', 'Ú', 'Ü', 'É', 'Ë', 'Ê'}}
	vniCircumflex = [2][6]rune{{'à', 'å', 'ã', 'á', 'ä', 'â'}, {'À', 'Å', 'Ã', 'Á', 'Ä', 'Â'}}
)

// The Vietnamese vowels with their tones, in the order grave, hook, tilde,
// acute, dot below.
var toned = map[rune][5]rune{
	'a': {'à', 'ả', 'ã', 'á', 'ạ'}, 'ă': {'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'}, 'â': {'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'},
	'e': {'è', 'ẻ', 'ẽ', 'é', 'ẹ'}, 'ê': {'ề', 'ể', 'ễ', 'ế', 'ệ'},
	'i': {'ì', 'ỉ', 'ĩ', 'í', 'ị'},
	'o': {'ò', 'ỏ', 'õ', 'ó', 'ọ'}, 'ô': {'ồ', 'ổ', 'ỗ', 'ố', 'ộ'}, 'ơ': {'ờ', 'ở', 'ỡ', 'ớ', 'ợ'},
	'u': {'ù', 'ủ', 'ũ', 'ú', 'ụ'}, 'ư': {'ừ', 'ử', 'ữ', 'ứ', 'ự'},
	'y': {'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'},
}

var (
	// vniPair maps a base letter and a mark to a letter.
	vniPair = map[[2]rune]rune{}
	// vniOne maps the letters VNI writes in one byte.
	vniOne = map[rune]rune{}
	// vniMarks are the marks VNI writes after a base letter.
	vniMarks = map[rune]bool{}
)

func init() {
	for _, r := range "µ¶·¸¹¨»¼½¾©®ª«¬\u00ad×Þß¡¢§£¤¥¦" {
		tcvn3Only[r] = true
	}
	// VNI writes ơ and ư as ô and ö, đ as ñ, and the i with its tones and
	// ỵ in one byte each.
	one := map[rune]rune{'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'í': 'í', 'ò': 'ị', 'î': 'ỵ'}
	for k, v := range one {
		vniOne[k] = v
		vniOne[upper(k)] = upper(v)
	}
	for c := range 2 {
		for _, base := range "aeouy" {
			b := base
			if c == 1 {
				b = upper(base)
			}
			for t, m := range vniTone[c] {
				vniPair[[2]rune{b, m}] = caseOf(toned[base][t], c)
			}
		}
		// ơ and ư (ô, ö) with their tones.
		for _, p := range [][2]rune{{'ô', 'ơ'}, {'ö', 'ư'}} {
			b := p[0]
			if c == 1 {
				b = upper(b)
			}
			for t, m := range vniTone[c] {
				vniPair[[2]rune{b, m}] = caseOf(toned[p[1]][t], c)
			}
		}
		for t, m := range vniBreve[c] {
			a := caseOf('ă', c)
			if t < 5 {
				a = caseOf(toned['ă'][t], c)
			}
			vniPair[[2]rune{caseOf('a', c), m}] = a
		}
		for _, base := range [][2]rune{{'a', 'â'}, {'e', 'ê'}, {'o', 'ô'}} {
			for t, m := range vniCircumflex[c] {
				l := caseOf(base[1], c)
				if t < 5 {
					l = caseOf(toned[base[1]][t], c)
				}
				vniPair[[2]rune{caseOf(base[0], c), m}] = l
			}
		}
	}
	// Capitals typed with their marks in lower case ("AØ" is usual, "Aø"
	// happens): the pair of a capital and a lower-case mark is a capital.
	for k, v := range vniPair {
		if isUpperBase(k[0]) {
			lowerMark := lowerRune(k[1])
			if _, ok := vniPair[[2]rune{k[0], lowerMark}]; !ok {
				vniPair[[2]rune{k[0], lowerMark}] = v
			}
		}
	}
	for k := range vniPair {
		vniMarks[k[1]] = true
	}
}

func isUpperBase(r rune) bool { return r == upper(r) && r != lowerRune(r) }

func caseOf(r rune, c int) rune {
	if c == 1 {
		return upper(r)
	}
	return r
}
