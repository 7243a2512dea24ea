package parse

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/docx"
	"github.com/kehoach/kehoach/internal/htmldoc"
)

// htmlOf renders blocks as a web page: paragraphs as <p> (bookmarks as
// anchors), tables as <table>, a cell's paragraphs as <p> in its <td>; as
// docxOf does, a row of a Word table written as text that lost its number
// cell gets it back, empty.
func htmlOf(d *block.Document) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>` + "\n")
	para := func(k int) {
		b.WriteString("<p>")
		for _, m := range strings.SplitAfter(d.Marks[k], "]") {
			if name, ok := strings.CutPrefix(strings.TrimSpace(m), "[bookmark: "); ok {
				b.WriteString(`<a name="` + html.EscapeString(strings.TrimSuffix(name, "]")) + `"></a>`)
			}
		}
		b.WriteString(html.EscapeString(d.Paras[k].Text) + "</p>\n")
	}
	for _, bl := range d.Blocks {
		if !bl.IsTable() {
			para(bl.Para)
			continue
		}
		b.WriteString("<table>\n")
		for _, r := range bl.Table.Rows {
			if r.Sep {
				continue
			}
			b.WriteString("<tr>")
			if bl.Table.Form == block.WordText {
				if _, ok := rowNumber(strings.TrimSuffix(d.Cells[r.Cells[0]].Text, ".")); !ok {
					b.WriteString("<td></td>") // the number cell the text lost
				}
			}
			for _, k := range r.Cells {
				c := d.Cells[k]
				b.WriteString("<td>")
				for p := c.First; p < c.End; p++ {
					para(p)
				}
				b.WriteString("</td>")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// seedFormats returns the seed as text, as a Word file and as a page.
func seedFormats(tb testing.TB) (text, docxSrc, htmlSrc []byte) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Fatal(err)
	}
	t, nfc, err := decode(src, "")
	if err != nil {
		tb.Fatal(err)
	}
	blocks, _ := (&Config{}).readText(t, nfc)
	return src, docxOf(blocks), htmlOf(blocks)
}

// BenchmarkReadFormats reads the seed's blocks from its text, from the
// seed as a Word file and as a web page (the readers alone), then parses
// each whole; and reads the corpus's real Word files and pages.
func BenchmarkReadFormats(b *testing.B) {
	text, dx, ht := seedFormats(b)
	run := func(name string, src []byte, f func() error) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("read/text", text, func() error {
		t, nfc, err := decode(text, "")
		(&Config{}).readText(t, nfc)
		return err
	})
	run("read/docx", dx, func() error { _, _, err := docx.Read(dx, docx.Options{}); return err })
	run("read/html", ht, func() error { _, err := htmldoc.Read(ht); return err })
	for _, c := range []struct {
		name string
		src  []byte
	}{{"text", text}, {"docx", dx}, {"html", ht}} {
		run("parse/"+c.name, c.src, func() error { _, err := Decision("seed", c.src); return nilUnlessFatal(err) })
	}
	for _, pat := range []string{"*.docx", "*.html"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, "real", pat))
		var all [][]byte
		size := 0
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			all = append(all, src)
			size += len(src)
		}
		if len(all) == 0 {
			continue
		}
		name := "corpus/" + strings.TrimPrefix(pat, "*.")
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, src := range all {
					if doc, err := Decision("corpus", src); doc == nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// nilUnlessFatal drops the errors of a document read in part.
func nilUnlessFatal(err error) error {
	if _, ok := err.(ErrorList); ok {
		return nil
	}
	return err
}

// scaleDocx is a Word plan of n task rows.
func scaleDocx(n int) []byte {
	var rows strings.Builder
	rows.WriteString(taskHeader)
	for i := range n {
		rows.WriteString(wtr(wtc(fmt.Sprint(i+1)), wtc(fmt.Sprintf("Rà soát thủ tục hành chính số %d", i+1)), wtc("Sở Nội vụ"), wtc("Sở Tư pháp"), wtc("Quý II/2026")))
	}
	return docxFile(planHead()+`<w:tbl>`+rows.String()+`</w:tbl>`, nil)
}

// TestDocxGrowth: reading a Word file twice as large takes about twice the
// allocations, not more (allocations, counted, stand for the work).
func TestDocxGrowth(t *testing.T) {
	small, large := scaleDocx(500), scaleDocx(1000)
	a := testing.AllocsPerRun(3, func() { docx.Read(small, docx.Options{}) })
	b := testing.AllocsPerRun(3, func() { docx.Read(large, docx.Options{}) })
	if r := b / a; r > 2.3 {
		t.Errorf("allocations grow %.2f times for twice the rows (%.0f, %.0f)", r, a, b)
	}
	h1 := htmlOf(mustDocx(t, small))
	h2 := htmlOf(mustDocx(t, large))
	a = testing.AllocsPerRun(3, func() { htmldoc.Read(h1) })
	b = testing.AllocsPerRun(3, func() { htmldoc.Read(h2) })
	if r := b / a; r > 2.3 {
		t.Errorf("HTML: allocations grow %.2f times for twice the rows (%.0f, %.0f)", r, a, b)
	}
}

func mustDocx(t *testing.T, src []byte) *block.Document {
	d, _, err := docx.Read(src, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedAsHTML: the seed as a page gives the seed's tasks.
func TestSeedAsHTML(t *testing.T) {
	text, _, ht := seedFormats(t)
	want, _ := Decision("seed.txt", text)
	got, _ := Decision("seed.html", ht)
	if a, b := tasksOf(want), tasksOf(got); len(a) != len(b) || len(a) == 0 {
		t.Fatalf("%d tasks from the page, %d from the text", len(b), len(a))
	} else {
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("task %d: text %q, page %q", i+1, a[i], b[i])
			}
		}
	}
}
