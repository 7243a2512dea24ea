package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// A task put in at the top shifts the numbers of all after it: one line
// says so, instead of a paragraph a task.
func TestWriteDiffRenumbered(t *testing.T) {
	head := "KẾ HOẠCH\nTHỬ\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
	old, _ := parse.Decision("a.md", []byte(head+
		"| 1 | Rà soát thủ tục hành chính về đất đai | Bộ Tư pháp | Quý II/2025 |\n"+
		"| 2 | Tổng kết việc thực hiện kế hoạch | Văn phòng Chính phủ | Quý IV/2025 |\n"))
	new, _ := parse.Decision("b.md", []byte(head+
		"| 1 | Số hóa hồ sơ giải quyết thủ tục | Bộ Công an | Quý III/2025 |\n"+
		"| 2 | Rà soát thủ tục hành chính về đất đai | Bộ Tư pháp | Quý II/2025 |\n"+
		"| 3 | Tổng kết việc thực hiện kế hoạch | Văn phòng Chính phủ | Quý IV/2025 |\n"))
	var b bytes.Buffer
	if err := export.WriteDiff(&b, plan.Diff(old, new)); err != nil {
		t.Fatal(err)
	}
	want := "Thêm 1/1 (số 1, dòng 6): Số hóa hồ sơ giải quyết thủ tục\n" +
		"Chỉ đổi số thứ tự (2): 1 → 2, 2 → 3\n" +
		"0 nhiệm vụ không đổi, 2 sửa, 1 thêm, 0 bỏ\n"
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(b.String(), "Sửa") {
		t.Error("a renumbered task shown as changed")
	}
}
