package parse

import (
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// checkPositions fails when a diagnostic, a task or a citation names a
// line the source does not have (n lines), or a column before 1.
func checkPositions(t *testing.T, doc *plan.Document, n int) {
	t.Helper()
	for _, d := range doc.Diagnostics {
		if d.Line < 0 || d.Line > n || d.Line > 0 && d.Column < 1 {
			t.Fatalf("diagnostic at %d:%d of %d lines: %s", d.Line, d.Column, n, d.Message)
		}
	}
	for _, p := range doc.Plans {
		for _, tk := range p.Tasks {
			if tk.Line < 1 || tk.Line > n {
				t.Fatalf("task %s at line %d of %d", tk.No, tk.Line, n)
			}
		}
	}
}

// FuzzDocxDecision parses Word files whose body is the fuzzed XML: no
// panic, positions in the document's paragraphs.
func FuzzDocxDecision(f *testing.F) {
	f.Add(planHead() + wtbl(taskHeader, wtr(wtc("1"), wtc("Rà soát"), wc(`<w:vMerge w:val="restart"/>`, wp("Sở Nội vụ")), wtc(""), wtc("Quý I/2026")),
		wtr(wtc(""), wtc("Công bố"), wc(`<w:vMerge/>`), wc(`<w:gridSpan w:val="2"/>`, wp("x")))))
	f.Add(wp("Điều 1.") + numbered(1, 0, "") + wtbl(wtr(wc("", wtbl(wtr(wtc("a"), wtc("b")))))))
	f.Fuzz(func(t *testing.T, body string) {
		src := docxFile(body, map[string]string{"word/numbering.xml": numberingXML})
		var c Config
		f, err := c.readFormat("f.docx", src)
		if err != nil {
			return
		}
		if err := f.doc.Check(); err != nil {
			t.Fatal(err)
		}
		doc, _ := c.Decision("f.docx", src)
		if doc == nil {
			t.Fatal("a readable file gave no document")
		}
		checkPositions(t, doc, len(f.doc.Lines))
	})
}

// FuzzHTMLDecision parses fuzzed pages: no panic, positions in the page.
func FuzzHTMLDecision(f *testing.F) {
	f.Add([]byte(page("utf-8", decisionHTML)))
	f.Add([]byte(`<html><body><table><tr><td rowspan=3>a<td colspan=2>b<tr><td>1<td>c</table>`))
	f.Fuzz(func(t *testing.T, src []byte) {
		c := Config{Format: FormatHTML}
		f, err := c.readFormat("f.html", src)
		if err != nil {
			return
		}
		if err := f.doc.Check(); err != nil {
			t.Fatal(err)
		}
		doc, _ := c.Decision("f.html", src)
		if doc == nil {
			t.Fatal("a readable page gave no document")
		}
		checkPositions(t, doc, len(f.doc.Lines))
	})
}
