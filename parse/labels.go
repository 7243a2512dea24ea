package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// A labelled task names its parts by labels: "Đơn vị chủ trì: Sở Nội vụ;
// Thời gian: Quý II/2025", inline after the task or on lines of their own
// under it ("- Cơ quan thực hiện: ...", "b) Cơ quan thực hiện:" over "-
// Đơn vị chủ trì: ..."). Items above it at its level that have no labels
// of their own share its labels ("1.1." and "1.2." over one block of
// labels). A "Nhiệm vụ:" label gives the task's content.

// labelledTask reads item i as a labelled task, with the items that share
// its labels; it reports false when the item names neither a lead nor a
// deadline by labels.
func (s *state) labelledTask(pb *planBuilder, items []item, i int) bool {
	it := &items[i]
	if it.kind == mkNone {
		return false
	}
	text, parts := s.labelText(items, i)
	labels := s.vocab.findLabels(text)
	if !namesTask(labels) || labelHeading(labels, parts) {
		return false
	}
	// The items before it at its level, without labels or items under
	// them, share its labels.
	var sharing []int
	for j := i - 1; j >= 0; j-- {
		o := &items[j]
		if o.done || o.kind != it.kind || o.depth != it.depth || o.parent != it.parent || len(o.kids) > 0 {
			break
		}
		if namesTask(s.vocab.findLabels(o.text)) {
			break
		}
		sharing = append(sharing, j)
	}
	slices.Reverse(sharing) // in reading order
	for _, j := range sharing {
		o := &items[j]
		pb.rows = append(pb.rows, s.labelRow(pb, o, o.text, text, labels))
		s.takeItem(o, rdItem)
	}
	pb.rows = append(pb.rows, s.labelRow(pb, it, "", text, labels))
	s.takeItem(it, rdItem)
	for _, k := range parts {
		s.takeItem(&items[k], rdItem)
	}
	return true
}

// sharesLabels reports whether item i, without labels or items under it,
// is followed at its level by such items and then by one with labels,
// whose labels it shares.
func (s *state) sharesLabels(items []item, i int) bool {
	it := &items[i]
	if it.kind == mkNone || len(it.kids) > 0 || namesTask(s.vocab.findLabels(it.text)) {
		return false
	}
	// The scan of the item before it at its level went over it: its own
	// scan ends where that one did. (Items after the one being read are
	// not read yet, so what was scanned is as it was.)
	if c := &s.lastShare; shareCache && c.first == &items[0] && c.i < i && i < c.stop {
		return c.found
	}
	j, found := i+1, false
	for ; j < len(items); j++ {
		o := &items[j]
		if o.done || o.kind != it.kind || o.depth != it.depth || o.parent != it.parent {
			break
		}
		if s.namesTaskAt(items, j) {
			found = true
			break
		}
		if len(o.kids) > 0 {
			break
		}
	}
	s.lastShare = shareScan{first: &items[0], i: i, stop: j, found: found}
	return found
}

// shareScan is the last scan of sharesLabels: from item i of the items
// whose first is first, over the items at its level up to stop, and
// whether the one at stop has labels that name a task.
type shareScan struct {
	first   *item
	i, stop int
	found   bool
}

// shareCache turns the reuse of the last scan on; the oracle test turns
// it off.
var shareCache = true

// namesTaskAt reports whether the labels of item j, with the items under
// it, name a lead or a deadline. It is asked for each item before j at
// its level: the answer is kept, so that finding it costs once an item.
func (s *state) namesTaskAt(items []item, j int) bool {
	o := &items[j]
	if o.tasked == 0 {
		text, parts := s.labelText(items, j)
		o.tasked = 1
		if lbs := s.vocab.findLabels(text); namesTask(lbs) && !labelHeading(lbs, parts) {
			o.tasked = 2
		}
	}
	return o.tasked == 2
}

// namesTask reports whether labels name a lead or a deadline.
func namesTask(labels []label) bool {
	for _, lb := range labels {
		if lb.role == RoleLead || lb.role == RoleDeadline {
			return true
		}
	}
	return false
}

