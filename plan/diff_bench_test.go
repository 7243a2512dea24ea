package plan_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// versions builds a plan of n tasks and a second version in which every
// tenth task is reworded, every seventh re-assigned and one put in at the
// front, so that numbers shift throughout.
func versions(n int) (string, string) {
	var a, b strings.Builder
	head := "KẾ HOẠCH\nTHỬ NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
	a.WriteString(head)
	b.WriteString(head)
	b.WriteString("| 1 | Nhiệm vụ mới đặt lên đầu kế hoạch | Bộ Nội vụ | Quý I/2025 |\n")
	for i := 1; i <= n; i++ {
		content := fmt.Sprintf("Rà soát, đánh giá thủ tục hành chính nhóm %d về lĩnh vực %d của địa phương %d", i, i%17, i%23)
		lead := "Bộ Thông tin và Truyền thông"
		fmt.Fprintf(&a, "| %d | %s | %s | Tháng %d/2025 |\n", i, content, lead, 1+i%12)
		if i%10 == 0 {
			content += " và báo cáo kết quả"
		}
		if i%7 == 0 {
			lead = "Bộ Khoa học và Công nghệ"
		}
		fmt.Fprintf(&b, "| %d | %s | %s | Tháng %d/2025 |\n", i+1, content, lead, 1+i%12)
	}
	return a.String(), b.String()
}

func BenchmarkDiff(b *testing.B) {
	for _, n := range []int{100, 200, 400} {
		a, c := versions(n)
		old, new := parseText(b, "a.md", a), parseText(b, "b.md", c)
		b.Run(fmt.Sprintf("tasks=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(a) + len(c)))
			for b.Loop() {
				plan.Diff(old, new)
			}
		})
	}
}

// TestDiffGrowth checks that the work grows no faster than the square of
// the plan's size: with twice the tasks, at most five times the
// allocations (a ratio within one run, not a time).
func TestDiffGrowth(t *testing.T) {
	allocs := func(n int) float64 {
		a, c := versions(n)
		old, new := parseText(t, "a.md", a), parseText(t, "b.md", c)
		return testing.AllocsPerRun(3, func() { plan.Diff(old, new) })
	}
	small, large := allocs(100), allocs(200)
	if large > 5*small {
		t.Errorf("allocations: %.0f for 100 tasks, %.0f for 200", small, large)
	}
	t.Logf("allocations: %.0f for 100 tasks, %.0f for 200", small, large)
}

// BenchmarkDiffRealPair diffs the task appendix of Nghị quyết 03/NQ-CP
// before and after the 2025 merger (140 tasks).
func BenchmarkDiffRealPair(b *testing.B) {
	old, new := readCorpusB(b, "vnmp-nq03-pl2-v1.md"), readCorpusB(b, "vnmp-nq03-pl2-v2.md")
	b.ReportAllocs()
	for b.Loop() {
		plan.Diff(old, new)
	}
}
