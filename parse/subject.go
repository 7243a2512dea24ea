package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// A duty names the unit it falls to as the subject of its sentence ("Sở
// Tài chính chủ trì, phối hợp với ..."), after a verb of assignment
// ("Giao Sở Tư pháp chủ trì ...", "Đề nghị Ủy ban nhân dân tỉnh ..."), or
// as a heading above it ("1. Sở Y tế:"). The subject ends where its
// predicate starts: at a verb that is not part of a name (names write
// their words in capitals: "Sở Xây dựng", "Ban Quản lý"), or at a colon.

// word is a word of a sentence, with its span and its folded form.
type word struct {
	start, end int
	fold       string
	upper      bool // it starts with a capital
}

// words splits t into words: runs of letters and digits, with "&" and "-"
// inside them ("KH&CN").
func words(t string) []word {
	var out []word
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !vntext.IsWordRune(r) {
			i += n
			continue
		}
		w := word{start: i, upper: unicode.IsUpper(r)}
		for i < len(t) {
			r, n := utf8.DecodeRuneInString(t[i:])
			if !vntext.IsWordRune(r) && r != '&' {
				break
			}
			i += n
		}
		w.end = i
		w.fold = vntext.Fold(t[w.start:w.end])
		out = append(out, w)
	}
	return out
}

// predicates are the verbs and adverbs a duty's predicate starts with,
// folded. A multi-word one is written with spaces.
var predicates = func() map[string][]string {
	list := []string{
		"chu tri", "phoi hop", "co trach nhiem", "chiu trach nhiem", "tham muu", "chi dao", "to chuc",
		"trien khai", "thuc hien", "khan truong", "tiep tuc", "ra soat", "xay dung", "huong dan", "bao cao",
		"nghien cuu", "de xuat", "tap trung", "theo doi", "kiem tra", "don doc", "bo tri", "cung cap",
		"hoan thanh", "ban hanh", "tang cuong", "day manh", "chu dong", "quan tam", "kip thoi", "la co quan",
		"lam dau moi", "la dau moi", "giup", "tuyen truyen", "quan ly", "phan cong", "tham gia", "dam bao",
		"bao dam", "huy dong", "thanh lap", "lua chon", "xem xet", "ho tro", "phat huy", "nam bat", "cap nhat",
		"trinh", "phe duyet", "lap", "dieu chinh", "ap dung", "van dong", "khuyen khich", "xu ly", "giai quyet",
		"danh gia", "tong hop", "thuong xuyen", "dinh ky", "ket noi", "chia se", "nang cao", "duy tri",
		"van hanh", "lam viec", "trao doi", "tiep nhan", "chuan bi", "dao tao", "boi duong", "tap huan",
		"kiem soat", "giam sat", "uu tien", "tich cuc", "nghiem tuc", "sau sat", "quyet liet", "som",
		"can cu", "cu", "se", "can", "phai", "tiep", "rut", "gui", "nop",
		"cong bo", "thong tin", "pho bien", "quan triet", "hoan thien", "sua doi", "bo sung", "thu gom",
		"khac phuc", "mua sam", "tiep xuc", "chuyen", "cap", "thuc thi", "thi hanh",
		"tuan thu", "thong nhat", "phat dong", "trien", "nhanh chong", "dong thoi", "phoi",
		"day nhanh", "truc tiep", "dang ky", "hoan tat", "khoi cong", "thuc day", "ra quyet dinh", "uu tien",
	}
	m := map[string][]string{}
	for _, p := range list {
		f := strings.Fields(p)
		m[f[0]] = append(m[f[0]], p)
	}
	return m
}()

// titles are the offices a duty may fall to, folded: "Bộ trưởng Bộ Nội
// vụ", "Chủ tịch Ủy ban nhân dân tỉnh", "Nhà đầu tư".
var titles = []string{
	"bo truong", "thu truong", "chu tich", "pho chu tich", "giam doc", "pho giam doc", "tong giam doc",
	"thu tuong", "pho thu tuong", "thong doc", "tong thanh tra", "truong ban", "nguoi dung dau",
	"thuong truc", "nha dau tu", "chu dau tu", "cap uy", "dang uy", "bi thu", "hieu truong", "chanh van phong",
	"cac dong chi", "lanh dao", "tong cuc truong", "cuc truong", "vu truong",
}

