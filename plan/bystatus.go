package plan

import "github.com/kehoach/kehoach/unit"

// UnitStatuses counts the tasks one unit leads by their status on a day.
type UnitStatuses struct {
	Unit  unit.Ref       `json:"unit"`
	Tasks int            `json:"tasks"`
	Count map[Status]int `json:"count"` // tasks by status; a status no task has is absent
}

// StatusesByUnit counts, for each unit that leads tasks of the plan, its
// tasks by status on the day asOf, with a window of within days for "due
// soon" (see Task.StatusOn). Units are in the order Summary gives them.
func (p *Plan) StatusesByUnit(asOf Date, within int) []UnitStatuses {
	var out []UnitStatuses
	at := map[string]int{}
	for _, s := range p.Summary(asOf, within) {
		at[summaryKey(s.Unit)] = len(out)
		out = append(out, UnitStatuses{Unit: s.Unit, Count: map[Status]int{}})
	}
	for _, t := range p.Tasks {
		st, _ := t.StatusOn(asOf, within)
		for _, r := range t.Lead {
			if k, ok := at[summaryKey(r)]; ok {
				out[k].Tasks++
				out[k].Count[st]++
			}
		}
	}
	return out
}
