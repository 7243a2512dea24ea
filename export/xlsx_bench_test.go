package export_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// bigPlan is a plan of n tasks led by 20 units.
func bigPlan(tb testing.TB, n int) (*plan.Document, int) {
	var b strings.Builder
	b.WriteString("KẾ HOẠCH\nTHỬ NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Nguồn kinh phí |\n|---|---|---|---|---|---|\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "| %d | Rà soát, đánh giá thủ tục hành chính nhóm %d | Ủy ban nhân dân tỉnh %d | Bộ Tư pháp, Bộ Công an | Tháng %d/2025 | Ngân sách địa phương |\n", i, i, i%20, 1+i%12)
	}
	doc, _ := parse.Decision("big.md", []byte(b.String()))
	if got := len(doc.Plans[0].Tasks); got != n {
		tb.Fatalf("%d tasks, want %d", got, n)
	}
	return doc, b.Len()
}

func BenchmarkXLSX(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		d := seedDocument(&testing.T{})
		b.ReportAllocs()
		for b.Loop() {
			export.WriteXLSX(io.Discard, d, bookDay)
		}
	})
	for _, n := range []int{500, 1000} {
		d, size := bigPlan(b, n)
		b.Run(fmt.Sprintf("tasks=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				export.WriteXLSX(io.Discard, d, bookDay)
			}
		})
	}
}

func BenchmarkReadProgress(b *testing.B) {
	d, _ := bigPlan(b, 1000)
	var buf bytes.Buffer
	export.WriteXLSX(&buf, d, bookDay)
	b.ReportAllocs()
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		export.ReadProgress(buf.Bytes())
	}
}

// TestXLSXGrowth: twice the tasks, at most 2.5 times the allocations and
// the bytes (ratios in one run, not times).
func TestXLSXGrowth(t *testing.T) {
	measure := func(n int) (allocs float64, size int) {
		d, _ := bigPlan(t, n)
		var buf bytes.Buffer
		allocs = testing.AllocsPerRun(3, func() {
			buf.Reset()
			export.WriteXLSX(&buf, d, bookDay)
		})
		return allocs, buf.Len()
	}
	a1, s1 := measure(250)
	a2, s2 := measure(500)
	if a2 > 2.5*a1 || float64(s2) > 2.5*float64(s1) {
		t.Errorf("250 tasks: %.0f allocations, %d bytes; 500 tasks: %.0f, %d", a1, s1, a2, s2)
	}
}
