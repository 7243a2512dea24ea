package plan

import (
	"sort"
	"strings"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/unit"
)

// Delta is what changed in the tasks between two versions of a document:
// a draft and its final text, an appendix re-issued after a
// restructuring, a plan and its amendment.
type Delta struct {
	// Changes are the tasks added, removed or changed, in the order of the
	// new version; a removed task comes where it stood in the old one.
	Changes []Change `json:"changes"`
	// Same counts the tasks found in both versions without a change.
	Same int `json:"same"`
}

// ChangeKind says what happened to a task.
type ChangeKind string

// Kinds of change.
const (
	TaskAdded   ChangeKind = "added"   // only in the new version
	TaskRemoved ChangeKind = "removed" // only in the old version
	TaskChanged ChangeKind = "changed" // in both, with fields that differ
)

// Field names a part of a task that a change touches.
type Field string

// Fields compared by Diff.
const (
	FieldNo       Field = "no"       // the task's number (renumbered)
	FieldContent  Field = "content"  // reworded
	FieldLead     Field = "lead"     // lead units
	FieldPartners Field = "partners" // partner units
	FieldDeadline Field = "deadline" // moved
	FieldOutput   Field = "output"   // the expected product
)

// TaskRef names a task of one version.
type TaskRef struct {
	Key     string `json:"key"`
	No      string `json:"no"`
	Content string `json:"content"`
	Line    int    `json:"line"`
}

// Change is one task added, removed or changed.
type Change struct {
	Kind ChangeKind `json:"kind"`
	Old  *TaskRef   `json:"old,omitempty"` // nil when added
	New  *TaskRef   `json:"new,omitempty"` // nil when removed
	// Similarity of the two contents, from 0 to 1, for a changed task.
	Similarity float64 `json:"similarity,omitempty"`
	// Fields are the parts that differ, in the order of the Field
	// constants; empty unless Kind is TaskChanged.
	Fields []FieldChange `json:"fields,omitempty"`
}

