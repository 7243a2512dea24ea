package htmldoc

import (
	"github.com/kehoach/kehoach/internal/block"
	"strings"
	"testing"
)

var seeds = []string{
	`<html><body><div id="divContentDoc"><div class="content1"><p><a name="dieu_1">Điều 1.</a> Ban hành<br>dòng hai &amp; ba</p>` +
		`<table><tr><td rowspan=2>Sở Nội vụ<td colspan=3>x<tr><td>y</table></div><div class="cldivContentDocEn"><p>Article 1.</p></div></div></body></html>`,
	`<meta charset="windows-1258"><div id="toanvancontent"><table><tr><td><table><tr><td>lồng</td></tr></table></td><td>b</td></tr></table></div>`,
	`<p>a<p>b<ul><li>c<li>d</ul><script>x<y</script><style>p{}</style><div style="display:none">ẩn</div>`,
}

// FuzzRead: any page is read without a panic into blocks whose
// positions are in the page.
func FuzzRead(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read(src)
		if err != nil {
			return
		}
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

// TestImpliedEnds: paragraphs, cells and rows whose end tags the page
// leaves out; spans; hidden and script text left out; anchors.
func TestImpliedEnds(t *testing.T) {
	flow := func(src string) (*block.Document, string) {
		d, err := Read([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, b := range d.Blocks {
			if b.Table == nil {
				paras = append(paras, d.Paras[b.Para].Text)
			}
		}
		return d, strings.Join(paras, "|")
	}
	if _, got := flow(seeds[2]); got != "a|b|c|d" {
		t.Errorf("paragraphs %q, want a|b|c|d", got)
	}
	// A thuvienphapluat page: the menu and the English copy left out.
	d, got := flow(`<div id="menu"><p>Trang chủ</p></div>` + seeds[0])
	if got != "Điều 1. Ban hành|dòng hai & ba" {
		t.Errorf("paragraphs %q", got)
	}
	var tables int
	for _, b := range d.Blocks {
		if b.Table == nil {
			continue
		}
		tables++
		var rows []string
		for _, r := range b.Table.Rows {
			var cells []string
			for _, k := range r.Cells {
				c := d.Cells[k]
				m := ""
				if c.Merged {
					m = "*"
				}
				cells = append(cells, m+c.Text)
			}
			rows = append(rows, strings.Join(cells, ","))
		}
		if got := strings.Join(rows, "/"); got != "Sở Nội vụ,x,*,*/*Sở Nội vụ,y" {
			t.Errorf("table %q", got)
		}
	}
	if tables != 1 {
		t.Errorf("%d tables, want 1", tables)
	}
	marks := 0
	for _, m := range d.Marks {
		if m == "[bookmark: dieu_1]" {
			marks++
		}
	}
	if marks != 1 {
		t.Errorf("marks %v", d.Marks)
	}
	if err := d.Check(); err != nil {
		t.Error(err)
	}
}
