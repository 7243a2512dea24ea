package parse

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/block"
)

// A line behind the text reader's window is scanned again as it was the
// first time: same text, offset and column.
func TestTextWindow(t *testing.T) {
	var b strings.Builder
	for i := range 3 * window {
		switch i % 3 {
		case 0:
			b.WriteString("  Điều 1. Ban hành\r\n")
		case 1:
			b.WriteString("\t1.\n")
		default:
			b.WriteString("| a | b | c |\n")
		}
	}
	text := b.String()
	first := &textReader{n: strings.Count(text, "\n") + 1, rest: text, nfc: true}
	first.crlf = make([]uint64, first.n/64+1)
	first.doc = &block.Document{Lines: make([]string, first.n)}
	want := make([]textLine, first.n)
	for i := range want {
		want[i] = *first.line(i)
	}
	if first.base == 0 {
		t.Fatal("the window did not move")
	}
	for _, i := range []int{0, 1, 2, 4095, 4096, first.base - 1} {
		if got := *first.line(i); got != want[i] {
			t.Errorf("line %d again: %+v, want %+v", i, got, want[i])
		}
	}
}
