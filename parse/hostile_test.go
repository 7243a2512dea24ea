package parse

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kehoach/kehoach/deadline"
)

// Hostile input must give a clear error or diagnostics, in bounded time,
// without a panic.
func TestHostileInput(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 1<<20)
	rnd.Read(random)
	seed := readSeed(t)
	invalidCell := bytes.Replace(seed, []byte("Cục Kiểm soát TTHC"), []byte("Cục Kiểm \xff\xfe soát TTHC"), 1)
	var row strings.Builder
	row.WriteString("| 1 |")
	for i := 0; i < 100000; i++ {
		row.WriteString(" Bộ Y tế |")
	}
	var nested strings.Builder
	nested.WriteString("KẾ HOẠCH\nNHIỆM VỤ\n")
	for i := 1; i <= 10000; i++ {
		nested.WriteString(strings.Repeat("1.", i%50+1) + " Nội dung\n")
	}
	for _, tt := range []struct {
		name string
		src  []byte
		err  error // nil: a document is expected
	}{
		{"10 MB line", bytes.Repeat([]byte("Căn cứ Nghị định "), 10<<20/20), nil},
		{"a million blank lines", bytes.Repeat([]byte("\n"), 1000000), nil},
		{"random binary", random, ErrNotText},
		{"invalid UTF-8 in a cell", invalidCell, nil},
		{"a row of 100,000 cells", []byte("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |\n" + row.String() + "\n"), nil},
		{"10,000 nested section numbers", []byte(nested.String()), nil},
		{"a deadline of 1 MB", append([]byte(" \t1.\n\tNội dung\n\tBộ Y tế\n\tBộ Tư pháp\n\t"), bytes.Repeat([]byte("Quý II/2023 và "), 1<<20/16)...), nil},
		{"10 MB of separators and digits", append([]byte("Căn cứ "), bytes.Repeat([]byte("1/2-3/Q-"), 10<<20/8)...), nil},
		{"a line of 20,000 citations", append([]byte("Căn cứ "), bytes.Repeat([]byte("Quyết định số 1/QĐ-TTg ngày 1/1/2023 của Thủ tướng Chính phủ; "), 20000)...), nil},
		// Text that gathers into one field line after line.
		{"100,000 lines under one heading", []byte("KẾ HOẠCH\nTHỰC HIỆN\n\nI. NHIỆM VỤ CHUNG\n" + strings.Repeat("Tổ chức thực hiện nhiệm vụ được giao\n", 100000)), nil},
		{"a title of 100,000 lines", []byte("KẾ HOẠCH\n" + strings.Repeat("TRIỂN KHAI THỰC HIỆN NHIỆM VỤ\n", 100000)), nil},
		{"an article of 100,000 lines", []byte("QUYẾT ĐỊNH:\nĐiều 1. Ban hành\n" + strings.Repeat("nội dung của điều này được viết tiếp\n", 100000)), nil},
		{"an opening of 100,000 lines", []byte("KẾ HOẠCH\nX\n" + strings.Repeat("mở đầu kế hoạch\n", 100000) + "I. NHIỆM VỤ\n"), nil},
		{"a basis of 100,000 lines", []byte("Căn cứ Luật\n" + strings.Repeat("nội dung căn cứ tiếp\n", 100000)), nil},
		{"a line of 20,000 citations with issuers", append([]byte("Căn cứ "), bytes.Repeat([]byte("Quyết định số 1/QĐ-TTg của Bộ trưởng, "), 20000)...), nil},
		{"NUL bytes", []byte("Điều 1.\x00\x00\x00"), ErrNotText},
		{"a lone UTF-16 byte order mark", []byte{0xff, 0xfe}, nil},
		{"a lone UTF-16 byte order mark and one byte", []byte{0xfe, 0xff, 0x41}, ErrNotText},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc, err := Decision("hostile.txt", tt.src)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			if tt.err != nil {
				if doc != nil || !errors.Is(err, tt.err) {
					t.Errorf("got %v, %v; want %v", doc != nil, err, tt.err)
				}
				return
			}
			if doc == nil {
				t.Fatalf("no document: %v", err)
			}
		})
	}
	// Above the size limit: a clear error, not an attempt.
	c := Config{MaxSize: 1 << 20}
	if _, err := c.Decision("big.txt", bytes.Repeat([]byte("a\n"), 1<<20)); !errors.Is(err, ErrTooBig) || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("over the limit: %v", err)
	}
	// A 1 MB deadline phrase on its own.
	start := time.Now()
	if _, err := deadline.Parse(strings.Repeat("Tháng 3 và ", 1<<20/12), deadline.Context{Year: 2023}); err != nil && time.Since(start) > 10*time.Second {
		t.Errorf("1 MB phrase took %v", time.Since(start))
	}
}

// The parser and the registry are safe for concurrent use (run with -race).
func TestConcurrentParse(t *testing.T) {
	src := readSeed(t)
	want, _ := Decision("seed.txt", src)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				doc, err := Decision("seed.txt", src)
				if err != nil || len(doc.Plans[0].Tasks) != len(want.Plans[0].Tasks) {
					t.Errorf("concurrent parse: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
