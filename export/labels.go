package export

import (
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/plan"
)

var statusLabels = map[plan.Status]string{
	plan.Overdue: "Quá hạn",
	plan.DueSoon: "Sắp đến hạn",
	plan.Later:   "Trong hạn",
	plan.Ongoing: "Thường xuyên",
	plan.Waiting: "Chờ lịch, văn bản khác",
	plan.Event:   "Theo sự kiện",
	plan.None:    "Chưa rõ thời hạn",
}

// StatusLabel returns the Vietnamese name of a status for a reader:
// "Quá hạn" (overdue), "Sắp đến hạn" (due soon), "Trong hạn" (later),
// "Thường xuyên" (ongoing), "Chờ lịch, văn bản khác" (waiting), "Theo sự
// kiện" (event), "Chưa rõ thời hạn" (none).
func StatusLabel(s plan.Status) string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return string(s)
}

var kindLabels = [...]string{
	deadline.KindUnknown:   "Chưa rõ",
	deadline.KindDate:      "Ngày",
	deadline.KindMonth:     "Tháng",
	deadline.KindQuarter:   "Quý",
	deadline.KindHalf:      "6 tháng",
	deadline.KindYear:      "Năm",
	deadline.KindRange:     "Khoảng thời gian",
	deadline.KindRecurring: "Định kỳ",
	deadline.KindOngoing:   "Thường xuyên",
	deadline.KindSchedule:  "Theo lịch",
	deadline.KindReference: "Theo văn bản",
	deadline.KindEvent:     "Theo sự kiện",
	deadline.KindRelative:  "Tính từ mốc",
	deadline.KindList:      "Nhiều mốc",
}

// KindLabel returns the Vietnamese name of a deadline kind: "Tháng"
// (month), "Quý" (quarter), "Thường xuyên" (ongoing), ...
func KindLabel(k deadline.Kind) string {
	if int(k) < len(kindLabels) {
		return kindLabels[k]
	}
	return k.String()
}

var stateLabels = map[plan.State]string{
	plan.NotStarted: "chưa thực hiện",
	plan.InProgress: "đang thực hiện",
	plan.Done:       "hoàn thành",
	plan.DoneOnTime: "hoàn thành đúng hạn",
	plan.DoneLate:   "hoàn thành quá hạn",
}

// StateLabel returns the words a follow-up sheet uses for a reported
// state: "chưa thực hiện", "đang thực hiện", "hoàn thành đúng hạn",
// "hoàn thành quá hạn".
func StateLabel(s plan.State) string { return stateLabels[s] }

var outcomeLabels = map[plan.Outcome]string{
	plan.OutcomeDoneOnTime: "Hoàn thành đúng hạn",
	plan.OutcomeDoneLate:   "Hoàn thành quá hạn",
	plan.OutcomeOpen:       "Chưa hoàn thành, trong hạn",
	plan.OutcomeOpenLate:   "Chưa hoàn thành, quá hạn",
}

// OutcomeLabel returns the Vietnamese name of an outcome, as the
// Government Office's reports count them.
func OutcomeLabel(o plan.Outcome) string { return outcomeLabels[o] }
