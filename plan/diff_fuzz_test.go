package plan_test

import (
	"testing"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// FuzzDiff: for any two texts, Diff accounts for every task once: the
// old ones are same, changed or removed; the new ones same, changed or
// added.
func FuzzDiff(f *testing.F) {
	f.Add(planV1, planV2)
	f.Add(planV2, planV1)
	f.Add(planV1, "")
	f.Fuzz(func(t *testing.T, a, b string) {
		old, _ := parse.Decision("a.md", []byte(a))
		new, _ := parse.Decision("b.md", []byte(b))
		d := plan.Diff(old, new)
		count := func(doc *plan.Document) int {
			n := 0
			if doc != nil {
				for _, p := range doc.Plans {
					n += len(p.Tasks)
				}
			}
			return n
		}
		kinds := map[plan.ChangeKind]int{}
		for _, c := range d.Changes {
			kinds[c.Kind]++
			if c.Kind == plan.TaskChanged && len(c.Fields) == 0 {
				t.Error("a changed task with no field changed")
			}
		}
		if d.Same+kinds[plan.TaskChanged]+kinds[plan.TaskRemoved] != count(old) ||
			d.Same+kinds[plan.TaskChanged]+kinds[plan.TaskAdded] != count(new) {
			t.Errorf("same %d, %v: old has %d tasks, new %d", d.Same, kinds, count(old), count(new))
		}
	})
}
