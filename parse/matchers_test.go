package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/unit"
)

// sp and nonSp are the white space of vntext.IsSpace, as regexp classes.
const (
	sp    = `[\t\n\v\f\r \x{85}\x{A0}\p{Z}\x{200B}\x{FEFF}]`
	nonSp = `[^\t\n\v\f\r \x{85}\x{A0}\p{Z}\x{200B}\x{FEFF}]`
)

// The hand-written matchers must agree with the regexps they replace.
var (
	oracleSection   = regexp.MustCompile(`^([IVXL]+|[A-D])\.` + sp + `+(` + nonSp + `.*)$`)
	oracleItem      = regexp.MustCompile(`^(\d+(?:\.\d+)*)[.)]` + sp + `+(` + nonSp + `.*)$`)
	oracleRowNumber = regexp.MustCompile(`^(\d+(?:\.\d+)*)\.?$`)
	oracleArticle   = regexp.MustCompile(`^Điều` + sp + `+(\d+)` + sp + `*[.:]?` + sp + `*(.*)$`)
	oracleBookmark  = regexp.MustCompile(`^\[bookmark: [^\]]*\]`)
	oracleRule      = regexp.MustCompile(`^[-_=*]{3,}$`)
	oracleYear      = regexp.MustCompile(`(?i)năm` + sp + `+(\d{4})` + sp + `*$`)
	oracleNumber    = regexp.MustCompile(`^Số` + sp + `*:` + sp + `*(` + nonSp + `+)`)
	oracleSigning   = regexp.MustCompile(`^(KT|TM|TL|TUQ|Q)\.`)
	oracleLabel     = regexp.MustCompile(`(?i)(cơ quan chủ trì|đơn vị chủ trì|chủ trì thực hiện|chủ trì|cơ quan phối hợp|đơn vị phối hợp|phối hợp thực hiện|phối hợp|thời gian hoàn thành|thời gian thực hiện|thời hạn hoàn thành|thời gian|thời hạn|tiến độ thực hiện|sản phẩm|kết quả dự kiến|kết quả)` + sp + `*:`)
	oracleDate      = regexp.MustCompile(`^\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|^\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})`)
)

// oracleNumberSpans is the byte-by-byte search numberSpans replaced; it returns the spans of document numbers in s: digits, "/" or
// "-", an optional year and "/", then a symbol that starts with a capital
// ("95/QĐ-VPCP", "766/2022/QĐ-TTg", "02-KH/BCĐTW").
func oracleNumberSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && isDigitOrLetter(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j+1 >= len(s) || s[j] != '/' && s[j] != '-' {
			i = j
			continue
		}
		sep := s[j]
		k := j + 1
		if sep == '/' && k+5 <= len(s) && isDigits(s[k:k+4]) && s[k+4] == '/' {
			k += 5 // the year inside the number
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) {
			i = j
			continue
		}
		end := k
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '&' || r == '/' || r == '.' && sep == '/') {
				break
			}
			end += n
		}
		for end > k && strings.ContainsRune(".-&/", rune(s[end-1])) {
			end--
		}
		out = append(out, [2]int{i, end})
		i = end - 1
	}
	return out
}

