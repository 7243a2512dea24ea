package deadline

// A phrase is read as parts: each part is a time (a core), with the words
// before it (a verb or a label: "Ban hành kế hoạch", "Thời gian hoàn
// thành") and after it kept as its note. One part gives a schedule of the
// part's kind; several give a list whose parts are the milestones of the
// phrase ("Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất
// trong tháng 5/2027").

// phrase reads tokens a to b into s and reports whether a time was found.
func (p *parser) phrase(s *Schedule, a, b int) bool {
	type part struct {
		s          Schedule
		lead, core int // the part's first token, its time's first token
		end        int // the token after its time
		trail      int // the token after its own words
	}
	var first *Error
	p.end = b
	p.milestones = false
	// The first time: at a, of any kind, or later, of a timed kind.
	*s = Schedule{}
	k, ok := a, p.coreAt(s, a, true)
	if !ok {
		first = p.err
		k, ok = p.scan(s, a, b)
	}
	if !ok {
		if first == nil || first.Err == ErrUnknown {
			first = p.errorAt(ErrUnknown, a, b)
		}
		p.err = first
		return false
	}
	if k == a && p.i == b {
		return true // the phrase is one time
	}
	var buf [4]part
	parts := append(buf[:0], part{s: *s, lead: a, core: k, end: p.i})
	for len(parts) < maxParts && p.paired(a, k) {
		last := &parts[len(parts)-1]
		from := last.end
		start := from
		if p.isPunct(from, ':') {
			// "Quý I/2026: Hoàn thiện thủ tục": the words describe the time
			// up to the next ";" ("Năm 2025: 50%; năm 2026: 100%").
			start = p.nextSemicolon(from, b)
			if start < 0 {
				break
			}
		}
		var next Schedule
		k, ok := p.scan(&next, start, b)
		if !ok || !p.paired(from, k) {
			break // words with a parenthesis left open end the milestones
		}
		// The words between two times: those up to the first separator end
		// the part before, the others lead the next.
		sep := p.firstSep(from, k)
		if sep < 0 && contains(last.s, next) {
			// "Riêng năm 2020 hoàn thành trong quý II/2020": the wider time
			// is the scope of the narrower one.
			lead := last.lead
			parts = parts[:len(parts)-1]
			parts = append(parts, part{s: next, lead: lead, core: k, end: p.i})
			continue
		}
		if sep < 0 {
			last.trail = from
			parts = append(parts, part{s: next, lead: from, core: k, end: p.i})
		} else {
			last.trail = sep
			parts = append(parts, part{s: next, lead: sep + 1, core: k, end: p.i})
		}
	}
	parts[len(parts)-1].trail = b
	p.end = b
	for i := range parts {
		pt := &parts[i]
		if pt.trail < pt.end {
			pt.trail = pt.end
		}
		trail := p.noteText(pt.end, pt.trail)
		if wd := p.onlyWeekday(pt.end, pt.trail); wd > 0 && pt.s.Kind == KindDate && pt.s.From.Unit == UnitDay && pt.s.Weekday == 0 {
			pt.s.Weekday, trail = wd, "" // "ngày 18/9/2026, thứ Sáu"
			p.wdAt, p.wdEnd = pt.end, pt.trail
		}
		pt.s.Note = joinNotes([]string{p.noteText(pt.lead, pt.core), trail})
	}
	p.milestones = len(parts) > 1
	p.end = b
	if len(parts) == 1 {
		*s = parts[0].s
		return true
	}
	*s = Schedule{Kind: KindList}
	recurring := false
	for _, pt := range parts {
		recurring = recurring || pt.s.Kind == KindRecurring
	}
	var flat []Schedule
	for _, pt := range parts {
		ps := pt.s
		ps.Raw = p.text(pt.lead, pt.trail)
		if ps.Kind == KindList && len(ps.Parts) > 0 {
			// A list of periods among milestones: its periods are parts.
			sub := ps.Parts
			sub[0].Note = joinNotes([]string{p.noteText(pt.lead, pt.core), sub[0].Note})
			sub[len(sub)-1].Note = joinNotes([]string{sub[len(sub)-1].Note, p.noteText(pt.end, pt.trail)})
			flat = append(flat, sub...)
			continue
		}
		flat = append(flat, ps)
	}
	for _, ps := range flat {
		if recurring && ps.Kind == KindDate && ps.From.Year == 0 && ps.From.Part != 0 && ps.YearOffset == 0 &&
			ps.Feast == "" && ps.Lunar.IsZero() && !ps.SchoolYear {
			// "định kỳ 6 tháng, trước ngày 15/6 và trước ngày 01/12": a day
			// without its year in a recurring phrase is a day of every year.
			ps.Kind, ps.Every, ps.YearInferred = KindRecurring, Duration{N: 1, Unit: UnitYear}, false
			ps.From.Year = 0
			ps.Exclusive = false
		}
		s.Parts = append(s.Parts, ps)
	}
	return true
}

