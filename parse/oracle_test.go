package parse

import (
	"encoding/json"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/vntext"
)

// Oracles for the optimisations of planStarts, issuerLines and
// sharesLabels: the code they replaced (kept here, or turned back on),
// must give the same answers on random documents.

// planStartsNaive is planStarts as it was before the run of capitals was
// tracked: each note walks back over every paragraph in capitals.
func (s *state) planStartsNaive() []int {
	var starts []int
	add := func(k int) {
		if len(starts) == 0 || k > starts[len(starts)-1] {
			starts = append(starts, k)
		}
	}
	types := 0 // type lines seen: the document's own, then its plans'
	for i, b := range s.src.Blocks {
		if b.IsTable() {
			continue
		}
		p := s.para(b.Para)
		if isTypeLine(p.Text) {
			types++
		}
		switch {
		case hasMark(s.marks(b.Para), "loai_2_name"), isAppendix(p.Text):
			add(i)
		case isTypeLine(p.Text) && types > 1:
			// "KẾ HOẠCH" after the decision that issues it.
			add(i)
		case isAttachedStart(p.Text):
			// The plan's title is the block of capitals above; when that
			// block follows a start already counted, the note belongs to it.
			k, last := i, -1
			if len(starts) > 0 {
				last = starts[len(starts)-1]
			}
			// A line or two not in capitals may come between: a
			// subtitle ("Thực hiện Nghị quyết số 57-NQ/TW ...").
			j, sub, caps := i-1, 0, false
			for ; j > last; j-- {
				q := s.src.Blocks[j]
				if q.IsTable() {
					break
				}
				t := s.para(q.Para).Text
				if t == "" {
					continue
				}
				if !s.para(q.Para).Caps {
					if caps || sub == 2 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") {
						break
					}
					sub++
					continue
				}
				caps, k = true, j
			}
			if j > last && k < i {
				add(k) // a note without a title above it is no plan's
			}
		}
	}
	return starts
}

// issuerLinesNaive is issuerLines as it was before the prefixes tried
// were bounded: every prefix of the header lines is joined and looked up.
func (s *state) issuerLinesNaive() {
	d := &s.dec
	if len(d.header) == 0 {
		return
	}
	var parts []string
	for _, k := range d.header {
		parts = append(parts, s.para(k).Text)
		s.take(k, rdIssuer)
	}
	d.header = nil
	text := strings.Join(parts, " ")
	for _, motto := range []string{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"} {
		if k := strings.Index(text, motto); k >= 0 {
			text = vntext.TrimSpace(text[:k])
		}
	}
	if text == "" {
		return
	}
	doc := s.doc
	doc.IssuerHeader = text
	if doc.Issuer != "" {
		return
	}
	if u, ok := s.reg.Lookup(text); ok {
		doc.Issuer = u.Name
		return
	}
	doc.Issuer = text
	for k := 1; k < len(parts); k++ {
		if u, ok := s.reg.Lookup(strings.Join(parts[:k], " ")); ok {
			doc.IssuerParent = u.Name
			body := strings.Join(parts[k:], " ")
			doc.Issuer = body
			if b, ok := s.reg.Lookup(body); ok {
				doc.Issuer = b.Name
			}
			return
		}
	}
}

// randomLines writes n lines drawn from lines.
func randomLines(rnd *rand.Rand, lines []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(lines[rnd.Intn(len(lines))])
		b.WriteByte('\n')
	}
	return b.String()
}

