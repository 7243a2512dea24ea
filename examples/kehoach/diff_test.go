package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kehoach diff on the task appendix of Nghị quyết 03/NQ-CP before and
// after the 2025 ministry merger says what a reader of the two sees.
func TestDiffRealPair(t *testing.T) {
	dir := "../../../shared/corpus/real"
	v1, v2 := filepath.Join(dir, "vnmp-nq03-pl2-v1.md"), filepath.Join(dir, "vnmp-nq03-pl2-v2.md")
	if _, err := os.Stat(v1); err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	var out, errs bytes.Buffer
	if code := run([]string{"diff", v1, v2}, nil, &out, &errs); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"Sửa 1/I/1 (số 1, dòng 10): Xây dựng, trình Thủ tướng Chính phủ ban hành",
		"  Chủ trì: Bộ Thông tin và Truyền thông → Bộ Khoa học và Công nghệ (kế thừa)\n",
		"  Chủ trì: Bộ Kế hoạch và Đầu tư → Bộ Tài chính (kế thừa)\n",
		// Task 3: the cut-off "Bộ " of v1 is Bộ Giáo dục và Đào tạo in v2.
		"  Phối hợp: Bộ Thông tin và Truyền thông → Bộ Khoa học và Công nghệ (kế thừa); − Bộ; + Bộ Giáo dục và Đào tạo\n",
		// Task 14 gains a paragraph on the Labour Code.
		"{+- Sửa đổi một số quy định trong Luật Lao động",
		// Task 28: the partner Bộ Tài chính takes over the lead.
		"  Phối hợp: Bộ Tài chính (nay chủ trì)\n",
		"70 nhiệm vụ không đổi, 70 sửa, 0 thêm, 0 bỏ\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(got, "+ Bộ Khoa học và Công nghệ") || strings.Contains(got, "Thời hạn:") {
		t.Errorf("a successor shown as a new unit, or a deadline moved:\n%s", got)
	}
	out.Reset()
	if code := run([]string{"diff", v2, v2}, nil, &out, &errs); code != exitOK || out.String() != "140 nhiệm vụ không đổi, 0 sửa, 0 thêm, 0 bỏ\n" {
		t.Errorf("identical inputs: exit %d, %q", code, out.String())
	}
}