// nameHeads are words after which a verb is part of a name: "Ban Quản
// lý", "Ban Chỉ đạo", "Trung tâm Phục vụ", "Cục Kiểm soát".
var nameHeads = map[string]bool{"ban": true, "tam": true, "cuc": true, "vu": true, "quy": true, "to": true, "phong": true, "so": true, "bo": true}

// assignVerbs are the verbs that hand a duty to the unit after them.
var assignVerbs = [][]string{{"giao", "cho"}, {"giao"}, {"de", "nghi"}, {"yeu", "cau"}}

// assigns reports whether words ws open with a verb of assignment.
func assigns(ws []word) bool {
	for _, v := range assignVerbs {
		if wordsAre(ws, 0, v) {
			return true
		}
	}
	return false
}

// subject finds the unit a duty falls to at the start of t, after a verb
// of assignment when there is one. It returns the subject's span, and
// false when t does not start so.
func (s *state) subject(t string) (start, end int, ok bool) { return s.subjectIn(t, true) }

// subjectIn is subject; a semicolon ends the subject only when semi is
// set (a label's value lists units over semicolons: "Các sở, ban, ngành;
// Ủy ban nhân dân các huyện").
func (s *state) subjectIn(t string, semi bool) (start, end int, ok bool) {
	ws := words(t)
	i := 0
	for _, v := range assignVerbs {
		if wordsAre(ws, 0, v) {
			i = len(v)
			break
		}
	}
	if wordsAre(ws, i, []string{"dong", "chi"}) && i+2 < len(ws) && hasTitle(ws, i+2) {
		i += 2 // "Giao đồng chí Bộ trưởng Bộ Xây dựng ..."
	}
	if i >= len(ws) {
		return 0, 0, false
	}
	start = ws[i].start
	rest := t[start:]
	if !s.reg.StartsUnit(rest) && !hasTitle(ws, i) || isPredicate(ws, i) {
		return 0, 0, false // "Tổ chức hội nghị" starts with a verb, not a body
	}
	if lbs := s.vocab.findLabels(rest); len(lbs) > 0 && lbs[0].start == 0 {
		return 0, 0, false // "Cơ quan thực hiện:" is a label
	}
	// The subject runs to a colon or to the predicate's first word.
	stop := len(t)
	stops := ":."
	if semi {
		stops = ":.;"
	}
	from := 0
	for {
		k := indexOutside(rest[from:], stops)
		if k < 0 {
			break
		}
		stop = start + from + k
		if rest[from+k] != ':' || !listsNames(rest[:from+k], rest[from+k+1:]) {
			break
		}
		from += k + 1 // "các Tập đoàn: Bưu chính Viễn thông Việt Nam, ..."
		stop = len(t)
	}
	end = stop
	for j := i + 1; j < len(ws) && ws[j].start < stop && j-i <= 80; j++ {
		if ws[j].upper || nameHeads[ws[j-1].fold] && ws[j-1].upper || inParens(t, ws[j].start) {
			continue // a word of a name: "Sở Xây dựng", "Ban chỉ đạo", "(Sở ...)"
		}
		if collectives[ws[j-1].fold] {
			continue // "các tổ chức", "những hoạt động": a noun after a collective
		}
		if inList(t, ws, j) {
			continue // "cộng đồng, tổ chức, cá nhân"
		}
		if ws[j].fold == "theo" && !isPredicate(ws, j) || ws[j].fold == "truoc" || wordsAre(ws, j, []string{"cham", "nhat"}) {
			// "UBND cấp xã theo chức năng ... có trách nhiệm", "Giao Phó
			// Thủ tướng ... trước ngày 15/11/2025 trực tiếp kiểm tra"
			end = ws[j].start
			break
		}
		if isPredicate(ws, j) {
			if !ws[j-1].upper && !isStrong(ws, j) && (strongAfter(t, ws, j, stop) || s.unitsInParens(t, ws, j)) {
				continue // "các sở, ngành quản lý quy hoạch ... có trách nhiệm": a verb of the name
			}
			end = ws[j].start
			break
		}
	}
	end = start + len(strings.TrimRight(t[start:end], " ,;-–"))
	if end <= start {
		return 0, 0, false
	}
	return start, end, true
}

