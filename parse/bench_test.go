package parse

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	xunicode "golang.org/x/text/encoding/unicode"
)

func BenchmarkParseSeed(b *testing.B) {
	src := readSeed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Decision("seed.txt", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLineScan is the floor any line-based parser pays: one
// bufio.Scanner pass over the seed.
func BenchmarkLineScan(b *testing.B) {
	src := readSeed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		sc := bufio.NewScanner(bytes.NewReader(src))
		n := 0
		for sc.Scan() {
			n += len(sc.Bytes())
		}
		if n == 0 {
			b.Fatal("no lines")
		}
	}
}

// layoutInputs returns the input of each layout case, by file name, and
// the UTF-16 copy of the tab-separated case that TestLayoutUTF16 reads.
func layoutInputs(tb testing.TB) (names []string, srcs [][]byte) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "layouts", "*.txtar"))
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, file := range ar.Files {
			if file.Name == "input.txt" {
				names = append(names, strings.TrimSuffix(filepath.Base(f), ".txtar"))
				srcs = append(srcs, file.Data)
				if strings.HasSuffix(f, "ke-hoach-bang-tab.txtar") {
					crlf := bytes.ReplaceAll(file.Data, []byte("\n"), []byte("\r\n"))
					u, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes(crlf)
					names = append(names, "ke-hoach-bang-tab-utf16")
					srcs = append(srcs, u)
				}
			}
		}
	}
	return names, srcs
}

// BenchmarkParseLayouts parses each layout case.
func BenchmarkParseLayouts(b *testing.B) {
	names, srcs := layoutInputs(b)
	for i, src := range srcs {
		b.Run(names[i], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Decision("layout.txt", src)
			}
		})
	}
}

// scalePlan generates a plan with n task rows in a Markdown pipe table.
func scalePlan(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString("KẾ HOẠCH\nTRIỂN KHAI NHIỆM VỤ NĂM 2024\n\n| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Kết quả dự kiến |\n|---|---|---|---|---|---|\n")
	leads := []string{"Sở Tư pháp", "Sở Nội vụ", "Công an tỉnh", "Sở Tài chính"}
	deadlines := []string{"Quý II/2024", "Tháng 6/2024", "Thường xuyên", "Trước ngày 30/9/2024"}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&buf, "| %d | Rà soát, cập nhật dữ liệu nhiệm vụ số %d theo Quyết định số 06/QĐ-TTg | %s | Các sở, ban, ngành; UBND các huyện | %s | Báo cáo kết quả |\n",
			i, i, leads[i%len(leads)], deadlines[i%len(deadlines)])
	}
	return buf.Bytes()
}

// BenchmarkParseScale grows a plan from 100 to 100,000 rows: time per byte
// must stay flat.
func BenchmarkParseScale(b *testing.B) {
	for _, n := range []int{100, 1000, 10000, 100000} {
		src := scalePlan(n)
		c := Config{MaxTasks: n} // above the default limit at 100,000
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				doc, _ := c.Decision("scale.txt", src)
				if got := len(doc.Plans[0].Tasks); got != n {
					b.Fatalf("%d tasks, want %d", got, n)
				}
			}
		})
	}
}

// BenchmarkParseCorpus parses every test document in one run: the seed,
// the layouts, and the shared corpus when it is beside the repository.
func BenchmarkParseCorpus(b *testing.B) {
	_, srcs := layoutInputs(b)
	more, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "docs", "*.md"))
	files := append([]string{seedPath}, more...)
	size := 0
	for _, src := range srcs {
		size += len(src)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, src := range srcs {
			Decision("doc", src)
		}
	}
}

// BenchmarkHostile parses each hostile shape at about 1 MB, and reports
// the bytes allocated per byte of input (B/in).
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileShapes {
		src := h.gen(h.count(1 << 20))
		b.Run(strings.ReplaceAll(h.name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			for b.Loop() {
				Decision("hostile.txt", src)
			}
			runtime.ReadMemStats(&m1)
			b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(b.N)/float64(len(src)), "B/in")
		})
	}
}
