package pdftext

import (
	"strings"
	"testing"
)

// line makes a line of words laid out from x at height y, 12 points high,
// 6 points a character.
func line(x, y float64, cells ...string) []Line {
	var out []Line
	for _, c := range cells {
		if c == "" {
			x += 100
			continue
		}
		var l Line
		cx := x
		for _, w := range strings.Fields(c) {
			wd := float64(len([]rune(w))) * 6
			l.Words = append(l.Words, Word{Text: w, XMin: cx, YMin: y, XMax: cx + wd, YMax: y + 12})
			cx += wd + 3
		}
		l.XMin, l.YMin, l.XMax, l.YMax = x, y, cx-3, y+12
		out = append(out, l)
		x += 100
	}
	return out
}

// justified makes a line of words from x to right, its spaces stretched
// as justified text's are.
func justified(x, y, right float64, text string) []Line {
	ws := strings.Fields(text)
	width := 0.0
	for _, w := range ws {
		width += float64(len([]rune(w))) * 6
	}
	gap := (right - x - width) / float64(len(ws)-1)
	var l Line
	cx := x
	for _, w := range ws {
		wd := float64(len([]rune(w))) * 6
		l.Words = append(l.Words, Word{Text: w, XMin: cx, YMin: y, XMax: cx + wd, YMax: y + 12})
		cx += wd + gap
	}
	l.XMin, l.YMin, l.XMax, l.YMax = x, y, right, y+12
	return []Line{l}
}

func TestText(t *testing.T) {
	var p1, p2 Page
	p1.Width, p1.Height = 600, 800
	p2.Width, p2.Height = 600, 800
	add := func(p *Page, ls []Line) { p.Lines = append(p.Lines, ls...) }
	// An issuer beside the motto.
	add(&p1, line(60, 40, "ỦY BAN NHÂN DÂN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"))
	// A paragraph indented on its first line, wrapped to the right margin.
	add(&p1, justified(90, 80, 560, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của"))
	add(&p1, justified(60, 94, 560, "Quốc hội; Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính"))
	add(&p1, line(60, 108, "phủ;"))
	add(&p1, line(90, 122, "- Đơn vị chủ trì: Sở Nội vụ."))
	// A table whose second cell wraps over three lines.
	add(&p1, line(60, 150, "STT", "Nội dung", "Chủ trì", "Thời gian"))
	add(&p1, line(60, 164, "1", "Rà soát thủ", "Sở Nội vụ", "Quý II/2026"))
	add(&p1, line(160, 178, "tục hành"))
	add(&p1, line(160, 192, "chính"))
	add(&p1, line(60, 206, "2", "Công bố", "Sở Tư pháp", "Tháng 6/2026"))
	// The page number, and a paragraph going on over the page break.
	add(&p1, justified(90, 300, 560, "Sở Tài chính bảo đảm kinh phí thực hiện các nhiệm vụ của kế hoạch này"))
	add(&p1, line(290, 770, "2"))
	add(&p2, line(290, 20, "- 3 -"))
	add(&p2, line(60, 60, "theo quy định."))
	got := Text([]Page{p1, p2})
	want := strings.Join([]string{
		"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 của Quốc hội; Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;",
		"- Đơn vị chủ trì: Sở Nội vụ.",
		"STT\tNội dung\tChủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Nội vụ\tQuý II/2026\n2\tCông bố\tSở Tư pháp\tTháng 6/2026",
		"Sở Tài chính bảo đảm kinh phí thực hiện các nhiệm vụ của kế hoạch này theo quy định.",
	}, "\n\n") + "\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
