package deadline

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/docref"
)

// jsonSchedule is the JSON form of a Schedule (see the package
// documentation). Fields a kind does not use are left out.
type jsonSchedule struct {
	Raw          string      `json:"raw"`
	Kind         Kind        `json:"kind"`
	Value        string      `json:"value,omitempty"`
	Start        string      `json:"start,omitempty"`
	Due          string      `json:"due,omitempty"`
	Mod          string      `json:"mod,omitempty"`
	YearInferred bool        `json:"year_inferred,omitempty"`
	Onward       bool        `json:"onward,omitempty"`
	Every        string      `json:"every,omitempty"`
	WorkingDays  bool        `json:"working_days,omitempty"`
	Anchor       string      `json:"anchor,omitempty"`
	AnchorDate   string      `json:"anchor_date,omitempty"`
	Basis        string      `json:"basis,omitempty"`
	Owner        string      `json:"owner,omitempty"`
	Ref          *docref.Ref `json:"ref,omitempty"`
	Event        string      `json:"event,omitempty"`
	Parts        []Schedule  `json:"parts,omitempty"`
	Tentative    bool        `json:"tentative,omitempty"`
	Note         string      `json:"note,omitempty"`
	Qualifier    string      `json:"qualifier,omitempty"`
	Exclusive    bool        `json:"exclusive,omitempty"`
	YearOffset   int         `json:"year_offset,omitempty"`
	SchoolYear   bool        `json:"school_year,omitempty"`
	Weekday      int         `json:"weekday,omitempty"`
	At           string      `json:"at,omitempty"`
	Until        string      `json:"until,omitempty"`
	Count        int         `json:"count,omitempty"`
	Feast        string      `json:"feast,omitempty"`
	Lunar        string      `json:"lunar,omitempty"`
}

