package deadline

import (
	"strconv"
	"strings"
	"time"

	"github.com/kehoach/kehoach/civil"
)

// Unit is the granularity of a Period or the unit of a Duration.
type Unit uint8

// Units, from the finest to the coarsest. UnitWeek is used by durations only.
const (
	UnitNone Unit = iota
	UnitDay
	UnitWeek
	UnitMonth
	UnitQuarter
	UnitHalf
	UnitYear
)

var unitNames = [...]string{"", "day", "week", "month", "quarter", "half", "year"}

// String returns the unit's English name ("day", "month", ...).
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "unit(" + strconv.Itoa(int(u)) + ")"
}

// Period is one calendar period: a day, a month, a quarter, a half-year or
// a year. Year 0 means a period of every year ("tháng 12 hằng năm") or a
// year that is not known.
type Period struct {
	Unit Unit
	Year int
	// Part is the month (1–12) for UnitDay and UnitMonth, the quarter
	// (1–4) for UnitQuarter, the half (1–2) for UnitHalf, and 0 for UnitYear.
	Part int
	// Day is the day of the month for UnitDay. A day of every month
	// ("trước ngày 20 hằng tháng") has Part 0.
	Day int
	// Qual is the qualifier đầu, giữa or cuối (start, middle, end) written
	// before the period: "cuối quý III/2026". The period keeps its bounds;
	// see Qualifier.
	Qual Qualifier
}

// Qualifier narrows a period to its start, middle or end, as TIMEX3's mods
// START, MID and END. A qualified period keeps its own bounds: its start and
// its due date are those of the whole period ("cuối quý III/2026" is due 30
// September 2026), because a plan that writes "cuối quý" commits to the
// quarter, and an earlier date would be a guess.
type Qualifier uint8

// Qualifiers.
const (
	QualNone  Qualifier = iota
	QualStart           // đầu, những tháng đầu
	QualMid             // giữa
	QualEnd             // cuối, những tháng cuối
)

var qualNames = [...]string{"", "start", "mid", "end"}

// String returns the qualifier's name as used in JSON: "start", "mid",
// "end", or "" for none.
func (q Qualifier) String() string {
	if int(q) < len(qualNames) {
		return qualNames[q]
	}
	return "qualifier(" + strconv.Itoa(int(q)) + ")"
}

func parseQualifier(s string) (Qualifier, bool) {
	for i, n := range qualNames {
		if n == s {
			return Qualifier(i), true
		}
	}
	return 0, false
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// firstMonth returns the first month of p.
func (p Period) firstMonth() time.Month {
	switch p.Unit {
	case UnitDay, UnitMonth:
		return time.Month(p.Part)
	case UnitQuarter:
		return time.Month(3*p.Part - 2)
	case UnitHalf:
		return time.Month(6*p.Part - 5)
	}
	return time.January
}

// lastMonth returns the last month of p.
func (p Period) lastMonth() time.Month {
	switch p.Unit {
	case UnitDay, UnitMonth:
		return time.Month(p.Part)
	case UnitQuarter:
		return time.Month(3 * p.Part)
	case UnitHalf:
		return time.Month(6 * p.Part)
	}
	return time.December
}

// Start returns the first day of p, or the zero Date when p has no year.
func (p Period) Start() Date { return p.startIn(p.Year) }

// End returns the last day of p, or the zero Date when p has no year.
func (p Period) End() Date { return p.endIn(p.Year) }

func (p Period) startIn(y int) Date {
	if y == 0 || p.Unit == UnitNone || p.Unit == UnitDay && p.Part == 0 {
		return Date{}
	}
	if p.Unit == UnitDay {
		return civil.D(y, time.Month(p.Part), p.Day)
	}
	return civil.D(y, p.firstMonth(), 1)
}

func (p Period) endIn(y int) Date {
	if y == 0 || p.Unit == UnitNone || p.Unit == UnitDay && p.Part == 0 {
		return Date{}
	}
	if p.Unit == UnitDay {
		return civil.D(y, time.Month(p.Part), p.Day)
	}
	m := p.lastMonth()
	return civil.D(y, m, civil.DaysIn(y, m))
}

// Value returns p in TIMEX3 form: 2023-06-30, 2023-03, 2023-Q2, 2023-H1,
// 2023; with "XXXX" for the year of a period of every year.
func (p Period) Value() string {
	if p.Unit == UnitNone {
		return ""
	}
	return string(p.appendValue(make([]byte, 0, 10)))
}

func (p Period) appendValue(b []byte) []byte {
	if p.Year == 0 {
		b = append(b, "XXXX"...)
	} else {
		b = appendInt(b, p.Year, 4)
	}
	switch p.Unit {
	case UnitDay:
		b = append(b, '-')
		if p.Part == 0 {
			b = append(b, "XX"...) // a day of every month
		} else {
			b = appendInt(b, p.Part, 2)
		}
		b = append(b, '-')
		b = appendInt(b, p.Day, 2)
	case UnitMonth:
		b = append(b, '-')
		b = appendInt(b, p.Part, 2)
	case UnitQuarter:
		b = append(b, "-Q"...)
		b = appendInt(b, p.Part, 1)
	case UnitHalf:
		b = append(b, "-H"...)
		b = appendInt(b, p.Part, 1)
	}
	return b
}

// parsePeriodValue reads the TIMEX3 form that Value writes.
func parsePeriodValue(s string) (Period, bool) {
	var p Period
	ys, rest, _ := strings.Cut(s, "-")
	if ys != "XXXX" {
		y, err := strconv.Atoi(ys)
		if err != nil || len(ys) != 4 {
			return Period{}, false
		}
		p.Year = y
	}
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && s != "" && s[0] != '+' && s[0] != '-'
	}
	var ok bool
	switch {
	case rest == "" && !strings.Contains(s, "-"):
		p.Unit, ok = UnitYear, true
	case strings.HasPrefix(rest, "Q"):
		p.Unit = UnitQuarter
		p.Part, ok = num(rest[1:])
	case strings.HasPrefix(rest, "H"):
		p.Unit = UnitHalf
		p.Part, ok = num(rest[1:])
	default:
		ms, ds, hasDay := strings.Cut(rest, "-")
		p.Unit = UnitMonth
		if ms == "XX" && hasDay && p.Year == 0 {
			ms, ok = "", true
		} else {
			p.Part, ok = num(ms)
		}
		if ok && hasDay {
			p.Unit = UnitDay
			p.Day, ok = num(ds)
		}
	}
	if !ok || !p.valid() {
		return Period{}, false
	}
	return p, true
}

