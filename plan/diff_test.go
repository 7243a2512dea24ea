package plan_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

const corpusReal = "../../shared/corpus/real"

func parseText(t testing.TB, name, text string) *plan.Document {
	t.Helper()
	doc, _ := parse.Decision(name, []byte(text))
	if doc == nil {
		t.Fatalf("%s: no document", name)
	}
	return doc
}

func readCorpus(t *testing.T, name string) *plan.Document { return readCorpusB(t, name) }

func readCorpusB(t testing.TB, name string) *plan.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(corpusReal, name))
	if err != nil {
		t.Skipf("corpus absent (%v): the real version pair is in ../shared/corpus/real", err)
	}
	doc, _ := parse.Decision(name, src)
	return doc
}

const planV1 = `KẾ HOẠCH
RÀ SOÁT NĂM 2025

| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời hạn |
|---|---|---|---|---|---|
| 1 | Rà soát thủ tục hành chính về đất đai | Bộ Tài nguyên và Môi trường | Bộ Tư pháp | Báo cáo | Tháng 6/2025 |
| 2 | Xây dựng nền tảng số dùng chung cho các bộ | Bộ Thông tin và Truyền thông | Bộ Kế hoạch và Đầu tư, Bộ Công an | Nền tảng số | 12/2025 |
| 3 | Tổng kết việc thực hiện kế hoạch | Văn phòng Chính phủ | Các bộ, ngành | Báo cáo tổng kết | Quý IV/2025 |
| 4 | Tập huấn cán bộ làm công tác kiểm soát thủ tục hành chính | Bộ Nội vụ | | Lớp tập huấn | Năm 2025 |
`

// planV2 puts a task in at 2 (numbers shift), rewords and re-dates one,
// gives task 2's work to the successors of the 2025 merger, changes an
// output and drops the training.
const planV2 = `KẾ HOẠCH
RÀ SOÁT NĂM 2025

| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời hạn |
|---|---|---|---|---|---|
| 1 | Rà soát thủ tục hành chính về đất đai | Bộ Tài nguyên và Môi trường | Bộ Tư pháp | Báo cáo | Tháng 6/2025 |
| 2 | Số hóa hồ sơ giải quyết thủ tục hành chính | Bộ Công an | Các bộ, ngành, địa phương | Kho dữ liệu | Quý III/2025 |
| 3 | Xây dựng và vận hành nền tảng số dùng chung cho các bộ | Bộ Khoa học và Công nghệ | Bộ Tài chính, Bộ Công an | Nền tảng số | 12/2026 |
| 4 | Tổng kết việc thực hiện kế hoạch | Văn phòng Chính phủ | Các bộ, ngành | Báo cáo tổng kết, kiến nghị | Quý IV/2025 |
`

