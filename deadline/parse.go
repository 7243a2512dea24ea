package deadline

import (
	"sync"
	"time"

	"github.com/kehoach/kehoach/civil"

	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/vntext"
)

// Parse reads a deadline phrase, such as the "Thời gian hoàn thành" cell of a
// plan, as a Schedule. It is a pure function of the phrase and the context:
// it never reads the clock.
//
// Matching ignores case and diacritics and accepts NFC or NFD text, both
// "hằng" and "hàng", both tone placements, Roman or Arabic quarter numbers,
// extra spaces and a trailing period. Words before the time ("Ban hành kế
// hoạch trong tháng 01/2026"), a parenthesised note at the end ("Quý
// II/2023 (theo đề xuất)") and words after the time that are not a time
// are kept in Note; a phrase with several times is a list of milestones
// (see the package documentation).
//
// A phrase that is not understood gives a schedule of KindUnknown that keeps
// the text in Raw, and an *Error that says what was not understood; a date
// is never guessed. A phrase that leaves its year out when the context has
// none gives its kind without dates and an *Error wrapping ErrNoYear. A
// phrase read in part gives what was read and an *Error wrapping
// ErrPartial; a date whose written weekday disagrees, the date and an
// *Error wrapping ErrWeekday.
//
// Parse is safe for concurrent use.
func Parse(phrase string, ctx Context) (Schedule, error) {
	p := parser{src: vntext.NFC(phrase), ctx: ctx}
	buf := bufPool.Get().(*buffers)
	p.toks, p.fold = buf.toks[:0], buf.fold[:0]
	p.lex()
	s, err := p.parse()
	if cap(p.toks) <= maxPooledTokens {
		buf.toks, buf.fold = p.toks[:0], p.fold[:0]
		bufPool.Put(buf)
	}
	return s, err
}

// buffers hold the tokens of one phrase. They are pooled so that parsing a
// cell allocates nothing; no result points into them.
type buffers struct {
	toks []token
	fold []byte
}

// maxPooledTokens keeps the buffers of a huge phrase out of the pool.
const maxPooledTokens = 1024

var bufPool = sync.Pool{New: func() any {
	return &buffers{toks: make([]token, 0, 32), fold: make([]byte, 0, 128)}
}}

// parser reads one phrase. Its methods that recognise a form return false,
// leaving p.i where it was, when the form is not there; they set p.err when
// the form is there but wrong (a 13th month).
type parser struct {
	src  string
	ctx  Context
	toks []token
	fold []byte
	i    int // the next token
	end  int // tokens from end on are not part of the core phrase
	err  *Error
	// partial is the first time-like text that could not be read in a
	// phrase read otherwise (ErrPartial).
	partial *Error
	// truoc records that the modifier read last was "trước" itself.
	truoc bool
	// relYear is a year written relative to the plan's ("năm sau": +1),
	// and relAdj that it was "năm liền kề", read by the period last read.
	relYear int
	relAdj  bool
	// lunar records "âm lịch" after the day last read.
	lunar bool
	// match maps a "(" to its ")", for scan; nil until needed.
	match map[int]int
	// quiet marks attempts at reading a time that may fail, whose
	// ErrUnknown errors need no text: a sentence must not be copied at
	// each of its words.
	quiet bool
	// silent marks Find, which wants no error's text.
	silent bool
	// wdAt and wdEnd are the tokens of the day of the week read last.
	wdAt, wdEnd int
	// milestones records that the phrase read last is a list of parts
	// each read alone, which finish finishes one by one.
	milestones bool
}

func (p *parser) parse() (Schedule, error) {
	unknown := Schedule{Raw: p.src}
	start, end := 0, len(p.toks)
	end = p.trimEnd(start, end)
	for start < end && p.toks[start].kind == tokPunct && (p.toks[start].ch == '-' || p.toks[start].ch == '+' || p.toks[start].ch == '*') {
		start++ // list bullets
	}
	if start == end {
		return unknown, p.errorAt(ErrEmpty, start, end)
	}
	var s Schedule
	s.Raw = p.src
	tentative := false
	paren, parenEnd := -1, end // the parenthesised note that ends the phrase
	p.end = end
	// A parenthesised note ends the phrase; the text before it must have
	// its own parentheses paired, or the "(" is not the note's.
	if k := p.openParen(start, end); k > start && p.paired(start, k) {
		if p.wordsAt(k+1, "du", "kien") == 2 && k+3 == end-1 {
			tentative = true
		} else {
			paren = k
		}
		end = p.trimEnd(start, k)
	}
	p.i, p.end = start, end
	for {
		switch {
		case p.words("du", "kien"):
			tentative = true
			continue
		case p.words("hoan", "thanh"):
			continue
		}
		break
	}
	if p.i == p.end {
		if paren < 0 {
			return unknown, p.errorAt(ErrUnknown, start, end)
		}
	}
	ok := p.i < p.end && p.phrase(&s, p.i, end)
	parenNote := ""
	if paren >= 0 {
		parenNote = p.text(paren+1, parenEnd-1)
	}
	switch {
	case !ok && paren >= 0:
		// "trong 10 ngày làm việc (từ ngày 20/11 đến ngày 03/12/2025)": the
		// time is in the parentheses, the words before it a note.
		err := p.err
		var in Schedule
		p.err, p.partial = nil, nil
		if !p.phrase(&in, paren+1, p.trimEnd(paren+1, parenEnd-1)) {
			if err == nil {
				err = p.errorAt(ErrUnknown, start, end)
			}
			return unknown, err
		}
		in.Raw = p.src
		if first := &in; !p.milestones {
			first.Note = joinNotes([]string{p.noteText(start, end), first.Note})
		} else {
			first = &in.Parts[0]
			first.Note = joinNotes([]string{p.noteText(start, end), first.Note})
		}
		s = in
	case !ok:
		if p.err == nil {
			p.err = p.errorAt(ErrUnknown, start, end)
		}
		return unknown, p.err
	case paren >= 0:
		p.end = parenEnd
		last := &s
		if p.milestones {
			last = &s.Parts[len(s.Parts)-1] // the note of the last part
		}
		if wd, n := p.weekdayAt(paren + 1); n > 0 && paren+1+n == parenEnd-1 && last.Weekday == 0 && last.Kind == KindDate && last.From.Unit == UnitDay {
			last.Weekday = wd // "ngày 18/9/2026 (thứ Sáu)", checked in finish
			p.wdAt, p.wdEnd = paren+1, paren+1+n
		} else if !p.yearlyDay(last, paren+1, parenEnd-1) {
			last.Note = joinNotes([]string{last.Note, parenNote})
		}
	}
	s.Raw = p.src
	s.Tentative = s.Tentative || tentative
	if err := p.finish(&s); err != nil {
		if err.Err != ErrNoYear && err.Err != ErrWeekday {
			return unknown, err
		}
		return s, err
	}
	if p.partial != nil {
		return s, p.partial
	}
	return s, nil
}