// FieldChange is one part of a task as it was and as it is.
type FieldChange struct {
	Field Field  `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
	// Units says, for lead and partners, which units came, went or were
	// succeeded by another body.
	Units []UnitChange `json:"units,omitempty"`
}

// UnitChangeKind says what happened to a unit of a lead or partner list.
type UnitChangeKind string

// Kinds of unit change.
const (
	UnitAdded   UnitChangeKind = "added"
	UnitRemoved UnitChangeKind = "removed"
	// UnitSucceeded: the old unit was restructured and the new version
	// names the body that took over its work (the registry's successor),
	// as when Bộ Thông tin và Truyền thông merged into Bộ Khoa học và
	// Công nghệ in 2025. The successor may be the same field's unit that
	// was already there, or, for partners, the lead.
	UnitSucceeded UnitChangeKind = "succeeded"
	// UnitMoved: a partner that the new version names as lead.
	UnitMoved UnitChangeKind = "moved"
)

// UnitChange is one unit that came, went or was succeeded.
type UnitChange struct {
	Kind UnitChangeKind `json:"kind"`
	Old  *unit.Ref      `json:"old,omitempty"`
	New  *unit.Ref      `json:"new,omitempty"`
}

// minSimilarity is the least content similarity at which two tasks with
// different contents are taken for one task reworded.
const minSimilarity = 0.5

// Diff compares the tasks of two versions of a document. Tasks are matched
// by their content, not their number (numbers shift when a task is put in
// or taken out): first those with the same content, then the most similar
// (shared words, at least half), preferring the same number and the same
// place in the plan, and last a task rewritten in place (as many tasks
// between the same matched neighbours, a quarter of the words shared). Units are compared by registry id, and a unit whose
// registry successor on the new version's date (the last body of its
// chain when the new version has no date) stands in the new list is a
// succession, not a removal and an addition. Either document may be nil.
func Diff(old, new *Document) *Delta {
	ot, nt := allTasks(old), allTasks(new)
	on := civil.D(9999, 12, 31)
	if new != nil && !new.Date.IsZero() {
		on = new.Date
	}
	match := matchTasks(ot, nt) // match[i] = index in nt, or -1
	back := make([]int, len(nt))
	for j := range back {
		back[j] = -1
	}
	for i, j := range match {
		if j >= 0 {
			back[j] = i
		}
	}
	d := &Delta{Changes: []Change{}}
	// Walk the new version; put each removed task after the new task
	// matched to the old task before it.
	emitRemoved := func(from, to int) { // old tasks from..to-1 that are unmatched
		for i := from; i < to; i++ {
			if match[i] < 0 {
				d.Changes = append(d.Changes, Change{Kind: TaskRemoved, Old: refOf(ot[i])})
			}
		}
	}
	nextOld := 0
	for j, t := range nt {
		i := back[j]
		if i < 0 {
			d.Changes = append(d.Changes, Change{Kind: TaskAdded, New: refOf(t)})
			continue
		}
		if i >= nextOld {
			emitRemoved(nextOld, i)
			nextOld = i + 1
		}
		fields := compareTasks(ot[i], t, on)
		if len(fields) == 0 {
			d.Same++
			continue
		}
		d.Changes = append(d.Changes, Change{Kind: TaskChanged, Old: refOf(ot[i]), New: refOf(t),
			Similarity: round2(similarity(words(ot[i].Content), words(t.Content))), Fields: fields})
	}
	emitRemoved(nextOld, len(ot))
	return d
}

func allTasks(d *Document) []Task {
	if d == nil {
		return nil
	}
	var out []Task
	for _, p := range d.Plans {
		out = append(out, p.Tasks...)
	}
	return out
}

func refOf(t Task) *TaskRef {
	return &TaskRef{Key: t.Key, No: t.No, Content: t.Content, Line: t.Line}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// matchTasks pairs old tasks with new ones; see Diff.
func matchTasks(ot, nt []Task) []int {
	match := make([]int, len(ot))
	used := make([]bool, len(nt))
	for i := range match {
		match[i] = -1
	}
	// Same content: pair in order, nearest position first.
	byText := map[string][]int{}
	for j, t := range nt {
		k := contentKey(t.Content)
		byText[k] = append(byText[k], j)
	}
	for i, t := range ot {
		cands := byText[contentKey(t.Content)]
		best := -1
		for _, j := range cands {
			if !used[j] && (best < 0 || abs(relPos(i, len(ot))-relPos(j, len(nt))) < abs(relPos(i, len(ot))-relPos(best, len(nt)))) {
				best = j
			}
		}
		if best >= 0 {
			match[i], used[best] = best, true
		}
	}
	// Similar content: the best-scoring pairs first.
	type pair struct {
		i, j  int
		score float64
	}
	var pairs []pair
	ow := make([]map[string]int, len(ot))
	nw := make([]map[string]int, len(nt))
	for j, t := range nt {
		if !used[j] {
			nw[j] = words(t.Content)
		}
	}
	for i, t := range ot {
		if match[i] >= 0 {
			continue
		}
		ow[i] = words(t.Content)
		for j := range nt {
			if used[j] {
				continue
			}
			s := similarity(ow[i], nw[j])
			if s < minSimilarity {
				continue
			}
			score := s + 0.05*(1-abs(relPos(i, len(ot))-relPos(j, len(nt))))
			if ot[i].No != "" && ot[i].No == nt[j].No {
				score += 0.05
			}
			pairs = append(pairs, pair{i, j, score})
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].score > pairs[b].score })
	for _, p := range pairs {
		if match[p.i] < 0 && !used[p.j] {
			match[p.i], used[p.j] = p.j, true
		}
	}
	matchInPlace(ot, nt, match, used)
	return match
}

// minInPlace is the least similarity at which a task rewritten where it
// stood is taken for the same task.
const minInPlace = 0.25

// matchInPlace pairs the tasks left between two matched neighbours when
// as many stand there in both versions: a task rewritten in place, in
// the same order, sharing at least a quarter of its words.
func matchInPlace(ot, nt []Task, match []int, used []bool) {
	prevNew := -1
	for i := 0; i <= len(ot); {
		if i < len(ot) && match[i] >= 0 {
			prevNew = match[i]
			i++
			continue
		}
		// Old tasks i..k-1 are unmatched; find the next matched one.
		k := i
		for k < len(ot) && match[k] < 0 {
			k++
		}
		nextNew := len(nt)
		if k < len(ot) {
			nextNew = match[k]
		}
		if k > i && nextNew-prevNew-1 == k-i {
			free := true
			for j := prevNew + 1; j < nextNew; j++ {
				free = free && !used[j]
			}
			for o, j := i, prevNew+1; free && o < k; o, j = o+1, j+1 {
				if similarity(words(ot[o].Content), words(nt[j].Content)) >= minInPlace {
					match[o], used[j] = j, true
				}
			}
		}
		if k == len(ot) {
			break
		}
		i = k
	}
}

func relPos(i, n int) float64 {
	if n <= 1 {
		return 0
	}
	return float64(i) / float64(n-1)
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// contentKey is a task's content up to case, accents and spacing.
func contentKey(s string) string { return strings.Join(wordList(s), " ") }

// wordList returns the folded words of s.
func wordList(s string) []string {
	f := vntext.Fold(s)
	return strings.FieldsFunc(f, func(r rune) bool { return !vntext.IsWordRune(r) })
}

// words returns the folded words of s with their counts.
func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range wordList(s) {
		m[w]++
	}
	return m
}

// similarity is the Dice coefficient of two word multisets.
func similarity(a, b map[string]int) float64 {
	na, nb, common := 0, 0, 0
	for w, n := range a {
		na += n
		common += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	if na+nb == 0 {
		return 1
	}
	return 2 * float64(common) / float64(na+nb)
}

// compareTasks returns the fields in which two matched tasks differ.
func compareTasks(o, n Task, on civil.Date) []FieldChange {
	var out []FieldChange
	if o.No != n.No {
		out = append(out, FieldChange{Field: FieldNo, Old: o.No, New: n.No})
	}
	if !sameText(o.Content, n.Content) {
		out = append(out, FieldChange{Field: FieldContent, Old: o.Content, New: n.Content})
	}
	if uc := compareUnits(o.Lead, n.Lead, nil, on); len(uc) > 0 {
		out = append(out, FieldChange{Field: FieldLead, Old: unitNames(o.Lead), New: unitNames(n.Lead), Units: uc})
	}
	if uc := compareUnits(o.Partners, n.Partners, n.Lead, on); len(uc) > 0 {
		out = append(out, FieldChange{Field: FieldPartners, Old: unitNames(o.Partners), New: unitNames(n.Partners), Units: uc})
	}
	if !sameDeadline(o.Deadline, n.Deadline) {
		out = append(out, FieldChange{Field: FieldDeadline, Old: o.Deadline.Raw, New: n.Deadline.Raw})
	}
	if !sameText(o.Output, n.Output) {
		out = append(out, FieldChange{Field: FieldOutput, Old: o.Output, New: n.Output})
	}
	return out
}

// sameText compares two texts up to spacing and a final full stop or
// semicolon.
func sameText(a, b string) bool {
	trim := func(s string) string {
		return strings.TrimRight(vntext.CollapseSpace(s), " .;")
	}
	return trim(a) == trim(b)
}

// sameDeadline compares the times two schedules name: "Tháng 6/2025" and
// "6/2025" are the same deadline.
func sameDeadline(a, b deadline.Schedule) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == deadline.KindUnknown || a.Value() == "" {
		return contentKey(a.Raw) == contentKey(b.Raw)
	}
	return a.Value() == b.Value() && a.Mod == b.Mod && a.Onward == b.Onward
}

func unitNames(refs []unit.Ref) string {
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.Name
	}
	return strings.Join(names, "; ")
}

// unitKey identifies a unit across versions: its registry id, or its name
// up to case and accents.
func unitKey(r unit.Ref) string {
	if r.ID != "" {
		return r.ID
	}
	return "name:" + contentKey(r.Name)
}

// compareUnits lists what changed from the units old to the units new.
// also holds units of another field where a successor may stand (the
// lead, for partners).
func compareUnits(old, new, also []unit.Ref, on civil.Date) []UnitChange {
	old, new, also = expandRefs(old), expandRefs(new), expandRefs(also)
	newAt := map[string]int{}
	for k, r := range new {
		if _, ok := newAt[unitKey(r)]; !ok {
			newAt[unitKey(r)] = k
		}
	}
	alsoAt := map[string]int{}
	for k, r := range also {
		alsoAt[unitKey(r)] = k
	}
	oldKeys := map[string]bool{}
	for _, r := range old {
		oldKeys[unitKey(r)] = true
	}
	explained := make([]bool, len(new))
	var out []UnitChange
	for _, r := range old {
		k := unitKey(r)
		if j, ok := newAt[k]; ok {
			explained[j] = true
			continue
		}
		if s := successorKey(r, on); s != k {
			if j, ok := newAt[s]; ok {
				explained[j] = true
				out = append(out, UnitChange{Kind: UnitSucceeded, Old: refPtr(r), New: refPtr(new[j])})
				continue
			}
			if j, ok := alsoAt[s]; ok {
				out = append(out, UnitChange{Kind: UnitSucceeded, Old: refPtr(r), New: refPtr(also[j])})
				continue
			}
		}
		if j, ok := alsoAt[k]; ok {
			out = append(out, UnitChange{Kind: UnitMoved, Old: refPtr(r), New: refPtr(also[j])})
			continue
		}
		out = append(out, UnitChange{Kind: UnitRemoved, Old: refPtr(r)})
	}
	for j, r := range new {
		if !explained[j] && !oldKeys[unitKey(r)] {
			out = append(out, UnitChange{Kind: UnitAdded, New: refPtr(r)})
		}
	}
	return out
}

// expandRefs replaces a unit outside the registry whose name is only
// registry names run together ("Bộ Thông tin và Truyền thông Bộ Khoa học
// và Công nghệ", a cell the splitter could not cut) by those units, so
// that they compare by id.
func expandRefs(refs []unit.Ref) []unit.Ref {
	var out []unit.Ref
	for k, r := range refs {
		var parts []unit.Ref
		if r.ID == "" {
			parts = registryNames(r.Name)
		}
		if len(parts) == 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append([]unit.Ref(nil), refs[:k]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return refs
	}
	return out
}

// registryNames returns the registry units that s consists of, with
// nothing but spaces, commas and "và" between them, or nil.
func registryNames(s string) []unit.Ref {
	var out []unit.Ref
	reg := unit.Default()
	for rest := s; ; {
		u, start, end, ok := reg.Find(rest)
		if !ok {
			if !isGlue(rest) {
				return nil
			}
			break
		}
		if !isGlue(rest[:start]) {
			return nil
		}
		out = append(out, unit.Ref{Raw: rest[start:end], Name: u.Name, ID: u.ID, Kind: u.Kind})
		rest = rest[end:]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// isGlue reports whether s holds only what separates names in a list.
func isGlue(s string) bool {
	for _, w := range wordList(s) {
		if w != "va" {
			return false
		}
	}
	return true
}

// successorKey is the key of the body that did a unit's work on the day
// on, following the registry's restructurings.
func successorKey(r unit.Ref, on civil.Date) string {
	if r.ID == "" {
		return unitKey(r)
	}
	if u, ok := unit.Successor(r.ID, on); ok {
		return u.ID
	}
	return r.ID
}

func refPtr(r unit.Ref) *unit.Ref {
	r.Start, r.End = 0, 0
	return &r
}
