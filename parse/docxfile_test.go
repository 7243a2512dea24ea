package parse

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
)

// Word files made by the tests: a zip with word/document.xml and the
// parts a test gives.

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// docxFile returns a .docx whose body is body (WordprocessingML), with
// the other parts given by name.
func docxFile(body string, parts map[string]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	add := func(name, data string) {
		w, err := z.Create(name)
		if err != nil {
			panic(err)
		}
		w.Write([]byte(data))
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+wNS+`><w:body>`+body+`</w:body></w:document>`)
	for name, data := range parts {
		add(name, data)
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// esc escapes text for XML.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wp is a paragraph of one run.
func wp(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r></w:p>`
}

// wpBold is a paragraph of one run in bold.
func wpBold(text string) string {
	return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r></w:p>`
}

// wc is a cell of the given paragraphs' XML, with cell properties.
func wc(props string, paras ...string) string {
	if len(paras) == 0 {
		paras = []string{`<w:p/>`}
	}
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

// wtc is a cell of one paragraph of text.
func wtc(text string) string { return wc("", wp(text)) }

// wtr is a row of cells.
func wtr(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }

// wtbl is a table of rows.
func wtbl(rows ...string) string {
	return `<w:tbl><w:tblPr/><w:tblGrid/>` + strings.Join(rows, "") + `</w:tbl>`
}

// planHead is the opening of a plan of a provincial office, as
// paragraphs.
func planHead() string {
	return wp("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG") + wp("Số: 12/KH-UBND") + wp("Lâm Đồng, ngày 15 tháng 01 năm 2026") +
		wp("KẾ HOẠCH") + wp("Cải cách hành chính năm 2026") + wp("I. NHIỆM VỤ CỤ THỂ")
}

// numberingXML is a numbering part with list 1: "1.", "2." ... at level
// 0 and "a)", "b)" at level 1; list 2: "I.", "II." ...
const numberingXML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>` +
	`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	`</w:numbering>`

// numbered is a paragraph numbered by list numID at level ilvl.
func numbered(numID, ilvl int, text string) string {
	r := ""
	if text != "" {
		r = `<w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
	}
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>%s</w:p>`, ilvl, numID, r)
}