func joinNotes(notes []string) string {
	out := ""
	for _, n := range notes {
		switch {
		case n == "":
		case out == "":
			out = n
		default:
			out += "; " + n
		}
	}
	return out
}

// trimEnd drops closing punctuation (a period, a semicolon, ...) from the
// tokens start to end and returns the new end.
func (p *parser) trimEnd(start, end int) int {
	for end > start {
		t := p.toks[end-1]
		if t.kind != tokPunct || (t.ch != '.' && t.ch != ';' && t.ch != ',' && t.ch != ':' && t.ch != '/') {
			break
		}
		end--
	}
	return end
}

// paired reports whether the parentheses among tokens i to j pair up.
func (p *parser) paired(i, j int) bool {
	depth := 0
	for k := i; k < j; k++ {
		switch {
		case p.isPunct(k, '('):
			depth++
		case p.isPunct(k, ')'):
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// openParen returns the index of the "(" that the ")" ending the tokens
// start to end closes, or -1.
func (p *parser) openParen(start, end int) int {
	if end <= start || p.toks[end-1].kind != tokPunct || p.toks[end-1].ch != ')' {
		return -1
	}
	depth := 0
	for k := end - 1; k >= start; k-- {
		if p.toks[k].kind != tokPunct {
			continue
		}
		switch p.toks[k].ch {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// text returns the source text of tokens i to j (exclusive), trimmed, with
// white space collapsed.
func (p *parser) text(i, j int) string {
	if i >= j {
		return ""
	}
	return vntext.CollapseSpace(p.src[p.toks[i].pos:p.toks[j-1].end])
}

func (p *parser) errorAt(err error, i, j int) *Error {
	e := &Error{Phrase: p.src, Err: err}
	if i < len(p.toks) {
		e.Offset = p.toks[i].pos
	} else {
		e.Offset = len(p.src)
	}
	if p.quiet && err == ErrUnknown || p.silent {
		return e // an attempt of a scan, or Find: the text is not wanted
	}
	e.Text = p.text(i, j)
	return e
}

func (p *parser) fail(err error, i, j int) bool {
	if p.err == nil {
		p.err = p.errorAt(err, i, j)
	}
	return false
}

// Token tests. Each takes a token index and is false past p.end.

func (p *parser) isWord(i int, w string) bool {
	if i >= p.end {
		return false
	}
	t := &p.toks[i]
	return t.kind == tokWord && string(p.fold[t.f0:t.f1]) == w
}

func (p *parser) isNum(i int) bool { return i < p.end && p.toks[i].kind == tokNum }

func (p *parser) isPunct(i int, c byte) bool {
	return i < p.end && p.toks[i].kind == tokPunct && p.toks[i].ch == c
}

// wordsAt returns how many tokens the words ws match at i, or 0.
func (p *parser) wordsAt(i int, ws ...string) int {
	for k, w := range ws {
		if !p.isWord(i+k, w) {
			return 0
		}
	}
	return len(ws)
}

// words consumes the words ws if they come next.
func (p *parser) words(ws ...string) bool {
	n := p.wordsAt(p.i, ws...)
	p.i += n
	return n > 0
}

// skipSeparators consumes commas and dashes; after a semicolon comes a
// part of its own.
func (p *parser) skipSeparators() {
	for p.isPunct(p.i, ',') || p.isPunct(p.i, '-') {
		p.i++
	}
}

// ongoing reads "Thường xuyên", "Thực hiện thường xuyên", "Thường xuyên,
// liên tục", and "Thường xuyên, hằng năm" (a recurring schedule).
func (p *parser) ongoing(s *Schedule) bool {
	if !(firstWordIn(p.wordAt(p.i), "thuc", "nhiem", "thuong", "lien")) {
		return false
	}
	i := p.i
	i += p.wordsAt(i, "thuc", "hien") + p.wordsAt(i, "nhiem", "vu")
	n := p.wordsAt(i, "thuong", "xuyen") + p.wordsAt(i, "lien", "tuc")
	if n == 0 {
		return false
	}
	p.i = i + n
	s.Kind = KindOngoing
	for {
		save := p.i
		p.skipSeparators()
		p.words("va")
		switch {
		case p.words("thuong", "xuyen"), p.words("lien", "tuc"):
			continue
		case p.recurrence(s):
			return true
		}
		p.i = save
		return true
	}
}

// cycle reads a unit word of a cycle: năm, quý, tháng, tuần, ngày.
func (p *parser) cycle(i int) (Duration, bool) {
	switch {
	case p.isWord(i, "nam"):
		return Duration{N: 1, Unit: UnitYear}, true
	case p.isWord(i, "quy"), p.isWord(i, "qui"):
		return Duration{N: 3, Unit: UnitMonth}, true
	case p.isWord(i, "thang"):
		return Duration{N: 1, Unit: UnitMonth}, true
	case p.isWord(i, "tuan"):
		return Duration{N: 1, Unit: UnitWeek}, true
	case p.isWord(i, "ngay"):
		return Duration{N: 1, Unit: UnitDay}, true
	}
	return Duration{}, false
}

// recurrence reads "Hằng năm", "Hàng quý", "Định kỳ 6 tháng", "Định kỳ
// hằng năm", "Mỗi tháng", optionally followed by the day of the year
// ("Hằng năm, trước ngày 15/12").
func (p *parser) recurrence(s *Schedule) bool {
	if !(p.isNum(p.i) || firstWordIn(p.wordAt(p.i), "dinh", "hang", "moi")) {
		return false
	}
	i := p.i
	periodic := p.wordsAt(i, "dinh", "ky")
	i += periodic
	var every Duration
	var ok bool
	if p.isNum(i) && p.isWord(i+1, "lan") && (p.isPunct(i+2, '/') || p.isWord(i+2, "moi") || p.isWord(i+2, "trong")) {
		// "02 lần/ngày", "2 lần mỗi năm"
		n := p.toks[i].val
		if every, ok = p.cycle(i + 3); !ok || n <= 0 || n > 100 {
			return false
		}
		p.i = i + 4
		s.Kind, s.Every, s.Count = KindRecurring, every, n
		return true
	}
	switch {
	case p.isWord(i, "hang"), p.isWord(i, "moi"):
		every, ok = p.cycle(i + 1)
		i += 2
	case periodic > 0 && p.isNum(i):
		every, ok = p.cycle(i + 1)
		n := p.toks[i].val
		if !ok || n <= 0 || n > 1000 || every.N != 1 && n != 1 {
			return false
		}
		every.N *= n
		i += 2
		i += p.wordsAt(i, "mot", "lan")
	}
	if !ok {
		return false
	}
	p.i = i
	s.Kind = KindRecurring
	s.Every = every
	if every != (Duration{N: 1, Unit: UnitYear}) {
		p.ruleDay(s)
		return true
	}
	save := p.i
	p.skipSeparators()
	mod := p.modifier()
	if per, ok := p.period(UnitNone); ok && per.Year == 0 && mod != ModFrom && mod != ModAfter {
		s.From, s.Mod = per, mod
		return true
	}
	p.i, p.err = save, nil
	return true
}

// yearlyDay reads, into a yearly rule without its day, the day in the
// parentheses of tokens i to j: "Định kỳ hằng năm (trước ngày 15 tháng
// 12)". It reports whether they held exactly that.
func (p *parser) yearlyDay(s *Schedule, i, j int) bool {
	if s.Kind != KindRecurring || s.Every != (Duration{N: 1, Unit: UnitYear}) || !s.From.IsZero() || s.Weekday != 0 || s.At.Valid || s.Count != 0 {
		return false
	}
	if !firstWordIn(p.wordAt(i), "truoc", "cham", "den", "vao", "dip", "ngay", "thang", "trong") {
		return false // "(t1)" is a note: the day of a rule is written out
	}
	var in Schedule
	p.end = j
	save := p.milestones
	ok := p.coreAt(&in, i, false) && p.i == j && (in.Kind == KindDate || in.Kind == KindMonth) &&
		in.From.Year == 0 && in.From.Part != 0 && in.YearOffset == 0 && in.Feast == "" && in.Lunar.IsZero() &&
		!in.At.Valid && in.Weekday == 0 && in.Mod != ModFrom && in.Mod != ModAfter && in.From.Qual == QualNone
	p.err, p.milestones = nil, save
	if ok {
		s.From, s.Mod = in.From, in.Mod
	}
	return ok
}

// ruleDay reads the day of a monthly, weekly or daily rule after its
// cycle: "hằng tháng, trước ngày 10", "hằng tuần vào thứ Năm", "hằng ngày
// trước 16 giờ".
func (p *parser) ruleDay(s *Schedule) {
	save := p.i
	p.skipSeparators()
	mod := p.modifier()
	switch s.Every {
	case Duration{N: 1, Unit: UnitMonth}:
		k := p.i + p.wordsAt(p.i, "ngay")
		if k > p.i && p.isNum(k) && p.toks[k].ndig <= 2 && !p.isDateSep(k+1) && !p.isWord(k+1, "thang") && p.durationUnit(k+1) == UnitNone {
			if d := p.toks[k].val; d >= 1 && d <= 31 {
				s.From, s.Mod = Period{Unit: UnitDay, Day: d}, mod
				p.i = k + 1
				return
			}
		}
	case Duration{N: 1, Unit: UnitWeek}, Duration{N: 1, Unit: UnitDay}:
		at, until, ok := p.clocks()
		wd, n := 0, 0
		if s.Every.Unit == UnitWeek {
			wd, n = p.weekdayAt(p.i)
			p.i += n
			if !ok {
				at, until, ok = p.clocks()
			}
		}
		if p.err == nil && (ok || n > 0) {
			s.At, s.Until, s.Weekday, s.Mod = at, until, wd, mod
			return
		}
	}
	p.i, p.err = save, nil
}

// firstWordIn reports whether the folded word w is one of ws: a cheap test
// that lets a reader give up at once.
func firstWordIn(w []byte, ws ...string) bool {
	for _, x := range ws {
		if string(w) == x {
			return true
		}
	}
	return false
}

// docTypes are the document types a reference may cite, folded.
var docTypes = func() [][]string {
	var out [][]string
	for _, t := range docref.Types() {
		out = append(out, t.Words)
	}
	return out
}()

// theo reads "Theo lịch của Tổ Công tác" (a schedule) and "Theo tiến độ tại
// Quyết định số 766/QĐ-TTg" (a reference), and "Theo yêu cầu" (an event).
func (p *parser) theo(s *Schedule) bool {
	switch string(p.wordAt(p.i)) {
	case "theo", "thuc", "trien", "dam", "bao":
	default:
		return false
	}
	k := p.i
	for n := 1; n > 0; k += n {
		// "Thực hiện theo", "Triển khai đảm bảo theo"
		n = p.wordsAt(k, "thuc", "hien") + p.wordsAt(k, "trien", "khai") +
			p.wordsAt(k, "dam", "bao") + p.wordsAt(k, "bao", "dam")
	}
	if !p.isWord(k, "theo") || k+1 >= p.end {
		return false
	}
	p.i = k
	i := k + 1
	if p.wordsAt(i, "yeu", "cau") > 0 {
		s.Kind, s.Event = KindEvent, p.text(p.i, p.end)
		p.i = p.end
		return true
	}
	for k := i; k < p.end; k++ {
		for _, dt := range docTypes {
			n := p.wordsAt(k, dt...)
			if n == 0 {
				continue
			}
			m := k + n
			m += p.wordsAt(m, "so")
			if !p.isNum(m) {
				continue
			}
			s.Kind = KindReference
			s.Basis = p.text(i, k)
			s.Ref = p.docRef(k, n, m)
			p.i = p.end
			return true
		}
	}
	s.Kind = KindSchedule
	s.Basis = p.text(i, p.end)
	for c := i + 1; c+1 < p.end; c++ {
		if p.isWord(c, "cua") {
			s.Basis, s.Owner = p.text(i, c), p.text(c+1, p.end)
			break
		}
	}
	p.i = p.end
	return true
}

// docRef reads a cited document whose type takes n tokens at k and whose
// number starts at token m.
func (p *parser) docRef(k, n, m int) docref.Ref {
	r := docref.Ref{Type: p.text(k, k+n)}
	// The number runs on over tokens not separated by white space:
	// 766/QĐ-TTg, 766/2022/QĐ-TTg, 02-KH/BCĐTW.
	j := m + 1
	for j < p.end && !p.toks[j].space && (p.toks[j].kind != tokPunct || p.toks[j].ch == '/' || p.toks[j].ch == '-' || p.toks[j].ch == '&') {
		j++
	}
	num, err := docref.ParseNumber(p.src[p.toks[m].pos:p.toks[j-1].end])
	if err == nil {
		// A number that does not read back as itself ("0/0001/0") is
		// kept as written.
		if back, err2 := docref.ParseNumber(num.String()); err2 != nil || back != num {
			err = docref.ErrNumber
		}
	}
	if err == nil {
		r.Number = num
	} else {
		r.Number.Seq = p.src[p.toks[m].pos:p.toks[m].end]
	}
	r.Text = p.text(k, p.end)
	return r
}

// event reads "Sau khi Nghị định được ban hành", "Ngay sau khi ...", "Khi
// có phát sinh".
func (p *parser) event(s *Schedule) bool {
	if !(p.isNum(p.i) || firstWordIn(p.wordAt(p.i), "ngay", "sau", "truoc", "den", "cho", "khi", "trong")) {
		return false
	}
	i := p.i
	if p.hoursAfterEvent(i) {
		s.Kind, s.Event = KindEvent, p.text(p.i, p.end)
		p.i = p.end
		return true
	}
	i += p.wordsAt(i, "ngay")
	switch {
	case p.isWord(i, "sau"), p.isWord(i, "truoc"), p.isWord(i, "den"):
		i++
	case p.wordsAt(i, "cho", "den") > 0:
		i += 2
	}
	if !p.isWord(i, "khi") || i+1 >= p.end {
		return false
	}
	s.Kind, s.Event = KindEvent, p.text(p.i, p.end)
	p.i = p.end
	return true
}

// hoursAfterEvent reports whether a count of hours from an event starts at
// token i: "trong 24 giờ đầu kể từ khi ...", "trong 24-48 giờ sau khi
// nước rút". No day can be computed: the phrase is an event.
func (p *parser) hoursAfterEvent(i int) bool {
	i += p.wordsAt(i, "trong") + p.wordsAt(i, "vong")
	if !p.isNum(i) {
		return false
	}
	i++
	if p.isPunct(i, '-') && p.isNum(i+1) {
		i += 2
	}
	if !p.isWord(i, "gio") {
		return false
	}
	i++
	i += p.wordsAt(i, "dau")
	switch {
	case p.wordsAt(i, "ke", "tu") > 0:
		i += 2
	case p.isWord(i, "tu"), p.isWord(i, "sau"):
		i++
	default:
		return false
	}
	return p.isWord(i, "khi") && i+1 < p.end
}

// durationUnit reads the unit word of a duration.
func (p *parser) durationUnit(i int) Unit {
	switch {
	case p.isWord(i, "ngay"):
		return UnitDay
	case p.isWord(i, "tuan"):
		return UnitWeek
	case p.isWord(i, "thang"):
		return UnitMonth
	case p.isWord(i, "nam"):
		return UnitYear
	}
	return UnitNone
}

// relative reads "Trong vòng 30 ngày kể từ ngày ký". A duration with no
// anchor ("30 ngày") is an error: it names no time.
func (p *parser) relative(s *Schedule) bool {
	if !(p.isNum(p.i) || firstWordIn(p.wordAt(p.i), "trong", "cham", "khong", "toi", "sau")) {
		return false
	}
	i := p.i
	switch {
	case p.wordsAt(i, "trong", "vong") > 0, p.wordsAt(i, "trong", "thoi") > 0,
		p.wordsAt(i, "cham", "nhat") > 0, p.wordsAt(i, "khong", "qua") > 0, p.wordsAt(i, "toi", "da") > 0:
		i += 2
		i += p.wordsAt(i, "gian") + p.wordsAt(i, "han")
	case p.isWord(i, "trong"), p.isWord(i, "sau"):
		i++
	}
	if !p.isNum(i) {
		return false
	}
	unit := p.durationUnit(i + 1)
	if unit == UnitNone || unit == UnitMonth && (p.isWord(i+2, "dau") || p.isWord(i+2, "cuoi")) {
		return false
	}
	n := p.toks[i].val
	d := Duration{N: n, Unit: unit}
	j := i + 2
	if p.wordsAt(j, "lam", "viec") > 0 {
		d.WorkingDays = true
		j += 2
	}
	switch {
	case p.wordsAt(j, "ke", "tu") > 0, p.wordsAt(j, "tinh", "tu") > 0:
		j += 2
	case p.isWord(j, "tu"), p.isWord(j, "sau"):
		j++
	default:
		return p.fail(ErrNoAnchor, i, j)
	}
	if j >= p.end {
		return p.fail(ErrNoAnchor, i, j)
	}
	if n <= 0 || n > 10000 {
		return p.fail(ErrInvalid, i, i+2)
	}
	s.Kind, s.Every = KindRelative, d
	s.Anchor = p.text(j, p.end)
	if p.isWord(j, "ngay") {
		for k := j + 1; k < p.end && k < j+6; k++ {
			if p.isWord(k, "ky") || p.wordsAt(k, "ban", "hanh") > 0 {
				s.AnchorDate = p.ctx.Signed
				break
			}
		}
	}
	if s.AnchorDate.IsZero() && len(s.Anchor) <= 40 {
		// An anchor that is a day: "kể từ ngày 01/10/2026".
		if a, err := Parse(s.Anchor, Context{Year: p.ctx.Year, Signed: p.ctx.Signed}); err == nil && a.Kind == KindDate && a.Mod == ModNone {
			s.AnchorDate = a.Due()
		}
	}
	p.i = p.end
	return true
}

// modifier reads the words before a time: "Trước", "Chậm nhất",
// "Đến hết", "Sau", "Từ", and the ones that change nothing ("Trong",
// "Vào", "Giai đoạn").
func (p *parser) modifier() Mod {
	mod := ModNone
	for n := 0; n < maxModifiers; n++ {
		switch string(p.wordAt(p.i)) {
		case "truoc", "cham", "tu", "den", "sau", "ke", "bat", "trong", "vao", "giai", "hoan", "dip", "dinh", "xong", "tinh", "ngay", "het":
		default:
			return mod // not a modifier: most phrases stop here at once
		}
		switch {
		case p.isWord(p.i, "truoc") && !p.isWord(p.i+1, "khi"):
			p.i++
			mod = ModBefore
			p.truoc = true
		case p.words("cham", "nhat"):
			_ = p.words("la") || p.words("vao") || p.words("trong") || p.words("den")
			mod = ModBefore
			p.truoc = false
		case p.words("tu", "nay", "den", "het"), p.words("tu", "nay", "den"), p.words("den", "het"), p.words("het"):
			mod = ModBefore
			p.truoc = false
		case p.isWord(p.i, "den") && !p.isWord(p.i+1, "khi"):
			p.i++
			mod = ModBefore
			p.truoc = false
		case p.isWord(p.i, "sau") && !p.isWord(p.i+1, "khi"):
			p.i++
			mod = ModAfter
		case p.words("ke", "tu"), p.words("bat", "dau", "tu"):
			mod = ModFrom
		case p.isWord(p.i, "tu"):
			p.i++
			mod = ModFrom
		case p.words("trong"), p.words("vao"), p.words("giai", "doan"), p.words("hoan", "thanh"),
			p.words("dip"), p.words("dinh", "ky"), p.words("xong"), p.words("tinh", "den"):
		case p.isWord(p.i, "ngay") && (p.isWord(p.i+1, "trong") || p.isWord(p.i+1, "tu") || p.isWord(p.i+1, "vao")):
			p.i++ // "ngay trong tháng 12/2025": at once
		case p.isWord(p.i, "lien") && p.isWord(p.i+1, "tuc"):
			return mod
		default:
			return mod
		}
	}
	return mod
}

// maxModifiers bounds the words read before a time ("hoàn thành chậm nhất
// là trước ngày ..."), so that a run of them costs no more than a few.
const maxModifiers = 8

func kindOf(u Unit) Kind {
	switch u {
	case UnitDay:
		return KindDate
	case UnitMonth:
		return KindMonth
	case UnitQuarter:
		return KindQuarter
	case UnitHalf:
		return KindHalf
	case UnitYear:
		return KindYear
	}
	return KindUnknown
}

// rangeSep consumes what joins the two ends of a range: "-", "đến", "tới".
func (p *parser) rangeSep() bool {
	switch {
	case p.isPunct(p.i, '-'):
		p.i++
	case p.isWord(p.i, "den") && !p.isWord(p.i+1, "khi"), p.isWord(p.i, "toi"):
		p.i++
		p.words("het")
		p.words("nam")
	default:
		return false
	}
	return true
}

// timeExpr reads a time with its modifier: a period, a range of periods,
// or a list of them; a time of day and a day of the week before it; a
// school year, a festival of the lunar calendar, the first or last months
// of a year.
func (p *parser) timeExpr(s *Schedule) bool {
	mod := p.modifier()
	first := p.i
	if at, until, ok := p.clocks(); ok {
		s.At, s.Until = at, until
		if until.Valid && mod == ModFrom {
			mod = ModNone // "Từ 20 giờ 15 - 20 giờ 45 ngày 23/01": the span is of the day
		}
		p.skipComma()
	} else if p.err != nil {
		return false
	}
	if wd, n := p.weekdayAt(p.i); n > 0 {
		s.Weekday = wd
		p.wdAt, p.wdEnd = p.i, p.i+n
		p.i += n
		p.skipComma()
	}
	if s.At.Valid || s.Weekday > 0 {
		// "trước 16 giờ hằng tuần", "thứ Năm hàng tuần", "trước 19h00 hằng ngày"
		if every, ok := p.everyAt(p.i); ok && (every == Duration{N: 1, Unit: UnitWeek} || s.Weekday == 0 && every == Duration{N: 1, Unit: UnitDay}) {
			p.i += 2
			s.Kind, s.Mod, s.Every = KindRecurring, mod, every
			return true
		}
	}
	switch {
	case p.schoolYear(s):
		if mod != ModFrom {
			s.Mod = mod
		}
		return true
	case p.feast(s):
		s.Mod = mod
		s.Exclusive = mod == ModBefore && p.truoc
		return true
	case p.monthsOfYear(s):
		if mod != ModFrom {
			s.Mod = mod
		}
		return true
	}
	if p.err != nil {
		return false
	}
	from, ok := p.period(UnitNone)
	if !ok {
		if p.err == nil {
			p.fail(ErrUnknown, first, p.end)
		}
		return false
	}
	if p.lunar {
		if !p.lunarDate(s, &from, first) {
			return false
		}
	}
	s.Kind, s.Mod, s.From = kindOf(from.Unit), mod, from
	s.YearOffset = p.relYear
	if mod == ModBefore && p.truoc && from.Unit > UnitDay && s.Lunar.IsZero() {
		s.Exclusive = true // "Trước năm 2031": by 31 December 2030
	}
	save := p.i
	if !s.Lunar.IsZero() || s.At.Valid || s.Weekday > 0 {
		return true
	}
	if p.rangeSep() {
		rel := p.relYear
		if to, ok := p.period(from.Unit); ok && to.Qual == QualNone && (rel == 0 || p.relYear == rel) && !p.relAdj {
			s.Kind, s.To = KindRange, to
			s.YearOffset = p.relYear
			if mod == ModFrom {
				s.Mod = ModNone
			}
			s.Exclusive = false
			return true
		}
		if p.err != nil {
			return false
		}
		p.i, p.relYear = save, rel
	}
	if p.relYear != 0 {
		return true
	}
	// A list: "Tháng 6 và tháng 12/2023", "Quý I, II/2023".
	partStart := first
	last := from
	for {
		save := p.i
		if !p.isWord(p.i, "va") && !p.isPunct(p.i, ',') {
			break // after ";" comes a part of its own
		}
		p.i++
		k := p.i
		part, ok := p.period(last.Unit)
		if !ok || p.relYear != 0 || part.Unit == UnitDay && part.Part == 0 || p.lunar {
			p.i, p.err, p.relYear, p.relAdj, p.lunar = save, nil, 0, false, false
			break
		}
		if len(s.Parts) == maxParts {
			p.i = save // the rest is kept as a note
			break
		}
		if len(s.Parts) == 0 {
			s.Parts = append(s.Parts, Schedule{Raw: p.text(partStart, save), Kind: kindOf(from.Unit), From: from})
		}
		s.Parts = append(s.Parts, Schedule{Raw: p.text(k, p.i), Kind: kindOf(part.Unit), From: part})
		last = part
	}
	if len(s.Parts) > 0 {
		if s.Mod != ModNone || s.Exclusive {
			// "trước ngày 15/6 và 01/12": the modifier is of every part
			for k := range s.Parts {
				s.Parts[k].Mod = s.Mod
				s.Parts[k].Exclusive = s.Exclusive && s.Parts[k].From.Unit > UnitDay
			}
		}
		s.Kind, s.From, s.Mod, s.Exclusive = KindList, Period{}, ModNone, false
	}
	return true
}

// skipComma consumes a comma.
func (p *parser) skipComma() {
	if p.isPunct(p.i, ',') {
		p.i++
	}
}

// lunarDate turns a day written in the lunar calendar into its Gregorian
// day, in the year written or the Context's.
func (p *parser) lunarDate(s *Schedule, from *Period, first int) bool {
	if from.Unit != UnitDay || from.Part == 0 || from.Qual != QualNone {
		return p.fail(ErrUnknown, first, p.i)
	}
	s.Lunar = LunarDate{Month: from.Part, Day: from.Day}
	y := from.Year
	if y == 0 {
		s.YearInferred = true
		if y = p.ctx.year(); y == 0 {
			*from = Period{}
			return true // ErrNoYear, from finish
		}
	}
	d, ok := s.Lunar.Solar(y)
	if !ok {
		return p.fail(ErrInvalid, first, p.i)
	}
	*from = Period{Unit: UnitDay, Year: d.Year, Part: int(d.Month), Day: d.Day}
	return true
}

// maxParts bounds a list: no plan lists more dates in one cell, and a
// hostile cell must not build a huge result.
const maxParts = 100

// suffixes reads what may follow a time: "hằng năm" (a day or window of
// every year), "và các năm tiếp theo", and "đến khi ..." after "Từ".
func (p *parser) suffixes(s *Schedule) {
	dayOnly := s.From.Unit == UnitDay && s.From.Part == 0
	if dayOnly && s.Kind == KindDate && s.To.IsZero() {
		s.Kind, s.Every, s.YearOffset = KindRecurring, Duration{N: 1, Unit: UnitMonth}, 0
		if q, n := p.monthOfQuarter(p.i); n > 0 {
			// "ngày 20 tháng cuối quý", "trước ngày 10 tháng đầu quý sau"
			p.i += n
			s.Every, s.From.Qual = Duration{N: 3, Unit: UnitMonth}, q
			return
		}
		// "trước ngày 20 hằng tháng", "ngày 10 của tháng liền kề"
		if every, ok := p.everyAt(p.i); ok && every == (Duration{N: 1, Unit: UnitMonth}) {
			p.i += 2
		}
		return
	}
	yearly := p.wordsAt(p.i, "hang", "nam") > 0 || p.wordsAt(p.i, "moi", "nam") > 0
	if yearly && s.Kind == KindList && s.Parts[0].Kind != KindRecurring {
		// "trước ngày 10/6 và 10/12 hằng năm": days of every year
		for _, part := range s.Parts {
			if part.From.Year != 0 || part.From.Unit == UnitYear {
				return
			}
		}
		p.i += 2
		for k := range s.Parts {
			s.Parts[k].Kind, s.Parts[k].Every, s.Parts[k].Exclusive = KindRecurring, Duration{N: 1, Unit: UnitYear}, false
		}
		return
	}
	if (s.Kind != KindList && s.From.Year == 0 && s.To.Year == 0 && !dayOnly && s.Feast == "" && s.Lunar.IsZero()) &&
		(yearly || p.relAdj && s.Kind != KindRange) &&
		s.Mod != ModFrom && s.Mod != ModAfter && s.From.Unit != UnitYear {
		if yearly {
			p.i += 2
		}
		s.Kind, s.Every, s.Exclusive = KindRecurring, Duration{N: 1, Unit: UnitYear}, false
		if !p.relAdj {
			s.YearOffset = 0
		}
		return
	}
	k := p.i
	if p.isPunct(k, ',') || p.isWord(k, "va") {
		k++
	}
	if p.wordsAt(k, "cac", "nam", "tiep", "theo") > 0 || p.wordsAt(k, "nhung", "nam", "tiep", "theo") > 0 {
		p.i = k + 4 // "và các năm tiếp theo", ", các năm tiếp theo"
		s.Onward = true
	} else if p.words("tro", "di") {
		s.Onward = true
	}
	if s.Mod == ModFrom && s.Kind != KindList && s.Kind != KindRange && !s.SchoolYear && s.Feast == "" && s.Lunar.IsZero() &&
		!s.At.Valid && s.Weekday == 0 && s.YearOffset == 0 && !s.Onward {
		k := p.i
		k += p.wordsAt(k, "cho")
		if p.isWord(k, "den") && p.isWord(k+1, "khi") && k+2 < p.end {
			// "Từ tháng 10/2025 đến khi ...": from a time until an event
			s.Event = p.text(k+1, p.end)
			s.Kind = KindEvent
			p.i = p.end
		}
	}
}

// finish fills in years left out and checks every period.
func (p *parser) finish(s *Schedule) *Error {
	if s.Kind == KindList && p.milestones {
		// Milestones: each part is finished as a phrase of its own.
		p.milestones = false
		// A part without a year takes the year of the next part that has
		// one, else of the one before, as in a list of periods.
		yearless := func(ps *Schedule) bool {
			switch ps.Kind {
			case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
				return ps.From.Year == 0 && ps.YearOffset == 0 && ps.Feast == "" && ps.Lunar.IsZero() &&
					!(ps.From.Unit == UnitDay && ps.From.Part == 0)
			}
			return false
		}
		next := 0
		for k := len(s.Parts) - 1; k >= 0; k-- {
			switch ps := &s.Parts[k]; {
			case yearless(ps) && next != 0:
				ps.From.Year = next
			case ps.From.Year != 0 && ps.Kind != KindRange && ps.Kind != KindList:
				next = ps.From.Year
			}
		}
		prev := 0
		for k := range s.Parts {
			switch ps := &s.Parts[k]; {
			case yearless(ps) && prev != 0:
				ps.From.Year = prev
			case ps.From.Year != 0 && ps.Kind != KindRange && ps.Kind != KindList:
				prev = ps.From.Year
			}
		}
		inferred := true
		var weekday, first *Error
		for k := range s.Parts {
			// Every part is finished, even after one fails for want of
			// its year, so that each reads as a phrase of its own.
			if err := p.finish(&s.Parts[k]); err != nil {
				switch {
				case err.Err == ErrWeekday:
					weekday = err
				case err.Err == ErrNoYear:
					if first == nil {
						first = err
					}
				default:
					return err
				}
			}
			inferred = inferred && s.Parts[k].YearInferred
		}
		s.YearInferred = inferred
		if first != nil {
			return first
		}
		return weekday
	}
	if s.From.Unit == UnitDay && s.From.Part == 0 && s.Kind != KindRecurring {
		if s.Kind != KindRange || s.To.Unit != UnitDay || s.To.Part == 0 {
			return p.errorAt(ErrInvalid, 0, len(p.toks)) // a day without its month
		}
		s.From.Part = s.To.Part // "từ ngày 08 đến ngày 10 tháng 12", "16-22/11/2025"
		if s.From.Year == 0 {
			s.From.Year = s.To.Year
		}
		if s.From.Day > s.To.Day {
			// "30-1/2": from the 30th of the month before.
			if s.From.Part--; s.From.Part == 0 {
				s.From.Part = 12
				if s.From.Year != 0 {
					s.From.Year--
				}
			}
		}
		y := s.From.Year
		if y == 0 {
			y = 2000 // a leap year: "29/2" without its year may be
		}
		if s.From.Day > civil.DaysIn(y, time.Month(s.From.Part)) {
			return p.errorAt(ErrInvalid, 0, len(p.toks)) // "31-3/5": no 31 April
		}
	}
	if s.Kind == KindRange && s.To.Unit == UnitDay && s.To.Part == 0 && s.From.Unit == UnitDay && s.From.Part != 0 {
		// "1/1-5": to the 5th of the same month, or of the next when the
		// day is before the first.
		s.To.Part, s.To.Year = s.From.Part, s.From.Year
		if s.To.Day < s.From.Day {
			if s.To.Part++; s.To.Part > 12 {
				s.To.Part = 1
				if s.To.Year != 0 {
					s.To.Year++
				}
			}
		}
		y := s.To.Year
		if y == 0 {
			y = 2000
		}
		if s.To.Day > civil.DaysIn(y, time.Month(s.To.Part)) {
			return p.errorAt(ErrInvalid, 0, len(p.toks))
		}
	}
	if s.YearOffset != 0 && s.Kind != KindRecurring {
		y := p.ctx.year()
		if y == 0 {
			return p.errorAt(ErrNoYear, 0, len(p.toks))
		}
		s.YearInferred = true
		if s.From.Year == 0 {
			s.From.Year = y + s.YearOffset
		}
		if !s.To.IsZero() && s.To.Year == 0 {
			s.To.Year = y + s.YearOffset
		}
	}
	switch s.Kind {
	case KindEvent:
		if !s.From.IsZero() && s.From.Year == 0 {
			y := p.ctx.year()
			if y == 0 {
				return p.errorAt(ErrNoYear, 0, len(p.toks))
			}
			s.YearInferred, s.From.Year = true, y
		}
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear, KindRange:
		if s.From.Year == 0 && s.To.Year != 0 {
			s.From.Year = s.To.Year
			if s.From.Start().After(s.To.Start()) {
				s.From.Year--
			}
		}
		if s.To.Year == 0 && s.From.Year != 0 && !s.To.IsZero() {
			s.To.Year = s.From.Year
			if s.To.Start().Before(s.From.Start()) {
				s.To.Year++
			}
		}
		if s.From.Year == 0 {
			y := p.ctx.year()
			if y == 0 {
				return p.errorAt(ErrNoYear, 0, len(p.toks))
			}
			s.YearInferred = true
			s.From.Year = y
			if !s.To.IsZero() {
				s.To.Year = y
				if s.To.Start().Before(s.From.Start()) {
					s.To.Year++
				}
			}
		}
	case KindList:
		if len(s.Parts) > 0 && s.Parts[0].Kind == KindRecurring {
			break // days of every year
		}
		// A part without a year takes the year of the next part that has
		// one ("Tháng 6 và tháng 12/2023"), else of the one before.
		next := 0
		for k := len(s.Parts) - 1; k >= 0; k-- {
			if y := s.Parts[k].From.Year; y != 0 {
				next = y
			} else {
				s.Parts[k].From.Year = next
			}
		}
		prev := 0
		for k := range s.Parts {
			if y := s.Parts[k].From.Year; y != 0 {
				prev = y
			} else {
				s.Parts[k].From.Year = prev
			}
		}
		if len(s.Parts) > 0 && s.Parts[0].From.Year == 0 {
			y := p.ctx.year()
			if y == 0 {
				return p.errorAt(ErrNoYear, 0, len(p.toks))
			}
			s.YearInferred = true
			for k := range s.Parts {
				s.Parts[k].From.Year = y
				s.Parts[k].YearInferred = true
			}
		}
	}
	for _, per := range [...]Period{s.From, s.To} {
		if !per.IsZero() && !per.valid() {
			return p.errorAt(ErrInvalid, 0, len(p.toks))
		}
	}
	if s.Kind == KindRange && s.To.End().Before(s.From.Start()) {
		return p.errorAt(ErrInvalid, 0, len(p.toks)) // the range ends before it starts
	}
	for _, part := range s.Parts {
		if !part.From.valid() {
			return p.errorAt(ErrInvalid, 0, len(p.toks))
		}
	}
	if !checkWeekday(s) {
		if p.wdEnd > p.wdAt {
			return p.errorAt(ErrWeekday, p.wdAt, p.wdEnd) // names the weekday written
		}
		return p.errorAt(ErrWeekday, 0, len(p.toks))
	}
	return nil
}
