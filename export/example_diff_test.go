package export_test

import (
	"os"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// Print what changed between two versions of a plan for a person to read,
// as kehoach diff does.
func ExampleWriteDiff() {
	head := "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
	old, _ := parse.Decision("v1.md", []byte(head+
		"| 1 | Xây dựng nền tảng số dùng chung | Bộ Thông tin và Truyền thông | Bộ Kế hoạch và Đầu tư | 6/2025 |\n"+
		"| 2 | Tập huấn cán bộ | Bộ Nội vụ | | 12/2025 |\n"))
	new, _ := parse.Decision("v2.md", []byte(head+
		"| 1 | Xây dựng và vận hành nền tảng số dùng chung | Bộ Khoa học và Công nghệ | Bộ Tài chính, Bộ Công an | 9/2025 |\n"))
	export.WriteDiff(os.Stdout, plan.Diff(old, new))
	// Output:
	// Sửa 1/1 (số 1, dòng 6): Xây dựng và vận hành nền tảng số dùng chung
	//   Nội dung: Xây dựng {+và vận hành+} nền tảng số …
	//   Chủ trì: Bộ Thông tin và Truyền thông → Bộ Khoa học và Công nghệ (kế thừa)
	//   Phối hợp: Bộ Kế hoạch và Đầu tư → Bộ Tài chính (kế thừa); + Bộ Công an
	//   Thời hạn: 6/2025 → 9/2025
	// Bỏ 1/2 (số 2, dòng 7): Tập huấn cán bộ
	// 0 nhiệm vụ không đổi, 1 sửa, 0 thêm, 1 bỏ
}
