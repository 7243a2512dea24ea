package docref

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// Type is a type of document.
type Type struct {
	Name string // as written in running text: "Quyết định"
	// Abbrev is the abbreviation used in document symbols ("QĐ" in
	// 95/QĐ-VPCP), "" for types whose symbols carry none (công văn).
	Abbrev string
	// Words is Name folded (lower case, no diacritics, đ as d), one word
	// an element: {"quyet", "dinh"}.
	Words []string
}

// typeList is every type, longest name first where one name ends another
// ("Thông tư liên tịch" before "Thông tư").
var typeList = []Type{
	// Legal normative documents.
	{Name: "Hiến pháp"},
	{Name: "Bộ luật"},
	{Name: "Luật"},
	{Name: "Pháp lệnh", Abbrev: "PL"},
	{Name: "Nghị định", Abbrev: "NĐ"},
	{Name: "Thông tư liên tịch", Abbrev: "TTLT"},
	{Name: "Thông tư", Abbrev: "TT"},
	{Name: "Văn bản hợp nhất", Abbrev: "VBHN"},
	// Administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III).
	{Name: "Nghị quyết", Abbrev: "NQ"},
	{Name: "Quyết định", Abbrev: "QĐ"},
	{Name: "Chỉ thị", Abbrev: "CT"},
	{Name: "Quy chế", Abbrev: "QC"},
	{Name: "Quy định", Abbrev: "QyĐ"},
	{Name: "Thông cáo", Abbrev: "TC"},
	{Name: "Thông báo", Abbrev: "TB"},
	{Name: "Hướng dẫn", Abbrev: "HD"},
	{Name: "Chương trình", Abbrev: "CTr"},
	{Name: "Kế hoạch", Abbrev: "KH"},
	{Name: "Phương án", Abbrev: "PA"},
	{Name: "Đề án", Abbrev: "ĐA"},
	{Name: "Dự án", Abbrev: "DA"},
	{Name: "Báo cáo", Abbrev: "BC"},
	{Name: "Biên bản", Abbrev: "BB"},
	{Name: "Tờ trình", Abbrev: "TTr"},
	{Name: "Hợp đồng", Abbrev: "HĐ"},
	{Name: "Công điện", Abbrev: "CĐ"},
	{Name: "Công văn"},
	{Name: "Bản ghi nhớ", Abbrev: "BGN"},
	{Name: "Bản thỏa thuận", Abbrev: "BTT"},
	{Name: "Giấy mời", Abbrev: "GM"},
	// Party documents and the general word for a document.
	{Name: "Kết luận", Abbrev: "KL"},
	{Name: "Văn bản"},
}

func init() {
	for i := range typeList {
		typeList[i].Words = vntext.Fields(vntext.Fold(typeList[i].Name))
	}
}

// Types returns every document type, longest name first where one name
// ends another. The slice is a copy.
func Types() []Type {
	out := make([]Type, len(typeList))
	copy(out, typeList)
	return out
}

// LookupType finds a type by its name, in any case, with or without
// diacritics ("QUYẾT ĐỊNH", "quyet dinh").
func LookupType(name string) (Type, bool) {
	f := strings.Join(vntext.Fields(vntext.Fold(name)), " ")
	for _, t := range typeList {
		if f == strings.Join(t.Words, " ") {
			return t, true
		}
	}
	return Type{}, false
}

// TypeSuffix finds the type whose name ends s ("... theo Quyết định"),
// in any case, not inside a longer word. It returns the type and where its
// name starts in s, or false.
func TypeSuffix(s string) (Type, int, bool) {
	for _, t := range typeList {
		n := len(t.Name)
		if len(s) < n {
			continue
		}
		k := len(s) - n
		// Names are compared in their own length: NFC Vietnamese keeps
		// one byte length in every case of a letter.
		if !utf8.RuneStart(s[k]) || !strings.EqualFold(s[k:], t.Name) {
			continue
		}
		if k > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:k]); vntext.IsWordRune(r) {
				continue
			}
		}
		return t, k, true
	}
	return Type{}, 0, false
}

// TypeOfSymbol returns the type a symbol names by its first part: "QĐ" in
// "QĐ-VPCP" is Quyết định. Symbols of công văn ("BTTTT-TTH") name none.
func TypeOfSymbol(symbol string) (Type, bool) {
	head, _, _ := strings.Cut(symbol, "-")
	if head == "" {
		return Type{}, false
	}
	for _, t := range typeList {
		if t.Abbrev != "" && strings.EqualFold(t.Abbrev, head) {
			return t, true
		}
	}
	return Type{}, false
}