// MarshalJSON writes the schedule in the JSON form of the package
// documentation: raw, kind, value, start, due, and what the kind needs.
func (s Schedule) MarshalJSON() ([]byte, error) {
	j := jsonSchedule{
		Raw:          s.Raw,
		Kind:         s.Kind,
		Value:        s.Value(),
		Start:        s.Start().String(),
		Due:          s.Due().String(),
		Mod:          s.Mod.String(),
		YearInferred: s.YearInferred,
		Onward:       s.Onward,
		Anchor:       s.Anchor,
		AnchorDate:   s.AnchorDate.String(),
		Basis:        s.Basis,
		Owner:        s.Owner,
		Event:        s.Event,
		Parts:        s.Parts,
		Tentative:    s.Tentative,
		Note:         s.Note,
		Qualifier:    s.From.Qual.String(),
		Exclusive:    s.Exclusive,
		YearOffset:   s.YearOffset,
		SchoolYear:   s.SchoolYear,
		Weekday:      s.Weekday,
		At:           s.At.String(),
		Until:        s.Until.String(),
		Count:        s.Count,
		Feast:        s.Feast,
	}
	if !s.Lunar.IsZero() {
		b := appendInt(nil, s.Lunar.Month, 2)
		b = appendInt(append(b, '-'), s.Lunar.Day, 2)
		if s.Lunar.Leap {
			b = append(b, 'L')
		}
		j.Lunar = string(b)
	}
	if s.Kind == KindRecurring {
		j.Every = s.Every.String()
	}
	if s.Kind == KindRelative {
		j.WorkingDays = s.Every.WorkingDays
	}
	if !s.Ref.IsZero() {
		r := s.Ref
		j.Ref = &r
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes. The typed fields are
// rebuilt from value, every and the other fields; start and due are
// derived, so they are not read.
func (s *Schedule) UnmarshalJSON(b []byte) error {
	var j jsonSchedule
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	out := Schedule{
		Raw:          j.Raw,
		Kind:         j.Kind,
		YearInferred: j.YearInferred,
		Onward:       j.Onward,
		Anchor:       j.Anchor,
		Basis:        j.Basis,
		Owner:        j.Owner,
		Event:        j.Event,
		Parts:        j.Parts,
		Tentative:    j.Tentative,
		Note:         j.Note,
		Exclusive:    j.Exclusive,
		YearOffset:   j.YearOffset,
		SchoolYear:   j.SchoolYear,
		Weekday:      j.Weekday,
		Count:        j.Count,
		Feast:        j.Feast,
	}
	if j.Weekday < 0 || j.Weekday > 7 {
		return fmt.Errorf("deadline: invalid weekday %d", j.Weekday)
	}
	for _, c := range []struct {
		s   string
		dst *Clock
	}{{j.At, &out.At}, {j.Until, &out.Until}} {
		if c.s == "" {
			continue
		}
		var ok bool
		if *c.dst, ok = parseClock(c.s); !ok {
			return fmt.Errorf("deadline: invalid time %q", c.s)
		}
	}
	if j.Lunar != "" {
		l, ok := parseLunar(j.Lunar)
		if !ok {
			return fmt.Errorf("deadline: invalid lunar date %q", j.Lunar)
		}
		out.Lunar = l
	}
	qual, ok := parseQualifier(j.Qualifier)
	if !ok {
		return fmt.Errorf("deadline: unknown qualifier %q", j.Qualifier)
	}
	if j.Ref != nil {
		out.Ref = *j.Ref
	}
	switch j.Mod {
	case "":
	case "before":
		out.Mod = ModBefore
	case "after":
		out.Mod = ModAfter
	case "from":
		out.Mod = ModFrom
	default:
		return fmt.Errorf("deadline: unknown mod %q", j.Mod)
	}
	if j.AnchorDate != "" {
		d, err := civil.ParseDate(j.AnchorDate)
		if err != nil {
			return err
		}
		out.AnchorDate = d
	}
	bad := func() error { return fmt.Errorf("deadline: invalid value %q for kind %s", j.Value, j.Kind) }
	switch j.Kind {
	case KindDate, KindMonth, KindQuarter, KindHalf, KindYear:
		if j.Value == "" && (out.Feast != "" || !out.Lunar.IsZero()) {
			break // a festival or lunar date whose year is not known
		}
		if out.From, ok = parsePeriodValue(j.Value); !ok {
			return bad()
		}
	case KindRange:
		from, to, _ := strings.Cut(j.Value, "/")
		out.From, ok = parsePeriodValue(from)
		if ok {
			out.To, ok = parsePeriodValue(to)
		}
		if !ok {
			return bad()
		}
	case KindRecurring:
		if out.Every, ok = parseDuration(j.Every); !ok {
			return fmt.Errorf("deadline: invalid cycle %q", j.Every)
		}
		if !strings.HasPrefix(j.Value, "P") {
			from, to, isWindow := strings.Cut(j.Value, "/")
			out.From, ok = parsePeriodValue(from)
			if ok && isWindow {
				out.To, ok = parsePeriodValue(to)
			}
			if !ok {
				return bad()
			}
		}
	case KindRelative:
		if out.Every, ok = parseDuration(j.Value); !ok {
			return bad()
		}
		out.Every.WorkingDays = j.WorkingDays
	case KindEvent:
		if j.Value != "" {
			if out.From, ok = parsePeriodValue(j.Value); !ok {
				return bad()
			}
		}
	}
	out.From.Qual = qual
	*s = out
	return nil
}

// parseLunar reads the form MarshalJSON writes for a lunar date: "03-10",
// with "L" after a day of a leap month.
func parseLunar(s string) (LunarDate, bool) {
	var l LunarDate
	if strings.HasSuffix(s, "L") {
		l.Leap, s = true, s[:len(s)-1]
	}
	ms, ds, ok := strings.Cut(s, "-")
	if !ok || len(ms) != 2 || len(ds) != 2 {
		return LunarDate{}, false
	}
	m, err1 := strconv.Atoi(ms)
	d, err2 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 30 {
		return LunarDate{}, false
	}
	l.Month, l.Day = m, d
	return l, true
}
