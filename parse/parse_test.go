package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const seedPath = "../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt"

func readSeed(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func parseSeed(t *testing.T) *plan.Document {
	t.Helper()
	doc, err := Decision("seed.txt", readSeed(t))
	if err != nil {
		t.Fatalf("seed has errors: %v", err)
	}
	return doc
}

func TestSeedDocument(t *testing.T) {
	d := parseSeed(t)
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	check("kind", d.Kind, "Quyết định")
	check("number", d.Number.String(), "95/QĐ-VPCP")
	check("date", d.Date.String(), "2023-03-24")
	check("issuer", d.Issuer, "Văn phòng Chính phủ")
	check("authority", d.Authority, "BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ")
	if !strings.HasPrefix(d.Title, "BAN HÀNH KẾ HOẠCH NĂM 2023 CỦA VĂN PHÒNG CHÍNH PHỦ") || !strings.HasSuffix(d.Title, "TẦM NHÌN ĐẾN NĂM 2030") {
		t.Errorf("title = %q", d.Title)
	}
	if len(d.Bases) != 6 {
		t.Fatalf("%d bases, want 6", len(d.Bases))
	}
	if !strings.HasPrefix(d.Bases[5].Text, "Chỉ thị số 05/CT-TTg ngày 23 tháng 02 năm 2023") {
		t.Errorf("basis 6 = %q", d.Bases[5].Text)
	}
	wantCited := []string{"79/NĐ-CP", "61/2018/NĐ-CP", "107/2021/NĐ-CP 61/2018/NĐ-CP", "45/2020/NĐ-CP", "06/QĐ-TTg", "05/CT-TTg"}
	for i, b := range d.Bases {
		var nums []string
		for _, c := range b.Citations {
			nums = append(nums, c.Number.String())
		}
		check("citations of basis", strings.Join(nums, " "), wantCited[i])
	}
	check("proposal", d.Proposal, "Theo đề nghị của Cục trưởng Cục Kiểm soát thủ tục hành chính,")
	if len(d.Articles) != 4 {
		t.Fatalf("%d articles, want 4", len(d.Articles))
	}
	for i, a := range d.Articles {
		if a.No != i+1 {
			t.Errorf("article %d numbered %d", i+1, a.No)
		}
	}
	check("article 3", d.Articles[2].Text, "Quyết định này có hiệu lực kể từ ngày ký ban hành.")
	check("signer position", d.Signer.Position, "BỘ TRƯỞNG, CHỦ NHIỆM")
	check("signer name", d.Signer.Name, "Trần Văn Sơn")
	var rec []string
	for _, r := range d.Recipients {
		s := r.Text
		if r.Note != "" {
			s += " [" + r.Note + "]"
		}
		if r.Archive {
			s += " [archive]"
		}
		rec = append(rec, s)
	}
	check("recipients", strings.Join(rec, "\n"), strings.Join([]string{
		"TTgCP, PTTg Trần Hồng Hà [để b/c]",
		"Các Bộ, cơ quan ngang Bộ, BHXHVN",
		"UBND các tỉnh, thành phố trực thuộc TW",
		"Thành viên Tổ công tác triển khai Đề án 06",
		"VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP, các Phó TTgCP, các Vụ, Cục, đơn vị thuộc VPCP, Cổng TTĐT",
		"Lưu: VT, KSTT (2) NHT [archive]",
	}, "\n"))
	if len(d.Plans) != 1 {
		t.Fatalf("%d plans, want 1", len(d.Plans))
	}
	p := d.Plans[0]
	if !strings.HasPrefix(p.Title, "TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU") {
		t.Errorf("plan title = %q", p.Title)
	}
	if p.AttachedTo == nil || p.AttachedTo.Number.String() != "95/QĐ-VPCP" || p.AttachedTo.Date.String() != "2023-03-24" {
		t.Errorf("attached to %+v", p.AttachedTo)
	}
}

// The five fields of tasks 1–23, against the seed's cells.
func TestSeedTasks(t *testing.T) {
	d := parseSeed(t)
	tasks := d.Plans[0].Tasks
	if len(tasks) != 25 {
		t.Fatalf("%d tasks, want 25 (1–23, 24 inferred, 25)", len(tasks))
	}
	lines := strings.Split(string(readSeed(t)), "\n")
	for i, task := range tasks[:23] {
		if want := strings.TrimSpace(lines[task.Line-1]); task.No != strings.TrimSuffix(want, ".") || task.No != strconv.Itoa(i+1) {
			t.Errorf("task %d numbered %q (line %q)", i+1, task.No, want)
		}
		if len(task.Lead) != 1 || task.Lead[0].Name != "Cục Kiểm soát thủ tục hành chính" || task.Lead[0].ID != "vpcp-ksttthc" {
			t.Errorf("task %s lead %+v", task.No, task.Lead)
		}
		if task.Content == "" || task.Output == "" || len(task.Partners) == 0 {
			t.Errorf("task %s: content %q, output %q, partners %v", task.No, task.Content, task.Output, task.Partners)
		}
		var want deadline.Kind
		switch raw := task.Deadline.Raw; {
		case strings.HasPrefix(raw, "Tháng"):
			want = deadline.KindMonth
		case strings.Contains(raw, "thường xuyên"), raw == "Thường xuyên":
			want = deadline.KindOngoing
		case strings.HasPrefix(raw, "Theo lịch"):
			want = deadline.KindSchedule
		case strings.HasPrefix(raw, "Theo tiến độ"):
			want = deadline.KindReference
		}
		if task.Deadline.Kind != want || want == deadline.KindUnknown {
			t.Errorf("task %s deadline %q is %s", task.No, task.Deadline.Raw, task.Deadline.Kind)
		}
		for _, role := range []string{"lead", "partners", "deadline", "output"} {
			if task.Source[role] == "" {
				t.Errorf("task %s: no source cell %q", task.No, role)
			}
		}
	}
	// Spot checks of whole rows.
	t3 := tasks[2]
	var partners []string
	for _, r := range t3.Partners {
		partners = append(partners, r.Name)
	}
	if got := strings.Join(partners, " | "); got != "Bộ Tư pháp | Bộ Công an | Bộ Lao động - Thương binh và Xã hội | Bộ Y tế | Bảo hiểm xã hội Việt Nam" {
		t.Errorf("task 3 partners: %s", got)
	}
	if t3.Deadline.Value() != "2023-03" || t3.Deadline.Due().String() != "2023-03-31" || t3.Output != "Quy trình liên thông được ban hành" {
		t.Errorf("task 3: %s due %v, output %q", t3.Deadline.Value(), t3.Deadline.Due(), t3.Output)
	}
	t15 := tasks[14]
	if c, ok := d.Citation(t15.Deadline.Ref.ID()); !ok || c.Number.String() != "766/2022/QĐ-TTg" || c.Line != t15.Line+1 {
		t.Errorf("task 15's reference %q does not point at the citation in its content: %+v", t15.Deadline.Ref.ID(), c)
	}
	if owner := tasks[21].Deadline.Owner; owner != "Tổ Công tác" {
		t.Errorf("task 22 schedule owner %q", owner)
	}
	// The broken tail: 24 inferred from the numbering, 25 with one cell.
	if tasks[23].No != "24" || !strings.HasPrefix(tasks[23].Content, "Đôn đốc, hướng dẫn, kiểm tra việc triển khai số hóa") || tasks[24].No != "25" {
		t.Errorf("tail tasks: %q %q", tasks[23].No, tasks[24].No)
	}
	codes := map[plan.Code]int{}
	for _, dg := range d.Diagnostics {
		codes[dg.Code]++
		if dg.Severity != plan.Warning {
			t.Errorf("seed diagnostic %+v is not a warning", dg)
		}
	}
	if codes["row-number-inferred"] != 1 || codes["row-cells"] != 2 || codes["orphan-cell"] != 5 || codes["unplaced"] != 0 {
		t.Errorf("diagnostics by code: %v", codes)
	}
	led := d.Plans[0].TasksLedBy("vpcp-ksttthc")
	if len(led) != 23 {
		t.Errorf("TasksLedBy(vpcp-ksttthc) = %d tasks, want 23", len(led))
	}
	june := d.Plans[0].TasksDue(civil.D(2023, 6, 1), civil.D(2023, 6, 30))
	if len(june) != 3 {
		t.Errorf("TasksDue(June 2023) = %d tasks, want 3 (13, 14, 16)", len(june))
	}
}

// bookmarks are the Word bookmark markers that start a line.
var bookmarks = regexp.MustCompile(`^(\[bookmark: [^\]]*\]\s*)+`)

// markers are lines that only mark structure; the model keeps what they
// mark, not their text.
var markers = regexp.MustCompile(`^(\||QUYẾT ĐỊNH:|QUYẾT NGHỊ:|QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|CỘNG HÒA XÃ|CỘNG HOÀ XÃ|HỘI CHỦ NGHĨA VIỆT NAM|Nơi nhận:|\(Kèm theo .*\)|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|\d{1,2} tháng \d{1,2} năm \d{4})$`)

// structure strips what the model keeps as fields rather than as text:
// "Điều 1." before an article, "Số:" before a number, the date after a
// place.
var structure = regexp.MustCompile(`^(\[\d{1,3}\]\s*|Điều \d+\.\s*|Số:\s*|[IVXL]+\.\s*|\d+(\.\d+)*[.)]\s+|[a-zđ][).]\s+|\(\d{1,2}\)(\s+|$))|,\s*ngày( \d{1,2} tháng \d{1,2} năm \d{4}.*)?$`)

// accounted checks that every non-blank line of src is in the model (its
// text, without list dashes and closing punctuation, is one of the model's
// strings) or named by a diagnostic.
func accounted(t *testing.T, name string, src []byte, doc *plan.Document) {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			all.WriteString(v)
			all.WriteByte('\n')
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(generic)
	model := all.String()
	diagLines := map[int]bool{}
	for _, d := range doc.Diagnostics {
		diagLines[d.Line] = true
	}
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	missing := 0
	for i, l := range lines {
		text := stripEmphasis(strings.TrimSpace(bookmarks.ReplaceAllString(strings.TrimSpace(l), "")))
		if text == "" || diagLines[i+1] || markers.MatchString(text) {
			continue
		}
		// A table row written on one line is accounted for cell by cell.
		var cores []string
		switch {
		case len(text) > 2 && text[0] == '|' && text[len(text)-1] == '|':
			cores = strings.Split(text[1:len(text)-1], "|")
		case strings.Count(l, "\t") >= 2 && !strings.HasPrefix(l, "\t") && !strings.HasPrefix(l, " \t"):
			cores = strings.Split(l, "\t")
		default:
			cores = []string{text}
		}
		found := true
		for _, c := range cores {
			core := strings.TrimRight(strings.TrimLeft(structure.ReplaceAllString(stripEmphasis(strings.TrimSpace(c)), ""), "-+ "), ";.,")
			if k := strings.LastIndex(core, " ("); k > 0 && strings.HasSuffix(core, ")") {
				core = core[:k]
			}
			if strings.Trim(core, "-: ") != "" && !strings.Contains(model, core) {
				found = false
			}
		}
		if !found {
			missing++
			if missing <= 10 {
				t.Errorf("%s:%d: line not in the model nor in a diagnostic: %q", name, i+1, text)
			}
		}
	}
}

func TestSeedEveryLineAccounted(t *testing.T) {
	src := readSeed(t)
	doc, _ := Decision("seed.txt", src)
	accounted(t, "seed.txt", src, doc)
}

// The same check over the real documents of the shared corpus.
func TestCorpusEveryLineAccounted(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "docs", "*.md"))
	if len(files) == 0 {
		t.Skip("corpus not found at ../shared/corpus/docs: run the tests with ../shared beside the repository")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := Decision(filepath.Base(f), src)
		if doc == nil {
			t.Fatalf("%s: no document", f)
		}
		accounted(t, filepath.Base(f), src, doc)
	}
}

