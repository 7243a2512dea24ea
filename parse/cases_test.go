package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// Constructed cases, one per shape of the real plans the parser reads:
// each input is small and written for the shape, beside the real
// documents of the shared corpus that have it (realcorpus_test.go).

// shapeHead is the header of a provincial plan the cases put their body
// under.
const shapeHead = `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 12/KH-UBND
An Giang, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2026

`

// shapeCase is a constructed input and what must be read from it.
type shapeCase struct {
	name string
	body string // under shapeHead
	// tasks, one a line: "no | content | leads | partners | deadline | output",
	// leads and partners joined with "; ".
	tasks []string
	codes []plan.Code // diagnostics that must be reported
}

// caseLine prints a task as the cases write it.
func caseLine(t *plan.Task) string {
	names := func(us []unit.Ref) string {
		var s []string
		for _, u := range us {
			s = append(s, u.Name)
		}
		return strings.Join(s, "; ")
	}
	return strings.Join([]string{t.No, t.Content, names(t.Lead), names(t.Partners), t.Deadline.Raw, t.Output}, " | ")
}

func runShapes(t *testing.T, cases []shapeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := []byte(shapeHead + c.body)
			doc, _ := Decision(c.name+".txt", src)
			if doc == nil {
				t.Fatal("no document")
			}
			accounted(t, c.name, src, doc)
			var got []string
			for pi := range doc.Plans {
				for ti := range doc.Plans[pi].Tasks {
					got = append(got, caseLine(&doc.Plans[pi].Tasks[ti]))
				}
			}
			if diff := cmp.Diff(c.tasks, got); diff != "" {
				t.Errorf("tasks (-want +got):\n%s\ngot:\n%s", diff, quoteLines(got))
			}
			seen := map[plan.Code]bool{}
			for _, d := range doc.Diagnostics {
				seen[d.Code] = true
				if d.Code == CodeUnplaced && !wants(c.codes, CodeUnplaced) {
					t.Errorf("%d:%d: %s", d.Line, d.Column, d.Message)
				}
			}
			for _, code := range c.codes {
				if !seen[code] {
					t.Errorf("no %s diagnostic; have:\n%s", code, diagnosticLines(c.name, doc.Diagnostics))
				}
			}
		})
	}
}

func wants(codes []plan.Code, c plan.Code) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

func quoteLines(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "\t%q,\n", l)
	}
	return b.String()
}