// valid reports whether p's parts are in range.
func (p Period) valid() bool {
	if p.Year != 0 && (p.Year < minYear || p.Year > maxYear) {
		return false
	}
	switch p.Unit {
	case UnitDay:
		if p.Part == 0 && p.Year == 0 {
			return p.Day >= 1 && p.Day <= 31 // a day of every month
		}
		if p.Part < 1 || p.Part > 12 || p.Day < 1 {
			return false
		}
		if p.Year == 0 {
			return p.Day <= civil.DaysIn(2000, time.Month(p.Part)) // 29 February allowed
		}
		return p.Day <= civil.DaysIn(p.Year, time.Month(p.Part))
	case UnitMonth:
		return p.Part >= 1 && p.Part <= 12
	case UnitQuarter:
		return p.Part >= 1 && p.Part <= 4
	case UnitHalf:
		return p.Part >= 1 && p.Part <= 2
	case UnitYear:
		return p.Part == 0
	}
	return false
}

// Years accepted as a year of a deadline: wide enough for any plan, narrow
// enough that a document number is not read as a year.
const (
	minYear = 1900
	maxYear = 2199
)

// Duration is a length of time counted in whole units: the cycle of a
// recurring schedule or the offset of a relative one.
type Duration struct {
	N    int
	Unit Unit // UnitDay, UnitWeek, UnitMonth or UnitYear
	// WorkingDays marks a count of working days ("ngày làm việc").
	WorkingDays bool
}

// IsZero reports whether d is the zero Duration.
func (d Duration) IsZero() bool { return d == Duration{} }

// String returns d in ISO 8601 form: P30D, P1W, P3M, P1Y.
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	b := append(make([]byte, 0, 8), 'P')
	b = strconv.AppendInt(b, int64(d.N), 10)
	switch d.Unit {
	case UnitDay:
		b = append(b, 'D')
	case UnitWeek:
		b = append(b, 'W')
	case UnitMonth:
		b = append(b, 'M')
	case UnitYear:
		b = append(b, 'Y')
	}
	return string(b)
}

// parseDuration reads the form String writes.
func parseDuration(s string) (Duration, bool) {
	if len(s) < 3 || s[0] != 'P' {
		return Duration{}, false
	}
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n <= 0 || s[1] == '+' {
		return Duration{}, false
	}
	d := Duration{N: n}
	switch s[len(s)-1] {
	case 'D':
		d.Unit = UnitDay
	case 'W':
		d.Unit = UnitWeek
	case 'M':
		d.Unit = UnitMonth
	case 'Y':
		d.Unit = UnitYear
	default:
		return Duration{}, false
	}
	return d, true
}

// addTo returns date plus d; a count of working days skips weekends and
// public holidays (AddWorkingDays).
func (d Duration) addTo(date Date) Date {
	if date.IsZero() {
		return Date{}
	}
	if d.WorkingDays {
		if d.Unit != UnitDay {
			return Date{}
		}
		return AddWorkingDays(date, d.N)
	}
	switch d.Unit {
	case UnitDay:
		return date.AddDate(0, 0, d.N)
	case UnitWeek:
		return date.AddDate(0, 0, 7*d.N)
	case UnitMonth:
		return date.AddDate(0, d.N, 0)
	case UnitYear:
		return date.AddDate(d.N, 0, 0)
	}
	return Date{}
}
