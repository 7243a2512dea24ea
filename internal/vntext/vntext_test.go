package vntext

import (
	"testing"

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
	for _, in := range []string{"Tháng 03/2023 – Quý II", "e\u0301", "Quy\u0301", "\u212b", "ñ"} {
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
