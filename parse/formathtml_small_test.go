package parse

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// page wraps a body in a page with the given charset.
func page(charset, body string) string {
	return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=` + charset + `"><title>Văn bản</title>` +
		`<script>var x = "<p>1. Không phải văn bản</p>";</script><style>p{margin:0}</style></head><body>` + body + `</body></html>`
}

// decisionHTML is a decision with a plan table, as thuvienphapluat and
// vbpl write one: a header box, paragraphs with article anchors, a table
// whose lead is merged down two rows (rowspan) and whose group row spans
// the table (colspan), a cell with line breaks.
const decisionHTML = `<table><tr><td><p><b>ỦY BAN NHÂN DÂN<br>TỈNH BÌNH ĐỊNH</b></p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p></td></tr>
<tr><td><p>Số: 715/QĐ-UBND</p></td><td><p><i>Bình Định, ngày 10 tháng 03 năm 2023</i></p></td></tr></table>
<p align=center><a name="loai_1"><b>QUYẾT ĐỊNH</b></a></p>
<p align=center><a name="loai_1_name">BAN HÀNH KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023</a></p>
<p align=center><b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH</b></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</p>
<p>Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;</p>
<p>Theo đề nghị của Giám đốc Sở Nội vụ.</p>
<p align=center><b>QUYẾT ĐỊNH:</b></p>
<p><a name="dieu_1"><b>Điều 1.</b></a> Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2023.</p>
<p><a name="dieu_2"><b>Điều 2.</b></a> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.</p>
<table><tr><td><p><b><i>Nơi nhận:</i></b><br>- Như Điều 2;<br>- Lưu: VT.</p></td><td><p align=center><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>Lâm Hải Giang</b></p></td></tr></table>
<p align=center><a name="loai_2"><b>KẾ HOẠCH</b></a></p>
<p align=center><a name="loai_2_name"><b>KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023</b></a></p>
<p align=center><i>(Kèm theo Quyết định số 715/QĐ-UBND ngày 10/03/2023 của Chủ tịch UBND tỉnh)</i></p>
<table border=1>
<tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian thực hiện</th></tr>
<tr><td colspan=5><b>I. KIỂM TRA THỦ TỤC HÀNH CHÍNH</b></td></tr>
<tr><td>1</td><td>Kiểm tra việc công khai thủ tục hành chính</td><td rowspan=2>Sở Nội vụ</td><td>Văn phòng UBND tỉnh</td><td>Quý II/2023</td></tr>
<tr><td>2</td><td>Kiểm tra việc giải quyết hồ sơ<br>trên Hệ thống thông tin</td><td>Sở Thông tin &amp; Truyền thông</td><td>Quý III/2023</td></tr>
<tr><td>3</td><td><p>Tổng hợp kết quả kiểm tra,</p><p>báo cáo Chủ tịch UBND tỉnh</p></td><td>Sở Nội vụ</td><td>&nbsp;</td><td>Tháng 12/2023</td></tr>
</table>`

var wantHTMLTasks = []taskLine{
	{"1", "Kiểm tra việc công khai thủ tục hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý II/2023"},
	{"2", "Kiểm tra việc giải quyết hồ sơ trên Hệ thống thông tin", "Sở Nội vụ", "Sở Thông tin & Truyền thông", "Quý III/2023"},
	{"3", "Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND tỉnh", "Sở Nội vụ", "", "Tháng 12/2023"},
}

func checkHTMLDecision(t *testing.T, name string, src []byte) {
	t.Helper()
	if f := DetectFormat(src); f != FormatHTML {
		t.Fatalf("%s: format %q, want html", name, f)
	}
	doc, err := Decision(name, src)
	if doc == nil {
		t.Fatalf("%s: %v", name, err)
	}
	if doc.Number.String() != "715/QĐ-UBND" || doc.Date.String() != "2023-03-10" || len(doc.Articles) != 2 || doc.Signer.Name != "Lâm Hải Giang" {
		t.Errorf("%s: decision %v %v, %d articles, signer %q", name, doc.Number, doc.Date, len(doc.Articles), doc.Signer.Name)
	}
	wantTasks(t, doc, wantHTMLTasks)
	for _, a := range doc.Articles {
		if strings.Contains(a.Text, "Article") {
			t.Errorf("%s: the English copy was read: %q", name, a.Text)
		}
	}
}

