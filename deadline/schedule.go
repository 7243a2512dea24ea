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
	// Note keeps words around the deadline: the words before the time
	// ("Ban hành kế hoạch" in "Ban hành kế hoạch trong tháng 01/2026"), a
	// parenthesised note, or text after the time that is not a time.
	Note string

	// Exclusive marks "Trước năm 2031", "Trước quý III/2026", "Trước Tết":
	// before the period or the feast begins, so due the day before it
	// starts (31 December 2030). "Trước ngày X" is due X all the same, as
	// plans mean it, and "Đến", "Chậm nhất" take the end of the period.
	Exclusive bool
	// YearOffset is a year written relative to the plan's year: +1 for
	// "năm sau", "năm tiếp theo", -1 for "năm trước", counted from the
	// Context's year. In a yearly rule ("Trước ngày 31/01 năm liền kề", the
	// reporting term for the year after the one reported on) it puts the
	// day in the year after each cycle's year.
	YearOffset int
	// SchoolYear marks "năm học 2026-2027": the range from 1 September to
	// 31 May, the default of the education ministry's yearly calendar.
	SchoolYear bool
	// Weekday is the day of the week written with a date ("ngày 18/9/2026
	// (thứ Sáu)"), checked against it, or the day of a weekly rule ("thứ
	// Năm hằng tuần"): 1 Monday … 7 Sunday, 0 none.
	Weekday int
	// At and Until are times of day: "trước 16 giờ" (At), "từ 14 giờ 30
	// đến 16 giờ" (At to Until).
	At, Until Clock
	// Count is how many times each cycle holds: 2 for "02 lần/ngày".
	Count int
	// Feast is a festival of the lunar calendar, as String writes it
	// ("Tết Nguyên đán", "Rằm tháng Giêng", "Tết Trung thu"); From is its
	// Gregorian day.
	Feast string
	// Lunar is a date written in the lunar calendar ("ngày 10 tháng 3 âm
	// lịch"); From is its Gregorian day.
	Lunar LunarDate
}

// Clock is a time of day: "16 giờ", "14 giờ 30", "9h00", "15:00".
type Clock struct {
	Hour, Minute int
	Valid        bool // false for no time
}

// IsZero reports whether c names no time.
func (c Clock) IsZero() bool { return !c.Valid }

// String returns c as "14:30", or "" for no time.
func (c Clock) String() string {
	if !c.Valid {
		return ""
	}
	return string(appendInt(append(appendInt(nil, c.Hour, 2), ':'), c.Minute, 2))
}

func parseClock(s string) (Clock, bool) {
	if len(s) != 5 || s[2] != ':' {
		return Clock{}, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h < 0 || h > 24 || m < 0 || m > 59 {
		return Clock{}, false
	}
	return Clock{Hour: h, Minute: m, Valid: true}, true
}

var weekdayNames = [...]string{"", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}

// isoWeekday returns the ISO day of the week of d: 1 Monday … 7 Sunday.
func isoWeekday(d Date) int {
	wd := int(d.Time(time.UTC).Weekday())
	if wd == 0 {
		return 7
	}
	return wd
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
	case KindEvent:
		return s.From.Value() // "Từ tháng 10/2025 đến khi ...": its start
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
	case KindEvent:
		if s.Mod == ModFrom {
			return s.From.Start() // "Từ tháng 10/2025 đến khi ..."
		}
	case KindList:
		var min Date
		for _, p := range s.Parts {
			if d := p.Start(); !d.IsZero() && (min.IsZero() || d.Before(min)) {
				min = d
			}
		}
		if due := s.Due(); !due.IsZero() && due.Before(min) {
			return Date{} // the part due first has no start
		}
		return min
	}
	return Date{}
}

// Due returns the day by which the work is due, or the zero Date when the
// schedule names none: "after" phrases, recurring schedules (see Next), and
// the undated kinds. An open-ended start ("Từ quý II/2026", "Năm 2025 và
// các năm tiếp theo") is due at the end of its first period. "Trước" a
// month, quarter, half, year or feast (Exclusive) is due the day before
// it starts. The due date of a list is that of its first firm commitment:
// its first part, in the order written, that has a due date and is not
// tentative; else the earliest due date of its parts.
func (s Schedule) Due() Date {
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		if s.Mod == ModAfter {
			return Date{}
		}
		if s.Exclusive && s.Mod == ModBefore {
			if st := s.From.Start(); !st.IsZero() {
				return st.AddDate(0, 0, -1)
			}
			return Date{}
		}
		return s.From.End()
	case KindRange:
		return s.To.End()
	case KindRelative:
		return s.Every.addTo(s.AnchorDate)
	case KindList:
		for _, p := range s.Parts {
			if d := p.Due(); !d.IsZero() && !p.Tentative {
				return d
			}
		}
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
		if s.Onward {
			d = s.nextOnward(after)
			break
		}
		d = s.Due()
		if !d.After(after) {
			d = Date{}
		}
	}
	return d, !d.IsZero()
}

