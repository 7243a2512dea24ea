package plan

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
)

// WriteICS writes the tasks of the document as an RFC 5545 calendar: one
// VTODO per task, with its due date (DUE;VALUE=DATE) where it has one (the
// first due on or after the document's date, see
// deadline.Schedule.DueAsOf), a recurrence rule for recurring deadlines,
// and the lead, partners, deadline as written and output in its
// description. UIDs are derived from the document's number and date and
// the task's key, so importing the file again updates the tasks instead of
// adding them twice. DTSTAMP is the document's date: the output depends on
// the input alone.
//
// Deprecated: use export.WriteICS, which escapes every control character,
// writes a real DTSTAMP and reminders, gives UIDs unique across documents
// and writes several documents as one calendar. WriteICS is kept for its
// callers until they move; it cannot call package export, which imports
// plan.
func WriteICS(w io.Writer, d *Document) error {
	iw := &icsWriter{w: w}
	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.line("PRODID:-//kehoach//kehoach//VI")
	iw.line("CALSCALE:GREGORIAN")
	stamp := "19700101T000000Z"
	if !d.Date.IsZero() {
		stamp = fmt.Sprintf("%04d%02d%02dT000000Z", d.Date.Year, d.Date.Month, d.Date.Day)
	}
	for pi, p := range d.Plans {
		for _, t := range p.Tasks {
			iw.line("BEGIN:VTODO")
			iw.line("UID:" + taskUID(d, pi, t))
			iw.line("DTSTAMP:" + stamp)
			iw.prop("SUMMARY", vntext.TrimSpace(t.No+". "+t.Content))
			iw.prop("DESCRIPTION", description(t))
			due, rule := icsDue(t.Deadline, d.Date)
			if rule != "" {
				start := due.AddDate(0, 0, -1)
				iw.line("DTSTART;VALUE=DATE:" + icsDate(start))
			}
			if !due.IsZero() {
				iw.line("DUE;VALUE=DATE:" + icsDate(due))
			}
			if rule != "" {
				iw.line("RRULE:" + rule)
			}
			iw.line("STATUS:NEEDS-ACTION")
			iw.line("END:VTODO")
		}
	}
	iw.line("END:VCALENDAR")
	return iw.err
}

// taskUID is stable across runs and imports: the same task of the same
// document always gets the same UID. A task without a key (one a caller
// built) is named by its plan and number.
func taskUID(d *Document, plan int, t Task) string {
	key := t.Key
	if key == "" {
		key = fmt.Sprintf("%d|%s", plan+1, t.No)
	}
	h := sha1.Sum([]byte(fmt.Sprintf("%s|%s|%s", d.Number, d.Date, key)))
	return hex.EncodeToString(h[:10]) + "@kehoach"
}

func description(t Task) string {
	var b strings.Builder
	names := func(label string, refs []string) {
		if len(refs) > 0 {
			fmt.Fprintf(&b, "%s: %s\n", label, strings.Join(refs, "; "))
		}
	}
	var lead, partners []string
	for _, r := range t.Lead {
		lead = append(lead, r.Name)
	}
	for _, r := range t.Partners {
		partners = append(partners, r.Name)
	}
	names("Chủ trì", lead)
	names("Phối hợp", partners)
	if t.Deadline.Raw != "" {
		fmt.Fprintf(&b, "Thời hạn: %s\n", t.Deadline.Raw)
	}
	if t.Output != "" {
		fmt.Fprintf(&b, "Sản phẩm: %s\n", t.Output)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// icsDue returns the due date of a task's deadline and, for a recurring
// one, its first occurrence after the document's date and an RRULE whose
// instances fall the day before each due date (DTSTART is that day, as a
// VTODO's DUE must come after its DTSTART).
func icsDue(s deadline.Schedule, signed Date) (Date, string) {
	if s.Kind != deadline.KindRecurring {
		due, _ := s.DueAsOf(signed)
		return due, ""
	}
	after := signed
	if after.IsZero() {
		return Date{}, "" // no day to count occurrences from
	}
	due, ok := s.Next(after)
	if !ok {
		return Date{}, ""
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
		interval = fmt.Sprintf(";INTERVAL=%d", e.N)
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
	return Date{}, ""
}

func icsDate(d Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day) }

type icsWriter struct {
	w   io.Writer
	err error
}

// prop writes a TEXT property, escaped.
func (iw *icsWriter) prop(name, value string) {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	iw.line(name + ":" + r.Replace(strings.ToValidUTF8(value, "\uFFFD")))
}

// line writes a content line folded at 75 octets, never inside a UTF-8
// character, with CRLF line ends.
func (iw *icsWriter) line(s string) {
	if iw.err != nil {
		return
	}
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 {
			cut = limit // not UTF-8: cut anyway, so that folding ends
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	_, iw.err = io.WriteString(iw.w, b.String())
}
