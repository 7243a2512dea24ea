package unit_test

import (
	"fmt"
	"time"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/unit"
)

func ExampleSplit() {
	cell := "Bộ Tư pháp, Bộ Công an (C06), Bộ Lao động - Thương binh và Xã hội; các bộ, ngành, địa phương"
	for _, r := range unit.Split(cell) {
		fmt.Printf("%s | %s | %s", r.Name, r.ID, r.Kind)
		if r.Sub != "" {
			fmt.Printf(" | sub-unit %s", r.Sub)
		}
		fmt.Println()
	}
	// Output:
	// Bộ Tư pháp | btp | ministry
	// Bộ Công an | bca | ministry | sub-unit C06
	// Bộ Lao động - Thương binh và Xã hội | bldtbxh | ministry
	// các bộ, ngành, địa phương | col-bo-nganh-dia-phuong | collective
}

func ExampleLookup() {
	u, ok := unit.Lookup("cuc kiem soat TTHC")
	fmt.Println(ok, u.ID, u.Name, u.Parent)
	// Output: true vpcp-ksttthc Cục Kiểm soát thủ tục hành chính vpcp
}

func ExampleSuccessor() {
	on := civil.D(2025, time.June, 1)
	u, _ := unit.Successor("btttt", on) // Bộ Thông tin và Truyền thông
	fmt.Println(u.Name)
	// Output: Bộ Khoa học và Công nghệ
}

func ExampleRegistry_Find() {
	s := "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ ký ban hành"
	if u, start, end, ok := unit.Default().Find(s); ok {
		fmt.Printf("%s: %q\n", u.ID, s[start:end])
	}
	// Output: vpcp: "Văn phòng Chính phủ"
}