// onlyWeekday returns the day of the week that tokens i to j are, with
// separators and parentheses around it, or 0.
func (p *parser) onlyWeekday(i, j int) int {
	for i < j && p.toks[i].kind == tokPunct && (isSepCh(p.toks[i].ch) || p.toks[i].ch == '(') {
		i++
	}
	for j > i && p.toks[j-1].kind == tokPunct && (isSepCh(p.toks[j-1].ch) || p.toks[j-1].ch == ')') {
		j--
	}
	save := p.end
	p.end = j
	wd, n := p.weekdayAt(i)
	p.end = save
	if n == 0 || i+n != j {
		return 0
	}
	return wd
}

// nextSemicolon returns the first ";" after token i, before b and outside
// parentheses, or -1.
func (p *parser) nextSemicolon(i, b int) int {
	for k := i; k < b; k++ {
		switch {
		case p.isPunct(k, '('):
			c := p.closing(k, b)
			if c < 0 {
				return -1
			}
			k = c
		case p.isPunct(k, ';'):
			return k
		}
	}
	return -1
}

// contains reports whether the time of a covers that of b, both single
// dated periods.
func contains(a, b Schedule) bool {
	single := func(s Schedule) bool {
		switch s.Kind {
		case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
			return s.From.Year != 0 && s.Feast == "" && s.Lunar.IsZero() && s.YearOffset == 0
		}
		return false
	}
	if !single(a) || !single(b) || a.Mod != ModNone || a.From.Unit <= b.From.Unit {
		return false
	}
	return !b.From.Start().Before(a.From.Start()) && !b.From.End().After(a.From.End())
}

// firstSep returns the first separator (";", else ",", else "và") among
// tokens i to j, or -1: the words before it end the part before, the others
// lead the next.
func (p *parser) firstSep(i, j int) int {
	for _, sep := range [...]byte{';', ','} {
		for k := i; k < j; k++ {
			if p.isPunct(k, '(') {
				if c := p.closing(k, j); c > 0 {
					k = c // a separator inside an aside is the aside's
				}
				continue
			}
			if p.isPunct(k, sep) {
				return k
			}
		}
	}
	for k := i; k < j; k++ {
		if p.isPunct(k, '(') {
			if c := p.closing(k, j); c > 0 {
				k = c
			}
			continue
		}
		if p.isWord(k, "va") {
			return k
		}
	}
	return -1
}

// noteText returns the text of tokens i to j as a note: without the
// separators around it, and without parentheses that enclose all of it.
func (p *parser) noteText(i, j int) string {
	for i < j && p.toks[i].kind == tokPunct && isSepCh(p.toks[i].ch) {
		i++
	}
	for j > i && p.toks[j-1].kind == tokPunct && isSepCh(p.toks[j-1].ch) {
		j--
	}
	for i < j && p.isPunct(i, '(') && p.isPunct(j-1, ')') && p.openParenAt(i, j) == i && p.paired(i+1, j-1) {
		i, j = i+1, j-1
	}
	return p.text(i, j)
}

// openParenAt returns the "(" that the ")" ending tokens i to j closes.
func (p *parser) openParenAt(i, j int) int {
	save := p.end
	p.end = j
	k := p.openParen(i, j)
	p.end = save
	return k
}

func isSepCh(c byte) bool {
	return c == ',' || c == ';' || c == ':' || c == '-' || c == '.' || c == '/'
}

// scan finds the first token from i on, before b, where a timed core
// starts, skipping parenthesised asides and the numbers and dates of cited
// documents, reads it into s and returns its index.
func (p *parser) scan(s *Schedule, i, b int) (int, bool) {
	for k := i; k < b; k++ {
		t := &p.toks[k]
		if t.kind == tokPunct {
			if t.ch == '(' {
				c := p.closing(k, b)
				if c < 0 {
					return -1, false // an aside that runs to the end
				}
				k = c // an aside
			}
			continue
		}
		if !p.mayStart(k) {
			continue
		}
		if k > 0 && !t.space {
			// Inside a run of letters and digits ("13/2023", "Quý1A"):
			// only after a separator.
			if q := &p.toks[k-1]; q.kind != tokPunct || !(q.ch == ',' || q.ch == ';' || q.ch == ':' || q.ch == '(' || q.ch == ')') {
				continue
			}
		}
		if p.inDocNumber(k) {
			continue
		}
		if e := p.citedDateEnd(k); e > k {
			k = e - 1
			continue
		}
		*s = Schedule{}
		p.end = b
		p.quiet = true
		ok := p.coreAt(s, k, false)
		p.quiet = false
		if ok {
			return k, true
		}
		if p.err != nil && p.err.Err == ErrInvalid && p.partial == nil {
			e := *p.err
			e.Err = ErrPartial
			p.partial = &e
		}
		p.err = nil
	}
	return -1, false
}