// labelHeading reports a numbered item that is only a label of the plan
// ("2. Thời gian thực hiện: Từ tháng 10/2025 ..."): its text starts with
// the label, no item under it holds labels, and none gives content; there
// is no task to label.
func labelHeading(labels []label, parts []int) bool {
	return labels[0].start == 0 && len(parts) == 0 && !hasRole(labels, RoleContent)
}

// hasRole reports whether one of labels has role r.
func hasRole(labels []label, r Role) bool {
	for _, lb := range labels {
		if lb.role == r {
			return true
		}
	}
	return false
}

// labelText returns the text of item i with the items under it that hold
// labels (and the items under those), joined as written, and the indexes
// of those items.
func (s *state) labelText(items []item, i int) (string, []int) {
	var text strings.Builder // grown once a kid, not copied whole
	text.WriteString(items[i].text)
	var parts []int
	var walk func(k int)
	walk = func(k int) {
		parts = append(parts, k)
		text.WriteString(" ")
		text.WriteString(s.lines(&items[k]))
		for _, c := range items[k].kids {
			walk(c)
		}
	}
	labelled := false // a kid holds a label of the vocabulary
	for _, k := range items[i].kids {
		if lbs := s.vocab.findLabels(items[k].text); len(lbs) > 0 && lbs[0].start <= 2 {
			labelled = true
		}
	}
	for _, k := range items[i].kids {
		kid := &items[k]
		if kid.kind == mkNumber || kid.kind == mkDotted {
			continue // a numbered item has labels of its own
		}
		if lbs := s.vocab.findLabels(kid.text); len(lbs) > 0 && lbs[0].start <= 2 || s.contentLabel(kid.text) || labelled && otherLabel(kid.text) {
			walk(k)
		}
	}
	return text.String(), parts
}

// otherLabel reports a line that starts with a label outside the
// vocabulary, "Số lượng: 02 hội nghị", beside labels of the vocabulary: a
// detail of the task, kept in its paragraph.
func otherLabel(t string) bool {
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 60 {
		return false
	}
	ws := words(t[:k])
	return len(ws) >= 1 && len(ws) <= 5 && ws[0].upper && ws[0].start <= 2
}

// contentLabel reports a line that starts with the label of a task's
// content: "Nhiệm vụ:".
func (s *state) contentLabel(t string) bool {
	f := foldPhrase(strings.TrimLeft(t, "-+*• "))
	return strings.HasPrefix(f, "nhiem vu:") || strings.HasPrefix(f, "nhiem vu :")
}

// labelRow makes the task row of a labelled item. own is the item's own
// text when it shares the labels of text; else the content is text before
// its first label, or the "Nhiệm vụ:" label's value.
func (s *state) labelRow(pb *planBuilder, it *item, own, text string, labels []label) taskRow {
	r := taskRow{no: strings.TrimSuffix(strings.TrimSuffix(it.marker, "."), ")"), section: pb.section, pos: it.pos, prose: true}
	if it.kind == mkDash || it.kind == mkPlus {
		r.no = ""
	}
	cellAt := func(t string) rowCell {
		return rowCell{text: strings.Trim(vntext.TrimSpace(t), "-;,. "), pos: it.pos, online: true}
	}
	content := own
	if content == "" {
		content = text[:labels[0].start]
		if v, ok := s.taskLabelValue(text); ok {
			content = v
		}
	}
	r.cols = append(r.cols, column{role: RoleContent}, column{name: "paragraph"})
	r.cells = append(r.cells, cellAt(strings.TrimSuffix(vntext.TrimSpace(content), ":")), cellAt(text))
	leads := 0
	for i, lb := range labels {
		end := len(text)
		if i+1 < len(labels) {
			end = labels[i+1].start
		}
		value := text[lb.end:end]
		switch lb.role {
		case RoleLead:
			// "Sở X chủ trì, phối hợp với Y": the lead is the subject, the
			// partners follow "phối hợp với". A second lead label ("Đơn
			// vị thực hiện" beside "Đơn vị chủ trì") keeps its name.
			lead, partners := s.leadValue(value)
			if strings.TrimSpace(lead) == "" {
				continue // "Cơ quan thực hiện:" over the lines that name them
			}
			if leads++; leads > 1 {
				r.cols = append(r.cols, column{name: lb.name})
				r.cells = append(r.cells, cellAt(value))
				continue
			}
			r.cols = append(r.cols, column{role: RoleLead})
			r.cells = append(r.cells, cellAt(lead))
			if partners != "" && !hasLabel(labels, RolePartners) {
				r.cols = append(r.cols, column{role: RolePartners})
				r.cells = append(r.cells, cellAt(partners))
			}
		case RoleContent:
			// The "Nhiệm vụ:" label gave the content.
		default:
			r.cols = append(r.cols, column{role: lb.role, name: lb.name})
			r.cells = append(r.cells, cellAt(value))
		}
	}
	return r
}

