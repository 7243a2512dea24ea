package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// TestICSRecurrenceRules checks the RRULE of each recurring shape: a day
// of every month recurs monthly, not yearly.
func TestICSRecurrenceRules(t *testing.T) {
	for _, tt := range []struct {
		deadline, rule string
	}{
		{"Trước ngày 20 hằng tháng", "RRULE:FREQ=MONTHLY"},
		{"Ngày 01 hằng tháng", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1"},
		{"Hằng tháng", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-2"},
		{"Hằng quý", "RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-2"},
		{"Hằng năm", "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-2"},
	} {
		doc := &plan.Document{Date: civil.D(2023, 3, 24), Plans: []plan.Plan{{Tasks: []plan.Task{task("1", "Báo cáo tiến độ", "Sở Tài chính", tt.deadline)}}}}
		var b bytes.Buffer
		c := export.ICS{Now: fixedNow}
		if err := c.Write(&b, doc); err != nil {
			t.Fatal(err)
		}
		var got string
		for _, l := range strings.Split(b.String(), "\r\n") {
			if strings.HasPrefix(l, "RRULE:") {
				got = l
			}
		}
		if got != tt.rule {
			t.Errorf("%q: %q, want %q", tt.deadline, got, tt.rule)
		}
	}
}
