package plan

import (
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

// State is what the office following a plan up reports of a task.
type State uint8

// States of a task, as follow-up sheets write them.
const (
	StateUnknown State = iota // nothing reported
	NotStarted                // chưa thực hiện
	InProgress                // đang thực hiện
	Done                      // hoàn thành, on time or not unsaid
	DoneOnTime                // hoàn thành đúng hạn
	DoneLate                  // hoàn thành quá hạn
)

var stateNames = [...]string{"", "not-started", "in-progress", "done", "done-on-time", "done-late"}

// String returns the state's name as used in JSON: "not-started",
// "in-progress", "done", "done-on-time", "done-late", or "" when unknown.
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "state?"
}

// MarshalText implements encoding.TextMarshaler.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseState reads a state as a follow-up sheet writes it, in Vietnamese
// ("chưa thực hiện", "Đang thực hiện", "hoàn thành đúng hạn", "Hoàn
// thành quá hạn", "hoàn thành", "đã hoàn thành") in any case and with or
// without diacritics, or by its JSON name. It reports false for text it
// does not know; blank text is StateUnknown.
func ParseState(s string) (State, bool) {
	f := contentKey(s)
	if f == "" {
		return StateUnknown, true
	}
	for i, n := range stateNames {
		if i > 0 && contentKey(n) == f {
			return State(i), true
		}
	}
	switch f {
	case "chua thuc hien", "chua trien khai", "chua bat dau":
		return NotStarted, true
	case "dang thuc hien", "dang trien khai":
		return InProgress, true
	case "hoan thanh", "da hoan thanh":
		return Done, true
	case "hoan thanh dung han", "da hoan thanh dung han", "hoan thanh dung thoi han":
		return DoneOnTime, true
	case "hoan thanh qua han", "da hoan thanh qua han", "hoan thanh cham", "hoan thanh tre han":
		return DoneLate, true
	}
	return StateUnknown, false
}

// Report is what a follow-up sheet says of one task.
type Report struct {
	State State `json:"state"`
	// Done is the day the task was completed, when given.
	Done Date `json:"done,omitzero"`
}

// Progress is the reports on a plan's tasks, by task key.
type Progress map[string]Report

// Outcome is how a task counts in an on-time report, the way the
// Government Office counts the tasks it follows up.
type Outcome string

// Outcomes.
const (
	OutcomeDoneOnTime Outcome = "done-on-time" // hoàn thành đúng hạn
	OutcomeDoneLate   Outcome = "done-late"    // hoàn thành quá hạn
	OutcomeOpen       Outcome = "open"         // chưa hoàn thành, trong hạn
	OutcomeOpenLate   Outcome = "open-late"    // chưa hoàn thành, quá hạn
)

// Outcome returns how the task counts on the day asOf given its report. A
// completion date decides on time or late against the due date; without
// one, the state does ("hoàn thành" alone counts as on time). A task not
// done is late once its due date has passed (see StatusOn; a recurring
// or continuous task never is).
func (t Task) Outcome(r Report, asOf Date) Outcome {
	switch r.State {
	case Done, DoneOnTime, DoneLate:
		due := t.Deadline.Due()
		if t.Deadline.Kind == deadline.KindRecurring || t.Deadline.Kind == deadline.KindList {
			due, _ = t.Deadline.DueAsOf(r.Done)
		}
		switch {
		case !r.Done.IsZero() && !due.IsZero():
			if r.Done.After(due) {
				return OutcomeDoneLate
			}
			return OutcomeDoneOnTime
		case r.State == DoneLate:
			return OutcomeDoneLate
		}
		return OutcomeDoneOnTime
	}
	if st, _ := t.StatusOn(asOf, 0); st == Overdue {
		return OutcomeOpenLate
	}
	return OutcomeOpen
}

// Account counts the tasks one unit leads by outcome.
type Account struct {
	Unit       unit.Ref `json:"unit"`
	Tasks      int      `json:"tasks"`
	DoneOnTime int      `json:"done_on_time"`
	DoneLate   int      `json:"done_late"`
	Open       int      `json:"open"`
	OpenLate   int      `json:"open_late"`
}

// Account counts, for each unit that leads tasks of the plan, its tasks
// by outcome on the day asOf given the progress reported (a task with no
// report is not done). A task with several leads counts for each. Units
// are in the order Summary gives them.
func (p *Plan) Account(prog Progress, asOf Date) []Account {
	var out []Account
	at := map[string]int{}
	for _, s := range p.Summary(asOf, 0) {
		at[summaryKey(s.Unit)] = len(out)
		out = append(out, Account{Unit: s.Unit})
	}
	for _, t := range p.Tasks {
		o := t.Outcome(prog[t.Key], asOf)
		for _, r := range t.Lead {
			k, ok := at[summaryKey(r)]
			if !ok {
				continue
			}
			a := &out[k]
			a.Tasks++
			switch o {
			case OutcomeDoneOnTime:
				a.DoneOnTime++
			case OutcomeDoneLate:
				a.DoneLate++
			case OutcomeOpen:
				a.Open++
			case OutcomeOpenLate:
				a.OpenLate++
			}
		}
	}
	return out
}

func summaryKey(r unit.Ref) string {
	if r.ID != "" {
		return r.ID
	}
	return "name:" + r.Name
}
