package deadline

// isDateSep reports whether token i separates the parts of a date:
// "/", ".", or a "-" with no space around it.
func (p *parser) isDateSep(i int) bool {
	if i+1 >= p.end || p.toks[i].kind != tokPunct {
		return false
	}
	switch p.toks[i].ch {
	case '/', '.':
		return true
	case '-':
		return !p.toks[i].space && !p.toks[i+1].space
	}
	return false
}

// isYear reports whether token i is a four-digit year.
func (p *parser) isYear(i int) bool { return p.isNum(i) && p.toks[i].ndig == 4 }

// yearAt reads the year at token i, failing for one out of range.
func (p *parser) yearAt(i int) (int, bool) {
	y := p.toks[i].val
	if y < minYear || y > maxYear {
		return 0, p.fail(ErrInvalid, i, i+1)
	}
	return y, true
}

// optYear reads an optional year after a month or quarter: "/2023",
// "-2023", " năm 2023", " Năm 2026".
func (p *parser) optYear() (int, bool) {
	i := p.i
	if _, ok := p.relativeYear(i); ok {
		return 0, true // "Quý I năm sau"
	}
	switch {
	case (p.isPunct(i, '/') || p.isPunct(i, '-') || p.isPunct(i, '.')) && p.isYear(i+1):
		i++
	case p.isWord(i, "nam") && p.isYear(i+1):
		i++
	default:
		return 0, true
	}
	y, ok := p.yearAt(i)
	p.i = i + 1
	return y, ok
}

// period reads one calendar period. hint is the unit of the period before
// it in a range or list, which lets a bare number stand for it: the "6" of
// "Tháng 3-6/2023", the "II" of "Quý I, II/2023".
func (p *parser) period(hint Unit) (Period, bool) {
	i := p.i
	if hint == UnitNone {
		if per, ok := p.qualified(); ok {
			return per, true
		}
		if p.err != nil {
			return Period{}, false
		}
	}
	switch {
	case p.isWord(i, "ngay") && p.isNum(i+1):
		p.i = i + 1
		return p.dayMonth()
	case p.isNum(i+1) && (p.isWord(i, "thang") || p.isWord(i, "t") && !p.toks[i+1].space):
		p.i = i + 1
		return p.month()
	case p.isWord(i, "q") && p.isNum(i+1) && !p.toks[i+1].space && p.toks[i+1].val >= 1 && p.toks[i+1].val <= 4:
		p.i = i + 1 // "Q3/2026"
		return p.quarter(i)
	case p.isWord(i, "quy") || p.isWord(i, "qui"):
		p.i = i + 1
		return p.quarter(i)
	case p.isWord(i, "nua") && (p.isWord(i+1, "dau") || p.isWord(i+1, "cuoi")) && p.isWord(i+2, "nam"):
		return p.half(i+1, i+3)
	case p.isWord(i, "nam") && !p.isNum(i+1):
		if _, ok := p.relativeYear(i); ok && hint == UnitNone {
			return Period{Unit: UnitYear}, true // "năm sau"
		}
		return Period{}, false
	case p.isWord(i, "nam") && p.isNum(i+1):
		if !p.isYear(i + 1) {
			return Period{}, false
		}
		y, ok := p.yearAt(i + 1)
		p.i = i + 2
		return Period{Unit: UnitYear, Year: y}, ok
	case p.isNum(i):
		t := p.toks[i]
		switch {
		case t.val == 6 && t.ndig == 1 && p.isWord(i+1, "thang") && (p.isWord(i+2, "dau") || p.isWord(i+2, "cuoi")) && p.isWord(i+3, "nam"):
			return p.half(i+2, i+4)
		case t.ndig == 4:
			y, ok := p.yearAt(i)
			p.i = i + 1
			return Period{Unit: UnitYear, Year: y}, ok
		case hint == UnitMonth:
			return p.month()
		case hint == UnitQuarter:
			return p.quarter(i - 1)
		case p.isWord(i+1, "thang") && p.isNum(i+2):
			return p.dayMonth() // "dịp 19 tháng 12 năm 2025"
		case p.isDateSep(i+1) && p.isNum(i+2):
			if p.toks[i+2].ndig == 4 { // 12/2025
				p.i = i + 2
				y, ok := p.yearAt(i + 2)
				p.i = i + 3
				per := Period{Unit: UnitMonth, Year: y, Part: t.val}
				if !per.valid() {
					return per, p.fail(ErrInvalid, i, i+3)
				}
				return per, ok
			}
			return p.dayMonth()
		}
	case hint == UnitQuarter && roman(p.wordAt(i)) > 0:
		return p.quarter(i - 1)
	}
	return Period{}, false
}

// wordAt returns the folded word at token i, or "".
func (p *parser) wordAt(i int) []byte {
	if i >= p.end || p.toks[i].kind != tokWord {
		return nil
	}
	return p.fold[p.toks[i].f0:p.toks[i].f1]
}

