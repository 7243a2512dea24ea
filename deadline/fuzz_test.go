package deadline

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"
)

// FuzzParse checks that Parse never panics, that an error comes exactly
// with an unknown kind (or a missing year), that its position is inside the
// phrase, and that String and JSON both read back as the same schedule.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in, uint16(tt.ctx.Year))
	}
	for _, tt := range shapeTests {
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

		// Text round trip. The meaning (kind, start, due, parts) comes back
		// from String, unless a note itself reads as a time or a weekday
		// ("0; 2000(", "thứ Sáu)"), which text cannot keep apart from the
		// time; a note may also come back otherwise when it holds what the
		// parser reads itself ("dự kiến", stray parentheses), so notes are
		// held to a fixed point: the text of the text reads back exactly. cmp.Equal, not cmp.Diff:
		// diffing long strings is slow enough to stall a fuzz worker.
		str := s.String()
		back, _ := Parse(str, ctx)
		if !noteReadsAsTime(s) && !sameMeaning(s, back) {
			t.Fatalf("Parse(%q).String() = %q means something else:\n first %s\n back  %s", phrase, str, describe(s), describe(back))
		}
		if again, _ := Parse(back.String(), ctx); !cmp.Equal(back, again, ignoreRaw, cmpopts.EquateEmpty()) {
			t.Fatalf("Parse(%q).String() = %q is not a fixed point:\n back  %s\n again %s", phrase, back.String(), describe(back), describe(again))
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

// FuzzFind checks that Find never panics and that the phrases it returns
// lie inside the sentence, in order, without overlapping, each with a
// schedule of a known kind whose text is the span.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó",
		"theo Công điện số 158/CĐ-TTg ngày 04 tháng 09 năm 2025; hoàn thành trước ngày 15/9/2027",
		"định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6)",
		"họp thứ Năm hàng tuần, báo cáo trước Tết Nguyên đán năm 2027 và trong năm học 2026-2027",
		"trong thời hạn 10 ngày làm việc kể từ ngày ký, vào 14 giờ 30 ngày 21/9/2026 (thứ Hai)",
		"(", "trước", "trong 3-", "\xff",
	} {
		f.Add(s, uint16(2025))
	}
	for _, tt := range shapeTests {
		f.Add("Các đơn vị thực hiện, "+tt.in+"; báo cáo kết quả.", uint16(tt.ctx.Year))
	}
	f.Fuzz(func(t *testing.T, sentence string, year uint16) {
		ctx := Context{Year: int(year)}
		if year < minYear || year > maxYear {
			ctx = Context{}
		}
		text := norm.NFC.String(sentence)
		last := 0
		for _, m := range Find(sentence, ctx) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Find(%q): span [%d,%d) after %d, in %d bytes", sentence, m.Start, m.End, last, len(text))
			}
			if m.Kind == KindUnknown {
				t.Fatalf("Find(%q): unknown at [%d,%d)", sentence, m.Start, m.End)
			}
			if m.Raw != text[m.Start:m.End] {
				t.Fatalf("Find(%q): raw %q, span %q", sentence, m.Raw, text[m.Start:m.End])
			}
			last = m.End
		}
	})
}

// sameMeaning reports whether a and b are the same schedule but for
// their notes and tentative marks.
func sameMeaning(a, b Schedule) bool {
	if a.Kind != b.Kind || a.Start() != b.Start() || a.Due() != b.Due() || len(a.Parts) != len(b.Parts) {
		return false
	}
	for i := range a.Parts {
		if !sameMeaning(a.Parts[i], b.Parts[i]) {
			return false
		}
	}
	return true
}

// noteReadsAsTime reports whether the note of s, or of one of its parts,
// holds words that read as a time, or as a day of the week.
func noteReadsAsTime(s Schedule) bool {
	notes := []string{s.Note}
	for _, p := range s.Parts {
		notes = append(notes, p.Note)
	}
	for _, n := range notes {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ';' || r == ',' || r == '(' || r == ')' }) {
			if t, _ := Parse(w, Context{Year: 2023}); t.Kind != KindUnknown {
				return true
			}
			if t, _ := Parse("Ngày 02/01/2023 ("+w+")", Context{}); t.Weekday != 0 {
				return true // a day of the week, read beside a day
			}
		}
	}
	return false
}
