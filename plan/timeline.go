package plan

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
)

// WriteSVG draws the plan over time as an SVG picture: one lane per lead
// unit (in Vietnamese alphabetical order), a bar for each task from its
// start to its due date, a diamond for a task due on one day, small marks
// for each occurrence of a recurring task, a dashed bar across the whole
// span for ongoing work, and a line for the day asOf when it is not zero.
// Tasks without a date (waiting, events, none) are counted under the
// picture. It uses the standard library only.
func WriteSVG(w io.Writer, p *Plan, asOf Date) error {
	type item struct {
		no         string
		start, due Date
		kind       string // "bar", "day", "recurring", "ongoing"
		dl         deadline.Schedule
		recur      []Date
	}
	type lane struct {
		name  string
		items []item
	}
	var lanes []*lane
	byName := map[string]*lane{}
	var lo, hi Date
	extend := func(d Date) {
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
			// Each part on its day, as occurrences are drawn.
			it.kind = "recurring"
			for _, part := range s.Parts {
				if d, ok := part.DueAsOf(Date{}); ok {
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
		names := []string{}
		for _, r := range t.Lead {
			names = append(names, r.Name)
		}
		if len(names) == 0 {
			names = []string{"(không rõ đơn vị chủ trì)"}
		}
		for _, n := range names {
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
		return fmt.Errorf("plan: no dated task to draw")
	}
	lo = civil.D(lo.Year, lo.Month, 1)
	hi = civil.D(hi.Year, hi.Month, 1).AddDate(0, 1, -1)
	// Occurrences of recurring tasks and the parts of lists inside the
	// span, each from its own item's deadline.
	for _, l := range lanes {
		for k := range l.items {
			it := &l.items[k]
			if it.kind != "recurring" {
				continue
			}
			for d, ok := it.dl.DueAsOf(lo); ok && !d.After(hi); d, ok = it.dl.Next(d) {
				it.recur = append(it.recur, d)
			}
		}
	}
	// Lanes in the order of the summary: Vietnamese alphabetical.
	order := map[string]int{}
	for i, s := range p.Summary(asOf, 0) {
		order[s.Unit.Name] = i
	}
	slices.SortStableFunc(lanes, func(a, b *lane) int { return order[a.name] - order[b.name] })

	const (
		labelW = 300
		width  = 1100
		rowH   = 18
		top    = 60
	)
	days := float64(hi.Time(time.UTC).Sub(lo.Time(time.UTC)).Hours()/24 + 1)
	x := func(d Date) float64 {
		return labelW + float64(d.Time(time.UTC).Sub(lo.Time(time.UTC)).Hours()/24)/days*(width-labelW-20)
	}
	height := top + 30
	for _, l := range lanes {
		height += len(l.items)*rowH + 14
	}
	var b strings.Builder
	esc := func(s string) string {
		var e strings.Builder
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="10" y="22" font-size="15" font-weight="bold">%s</text>`+"\n", esc(truncate(p.Title, 95)))
	// Month ticks.
	for m := lo; !m.After(hi); m = m.AddDate(0, 1, 0) {
		xm := x(m)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", xm, top-12, xm, height-20)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" fill="#555">T%d/%d</text>`+"\n", xm+2, top-16, m.Month, m.Year)
	}
	y := top
	for _, l := range lanes {
		fmt.Fprintf(&b, `<line x1="0" y1="%d" x2="%d" y2="%d" stroke="#999"/>`+"\n", y, width, y)
		fmt.Fprintf(&b, `<text x="8" y="%d" class="lane">%s</text>`+"\n", y+14, esc(truncate(l.name, 45)))
		for k, it := range l.items {
			cy := y + 6 + k*rowH
			label := func(xl float64) {
				fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10">%s</text>`+"\n", xl+5, cy+10, esc(it.no))
			}
			switch it.kind {
			case "bar":
				x1, x2 := x(it.start), x(it.due)
				fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="12" fill="#4a7fc1"/>`+"\n", x1, cy, max(x2-x1, 2))
				label(x2)
			case "day":
				xd := x(it.due)
				fmt.Fprintf(&b, `<path d="M %.1f %d l 6 6 l -6 6 l -6 -6 z" fill="#d9822b"/>`+"\n", xd, cy)
				label(xd)
			case "ongoing":
				x1 := float64(labelW)
				if !it.start.IsZero() {
					x1 = x(it.start)
				}
				fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%d" y2="%d" stroke="#6a9f58" stroke-width="6" stroke-dasharray="8 4"/>`+"\n", x1, cy+6, width-20, cy+6)
				fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" text-anchor="end">%s</text>`+"\n", x1-4, cy+10, esc(it.no))
			case "recurring":
				for _, d := range it.recur {
					fmt.Fprintf(&b, `<circle cx="%.1f" cy="%d" r="4" fill="#8e5bb5"/>`+"\n", x(d), cy+6)
				}
				fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10" text-anchor="end">%s</text>`+"\n", labelW-4, cy+10, esc(it.no))
			}
		}
		y += len(l.items)*rowH + 14
	}
	if !asOf.IsZero() {
		xa := x(asOf)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#c0392b" stroke-width="2"/>`+"\n", xa, top-10, xa, y)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" fill="#c0392b">%s</text>`+"\n", xa+3, y+12, asOf)
	}
	fmt.Fprintf(&b, `<text x="10" y="%d" font-size="10" fill="#555">Thanh: từ ngày bắt đầu đến hạn · Hình thoi: hạn một ngày · Chấm: định kỳ · Nét đứt: thường xuyên · %d nhiệm vụ không có thời hạn</text>`+"\n", height-6, undated)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