func TestDiffConstructed(t *testing.T) {
	d := plan.Diff(parseText(t, "v1.md", planV1), parseText(t, "v2.md", planV2))
	type field struct{ Field, Old, New string }
	type change struct {
		Kind, Old, New string
		Fields         []field
		Units          []string
	}
	var got []change
	for _, c := range d.Changes {
		g := change{Kind: string(c.Kind)}
		if c.Old != nil {
			g.Old = c.Old.No
		}
		if c.New != nil {
			g.New = c.New.No
		}
		for _, f := range c.Fields {
			g.Fields = append(g.Fields, field{string(f.Field), f.Old, f.New})
			for _, u := range f.Units {
				s := string(f.Field) + " " + string(u.Kind) + ":"
				if u.Old != nil {
					s += " " + u.Old.ID
				}
				if u.New != nil {
					s += " " + u.New.ID
				}
				g.Units = append(g.Units, s)
			}
		}
		got = append(got, g)
	}
	want := []change{
		{Kind: "added", New: "2"},
		{Kind: "changed", Old: "2", New: "3",
			Fields: []field{
				{"no", "2", "3"},
				{"content", "Xây dựng nền tảng số dùng chung cho các bộ", "Xây dựng và vận hành nền tảng số dùng chung cho các bộ"},
				{"lead", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"},
				{"partners", "Bộ Kế hoạch và Đầu tư; Bộ Công an", "Bộ Tài chính; Bộ Công an"},
				{"deadline", "12/2025", "12/2026"},
			},
			Units: []string{"lead succeeded: btttt bkhcn", "partners succeeded: bkhdt btc"}},
		{Kind: "changed", Old: "3", New: "4",
			Fields: []field{{"no", "3", "4"}, {"output", "Báo cáo tổng kết", "Báo cáo tổng kết, kiến nghị"}}},
		{Kind: "removed", Old: "4"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	if d.Same != 1 {
		t.Errorf("same = %d, want 1", d.Same)
	}
}

// A task rewritten where it stood, sharing few words, is still the same
// task; an unrelated one in its place is not.
func TestDiffInPlace(t *testing.T) {
	head := "KẾ HOẠCH\nTHỬ\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
	row := func(no int, content string) string {
		return fmt.Sprintf("| %d | %s | Bộ Tư pháp | Quý II/2025 |\n", no, content)
	}
	old := parseText(t, "a.md", head+row(1, "Rà soát các thủ tục hành chính")+row(2, "Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn quốc")+row(3, "Tổng kết"))
	rewritten := parseText(t, "b.md", head+row(1, "Rà soát các thủ tục hành chính")+row(2, "Vận hành, khai thác và bảo trì hệ thống cơ sở dữ liệu hộ tịch tại các tỉnh, thành phố trực thuộc trung ương")+row(3, "Tổng kết"))
	unrelated := parseText(t, "c.md", head+row(1, "Rà soát các thủ tục hành chính")+row(2, "Tập huấn nghiệp vụ cho cán bộ")+row(3, "Tổng kết"))
	d := plan.Diff(old, rewritten)
	if len(d.Changes) != 1 || d.Changes[0].Kind != plan.TaskChanged || d.Changes[0].Fields[0].Field != plan.FieldContent {
		t.Errorf("rewritten: %+v", d.Changes)
	}
	d = plan.Diff(old, unrelated)
	if len(d.Changes) != 2 || d.Changes[0].Kind != plan.TaskAdded || d.Changes[1].Kind != plan.TaskRemoved {
		t.Errorf("unrelated: %+v", d.Changes)
	}
}

func TestDiffIdentical(t *testing.T) {
	a, b := parseText(t, "a.md", planV1), parseText(t, "b.md", planV1)
	d := plan.Diff(a, b)
	if len(d.Changes) != 0 || d.Same != 4 {
		t.Errorf("identical inputs: %d changes, %d same; want 0, 4", len(d.Changes), d.Same)
	}
	d = plan.Diff(nil, a)
	if len(d.Changes) != 4 || d.Changes[0].Kind != plan.TaskAdded {
		t.Errorf("from nothing: %+v", d.Changes)
	}
}

// The task appendix of Nghị quyết 03/NQ-CP before and after the 2025
// merger: Bộ Thông tin và Truyền thông's tasks go to Bộ Khoa học và Công
// nghệ, Bộ Kế hoạch và Đầu tư's to Bộ Tài chính; task 14 gains a
// paragraph; no task comes or goes.
func TestDiffRealPair(t *testing.T) {
	v1, v2 := readCorpus(t, "vnmp-nq03-pl2-v1.md"), readCorpus(t, "vnmp-nq03-pl2-v2.md")
	if n := len(v1.Plans[0].Tasks); n != 140 {
		t.Fatalf("v1 has %d tasks, want 140", n)
	}
	same := plan.Diff(v1, v1)
	if len(same.Changes) != 0 || same.Same != 140 {
		t.Errorf("v1 against itself: %d changes, %d same", len(same.Changes), same.Same)
	}
	d := plan.Diff(v1, v2)
	succeeded := map[string]int{} // "field old>new"
	byNo := map[string]plan.Change{}
	for _, c := range d.Changes {
		if c.Kind != plan.TaskChanged {
			t.Errorf("%s task %+v: the pair has no added or removed task", c.Kind, c.Old)
			continue
		}
		if c.Old.No != c.New.No {
			t.Errorf("task %s matched to %s", c.Old.No, c.New.No)
		}
		byNo[c.New.No] = c
		for _, f := range c.Fields {
			for _, u := range f.Units {
				switch u.Kind {
				case plan.UnitSucceeded:
					succeeded[string(f.Field)+" "+u.Old.ID+">"+u.New.ID]++
				case plan.UnitAdded:
					if u.New.ID == "bkhcn" || u.New.ID == "btc" {
						t.Errorf("task %s: %s added as a new unit, not as a successor", c.New.No, u.New.Name)
					}
				}
			}
		}
	}
	// Counted from the two files' cells: Bộ Thông tin và Truyền thông
	// leaves 35 lead cells and 21 partner cells for Bộ Khoa học và Công
	// nghệ (in task 140 the partner merges into the lead); Bộ Kế hoạch và
	// Đầu tư leaves 9 lead cells for Bộ Tài chính (task 46's lead drops it
	// outright) and 9 partner cells (in tasks 28 and 35 Bộ Tài chính is
	// the lead).
	want := map[string]int{
		"lead btttt>bkhcn":     35,
		"lead bkhdt>btc":       9,
		"partners btttt>bkhcn": 21,
		"partners bkhdt>btc":   9,
	}
	for k, n := range want {
		if succeeded[k] != n {
			t.Errorf("%s: %d successions, want %d", k, succeeded[k], n)
		}
	}
	if len(d.Changes) != 70 || d.Same != 70 {
		t.Errorf("%d changed, %d same; want 70, 70", len(d.Changes), d.Same)
	}
	// Task 14 gains the Labour Code paragraph.
	c14 := byNo["14"]
	if len(c14.Fields) == 0 || c14.Fields[0].Field != plan.FieldContent || !strings.Contains(c14.Fields[0].New, "Luật Lao động") {
		t.Errorf("task 14: %+v, want its content changed first", c14.Fields)
	}
	// Task 3 gains Bộ Giáo dục và Đào tạo as a partner.
	found := false
	for _, f := range byNo["3"].Fields {
		for _, u := range f.Units {
			found = found || f.Field == plan.FieldPartners && u.Kind == plan.UnitAdded && u.New.ID == "bgddt"
		}
	}
	if !found {
		t.Errorf("task 3: %+v, want Bộ Giáo dục và Đào tạo added to partners", byNo["3"].Fields)
	}
	// Task 28: Bộ Tài chính was a partner and now leads.
	found = false
	for _, f := range byNo["28"].Fields {
		for _, u := range f.Units {
			found = found || u.Kind == plan.UnitMoved && u.Old.ID == "btc"
		}
	}
	if !found {
		t.Errorf("task 28: %+v, want Bộ Tài chính moved from partner to lead", byNo["28"].Fields)
	}
	// No deadline moved in the re-issue.
	for _, c := range d.Changes {
		for _, f := range c.Fields {
			if f.Field == plan.FieldDeadline {
				t.Errorf("task %s: deadline %q -> %q", c.New.No, f.Old, f.New)
			}
		}
	}
}

// Every text document of the real corpus compared with itself, and with
// its text reflowed (runs of spaces, Windows line ends), shows no change.
func TestDiffCorpusSelf(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusReal, "*.md"))
	if len(files) == 0 {
		t.Skip("corpus absent: ../shared/corpus/real")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := parse.Decision(filepath.Base(f), src)
		b, _ := parse.Decision(filepath.Base(f), []byte(strings.ReplaceAll(strings.ReplaceAll(string(src), "\n", "\r\n"), " | ", "  |  ")))
		n := 0
		for _, p := range a.Plans {
			n += len(p.Tasks)
		}
		for _, other := range []*plan.Document{a, b} {
			d := plan.Diff(a, other)
			if len(d.Changes) != 0 || d.Same != n {
				t.Errorf("%s: %d changes, %d same of %d; %+v", filepath.Base(f), len(d.Changes), d.Same, n, d.Changes)
				break
			}
		}
	}
}
