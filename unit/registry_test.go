package unit

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"golang.org/x/text/unicode/norm"
)

func date(s string) civil.Date {
	d, err := civil.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// The embedded registry reads without error and holds what the package
// documentation promises.
func TestRegistry(t *testing.T) {
	r, err := ReadRegistry(bytes.NewReader(registryTSV))
	if err != nil {
		t.Fatal(err)
	}
	count := map[Kind]int{}
	localities, localitiesAfter := 0, 0
	merger := date("2025-07-01")
	for _, u := range r.Units() {
		count[u.Kind]++
		if u.Kind == KindLocality {
			if u.From.IsZero() {
				localities++
			}
			if u.ValidOn(merger) {
				localitiesAfter++
			}
		}
		// Every name, short name and abbreviation finds its own unit, or
		// one listed before it under the same name.
		for _, name := range append([]string{u.Name, u.Short}, u.Abbrevs...) {
			if name == "" {
				continue
			}
			got, ok := r.Lookup(name)
			if !ok {
				t.Errorf("Lookup(%q) found nothing, want %s", name, u.ID)
			} else if got.ID != u.ID && got.Name != u.Name && !strings.Contains(u.Name, "(") {
				t.Errorf("Lookup(%q) = %s, want %s", name, got.ID, u.ID)
			}
		}
	}
	// 63 provinces and cities before the 2025 merger, 34 after it.
	if localities != 63 || localitiesAfter != 34 {
		t.Errorf("%d localities before the merger and %d after, want 63 and 34", localities, localitiesAfter)
	}
	// 18 ministries and 4 ministerial agencies before March 2025; 14 and 3 after.
	before, after := date("2025-02-01"), date("2025-03-01")
	for _, c := range []struct {
		on        civil.Date
		kind      Kind
		want      int
		whichTime string
	}{
		{before, KindMinistry, 18, "before"}, {before, KindMinisterialAgency, 4, "before"},
		{after, KindMinistry, 14, "after"}, {after, KindMinisterialAgency, 3, "after"},
	} {
		n := 0
		for _, u := range r.Units() {
			if u.Kind == c.kind && u.ValidOn(c.on) {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%d units of kind %s %s the restructuring, want %d", n, c.kind, c.whichTime, c.want)
		}
	}
	for _, k := range []Kind{KindGovernment, KindGovernmentAgency, KindDepartment, KindStateEnterprise, KindCollective, KindOther} {
		if count[k] == 0 {
			t.Errorf("no unit of kind %s", k)
		}
	}
}

func TestReadRegistryErrors(t *testing.T) {
	for _, tt := range []struct{ in, err string }{
		{"a\tministry\tBộ A\t-\t-\t-\t-\t-\n", "registry:1: 8 fields, want 9"},
		{"a\tministry\tBộ A\t-\t-\t-\t-\t-\t-\na\tministry\tBộ B\t-\t-\t-\t-\t-\t-\n", `registry:2: duplicate id "a"`},
		{"a\tnation\tBộ A\t-\t-\t-\t-\t-\t-\n", `registry:1: bad kind "nation"`},
		{"a\tministry\tBộ A\t-\t-\tzz\t-\t-\t-\n", `registry: a names unknown id "zz"`},
		{"a\tministry\tBộ A\t-\t-\t-\t2025-13-01\t-\t-\n", `registry:1: bad date "2025-13-01"`},
		{"a\tministry\tBộ A\t-\t-\t-\t-\t-\tb\nb\tministry\tBộ B\t-\t-\t-\t-\t-\t-\n", "registry:1: a has a successor but no end date"},
		{"a\tministry\t" + norm.NFD.String("Bộ A") + "\t-\t-\t-\t-\t-\t-\n", "is not in NFC"},
	} {
		_, err := ReadRegistry(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ReadRegistry(%q) error = %v, want %q", tt.in, err, tt.err)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tt := range []struct{ name, id string }{
		{"Bộ Công an", "bca"},
		{"BỘ CÔNG AN", "bca"},
		{"bo cong an", "bca"},
		{norm.NFD.String("Bộ Tư pháp"), "btp"},
		{"Cục Kiểm soát TTHC", "vpcp-ksttthc"},
		{"cuc kiem soat thu tuc hanh chinh", "vpcp-ksttthc"},
		{"KSTT", "vpcp-ksttthc"},
		{"Bộ Văn hoá, Thể thao và Du lịch", "bvhttdl"},
		{"Bộ Văn hóa, Thể thao và Du lịch", "bvhttdl"},
		{"Uỷ ban Dân tộc", "ubdt"},
		{"Ủy ban Dân tộc", "ubdt"},
		{"BHXHVN", "bhxhvn"},
		{"Sở KH&CN", "so-khoa-hoc-va-cong-nghe"},
		{"UBND tỉnh Hà Giang", "ubnd-ha-giang"},
		{"Ủy ban nhân dân Thành phố Hồ Chí Minh", "ubnd-ho-chi-minh"},
		{"Văn phòng Chính phủ.", "vpcp"},
		{"C06", "bca-c06"},
		{"BỘ TƯ PHÁP", "btp"}, // in capitals "TƯ" is a word, not "trung ương"
		{"ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "ubnd-ninh-binh"},
	} {
		u, ok := Lookup(tt.name)
		if !ok || u.ID != tt.id {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.name, u.ID, ok, tt.id)
		}
	}
	for _, name := range []string{"", "Bộ", "Bộ Công an Việt Nam", "Sở Xây dựng Hà Nội", "bhxhvn", "c06"} {
		if u, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", name, u.ID)
		}
	}
}

func TestSuccessor(t *testing.T) {
	for _, tt := range []struct {
		id, on, want string
	}{
		{"btttt", "2025-02-28", "btttt"},
		{"btttt", "2025-03-01", "bkhcn"},
		{"bldtbxh", "2025-06-01", "bnv"},
		{"bkhdt", "2026-01-01", "btc"},
		{"bgtvt", "2025-03-01", "bxd"},
		{"btnmt", "2025-03-01", "bnnmt"},
		{"ubdt", "2025-03-01", "bdttg"},
		{"so-thong-tin-va-truyen-thong", "2025-03-01", "so-khoa-hoc-va-cong-nghe"},
		{"ubnd-ha-giang", "2025-06-30", "ubnd-ha-giang"},
		{"ubnd-ha-giang", "2025-07-01", "ubnd-tuyen-quang"},
		{"ubnd-ba-ria-vung-tau", "2025-07-01", "ubnd-ho-chi-minh"},
		{"ubnd-thua-thien-hue", "2025-07-01", "ubnd-hue"},
		{"vpcp-ksttthc", "2025-12-31", "vpcp-ksttthc"},
		{"vpcp-ksttthc", "2026-01-01", "btp-ksttthc"},
		{"bca", "2030-01-01", "bca"},
	} {
		u, ok := Successor(tt.id, date(tt.on))
		if !ok || u.ID != tt.want {
			t.Errorf("Successor(%s, %s) = %s, %v; want %s", tt.id, tt.on, u.ID, ok, tt.want)
		}
	}
	if _, ok := Successor("nope", date("2025-01-01")); ok {
		t.Error("Successor of an unknown id")
	}
}

func TestUnitJSON(t *testing.T) {
	u, _ := Lookup("Bộ Thông tin và Truyền thông")
	b, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"btttt","name":"Bộ Thông tin và Truyền thông","abbrevs":["BTTTT","Bộ TT\u0026TT"],"kind":"ministry","parent":"cp","to":"2025-02-28","successor":"bkhcn"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	refs := Split("Bộ Công an (C06)")
	b, _ = json.Marshal(refs)
	if want := `[{"raw":"Bộ Công an (C06)","name":"Bộ Công an","id":"bca","kind":"ministry","sub":"C06"}]`; string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

func TestFind(t *testing.T) {
	r := Default()
	for _, tt := range []struct{ in, id, found string }{
		{"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ về việc", "vpcp", "Văn phòng Chính phủ"},
		{"Thủ tướng Chính phủ phê duyệt", "ttg", "Thủ tướng Chính phủ"},
		{"đồng chí Trưởng ban, Bộ Công an", "bca", "Bộ Công an"},
		{"Hội đồng nhân dân tỉnh", "", ""}, // not in the registry
		{"", "", ""},
		{"cộng, trừ", "", ""},
		// Only at the start of a word: not inside a document number.
		{"UBND tỉnh thực hiện Kế hoạch 06/KH-BCA", "", ""},
		{"Hội đồng nhân dân tỉnh, Quyết định 9/QĐ-VPCP", "", ""},
		// Capitals after lower-case words are read as Prefix reads them.
		{"Bộ trưởng BỘ TƯ PHÁP", "btp", "BỘ TƯ PHÁP"},
		{"đồng chí Bộ trưởng, BỘ TƯ PHÁP", "btp", "BỘ TƯ PHÁP"},
		{"các đơn vị\tBộ Công an", "bca", "Bộ Công an"},
	} {
		u, start, end, ok := r.Find(tt.in)
		if tt.id == "" {
			if ok {
				t.Errorf("Find(%q) = %s", tt.in, u.ID)
			}
			continue
		}
		if !ok || u.ID != tt.id || tt.in[start:end] != tt.found {
			t.Errorf("Find(%q) = %s, %q; want %s, %q", tt.in, u.ID, tt.in[start:end], tt.id, tt.found)
		}
	}
}

func TestPrefix(t *testing.T) {
	r := Default()
	for _, tt := range []struct{ in, id, rest string }{
		{"Chính phủ quy định chức năng", "cp", " quy định chức năng"},
		{"Thủ tướng Chính phủ phê duyệt", "ttg", " phê duyệt"},
		{"Văn phòng Chính phủ)", "vpcp", ")"},
		{"Bộ trưởng, Chủ nhiệm", "", ""},
	} {
		u, n, ok := r.Prefix(tt.in)
		if tt.id == "" {
			if ok {
				t.Errorf("Prefix(%q) = %s", tt.in, u.ID)
			}
			continue
		}
		if !ok || u.ID != tt.id || tt.in[n:] != tt.rest {
			t.Errorf("Prefix(%q) = %s, rest %q; want %s, %q", tt.in, u.ID, tt.in[n:], tt.id, tt.rest)
		}
	}
}

// The registry is safe for concurrent use, its first load included (run
// with -race).
func TestConcurrentSplit(t *testing.T) {
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			var got []string
			for _, r := range Split("Bộ Tư pháp, Bộ Công an (C06); các bộ, ngành, địa phương") {
				got = append(got, r.ID)
			}
			if u, ok := Lookup("BHXHVN"); ok {
				got = append(got, u.ID)
			}
			done <- strings.Join(got, " ")
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != "btp bca col-bo-nganh-dia-phuong bhxhvn" {
			t.Errorf("concurrent Split: %s", got)
		}
	}
}

// parse reads an issuer's name within twelve words; no name is longer.
func TestNamesAtMostTwelveWords(t *testing.T) {
	for _, u := range Default().units {
		for _, name := range append([]string{u.Name, u.Short}, u.Abbrevs...) {
			if n := len(strings.Fields(name)); n > 12 {
				t.Errorf("%s: %q has %d words", u.ID, name, n)
			}
		}
	}
}
