package deadline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/docref"
)

// Kind says what sort of deadline a phrase names.
type Kind uint8

// The kinds of deadline, as in the table of the package documentation.
const (
	KindUnknown   Kind = iota // not understood; Raw keeps the text
	KindDate                  // one day: 30/6/2023
	KindMonth                 // Tháng 03/2023
	KindQuarter               // Quý II/2023
	KindHalf                  // 6 tháng đầu năm 2023
	KindYear                  // Năm 2023
	KindRange                 // Tháng 3-6/2023, 2023-2025
	KindRecurring             // Hằng năm, Hằng quý, Tháng 12 hằng năm
	KindOngoing               // Thường xuyên
	KindSchedule              // Theo lịch của Tổ Công tác
	KindReference             // Theo tiến độ tại Quyết định số 766/QĐ-TTg
	KindEvent                 // Sau khi Nghị định được ban hành
	KindRelative              // Trong vòng 30 ngày kể từ ngày ký
	KindList                  // Tháng 6 và tháng 12/2023
)

var kindNames = [...]string{
	"unknown", "date", "month", "quarter", "half", "year", "range",
	"recurring", "ongoing", "schedule", "reference", "event", "relative", "list",
}

// String returns the kind's name as used in JSON: "month", "ongoing", ...
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("deadline: unknown kind %q", b)
}

// Mod is a modifier in front of a time: "Trước" (before), "Sau" (after),
// "Từ" (from).
type Mod uint8

// Modifiers. "Chậm nhất" (at the latest) and "Đến hết" (until the end of)
// are read as ModBefore.
const (
	ModNone Mod = iota
	ModBefore
	ModAfter
	ModFrom
)

var modNames = [...]string{"", "before", "after", "from"}

// String returns the modifier's name as used in JSON: "before", "after",
// "from", or "" for none.
func (m Mod) String() string {
	if int(m) < len(modNames) {
		return modNames[m]
	}
	return "mod(" + strconv.Itoa(int(m)) + ")"
}

// Context is what a phrase alone does not say. The zero Context works:
// phrases that need it are then read without dates.
type Context struct {
	// Year is the plan's year, used for phrases that leave the year out
	// ("Tháng 6", "Quý IV"). When zero, the year of Signed is used.
	Year int
	// Signed is the signing date of the decision, the anchor of phrases
	// such as "Trong vòng 30 ngày kể từ ngày ký".
	Signed Date
}

func (c Context) year() int {
	if c.Year != 0 {
		return c.Year
	}
	return c.Signed.Year
}

// Schedule is a deadline phrase read as data. Which fields are set depends
// on Kind; the others are zero.
type Schedule struct {
	Raw  string // the phrase as given, in NFC
	Kind Kind
	Mod  Mod // before, after or from; none for ranges

	// From is the period of date, month, quarter, half and year kinds, the
	// start of a range, and the day or window of a recurring schedule
	// (with Year 0: "Tháng 12 hằng năm").
	From Period
	// To is the end of a range or of a recurring window.
	To Period
	// YearInferred reports that the year was not written but taken from
	// the Context.
	YearInferred bool
	// Onward marks "... và các năm tiếp theo" (and the following years).
	Onward bool

	// Every is the cycle of a recurring schedule (P1Y for "Hằng năm") or
	// the offset of a relative one (P30D).
	Every Duration
	// Anchor is what a relative offset counts from, as written ("ngày ký"),
	// and AnchorDate its date when the Context gives it.
	Anchor     string
	AnchorDate Date

	// Basis is what a schedule or reference follows, as written ("lịch",
	// "tiến độ tại"); Owner is whose schedule it is ("Tổ Công tác").
	Basis string
	Owner string
	// Ref is the document a reference cites.
	Ref docref.Ref
	// Event is the event of an event kind ("Sau khi Nghị định được ban
	// hành"), or the event that closes a "Từ ... đến khi ..." phrase.
	Event string
	// Parts are the deadlines of a list.
	Parts []Schedule
	// Tentative marks a time given as expected: "Dự kiến năm 2027",
	// "Quý II/2023 (dự kiến)".
	Tentative bool
	// Note keeps words around the deadline: a parenthesised note, or text
	// after the time that is not a time.
	Note string
}

