package unit

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// describe renders refs as "Name[id kind sub=... note=...]" joined by " | ".
func describe(refs []Ref) string {
	var parts []string
	for _, r := range refs {
		s := r.Name + "[" + r.ID + " " + r.Kind.String()
		if r.Sub != "" {
			s += " sub=" + r.Sub
		}
		if r.Note != "" {
			s += " note=" + r.Note
		}
		parts = append(parts, s+"]")
	}
	return strings.Join(parts, " | ")
}

var splitTests = []struct{ cell, want string }{
	// Every lead and partner cell of the seed plan.
	{"Cục Kiểm soát TTHC", "Cục Kiểm soát thủ tục hành chính[vpcp-ksttthc department]"},
	{"Các đơn vị liên quan thuộc VPCP", "Các đơn vị liên quan thuộc Văn phòng Chính phủ[ collective]"},
	{"Bộ Công an, các bộ, cơ quan có liên quan", "Bộ Công an[bca ministry] | các bộ, cơ quan có liên quan[col-bo-co-quan collective]"},
	{"Bộ Tư pháp, Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Y tế, Bảo hiểm xã hội Việt Nam",
		"Bộ Tư pháp[btp ministry] | Bộ Công an[bca ministry] | Bộ Lao động - Thương binh và Xã hội[bldtbxh ministry] | Bộ Y tế[byt ministry] | Bảo hiểm xã hội Việt Nam[bhxhvn government-agency]"},
	{"Các bộ, ngành, địa phương", "Các bộ, ngành, địa phương[col-bo-nganh-dia-phuong collective]"},
	{"Các bộ, ngành, địa phương và các tập đoàn, tổng công ty nhà nước",
		"Các bộ, ngành, địa phương[col-bo-nganh-dia-phuong collective] | các tập đoàn, tổng công ty nhà nước[col-tap-doan collective]"},
	{"Bộ Công an và các bộ, ngành, địa phương", "Bộ Công an[bca ministry] | các bộ, ngành, địa phương[col-bo-nganh-dia-phuong collective]"},
	{"Bộ Công an", "Bộ Công an[bca ministry]"},
	{"Bộ Tài chính, Bộ Công an, Bộ Thông tin và Truyền thông",
		"Bộ Tài chính[btc ministry] | Bộ Công an[bca ministry] | Bộ Thông tin và Truyền thông[btttt ministry]"},
	{"Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông[btttt ministry]"},
	{"Các đơn vị liên quan thuộc VPCP; Các bộ, cơ quan có liên quan",
		"Các đơn vị liên quan thuộc Văn phòng Chính phủ[ collective] | Các bộ, cơ quan có liên quan[col-bo-co-quan collective]"},

	// Names with commas, hyphens and "và" inside.
	{"Bộ Văn hóa, Thể thao và Du lịch, Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch[bvhttdl ministry] | Bộ Kế hoạch và Đầu tư[bkhdt ministry]"},
	{"Bộ Lao động – Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội[bldtbxh ministry]"},
	{"Bộ Lao động, Thương binh và Xã hội; Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội[bldtbxh ministry] | Bộ Y tế[byt ministry]"},
	{"Bộ Khoa học và Công nghệ và các địa phương", "Bộ Khoa học và Công nghệ[bkhcn ministry] | các địa phương[col-dia-phuong collective]"},
	{"Bộ Quốc phòng, Viện Hàn lâm Khoa học và Công nghệ Việt Nam và các bộ, ngành, địa phương",
		"Bộ Quốc phòng[bqp ministry] | Viện Hàn lâm Khoa học và Công nghệ Việt Nam[vhl-khcn government-agency] | các bộ, ngành, địa phương[col-bo-nganh-dia-phuong collective]"},
	{"Báo và Phát thanh, Truyền hình tỉnh Đồng Nai", "Báo và Phát thanh, Truyền hình tỉnh Đồng Nai[ unknown]"},
	{"Sở Văn hóa, Thể thao và Du lịch; Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch[so-van-hoa-the-thao-va-du-lich department] | Sở Tư pháp[so-tu-phap department]"},
	// Two collectives joined by "và"; a unit followed by "và các cơ quan liên quan".
	{"Các bộ, ngành và các địa phương", "Các bộ, ngành[col-bo-nganh collective] | các địa phương[col-dia-phuong collective]"},
	{"Bộ Tài chính và các cơ quan liên quan", "Bộ Tài chính[btc ministry] | các cơ quan liên quan[ collective]"},
	{"Bộ Công an, Bộ Nội vụ, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội, Thanh tra Chính phủ, các bộ, ngành và địa phương",
		"Bộ Công an[bca ministry] | Bộ Nội vụ[bnv ministry] | Bộ Tài chính[btc ministry] | Bộ Lao động - Thương binh và Xã hội[bldtbxh ministry] | Thanh tra Chính phủ[ttcp ministerial-agency] | các bộ, ngành và địa phương[col-bo-nganh-dia-phuong collective]"},
	// Abbreviations and acronyms.
	{"Bộ Công an, VNPT, Viettel; Tổng công ty Bưu điện Việt Nam",
		"Bộ Công an[bca ministry] | Tập đoàn Bưu chính Viễn thông Việt Nam[vnpt state-enterprise] | Tập đoàn Công nghiệp - Viễn thông Quân đội[viettel state-enterprise] | Tổng công ty Bưu điện Việt Nam[vnpost state-enterprise]"},
	{"VTV, VOV, TTXVN, các địa phương",
		"Đài Truyền hình Việt Nam[vtv government-agency] | Đài Tiếng nói Việt Nam[vov government-agency] | Thông tấn xã Việt Nam[ttxvn government-agency] | các địa phương[col-dia-phuong collective]"},
	{"Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn[bnnptnt ministry]"},
	{"UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội[ubnd-ha-noi locality]"},
	{"Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế[ubnd-thua-thien-hue locality]"},
	{"Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành",
		"Các bộ, ngành, địa phương là chủ quản cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành[ collective]"},
	// Case and spelling.
	{"Bộ Công An, Ngân hàng nhà nước Việt Nam", "Bộ Công an[bca ministry] | Ngân hàng Nhà nước Việt Nam[nhnn ministerial-agency]"},
	{"Bộ Thông tin và truyền thông", "Bộ Thông tin và Truyền thông[btttt ministry]"},
	{"Tòa án nhân dân tối cao; Toà án nhân dân tối cao", "Tòa án nhân dân tối cao[tandtc other] | Tòa án nhân dân tối cao[tandtc other]"},
	// Parenthesised parts.
	{"Bộ Công an (Trung tâm Dữ liệu quốc gia)", "Bộ Công an[bca ministry sub=Trung tâm Dữ liệu quốc gia]"},
	{"Bộ Tư pháp (chủ trì), Bộ Công an", "Bộ Tư pháp[btp ministry note=chủ trì] | Bộ Công an[bca ministry]"},
	{"Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)", "Trung tâm Dịch vụ việc làm Thành phố[ unknown sub=Sở Nội vụ]"},
	{"Bộ Công an (C06", "Bộ Công an[bca ministry sub=C06]"},
	// Unknown units are kept, never dropped.
	{"Sở Xây dựng Hà Nội, Công ty ABC", "Sở Xây dựng Hà Nội[ unknown] | Công ty ABC[ unknown]"},
	{"Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư[ unknown]"},
	{"Không", "Không[ unknown]"},
	// Bullets, line breaks, trailing punctuation, empty cells.
	{"- Bộ Nội vụ;\n- Bộ Tài chính.", "Bộ Nội vụ[bnv ministry] | Bộ Tài chính[btc ministry]"},
	{"Bộ Nội vụ\r\nBộ Y tế", "Bộ Nội vụ[bnv ministry] | Bộ Y tế[byt ministry]"},
	{"", ""},
	{"  ", ""},
	{" - ; , . ", ""},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.cell, func(t *testing.T) {
			refs := Split(tt.cell)
			if got := describe(refs); got != tt.want {
				t.Errorf("Split(%q)\n got  %s\n want %s", tt.cell, got, tt.want)
			}
			checkSpans(t, tt.cell, refs)
		})
	}
}

