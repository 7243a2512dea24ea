package export_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

const corpusScript = `
import json, sys, openpyxl
out = {}
for f in sys.argv[1:]:
    ws = openpyxl.load_workbook(f).worksheets[0]
    out[f] = [[c.value if c.value is not None else "" for c in row[:4]] for row in ws.iter_rows(min_row=2)]
json.dump(out, sys.stdout, ensure_ascii=False)
`

// TestXLSXCorpus writes the workbook of every text document of the real
// corpus and has openpyxl read each back: one row a task, key, number,
// section and content as the model holds them.
func TestXLSXCorpus(t *testing.T) {
	py := openpyxlPython(t)
	files, _ := filepath.Glob("../../shared/corpus/real/*")
	if len(files) == 0 {
		t.Skip("corpus absent: ../shared/corpus/real")
	}
	dir := t.TempDir()
	want := map[string][][]string{}
	var books []string
	for _, f := range files {
		if strings.HasSuffix(f, ".json") || strings.HasSuffix(f, ".pdf") || strings.HasSuffix(f, ".docx") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := parse.Decision(filepath.Base(f), src)
		if doc == nil {
			continue
		}
		var b bytes.Buffer
		if err := export.WriteXLSX(&b, doc, bookDay); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		book := filepath.Join(dir, filepath.Base(f)+".xlsx")
		if err := os.WriteFile(book, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if prog, err := export.ReadProgress(b.Bytes()); err != nil || len(prog) != 0 {
			t.Errorf("%s: unfilled workbook reads as %v, %v", f, prog, err)
		}
		books = append(books, book)
		rows := [][]string{}
		for _, p := range doc.Plans {
			for _, t := range p.Tasks {
				rows = append(rows, []string{t.Key, t.No, t.Section, t.Content})
			}
		}
		want[book] = rows
	}
	out, err := exec.Command(py, append([]string{"-c", corpusScript}, books...)...).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got map[string][][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for _, book := range books {
		w := trimEmptyCells(want[book])
		g := trimEmptyCells(got[book])
		if len(w) == 0 && len(g) == 0 {
			continue
		}
		if diff := cmp.Diff(w, g); diff != "" {
			t.Errorf("%s (-want +got):\n%s", filepath.Base(book), diff)
		}
	}
	t.Logf("%d workbooks read back", len(books))
}
