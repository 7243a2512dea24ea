package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusDir is the shared corpus beside the repository.
var corpusDir = filepath.Join("..", "..", "shared", "corpus")

// TestRealRows measures the rows of the documents of the corpus (docs/
// and real/, every format) recovered as the corpus README says, prints
// the table, and fails below the targets: for text, 95% of all rows and
// 90% of each layout; 95% for the .docx files, 90% for the PDF.
func TestRealRows(t *testing.T) {
	var files []string
	for _, pat := range []string{"docs/*.rows.json", "real/*.rows.json"} {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
	}
	type stat struct{ rows, got int }
	byLayout := map[string]*stat{}
	byFormat := map[string]*stat{}
	var total stat
	var table strings.Builder
	for _, f := range files {
		truth, err := readTruth(f)
		if err != nil {
			t.Fatal(err)
		}
		src := strings.TrimSuffix(f, ".rows.json")
		if truth.Source != "" {
			src = filepath.Join(filepath.Dir(f), truth.Source)
		}
		format := formatOf(src)
		if format == "pdf" && !havePdftotext(t) {
			continue
		}
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Decision(filepath.Base(src), b)
		if doc == nil {
			t.Errorf("%s does not open: %v", filepath.Base(src), err)
			continue
		}
		got := recoverRows(truth.Rows, doc)
		n := 0
		for i, ok := range got {
			if ok {
				n++
			} else if testing.Verbose() && os.Getenv("ROWS_MISSED") != "" {
				r := truth.Rows[i]
				t.Logf("%s: missed %s %.60q lead=%q dl=%q due=%q", filepath.Base(src), r.No, r.Content, r.Lead, r.Deadline, r.Due)
			}
		}
		layout := truth.Layout
		if layout == "" {
			layout = "table-cell-blocks"
		}
		f := byFormat[format]
		if f == nil {
			f = &stat{}
			byFormat[format] = f
		}
		f.rows += len(truth.Rows)
		f.got += n
		if format == "text" {
			s := byLayout[layout]
			if s == nil {
				s = &stat{}
				byLayout[layout] = s
			}
			s.rows += len(truth.Rows)
			s.got += n
			total.rows += len(truth.Rows)
			total.got += n
		}
		fmt.Fprintf(&table, "%-36s %-18s %4d %4d\n", filepath.Base(src), layout, len(truth.Rows), n)
	}
	var layouts []string
	for l := range byLayout {
		layouts = append(layouts, l)
	}
	sort.Strings(layouts)
	for _, l := range layouts {
		s := byLayout[l]
		fmt.Fprintf(&table, "%-36s %-18s %4d %4d %5.1f%%\n", "all", l, s.rows, s.got, 100*float64(s.got)/float64(max(1, s.rows)))
	}
	fmt.Fprintf(&table, "%-36s %-18s %4d %4d %5.1f%%\n", "all text", "all", total.rows, total.got, 100*float64(total.got)/float64(max(1, total.rows)))
	for _, f := range []string{"docx", "pdf", "html"} {
		if s := byFormat[f]; s != nil {
			fmt.Fprintf(&table, "%-36s %-18s %4d %4d %5.1f%%\n", "all "+f, "all", s.rows, s.got, 100*float64(s.got)/float64(max(1, s.rows)))
		}
	}
	t.Logf("document, layout, rows, recovered\n%s", table.String())
	// The targets: 95% of all rows, 90% of each layout.
	if total.got*100 < total.rows*95 {
		t.Errorf("recovered %d of %d rows (%.1f%%), below 95%%", total.got, total.rows, 100*float64(total.got)/float64(total.rows))
	}
	for _, l := range layouts {
		if s := byLayout[l]; s.got*100 < s.rows*90 {
			t.Errorf("layout %s: recovered %d of %d rows, below 90%%", l, s.got, s.rows)
		}
	}
	for f, target := range map[string]int{"docx": 95, "pdf": 90} {
		if s := byFormat[f]; s != nil && s.got*100 < s.rows*target {
			t.Errorf("%s: recovered %d of %d rows (%.1f%%), below %d%%", f, s.got, s.rows, 100*float64(s.got)/float64(s.rows), target)
		}
	}
}

// formatOf names the format of a corpus file by its extension, as the
// figures are given.
func formatOf(name string) string {
	switch filepath.Ext(name) {
	case ".docx":
		return "docx"
	case ".pdf":
		return "pdf"
	case ".html", ".htm":
		return "html"
	}
	return "text"
}
