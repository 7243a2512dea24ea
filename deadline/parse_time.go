package deadline

import (
	"time"

	"github.com/kehoach/kehoach/civil"
)

// clockAt reads a time of day at token i: "16 giờ", "20 giờ 15 phút",
// "14 giờ 30", "9h00’", "12h", "15:00". It returns the clock and the token
// after it.
func (p *parser) clockAt(i int) (Clock, int, bool) {
	if !p.isNum(i) || p.toks[i].ndig > 2 {
		return Clock{}, i, false
	}
	h := p.toks[i].val
	m := 0
	j := i + 1
	switch {
	case p.isWord(j, "gio") || p.isWord(j, "h") && !p.toks[j].space:
		j++
		if p.isNum(j) && p.toks[j].ndig <= 2 && (p.durationUnit(j+1) == UnitNone || p.isNum(j+2)) {
			m = p.toks[j].val
			j++
			j += p.wordsAt(j, "phut")
		}
	case p.isPunct(j, ':') && !p.toks[j].space && p.isNum(j+1) && !p.toks[j+1].space && p.toks[j+1].ndig == 2:
		m = p.toks[j+1].val
		j += 2
	default:
		return Clock{}, i, false
	}
	for j < p.end && p.toks[j].kind == tokPunct && !p.toks[j].space && (p.toks[j].ch == '\'' || p.toks[j].ch == 0) {
		j++ // 9h00’
	}
	if h > 24 || m > 59 || h == 24 && m != 0 {
		return Clock{}, i, p.fail(ErrInvalid, i, j)
	}
	return Clock{Hour: h, Minute: m, Valid: true}, j, true
}

// clocks reads a time of day or a span of two at p.i: "16 giờ", "từ 14
// giờ 30 đến 16 giờ" (the "từ" read by the caller), "20 giờ 15 phút - 20
// giờ 45 phút".
func (p *parser) clocks() (at, until Clock, ok bool) {
	at, j, ok := p.clockAt(p.i)
	if !ok {
		return
	}
	p.i = j
	save := p.i
	if p.isPunct(p.i, '-') || p.isWord(p.i, "den") || p.isWord(p.i, "toi") {
		p.i++
		if u, j, ok := p.clockAt(p.i); ok {
			until, p.i = u, j
			return at, until, true
		}
		p.i = save
	}
	return at, Clock{}, true
}

// weekdayAt reads a day of the week at token i: "thứ Sáu", "thứ 6",
// "Chủ nhật", "ngày thứ Năm". It returns the ISO day (1 Monday … 7 Sunday)
// and the number of tokens, or 0, 0.
func (p *parser) weekdayAt(i int) (int, int) {
	k := i
	if p.isWord(k, "ngay") && (p.isWord(k+1, "thu") || p.isWord(k+1, "chu")) {
		k++
	}
	switch {
	case p.isWord(k, "chu") && p.isWord(k+1, "nhat"):
		return 7, k + 2 - i
	case p.isWord(k, "thu"):
		names := [...]string{"hai", "ba", "tu", "nam", "sau", "bay"}
		for d, w := range names {
			if p.isWord(k+1, w) {
				return d + 1, k + 2 - i
			}
		}
		if p.isNum(k+1) && p.toks[k+1].space && p.toks[k+1].ndig == 1 && p.toks[k+1].val >= 2 && p.toks[k+1].val <= 7 {
			return p.toks[k+1].val - 1, k + 2 - i
		}
	}
	return 0, 0
}

// everyAt reads "hằng tuần", "hàng ngày", "mỗi tháng" at token i: the
// cycle of a rule whose day is written before it.
func (p *parser) everyAt(i int) (Duration, bool) {
	if !p.isWord(i, "hang") && !p.isWord(i, "moi") {
		return Duration{}, false
	}
	return p.cycle(i + 1)
}

