package export

import (
	"bufio"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/plan"
)

// ErrNoDates is returned by WriteSVG for a plan with no dated task.
var ErrNoDates = errors.New("export: no dated task to draw")

// Geometry of the timeline, in pixels.
const (
	svgLabelW = 300
	svgWidth  = 1100
	svgRowH   = 18
	svgTop    = 60
	svgRight  = 20
	// svgGap is the narrowest gap between two marks of one item: closer
	// occurrences are merged into one band.
	svgGap = 3
	// svgMaxTicks is the most time-axis ticks drawn.
	svgMaxTicks = 24
)

// WriteSVG draws the plan over time as an SVG picture: one lane per lead
// unit (in Vietnamese alphabetical order), a bar for each task from its
// start to its due date, a diamond for a task due on one day, marks for
// the occurrences of a recurring task or the parts of a list, a dashed
// bar across the whole span for ongoing work, and a line for the day asOf
// when it is not zero. Tasks without a date (waiting, events, none) are
// counted under the picture.
//
// The picture's size depends on the number of tasks and their lead
// units only, never on the span of the dates: the time axis has at most
// 24 ticks, and occurrences closer than 3 pixels are drawn as one band,
// so an item has at most about 260 marks. The SVG is written as it is
// drawn.
func WriteSVG(w io.Writer, p *plan.Plan, asOf plan.Date) error {
	type item struct {
		no         string
		start, due plan.Date
		kind       string // "bar", "day", "recurring", "ongoing"
		dl         deadline.Schedule
	}
	type lane struct {
		name  string
		items []item
	}
	var lanes []*lane
	byName := map[string]*lane{}
	var lo, hi plan.Date
	extend := func(d plan.Date) {
		if d.IsZero() {
			return
		}
		if lo.IsZero() || d.Before(lo) {
			lo = d
		}
		if hi.IsZero() || d.After(hi) {
			hi = d
		}
	}
	undated := 0
	for _, t := range p.Tasks {
		s := t.Deadline
		it := item{no: t.No, dl: s}
		switch s.Kind {
		case deadline.KindOngoing:
			it.kind = "ongoing"
		case deadline.KindRecurring:
			it.kind = "recurring"
		case deadline.KindList:
			it.kind = "recurring" // each part on its day, as occurrences are
			for _, part := range s.Parts {
				if d, ok := part.DueAsOf(plan.Date{}); ok {
					extend(d)
				}
			}
		default:
			it.start, it.due = s.Start(), s.Due()
			switch {
			case it.due.IsZero() && it.start.IsZero():
				undated++
				continue
			case it.start.IsZero() || it.start == it.due:
				it.kind, it.start = "day", it.due
			case it.due.IsZero():
				it.kind = "ongoing" // begun, with no end
			default:
				it.kind = "bar"
			}
			extend(it.start)
			extend(it.due)
		}
		var leads []string
		for _, r := range t.Lead {
			leads = append(leads, r.Name)
		}
		if len(leads) == 0 {
			leads = []string{"(không rõ đơn vị chủ trì)"}
		}
		for _, n := range leads {
			l := byName[n]
			if l == nil {
				l = &lane{name: n}
				byName[n] = l
				lanes = append(lanes, l)
			}
			l.items = append(l.items, it)
		}
	}
	extend(asOf)
	if lo.IsZero() {
		return ErrNoDates
	}
	lo = civil.D(lo.Year, lo.Month, 1)
	hi = civil.D(hi.Year, hi.Month, 1).AddDate(0, 1, -1)
	// Lanes in the order of the summary: Vietnamese alphabetical.
	order := map[string]int{}
	for i, s := range p.Summary(asOf, 0) {
		order[s.Unit.Name] = i
	}
	slices.SortStableFunc(lanes, func(a, b *lane) int { return order[a.name] - order[b.name] })

	ax := newAxis(lo, hi)
	height := svgTop + 30
	for _, l := range lanes {
		height += len(l.items)*svgRowH + 14
	}
	sw := &svgWriter{w: bufio.NewWriter(w)}
	sw.f(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="12">`+"\n", svgWidth, height, svgWidth, height)
	sw.f(`<rect width="%d" height="%d" fill="white"/>`+"\n", svgWidth, height)
	sw.f(`<text x="10" y="22" font-size="15" font-weight="bold">%s</text>`+"\n", esc(truncate(p.Title, 95)))
	ax.ticks(sw, height)
	y := svgTop
	for _, l := range lanes {
		sw.f(`<line x1="0" y1="%d" x2="%d" y2="%d" stroke="#999"/>`+"\n", y, svgWidth, y)
		sw.f(`<text x="8" y="%d" class="lane">%s</text>`+"\n", y+14, esc(truncate(l.name, 45)))
		for k, it := range l.items {
			cy := y + 6 + k*svgRowH
			no := esc(truncate(it.no, 20))
			switch it.kind {
			case "bar":
				x1, x2 := ax.x(it.start), ax.x(it.due)
				sw.f(`<rect x="%s" y="%d" width="%s" height="12" fill="#4a7fc1"/>`+"\n", px(x1), cy, px(max(x2-x1, 2)))
				sw.f(`<text x="%s" y="%d" font-size="10">%s</text>`+"\n", px(x2+5), cy+10, no)
			case "day":
				xd := ax.x(it.due)
				sw.f(`<path d="M %s %d l 6 6 l -6 6 l -6 -6 z" fill="#d9822b"/>`+"\n", px(xd), cy)
				sw.f(`<text x="%s" y="%d" font-size="10">%s</text>`+"\n", px(xd+5), cy+10, no)
			case "ongoing":
				x1 := float64(svgLabelW)
				if !it.start.IsZero() {
					x1 = ax.x(it.start)
				}
				sw.f(`<line x1="%s" y1="%d" x2="%d" y2="%d" stroke="#6a9f58" stroke-width="6" stroke-dasharray="8 4"/>`+"\n", px(x1), cy+6, svgWidth-svgRight, cy+6)
				sw.f(`<text x="%s" y="%d" font-size="10" text-anchor="end">%s</text>`+"\n", px(x1-4), cy+10, no)
			case "recurring":
				ax.marks(sw, it.dl, cy)
				sw.f(`<text x="%d" y="%d" font-size="10" text-anchor="end">%s</text>`+"\n", svgLabelW-4, cy+10, no)
			}
			if sw.err != nil {
				return sw.err
			}
		}
		y += len(l.items)*svgRowH + 14
	}
	if !asOf.IsZero() {
		xa := ax.x(asOf)
		sw.f(`<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#c0392b" stroke-width="2"/>`+"\n", px(xa), svgTop-10, px(xa), y)
		sw.f(`<text x="%s" y="%d" font-size="10" fill="#c0392b">%s</text>`+"\n", px(xa+3), y+12, asOf.String())
	}
	sw.f(`<text x="10" y="%d" font-size="10" fill="#555">Thanh: từ ngày bắt đầu đến hạn · Hình thoi: hạn một ngày · Chấm: định kỳ · Nét đứt: thường xuyên · %d nhiệm vụ không có thời hạn</text>`+"\n", height-6, undated)
	sw.f("</svg>\n")
	if sw.err != nil {
		return sw.err
	}
	return sw.w.Flush()
}