// listsNames reports whether a colon between before and after opens the
// names of a collective: "các Tập đoàn: Bưu chính Viễn thông Việt Nam,
// Công nghiệp - Viễn thông Quân đội", "các tỉnh: Đắk Lắk, Khánh Hòa".
func listsNames(before, after string) bool {
	ws := words(before)
	n, collective := len(ws), false
	for k := max(0, n-4); k < n-1; k++ {
		collective = collective || ws[k].fold == "cac"
	}
	if !collective {
		return false
	}
	aw := words(after)
	return len(aw) > 0 && aw[0].upper && strings.Contains(after, ",")
}

// collectives are the words after which a verb is a noun: "các tổ
// chức", "những hoạt động".
var collectives = map[string]bool{"cac": true, "nhung": true, "moi": true, "tung": true}

// inList reports whether the predicate at word j stands between commas
// (or before a colon) as an item of a list: "Doanh nghiệp, cộng đồng, tổ
// chức, cá nhân:".
func inList(t string, ws []word, j int) bool {
	n := predicateLen(ws, j)
	if n == 0 || !strings.Contains(t[ws[j-1].end:ws[j].start], ",") {
		return false
	}
	after := t[ws[j+n-1].end:]
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, ":") {
		return true
	}
	// "các cơ quan, tổ chức khác": the list a collective opened goes on.
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		if collectives[ws[k].fold] {
			return true
		}
		if k > 0 && strings.Contains(t[ws[k-1].end:ws[k].start], ",") {
			break
		}
	}
	return false
}

// strongPredicates are the predicates that can only start a duty, never
// describe the body in its name: "có trách nhiệm", "chủ trì".
var strongPredicates = [][]string{
	{"co", "trach", "nhiem"}, {"chiu", "trach", "nhiem"}, {"chu", "tri"}, {"la", "co", "quan"},
	{"la", "dau", "moi"}, {"lam", "dau", "moi"},
}

// isStrong reports whether a strong predicate starts at word j.
func isStrong(ws []word, j int) bool {
	for _, p := range strongPredicates {
		if wordsAre(ws, j, p) {
			return true
		}
	}
	return false
}

// strongAfter reports whether a strong predicate follows word j of t in
// the same phrase, perhaps after an adverbial "theo ...": the verb at j
// describes the body ("các ngành quản lý quy hoạch theo chức năng, nhiệm
// vụ được giao có trách nhiệm"), it does not act on an object ("chỉ đạo
// Sở Xây dựng", "tổ chức triển khai").
func strongAfter(t string, ws []word, j, stop int) bool {
	adverbial := false
	first := j + predicateLen(ws, j) // the first word after the verb
	for k := first; k < len(ws) && ws[k].start < stop && k-j <= 40; k++ {
		switch {
		case inParens(t, ws[k].start):
			// "Các cơ quan đăng ký đầu tư (Sở Tài chính, ...) có trách nhiệm"
		case isStrong(ws, k):
			return k > first // "tiếp tục chủ trì" is one predicate
		case ws[k].fold == "theo":
			adverbial = true
		case ws[k].upper || isPredicate(ws, k) && !adverbial:
			return false
		case !adverbial && strings.IndexByte(t[ws[k-1].end:ws[k].start], ',') >= 0:
			return false
		}
	}
	return false
}

