package vntext

import (
	"strings"
	"testing"
)

func TestScan(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Stats
	}{
		{"", Stats{FirstInvalid: -1, Control: -1, NFC: true}},
		{"Kế hoạch\r\n\tĐiều 1.", Stats{FirstInvalid: -1, Multi: 4, Runes: 18, Control: -1, Letters: 4, NonASCII: 4, NFC: true}},
		// Each byte of an overlong form and of an encoded surrogate is bad.
		{"a\xc0\xafb\xed\xa0\x80", Stats{Invalid: 5, FirstInvalid: 1, Runes: 7, Control: -1, NonASCII: 5}},
		{"x\xfay", Stats{Invalid: 1, FirstInvalid: 1, Runes: 3, Control: -1, NonASCII: 1}},
		{"a\rb\r", Stats{FirstInvalid: -1, Runes: 4, Control: -1, LoneCR: true, NFC: true}},
		{"Đi\u200bều\ufeff\u202e", Stats{FirstInvalid: -1, Multi: 5, Runes: 7, Control: -1, Invisible: 3, Letters: 2, NonASCII: 5}}, // U+FEFF is outside NFC's fast set
		{"\u0085\u009f", Stats{FirstInvalid: -1, Multi: 2, Runes: 2, Control: -1, C1: 2, NonASCII: 2, NFC: false}},
		{"ab\x01", Stats{FirstInvalid: -1, Runes: 3, Control: 2, NFC: true}},
		{"Ke\u0302\u0301", Stats{FirstInvalid: -1, Multi: 2, Runes: 4, Control: -1, Letters: 2, NonASCII: 2}},
	} {
		if got := Scan([]byte(tt.in)); got != tt.want {
			t.Errorf("Scan(%q) =\n %+v, want\n %+v", tt.in, got, tt.want)
		}
	}
	// The eight-byte fast path counts what it skips.
	long := strings.Repeat("abcdefgh", 100) + "ấ"
	if st := Scan([]byte(long)); st.Runes != 801 || st.Letters != 1 || st.Multi != 1 {
		t.Errorf("Scan(800 ASCII + ấ) = %+v", st)
	}
}

func TestInvisible(t *testing.T) {
	for _, r := range "\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2060\u2066\u2069\ufeff\u061c\u00ad" {
		if !Invisible(r) {
			t.Errorf("Invisible(%U) = false", r)
		}
	}
	for _, r := range "a Đ\u00a0\u2010\u2028\u202f\u0301" {
		if Invisible(r) {
			t.Errorf("Invisible(%U) = true", r)
		}
	}
}
