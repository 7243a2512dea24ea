package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

const seedFile = "../../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt"

// Every command reports a full standard output with exit status 1.
func TestWriteErrorEveryCommand(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"parse", seedFile},
		{"parse", "-format", "csv", seedFile},
		{"parse", "-format", "jsonl", seedFile, seedFile},
		{"parse", "-format", "md", seedFile},
		{"parse", "-format", "text", seedFile},
		{"parse", "-format", "ics", seedFile},
		{"check", seedFile},
		{"tasks", "-as-of", "2023-06-30", seedFile},
		{"tasks", "-as-of", "2023-06-30", "-json", seedFile},
		{"timeline", seedFile},
		{"deadline", "Tháng 03/2023"},
		{"deadline", "-json", "Tháng 03/2023"},
		{"units", "Bộ Công an"},
		{"units", "-json", "Bộ Công an"},
		{"help"},
	} {
		var stderr strings.Builder
		code := run(args, strings.NewReader(""), full, &stderr)
		if code != exitInput || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%s: exit %d, stderr %q", strings.Join(args, " "), code, stderr.String())
		}
	}
}

// A batch stops at the first write error: the files after it are not
// all parsed.
func TestBatchStopsAtWriteError(t *testing.T) {
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := range 40 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("plan-%02d.txt", i)), src, 0o644)
	}
	calls := 0
	boom := errors.New("disk full")
	_, err = eachInput(&parse.Config{}, []string{dir}, 2, nil, io.Discard, func(export.File) error {
		calls++
		return boom
	})
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("%d calls, error %v", calls, err)
	}
	var stderr strings.Builder
	code := run([]string{"parse", "-format", "jsonl", dir}, nil, failAfter{}, &stderr)
	if code != exitInput || strings.Count(stderr.String(), "disk full") != 1 {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

type failAfter struct{}

func (failAfter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// An entry of a folder that is not a regular file is reported, not
// skipped silently; a file over the limit is refused before it is read.
func TestInputEntries(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("KẾ HOẠCH\n"), 0o644)
	var stderr strings.Builder
	files, failed, err := expand([]string{dir}, &stderr)
	if err != nil || !failed || len(files) != 1 || !strings.Contains(stderr.String(), "pipe.txt: not a regular file: skipped") {
		t.Errorf("files %q, failed %v, err %v, stderr %q", files, failed, err, stderr.String())
	}
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, make([]byte, 2000), 0o644)
	if _, err := readSource(big, nil, 1000); !errors.Is(err, errTooBig) || !strings.Contains(err.Error(), "2000 bytes, more than the limit of 1000") {
		t.Errorf("big file: %v", err)
	}
	if _, err := readSource("-", strings.NewReader(strings.Repeat("x", 1001)), 1000); !errors.Is(err, errTooBig) {
		t.Errorf("big stdin: %v", err)
	}
	if src, err := readSource("-", strings.NewReader(strings.Repeat("x", 1000)), 1000); err != nil || len(src) != 1000 {
		t.Errorf("stdin at the limit: %d bytes, %v", len(src), err)
	}
}