// The whole output on the seed, pinned; go test -update rewrites it.
func TestSeedGolden(t *testing.T) {
	doc := parseSeed(t)
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := strings.TrimSuffix(seedPath, ".txt") + ".golden.json"
	want := checkGolden(t, golden, append(got, '\n'))
	// The JSON reads back into an equal document.
	var back plan.Document
	if err := json.Unmarshal(want, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.MarshalIndent(&back, "", "  ")
	if !bytes.Equal(append(again, '\n'), want) {
		t.Error("the golden JSON does not survive a round trip through plan.Document")
	}
}

func TestNotText(t *testing.T) {
	for _, tt := range []struct {
		src []byte
		enc string
		msg string
	}{
		{[]byte("Điều 1.\x00abc"), "", "bad.bin: input is not text: control byte 0x00 at offset 10"},
		{[]byte("Quy\xffết định"), "utf-8", "bad.bin: input is not UTF-8 text: invalid byte 0xff at offset 3"},
		{[]byte{0xff, 0xfe, 0x00}, "", "bad.bin: input is not utf-16le text: odd length 1"},
		{[]byte("abc\x01def"), "", "bad.bin: input is not text: control byte 0x01 at offset 3"},
	} {
		doc, err := (&Config{Encoding: tt.enc}).Decision("bad.bin", tt.src)
		if doc != nil || !errors.Is(err, ErrNotText) || err.Error() != tt.msg {
			t.Errorf("Decision(%q) = %v, %v; want %q", tt.src, doc, err, tt.msg)
		}
	}
	c := Config{MaxSize: 10}
	if _, err := c.Decision("big.txt", []byte("Điều 1. Quyết định này")); !errors.Is(err, ErrTooBig) {
		t.Errorf("over the size limit: %v", err)
	}
	if _, err := (&Config{Encoding: "latin-9"}).Decision("x.txt", []byte("x")); !errors.Is(err, ErrEncoding) {
		t.Errorf("unknown encoding: %v", err)
	}
}

// The seed re-encoded as Word and other programs save it gives the same
// tasks: Windows line ends, a UTF-8 byte order mark, NFD, UTF-16 with a
// byte order mark, and Windows-1258 (named or detected).
func TestSeedVariants(t *testing.T) {
	src := readSeed(t)
	want, _ := json.Marshal(parseSeed(t).Plans[0].Tasks)
	utf16 := func(order xunicode.Endianness) []byte {
		b, err := xunicode.UTF16(order, xunicode.UseBOM).NewEncoder().Bytes(src)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// Windows-1258 has â, ă, ê, ô, ơ, ư as letters and the tone marks as
	// combining characters: decompose, then put the letters back together.
	var vn []rune
	for _, r := range norm.NFD.String(string(src)) {
		if (r == 0x302 || r == 0x306 || r == 0x31B) && len(vn) > 0 {
			// NFD puts a dot below before the circumflex: find the letter.
			k := len(vn) - 1
			for k > 0 && vn[k] >= 0x300 && vn[k] <= 0x36F {
				k--
			}
			vn[k] = []rune(norm.NFC.String(string(vn[k]) + string(r)))[0]
			continue
		}
		vn = append(vn, r)
	}
	cp1258, err := charmap.Windows1258.NewEncoder().Bytes([]byte(string(vn)))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		name string
		enc  string
		src  []byte
	}{
		{"crlf", "", bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))},
		{"bom", "", append([]byte("\xef\xbb\xbf"), src...)},
		{"nfd", "", []byte(norm.NFD.String(string(src)))},
		{"utf-16le", "", utf16(xunicode.LittleEndian)},
		{"utf-16be", "", utf16(xunicode.BigEndian)},
		{"windows-1258 named", "windows-1258", cp1258},
		{"windows-1258 detected", "", cp1258},
	} {
		doc, err := (&Config{Encoding: v.enc}).Decision(v.name, v.src)
		if doc == nil {
			t.Errorf("%s: %v", v.name, err)
			continue
		}
		got, _ := json.Marshal(doc.Plans[0].Tasks)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: tasks differ from the seed's", v.name)
		}
	}
}

