package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/vntext"
)

// Duties of units: most plans of provinces and ministries, telegrams and
// conclusion notices assign work unit by unit in prose, not in a table.
// A duty is read from
//   - a unit heading over items: "1. Sở Y tế:" (or "Giao Sở Nội vụ:",
//     "Đề nghị Ủy ban nhân dân tỉnh ... sau:") over "- ...", "a) ..." or
//     paragraphs, each a duty of that unit; under it, "a) Chủ trì, phối hợp
//     với X:" groups its items with X as partners;
//   - an item that names its unit before a colon: "2. Sở Tài chính: tham
//     mưu ...";
//   - a sentence whose subject is a unit: "Sở Tài chính chủ trì, phối hợp
//     với ...", "Giao Bộ Xây dựng chủ trì ...", also after a topic ("Về dự
//     án X: giao Bộ ...") or an adverbial clause ("Để ..., Ủy ban nhân dân
//     tỉnh phối hợp ..."); an item of two such sentences gives two duties.
// The deadline is found in the duty's text (deadline.Find).

// duties reads item i as duties; it reports false when the item names no
// unit.
func (s *state) duties(pb *planBuilder, items []item, i int) bool {
	it := &items[i]
	start, end, ok := s.subject(it.text)
	if ok {
		rest := vntext.TrimSpace(it.text[end:])
		switch {
		case (rest == "" || strings.HasSuffix(rest, ":")) && len(it.kids) > 0 && utf8.RuneCountInString(rest) < 200:
			// A unit heading, or a lead-in, over the unit's duties. A
			// numbered one is a section; the text of another goes with
			// each duty.
			lead := it.text[start:end]
			group := s.partnersIn(rest)
			s.takeItem(it, rdDuty)
			heading := ""
			if it.kind == mkNumber || it.kind == mkDotted {
				pb.addSection(strings.TrimSuffix(it.marker, "."), it.text, 2, it.pos)
			} else {
				heading = it.text
			}
			for _, k := range it.kids {
				s.dutiesUnder(pb, items, k, lead, group, heading)
			}
			return true
		case strings.HasPrefix(rest, ":") && len(rest) > 1:
			// "2. Sở Tài chính: tham mưu ..."
			content := vntext.TrimSpace(rest[1:])
			for _, k := range it.kids {
				content += " " + fullText(items, k)
				s.takeItem(&items[k], rdDuty)
			}
			pb.rows = append(pb.rows, s.dutyRow(pb, it, fullText(items, i), content, it.text[start:end], s.partnersIn(content)))
			s.takeItem(it, rdDuty)
			return true
		}
	}
	// Sentences whose subject is a unit.
	found := false
	text := it.text
	if strings.HasSuffix(text, ":") && bulletsUnder(items, i) && !s.kidsAreDuties(items, i) {
		text = fullText(items, i) // "... cụ thể như sau:" and its bullets
	}
	for _, c := range s.clauses(text) {
		if !found {
			s.takeItem(it, rdDuty)
			if text != it.text {
				for _, k := range it.kids {
					s.takeTree(items, k)
				}
			}
		}
		found = true
		pb.rows = append(pb.rows, s.dutyRow(pb, it, text, c.content, c.lead, s.partnersIn(c.content)))
	}
	return found
}

// bulletsUnder reports whether the items under item i are bullets or
// paragraphs, the parts of one text, rather than numbered items.
func bulletsUnder(items []item, i int) bool {
	for _, k := range items[i].kids {
		if kind := items[k].kind; kind == mkNumber || kind == mkDotted {
			return false
		}
	}
	return len(items[i].kids) > 0
}

// kidsAreDuties reports whether the items under item i name units of
// their own, as a list of duties does.
func (s *state) kidsAreDuties(items []item, i int) bool {
	for _, k := range items[i].kids {
		if _, _, ok := s.subject(items[k].text); ok {
			return true
		}
	}
	return false
}

// takeTree claims item k and the items under it.
func (s *state) takeTree(items []item, k int) {
	s.takeItem(&items[k], rdDuty)
	for _, c := range items[k].kids {
		s.takeTree(items, c)
	}
}

// dutiesUnder reads item k, under a unit heading, as duties of lead. An
// item that groups others ("a) Chủ trì, phối hợp với X:") gives its items
// X as partners; others are a duty each, with the items under them.
func (s *state) dutiesUnder(pb *planBuilder, items []item, k int, lead, partners, heading string) {
	it := &items[k]
	if it.done {
		return
	}
	if len(it.kids) > 0 && s.groups(items, k) {
		group := s.partnersIn(it.text)
		s.takeItem(it, rdDuty)
		for _, c := range it.kids {
			s.dutiesUnder(pb, items, c, lead, group, vntext.TrimSpace(heading+"\n"+it.text))
		}
		return
	}
	content := fullText(items, k)
	p := s.partnersIn(content)
	if p == "" {
		p = partners
	}
	pb.rows = append(pb.rows, s.dutyRow(pb, it, vntext.TrimSpace(heading+"\n"+content), content, lead, p))
	s.takeTree(items, k)
}