// unitsInParens reports whether the weak verb at word j is followed, in
// its phrase, by units in parentheses that spell out the body it
// describes: "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ...)".
func (s *state) unitsInParens(t string, ws []word, j int) bool {
	for k := j + predicateLen(ws, j); k < len(ws) && k-j <= 8; k++ {
		gap := t[ws[k-1].end:ws[k].start]
		if p := strings.IndexByte(gap, '('); p >= 0 {
			return s.reg.StartsUnit(t[ws[k].start:])
		}
		if strings.IndexByte(gap, ',') >= 0 || isPredicate(ws, k) {
			return false
		}
	}
	return false
}

// indexOutside returns the index of the first of chars in t that is not
// inside parentheses, or -1.
func indexOutside(t, chars string) int {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '(':
			depth++
		case c == ')':
			depth = max(0, depth-1)
		case depth == 0 && strings.IndexByte(chars, c) >= 0:
			return i
		}
	}
	return -1
}

// inParens reports whether byte i of t is inside parentheses.
func inParens(t string, i int) bool {
	return strings.Count(t[:i], "(") > strings.Count(t[:i], ")")
}

// levels are the words after "cấp" that make it a level ("cấp tỉnh"),
// not the verb "to grant".
var levels = map[string]bool{"tinh": true, "huyen": true, "xa": true, "co": true, "trung": true, "bo": true, "uy": true, "thanh": true, "quan": true, "phuong": true, "so": true, "nganh": true}

// predicateLen returns how many words the longest predicate at word j
// spans, or 0.
func predicateLen(ws []word, j int) int {
	n := 0
	for _, p := range predicates[ws[j].fold] {
		if f := strings.Fields(p); len(f) > n && wordsAre(ws, j, f) {
			n = len(f)
		}
	}
	return n
}

// isPredicate reports whether a predicate starts at word j.
func isPredicate(ws []word, j int) bool {
	if ws[j].fold == "cap" && j+1 < len(ws) && levels[ws[j+1].fold] {
		return false // "các sở, ngành cấp tỉnh"
	}
	for _, p := range predicates[ws[j].fold] {
		if wordsAre(ws, j, strings.Fields(p)) {
			return true
		}
	}
	return false
}

// hasTitle reports whether an office starts at word i.
func hasTitle(ws []word, i int) bool {
	for _, t := range titleWords {
		if wordsAre(ws, i, t) {
			return true
		}
	}
	return false
}

// titleWords are the titles, split into words once.
var titleWords = func() [][]string {
	out := make([][]string, len(titles))
	for i, t := range titles {
		out[i] = strings.Fields(t)
	}
	return out
}()

// wordsAre reports whether the words from i are ws.
func wordsAre(words []word, i int, ws []string) bool {
	if i+len(ws) > len(words) {
		return false
	}
	for k, w := range ws {
		if words[i+k].fold != w {
			return false
		}
	}
	return true
}

// partnersIn finds who takes part in a duty, in its text: "phối hợp với
// Bộ Tài chính, các bộ, ngành liên quan rà soát ..." gives "Bộ Tài chính,
// các bộ, ngành liên quan". It returns "" when the text names none.
func (s *state) partnersIn(t string) string {
	ws := words(t)
	for j := range ws {
		var n int
		switch {
		case wordsAre(ws, j, []string{"phoi", "hop", "voi"}):
			n = 3
		case wordsAre(ws, j, []string{"phoi", "hop"}) && j+2 < len(ws) && ws[j+2].upper:
			n = 2
		case wordsAre(ws, j, []string{"chu", "tri", "cung"}):
			n = 3
		default:
			continue
		}
		if j+n >= len(ws) {
			return ""
		}
		start := ws[j+n].start
		if !s.reg.StartsUnit(t[start:]) {
			return ""
		}
		end := len(t)
		for k := j + n + 1; k < len(ws); k++ {
			if !ws[k].upper && isPredicate(ws, k) && !(nameHeads[ws[k-1].fold] && ws[k-1].upper) {
				end = ws[k].start
				break
			}
		}
		if k := strings.IndexAny(t[start:end], ";:."); k >= 0 {
			end = start + k
		}
		return strings.TrimRight(vntext.TrimSpace(t[start:end]), " ,;-")
	}
	return ""
}