func TestDiagnosticsSortedAndWarned(t *testing.T) {
	var warned []string
	c := Config{Warn: func(e *Error) { warned = append(warned, e.Error()) }}
	doc, err := c.Decision("seed.txt", readSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(warned) != len(doc.Diagnostics) || len(warned) == 0 {
		t.Fatalf("%d warnings for %d diagnostics", len(warned), len(doc.Diagnostics))
	}
	if want := "seed.txt:190:3: row has no number; taken as task 24, between the rows around it"; warned[0] != want {
		t.Errorf("first warning %q, want %q", warned[0], want)
	}
	for i := 1; i < len(doc.Diagnostics); i++ {
		a, b := doc.Diagnostics[i-1], doc.Diagnostics[i]
		if a.Line > b.Line || a.Line == b.Line && a.Column > b.Column {
			t.Errorf("diagnostics not sorted at %d", i)
		}
	}
}

func TestSections(t *testing.T) {
	src := "KẾ HOẠCH\nCÔNG TÁC NĂM 2024\n\nA. NHIỆM VỤ CHUNG\nBảo đảm tiến độ.\na) Rà soát hồ sơ;\n- Báo cáo định kỳ.\nI. NHIỆM VỤ CỤ THỂ\n1. Xây dựng cơ sở dữ liệu. Đơn vị chủ trì: Sở Tư pháp; Thời hạn: Quý II/2024.\n1.1. Chuẩn bị hạ tầng\n"
	doc, err := Decision("s.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Plans[0]
	var got []string
	for _, s := range p.Sections {
		got = append(got, s.No+"|"+s.Title+"|"+strings.ReplaceAll(s.Text, "\n", "/"))
	}
	want := "A|NHIỆM VỤ CHUNG|Bảo đảm tiến độ./a) Rà soát hồ sơ;/- Báo cáo định kỳ. I|NHIỆM VỤ CỤ THỂ| 1.1|Chuẩn bị hạ tầng|"
	if strings.Join(got, " ") != want {
		t.Errorf("sections\n got  %s\n want %s", strings.Join(got, " "), want)
	}
	if len(p.Tasks) != 1 || p.Tasks[0].No != "1" || p.Tasks[0].Section != "I" || p.Tasks[0].Lead[0].ID != "so-tu-phap" || p.Tasks[0].Deadline.Value() != "2024-Q2" {
		t.Errorf("tasks %+v", p.Tasks)
	}
	if len(doc.Diagnostics) != 0 {
		t.Errorf("diagnostics %+v", doc.Diagnostics)
	}
}

// checkGolden compares got with the golden file, rewriting it first with
// -update, and returns the file's content.
func checkGolden(t *testing.T, golden string, got []byte) []byte {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s; run go test ./parse -update and review the diff", golden)
	}
	return want
}

// The status of every seed task on two days, and the summary by lead unit.
func TestSeedStatus(t *testing.T) {
	p := parseSeed(t).Plans[0]
	for _, tt := range []struct {
		asOf    deadline.Date
		want    string // the status of tasks 1..25 in order
		summary string
	}{
		{civil.D(2023, 6, 30),
			"overdue ongoing overdue overdue later ongoing ongoing ongoing ongoing later ongoing ongoing due-soon due-soon waiting due-soon ongoing ongoing ongoing ongoing ongoing waiting ongoing none none",
			"Cục Kiểm soát thủ tục hành chính: 23 tasks, 3 overdue, 3 due soon"},
		{civil.D(2023, 12, 31),
			"overdue ongoing overdue overdue due-soon ongoing ongoing ongoing ongoing overdue ongoing ongoing overdue overdue waiting overdue ongoing ongoing ongoing ongoing ongoing waiting ongoing none none",
			"Cục Kiểm soát thủ tục hành chính: 23 tasks, 7 overdue, 1 due soon"},
	} {
		var got []string
		for _, task := range p.Tasks {
			st, _ := task.StatusOn(tt.asOf, 30)
			got = append(got, string(st))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("as of %v:\n got  %s\n want %s", tt.asOf, strings.Join(got, " "), tt.want)
		}
		var sum []string
		for _, s := range p.Summary(tt.asOf, 30) {
			sum = append(sum, fmt.Sprintf("%s: %d tasks, %d overdue, %d due soon", s.Unit.Name, s.Tasks, s.Overdue, s.DueSoon))
		}
		if strings.Join(sum, "; ") != tt.summary {
			t.Errorf("summary as of %v: %s", tt.asOf, strings.Join(sum, "; "))
		}
	}
}

// Tasks that name the same units get their own copies: changing or
// growing one task's units leaves the others alone.
func TestTaskUnitsAreCopies(t *testing.T) {
	doc, _ := Decision("seed.txt", readSeed(t))
	tasks := doc.Plans[0].Tasks
	a, b := &tasks[0], &tasks[1]
	if len(a.Lead) == 0 || len(b.Lead) == 0 || a.Lead[0].ID != b.Lead[0].ID {
		t.Fatalf("tasks 1 and 2 should share their lead unit: %v, %v", a.Lead, b.Lead)
	}
	want := b.Lead[0]
	a.Lead[0].Name = "changed"
	a.Lead = append(a.Lead, a.Lead[0], a.Lead[0])
	a.Partners = append(a.Partners, a.Lead[0])
	if b.Lead[0] != want {
		t.Errorf("task 2's lead changed with task 1's: %+v", b.Lead[0])
	}
	for _, task := range tasks[1:] {
		for _, u := range append(task.Lead, task.Partners...) {
			if u.Name == "changed" {
				t.Errorf("task %s shares units with task 1", task.No)
			}
		}
	}
}