// Value returns the schedule in TIMEX3 form where one exists: 2023-06-30,
// 2023-03, 2023-Q2, 2023-H1, 2023, an interval 2023-03/2023-06, a cycle
// P3M or a yearly day XXXX-12-15, an offset P30D. Other kinds give "".
func (s Schedule) Value() string {
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		return s.From.Value()
	case KindRange:
		return s.From.Value() + "/" + s.To.Value()
	case KindRecurring:
		if s.From.IsZero() {
			return s.Every.String()
		}
		if s.To.IsZero() {
			return s.From.Value()
		}
		return s.From.Value() + "/" + s.To.Value()
	case KindRelative:
		return s.Every.String()
	}
	return ""
}

// Start returns the first day of the schedule's time, or the zero Date when
// it has none (before-modified, recurring and undated kinds).
func (s Schedule) Start() Date {
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear, KindRange:
		switch s.Mod {
		case ModBefore:
			return Date{}
		case ModAfter:
			if e := s.From.End(); !e.IsZero() {
				return e.AddDate(0, 0, 1)
			}
			return Date{}
		}
		return s.From.Start()
	case KindRelative:
		return s.AnchorDate
	case KindList:
		var min Date
		for _, p := range s.Parts {
			if d := p.Start(); !d.IsZero() && (min.IsZero() || d.Before(min)) {
				min = d
			}
		}
		return min
	}
	return Date{}
}

// Due returns the day by which the work is due, or the zero Date when the
// schedule names none: "from" and "after" phrases, recurring schedules (see
// Next), and the undated kinds. The due date of a list is its earliest.
func (s Schedule) Due() Date {
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		if s.Mod == ModFrom || s.Mod == ModAfter {
			return Date{}
		}
		return s.From.End() // "Năm 2025 và các năm tiếp theo": its first year
	case KindRange:
		return s.To.End()
	case KindRelative:
		return s.Every.addTo(s.AnchorDate)
	case KindList:
		var min Date
		for _, p := range s.Parts {
			if d := p.Due(); !d.IsZero() && (min.IsZero() || d.Before(min)) {
				min = d
			}
		}
		return min
	}
	return Date{}
}

// Next returns the first due date of the schedule strictly after the given
// date: the next occurrence of a recurring schedule, the next part of a
// list, or Due for the other kinds. It reports false when there is none.
//
// A recurring cycle ends on the last day of its period: Hằng quý on 31
// March, 30 June, ...; Hằng tuần on Sunday. Cycles of months are counted
// from January, and a cycle longer than a year from January of the year
// of after.
func (s Schedule) Next(after Date) (Date, bool) {
	var d Date
	switch s.Kind {
	case KindRecurring:
		d = s.nextRecurring(after)
	case KindList:
		for _, p := range s.Parts {
			if n, ok := p.Next(after); ok && (d.IsZero() || n.Before(d)) {
				d = n
			}
		}
	default:
		d = s.Due()
		if !d.After(after) {
			d = Date{}
		}
	}
	return d, !d.IsZero()
}

// DueAsOf returns the due date that counts on the given day: for a
// recurring schedule its first occurrence on or after day; for a list the
// first of its parts due on or after day, or its last part once all have
// passed; for the other kinds Due. The zero day means "from the start":
// a list's earliest part, and no occurrence of a recurring schedule. It
// reports false when there is none. Status, reminders and calendars all
// measure a task by it.
func (s Schedule) DueAsOf(day Date) (Date, bool) {
	if day.IsZero() {
		switch s.Kind {
		case KindList:
			d := s.Due()
			return d, !d.IsZero()
		case KindRecurring:
			return Date{}, false
		}
	}
	switch s.Kind {
	case KindRecurring:
		return s.Next(day.AddDate(0, 0, -1))
	case KindList:
		if d, ok := s.Next(day.AddDate(0, 0, -1)); ok {
			return d, true
		}
		var last Date
		for _, p := range s.Parts {
			if d, ok := p.DueAsOf(day); ok && d.After(last) {
				last = d
			}
		}
		return last, !last.IsZero()
	}
	d := s.Due()
	return d, !d.IsZero()
}

