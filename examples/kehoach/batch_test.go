package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

// BenchmarkBatch parses a folder of 64 plans on 1 and 2 workers: the
// speed-up of the pool.
func BenchmarkBatch(b *testing.B) {
	src, err := os.ReadFile("../../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for i := 0; i < 64; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("plan-%02d.txt", i)), src, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(64 * len(src)))
			for b.Loop() {
				n := 0
				eachInput(&parse.Config{}, []string{dir}, workers, nil, io.Discard, func(export.File) error { n++; return nil })
				if n != 64 {
					b.Fatalf("%d documents", n)
				}
			}
		})
	}
}
