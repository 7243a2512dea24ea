package parse

import (
	"errors"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// FuzzDecision checks that the parser never panics, returns a document for
// any text, and keeps its diagnostics sorted and inside the input.
func FuzzDecision(f *testing.F) {
	f.Add(string(readSeed(f)))
	f.Add("Số: 95/QĐ-VPCP\nHà Nội, ngày 24 tháng 3 năm 2023\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\nNơi nhận:\n- Lưu: VT.\n")
	f.Add(" \t1.\n\tNội dung\n\tBộ Công an\n\tCác bộ, ngành\n\tQuý II/2023\n\tBáo cáo\n\n \tMất số\n")
	f.Add("(Kèm theo Quyết định số 1/QĐ-X ngày 31 tháng 2 năm 2023 của Chính phủ)\n\t1.\n")
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := Decision("f.txt", []byte(src))
		var list ErrorList
		if errors.As(err, &list) {
			_ = list.Format([]byte(src)) // must not panic
			if !sort.IsSorted(list) {
				t.Fatalf("error list not sorted: %v", list)
			}
		}
		if doc == nil {
			if err == nil {
				t.Fatal("no document and no error")
			}
			return
		}
		// Positions refer to the decoded text (UTF-8, or Windows-1258 for
		// bytes that are not UTF-8), in NFC; or to the text converted from
		// an old font encoding, when one was detected.
		text, _, _ := decode([]byte(src), "")
		lines := strings.Split(text, "\n")
		if f, err := (&Config{}).readFormat("f.txt", []byte(src)); err == nil && f != nil {
			lines = f.doc.Lines
		}
		prevLine, prevCol := 0, 0
		for _, d := range doc.Diagnostics {
			if d.Line < 1 || d.Line > len(lines) {
				t.Fatalf("diagnostic %+v outside the %d lines", d, len(lines))
			}
			width := utf8.RuneCountInString(vntext.NFC(strings.TrimSuffix(lines[d.Line-1], "\r")))
			if d.Column < 1 || d.Column > width+1 {
				t.Fatalf("diagnostic %+v outside its line of %d characters", d, width)
			}
			if d.Line < prevLine || d.Line == prevLine && d.Column < prevCol {
				t.Fatalf("diagnostics not sorted: %+v after %d:%d", d, prevLine, prevCol)
			}
			prevLine, prevCol = d.Line, d.Column
		}
	})
}
