package plan_test

import (
	"fmt"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// Compare a plan with its re-issue after the 2025 merger of Bộ Thông tin
// và Truyền thông into Bộ Khoa học và Công nghệ: the lead is a successor,
// not a new unit, and the moved deadline shows.
func ExampleDiff() {
	head := "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
	old, _ := parse.Decision("v1.md", []byte(head+
		"| 1 | Xây dựng nền tảng số dùng chung | Bộ Thông tin và Truyền thông | 6/2025 |\n"+
		"| 2 | Tổng kết thực hiện kế hoạch | Văn phòng Chính phủ | 12/2025 |\n"))
	new, _ := parse.Decision("v2.md", []byte(head+
		"| 1 | Xây dựng nền tảng số dùng chung | Bộ Khoa học và Công nghệ | 9/2025 |\n"+
		"| 2 | Tổng kết thực hiện kế hoạch | Văn phòng Chính phủ | 12/2025 |\n"))
	d := plan.Diff(old, new)
	for _, c := range d.Changes {
		fmt.Println(c.Kind, c.New.No)
		for _, f := range c.Fields {
			fmt.Printf("  %s: %s -> %s\n", f.Field, f.Old, f.New)
			for _, u := range f.Units {
				fmt.Printf("    %s: %s -> %s\n", u.Kind, u.Old.ID, u.New.ID)
			}
		}
	}
	fmt.Println("same:", d.Same)
	// Output:
	// changed 1
	//   lead: Bộ Thông tin và Truyền thông -> Bộ Khoa học và Công nghệ
	//     succeeded: btttt -> bkhcn
	//   deadline: 6/2025 -> 9/2025
	// same: 1
}