// closing returns the ")" before b that closes the "(" at token k, or -1.
// The match of every "(" is found once per phrase.
func (p *parser) closing(k, b int) int {
	if p.match == nil {
		p.match = make(map[int]int)
		var stack []int
		for j := range p.toks {
			switch {
			case p.toks[j].kind != tokPunct:
			case p.toks[j].ch == '(':
				stack = append(stack, j)
			case p.toks[j].ch == ')' && len(stack) > 0:
				p.match[stack[len(stack)-1]] = j
				stack = stack[:len(stack)-1]
			}
		}
	}
	if c, ok := p.match[k]; ok && c < b {
		return c
	}
	return -1
}

// coreAt reads one time at token k into s: with any set, also the kinds
// that take the rest of the phrase (theo, event, relative).
func (p *parser) coreAt(s *Schedule, k int, any bool) bool {
	p.i, p.err = k, nil
	p.truoc, p.relYear, p.relAdj, p.lunar = false, 0, false, false
	timed := false
	switch {
	case p.ongoing(s):
	case p.recurrence(s):
	case any && p.theo(s):
	case any && p.event(s):
	case any && p.relative(s):
	case p.err == nil && p.timeExpr(s):
		timed = true
	}
	if p.err != nil || s.Kind == KindUnknown {
		if p.err == nil && any {
			p.err = p.errorAt(ErrUnknown, k, p.end)
		}
		p.i = k
		return false
	}
	if timed {
		p.suffixes(s)
	}
	return true
}

// mayStart reports whether a time may start at token k: a number, or a
// word that opens one. It keeps the scan from trying every word.
func (p *parser) mayStart(k int) bool {
	t := &p.toks[k]
	if t.kind == tokNum {
		return true
	}
	if t.kind != tokWord {
		return false
	}
	switch string(p.fold[t.f0:t.f1]) {
	case "truoc", "cham", "trong", "vao", "tu", "den", "toi", "hoan", "xong", "ngay", "thang", "quy", "qui",
		"nam", "nua", "dinh", "hang", "moi", "dip", "tet", "ram", "gio", "thu", "chu", "sau", "ke", "bat",
		"giua", "dau", "cuoi", "nhung", "cac", "t", "q", "lien", "thuong", "giai", "khong", "het":
		return true
	}
	return false
}

// inDocNumber reports whether token k is inside the number of a cited
// document ("06/QĐ-TTg", "766/2022/QĐ-TTg", "30-TB/TGV"): a run of tokens
// without white space that holds "/" or "-" and a word of two letters or
// more that is not a Roman numeral.
func (p *parser) inDocNumber(k int) bool {
	i, j := k, k+1
	for i > 0 && !p.toks[i].space {
		i--
	}
	for j < len(p.toks) && !p.toks[j].space {
		j++
	}
	return p.docRun(i, j)
}

// docRun reports whether tokens i to j are a document number.
func (p *parser) docRun(i, j int) bool {
	edge := func(k int) bool {
		t := &p.toks[k]
		return t.kind == tokPunct && (t.ch == '(' || t.ch == ')' || t.ch == ',' || t.ch == ';' || t.ch == ':' || t.ch == '.')
	}
	for i < j && edge(i) {
		i++
	}
	for j > i && edge(j-1) {
		j--
	}
	return p.numberRun(i, j)
}

// numberRun reports whether tokens i to j, without punctuation around
// them, are a document number.
func (p *parser) numberRun(i, j int) bool {
	slash, word := false, false
	for k := i; k < j; k++ {
		t := &p.toks[k]
		switch {
		case t.kind == tokPunct && (t.ch == '/' || t.ch == '-'):
			slash = true
		case t.kind == tokPunct && t.ch != '.' && t.ch != '&':
			return false // "(0/AA);": not one number
		case t.kind == tokWord && t.f1-t.f0 >= 2 && roman(p.fold[t.f0:t.f1]) == 0:
			w := string(p.fold[t.f0:t.f1])
			if w != "gio" && w != "phut" {
				word = true
			}
		}
	}
	return slash && word
}

// citedDateEnd returns, when token k starts the date of a cited document
// ("Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022"), the token after
// the date; else 0.
func (p *parser) citedDateEnd(k int) int {
	if !p.isWord(k, "ngay") || k == 0 || !p.toks[k].space {
		return 0
	}
	j := k - 1
	if p.isPunct(j, ',') && j > 0 {
		j-- // "số 06/QĐ-TTg, ngày ..."
	}
	i := j
	for i > 0 && !p.toks[i].space {
		i--
	}
	if p.isPunct(i, '(') {
		i++
	}
	if i > j || !p.numberRun(i, j+1) {
		return 0 // the date must follow the number itself
	}
	save, saveErr := p.i, p.err
	p.i = k
	_, ok := p.period(UnitNone)
	e := p.i
	p.i, p.err = save, saveErr
	if !ok || e <= k {
		return k + 1
	}
	return e
}
