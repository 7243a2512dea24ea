package deadline

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzParse checks that Parse never panics, that an error comes exactly
// with an unknown kind (or a missing year), that its position is inside the
// phrase, and that String and JSON both read back as the same schedule.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in, uint16(tt.ctx.Year))
	}
	for _, s := range []string{"", "(", ")", "((a))", "Quý II/2023 (a", "Tháng 3 hằng năm và tháng 6", "Theo của", "\xff"} {
		f.Add(s, uint16(2023))
	}
	f.Fuzz(func(t *testing.T, phrase string, year uint16) {
		ctx := Context{Year: int(year)}
		if year < minYear || year > maxYear {
			ctx = Context{}
		}
		if year%3 == 0 {
			ctx.Signed = D(2023, 3, 24)
		}
		s, err := Parse(phrase, ctx)
		var e *Error
		switch {
		case err == nil:
			if s.Kind == KindUnknown {
				t.Fatalf("Parse(%q): unknown without an error", phrase)
			}
		case !errors.As(err, &e):
			t.Fatalf("Parse(%q): error %T", phrase, err)
		case e.Offset < 0 || e.Offset > len(s.Raw):
			t.Fatalf("Parse(%q): offset %d outside the phrase", phrase, e.Offset)
		case s.Kind != KindUnknown && !errors.Is(err, ErrNoYear) && !errors.Is(err, ErrPartial) && !errors.Is(err, ErrWeekday):
			t.Fatalf("Parse(%q) = %s with error %v", phrase, s.Kind, err)
		}
		if st, du := s.Start(), s.Due(); !st.IsZero() && !du.IsZero() && du.Before(st) {
			t.Fatalf("Parse(%q): due %v before start %v", phrase, du, st)
		}
		s.Next(D(2023, 6, 30))

		str := s.String()
		back, _ := Parse(str, ctx)
		// cmp.Equal, not cmp.Diff: diffing long strings is slow enough to
		// stall a fuzz worker.
		if !cmp.Equal(s, back, ignoreRaw, cmpopts.EquateEmpty()) {
			t.Fatalf("Parse(%q).String() = %q reads back differently:\n first %s\n back  %s", phrase, str, describe(s), describe(back))
		}

		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("Marshal(Parse(%q)): %v", phrase, err)
		}
		var fromJSON Schedule
		if err := json.Unmarshal(b, &fromJSON); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if !utf8.ValidString(s.Raw) {
			return // encoding/json replaces invalid UTF-8, so such text cannot survive it
		}
		if !cmp.Equal(s, fromJSON, cmpopts.EquateEmpty()) {
			t.Fatalf("%s reads back differently:\n want %s %q\n got  %s %q", b, describe(s), s.Raw, describe(fromJSON), fromJSON.Raw)
		}
	})
}