// schoolYear reads "năm học 2026-2027": 1 September 2026 to 31 May 2027.
func (p *parser) schoolYear(s *Schedule) bool {
	i := p.i
	if p.wordsAt(i, "nam", "hoc") == 0 || !p.isYear(i+2) {
		return false
	}
	y1, ok := p.yearAt(i + 2)
	if !ok {
		return false
	}
	j := i + 3
	y2 := y1 + 1
	if (p.isPunct(j, '-') || p.isPunct(j, '/') || p.isWord(j, "den")) && p.isYear(j+1) {
		y2 = p.toks[j+1].val
		j += 2
	}
	if y2 != y1+1 {
		return p.fail(ErrInvalid, i, j)
	}
	p.i = j
	s.Kind, s.SchoolYear = KindRange, true
	s.From = Period{Unit: UnitDay, Year: y1, Part: 9, Day: 1}
	s.To = Period{Unit: UnitDay, Year: y2, Part: 5, Day: 31}
	return true
}

// feast reads a festival of the lunar calendar at p.i, with its year if
// written: "Tết Nguyên đán năm 2027", "Rằm tháng Giêng", "Tết Trung thu".
// Without a year it is the Context's year, or the next one when the
// festival of that year comes before the signing date.
func (p *parser) feast(s *Schedule) bool {
	i := p.i
	switch string(p.wordAt(i)) {
	case "tet", "ram", "gio":
	default:
		return false
	}
	if p.wordsAt(i, "tet", "duong", "lich") > 0 {
		return false // 1 January
	}
	for _, f := range feasts {
		n := p.wordsAt(i, f.words...)
		if n == 0 {
			continue
		}
		j := i + n
		y := 0
		cc := -1
		if c, ok := p.canChiAt(j); ok {
			cc, j = c, j+2 // "Tết Nguyên đán Bính Ngọ"
		}
		switch {
		case p.isWord(j, "nam") && p.isYear(j+1):
			j++
			fallthrough
		case p.isYear(j):
			var ok bool
			if y, ok = p.yearAt(j); !ok {
				return false
			}
			j++
		}
		p.i = j
		s.Kind, s.Feast = KindDate, f.name
		if y == 0 {
			s.YearInferred = true
			y = p.ctx.year()
			if y == 0 {
				return true // ErrNoYear, from finish
			}
			switch {
			case cc >= 0:
				y = nearestCanChi(y, cc) // the year of that name nearest the plan's
				s.YearInferred = false   // the year is written, by its name
			case !p.ctx.Signed.IsZero() && p.ctx.Year == 0:
				if d, ok := f.date.Solar(y); ok && d.Before(p.ctx.Signed) {
					y++
				}
			}
		}
		d, ok := f.date.Solar(y)
		if !ok {
			return p.fail(ErrInvalid, i, j)
		}
		s.From = Period{Unit: UnitDay, Year: d.Year, Part: int(d.Month), Day: d.Day}
		return true
	}
	return false
}

// monthsOfYear reads "10 tháng đầu năm 2025", "02 tháng cuối năm": the
// first or last months of a year, as a range of months. Six months are a
// half, read by period.
func (p *parser) monthsOfYear(s *Schedule) bool {
	i := p.i
	if !p.isNum(i) || !p.isWord(i+1, "thang") || !(p.isWord(i+2, "dau") || p.isWord(i+2, "cuoi")) || !p.isWord(i+3, "nam") {
		return false
	}
	n := p.toks[i].val
	if n < 1 || n > 11 || n == 6 || p.toks[i].ndig > 2 {
		return false
	}
	from, to := Period{Unit: UnitMonth, Part: 1}, Period{Unit: UnitMonth, Part: n}
	if p.isWord(i+2, "cuoi") {
		from.Part, to.Part = 13-n, 12
	}
	j := i + 4
	if p.isYear(j) {
		y, ok := p.yearAt(j)
		if !ok {
			return false
		}
		from.Year, to.Year = y, y
		j++
	}
	p.i = j
	s.Kind, s.From, s.To = KindRange, from, to
	return true
}

