package plan

import (
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

// Status is where a task stands on a given day.
type Status string

// Statuses, as used by the command-line program's JSON.
const (
	Overdue Status = "overdue"  // its due date has passed
	DueSoon Status = "due-soon" // due within the window (today included)
	Later   Status = "later"    // due after the window
	Ongoing Status = "ongoing"  // continuous work ("Thường xuyên"), or begun with no end
	Waiting Status = "waiting"  // on another body's schedule or document
	Event   Status = "event"    // when something happens ("Sau khi ... ban hành")
	None    Status = "none"     // no deadline, or one not understood
)

// StatusOn returns the status of the task on the day asOf, with a window
// of within days for "due soon", and the due date it is measured by (see
// deadline.Schedule.DueAsOf): for a recurring deadline or a list, the next
// occurrence from asOf on. A recurring task is never overdue: its next
// occurrence is always ahead.
func (t Task) StatusOn(asOf Date, within int) (Status, Date) {
	s := t.Deadline
	switch s.Kind {
	case deadline.KindOngoing:
		return Ongoing, Date{}
	case deadline.KindSchedule, deadline.KindReference:
		return Waiting, Date{}
	case deadline.KindEvent:
		return Event, Date{}
	case deadline.KindUnknown:
		return None, Date{}
	}
	due, ok := s.DueAsOf(asOf)
	if !ok && s.Kind == deadline.KindRecurring {
		return None, Date{}
	}
	if due.IsZero() {
		if s.Kind == deadline.KindRelative {
			return Waiting, Date{} // on its anchor
		}
		return Ongoing, Date{} // "Từ tháng 3/2023": begun, no end
	}
	switch {
	case due.Before(asOf):
		return Overdue, due
	case !due.After(asOf.AddDate(0, 0, within)):
		return DueSoon, due
	}
	return Later, due
}

// UnitSummary counts the tasks one unit leads, on a given day.
type UnitSummary struct {
	Unit    unit.Ref `json:"unit"`
	Tasks   int      `json:"tasks"`
	Overdue int      `json:"overdue"`
	DueSoon int      `json:"due_soon"`
}

// Summary counts, for each unit that leads tasks of the plan, its tasks,
// and those overdue and due soon on the day asOf. Units are sorted in
// Vietnamese alphabetical order of their names.
func (p *Plan) Summary(asOf Date, within int) []UnitSummary {
	index := map[string]int{}
	var refs []unit.Ref
	var out []UnitSummary
	for _, t := range p.Tasks {
		st, _ := t.StatusOn(asOf, within)
		for _, r := range t.Lead {
			key := r.ID
			if key == "" {
				key = "name:" + r.Name
			}
			k, ok := index[key]
			if !ok {
				k = len(out)
				index[key] = k
				ref := r
				ref.Raw, ref.Sub, ref.Note, ref.Start, ref.End = "", "", "", 0, 0
				out = append(out, UnitSummary{Unit: ref})
				refs = append(refs, ref)
			}
			out[k].Tasks++
			switch st {
			case Overdue:
				out[k].Overdue++
			case DueSoon:
				out[k].DueSoon++
			}
		}
	}
	// Sort the summaries in the order unit.Sort puts their units.
	unit.Sort(refs)
	sorted := make([]UnitSummary, 0, len(out))
	for _, r := range refs {
		key := r.ID
		if key == "" {
			key = "name:" + r.Name
		}
		sorted = append(sorted, out[index[key]])
	}
	return sorted
}