func checkMatchers(t *testing.T, s string) {
	t.Helper()
	no, title, ok := sectionMatch(s)
	if m := oracleSection.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != no || m[2] != title) {
		t.Errorf("sectionMatch(%q) = %q, %q, %v; regexp %q", s, no, title, ok, m)
	}
	no, text, ok := itemMatch(s)
	if m := oracleItem.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != no || m[2] != text) {
		t.Errorf("itemMatch(%q) = %q, %q, %v; regexp %q", s, no, text, ok, m)
	}
	if got, want := numberSpans(nil, s), oracleNumberSpans(s); !slices.Equal(got, want) {
		t.Errorf("numberSpans(%q) = %v; byte by byte %v", s, got, want)
	}
	day, month, year, n, ok := dateAfter(s)
	if m := oracleDate.FindStringSubmatch(s); (m != nil) != ok || ok && (m[0] != s[:n] || [3]string{day, month, year} != [3]string{m[1] + m[4], m[2] + m[5], m[3] + m[6]}) {
		t.Errorf("dateAfter(%q) = %q, %q, %q, %d, %v; regexp %q", s, day, month, year, n, ok, m)
	}
	var got [][2]int
	for _, lb := range defaultVocab.findLabels(s) {
		got = append(got, [2]int{lb.start, lb.end})
	}
	var want [][2]int
	for _, m := range oracleLabel.FindAllStringSubmatchIndex(s, -1) {
		want = append(want, [2]int{m[0], m[1]})
	}
	if !slices.Equal(got, want) {
		t.Errorf("findLabels(%q) = %v; regexp %v", s, got, want)
	}
	if m, got := oracleArticle.FindStringSubmatch(s), articleMatch(s); (m != nil) != (got != nil) || m != nil && (m[1] != got[1] || m[2] != got[2]) {
		t.Errorf("articleMatch(%q) = %q; regexp %q", s, got, m)
	}
	if m, got := oracleBookmark.FindStringIndex(s), bookmarkEnd(s); (m != nil) != (got >= 0) || m != nil && m[1] != got {
		t.Errorf("bookmarkEnd(%q) = %d; regexp %v", s, got, m)
	}
	if want, got := oracleRule.MatchString(s), isRule(s); want != got {
		t.Errorf("isRule(%q) = %v; regexp %v", s, got, want)
	}
	if want, got := oracleCaps(s), isCaps(s); utf8.ValidString(s) && want != got { // text is valid after the door
		t.Errorf("isCaps(%q) = %v; plain loop %v", s, got, want)
	}
	if utf8.ValidString(s) {
		y, ok := titleYear(s)
		if m := oracleYear.FindStringSubmatch(s); (m != nil) != ok || ok && strconv.Itoa(y) != strings.TrimLeft(m[1], "0") {
			t.Errorf("titleYear(%q) = %d, %v; regexp %q", s, y, ok, m)
		}
		n, ok := numberLine(s)
		if m := oracleNumber.FindStringSubmatch(s); (m != nil) != ok || ok && m[1] != n {
			t.Errorf("numberLine(%q) = %q, %v; regexp %q", s, n, ok, m)
		}
	}
	if want, got := oracleSigning.MatchString(s), hasSigningForm(s); want != got {
		t.Errorf("hasSigningForm(%q) = %v; regexp %v", s, got, want)
	}
	no, ok = rowNumber(s)
	if m := oracleRowNumber.FindStringSubmatch(s); (m != nil) != ok || ok && m[1] != no {
		t.Errorf("rowNumber(%q) = %q, %v; regexp %q", s, no, ok, m)
	}
}

// oracleCaps is isCaps written plainly: letters, and at most one in ten
// of them lower case.
func oracleCaps(s string) bool {
	letters, lower := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return letters > 1 && (lower == 0 || letters >= 10 && lower*10 <= letters)
}

func TestMatchers(t *testing.T) {
	for _, s := range []string{
		"", "I", "I.", "I. ", "I. NHIỆM VỤ", "II.\tMỤC TIÊU", "XIV. A", "A. MỤC ĐÍCH", "E. KHÁC", "AB. X",
		"I.NHIỆM VỤ", "IV.  \t x", "1", "1.", "12.", "1.2", "1.2.", "1..2", "1.2.3", ".1", "1a", "01",
		"1. Rà soát", "2.1) Xây dựng", "3)  x", "1.)", "1. ", "1 .", "1.2.3. Nội dung", "１. full width",
		"1.\u00a0x", "I.\u00a0x", "V. \r", "9999999999999999999.",
		" ngày 24 tháng 3 năm 2023 của", " ngày 24/3/2023", "  ngày\t1 tháng 12 năm 20234", " ngày 123 tháng 3 năm 2023",
		" ngày 24/03/23", " ngày 24 tháng 3 năm 202", "ngày 24/3/2023", " ngày 24 /3/2023", " ngày 1/1/1999x",
		"Quyết định số 95/QĐ-VPCP ngày 24/3/2023", "766/2022/QĐ-TTg và 02-KH/BCĐTW", "12-34/QĐ", "a12/QĐ 3/UB",
		"95/QĐ-VPCP-2023/X", "1/2/3/A", "5/", "số 06/CT-TTg.", "10-11/QĐ.-&", "(3/KH-UBND)", "2023/2024/NĐ-CP",
		"1/Ab2/C 4-Đ", "x 7/2023/ 8/Q", "99-", "3-ý",
		"Đơn vị chủ trì: Bộ Tư pháp; Thời gian: Quý II/2023", "ĐƠN VỊ CHỦ TRÌ : Bộ Y tế", "chủ trì thực hiện:x", "Kết quả dự kiến\t: báo cáo",
		"Sản phẩm: a: b", "thời gian hoàn thành:", "xchủ trì:", "chủ trì x: thời gian:", "\u212aết quả: K", "phối hợp ::", ": chủ trì",
		"Cơ quan phối hợp thực hiện: các bộ", "thời hạn hoàn thành \n:", "chủ\xfftrì:",
		"Điều 1. Ban hành", "Điều 12: Hiệu lực", "Điều  3 .x", "Điều3.", "Điều 4", "ĐIỀU 5.", "Điều 1.\u00a0Phạm vi",
		"[bookmark: dieu_1]Điều 1.", "[bookmark: ]", "[bookmark:x]", "[bookmark: a", "---", "--", "***", "-_=*", "----x",
		"BAN HÀNH KẾ HOẠCH", "5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO", "KẾ HOẠCH NĂM 2023", "năm  2024 ", "NĂM 12023", "Năm 0999", "năm2023",
		"Số: 95/QĐ-VPCP", "Số:95/QĐ", "Số : 1", "Số:", "Số:  \u00a0x", "Sốx: 1", "KT. CHỦ TỊCH", "TM.", "Q.", "TUQ x", "KTT.", "Kế hoạch", "UBND", "Ab", "ǅ ǈ", "ΑΒΓ", "X",
	} {
		checkMatchers(t, s)
	}
}

