package plan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

func TestStatusOn(t *testing.T) {
	asOf := civil.D(2023, 6, 30)
	for _, tt := range []struct{ phrase, want string }{
		{"Tháng 03/2023", "overdue 2023-03-31"},
		{"Tháng 06/2023", "due-soon 2023-06-30"},
		{"Trước ngày 15/7/2023", "due-soon 2023-07-15"},
		{"Tháng 09/2023", "later 2023-09-30"},
		{"Thường xuyên", "ongoing "},
		{"Từ tháng 3/2023", "ongoing "},
		{"Theo lịch của Tổ Công tác", "waiting "},
		{"Theo tiến độ tại Quyết định số 766/QĐ-TTg", "waiting "},
		{"Sau khi Nghị định được ban hành", "event "},
		{"Báo cáo kết quả", "none "},
		{"Hằng quý", "due-soon 2023-06-30"},
		{"Hằng năm", "later 2023-12-31"},
		{"Tháng 6 và tháng 12/2023", "due-soon 2023-06-30"},
		{"Tháng 3 và tháng 4/2023", "overdue 2023-04-30"},
		{"Trong vòng 30 ngày kể từ ngày ký", "waiting "},
	} {
		s, _ := deadline.Parse(tt.phrase, deadline.Context{Year: 2023})
		st, due := Task{Deadline: s}.StatusOn(asOf, 30)
		if got := string(st) + " " + due.String(); got != tt.want {
			t.Errorf("%q on %v: %s, want %s", tt.phrase, asOf, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	mk := func(lead, dl string) Task {
		s, _ := deadline.Parse(dl, deadline.Context{Year: 2023})
		return Task{Lead: unit.Split(lead), Deadline: s}
	}
	p := Plan{Tasks: []Task{
		mk("Viện Hàn lâm Khoa học xã hội Việt Nam", "Tháng 03/2023"),
		mk("Đài Truyền hình Việt Nam", "Trước ngày 15/7/2023"),
		mk("Bộ Y tế", "Tháng 03/2023"),
		mk("Bộ Y tế, Đài Truyền hình Việt Nam", "Thường xuyên"),
		mk("Ban Chỉ đạo tỉnh", "Tháng 12/2023"),
	}}
	var got []string
	for _, s := range p.Summary(civil.D(2023, 6, 30), 30) {
		got = append(got, fmt.Sprintf("%s:%d/%d/%d", s.Unit.Name, s.Tasks, s.Overdue, s.DueSoon))
	}
	want := "Ban Chỉ đạo tỉnh:1/0/0 Bộ Y tế:2/1/0 Đài Truyền hình Việt Nam:2/0/1 Viện Hàn lâm Khoa học xã hội Việt Nam:1/1/0"
	if strings.Join(got, " ") != want {
		t.Errorf("Summary\n got  %s\n want %s", strings.Join(got, " "), want)
	}
}