// checkSpans checks that each Ref's span is inside the cell, in order, not
// overlapping, and that Raw is the text of the span.
func checkSpans(t *testing.T, cell string, refs []Ref) {
	t.Helper()
	cell = norm.NFC.String(cell)
	prev := 0
	for _, r := range refs {
		if r.Start < prev || r.End < r.Start || r.End > len(cell) {
			t.Fatalf("Split(%q): span [%d,%d) after %d", cell, r.Start, r.End, prev)
		}
		if cell[r.Start:r.End] != r.Raw {
			t.Fatalf("Split(%q): Raw %q is not the span %q", cell, r.Raw, cell[r.Start:r.End])
		}
		prev = r.End
	}
}

func TestSplitSpans(t *testing.T) {
	cell := "Bộ Tư pháp, Bộ Công an (C06); các bộ, ngành"
	var got []string
	for _, r := range Split(cell) {
		got = append(got, fmt.Sprintf("%d-%d %s", r.Start, r.End, r.Raw))
	}
	want := "0-14 Bộ Tư pháp|16-35 Bộ Công an (C06)|37-54 các bộ, ngành"
	if strings.Join(got, "|") != want {
		t.Errorf("spans %q, want %q", strings.Join(got, "|"), want)
	}
}

// NFD input splits as NFC does.
func TestSplitNFD(t *testing.T) {
	for _, tt := range splitTests {
		if got := describe(Split(norm.NFD.String(tt.cell))); got != tt.want {
			t.Errorf("Split(NFD %q) = %s", tt.cell, got)
		}
	}
}