func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"I. NHIỆM VỤ", "1.2) x", "12.", "A.\tB", " ngày 24/3/2023", "Quyết định số 766/2022/QĐ-TTg ngày 23 tháng 6 năm 2022", "Đơn vị chủ trì: Bộ Y tế; Thời gian thực hiện : Quý II"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Contains(s, "\n") {
			return // lines have no line feed, which "." does not match
		}
		checkMatchers(t, s)
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestQuote(t *testing.T) {
	for _, s := range []string{"", "Kế hoạch", `a "b"`, `a\b`, "tab\there", "nbsp\u00a0", "“Đề án 06”", "x\xff", "\u200b", "日本", "😀"} {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestHasMark(t *testing.T) {
	for _, tt := range []struct {
		marks, name string
		want        bool
	}{
		{"[bookmark: a]", "a", true},
		{"[bookmark: k]", "k", true},
		{"[bookmark: mark]", "mark", true},
		{"[bookmark: loai_1_name] [bookmark: loai_2_name]", "loai_2_name", true},
		{"[bookmark: loai_2_name_x]", "loai_2_name", false},
		{"[bookmark: x_loai_2_name]", "loai_2_name", false},
		{"", "a", false},
		{"[bookmark: a", "a", false},
	} {
		if got := hasMark(tt.marks, tt.name); got != tt.want {
			t.Errorf("hasMark(%q, %q) = %v", tt.marks, tt.name, got)
		}
	}
}

// A citation's issuer is a name that starts a word after "của", not a
// part of a later document's number; capitals are read as capitals.
func TestCitationIssuer(t *testing.T) {
	for _, tt := range []struct{ text, issuer, cited string }{
		{"Căn cứ Kế hoạch số 12/KH-UBND ngày 3/3/2023 của UBND tỉnh thực hiện Kế hoạch 06/KH-BCA;", "", "Kế hoạch số 12/KH-UBND ngày 3/3/2023"},
		{"Căn cứ Quyết định số 5/QĐ-BTP ngày 1/2/2023 của Bộ trưởng BỘ TƯ PHÁP;", "Bộ Tư pháp", "Quyết định số 5/QĐ-BTP ngày 1/2/2023 của Bộ trưởng BỘ TƯ PHÁP"},
		{"Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ quy định chức năng;", "Chính phủ", "Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ"},
		{"Căn cứ Quyết định số 1/QĐ-TTg của  Thủ   tướng Chính phủ;", "Thủ tướng Chính phủ", "Quyết định số 1/QĐ-TTg của  Thủ   tướng Chính phủ"},
	} {
		cs := (&state{reg: unit.Default()}).findCitations(nil, tt.text)
		if len(cs) == 0 || cs[0].Issuer != tt.issuer || cs[0].Text != tt.cited {
			t.Errorf("%q: %+v; want issuer %q, text %q", tt.text, cs, tt.issuer, tt.cited)
		}
	}
}
