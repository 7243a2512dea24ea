package parse

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// A plan typed in the old encodings, as the old fonts' text reads when
// taken for Latin-1.
const (
	tcvn3Plan = "KÕ ho¹ch kiÓm tra n¨m 2026\n\n1. Së Néi vô chñ tr× tæ chøc kiÓm tra c«ng t¸c c¶i c¸ch hµnh chÝnh; hoµn thµnh tr­íc ngµy 30/6/2026.\n\n2. Së T­ ph¸p chñ tr× rµ so¸t v¨n b¶n quy ph¹m ph¸p luËt; hoµn thµnh tr­íc ngµy 30/9/2026.\n"
	vniPlan   = "Keá hoaïch kieåm tra naêm 2026\n\n1. Sôû Noäi vuï chuû trì toå chöùc kieåm tra coâng taùc caûi caùch haønh chính; hoaøn thaønh tröôùc ngaøy 30/6/2026.\n\n2. Sôû Tö phaùp chuû trì raø soaùt vaên baûn quy phaïm phaùp luaät; hoaøn thaønh tröôùc ngaøy 30/9/2026.\n"
)

var wantLegacy = []struct{ lead, content string }{
	{"Sở Nội vụ", "Sở Nội vụ chủ trì tổ chức kiểm tra công tác cải cách hành chính"},
	{"Sở Tư pháp", "Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật"},
}

func checkLegacy(t *testing.T, name string, doc *plan.Document, err error) {
	t.Helper()
	if doc == nil {
		t.Fatalf("%s: %v", name, err)
	}
	got := tasksOf(doc)
	if len(got) != len(wantLegacy) {
		t.Fatalf("%s: %d tasks, want %d: %q", name, len(got), len(wantLegacy), got)
	}
	for i, w := range wantLegacy {
		if got[i].lead != w.lead || !strings.HasPrefix(got[i].content, w.content) {
			t.Errorf("%s: task %d %q, want lead %q, content %q...", name, i+1, got[i], w.lead, w.content)
		}
	}
	note := false
	for _, d := range doc.Diagnostics {
		note = note || d.Code == CodeLegacyEncoding
	}
	if !note {
		t.Errorf("%s: no legacy-encoding note", name)
	}
}

// latin1 writes s (Latin-1 characters) as bytes, one a character.
func latin1(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

// TestLegacyText: a TCVN3 and a VNI plan, as UTF-8 mojibake (a converter
// took the bytes for Latin-1) and as the raw bytes, detected or named.
func TestLegacyText(t *testing.T) {
	for _, c := range []struct {
		name, text, enc string
	}{{"tcvn3", tcvn3Plan, "tcvn3"}, {"vni", vniPlan, "vni"}} {
		doc, err := Decision(c.name+"-utf8.txt", []byte(c.text))
		checkLegacy(t, c.name+" as UTF-8, detected", doc, err)
		doc, err = Decision(c.name+"-bytes.txt", latin1(c.text))
		checkLegacy(t, c.name+" as bytes, detected", doc, err)
		cfg := Config{Encoding: c.enc}
		doc, err = cfg.Decision(c.name+"-named.txt", latin1(c.text))
		checkLegacy(t, c.name+" as bytes, named", doc, err)
	}
	// Unicode Vietnamese is left alone.
	doc, _ := Decision("u.txt", []byte("1. Sở Nội vụ chủ trì tổ chức kiểm tra công tác cải cách hành chính; hoàn thành trước ngày 30/6/2026.\n"))
	for _, d := range doc.Diagnostics {
		if d.Code == CodeLegacyEncoding {
			t.Errorf("Unicode text taken for an old encoding: %v", d)
		}
	}
}