// qualified reads a qualifier before a period: "đầu tháng 5/2027",
// "cuối quý III/2026", "giữa năm 2027", "những tháng cuối năm 2025",
// "cuối năm" (the year left out).
func (p *parser) qualified() (Period, bool) {
	i := p.i
	k := i
	if (p.isWord(k, "nhung") || p.isWord(k, "cac")) && (p.isWord(k+1, "thang") || p.isWord(k+1, "ngay")) {
		k += 2
	}
	var q Qualifier
	switch {
	case p.isWord(k, "dau"):
		q = QualStart
	case p.isWord(k, "giua"):
		q = QualMid
	case p.isWord(k, "cuoi"):
		q = QualEnd
	default:
		return Period{}, false
	}
	k++
	p.i = k
	if p.isWord(k, "nam") && !p.isNum(k+1) && !p.isWord(k+1, "hoc") {
		if _, ok := p.relativeYear(k); !ok {
			p.i = k + 1
		}
		return Period{Unit: UnitYear, Qual: q}, true
	}
	if k > i+1 && !p.isWord(k, "nam") {
		p.i = i
		return Period{}, false // "những tháng đầu" of a year only
	}
	per, ok := p.period(UnitNone)
	if !ok || per.Unit == UnitDay || per.Qual != QualNone {
		p.i = i
		return Period{}, false
	}
	per.Qual = q
	return per, true
}

// relativeYear reads a year written relative to the plan's at token i:
// "năm sau", "năm tiếp theo", "năm kế tiếp", "năm liền kề", "năm trước",
// with "của" before it. It sets p.relYear and returns the token after.
func (p *parser) relativeYear(i int) (int, bool) {
	if i > 0 && (p.isWord(i-1, "cac") || p.isWord(i-1, "nhung")) {
		return i, false // "các năm tiếp theo": the years that follow
	}
	k := i + p.wordsAt(i, "cua")
	if !p.isWord(k, "nam") {
		return i, false
	}
	k++
	switch {
	case p.isWord(k, "sau"):
		p.relYear = 1
		k++
	case p.wordsAt(k, "tiep", "theo") > 0, p.wordsAt(k, "ke", "tiep") > 0:
		p.relYear = 1
		k += 2
	case p.wordsAt(k, "lien", "ke") > 0:
		p.relYear, p.relAdj = 1, true
		k += 2
	case p.wordsAt(k, "truoc", "lien", "ke") > 0:
		p.relYear, p.relAdj = -1, true // "năm trước liền kề": the year before each
		k += 3
	case p.isWord(k, "truoc") && !p.isWord(k+1, "ngay") && !p.isNum(k+1):
		p.relYear = -1
		k++
	default:
		return i, false
	}
	p.i = k
	return k, true
}

// checkWeekday reports whether a written day of the week agrees with the
// date of s.
func checkWeekday(s *Schedule) bool {
	if s.Weekday == 0 || s.Kind != KindDate || s.From.Unit != UnitDay || s.From.Year == 0 {
		return true
	}
	d := civil.D(s.From.Year, time.Month(s.From.Part), s.From.Day)
	return !d.Valid() || isoWeekday(d) == s.Weekday
}

// The sexagenary names of lunar years (can chi): "Bính Ngọ" is 2026.
var (
	cans = [...]string{"giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"}
	chis = [...]string{"ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"}
)

// canChiAt reads the name of a lunar year at token j and returns its place
// in the sixty-year cycle (0 for Giáp Tý).
func (p *parser) canChiAt(j int) (int, bool) {
	c, z := -1, -1
	for k, w := range cans {
		if p.isWord(j, w) {
			c = k
		}
	}
	w := string(p.wordAt(j + 1))
	if w == "meo" {
		w = "mao" // Mẹo, the southern name of Mão
	}
	for k, n := range chis {
		if w == n && (k != 0 && k != 5 || (c%2 == 0) == (k == 0)) {
			z = k // Tý (0) and Tỵ (5) fold alike: the stem's parity tells them apart
		}
	}
	if c < 0 || z < 0 || c%2 != z%2 {
		return 0, false
	}
	for n := 0; n < 60; n++ {
		if n%10 == c && n%12 == z {
			return n, true
		}
	}
	return 0, false
}

// nearestCanChi returns the year of place n in the sixty-year cycle
// nearest to y. Giáp Tý (0) was 1984.
func nearestCanChi(y, n int) int {
	base := 1984 + n
	k := (y - base) / 60
	best := base + 60*k
	for _, c := range [...]int{best - 60, best + 60} {
		if abs(c-y) < abs(best-y) {
			best = c
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