func (s Schedule) nextRecurring(after Date) Date {
	if after.IsZero() {
		return Date{}
	}
	if !s.From.IsZero() { // a day or window of every year
		end := s.From
		if !s.To.IsZero() {
			end = s.To
		}
		for y := after.Year; y <= after.Year+2; y++ {
			if y < 1 || y > 9999 {
				break
			}
			if d := end.endIn(y); d.Valid() && d.After(after) {
				return d
			}
		}
		return Date{}
	}
	e := s.Every
	if e.N <= 0 {
		return Date{}
	}
	switch e.Unit {
	case UnitDay:
		return after.AddDate(0, 0, e.N)
	case UnitWeek:
		// Weeks end on Sunday; every N weeks from the week of after.
		wd := int(after.Time(time.UTC).Weekday()) // Sunday is 0
		days := (7 - wd) % 7
		if days == 0 {
			days = 7 * e.N
		} else {
			days += 7 * (e.N - 1)
		}
		return after.AddDate(0, 0, days)
	case UnitMonth, UnitYear:
		months := e.N
		if e.Unit == UnitYear {
			months *= 12
		}
		// Cycles of the given number of months, counted from January of
		// the year of after: Hằng quý ends in March, June, ...
		idx := after.Year*12 + int(after.Month) - 1 // months since year 0
		base := after.Year * 12
		k := (idx-base)/months + 1
		for {
			endIdx := base + k*months - 1
			y, m := endIdx/12, time.Month(endIdx%12+1)
			d := civil.D(y, m, civil.DaysIn(y, m))
			if d.After(after) {
				return d
			}
			k++
		}
	}
	return Date{}
}

// String returns a canonical Vietnamese phrase for the schedule, which
// Parse reads back, with the same Context, as the same schedule. An
// unknown schedule gives its Raw text.
func (s Schedule) String() string {
	if s.Kind == KindUnknown {
		return s.Raw
	}
	var b strings.Builder
	if s.Tentative {
		b.WriteString("dự kiến ")
	}
	s.write(&b)
	if s.Kind == KindEvent && !s.Tentative {
		return b.String() // the event as written
	}
	return upperFirst(b.String())
}

