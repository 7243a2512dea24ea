package parse

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
)

// Numbering that restarts in each section still gives every task its own
// key, and the calendar a UID of its own for each.
func TestKeysUniqueWhenNumbersRestart(t *testing.T) {
	src := []byte("KẾ HOẠCH\nCÔNG TÁC NĂM 2024\n\n" +
		"| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n" +
		"| I | CẢI CÁCH THỂ CHẾ | | |\n" +
		"| 1 | Rà soát văn bản | Sở Tư pháp | Quý I/2024 |\n" +
		"| 2 | Sửa đổi quy định | Sở Tư pháp | Quý II/2024 |\n" +
		"| II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | | |\n" +
		"| 1 | Cắt giảm thủ tục | Sở Nội vụ | Quý III/2024 |\n" +
		"| 2 | Công bố thủ tục | Sở Nội vụ | Quý IV/2024 |\n" +
		"| 2 | Công bố lại thủ tục | Sở Nội vụ | Quý IV/2024 |\n")
	doc, err := Decision("kh.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, task := range doc.Plans[0].Tasks {
		keys = append(keys, task.Key)
	}
	if got, want := strings.Join(keys, " "), "1/I/1 1/I/2 1/II/1 1/II/2 1/L12"; got != want {
		t.Errorf("keys %s, want %s", got, want)
	}
	// Two parses of the same text give the same keys.
	again, _ := Decision("kh.txt", src)
	for i, task := range again.Plans[0].Tasks {
		if task.Key != keys[i] {
			t.Errorf("second parse: key %s, want %s", task.Key, keys[i])
		}
	}
	var ics bytes.Buffer
	if err := export.WriteICS(&ics, doc); err != nil {
		t.Fatal(err)
	}
	uids := regexp.MustCompile(`(?m)^UID:(.*)\r$`).FindAllStringSubmatch(ics.String(), -1)
	seen := map[string]bool{}
	for _, m := range uids {
		if seen[m[1]] {
			t.Errorf("UID %s given twice", m[1])
		}
		seen[m[1]] = true
	}
	if len(seen) != 5 {
		t.Errorf("%d UIDs for 5 tasks", len(seen))
	}
}

// TasksLedBy takes any name the registry knows a unit by.
func TestTasksLedByName(t *testing.T) {
	p := parseSeed(t).Plans[0]
	for _, name := range []string{"vpcp-ksttthc", "Cục Kiểm soát thủ tục hành chính", "Cục Kiểm soát TTHC", "cuc kiem soat thu tuc hanh chinh"} {
		if got := len(p.TasksLedBy(name)); got != 23 {
			t.Errorf("TasksLedBy(%q) = %d tasks, want 23", name, got)
		}
	}
	if got := len(p.TasksLedBy("Bộ Ngoại giao")); got != 0 {
		t.Errorf("TasksLedBy(Bộ Ngoại giao) = %d tasks", got)
	}
}

// A caller's vocabulary names columns the default one does not know.
func TestConfigVocabulary(t *testing.T) {
	src := []byte("KẾ HOẠCH\nCÔNG TÁC NĂM 2024\n\n" +
		"| STT | Việc cần làm | Người thực hiện | Hạn chót |\n|---|---|---|---|\n" +
		"| 1 | Rà soát văn bản | Sở Tư pháp | Quý I/2024 |\n" +
		"| 2 | Sửa đổi quy định | Sở Nội vụ | Quý II/2024 |\n")
	v := DefaultVocabulary()
	v.Headers = append(v.Headers, Term{Phrase: "Việc cần làm", Role: RoleContent},
		Term{Phrase: "Người thực hiện", Role: RoleLead}, Term{Phrase: "hạn chót", Role: RoleDeadline})
	c := Config{Vocabulary: v}
	doc, err := c.Decision("kh.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	tasks := doc.Plans[0].Tasks
	if len(tasks) != 2 || tasks[0].Content != "Rà soát văn bản" || tasks[0].Lead[0].ID != "so-tu-phap" || tasks[1].Deadline.Value() != "2024-Q2" {
		t.Errorf("tasks %+v", tasks)
	}
	// Without it the header is not one, and the rows are read by their
	// cells.
	doc, _ = Decision("kh.txt", src)
	if len(doc.Plans) > 0 && len(doc.Plans[0].Columns) > 0 {
		t.Errorf("the default vocabulary took %q as a header", doc.Plans[0].Columns)
	}
}

// Format prints what it can for any list, and never panics.
func TestFormatOutOfRange(t *testing.T) {
	src := []byte("Dòng một\n\tDòng hai có tab\n")
	list := ErrorList{
		{Position: Position{Filename: "a.txt", Line: 2, Column: 40}, Len: 99, Message: "past the end"},
		{Position: Position{Filename: "a.txt", Line: 9, Column: 1}, Message: "no such line"},
		{Position: Position{Filename: "a.txt", Line: 0, Column: -3}, Message: "no line at all"},
		nil,
	}
	got := list.Format(src)
	for _, want := range []string{"a.txt:2:40: past the end\n 2 |  Dòng hai có tab\n   | ", "a.txt:9:1: no such line\n", "a.txt: no line at all\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Format = %q, want it to hold %q", got, want)
		}
	}
	if ErrorList(nil).Format(nil) != "" || list.Format([]byte{0, 1, 0xff}) == "" {
		t.Error("Format of empty or binary input")
	}
}

// The sentinels say what kind of error a list holds.
func TestErrorSentinels(t *testing.T) {
	_, err := Decision("x.txt", []byte("Ghi chú\n"))
	if !errors.Is(err, ErrNotUnderstood) {
		t.Errorf("%v is not ErrNotUnderstood", err)
	}
	_, err = Decision("x.txt", []byte("KẾ HOẠCH\nX\n\n| STT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n| | a | b | c |\n"))
	if !errors.Is(err, ErrNoTasks) {
		t.Errorf("%v is not ErrNoTasks", err)
	}
}