func hasLabel(labels []label, r Role) bool {
	for _, lb := range labels {
		if lb.role == r {
			return true
		}
	}
	return false
}

// taskLabelValue returns the value of a "Nhiệm vụ:" label in text: what
// follows it up to the next label.
func (s *state) taskLabelValue(text string) (string, bool) {
	for _, name := range []string{"Nhiệm vụ:", "nhiệm vụ:", "NHIỆM VỤ:", "Nhiệm vụ :"} {
		k := strings.Index(text, name)
		if k < 0 {
			continue
		}
		rest := text[k+len(name):]
		if lbs := s.vocab.findLabels(rest); len(lbs) > 0 {
			rest = rest[:lbs[0].start]
		}
		rest = strings.TrimRight(vntext.TrimSpace(rest), " -;,.")
		rest = strings.TrimLeft(rest, "-+*• ")
		return rest, rest != ""
	}
	return "", false
}

// leadValue reads the value of a lead label: "Sở Lao động - Thương binh và
// Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh" gives the lead
// and the partners; a value that names units only is the lead whole.
func (s *state) leadValue(v string) (lead, partners string) {
	v = strings.Trim(vntext.TrimSpace(v), "-;,. ")
	start, end, ok := s.subjectIn(v, false)
	if !ok || end >= len(v) {
		return v, ""
	}
	return v[start:end], s.partnersIn(v[end:])
}

// label is a label found in a paragraph: "Đơn vị chủ trì:".
type label struct {
	start, end int // the label and its colon
	role       Role
	name       string // the label as written, for roles other than the known
}

// findLabels finds the labels of the vocabulary in text, in any case,
// followed by a colon ("Đơn vị chủ trì:", "thời gian :"). It works back
// from each colon, as colons are few.
func (v *vocab) findLabels(text string) []label {
	var out []label
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], ':')
		if k < 0 {
			break
		}
		colon := from + k
		end := len(vntext.TrimRightSpace(text[from:colon])) + from
		best, role := -1, RoleOther // where the longest label ending at end starts
		for _, t := range v.labels {
			if start, ok := suffixFold(text[from:end], t.Phrase); ok && (best < 0 || from+start < best) {
				best, role = from+start, t.Role
			}
		}
		if best >= 0 {
			out = append(out, label{start: best, end: colon + 1, role: role, name: vntext.CollapseSpace(text[best:end])})
		}
		from = colon + 1
	}
	return out
}

// suffixFold reports whether s ends with suffix under Unicode simple case
// folding, and where in s it starts.
func suffixFold(s, suffix string) (int, bool) {
	i, j := len(s), len(suffix)
	for j > 0 {
		if i == 0 {
			return 0, false
		}
		r1, n1 := utf8.DecodeLastRuneInString(s[:i])
		r2, n2 := utf8.DecodeLastRuneInString(suffix[:j])
		if r1 != r2 && !foldsTo(r1, r2) {
			return 0, false
		}
		i -= n1
		j -= n2
	}
	return i, true
}

// foldsTo reports whether r and l are the same letter in another case.
func foldsTo(r, l rune) bool {
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}
