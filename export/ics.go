package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// ICS writes the tasks of documents as one RFC 5545 calendar: one VTODO
// per task, with its due date (DUE;VALUE=DATE) where it has one (the
// first due on or after the document's date, see
// deadline.Schedule.DueAsOf), a recurrence rule for recurring deadlines,
// reminders (VALARM) before the due date, and the lead, partners,
// deadline as written and output in its description. The zero value is
// ready to use.
//
// A UID is a hash of what identifies the document (its number, date and
// issuer; its title and tasks when it has no number and no date), the
// plan and the task's key, so that importing the file again updates the
// tasks instead of adding them twice, and two plans never share UIDs. In
// one calendar a UID is never given twice, even for a document given
// twice.
type ICS struct {
	// Now returns the time written as every DTSTAMP; nil means time.Now.
	Now func() time.Time
	// Alarms are the reminders before each DUE, in days: a VALARM with
	// TRIGGER;RELATED=END:-PnD for each. Nil means 7, 3 and 1 days; an
	// empty, non-nil slice writes none.
	Alarms []int
}

// defaultAlarms are the reminders when ICS.Alarms is nil.
var defaultAlarms = []int{7, 3, 1}

// WriteICS writes the documents as one calendar with the zero ICS.
func WriteICS(w io.Writer, docs ...*plan.Document) error {
	var c ICS
	return c.Write(w, docs...)
}

// Write writes the documents as one calendar.
func (c *ICS) Write(w io.Writer, docs ...*plan.Document) error {
	cal := c.NewCalendar(w)
	for _, d := range docs {
		if err := cal.Add(d); err != nil {
			return err
		}
	}
	return cal.Close()
}

// NewCalendar returns a calendar that writes to w: documents are added
// one at a time, and Close ends the VCALENDAR.
func (c *ICS) NewCalendar(w io.Writer) *Calendar {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	alarms := c.Alarms
	if alarms == nil {
		alarms = defaultAlarms
	}
	return &Calendar{
		w:      &icsWriter{w: bufio.NewWriter(w)},
		stamp:  now().UTC().Format("20060102T150405Z"),
		alarms: alarms,
		uids:   map[string]bool{},
	}
}

// Calendar is one VCALENDAR being written; see ICS.NewCalendar. A
// Calendar is not safe for concurrent use.
type Calendar struct {
	w       *icsWriter
	stamp   string
	alarms  []int
	uids    map[string]bool
	started bool
	closed  bool
}

func (cal *Calendar) start() {
	if cal.started {
		return
	}
	cal.started = true
	iw := cal.w
	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.line("PRODID:-//kehoach//kehoach//VI")
	iw.line("CALSCALE:GREGORIAN")
}

// Add writes the tasks of d. A nil document adds nothing.
func (cal *Calendar) Add(d *plan.Document) error {
	if cal.closed {
		return fmt.Errorf("export: calendar closed")
	}
	cal.start()
	if d == nil {
		return cal.w.err
	}
	iw := cal.w
	id := documentID(d)
	for pi, p := range d.Plans {
		for ti, t := range p.Tasks {
			if iw.err != nil {
				return iw.err
			}
			summary := vntext.TrimSpace(t.No + ". " + t.Content)
			iw.line("BEGIN:VTODO")
			iw.line("UID:" + cal.uid(id, pi, ti, t))
			iw.line("DTSTAMP:" + cal.stamp)
			iw.text("SUMMARY", summary)
			iw.text("DESCRIPTION", description(t))
			due, rule := icsDue(t.Deadline, d.Date)
			if rule != "" {
				iw.line("DTSTART;VALUE=DATE:" + icsDate(due.AddDate(0, 0, -1)))
			}
			if !due.IsZero() {
				iw.line("DUE;VALUE=DATE:" + icsDate(due))
			}
			if rule != "" {
				iw.line("RRULE:" + rule)
			}
			iw.line("STATUS:NEEDS-ACTION")
			if !due.IsZero() {
				for _, n := range cal.alarms {
					iw.line("BEGIN:VALARM")
					iw.line("ACTION:DISPLAY")
					iw.line("TRIGGER;RELATED=END:-P" + strconv.Itoa(n) + "D")
					iw.text("DESCRIPTION", fmt.Sprintf("Còn %d ngày: %s", n, summary))
					iw.line("END:VALARM")
				}
			}
			iw.line("END:VTODO")
		}
	}
	return iw.err
}

// Close ends the calendar and flushes it; it writes an empty calendar
// when no document was added.
func (cal *Calendar) Close() error {
	if cal.closed {
		return cal.w.err
	}
	cal.start()
	cal.closed = true
	cal.w.line("END:VCALENDAR")
	if cal.w.err == nil {
		cal.w.err = cal.w.w.Flush()
	}
	return cal.w.err
}