// dayMonth reads a day at p.i: "30/6/2023", "30/06", "30-6-23",
// "30 tháng 6 năm 2023".
func (p *parser) dayMonth() (Period, bool) {
	i := p.i
	per := Period{Unit: UnitDay, Day: p.toks[i].val}
	if p.toks[i].ndig > 2 {
		return Period{}, false
	}
	var j int
	switch {
	case p.dayOnly(i + 1):
		// The first day of a range ("16-22/11/2025", "từ ngày 08 đến ngày
		// 10 tháng 12") or a day of every month ("ngày 20 hằng tháng"):
		// its month comes later.
		p.i = i + 1
		if per.Day < 1 || per.Day > 31 {
			return per, p.fail(ErrInvalid, i, i+1)
		}
		return per, true
	case p.isDateSep(i+1) && p.isNum(i+2):
		per.Part = p.toks[i+2].val
		j = i + 3
		if p.isDateSep(j) && p.isNum(j+1) {
			switch y := p.toks[j+1]; y.ndig {
			case 4:
				per.Year = y.val
				j += 2
			case 2:
				per.Year = 2000 + y.val
				j += 2
			}
		}
	case p.isWord(i+1, "thang") && p.isNum(i+2):
		per.Part = p.toks[i+2].val
		j = i + 3
		if p.isWord(j, "nam") && p.isYear(j+1) {
			per.Year = p.toks[j+1].val
			j += 2
		}
	default:
		return Period{}, false
	}
	if per.Year == 0 {
		if k, ok := p.relativeYear(j); ok {
			j = k // "trước ngày 15/02 năm sau"
		}
	}
	if p.wordsAt(j, "am", "lich") > 0 {
		// "ngày 10 tháng 3 âm lịch", "ngày 10/3 âm lịch năm 2026"
		p.lunar = true
		j += 2
		if per.Year == 0 && p.isWord(j, "nam") && p.isYear(j+1) {
			per.Year = p.toks[j+1].val
			j += 2
		}
	}
	p.i = j
	if per.Part == 0 || !per.valid() {
		return per, p.fail(ErrInvalid, i, j)
	}
	return per, true
}

// month reads a month at p.i, with its year if written.
func (p *parser) month() (Period, bool) {
	i := p.i
	t := p.toks[i]
	if t.ndig > 2 {
		return Period{}, false
	}
	p.i++
	y, ok := p.optYear()
	per := Period{Unit: UnitMonth, Year: y, Part: t.val}
	if ok && !per.valid() {
		return per, p.fail(ErrInvalid, i, p.i)
	}
	return per, ok
}

// roman returns the value of a folded Roman numeral from I to XII, or 0.
func roman(w []byte) int {
	switch string(w) {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	case "xi":
		return 11
	case "xii":
		return 12
	}
	return 0
}

// quarter reads the number of a quarter at p.i, Roman or Arabic, with its
// year if written. kw is the index of the word "Quý".
func (p *parser) quarter(kw int) (Period, bool) {
	i := p.i
	var q int
	switch {
	case p.isNum(i) && p.toks[i].ndig <= 2:
		q = p.toks[i].val
	case roman(p.wordAt(i)) > 0:
		q = roman(p.wordAt(i))
	default:
		return Period{}, false
	}
	p.i++
	y, ok := p.optYear()
	per := Period{Unit: UnitQuarter, Year: y, Part: q}
	if ok && !per.valid() {
		return per, p.fail(ErrInvalid, max(kw, 0), p.i)
	}
	return per, ok
}

// half reads "6 tháng đầu năm 2023", "nửa cuối năm": which is the index of
// "đầu"/"cuối" and j the index after "năm".
func (p *parser) half(which, j int) (Period, bool) {
	per := Period{Unit: UnitHalf, Part: 1}
	if p.isWord(which, "cuoi") {
		per.Part = 2
	}
	p.i = j
	if p.isYear(j) {
		y, ok := p.yearAt(j)
		per.Year = y
		p.i = j + 1
		return per, ok
	}
	return per, true
}

// dayOnly reports whether what follows a day at token j shows that its
// month is written later or is every month's.
func (p *parser) dayOnly(j int) bool {
	switch {
	case p.isPunct(j, '-') && !p.toks[j].space && p.isNum(j+1) && p.toks[j+1].ndig <= 2 &&
		(p.isPunct(j+2, '/') || p.isPunct(j+2, '.')) && p.isDateSep(j+2) && p.isNum(j+3):
		return true // 16-22/11/2025, not 30-6-2023
	case p.isWord(j, "den") || p.isWord(j, "toi"):
		return p.isWord(j+1, "ngay") && p.isNum(j+2) || p.isNum(j+1) && p.toks[j+1].ndig <= 2
	case p.isWord(j, "hang") || p.isWord(j, "moi"):
		return p.isWord(j+1, "thang")
	case p.isWord(j, "cua") || p.isWord(j, "cac"):
		return p.isWord(j+1, "thang") && !p.isNum(j+2)
	case p.isWord(j, "thang"):
		_, n := p.monthOfQuarter(j)
		return n > 0
	}
	return false
}

// monthOfQuarter reads "tháng đầu quý", "của tháng cuối quý", "tháng đầu
// quý sau" at token j: the first or last month of every quarter. It returns
// the qualifier and the number of tokens, or 0.
func (p *parser) monthOfQuarter(j int) (Qualifier, int) {
	k := j + p.wordsAt(j, "cua")
	if !p.isWord(k, "thang") || !p.isWord(k+2, "quy") && !p.isWord(k+2, "qui") {
		return 0, 0
	}
	var q Qualifier
	switch {
	case p.isWord(k+1, "dau"):
		q = QualStart
	case p.isWord(k+1, "cuoi"):
		q = QualEnd
	default:
		return 0, 0
	}
	k += 3
	if q == QualStart {
		k += p.wordsAt(k, "sau") + p.wordsAt(k, "tiep", "theo") + p.wordsAt(k, "ke", "tiep")
	}
	return q, k - j
}