// Every lead and partner cell of the seed is in splitTests, so the table
// above pins them all.
func TestSplitSeedCells(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "qd-95-vpcp-2023-ke-hoach-de-an-06.txt"))
	if err != nil {
		t.Fatal(err)
	}
	pinned := map[string]bool{}
	for _, tt := range splitTests {
		pinned[tt.cell] = true
	}
	rowStart := regexp.MustCompile(`^ ?\t\d+\.$`)
	lines := strings.Split(string(src), "\n")
	cells := 0
	for i, l := range lines {
		// A complete row: the number, then five cells, each "\t..." on its own line.
		if !rowStart.MatchString(l) || i+5 >= len(lines) {
			continue
		}
		complete := true
		for k := i + 1; k <= i+5; k++ {
			complete = complete && strings.HasPrefix(lines[k], "\t")
		}
		if !complete {
			continue
		}
		for _, k := range []int{i + 2, i + 3} { // lead, partners
			cell := strings.TrimPrefix(lines[k], "\t")
			cells++
			if !pinned[cell] {
				t.Errorf("line %d: cell %q is not pinned in splitTests", k+1, cell)
			}
			for _, r := range Split(cell) {
				if r.Kind == KindUnknown {
					t.Errorf("line %d: %q has an unknown unit %q", k+1, cell, r.Raw)
				}
			}
		}
	}
	if cells != 46 {
		t.Errorf("read %d cells from the seed, want the 2×23 of its complete rows", cells)
	}
}

// Every row of ../shared/corpus/units-dev.tsv: real cells with the units
// they must split into.
func TestSplitCorpusTSV(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "corpus", "units-dev.tsv")
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("corpus not found at %s: run the tests with ../shared beside the repository", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cell, want, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", path, line)
		}
		rows++
		refs := Split(cell)
		var names []string
		for _, r := range refs {
			names = append(names, r.Name)
		}
		if got := strings.Join(names, " | "); got != want {
			t.Errorf("%s:%d: Split(%q)\n got  %s\n want %s", path, line, cell, got, want)
		}
		checkSpans(t, cell, refs)
	}
	if rows < 30 {
		t.Errorf("read %d rows, want the whole file", rows)
	}
}

func TestStartsUnit(t *testing.T) {
	reg := Default()
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Sở Tài chính", true},
		{"Ủy ban nhân dân các xã, phường", true},
		{"các sở, ban, ngành", true},
		{"Bộ Công an chủ trì", true},
		{"Cục Kiểm soát TTHC", true},
		{"Trung tâm Xúc tiến đầu tư", true},
		{"UBND tỉnh", true},
		{"Thứ bậc", false},
		{"Quý II/2025", false},
		{"Báo cáo kết quả", false},
		{"Phòng Văn hóa - Xã hội", true},
		{"Phong trào thi đua", false}, // folds as "Phòng" does; a movement, not an office
		{"So sánh kết quả", false},
		{"Ban Quản lý rừng phòng hộ", true},
		{"Kho bạc Nhà nước khu vực", true},
		{"sở tài chính", true}, // a registry name in any case
		{"trung tâm", false},   // a head word, not capitalised, not a name
		{"", false},
	} {
		if got := reg.StartsUnit(tt.s); got != tt.want {
			t.Errorf("StartsUnit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