// nextOnward returns the first end of the period of an open-ended phrase
// ("Quý IV năm 2025 và các năm tiếp theo": every fourth quarter from 2025
// on) after the given date.
func (s Schedule) nextOnward(after Date) Date {
	if after.IsZero() || s.From.Year == 0 {
		return Date{}
	}
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
	default:
		d := s.Due()
		if !d.After(after) {
			return Date{}
		}
		return d
	}
	for y := max(s.From.Year, after.Year-1); y <= after.Year+1 && y <= maxYear; y++ {
		if d := s.From.endIn(y); d.Valid() && d.After(after) {
			return d
		}
	}
	return Date{}
}

// DueAsOf returns the due date that counts on the given day: for a
// recurring schedule its first occurrence on or after day; for a list the
// first of its parts due on or after day, or its last part once all have
// passed; for an open-ended phrase ("Năm 2025 và các năm tiếp theo") the
// first end of its period on or after day; for an open-ended start ("Từ
// tháng 3/2023") its Due until then, and none after, as the work goes on;
// for the other kinds Due. The zero day means "from the start":
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
	if s.Onward {
		return s.Next(day.AddDate(0, 0, -1))
	}
	d := s.Due()
	if s.Mod == ModFrom && d.Before(day) {
		return Date{}, false // begun, and going on
	}
	return d, !d.IsZero()
}