func (s Schedule) write(b *strings.Builder) {
	if s.Kind == KindUnknown {
		b.WriteString(s.Raw)
		return
	}
	switch s.Mod {
	case ModBefore:
		b.WriteString("trước ")
	case ModAfter:
		b.WriteString("sau ")
	case ModFrom:
		b.WriteString("từ ")
	}
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		writePeriod(b, s.From, s.YearInferred)
	case KindRange:
		if s.Mod == ModNone {
			b.WriteString("từ ")
		}
		writePeriod(b, s.From, s.YearInferred)
		b.WriteString(" đến ")
		writePeriod(b, s.To, s.YearInferred)
	case KindRecurring:
		switch {
		case !s.To.IsZero():
			if s.Mod == ModNone {
				b.WriteString("từ ")
			}
			writePeriod(b, s.From, false)
			b.WriteString(" đến ")
			writePeriod(b, s.To, false)
			b.WriteString(" hằng năm")
		case !s.From.IsZero():
			writePeriod(b, s.From, false)
			b.WriteString(" hằng năm")
		default:
			writeEvery(b, s.Every)
		}
	case KindOngoing:
		b.WriteString("thường xuyên")
	case KindSchedule:
		b.WriteString("theo ")
		b.WriteString(s.Basis)
		if s.Owner != "" {
			b.WriteString(" của ")
			b.WriteString(s.Owner)
		}
	case KindReference:
		b.WriteString("theo ")
		if s.Basis != "" {
			b.WriteString(s.Basis)
			b.WriteByte(' ')
		}
		b.WriteString(s.Ref.Text)
	case KindEvent:
		b.WriteString(s.Event)
	case KindRelative:
		b.WriteString("trong vòng ")
		b.WriteString(strconv.Itoa(s.Every.N))
		b.WriteString(unitWord(s.Every.Unit))
		if s.Every.WorkingDays {
			b.WriteString(" làm việc")
		}
		b.WriteString(" kể từ ")
		b.WriteString(s.Anchor)
	case KindList:
		for i, p := range s.Parts {
			if i > 0 {
				b.WriteString(" và ")
			}
			p.write(b)
		}
	}
	if s.Onward {
		b.WriteString(" và các năm tiếp theo")
	}
	if s.Event != "" && s.Kind != KindEvent {
		b.WriteString(" đến ")
		b.WriteString(s.Event)
	}
	if s.Note != "" {
		if balanced(s.Note) {
			b.WriteString(" (")
			b.WriteString(s.Note)
			b.WriteByte(')')
		} else {
			// Nothing reads ":" as part of a time, so the note stays a note.
			b.WriteString(": ")
			b.WriteString(s.Note)
		}
	}
}

var romans = [...]string{"", "I", "II", "III", "IV"}

func writePeriod(b *strings.Builder, p Period, inferred bool) {
	var buf [16]byte
	year := func() {
		if p.Year != 0 && !inferred {
			b.Write(appendInt(buf[:0], p.Year, 4))
		}
	}
	slashYear := func() {
		if p.Year != 0 && !inferred {
			b.WriteByte('/')
			year()
		}
	}
	switch p.Unit {
	case UnitDay:
		b.WriteString("ngày ")
		b.Write(appendInt(buf[:0], p.Day, 2))
		b.WriteByte('/')
		b.Write(appendInt(buf[:0], p.Part, 2))
		slashYear()
	case UnitMonth:
		b.WriteString("tháng ")
		b.Write(appendInt(buf[:0], p.Part, 2))
		slashYear()
	case UnitQuarter:
		b.WriteString("quý ")
		if p.Part >= 1 && p.Part <= 4 {
			b.WriteString(romans[p.Part])
		}
		slashYear()
	case UnitHalf:
		if p.Part == 1 {
			b.WriteString("6 tháng đầu năm")
		} else {
			b.WriteString("6 tháng cuối năm")
		}
		if p.Year != 0 && !inferred {
			b.WriteByte(' ')
			year()
		}
	case UnitYear:
		b.WriteString("năm")
		if p.Year != 0 && !inferred {
			b.WriteByte(' ')
			year()
		}
	}
}

func unitWord(u Unit) string {
	switch u {
	case UnitDay:
		return " ngày"
	case UnitWeek:
		return " tuần"
	case UnitMonth:
		return " tháng"
	case UnitYear:
		return " năm"
	}
	return ""
}

func writeEvery(b *strings.Builder, e Duration) {
	if e.N == 1 {
		switch e.Unit {
		case UnitDay:
			b.WriteString("hằng ngày")
			return
		case UnitWeek:
			b.WriteString("hằng tuần")
			return
		case UnitMonth:
			b.WriteString("hằng tháng")
			return
		case UnitYear:
			b.WriteString("hằng năm")
			return
		}
	}
	if e.N == 3 && e.Unit == UnitMonth {
		b.WriteString("hằng quý")
		return
	}
	b.WriteString("định kỳ ")
	b.WriteString(strconv.Itoa(e.N))
	b.WriteString(unitWord(e.Unit))
}

// balanced reports whether the parentheses of s pair up.
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// upperFirst returns s with its first rune in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); u != r {
		return string(u) + s[n:]
	}
	return s
}