// axis maps days of the span lo..hi to x coordinates.
type axis struct {
	lo, hi     plan.Date
	first, n   int64 // day numbers: lo's, and the span's length in days
	plotW      float64
	perPixel   float64 // days per pixel
	tickMonths int
}

func dayNumber(d plan.Date) int64 { return d.Time(time.UTC).Unix() / 86400 }

func newAxis(lo, hi plan.Date) *axis {
	a := &axis{lo: lo, hi: hi, first: dayNumber(lo), plotW: svgWidth - svgLabelW - svgRight}
	a.n = dayNumber(hi) - a.first + 1
	a.perPixel = float64(a.n) / a.plotW
	months := (hi.Year-lo.Year)*12 + int(hi.Month-lo.Month) + 1
	for _, step := range []int{1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000} {
		a.tickMonths = step
		if months/step < svgMaxTicks {
			break
		}
	}
	return a
}

func (a *axis) x(d plan.Date) float64 {
	return svgLabelW + float64(dayNumber(d)-a.first)/float64(a.n)*a.plotW
}

// dateAt returns the first day at or right of x.
func (a *axis) dateAt(x float64) plan.Date {
	days := int((x - svgLabelW) * a.perPixel)
	return a.lo.AddDate(0, 0, days)
}

// ticks draws the time axis: a tick every tickMonths months, labelled
// with the month (or the year for ticks a year apart or more).
func (a *axis) ticks(sw *svgWriter, height int) {
	m := a.lo
	if a.tickMonths >= 12 {
		m = civil.D(a.lo.Year, time.January, 1)
		if m.Before(a.lo) {
			m = m.AddDate(1, 0, 0)
		}
	}
	for ; !m.After(a.hi); m = m.AddDate(0, a.tickMonths, 0) {
		xm := a.x(m)
		label := "T" + strconv.Itoa(int(m.Month)) + "/" + strconv.Itoa(m.Year)
		if a.tickMonths >= 12 {
			label = strconv.Itoa(m.Year)
		}
		sw.f(`<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#ddd"/>`+"\n", px(xm), svgTop-12, px(xm), height-20)
		sw.f(`<text x="%s" y="%d" font-size="10" fill="#555">%s</text>`+"\n", px(xm+2), svgTop-16, label)
	}
}

