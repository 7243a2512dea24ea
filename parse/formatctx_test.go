package parse

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestFormatContext: a parse whose Context is done does not run
// pdftotext to completion; the same file with a live context is read.
func TestFormatContext(t *testing.T) {
	if !havePdftotext(t) {
		t.Skip("pdftotext not installed")
	}
	src, err := os.ReadFile(filepath.Join(corpusDir, "real", "nom-hanoi-kh173-festival.pdf"))
	if err != nil {
		t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
	}
	if doc, err := Decision("kh.pdf", src); doc == nil || len(tasksOf(doc)) == 0 {
		t.Fatalf("live context: %v, no tasks", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := Config{Context: ctx}
	if doc, err := c.Decision("kh.pdf", src); doc != nil || err == nil {
		t.Errorf("cancelled context: document %v, error %v; want no document and an error", doc != nil, err)
	}
}
