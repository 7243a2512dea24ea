package legacy

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters are the Vietnamese letters with marks, lower case, each vowel
// with its tones in the order grave, hook, tilde, acute, dot below.
const letters = "àảãáạ ăằẳẵắặ âầẩẫấậ đ èẻẽéẹ êềểễếệ ìỉĩíị òỏõóọ ôồổỗốộ ơờởỡớợ ùủũúụ ưừửữứự ỳỷỹýỵ"

// tcvn3Letters is letters as TCVN 5712:1993 writes them, byte for byte
// (as Latin-1), from the standard's table.
const tcvn3Letters = "µ¶·¸¹ ¨»¼½¾Æ ©ÇÈÉÊË ® ÌÎÏÐÑ ªÒÓÔÕÖ ×ØÜÝÞ ßáâãä «åæçèé ¬êëìíî ïñòóô \u00adõö÷øù úûüýþ"

// vniLetters is letters as VNI writes them: a base letter and its mark
// byte, or one byte.
var vniLetters = []string{
	"aø", "aû", "aõ", "aù", "aï", "aê", "aè", "aú", "aü", "aé", "aë", "aâ", "aà", "aå", "aã", "aá", "aä",
	"ñ", "eø", "eû", "eõ", "eù", "eï", "eâ", "eà", "eå", "eã", "eá", "eä",
	"ì", "æ", "ó", "í", "ò",
	"oø", "oû", "oõ", "où", "oï", "oâ", "oà", "oå", "oã", "oá", "oä", "ô", "ôø", "ôû", "ôõ", "ôù", "ôï",
	"uø", "uû", "uõ", "uù", "uï", "ö", "öø", "öû", "öõ", "öù", "öï",
	"yø", "yû", "yõ", "yù", "î",
}

func TestTCVN3EveryLetter(t *testing.T) {
	want := strings.Fields(letters)
	got := strings.Fields(tcvn3Letters)
	if len(want) != len(got) {
		t.Fatalf("%d groups, want %d", len(got), len(want))
	}
	n := 0
	for i := range want {
		w := []rune(want[i])
		g := []rune(got[i])
		if len(w) != len(g) {
			t.Fatalf("group %q: %d codes for %d letters", got[i], len(g), len(w))
		}
		for j := range w {
			if d := Decode(string(g[j]), TCVN3); d != string(w[j]) {
				t.Errorf("TCVN3 0x%02X: got %q, want %q", g[j], d, string(w[j]))
			}
			if d := DecodeBytes([]byte{byte(g[j])}, TCVN3); d != string(w[j]) {
				t.Errorf("TCVN3 byte 0x%02X: got %q, want %q", g[j], d, string(w[j]))
			}
			n++
		}
	}
	if n != 67 {
		t.Errorf("%d letters, want 67", n)
	}
	caps := map[string]string{"¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư"}
	for k, v := range caps {
		if d := Decode(k, TCVN3); d != v {
			t.Errorf("TCVN3 %q: got %q, want %q", k, d, v)
		}
	}
}

func TestVNIEveryLetter(t *testing.T) {
	want := []rune(strings.ReplaceAll(letters, " ", ""))
	if len(want) != len(vniLetters) {
		t.Fatalf("%d VNI codes for %d letters", len(vniLetters), len(want))
	}
	for i, code := range vniLetters {
		if d := Decode(code, VNI); d != string(want[i]) {
			t.Errorf("VNI %q: got %q, want %q", code, d, string(want[i]))
		}
		up := strings.ToUpper(code)
		if d := Decode(up, VNI); d != strings.ToUpper(string(want[i])) {
			t.Errorf("VNI %q: got %q, want %q", up, d, strings.ToUpper(string(want[i])))
		}
	}
}

func TestPhrases(t *testing.T) {
	for _, c := range []struct {
		in   string
		enc  Encoding
		want string
	}{
		{"Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3, "Cộng hoà xã hội chủ nghĩa Việt Nam"},
		{"§éc lËp - Tù do - H¹nh phóc", TCVN3, "Độc lập - Tự do - Hạnh phúc"},
		{"Uû ban nh©n d©n tØnh", TCVN3, "Uỷ ban nhân dân tỉnh"},
		{"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", VNI, "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
		{"Sôû Taøi chính chuû trì", VNI, "Sở Tài chính chủ trì"},
	} {
		got := Decode(c.in, c.enc)
		if got != c.want {
			t.Errorf("Decode(%q, %v) = %q, want %q", c.in, c.enc, got, c.want)
		}
		if !norm.NFC.IsNormalString(got) || !utf8.ValidString(got) {
			t.Errorf("Decode(%q) not NFC", c.in)
		}
		if d := Detect(c.in); d != c.enc {
			t.Errorf("Detect(%q) = %v, want %v", c.in, d, c.enc)
		}
		if d := Detect(c.want); d != None {
			t.Errorf("Detect(%q) = %v, want none", c.want, d)
		}
	}
	for _, s := range []string{"Hello, world: café au lait, 3 × 4 = 12.", "Quyết định số 95/QĐ-VPCP", "déjà vu à Paris"} {
		if d := Detect(s); d != None {
			t.Errorf("Detect(%q) = %v, want none", s, d)
		}
	}
}

func TestFontEncoding(t *testing.T) {
	for f, want := range map[string]Encoding{".VnTime": TCVN3, ".VnArialH": TCVN3, "VNI-Times": VNI, "Times New Roman": None, "": None} {
		if got := FontEncoding(f); got != want {
			t.Errorf("FontEncoding(%q) = %v, want %v", f, got, want)
		}
	}
	if !CapsFont(".VnTimeH") || CapsFont(".VnTime") {
		t.Error("CapsFont")
	}
}

// BenchmarkDetect is what the text path pays to look for the old
// encodings: one pass over Unicode Vietnamese text.
func BenchmarkDetect(b *testing.B) {
	s := strings.Repeat("Cục Kiểm soát thủ tục hành chính chủ trì, phối hợp với các bộ, ngành, địa phương; hoàn thành trong Quý II/2023.\n", 400)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if Detect(s) != None {
			b.Fatal("detected")
		}
	}
}
