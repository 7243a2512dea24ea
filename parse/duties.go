package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
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
	if isClosing(it.text) {
		return false
	}
	if s.leadIn(pb, items, i) {
		return true
	}
	if lead, rest, ok := s.unitHeading(items, i); ok && !s.kidsLabelled(items, i) {
		// A unit heading, or a lead-in, over the unit's duties. A numbered
		// one is a section; the text of another goes with each duty.
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
	}
	if s.titledDuty(pb, items, i) {
		return true
	}
	start, end, ok := s.subject(it.text)
	if ok {
		rest := vntext.TrimSpace(it.text[end:])
		switch {
		case strings.HasPrefix(rest, ":") && len(rest) > 1 && startsPredicate(vntext.TrimSpace(rest[1:])):
			// "2. Sở Tài chính: tham mưu ...", not "Ủy ban bầu cử của
			// tỉnh: Không quá 05 cá nhân;".
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
	found, lead := false, ""
	text := it.text
	if strings.HasSuffix(text, ":") && bulletsUnder(items, i) && (!s.kidsAreDuties(items, i) || len(deadline.Find(text, deadline.Context{})) > 0) {
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
		lead = c.lead
		pb.rows = append(pb.rows, s.dutyRow(pb, it, text, c.content, c.lead, s.partnersIn(c.content)))
	}
	if found && text == it.text && len(it.kids) > 0 && bulletsUnder(items, i) && s.kidsAreTheirs(items, i) {
		// "1. Các cơ quan, đơn vị ... xây dựng kế hoạch ...;" over "- Giới
		// thiệu điển hình ...", "- Báo cáo ...": more duties of the same
		// unit.
		for _, k := range it.kids {
			s.dutiesUnder(pb, items, k, lead, "", "")
		}
	}
	return found
}

// leadIn reads paragraph i as a lead-in that hands the items after it to
// a unit: "Đề nghị Thường trực Tỉnh ủy tập trung ...; trong đó lưu ý một
// số nội dung trọng tâm sau:" over "1. ...", "2. ...". It reports false
// when the paragraph is not one.
func (s *state) leadIn(pb *planBuilder, items []item, i int) bool {
	it := &items[i]
	if it.kind != mkNone || len(it.kids) > 0 || !strings.HasSuffix(it.text, ":") || i+1 >= len(items) {
		return false
	}
	next := &items[i+1]
	if next.kind == mkNone || next.parent != it.parent {
		return false
	}
	start, end, ok := s.subject(it.text)
	named := ok && vntext.TrimSpace(it.text[end:]) == ":" // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:"
	if !ok || !named && (!startsPredicate(it.text[end:]) || promulgates(it.text[end:])) {
		return false
	}
	lead := it.text[start:end]
	group := s.partnersIn(it.text[end:])
	s.takeItem(it, rdDuty)
	for j := i + 1; j < len(items); j++ {
		o := &items[j]
		if o.parent != it.parent {
			continue // under an item of the run
		}
		if o.kind != next.kind || o.depth != next.depth {
			break
		}
		s.dutiesUnder(pb, items, j, lead, group, it.text)
	}
	return true
}

// titledDuty reads a numbered title over the paragraph that assigns it:
// "3. Xây dựng các văn bản quy định chi tiết" over "Sở, ban, ngành thuộc
// Ủy ban nhân dân Thành phố có trách nhiệm rà soát, ...". The title is
// the task; the paragraph gives its unit, partners and deadline.
func (s *state) titledDuty(pb *planBuilder, items []item, i int) bool {
	it := &items[i]
	if it.kind != mkNumber && it.kind != mkDotted || len(it.kids) != 1 || endsClause(it.text) || !startsPredicate(it.text) {
		return false
	}
	kid := &items[it.kids[0]]
	if kid.kind != mkNone || len(kid.kids) > 0 {
		return false
	}
	cs := s.clauses(kid.text)
	if len(cs) != 1 {
		return false
	}
	r := s.dutyRow(pb, it, it.text+"\n"+kid.text, it.text, cs[0].lead, s.partnersIn(kid.text))
	r.findIn = kid.text
	pb.rows = append(pb.rows, r)
	s.takeTree(items, i)
	return true
}

// unitHeading reports whether item i heads duties of one unit: it names
// the unit, alone or before a lead-in ending in a colon ("1. Sở Y tế:",
// "Giao Sở Nội vụ chủ trì, phối hợp với ... sau:"), or it is a short
// title naming a kind of body ("3. Cơ quan chủ trì giải quyết thủ tục"),
// and items stand under it. It returns the unit as written and the text
// after it.
func (s *state) unitHeading(items []item, i int) (lead, rest string, ok bool) {
	it := &items[i]
	if len(it.kids) == 0 {
		return "", "", false
	}
	start, end, ok := s.subject(it.text)
	if !ok {
		return "", "", false
	}
	rest = vntext.TrimSpace(it.text[end:])
	if s.kidsAreEntries(items, i) {
		return "", "", false // "Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;" under it
	}
	if (rest == "" || strings.HasSuffix(rest, ":")) && utf8.RuneCountInString(rest) < 200 {
		if len(deadline.Find(rest, deadline.Context{})) > 0 {
			// "Các Bộ: ... khẩn trương khắc phục ..., hoàn thành trong
			// tháng 11 năm 2025, cụ thể:" is a duty, its items its parts.
			return "", "", false
		}
		return it.text[start:end], rest, true
	}
	// A title naming a body, not a sentence ("5. Các chủ đầu tư xây dựng
	// và kinh doanh hạ tầng Khu công nghiệp", "3. Cơ quan chủ trì giải
	// quyết thủ tục"), over items that start with what the body does.
	t := strings.TrimSuffix(it.text, ":")
	if endsSentence(t) || endsClause(t) || len(words(t)) > 20 || !s.kidsAreActions(items, i) {
		return "", "", false
	}
	return t[start:], "", true
}

// kidsAreTheirs reports whether the bullets under item i go on with its
// unit's duties: none names a unit of its own, none is a label or a
// heading over more items.
func (s *state) kidsAreTheirs(items []item, i int) bool {
	for _, k := range items[i].kids {
		t := items[k].text
		if len(items[k].kids) > 0 || strings.HasSuffix(t, ":") || items[k].kind == mkNone && startsLower(t) {
			return false // a heading, or the sentence going on
		}
		if _, _, ok := s.subject(t); ok {
			return false
		}
		if lbs := s.vocab.findLabels(t); len(lbs) > 0 {
			return false
		}
	}
	return true
}

// kidsAreEntries reports whether most items under item i (two in three)
// are entries of a list rather than duties: a unit, a colon, and no verb
// after it ("Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;").
func (s *state) kidsAreEntries(items []item, i int) bool {
	n := 0
	for _, k := range items[i].kids {
		t := items[k].text
		if c := indexOutside(t, ":"); c > 0 && s.reg.StartsUnit(t) && !startsPredicate(vntext.TrimSpace(t[c+1:])) {
			n++
		}
	}
	return len(items[i].kids) >= 2 && n*3 >= len(items[i].kids)*2
}

// kidsAreActions reports whether most items under item i start with a
// predicate and name no unit of their own: duties of the unit above them.
func (s *state) kidsAreActions(items []item, i int) bool {
	n := 0
	for _, k := range items[i].kids {
		t := items[k].text
		if _, _, ok := s.subject(t); ok {
			return false
		}
		if startsPredicate(t) {
			n++
		}
	}
	return n*2 >= len(items[i].kids)
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
	if it.done || isClosing(it.text) {
		return
	}
	if sub, _, ok := s.unitHeading(items, k); ok {
		// A unit of its own under a heading of several: "a) Sở Xây dựng"
		// over its duties.
		s.takeItem(it, rdDuty)
		for _, c := range it.kids {
			s.dutiesUnder(pb, items, c, sub, "", vntext.TrimSpace(heading+"\n"+it.text))
		}
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
	if start, end, ok := s.subject(it.text); ok && startsPredicate(it.text[end:]) {
		lead = it.text[start:end] // the duty names its own unit: "Cơ quan đăng ký đầu tư có trách nhiệm ..."
	}
	pb.rows = append(pb.rows, s.dutyRow(pb, it, vntext.TrimSpace(heading+"\n"+content), content, lead, p))
	s.takeTree(items, k)
}

// isClosing reports the closing formula of a plan, "Trên đây là Kế hoạch
// ...", which stands under the last heading but is no duty of its unit.
func isClosing(t string) bool {
	return strings.HasPrefix(t, "Trên đây là")
}

// groups reports whether item k groups the items under it as duties of
// their own rather than listing the parts of one: its text says how the
// unit takes part ("Chủ trì, phối hợp với ...", "Phối hợp với ..."), and
// ends there, or with a colon.
func (s *state) groups(items []item, k int) bool {
	it := &items[k]
	t := it.text
	if len(deadline.Find(t, deadline.Context{})) > 0 {
		return false // a duty with its deadline, its items its parts
	}
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
	for _, sent := range s.assignments(sentences(text)) {
		if c, ok := s.clauseOf(sent); ok {
			out = append(out, c)
		} else if len(out) > 0 {
			// A sentence that names no unit goes on with the duty before
			// it: "... Trong đó việc sửa chữa phải hoàn thành trước ngày
			// 31/12/2025".
			out[len(out)-1].content += " " + sent
		}
	}
	return out
}

// assignments cuts sentences further at a semicolon after which another
// unit is given a duty: "... hoàn thành trong tháng 12 năm 2025; Bộ Khoa
// học và Công nghệ hướng dẫn ...".
func (s *state) assignments(sents []string) []string {
	var out []string
	for _, t := range sents {
		for {
			cut := -1
			for from := 0; ; {
				k := strings.Index(t[from:], "; ")
				if k < 0 {
					break
				}
				k += from
				rest := t[k+2:]
				r, _ := utf8.DecodeRuneInString(rest)
				if _, end, ok := s.subject(rest); ok && isUpperRune(r) && startsPredicate(rest[end:]) {
					cut = k
					break
				}
				from = k + 2
			}
			if cut < 0 {
				break
			}
			out = append(out, t[:cut]) // the semicolon ends the part, not its text
			t = t[cut+2:]
		}
		out = append(out, t)
	}
	return out
}

// clauseOf reads one sentence as an assignment.
func (s *state) clauseOf(sent string) (clause, bool) {
	try := func(t string) (clause, bool) {
		start, end, ok := s.subject(t)
		if !ok || end >= len(t) || !startsPredicate(t[end:]) || promulgates(t[end:]) || defines(t[start:end], t[end:]) {
			return clause{}, false
		}
		return clause{content: t, lead: t[start:end]}, true
	}
	// The duty starts the sentence, or follows a topic: "Về dự án X: giao
	// Bộ Y ...".
	var cands []string
	if !s.reg.StartsUnit(sent) {
		for from := 0; ; {
			k := strings.Index(sent[from:], ": ")
			if k < 0 || from+k > 800 {
				break
			}
			from += k + 2
			cands = append(cands, vntext.TrimSpace(sent[from:]))
		}
	}
	cands = append(cands, sent)
	for _, t := range cands {
		if c, ok := try(t); ok {
			return c, true
		}
	}
	// After an adverbial clause: "Để xác định vị trí ..., Ủy ban nhân dân
	// tỉnh phối hợp ...". The clause is part of the duty. A sentence that
	// opens with a verb of assignment ("Yêu cầu từng bộ, ngành, ...") has
	// no adverbial clause.
	for _, t := range cands {
		ws := words(t)
		if assigns(ws) {
			continue
		}
		// After a clause that opens with a verb ("Khẩn trương khắc phục
		// ..., các địa phương phải ..."), the units of a list of objects
		// ("Đa dạng hóa ... các nền tảng số, ...") must not be taken for
		// the subject: there the subject must be a unit of the registry.
		verbFirst := startsPredicate(t)
		for j := 1; j < len(ws) && j < 30; j++ {
			if ws[j].start < 2 || t[ws[j].start-2] != ',' {
				continue
			}
			if c, ok := try(t[ws[j].start:]); ok && !s.reg.StartsUnit(t) && (!verbFirst || s.allKnown(c.lead)) {
				c.content = t
				return c, true
			}
		}
	}
	return clause{}, false
}

// defines reports a sentence that says what its subject is or what is
// done to it, not what it does: "Doanh nghiệp công nghệ số là lực lượng
// tiên phong ...", "Các cá nhân có thành tích ... chỉ đạo được khen
// thưởng". "được giao", "được phân công" hand a duty, and stay.
func defines(subject, pred string) bool {
	// "Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân": the verb was a
	// word of the name, which a colon ends, and no duty follows it.
	if k := strings.IndexByte(pred, ':'); k >= 0 && len(words(pred[:k])) <= 4 && !startsPredicate(vntext.TrimSpace(pred[k+1:])) {
		return true
	}
	for _, w := range words(subject) {
		if subject[w.start:w.end] == "là" {
			return true
		}
	}
	ws := words(pred)
	for j := 0; j < len(ws) && j < 4; j++ {
		if pred[ws[j].start:ws[j].end] == "được" {
			return !wordsAre(ws, j+1, []string{"giao"}) && !wordsAre(ws, j+1, []string{"phan", "cong"})
		}
	}
	return false
}

// allKnown reports whether every unit a lead names is one of the registry.
func (s *state) allKnown(lead string) bool {
	refs := s.split(lead)
	for _, r := range refs {
		if r.ID == "" {
			return false
		}
	}
	return len(refs) > 0
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

// timeWords are the words of a date: "ngày 15 tháng 11 năm 2025".
var timeWords = map[string]bool{"nhat": true, "ngay": true, "thang": true, "nam": true, "quy": true, "tuan": true}

// startsPredicate reports whether t starts with a predicate, or with an
// adverbial "theo ..." and a predicate after its comma ("theo chức năng,
// nhiệm vụ và thẩm quyền, trao đổi, phối hợp ...").
func startsPredicate(t string) bool {
	ws := words(t)
	if len(ws) == 0 || strings.ContainsAny(t[:ws[0].start], ";.") {
		return false // a clause has ended: "..., mạng xã hội; cụ thể hóa ..."
	}
	if isPredicate(ws, 0) {
		return true
	}
	if ws[0].fold == "truoc" || wordsAre(ws, 0, []string{"cham", "nhat"}) {
		// "trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra"
		k := 1
		for k < len(ws) && (timeWords[ws[k].fold] || ws[k].fold[0] >= '0' && ws[k].fold[0] <= '9') {
			k++
		}
		return k > 1 && k < len(ws) && isPredicate(ws, k)
	}
	if ws[0].fold != "theo" {
		return false
	}
	for k := 1; k < len(ws) && k <= 16; k++ {
		after := strings.IndexByte(t[ws[k-1].end:ws[k].start], ',') >= 0 || ws[k-1].fold == "giao" || ws[k-1].fold == "minh"
		if after && isPredicate(ws, k) {
			return true // "theo chức năng, nhiệm vụ được giao nghiên cứu ..."
		}
	}
	return false
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

// kidsLabelled reports an item whose numbered items under it name their
// own lead or deadline by labels ("2.1. Chương trình ..." over "- Đơn vị
// chủ trì: ..."): a heading over labelled tasks, not a unit over its
// duties, even when its words could name units ("2. Các hoạt động
// chính").
func (s *state) kidsLabelled(items []item, i int) bool {
	for _, k := range items[i].kids {
		if kid := &items[k]; kid.kind != mkNumber && kid.kind != mkDotted {
			continue
		}
		if text, _ := s.labelText(items, k); namesTask(s.vocab.findLabels(text)) {
			return true
		}
	}
	return false
}