func (s Schedule) nextRecurring(after Date) Date {
	if after.IsZero() {
		return Date{}
	}
	if s.From.Unit == UnitDay && s.From.Part == 0 { // a day of every month
		y, m := after.Year, after.Month
		for k := 0; k < 7; k++ {
			day := min(s.From.Day, civil.DaysIn(y, m))
			inCycle := s.Every.N != 3 || s.From.Qual == QualStart && m%3 == 1 || s.From.Qual == QualEnd && m%3 == 0
			if d := civil.D(y, m, day); inCycle && d.After(after) {
				return d
			}
			if m++; m > time.December {
				y, m = y+1, time.January
			}
		}
		return Date{}
	}
	if s.Weekday != 0 && s.Every.Unit == UnitWeek && s.Every.N == 1 { // a day of every week
		days := (s.Weekday - isoWeekday(after) + 7) % 7
		if days == 0 {
			days = 7
		}
		return after.AddDate(0, 0, days)
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
		if s.Exclusive || s.From.Unit == UnitDay || s.From.Unit == UnitNone {
			b.WriteString("trước ")
		} else {
			b.WriteString("đến hết ") // by the end of the period
		}
	case ModAfter:
		b.WriteString("sau ")
	case ModFrom:
		b.WriteString("từ ")
	}
	if s.At.Valid {
		if s.Until.Valid {
			b.WriteString("từ ")
			writeClock(b, s.At)
			b.WriteString(" đến ")
			writeClock(b, s.Until)
		} else {
			writeClock(b, s.At)
		}
		b.WriteByte(' ')
	}
	if s.Weekday > 0 && s.Weekday < len(weekdayNames) {
		b.WriteString(weekdayNames[s.Weekday])
		b.WriteByte(' ')
	}
	switch s.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		s.writeTime(b)
	case KindRange:
		if s.SchoolYear {
			b.WriteString("năm học ")
			b.WriteString(strconv.Itoa(s.From.Year))
			b.WriteByte('-')
			b.WriteString(strconv.Itoa(s.To.Year))
			break
		}
		if s.Mod == ModNone {
			b.WriteString("từ ")
		}
		writePeriod(b, s.From, s.YearInferred || s.YearOffset != 0)
		b.WriteString(" đến ")
		writePeriod(b, s.To, s.YearInferred || s.YearOffset != 0)
		if s.YearOffset != 0 {
			b.WriteByte(' ')
			s.writeOffset(b)
		}
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
		case s.From.Unit == UnitDay && s.From.Part == 0:
			b.WriteString("ngày ")
			b.WriteString(strconv.Itoa(s.From.Day))
			switch {
			case s.Every.N == 3 && s.From.Qual == QualStart:
				b.WriteString(" tháng đầu quý")
			case s.Every.N == 3 && s.From.Qual == QualEnd:
				b.WriteString(" tháng cuối quý")
			default:
				b.WriteString(" hằng tháng")
			}
		case !s.From.IsZero():
			writePeriod(b, s.From, false)
			switch {
			case s.YearOffset > 0:
				b.WriteString(" năm liền kề") // a yearly rule of itself
			case s.YearOffset < 0:
				b.WriteString(" năm trước liền kề")
			default:
				b.WriteString(" hằng năm")
			}
		default:
			writeEvery(b, s.Every, s.Count)
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
		if !s.From.IsZero() {
			writePeriod(b, s.From, s.YearInferred)
			b.WriteString(" đến ")
		}
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
		if len(s.Parts) > 0 && s.plainParts() {
			s.writeListMod(b)
			for i, p := range s.Parts {
				if i > 0 {
					b.WriteString(" và ")
				}
				p.Mod, p.Exclusive = ModNone, false
				p.write(b)
			}
			break
		}
		for i, p := range s.Parts {
			if i > 0 {
				b.WriteString("; ") // milestones: each part as written alone
			}
			if p.Tentative {
				b.WriteString("dự kiến ")
			}
			p.write(b)
		}
	}
	if s.Onward {
		b.WriteString(" và các năm tiếp theo")
	}
	if s.Event != "" && s.Kind != KindEvent && s.Kind != KindList {
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

// plainParts reports whether a list is of periods alone, with one
// modifier for all, which String joins with "và".
func (s Schedule) plainParts() bool {
	exclusive := false
	for _, p := range s.Parts {
		switch p.Kind {
		case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		default:
			return false
		}
		if p.Mod != s.Parts[0].Mod || p.Note != "" || p.Tentative || p.Onward ||
			p.YearOffset != 0 || p.Weekday != 0 || p.At.Valid || p.Feast != "" || !p.Lunar.IsZero() || p.Event != "" {
			return false
		}
		exclusive = exclusive || p.Exclusive
	}
	for _, p := range s.Parts {
		if p.Exclusive != (exclusive && p.Mod == ModBefore && p.From.Unit > UnitDay) {
			return false
		}
	}
	return true
}

// writeListMod writes the modifier of a list whose parts share it.
func (s Schedule) writeListMod(b *strings.Builder) {
	first := s.Parts[0]
	switch first.Mod {
	case ModBefore:
		coarse, exclusive := false, false
		for _, p := range s.Parts {
			coarse = coarse || p.From.Unit > UnitDay
			exclusive = exclusive || p.Exclusive
		}
		if coarse && !exclusive {
			b.WriteString("đến hết ")
		} else {
			b.WriteString("trước ")
		}
	case ModAfter:
		b.WriteString("sau ")
	case ModFrom:
		b.WriteString("từ ")
	}
}

// writeTime writes the period of a one-period kind: a feast, a lunar date,
// a year relative to the plan's, or the period itself.
func (s Schedule) writeTime(b *strings.Builder) {
	switch {
	case s.Feast != "":
		b.WriteString(s.Feast)
		if !s.YearInferred {
			b.WriteString(" năm ")
			b.WriteString(strconv.Itoa(s.From.Year))
		}
	case !s.Lunar.IsZero():
		var buf [8]byte
		b.WriteString("ngày ")
		b.Write(appendInt(buf[:0], s.Lunar.Day, 2))
		b.WriteByte('/')
		b.Write(appendInt(buf[:0], s.Lunar.Month, 2))
		b.WriteString(" âm lịch")
		if !s.YearInferred {
			b.WriteString(" năm ")
			b.WriteString(strconv.Itoa(s.From.Year))
		}
	case s.YearOffset != 0 && s.From.Unit == UnitYear:
		writeQual(b, s.From.Qual)
		s.writeOffset(b)
	default:
		writePeriod(b, s.From, s.YearInferred || s.YearOffset != 0)
		if s.YearOffset != 0 {
			b.WriteByte(' ')
			s.writeOffset(b)
		}
	}
}

// writeOffset writes a year relative to the plan's.
func (s Schedule) writeOffset(b *strings.Builder) {
	switch {
	case s.YearOffset > 0 && s.Kind == KindRecurring:
		b.WriteString(" năm liền kề")
	case s.YearOffset > 0:
		b.WriteString("năm sau")
	case s.YearOffset < 0:
		b.WriteString("năm trước")
	}
}

func writeQual(b *strings.Builder, q Qualifier) {
	switch q {
	case QualStart:
		b.WriteString("đầu ")
	case QualMid:
		b.WriteString("giữa ")
	case QualEnd:
		b.WriteString("cuối ")
	}
}

func writeClock(b *strings.Builder, c Clock) {
	var buf [8]byte
	b.Write(appendInt(buf[:0], c.Hour, 1))
	b.WriteString(" giờ")
	if c.Minute != 0 {
		b.WriteByte(' ')
		b.Write(appendInt(buf[:0], c.Minute, 2))
	}
}

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
	writeQual(b, p.Qual)
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

func writeEvery(b *strings.Builder, e Duration, count int) {
	if count > 0 && (e.N == 1 || e.N == 3 && e.Unit == UnitMonth) {
		b.WriteString(strconv.Itoa(count))
		b.WriteString(" lần/")
		if e.N == 3 && e.Unit == UnitMonth {
			b.WriteString("quý")
		} else {
			b.WriteString(unitWord(e.Unit)[1:])
		}
		return
	}
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