func TestPlanStartsOracle(t *testing.T) {
	lines := []string{
		"KẾ HOẠCH", "QUYẾT ĐỊNH", "PHỤ LỤC I", "[bookmark: loai_2_name]DANH MỤC NHIỆM VỤ",
		"(Kèm theo Quyết định số 12/QĐ-UBND ngày 3 tháng 4 năm 2024)", attachedNote[:len(attachedNote)-1],
		"TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06", "NĂM 2024", "Thực hiện Nghị quyết số 57-NQ/TW", "Căn cứ Luật Tổ chức chính quyền địa phương;",
		"nội dung tiếp theo:", "", "| STT | Nội dung | Chủ trì |", "| 1 | Rà soát | Sở Tư pháp |", "Điều 1. Ban hành kèm theo Quyết định này.",
	}
	rnd := rand.New(rand.NewSource(14))
	for i := range 3000 {
		text := randomLines(rnd, lines, 1+rnd.Intn(40))
		blocks, _ := readText(text, true, DefaultMaxCells, 2*DefaultMaxTasks, nil)
		s := newState(&Config{}, "x.txt", blocks)
		if got, want := s.planStarts(), s.planStartsNaive(); !slices.Equal(got, want) {
			t.Fatalf("case %d: planStarts %v, want %v, for\n%s", i, got, want, text)
		}
	}
}

func TestIssuerOracle(t *testing.T) {
	lines := []string{
		"BỘ TÀI CHÍNH", "CỤC THUẾ", "ỦY BAN NHÂN DÂN", "UBND", "TỈNH NINH BÌNH", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP",
		"VĂN PHÒNG CHÍNH PHỦ", "BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "ỦY BAN NHÂN", "DÂN",
		"TỔNG CỤC", "HỘI ĐỒNG", "BAN CHỈ ĐẠO", "CỘNG HÒA XÃ HỘI", "-----",
	}
	rnd := rand.New(rand.NewSource(14))
	for i := range 3000 {
		text := randomLines(rnd, lines, 1+rnd.Intn(6)) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
		run := func(naive bool) [3]string {
			blocks, _ := readText(text, true, DefaultMaxCells, 2*DefaultMaxTasks, nil)
			s := newState(&Config{}, "x.txt", blocks)
			for k, p := range s.src.Paras {
				if p.Text != "" && !strings.HasPrefix(p.Text, "CỘNG HÒA XÃ HỘI CHỦ") {
					s.dec.header = append(s.dec.header, k)
				}
			}
			if naive {
				s.issuerLinesNaive()
			} else {
				s.issuerLines()
			}
			return [3]string{s.doc.IssuerHeader, s.doc.Issuer, s.doc.IssuerParent}
		}
		if got, want := run(false), run(true); got != want {
			t.Fatalf("case %d: issuer %q, want %q, for\n%s", i, got, want, text)
		}
	}
}

// With the last scan of sharesLabels reused or not, prose of labelled
// items, duties and items that share labels reads the same.
func TestSharesLabelsOracle(t *testing.T) {
	lines := []string{
		"II. NHIỆM VỤ CỤ THỂ", "1. Rà soát văn bản quy phạm pháp luật", "2. Tổ chức tập huấn", "2.1. Xây dựng tài liệu",
		"a) Cập nhật dữ liệu dân cư", "b) Công bố thủ tục hành chính", "- Đơn vị chủ trì: Sở Tư pháp", "- Thời gian: Quý II/2024",
		"Đơn vị chủ trì: Sở Nội vụ; thời gian: Tháng 6/2024.", "- Sở Tư pháp: chủ trì rà soát văn bản, hoàn thành trong Quý II/2024.",
		"+ Phối hợp với Công an tỉnh", "Nội dung thực hiện tiếp theo.", "",
	}
	rnd := rand.New(rand.NewSource(14))
	read := func(src string, cache bool) string {
		shareCache = cache
		defer func() { shareCache = true }()
		doc, _ := Decision("x.txt", []byte(src))
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for i := range 1500 {
		src := "KẾ HOẠCH\nTRIỂN KHAI NĂM 2024\n" + randomLines(rnd, lines, 1+rnd.Intn(30))
		if got, want := read(src, true), read(src, false); got != want {
			t.Fatalf("case %d: reusing the scan changes the document, for\n%s", i, src)
		}
	}
}