// marks draws the occurrences of s inside the span on the row at cy: a
// dot for an occurrence alone, a band for a run of occurrences less than
// svgGap pixels apart. It asks s for at most one occurrence per svgGap
// pixels, so its cost and output are bounded by the picture's width,
// whatever the frequency and the span.
func (a *axis) marks(sw *svgWriter, s deadline.Schedule, cy int) {
	d, ok := s.DueAsOf(a.lo)
	runStart, runEnd := -1.0, -1.0
	flush := func() {
		switch {
		case runStart < 0:
		case runEnd-runStart < svgGap:
			sw.f(`<circle cx="%s" cy="%d" r="4" fill="#8e5bb5"/>`+"\n", px(runStart), cy+6)
		default:
			sw.f(`<rect x="%s" y="%d" width="%s" height="8" rx="4" fill="#8e5bb5"/>`+"\n", px(runStart-4), cy+2, px(runEnd-runStart+8))
		}
	}
	for steps := 0; ok && !d.After(a.hi) && steps < 2*svgWidth; steps++ {
		xd := a.x(d)
		if runStart >= 0 && xd-runEnd < svgGap {
			runEnd = xd
		} else {
			flush()
			runStart, runEnd = xd, xd
		}
		next, nok := s.Next(d)
		if nok && !next.After(a.hi) && a.x(next)-xd < svgGap {
			// A dense run: skip to the first occurrence svgGap pixels on;
			// those skipped lie inside the run.
			runEnd = a.x(next)
			if j := a.dateAt(xd + svgGap); j.After(next) {
				next, nok = s.DueAsOf(j)
			}
		}
		d, ok = next, nok
	}
	flush()
}

// svgWriter writes formatted SVG and keeps the first error.
type svgWriter struct {
	w   *bufio.Writer
	err error
}

// f writes format with its %d and %s verbs filled from args; a small
// formatter, as fmt would box every number.
func (sw *svgWriter) f(format string, args ...any) {
	if sw.err != nil {
		return
	}
	k := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' && i+1 < len(format) && k < len(args) {
			i++
			switch v := args[k].(type) {
			case int:
				sw.w.WriteString(strconv.Itoa(v))
			case string:
				sw.w.WriteString(v)
			}
			k++
			continue
		}
		sw.w.WriteByte(c)
	}
	if sw.w.Available() < 512 {
		sw.err = sw.w.Flush() // early, so that a failed write stops the drawing
	}
}

// px prints a coordinate with one decimal.
func px(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// esc returns s as XML character data: escaped, valid UTF-8, without
// control characters (which XML 1.0 does not allow).
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(clean(s, " ", false)))
	return b.String()
}

// truncate cuts s to n characters, the last an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n-1 {
			return s[:i] + "…"
		}
		k++
	}
	return s
}
