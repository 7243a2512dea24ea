package vntext

import (
	"os"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thường xuyên", "thuong xuyen"},
		{"THÁNG 03/2023", "thang 03/2023"},
		{"Quý", "quy"},
		{"qúy", "quy"},
		{"hoà", "hoa"},
		{"hòa", "hoa"},
		{"Đề án", "de an"},
		{"ĐỊNH KỲ", "dinh ky"},
		{"Hằng năm", "hang nam"},
		{"Hàng năm", "hang nam"},
		{"Ủy ban", "uy ban"},
		{"Uỷ ban", "uy ban"},
		{"KH&CN", "kh&cn"},
		{"Ç ñ", "c n"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(norm.NFD.String(tt.in)); got != tt.want {
			t.Errorf("Fold(NFD %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every precomposed letter in the table must fold to the first rune of its
// own canonical decomposition, so the hand-written table cannot drift from
// Unicode.
func TestFoldTableMatchesUnicode(t *testing.T) {
	n := 0
	for _, l := range letters {
		for _, r := range l.set {
			n++
			if r == 'đ' || r == 'Đ' {
				continue // no decomposition: đ is its own letter
			}
			d := []rune(norm.NFD.String(string(r)))
			base := d[0]
			if base >= 'A' && base <= 'Z' {
				base += 'a' - 'A'
			}
			if base != rune(l.base) {
				t.Errorf("%q listed under %q, decomposes to %q", r, l.base, d[0])
			}
		}
	}
	// 12 vowels × 6 tones (base + 5 marks) minus the bare ASCII ones, both cases, plus đ/Đ.
	if want := 2*(12*6-6) + 2; n != want {
		t.Errorf("table lists %d letters, want %d", n, want)
	}
}

func TestNFC(t *testing.T) {
	s := "Quý II"
	if got := NFC(norm.NFD.String(s)); got != s {
		t.Errorf("NFC(NFD) = %q, want %q", got, s)
	}
	for _, in := range []string{"Tháng 03/2023 – Quý II", "e\u0301", "Quy\u0301", "\u212b", "ñ", "a\u2000b", "\u2001", "\u2003"} {
		if got, want := NFC(in), norm.NFC.String(in); got != want {
			t.Errorf("NFC(%q) = %q, want %q", in, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { _ = NFC(s) }); allocs != 0 {
		t.Errorf("NFC of NFC text allocates %v times", allocs)
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"  a  b ", "a b"},
		{"a\tb", "a b"},
		{"a\u00a0\u00a0b", "a b"},
		{"Tổ Công tác", "Tổ Công tác"},
		{" \t ", ""},
	}
	for _, tt := range tests {
		if got := CollapseSpace(tt.in); got != tt.want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLetter(t *testing.T) {
	for _, tt := range []struct {
		r         rune
		ok, upper bool
	}{{'ấ', true, false}, {'Ấ', true, true}, {'Đ', true, true}, {'đ', true, false}, {'a', false, false}, {'ñ', false, false}, {'€', false, false}} {
		if ok, up := Letter(tt.r); ok != tt.ok || up != tt.upper {
			t.Errorf("Letter(%q) = %v, %v", tt.r, ok, up)
		}
	}
}

func TestInspect(t *testing.T) {
	tests := []struct {
		in               string
		invalid, control int
		nfc              bool
	}{
		{"", -1, -1, true},
		{"Kế hoạch năm 2023\r\n\tĐiều 1.\f\v", -1, -1, true},
		{"abcdefghijklmnop\x00", -1, 16, true},
		{"Tháng 3\x01 và \x02", -1, 8, true},
		{"abc\xffdef", 3, -1, false},
		{"Quý\xe1\xbb", 4, -1, false},             // cut short
		{"\xed\xa0\x80 surrogate", 0, -1, false},  // not UTF-8
		{"\xc0\xaf overlong", 0, -1, false},       // not UTF-8
		{"\xe0\x80\xaf overlong", 0, -1, false},   // not UTF-8
		{"Ke\u0302\u0301 hoạch", -1, -1, false},   // NFD
		{"Nhật 日本 😀", -1, -1, false},              // valid, outside the fast set
		{"“Kế hoạch” – 2023\u00a0", -1, -1, true}, // punctuation stays
		{"0123456789abcdef\x1f", -1, 16, true},
		{"quad\u2000", -1, -1, false}, // NFC makes it U+2002
		{"quad\u2001", -1, -1, false},
		{"en\u2002em\u2003", -1, -1, true},
	}
	for _, tt := range tests {
		invalid, control, nfc := Inspect([]byte(tt.in))
		if invalid != tt.invalid || control != tt.control || invalid < 0 && nfc != tt.nfc {
			t.Errorf("Inspect(%q) = %d, %d, %v; want %d, %d, %v", tt.in, invalid, control, nfc, tt.invalid, tt.control, tt.nfc)
		}
		if want := utf8.ValidString(tt.in); want != (invalid < 0) {
			t.Errorf("Inspect(%q): invalid %d, utf8.Valid says %v", tt.in, invalid, want)
		}
		if invalid < 0 && nfc && !norm.NFC.IsNormalString(tt.in) {
			t.Errorf("Inspect(%q) says NFC; it is not", tt.in)
		}
	}
}

func FuzzInspect(f *testing.F) {
	f.Add([]byte("Kế hoạch\x00"))
	f.Add([]byte("Ke\u0302\u0301\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		invalid, control, nfc := Inspect(b)
		if utf8.Valid(b) != (invalid < 0) {
			t.Fatalf("invalid = %d, utf8.Valid = %v", invalid, utf8.Valid(b))
		}
		if invalid >= 0 {
			if utf8.Valid(b[:invalid]) == false {
				t.Fatalf("invalid = %d, but the bytes before it are not valid", invalid)
			}
			return
		}
		want := -1
		for i, c := range b {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				want = i
				break
			}
		}
		if control != want {
			t.Fatalf("control = %d, want %d", control, want)
		}
		if nfc && !norm.NFC.IsNormal(b) {
			t.Fatalf("nfc, but the text is not in NFC")
		}
	})
}

func BenchmarkInspect(b *testing.B) {
	src, err := os.ReadFile("../../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Inspect(src)
	}
}

// The fast path's set must hold only runes that NFC leaves alone.
func TestNFCFastSet(t *testing.T) {
	for r := rune(0xA0); r <= 0x206F; r++ {
		s := string(r)
		if isNFCVietnamese(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("U+%04X is in the fast set, but NFC changes it", r)
		}
		if _, _, nfc := Inspect([]byte(s)); nfc && !norm.NFC.IsNormalString(s) {
			t.Errorf("Inspect says U+%04X is NFC; it is not", r)
		}
	}
}

func TestFoldLetter(t *testing.T) {
	for r := rune(0); r <= 0x2FFF; r++ {
		b, up, ok := FoldLetter(r)
		lok, lup := Letter(r)
		if ok != lok || ok && up != lup {
			t.Fatalf("FoldLetter(%q) = %v, %v; Letter says %v, %v", r, up, ok, lok, lup)
		}
		if f, _ := FoldRune(r); ok && rune(b) != f {
			t.Fatalf("FoldLetter(%q) = %q; FoldRune says %q", r, b, f)
		}
	}
}
