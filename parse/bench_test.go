package parse

import (
	"bufio"
	"bytes"
	"testing"
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
