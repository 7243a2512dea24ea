package parse

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/docx"
	"github.com/kehoach/kehoach/plan"
)

// taskLine is a task as the tests compare it: number, content, lead and
// partner cells as written, deadline as written.
type taskLine struct{ no, content, lead, partners, deadline string }

func tasksOf(doc *plan.Document) []taskLine {
	var out []taskLine
	for _, p := range doc.Plans {
		for _, t := range p.Tasks {
			out = append(out, taskLine{t.No, t.Content, t.Source["lead"], t.Source["partners"], t.Source["deadline"]})
		}
	}
	return out
}

func parseDocx(t *testing.T, src []byte) *plan.Document {
	t.Helper()
	if f := DetectFormat(src); f != FormatDocx {
		t.Fatalf("format %q, want docx", f)
	}
	doc, err := Decision("t.docx", src)
	if doc == nil {
		t.Fatalf("no document: %v", err)
	}
	return doc
}

func wantTasks(t *testing.T, doc *plan.Document, want []taskLine) {
	t.Helper()
	got := tasksOf(doc)
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("task %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
}

var taskHeader = wtr(wtc("STT"), wtc("Nội dung nhiệm vụ"), wtc("Đơn vị chủ trì"), wtc("Đơn vị phối hợp"), wtc("Thời gian hoàn thành"))

// TestDocxMergedCells: a lead merged down three rows (vMerge) belongs to
// each of them, and the model says so; a cell spanning two columns
// (gridSpan) keeps the columns after it in place.
func TestDocxMergedCells(t *testing.T) {
	restart := `<w:vMerge w:val="restart"/>`
	cont := `<w:vMerge/>`
	body := planHead() + wtbl(taskHeader,
		wtr(wtc("1"), wtc("Rà soát thủ tục hành chính"), wc(restart, wp("Sở Nội vụ")), wtc("Sở Tư pháp"), wtc("Quý I/2026")),
		wtr(wtc("2"), wtc("Công bố danh mục thủ tục"), wc(cont), wtc("Văn phòng UBND tỉnh"), wtc("Quý II/2026")),
		wtr(wtc("3"), wtc("Kiểm tra việc thực hiện"), wc(cont), wtc("Các sở, ngành"), wtc("Tháng 12/2026")),
		wtr(wtc("4"), wtc("Tổng kết công tác"), wtc("Sở Tài chính"), wc(`<w:gridSpan w:val="2"/>`, wp("Các cơ quan liên quan"))),
		wtr(wtc("5"), wtc("Báo cáo kết quả"), wtc("Sở Nội vụ"), wtc("Sở Tư pháp"), wtc("Thường xuyên")),
	)
	src := docxFile(body, nil)
	wantTasks(t, parseDocx(t, src), []taskLine{
		{"1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2026"},
		{"2", "Công bố danh mục thủ tục", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý II/2026"},
		{"3", "Kiểm tra việc thực hiện", "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2026"},
		{"4", "Tổng kết công tác", "Sở Tài chính", "Các cơ quan liên quan", ""},
		{"5", "Báo cáo kết quả", "Sở Nội vụ", "Sở Tư pháp", "Thường xuyên"},
	})
	d, _, err := docx.Read(src, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var merged, spans int
	for _, c := range d.Cells {
		if c.Merged && c.Text == "Sở Nội vụ" {
			merged++
		}
		if c.Text == "Sở Nội vụ" && c.RowSpan == 3 {
			spans++
		}
	}
	if merged != 2 || spans != 1 {
		t.Errorf("the model does not say the lead is merged: %d cells marked merged (want 2), %d spanning 3 rows (want 1)", merged, spans)
	}
}

// TestDocxNumberingOnlySTT: the number cells hold no text, only Word's
// numbering; the numbers are the ones Word shows.
func TestDocxNumberingOnlySTT(t *testing.T) {
	row := func(content, lead, when string) string {
		return wtr(wc("", numbered(1, 0, "")), wtc(content), wtc(lead), wtc(""), wtc(when))
	}
	body := planHead() + wtbl(taskHeader,
		row("Xây dựng kế hoạch kiểm tra", "Sở Nội vụ", "Tháng 3/2026"),
		row("Tổ chức kiểm tra", "Sở Nội vụ", "Quý III/2026"),
		row("Tổng hợp kết quả", "Văn phòng UBND tỉnh", "Tháng 12/2026"),
	)
	wantTasks(t, parseDocx(t, docxFile(body, map[string]string{"word/numbering.xml": numberingXML})), []taskLine{
		{"1", "Xây dựng kế hoạch kiểm tra", "Sở Nội vụ", "", "Tháng 3/2026"},
		{"2", "Tổ chức kiểm tra", "Sở Nội vụ", "", "Quý III/2026"},
		{"3", "Tổng hợp kết quả", "Văn phòng UBND tỉnh", "", "Tháng 12/2026"},
	})
}

// TestDocxNumberedDuties: duties by unit numbered by Word ("1.", "a)").
func TestDocxNumberedDuties(t *testing.T) {
	body := planHead() +
		numbered(1, 0, "Sở Nội vụ") +
		numbered(1, 1, "Chủ trì tổ chức kiểm tra công tác cải cách hành chính; hoàn thành trước ngày 30/6/2026.") +
		numbered(1, 1, "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2026.") +
		numbered(1, 0, "Sở Tư pháp") +
		numbered(1, 1, "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý; hoàn thành trong quý III/2026.")
	doc := parseDocx(t, docxFile(body, map[string]string{"word/numbering.xml": numberingXML}))
	got := tasksOf(doc)
	want := []struct{ no, lead, content string }{
		{"a", "Sở Nội vụ", "Chủ trì tổ chức kiểm tra"},
		{"b", "Sở Nội vụ", "Tổng hợp, báo cáo"},
		{"a", "Sở Tư pháp", "Rà soát văn bản"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].no != w.no || got[i].lead != w.lead || !strings.HasPrefix(got[i].content, w.content) {
			t.Errorf("task %d: %q, want %v", i+1, got[i], w)
		}
	}
}

// TestDocxHyperlinkCitation: a citation written as a link is part of the
// paragraph and is read.
func TestDocxHyperlinkCitation(t *testing.T) {
	link := `<w:p><w:r><w:t xml:space="preserve">Căn cứ </w:t></w:r><w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<w:r><w:t xml:space="preserve">Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022</w:t></w:r></w:hyperlink>` +
		`<w:r><w:t xml:space="preserve"> của Chính phủ;</w:t></w:r></w:p>`
	body := wp("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG") + wp("Số: 95/QĐ-UBND") + wp("Lâm Đồng, ngày 24 tháng 3 năm 2026") +
		wp("QUYẾT ĐỊNH") + wp("Ban hành Kế hoạch kiểm tra năm 2026") + wp("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") + link +
		wp("QUYẾT ĐỊNH:") + wp("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra năm 2026.") +
		wp("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
	doc := parseDocx(t, docxFile(body, nil))
	found := false
	for _, c := range doc.Citations {
		if c.Ref.Number.String() == "79/2022/NĐ-CP" {
			found = true
		}
	}
	if !found {
		t.Errorf("the citation in the link is lost: citations %+v", doc.Citations)
	}
	if len(doc.Bases) != 1 || !strings.Contains(doc.Bases[0].Text, "Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ") {
		t.Errorf("bases %+v, want the link's text in the basis", doc.Bases)
	}
}

// TestDocxTrackedChanges: inserted text is read, deleted text is not; a
// field's code is not, its result is.
func TestDocxTrackedChanges(t *testing.T) {
	cell := wc("", `<w:p><w:r><w:t xml:space="preserve">Rà soát thủ tục </w:t></w:r>`+
		`<w:del w:id="1" w:author="A"><w:r><w:delText>cấp huyện</w:delText></w:r></w:del>`+
		`<w:ins w:id="2" w:author="A"><w:r><w:t>cấp xã</w:t></w:r></w:ins>`+
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`+
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> năm 2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	body := planHead() + wtbl(taskHeader, wtr(wtc("1"), cell, wtc("Sở Nội vụ"), wtc(""), wtc("Quý II/2026")))
	wantTasks(t, parseDocx(t, docxFile(body, nil)), []taskLine{
		{"1", "Rà soát thủ tục cấp xã năm 2026", "Sở Nội vụ", "", "Quý II/2026"},
	})
}

// TestDocxNestedTable: a task table inside a frame of one cell is read
// as a table; a table inside a cell of a larger table keeps its text in
// that cell.
func TestDocxNestedTable(t *testing.T) {
	inner := wtbl(wtr(wtc("Bước 1: rà soát"), wtc("Bước 2: công bố")))
	tasks := wtbl(taskHeader,
		wtr(wtc("1"), wc("", wp("Rà soát và công bố thủ tục"), inner), wtc("Sở Nội vụ"), wtc(""), wtc("Quý I/2026")),
		wtr(wtc("2"), wtc("Kiểm tra việc công bố"), wtc("Văn phòng UBND tỉnh"), wtc(""), wtc("Quý II/2026")),
	)
	body := planHead() + wtbl(wtr(wc("", tasks)))
	wantTasks(t, parseDocx(t, docxFile(body, nil)), []taskLine{
		{"1", "Rà soát và công bố thủ tục Bước 1: rà soát Bước 2: công bố", "Sở Nội vụ", "", "Quý I/2026"},
		{"2", "Kiểm tra việc công bố", "Văn phòng UBND tỉnh", "", "Quý II/2026"},
	})
}

// legacyRun is a paragraph of one run in the given font.
func legacyRun(font, text string) string {
	return `<w:p><w:r><w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r></w:p>`
}

// TestDocxLegacyFonts: runs typed in a TCVN3 font (.VnTime) and in a VNI
// font are read as Unicode, with a note.
func TestDocxLegacyFonts(t *testing.T) {
	body := planHead() +
		legacyRun(".VnTime", "1. Së Néi vô chñ tr× tæ chøc kiÓm tra c«ng t¸c c¶i c¸ch hµnh chÝnh; hoµn thµnh tr­íc ngµy 30/6/2026.") +
		legacyRun("VNI-Times", "2. Sôû Tö phaùp chuû trì raø soaùt vaên baûn quy phaïm phaùp luaät; hoaøn thaønh tröôùc ngaøy 30/9/2026.")
	doc := parseDocx(t, docxFile(body, nil))
	got := tasksOf(doc)
	want := []struct{ lead, content string }{
		{"Sở Nội vụ", "Sở Nội vụ chủ trì tổ chức kiểm tra công tác cải cách hành chính"},
		{"Sở Tư pháp", "Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].lead != w.lead || !strings.HasPrefix(got[i].content, w.content) {
			t.Errorf("task %d: %q, want lead %q, content %q...", i+1, got[i], w.lead, w.content)
		}
	}
	notes := 0
	for _, d := range doc.Diagnostics {
		if d.Code == CodeLegacyEncoding {
			notes++
		}
	}
	if notes != 2 {
		t.Errorf("%d legacy-encoding notes, want 2 (TCVN3, VNI)", notes)
	}
}

// TestDocxZipBomb: a part that inflates past the limit is refused with a
// clear error, whether the archive's directory tells its size or lies.
func TestDocxZipBomb(t *testing.T) {
	huge := strings.Repeat(" ", 8<<20) // 8 MiB of spaces: 8 KiB compressed
	honest := docxFile(wp("a")+"<!--"+huge+"-->", nil)
	c := Config{MaxSize: 1 << 20} // the parts may hold 4 MiB
	_, err := c.Decision("bomb.docx", honest)
	if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("honest bomb: got %v, want a zip bomb error", err)
	}
	// A directory that says the part is small.
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	io.WriteString(fw, `<w:document `+wNS+`><w:body>`+wp("a")+"<!--"+huge+"--></w:body></w:document>")
	fw.Close()
	w, _ := z.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100})
	w.Write(comp.Bytes())
	z.Close()
	_, err = c.Decision("liar.docx", b.Bytes())
	if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("lying bomb: got %v, want a zip bomb error", err)
	}
	// Too many entries.
	b.Reset()
	z = zip.NewWriter(&b)
	for i := range 10001 {
		z.Create("word/media/x" + strconv.Itoa(i))
	}
	w, _ = z.Create("word/document.xml")
	io.WriteString(w, `<w:document `+wNS+`><w:body>`+wp("a")+`</w:body></w:document>`)
	z.Close()
	if _, err = Decision("many.docx", b.Bytes()); err == nil || !strings.Contains(err.Error(), "entries") {
		t.Errorf("many entries: got %v, want an entries error", err)
	}
}

// TestDocxDeep: XML nested past the limit is refused.
func TestDocxDeep(t *testing.T) {
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 300) + wp("a") + strings.Repeat("</w:sdtContent></w:sdt>", 300)
	_, err := Decision("deep.docx", docxFile(deep, nil))
	if err == nil || !strings.Contains(err.Error(), "nested too deep") {
		t.Errorf("got %v, want a nesting error", err)
	}
}

// TestDocxNotDocx: a file said to be .docx that is not a zip, a zip that
// is not a Word file, and an encrypted Word file get their errors.
func TestDocxNotDocx(t *testing.T) {
	c := Config{Format: FormatDocx}
	if _, err := c.Decision("text.docx", []byte("Quyết định số 1/QĐ-UBND")); err == nil || !strings.Contains(err.Error(), "not a zip archive") {
		t.Errorf("text as .docx: got %v", err)
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create("xl/workbook.xml")
	w.Write([]byte("<workbook/>"))
	z.Close()
	if _, err := c.Decision("book.docx", b.Bytes()); err == nil || !strings.Contains(err.Error(), "no word/document.xml") {
		t.Errorf("a spreadsheet as .docx: got %v", err)
	}
	if f := DetectFormat(b.Bytes()); f == FormatDocx {
		t.Errorf("a spreadsheet detected as %q", f)
	}
	// An encrypted .docx is an OLE2 compound file holding EncryptionInfo.
	ole := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 504)...)
	ole = append(ole, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	ole = append(ole, make([]byte, 512)...)
	for _, f := range []string{"", FormatDocx} {
		c := Config{Format: f}
		_, err := c.Decision("secret.docx", ole)
		if err == nil || !strings.Contains(err.Error(), "encrypted") || !errors.Is(err, ErrFormat) {
			t.Errorf("format %q: encrypted file: got %v", f, err)
		}
	}
	// Binary that is neither: not text.
	if _, err := Decision("x.docx", []byte("PK\x03\x04garbage\x00\x01")); err == nil {
		t.Error("a broken zip: no error")
	}
}

// TestDocxPositions: diagnostics name the paragraph (as the line) of the
// Word file.
func TestDocxPositions(t *testing.T) {
	body := planHead() + wp("") + wp("Nội dung không thuộc phần nào ở đây") +
		wtbl(taskHeader, wtr(wtc("1"), wtc("Rà soát thủ tục"), wtc("Sở Nội vụ"), wtc(""), wtc("Báo cáo kết quả")))
	doc := parseDocx(t, docxFile(body, nil))
	// The deadline not understood: its cell's paragraph, and the cell.
	found := false
	for _, d := range doc.Diagnostics {
		if d.Code == CodeDeadline {
			found = true
			if d.Line != 18 || !strings.HasSuffix(d.Message, "(table 1, row 2, cell 5)") {
				t.Errorf("deadline diagnostic at line %d: %q, want line 18 and (table 1, row 2, cell 5)", d.Line, d.Message)
			}
		}
	}
	if !found {
		t.Errorf("no deadline diagnostic: %v", doc.Diagnostics)
	}
	for _, tk := range doc.Plans[0].Tasks {
		// 6 head paragraphs, an empty one, one of text, then 5 header
		// cells: the row's first cell is paragraph 14.
		if tk.Line != 14 {
			t.Errorf("task line %d, want 14 (the paragraph of its row)", tk.Line)
		}
	}
}

// TestDocxForms: an appendix that is a form to fill in (fields of dots, a
// blank list) assigns no task and is no error.
func TestDocxForms(t *testing.T) {
	body := wp("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU") + wp("Số: 2083/QĐ-UBND") + wp("Bạc Liêu, ngày 08 tháng 12 năm 2016") +
		wp("QUYẾT ĐỊNH") + wp("Về việc công bố thủ tục hành chính") + wp("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") +
		wp("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") + wp("QUYẾT ĐỊNH:") +
		wp("Điều 1. Công bố kèm theo Quyết định này các mẫu đơn.") + wp("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.") +
		wp("PHỤ LỤC SỐ 06") + wp("ĐĂNG KÝ HỢP ĐỒNG NHẬN LAO ĐỘNG THỰC TẬP") +
		wp("1. Tên doanh nghiệp: ...................................") + wp("- Địa chỉ trụ sở chính: ...................") +
		wp("2. Doanh nghiệp đăng ký hợp đồng nhận lao động thực tập ký ngày ……… với ………") + wp("- Số lượng: ……………, trong đó nữ: ………") +
		wp("PHỤ LỤC SỐ 07") + wp("DANH SÁCH NGƯỜI LAO ĐỘNG") +
		wtbl(wtr(wtc("STT"), wtc("Họ và tên"), wtc("Vị trí công việc"), wtc("Thời gian làm việc")),
			wtr(wtc(""), wtc(""), wtc(""), wtc("")), wtr(wtc(""), wtc(""), wtc(""), wtc("")))
	doc, err := Decision("forms.docx", docxFile(body, nil))
	if doc == nil {
		t.Fatal(err)
	}
	if n := len(tasksOf(doc)); n != 0 {
		t.Errorf("%d tasks from forms: %q", n, tasksOf(doc))
	}
	if err != nil {
		t.Errorf("forms raise errors: %v", err)
	}
	if doc.Number.String() != "2083/QĐ-UBND" || len(doc.Articles) != 2 {
		t.Errorf("decision %v, %d articles", doc.Number, len(doc.Articles))
	}
}