// TestHTMLThuvienphapluat: a thuvienphapluat.vn page: the Vietnamese body
// in div.content1 inside #divContentDoc, its English copy skipped.
func TestHTMLThuvienphapluat(t *testing.T) {
	english := `<div class="cldivContentDocEn"><div class="content1"><p><b>DECISION</b></p><p><a name="dieu_1">Article 1.</a> The plan is hereby issued.</p>` +
		`<table><tr><td>1</td><td>Inspect the procedures</td><td>Department of Home Affairs</td><td></td><td>Q2/2023</td></tr></table></div></div>`
	body := `<div id="menu"><p>Trang chủ | Văn bản | Tiếng Anh</p></div><div id="divContentDoc"><div class="content1"><div>` + decisionHTML + `</div></div>` + english + `</div>` +
		`<div id="footer"><p>1. Điều khoản sử dụng</p></div>`
	checkHTMLDecision(t, "tvpl.html", []byte(page("utf-8", body)))
}

// TestHTMLVbpl: a vbpl.vn page, its text in div#toanvancontent, written in
// Windows-1258 (the page says so), with entities.
func TestHTMLVbpl(t *testing.T) {
	body := `<div class="header"><p>CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT</p></div><div id="toanvancontent">` + decisionHTML + `</div><div class="footer"><p>2. Liên hệ</p></div>`
	src, err := charmap.Windows1258.NewEncoder().String(cp1258(page("windows-1258", body)))
	if err != nil {
		t.Fatal(err)
	}
	checkHTMLDecision(t, "vbpl.html", []byte(src))
}

// TestHTMLAnyPage: another page, read by its body.
func TestHTMLAnyPage(t *testing.T) {
	checkHTMLDecision(t, "page.html", []byte(page("utf-8", decisionHTML)))
}

// TestHTMLPositions: positions are lines and columns of the page: a
// task's line holds its row, a citation's column points at it.
func TestHTMLPositions(t *testing.T) {
	src := page("utf-8", "\n"+decisionHTML)
	doc, _ := Decision("p.html", []byte(src))
	lines := strings.Split(src, "\n")
	tasks := tasksOf(doc)
	if len(tasks) != 3 {
		t.Fatalf("%d tasks", len(tasks))
	}
	for i, tk := range doc.Plans[0].Tasks {
		if tk.Line < 1 || tk.Line > len(lines) || !strings.Contains(lines[tk.Line-1], "<td>"+tk.No+"</td>") {
			t.Errorf("task %d: line %d does not hold its row", i+1, tk.Line)
		}
	}
	found := false
	for _, c := range doc.Citations {
		if c.Ref.Number.String() != "61/2018/NĐ-CP" {
			continue
		}
		found = true
		line := []rune(lines[c.Line-1])
		if c.Column < 1 || c.Column > len(line) || !strings.HasPrefix(string(line[c.Column-1:]), "Nghị định số 61") {
			t.Errorf("citation at %d:%d does not point at it in %q", c.Line, c.Column, lines[c.Line-1])
		}
	}
	if !found {
		t.Errorf("citation not found: %+v", doc.Citations)
	}
}

// cp1258 writes s as Windows-1258 writes Vietnamese: the letters with a
// circumflex, breve or horn composed, the tone marks after them.
func cp1258(s string) string {
	tone := func(r rune) bool { return r == 0x300 || r == 0x301 || r == 0x303 || r == 0x309 || r == 0x323 }
	var out, tones []rune
	var base []rune
	flush := func() {
		out = append(out, []rune(norm.NFC.String(string(base)))...)
		out = append(out, tones...)
		base, tones = nil, nil
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case tone(r):
			tones = append(tones, r)
		case r >= 0x300 && r <= 0x36f:
			base = append(base, r)
		default:
			flush()
			base = []rune{r}
		}
	}
	flush()
	return string(out)
}
