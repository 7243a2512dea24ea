package deadline

import (
	"fmt"
	"strings"
)

// describe renders every field of s on one line, so a table test that
// compares descriptions checks the whole schedule, not a chosen part.
func describe(s Schedule) string {
	var b strings.Builder
	b.WriteString(s.Kind.String())
	if v := s.Value(); v != "" {
		b.WriteString(" " + v)
	}
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, " %s=%s", k, v)
		}
	}
	kv("start", s.Start().String())
	kv("due", s.Due().String())
	kv("mod", s.Mod.String())
	if s.YearInferred {
		b.WriteString(" inferred")
	}
	if s.Onward {
		b.WriteString(" onward")
	}
	if s.Kind == KindRecurring {
		kv("every", s.Every.String())
	}
	if s.Every.WorkingDays {
		b.WriteString(" working")
	}
	kv("anchor", s.Anchor)
	kv("anchordate", s.AnchorDate.String())
	kv("basis", s.Basis)
	kv("owner", s.Owner)
	if !s.Ref.IsZero() {
		r := s.Ref
		y := ""
		if r.Number.Year != 0 {
			y = fmt.Sprint("/", r.Number.Year)
		}
		fmt.Fprintf(&b, " ref=%s|%s%s|%s|%s", r.Type, r.Number.Seq, y, r.Number.Symbol, r.Text)
	}
	kv("event", s.Event)
	if s.Tentative {
		b.WriteString(" tentative")
	}
	kv("note", s.Note)
	kv("qual", s.From.Qual.String())
	if s.Exclusive {
		b.WriteString(" exclusive")
	}
	if s.YearOffset != 0 {
		fmt.Fprintf(&b, " yearoffset=%+d", s.YearOffset)
	}
	if s.SchoolYear {
		b.WriteString(" schoolyear")
	}
	if s.Weekday != 0 {
		fmt.Fprintf(&b, " weekday=%d", s.Weekday)
	}
	kv("at", s.At.String())
	kv("until", s.Until.String())
	if s.Count != 0 {
		fmt.Fprintf(&b, " count=%d", s.Count)
	}
	kv("feast", s.Feast)
	if !s.Lunar.IsZero() {
		fmt.Fprintf(&b, " lunar=%02d-%02d", s.Lunar.Month, s.Lunar.Day)
	}
	if len(s.Parts) > 0 {
		b.WriteString(" parts=[")
		for i, p := range s.Parts {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(p.Raw + ": " + describe(p))
		}
		b.WriteString("]")
	}
	return b.String()
}