// groups reports whether item k groups the items under it as duties of
// their own rather than listing the parts of one: its text says how the
// unit takes part ("Chủ trì, phối hợp với ...", "Phối hợp với ..."), and
// ends there, or with a colon.
func (s *state) groups(items []item, k int) bool {
	it := &items[k]
	t := it.text
	f := foldPhrase(t)
	if strings.HasPrefix(f, "chu tri") || strings.HasPrefix(f, "phoi hop") || strings.HasPrefix(f, "la co quan") {
		return strings.HasSuffix(t, ":") || !endsSentence(t) && utf8.RuneCountInString(t) < 300
	}
	// A heading of its own over a list: "2.1. Trách nhiệm chung" over a)
	// to đ).
	return len(it.kids) >= 2 && len(words(t)) <= 12 && !endsClause(t) || strings.HasSuffix(t, ":") && len(it.kids) >= 2 && !bulletsOnly(items, k)
}

// bulletsOnly reports whether the items under item k are dashes or plus
// signs: the parts of one text ("... như sau:" and its bullets), not
// duties.
func bulletsOnly(items []item, k int) bool {
	for _, c := range items[k].kids {
		if kind := items[c].kind; kind != mkDash && kind != mkPlus {
			return false
		}
	}
	return true
}

// clause is one assignment of a sentence: its text and its unit.
type clause struct {
	content, lead string
}

// clauses finds the assignments of a text: each sentence whose subject,
// at its start, after a topic ("Về X:") or after an adverbial clause
// ("Để ...,"), is a unit.
func (s *state) clauses(text string) []clause {
	var out []clause
	for _, sent := range sentences(text) {
		if c, ok := s.clauseOf(sent); ok {
			out = append(out, c)
		}
	}
	return out
}

// clauseOf reads one sentence as an assignment.
func (s *state) clauseOf(sent string) (clause, bool) {
	try := func(t string) (clause, bool) {
		start, end, ok := s.subject(t)
		if !ok || end >= len(t) || !startsPredicate(t[end:]) || promulgates(t[end:]) {
			return clause{}, false
		}
		return clause{content: t, lead: t[start:end]}, true
	}
	if c, ok := try(sent); ok {
		return c, true
	}
	// After a topic: "Về dự án X: giao Bộ Y ..."
	if k := strings.Index(sent, ": "); k > 0 && k < 200 {
		if c, ok := try(vntext.TrimSpace(sent[k+1:])); ok {
			return c, true
		}
	}
	// After an adverbial clause: "Để xác định vị trí ..., Ủy ban nhân dân
	// tỉnh phối hợp ...". The sentence is the duty.
	ws := words(sent)
	for j := 1; j < len(ws) && j < 30; j++ {
		if ws[j].start < 2 || sent[ws[j].start-2] != ',' {
			continue
		}
		if c, ok := try(sent[ws[j].start:]); ok && !s.reg.StartsUnit(sent) {
			c.content = sent
			return c, true
		}
	}
	return clause{}, false
}

// promulgates reports a predicate that issues the document itself: "ban
// hành Kế hoạch ... như sau:", the formula before a plan's text, not a
// duty.
func promulgates(pred string) bool {
	ws := words(pred)
	if !wordsAre(ws, 0, []string{"ban", "hanh"}) || len(ws) < 3 {
		return false
	}
	rest := pred[ws[2].start:]
	for n := 1; n <= 3 && n < len(ws)-1; n++ {
		if _, ok := docref.LookupType(pred[ws[2].start:ws[1+n].end]); ok {
			return true
		}
	}
	return strings.HasSuffix(rest, "sau:")
}

// startsPredicate reports whether t starts with a predicate, after commas.
func startsPredicate(t string) bool {
	ws := words(t)
	return len(ws) > 0 && isPredicate(ws, 0)
}

// sentences cuts a text into its sentences: at ". " before a capital.
func sentences(t string) []string {
	var out []string
	for {
		k := -1
		for from := 0; ; {
			j := strings.Index(t[from:], ". ")
			if j < 0 {
				break
			}
			j += from
			r, _ := utf8.DecodeRuneInString(t[j+2:])
			if isUpperRune(r) && !abbrevBefore(t[:j]) {
				k = j
				break
			}
			from = j + 2
		}
		if k < 0 {
			return append(out, t)
		}
		out = append(out, t[:k+1])
		t = t[k+2:]
	}
}

// abbrevBefore reports whether the text before a full stop ends with an
// abbreviation ("TP.", "TT.").
func abbrevBefore(t string) bool {
	ws := words(t)
	if len(ws) == 0 {
		return false
	}
	w := t[ws[len(ws)-1].start:ws[len(ws)-1].end]
	return utf8.RuneCountInString(w) <= 3 && isCaps(w)
}

// isUpperRune reports a capital letter.
func isUpperRune(r rune) bool { return unicode.IsUpper(r) }
