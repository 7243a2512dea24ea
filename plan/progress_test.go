package plan

import (
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

func TestParseState(t *testing.T) {
	for in, want := range map[string]State{
		"chưa thực hiện": NotStarted, "Đang thực hiện": InProgress, "  hoàn thành  ": Done,
		"HOÀN THÀNH ĐÚNG HẠN": DoneOnTime, "hoan thanh qua han": DoneLate, "Đã hoàn thành": Done,
		"done-late": DoneLate, "": StateUnknown,
	} {
		if got, ok := ParseState(in); !ok || got != want {
			t.Errorf("ParseState(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := ParseState("xong"); ok {
		t.Error(`ParseState("xong") succeeded`)
	}
}

func TestOutcome(t *testing.T) {
	dl := func(s string) deadline.Schedule {
		d, err := deadline.Parse(s, deadline.Context{Year: 2025})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	asOf := civil.D(2025, 7, 1)
	tests := []struct {
		deadline string
		report   Report
		want     Outcome
	}{
		{"Quý I/2025", Report{State: Done, Done: civil.D(2025, 3, 31)}, OutcomeDoneOnTime},
		{"Quý I/2025", Report{State: DoneOnTime, Done: civil.D(2025, 4, 1)}, OutcomeDoneLate}, // the date decides
		{"Quý I/2025", Report{State: DoneLate}, OutcomeDoneLate},
		{"Quý I/2025", Report{State: Done}, OutcomeDoneOnTime},
		{"Quý I/2025", Report{State: InProgress}, OutcomeOpenLate},
		{"Quý I/2025", Report{}, OutcomeOpenLate},
		{"Quý III/2025", Report{}, OutcomeOpen},
		{"Thường xuyên", Report{State: InProgress}, OutcomeOpen},
		{"Thường xuyên", Report{State: Done, Done: civil.D(2025, 5, 1)}, OutcomeDoneOnTime},
		{"Hằng quý", Report{State: Done, Done: civil.D(2025, 4, 2)}, OutcomeDoneOnTime}, // the quarter due after it
		{"Theo lịch của Tổ Công tác", Report{}, OutcomeOpen},
	}
	for _, tt := range tests {
		task := Task{Deadline: dl(tt.deadline)}
		if got := task.Outcome(tt.report, asOf); got != tt.want {
			t.Errorf("%s, %+v: %s, want %s", tt.deadline, tt.report, got, tt.want)
		}
	}
}

func TestAccount(t *testing.T) {
	dl, _ := deadline.Parse("Tháng 3/2025", deadline.Context{})
	p := Plan{Tasks: []Task{
		{Key: "a", Lead: unit.Split("Bộ Tư pháp, Bộ Công an"), Deadline: dl},
		{Key: "b", Lead: unit.Split("Bộ Tư pháp"), Deadline: dl},
		{Key: "c", Lead: unit.Split("Sở Tư pháp tỉnh X"), Deadline: dl},
	}}
	acc := p.Account(Progress{"a": {State: Done, Done: civil.D(2025, 4, 10)}, "c": {State: DoneOnTime}}, civil.D(2025, 6, 1))
	got := map[string][4]int{}
	for _, a := range acc {
		got[a.Unit.Name] = [4]int{a.DoneOnTime, a.DoneLate, a.Open, a.OpenLate}
		if a.Tasks != a.DoneOnTime+a.DoneLate+a.Open+a.OpenLate {
			t.Errorf("%s: %+v does not add up", a.Unit.Name, a)
		}
	}
	want := map[string][4]int{"Bộ Tư pháp": {0, 1, 0, 1}, "Bộ Công an": {0, 1, 0, 0}, "Sở Tư pháp tỉnh X": {1, 0, 0, 0}}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %v, want %v (all %v)", k, got[k], w, got)
		}
	}
}

func TestStatusesByUnit(t *testing.T) {
	month, _ := deadline.Parse("Tháng 3/2025", deadline.Context{})
	ongoing, _ := deadline.Parse("Thường xuyên", deadline.Context{})
	p := Plan{Tasks: []Task{
		{Lead: unit.Split("Bộ Tư pháp, Bộ Công an"), Deadline: month},
		{Lead: unit.Split("Bộ Tư pháp"), Deadline: ongoing},
		{Lead: unit.Split("Bộ Tư pháp"), Deadline: month},
	}}
	got := map[string]map[Status]int{}
	for _, u := range p.StatusesByUnit(civil.D(2025, 6, 1), 7) {
		got[u.Unit.Name] = u.Count
		if n := u.Count[Overdue] + u.Count[Ongoing]; n != u.Tasks {
			t.Errorf("%s: %d tasks, counted %v", u.Unit.Name, u.Tasks, u.Count)
		}
	}
	if got["Bộ Tư pháp"][Overdue] != 2 || got["Bộ Tư pháp"][Ongoing] != 1 || got["Bộ Công an"][Overdue] != 1 {
		t.Errorf("counts %v", got)
	}
}
