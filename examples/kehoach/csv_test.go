package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/parse"
)

// The CSV of the seed reads back with encoding/csv, cell for cell, with
// every Vietnamese character kept.
func TestCSVReadBack(t *testing.T) {
	src, err := os.ReadFile("../../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := parse.Decision("seed.txt", src)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := writeCSV(w, []input{{"seed.txt", doc}}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	data, ok := bytes.CutPrefix(buf.Bytes(), []byte("\ufeff"))
	if !ok {
		t.Fatal("no byte order mark")
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	tasks := doc.Plans[0].Tasks
	if len(records) != len(tasks)+1 {
		t.Fatalf("%d records for %d tasks", len(records), len(tasks))
	}
	for i, task := range tasks {
		r := records[i+1]
		want := []string{task.No, task.Content, names(task.Lead), names(task.Partners), task.Deadline.Raw, kindOf(task.Deadline), task.Deadline.Due().String(), task.Output}
		if strings.Join(r, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("row %d:\n got  %q\n want %q", i+1, r, want)
		}
	}
	if !strings.Contains(records[3][1], "“Đăng ký khai sinh - đăng ký thường trú - cấp thẻ Bảo hiểm y tế cho trẻ dưới 6 tuổi”") {
		t.Errorf("task 3 content lost characters: %q", records[3][1])
	}
}
