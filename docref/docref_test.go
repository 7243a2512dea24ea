package docref

import (
	"errors"
	"testing"
)

func TestParseNumber(t *testing.T) {
	for _, tt := range []struct {
		in         string
		seq        string
		year       int
		symbol     string
		str, id    string
		typeName   string
		wantTypeOK bool
	}{
		{"95/QĐ-VPCP", "95", 0, "QĐ-VPCP", "95/QĐ-VPCP", "95/QĐ-VPCP", "Quyết định", true},
		{"766/2022/QĐ-TTg", "766", 2022, "QĐ-TTg", "766/2022/QĐ-TTg", "766/QĐ-TTg", "Quyết định", true},
		{"05/CT-TTg", "05", 0, "CT-TTg", "05/CT-TTg", "5/CT-TTg", "Chỉ thị", true},
		{"02-KH/BCĐTW", "02", 0, "KH/BCĐTW", "02-KH/BCĐTW", "2-KH/BCĐTW", "", false},
		{"1552/BTTTT-TTH", "1552", 0, "BTTTT-TTH", "1552/BTTTT-TTH", "1552/BTTTT-TTH", "", false},
		{"79/2022/NĐ-CP", "79", 2022, "NĐ-CP", "79/2022/NĐ-CP", "79/NĐ-CP", "Nghị định", true},
	} {
		n, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.in, err)
			continue
		}
		if n.Seq != tt.seq || n.Year != tt.year || n.Symbol != tt.symbol || n.String() != tt.str || n.ID() != tt.id {
			t.Errorf("ParseNumber(%q) = %+v, %q, id %q", tt.in, n, n.String(), n.ID())
		}
		typ, ok := n.Type()
		if ok != tt.wantTypeOK || typ.Name != tt.typeName {
			t.Errorf("%q: type %q, %v", tt.in, typ.Name, ok)
		}
	}
	for _, bad := range []string{"", "abc", "95", "95/", "/QĐ"} {
		if _, err := ParseNumber(bad); !errors.Is(err, ErrNumber) {
			t.Errorf("ParseNumber(%q) = %v, want ErrNumber", bad, err)
		}
	}
	var n Number
	if err := n.UnmarshalText([]byte("766")); err != nil || n.String() != "766" || n.ID() != "766" {
		t.Errorf("a number without symbol: %+v, %v", n, err)
	}
}

func TestTypes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"QUYẾT ĐỊNH", "Quyết định"}, {"quyet dinh", "Quyết định"}, {"Kế  hoạch", "Kế hoạch"},
		{"THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"},
	} {
		if typ, ok := LookupType(tt.in); !ok || typ.Name != tt.want {
			t.Errorf("LookupType(%q) = %q, %v", tt.in, typ.Name, ok)
		}
	}
	if _, ok := LookupType("Ghi chú"); ok {
		t.Error("LookupType took a word that is no type")
	}
	for _, tt := range []struct {
		in   string
		want string
		at   int
	}{
		{"Căn cứ Thông tư liên tịch", "Thông tư liên tịch", len("Căn cứ ")},
		{"theo quyết định", "Quyết định", len("theo ")},
		{"Kế hoạch", "Kế hoạch", 0},
	} {
		typ, at, ok := TypeSuffix(tt.in)
		if !ok || typ.Name != tt.want || at != tt.at {
			t.Errorf("TypeSuffix(%q) = %q, %d, %v", tt.in, typ.Name, at, ok)
		}
	}
	if _, _, ok := TypeSuffix("Siêuluật"); ok {
		t.Error("TypeSuffix matched inside a word")
	}
	// Longer names come before the names they end with.
	types := Types()
	for i, typ := range types {
		for _, later := range types[i+1:] {
			if len(later.Name) > len(typ.Name) && later.Name[len(later.Name)-len(typ.Name):] == typ.Name {
				t.Errorf("%q comes before %q, which ends with it", typ.Name, later.Name)
			}
		}
	}
}
