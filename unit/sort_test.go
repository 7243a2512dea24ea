package unit

import (
	"slices"
	"strings"
	"testing"
)

func TestSort(t *testing.T) {
	refs := Split("Viện Hàn lâm Khoa học xã hội Việt Nam; Bộ Y tế; Ủy ban Dân tộc; Đài Truyền hình Việt Nam; Bộ Tư pháp; Bộ Dân tộc và Tôn giáo; Bộ Xây dựng; Ban Quản lý Lăng Chủ tịch Hồ Chí Minh")
	Sort(refs)
	var got []string
	for _, r := range refs {
		got = append(got, r.Name)
	}
	want := []string{
		"Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "Bộ Dân tộc và Tôn giáo", "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Y tế",
		"Đài Truyền hình Việt Nam", "Ủy ban Dân tộc", "Viện Hàn lâm Khoa học xã hội Việt Nam",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Sort:\n got  %s\n want %s", strings.Join(got, "; "), strings.Join(want, "; "))
	}
	// Byte order gets this wrong, which is why the collator is needed.
	bytewise := slices.Clone(want)
	slices.Sort(bytewise)
	if slices.Equal(bytewise, want) {
		t.Error("the test names sort the same in byte order; they prove nothing")
	}

	units := []Unit{{Name: "Sở Y tế"}, {Name: "Sở Đối ngoại"}, {Name: "Sở Du lịch"}, {Name: "Sở Ê"}}
	SortUnits(units)
	if units[0].Name != "Sở Du lịch" || units[1].Name != "Sở Đối ngoại" || units[2].Name != "Sở Ê" {
		t.Errorf("SortUnits = %v", units)
	}
}