// documentID is what identifies a document across parses: its number,
// date and issuer; when it has neither number nor date, also its kind,
// title and every task's key and content.
func documentID(d *plan.Document) string {
	num, date := d.Number.String(), d.Date.String()
	id := num + "\x00" + date + "\x00" + d.Issuer
	if num != "" || date != "" {
		return id
	}
	h := sha256.New()
	io.WriteString(h, id+"\x00"+d.Kind+"\x00"+d.Title)
	for _, p := range d.Plans {
		io.WriteString(h, "\x00p\x00"+p.Title)
		for _, t := range p.Tasks {
			io.WriteString(h, "\x00"+t.Key+"\x00"+t.No+"\x00"+t.Content)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// uid returns the task's UID: a hash of the document's identity, the plan
// and the task's key (its number and place when it has none), made unique
// in the calendar.
func (cal *Calendar) uid(doc string, plan, index int, t plan.Task) string {
	key := t.Key
	if key == "" {
		key = fmt.Sprintf("#%d|%d|%s", plan+1, index+1, t.No)
	}
	base := doc + "\x00" + key
	for n := 0; ; n++ {
		s := base
		if n > 0 {
			s += "\x00" + strconv.Itoa(n)
		}
		h := sha256.Sum256([]byte(s))
		u := hex.EncodeToString(h[:16]) + "@kehoach"
		if !cal.uids[u] {
			cal.uids[u] = true
			return u
		}
	}
}

func description(t plan.Task) string {
	var b strings.Builder
	line := func(label, v string) {
		if v != "" {
			b.WriteString(label + ": " + v + "\n")
		}
	}
	line("Chủ trì", names(t.Lead))
	line("Phối hợp", names(t.Partners))
	line("Thời hạn", t.Deadline.Raw)
	line("Sản phẩm", t.Output)
	return strings.TrimSuffix(b.String(), "\n")
}

// icsDue returns the due date of a task's deadline and, for a recurring
// one, its first occurrence after the document's date and an RRULE whose
// instances fall the day before each due date (DTSTART is that day, as a
// VTODO's DUE must come after its DTSTART).
func icsDue(s deadline.Schedule, signed plan.Date) (plan.Date, string) {
	if s.Kind != deadline.KindRecurring {
		due, _ := s.DueAsOf(signed)
		return due, ""
	}
	if signed.IsZero() {
		return plan.Date{}, "" // no day to count occurrences from
	}
	due, ok := s.Next(signed)
	if !ok {
		return plan.Date{}, ""
	}
	if s.From.Unit == deadline.UnitDay && s.From.Part == 0 {
		// A day of every month ("trước ngày 20 hằng tháng"), or of the
		// first or last month of each quarter: the day before it, monthly.
		rule := "FREQ=MONTHLY"
		if s.Every.N == 3 {
			rule += ";INTERVAL=3"
		}
		if s.From.Day == 1 {
			rule += ";BYMONTHDAY=-1"
		}
		return due, rule
	}
	if !s.From.IsZero() {
		if s.To.IsZero() && s.From.Unit == deadline.UnitDay {
			return due, "FREQ=YEARLY"
		}
		return due, fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYMONTHDAY=-2", due.Month)
	}
	e := s.Every
	interval := ""
	if e.N > 1 {
		interval = ";INTERVAL=" + strconv.Itoa(e.N)
	}
	switch e.Unit {
	case deadline.UnitDay:
		return due, "FREQ=DAILY" + interval
	case deadline.UnitWeek:
		return due, "FREQ=WEEKLY" + interval
	case deadline.UnitMonth:
		return due, "FREQ=MONTHLY" + interval + ";BYMONTHDAY=-2"
	case deadline.UnitYear:
		return due, "FREQ=YEARLY" + interval + ";BYMONTH=12;BYMONTHDAY=-2"
	}
	return plan.Date{}, ""
}

func icsDate(d plan.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day) }

// icsWriter writes content lines and keeps the first error.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

// textEscaper escapes a TEXT value (RFC 5545 3.3.11) once clean has
// turned every line break into LF.
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

// text writes a TEXT property: valid UTF-8, line breaks as \n, tabs as
// spaces, other control characters removed, then escaped. No CR or LF of
// the value reaches the output.
func (iw *icsWriter) text(name, value string) {
	iw.line(name + ":" + textEscaper.Replace(clean(value, "\n", false)))
}

// line writes a content line folded at 75 octets, never inside a UTF-8
// character, with CRLF line ends. The callers give valid UTF-8; a byte
// that is not is cut at the limit, so folding always advances.
func (iw *icsWriter) line(s string) {
	if iw.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > limit-4 && !isRuneStart(s[cut]) {
			cut--
		}
		if !isRuneStart(s[cut]) {
			cut = limit
		}
		iw.w.WriteString(s[:cut])
		iw.w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	iw.w.WriteString(s)
	_, iw.err = iw.w.WriteString("\r\n")
}

func isRuneStart(b byte) bool { return b&0xc0 != 0x80 }
