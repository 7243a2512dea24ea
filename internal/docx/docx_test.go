package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

func zipOf(parts map[string]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, data := range parts {
		w, _ := z.Create(name)
		w.Write([]byte(data))
	}
	z.Close()
	return b.Bytes()
}

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func doc(body string) string {
	return `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`
}

var seeds = []string{
	`<w:p><w:r><w:t>Điều 1. Ban hành</w:t></w:r><w:r><w:br/><w:t>dòng hai</w:t></w:r></w:p>`,
	`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Sở Nội vụ</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
	`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:bookmarkStart w:name="dieu_1"/><w:hyperlink><w:r><w:t>Nghị định</w:t></w:r></w:hyperlink><w:del><w:r><w:delText>x</w:delText></w:r></w:del><w:ins><w:r><w:t>y</w:t></w:r></w:ins></w:p>`,
	`<w:sdt><w:sdtContent><w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr><w:t>Së Néi vô</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:sdtContent></w:sdt>`,
}

const numberingPart = `<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`

const footnotes = `<w:footnotes ` + ns + `><w:footnote w:id="1"><w:p><w:r><w:t>Ghi chú.</w:t></w:r></w:p></w:footnote></w:footnotes>`

// FuzzRead: any bytes, and any body of a Word file, read without a
// panic, within the limits, into blocks whose positions are in range.
func FuzzRead(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s), true)
		f.Add(zipOf(map[string]string{"word/document.xml": doc(s), "word/numbering.xml": numberingPart, "word/footnotes.xml": footnotes}), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, body bool) {
		src := data
		if body {
			src = zipOf(map[string]string{"word/document.xml": doc(string(data)), "word/numbering.xml": numberingPart, "word/footnotes.xml": footnotes})
		}
		d, _, err := Read(src, Options{Limits: Limits{Size: 8 << 20, Depth: 64}})
		if err != nil {
			return
		}
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestNumberingLabels(t *testing.T) {
	n := readNumbering(mustTree(t, numberingPart))
	var got []string
	for _, l := range []int{0, 1, 1, 0, 1} {
		got = append(got, n.label("1", l))
	}
	want := []string{"I.", "I.c)", "I.d)", "II.", "II.c)"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("labels %q, want %q", got, want)
			break
		}
	}
}

func mustTree(t *testing.T, s string) *node {
	n, err := parseTree(bytes.NewReader([]byte(s)), 64, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestHMerge: Word 97's horizontal merge reads as a cell spanning two
// columns.
func TestHMerge(t *testing.T) {
	tc := func(pr, text string) string {
		return `<w:tc><w:tcPr>` + pr + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	body := `<w:tbl><w:tr>` + tc("", "1") + tc(`<w:hMerge w:val="restart"/>`, "Sở Nội vụ") + `<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>` + tc("", "Quý I") + `</w:tr>` +
		`<w:tr>` + tc("", "2") + tc("", "Sở Tư pháp") + tc("", "Sở Tài chính") + tc("", "Quý II") + `</w:tr></w:tbl>`
	d, _, err := Read(zipOf(map[string]string{"word/document.xml": doc(body)}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, b := range d.Blocks {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			var cells []string
			for _, k := range r.Cells {
				c := d.Cells[k]
				if c.Merged {
					cells = append(cells, "*")
					continue
				}
				cells = append(cells, c.Text)
			}
			rows = append(rows, strings.Join(cells, ","))
		}
	}
	if got, want := strings.Join(rows, "/"), "1,Sở Nội vụ,*,Quý I/2,Sở Tư pháp,Sở Tài chính,Quý II"; got != want {
		t.Errorf("rows %s, want %s", got, want)
	}
}
