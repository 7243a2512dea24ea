package parse

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/internal/block"
)

// docxOf renders blocks back to a Word file: each paragraph of the flow
// as a paragraph (its bookmarks as Word bookmarks), each table as a table
// whose cells hold their paragraphs; in a table Word or Tika wrote as
// text, a row that lost its number cell gets it back, empty.
func docxOf(d *block.Document) []byte {
	var b strings.Builder
	para := func(k int) {
		p := d.Paras[k]
		b.WriteString("<w:p>")
		for _, m := range strings.SplitAfter(d.Marks[k], "]") {
			if name, ok := strings.CutPrefix(strings.TrimSpace(m), "[bookmark: "); ok {
				b.WriteString(`<w:bookmarkStart w:id="0" w:name="` + esc(strings.TrimSuffix(name, "]")) + `"/><w:bookmarkEnd w:id="0"/>`)
			}
		}
		b.WriteString(`<w:r>`)
		if p.Bold {
			b.WriteString(`<w:rPr><w:b/></w:rPr>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(p.Text) + `</w:t></w:r></w:p>`)
	}
	for _, bl := range d.Blocks {
		if !bl.IsTable() {
			para(bl.Para)
			continue
		}
		b.WriteString(`<w:tbl><w:tblPr/><w:tblGrid/>`)
		for _, r := range bl.Table.Rows {
			if r.Sep {
				continue
			}
			b.WriteString("<w:tr>")
			cells := r.Cells
			if bl.Table.Form == block.WordText {
				// Word's table has its number column: a row that lost its
				// number in the text has an empty number cell.
				if _, ok := rowNumber(strings.TrimSuffix(d.Cells[cells[0]].Text, ".")); !ok {
					b.WriteString("<w:tc><w:tcPr/><w:p/></w:tc>")
				}
			}
			for _, k := range cells {
				c := d.Cells[k]
				b.WriteString("<w:tc><w:tcPr/>")
				if c.End == c.First {
					b.WriteString("<w:p/>")
				}
				for p := c.First; p < c.End; p++ {
					para(p)
				}
				b.WriteString("</w:tc>")
			}
			b.WriteString("</w:tr>")
		}
		b.WriteString("</w:tbl>")
	}
	return docxFile(b.String(), nil)
}

// TestSeedAsDocx renders the seed to a Word file and reads it: the same
// tasks as from the seed's text.
func TestSeedAsDocx(t *testing.T) {
	src, err := os.ReadFile("../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, nfc, err := decode(src, "")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Decision("seed.txt", src)
	blocks, _ := (&Config{}).readText(text, nfc)
	got, _ := Decision("seed.docx", docxOf(blocks))
	if got == nil || len(tasksOf(want)) < 20 {
		t.Fatalf("seed: %d tasks from text", len(tasksOf(want)))
	}
	if d := cmp.Diff(tasksOf(want), tasksOf(got), cmp.AllowUnexported(taskLine{})); d != "" {
		t.Errorf("tasks of the seed as .docx differ from the text's (-text +docx):\n%s", d)
	}
	if want.Number != got.Number || want.Date != got.Date || len(want.Articles) != len(got.Articles) || want.Signer.Name != got.Signer.Name {
		t.Errorf("decision differs: text %v %v %d articles %q; docx %v %v %d articles %q",
			want.Number, want.Date, len(want.Articles), want.Signer.Name, got.Number, got.Date, len(got.Articles), got.Signer.Name)
	}
}
