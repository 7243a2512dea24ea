package deadline

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// ignoreRaw compares schedules by meaning: Raw is the text they came from.
var ignoreRaw = cmpopts.IgnoreFields(Schedule{}, "Raw")

func allPhrases() []struct {
	in  string
	ctx Context
} {
	var out []struct {
		in  string
		ctx Context
	}
	for _, tt := range parseTests {
		out = append(out, struct {
			in  string
			ctx Context
		}{tt.in, tt.ctx})
	}
	for _, tt := range shapeTests {
		out = append(out, struct {
			in  string
			ctx Context
		}{tt.in, tt.ctx})
	}
	return out
}

// String gives a phrase that Parse reads back as the same schedule.
func TestStringRoundTrip(t *testing.T) {
	for _, tt := range allPhrases() {
		s, _ := Parse(tt.in, tt.ctx)
		str := s.String()
		back, err := Parse(str, tt.ctx)
		if diff := cmp.Diff(s, back, ignoreRaw); diff != "" {
			t.Errorf("Parse(%q).String() = %q, which reads back differently (-first +back):\n%s", tt.in, str, diff)
		}
		if (err == nil) != (s.Kind != KindUnknown) && !errors.Is(err, ErrWeekday) {
			t.Errorf("Parse(%q) = %s: error %v", str, back.Kind, err)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		in   string
		ctx  Context
		want string
	}{
		{"Tháng 03/2023", none, "Tháng 03/2023"},
		{"tháng 3 năm 2023", none, "Tháng 03/2023"},
		{"Tháng 3", y23, "Tháng 03"},
		{"quý 2 năm 2023", none, "Quý II/2023"},
		{"Quí IV-2025", none, "Quý IV/2025"},
		{"6 tháng đầu năm 2023", none, "6 tháng đầu năm 2023"},
		{"Trong năm 2023", none, "Năm 2023"},
		{"Trước 15/12/2023", none, "Trước ngày 15/12/2023"},
		{"Chậm nhất ngày 31/12/2023", none, "Trước ngày 31/12/2023"},
		{"Từ 01/7/2025", none, "Từ ngày 01/07/2025"},
		{"Tháng 3-6/2023", none, "Từ tháng 03/2023 đến tháng 06/2023"},
		{"2023-2025", none, "Từ năm 2023 đến năm 2025"},
		{"Hàng năm", none, "Hằng năm"},
		{"Hàng quý", none, "Hằng quý"},
		{"Định kỳ 6 tháng", none, "Định kỳ 6 tháng"},
		{"Trước ngày 15/12 hằng năm", none, "Trước ngày 15/12 hằng năm"},
		{"Thực hiện thường xuyên", none, "Thường xuyên"},
		{"thuong xuyen", none, "Thường xuyên"},
		{"Theo lịch của Tổ Công tác", none, "Theo lịch của Tổ Công tác"},
		{"Theo tiến độ tại Quyết định số 766/QĐ-TTg", none, "Theo tiến độ tại Quyết định số 766/QĐ-TTg"},
		{"Sau khi Nghị định được ban hành", none, "Sau khi Nghị định được ban hành"},
		{"Trong thời hạn 30 ngày kể từ ngày ký", s23, "Trong vòng 30 ngày kể từ ngày ký"},
		{"Tháng 6 và tháng 12/2023", none, "Tháng 06/2023 và tháng 12/2023"},
		{"Quý II/2023 (dự kiến)", none, "Dự kiến quý II/2023"},
		{"Quý II/2023 (theo đề xuất)", none, "Quý II/2023 (theo đề xuất)"},
		{"Dự kiến năm 2027", none, "Dự kiến năm 2027"},
		{"Quý1((())", y23, "Quý I: ((())"},
		{"Năm 2025 và các năm tiếp theo", none, "Năm 2025 và các năm tiếp theo"},
		{"Báo cáo kết quả", none, "Báo cáo kết quả"},
	}
	for _, tt := range tests {
		s, _ := Parse(tt.in, tt.ctx)
		if got := s.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJSON(t *testing.T) {
	tests := []struct {
		in   string
		ctx  Context
		want string
	}{
		{"Tháng 03/2023", s23, `{"raw":"Tháng 03/2023","kind":"month","value":"2023-03","start":"2023-03-01","due":"2023-03-31"}`},
		{"Thường xuyên", s23, `{"raw":"Thường xuyên","kind":"ongoing"}`},
		{"Theo lịch của Tổ Công tác", s23, `{"raw":"Theo lịch của Tổ Công tác","kind":"schedule","basis":"lịch","owner":"Tổ Công tác"}`},
		{"Theo tiến độ tại Quyết định số 766/QĐ-TTg", s23,
			`{"raw":"Theo tiến độ tại Quyết định số 766/QĐ-TTg","kind":"reference","basis":"tiến độ tại","ref":{"text":"Quyết định số 766/QĐ-TTg","type":"Quyết định","number":"766/QĐ-TTg","date":"","issuer":""}}`},
		{"Quý IV", y23, `{"raw":"Quý IV","kind":"quarter","value":"2023-Q4","start":"2023-10-01","due":"2023-12-31","year_inferred":true}`},
		{"Trước ngày 15/12 hằng năm", none, `{"raw":"Trước ngày 15/12 hằng năm","kind":"recurring","value":"XXXX-12-15","mod":"before","every":"P1Y"}`},
		{"Trong vòng 30 ngày kể từ ngày ký", s23,
			`{"raw":"Trong vòng 30 ngày kể từ ngày ký","kind":"relative","value":"P30D","start":"2023-03-24","due":"2023-04-23","anchor":"ngày ký","anchor_date":"2023-03-24"}`},
		{"Tháng 6 và tháng 12/2023", none,
			`{"raw":"Tháng 6 và tháng 12/2023","kind":"list","start":"2023-06-01","due":"2023-06-30","parts":[` +
				`{"raw":"Tháng 6","kind":"month","value":"2023-06","start":"2023-06-01","due":"2023-06-30"},` +
				`{"raw":"tháng 12/2023","kind":"month","value":"2023-12","start":"2023-12-01","due":"2023-12-31"}]}`},
		{"Báo cáo kết quả", none, `{"raw":"Báo cáo kết quả","kind":"unknown"}`},
		{"cuối quý III/2026", none, `{"raw":"cuối quý III/2026","kind":"quarter","value":"2026-Q3","start":"2026-07-01","due":"2026-09-30","qualifier":"end"}`},
		{"Trước năm 2031", none, `{"raw":"Trước năm 2031","kind":"year","value":"2031","due":"2030-12-31","mod":"before","exclusive":true}`},
		{"ngày 11/9/2026 (thứ Sáu)", none, `{"raw":"ngày 11/9/2026 (thứ Sáu)","kind":"date","value":"2026-09-11","start":"2026-09-11","due":"2026-09-11","weekday":5}`},
		{"Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần", none, `{"raw":"Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần","kind":"recurring","value":"P1W","mod":"before","every":"P1W","weekday":5,"at":"16:00"}`},
		{"trước Tết Nguyên đán năm 2027", none, `{"raw":"trước Tết Nguyên đán năm 2027","kind":"date","value":"2027-02-06","due":"2027-02-05","mod":"before","exclusive":true,"feast":"Tết Nguyên đán"}`},
		{"năm học 2026-2027", none, `{"raw":"năm học 2026-2027","kind":"range","value":"2026-09-01/2027-05-31","start":"2026-09-01","due":"2027-05-31","school_year":true}`},
		{"trước ngày 25 hằng tháng", none, `{"raw":"trước ngày 25 hằng tháng","kind":"recurring","value":"XXXX-XX-25","mod":"before","every":"P1M"}`},
		{"Quý I năm sau", y25, `{"raw":"Quý I năm sau","kind":"quarter","value":"2026-Q1","start":"2026-01-01","due":"2026-03-31","year_inferred":true,"year_offset":1}`},
		{"Sơ kết vào tháng 7 năm 2027; tổng kết trước ngày 15/12/2027", none,
			`{"raw":"Sơ kết vào tháng 7 năm 2027; tổng kết trước ngày 15/12/2027","kind":"list","start":"2027-07-01","due":"2027-07-31","parts":[` +
				`{"raw":"Sơ kết vào tháng 7 năm 2027","kind":"month","value":"2027-07","start":"2027-07-01","due":"2027-07-31","note":"Sơ kết"},` +
				`{"raw":"tổng kết trước ngày 15/12/2027","kind":"date","value":"2027-12-15","due":"2027-12-15","mod":"before","note":"tổng kết"}]}`},
	}
	for _, tt := range tests {
		s, _ := Parse(tt.in, tt.ctx)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.want {
			t.Errorf("json.Marshal(Parse(%q))\n got  %s\n want %s", tt.in, b, tt.want)
		}
	}
}

// Unmarshalling the JSON form gives back the schedule, Raw included.
func TestJSONRoundTrip(t *testing.T) {
	for _, tt := range allPhrases() {
		s, _ := Parse(tt.in, tt.ctx)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Schedule
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(s, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s reads back differently (-want +got):\n%s", b, diff)
		}
	}
}

func TestUnmarshalJSONErrors(t *testing.T) {
	for _, in := range []string{
		`{"raw":"x","kind":"month","value":"2023-13"}`,
		`{"raw":"x","kind":"nonsense"}`,
		`{"raw":"x","kind":"range","value":"2023"}`,
		`{"raw":"x","kind":"recurring","value":"P1Y"}`,
		`{"raw":"x","kind":"date","value":"2023-02-30"}`,
		`{"raw":"x","kind":"month","mod":"around","value":"2023-03"}`,
		`{"raw":"x","kind":"relative","value":"P0D"}`,
		`{"raw":"x","kind":"month","value":"2023-03","qualifier":"late"}`,
		`{"raw":"x","kind":"date","value":"2023-03-01","at":"25:00"}`,
		`{"raw":"x","kind":"date","value":"2023-03-01","weekday":8}`,
		`{"raw":"x","kind":"date","value":"2023-03-01","lunar":"13-01"}`,
		`[]`,
	} {
		var s Schedule
		if err := json.Unmarshal([]byte(in), &s); err == nil {
			t.Errorf("Unmarshal(%s) = %s, want an error", in, describe(s))
		}
	}
}

func TestNext(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return D(y, m, day) }
	tests := []struct {
		in    string
		after Date
		want  Date // zero: none
	}{
		{"Hằng năm", d(2023, 6, 30), d(2023, 12, 31)},
		{"Hằng năm", d(2023, 12, 31), d(2024, 12, 31)},
		{"Hằng quý", d(2023, 6, 30), d(2023, 9, 30)},
		{"Hằng quý", d(2023, 6, 29), d(2023, 6, 30)},
		{"Hằng quý", d(2023, 12, 31), d(2024, 3, 31)},
		{"Hằng tháng", d(2024, 1, 31), d(2024, 2, 29)},
		{"Định kỳ 6 tháng", d(2023, 3, 1), d(2023, 6, 30)},
		{"Định kỳ 6 tháng", d(2023, 7, 1), d(2023, 12, 31)},
		{"Định kỳ 2 năm", d(2023, 7, 1), d(2024, 12, 31)}, // counted from January of the year of after
		{"Hằng tuần", d(2023, 6, 28), d(2023, 7, 2)},      // a Wednesday; weeks end on Sunday
		{"Hằng tuần", d(2023, 7, 2), d(2023, 7, 9)},
		{"Hằng ngày", d(2023, 6, 30), d(2023, 7, 1)},
		{"Tháng 12 hằng năm", d(2023, 6, 30), d(2023, 12, 31)},
		{"Tháng 12 hằng năm", d(2023, 12, 31), d(2024, 12, 31)},
		{"Trước ngày 15/12 hằng năm", d(2023, 12, 15), d(2024, 12, 15)},
		{"Quý I hằng năm", d(2023, 6, 30), d(2024, 3, 31)},
		{"Từ tháng 3 đến tháng 11 hằng năm", d(2023, 1, 1), d(2023, 11, 30)},
		{"Ngày 29/2 hằng năm", d(2023, 1, 1), d(2024, 2, 29)},
		{"Tháng 6 và tháng 12/2023", d(2023, 6, 30), d(2023, 12, 31)},
		{"Tháng 6 và tháng 12/2023", d(2023, 12, 31), Date{}},
		{"Tháng 03/2023", d(2023, 3, 1), d(2023, 3, 31)},
		{"Tháng 03/2023", d(2023, 3, 31), Date{}},
		{"Thường xuyên", d(2023, 3, 1), Date{}},
		{"Hằng năm", Date{}, Date{}},
		// rules with a day
		{"trước ngày 25 hằng tháng", d(2026, 1, 25), d(2026, 2, 25)},
		{"trước ngày 25 hằng tháng", d(2026, 1, 24), d(2026, 1, 25)},
		{"trước ngày 31 hằng tháng", d(2026, 2, 1), d(2026, 2, 28)}, // a short month ends the rule
		{"thứ Năm hằng tuần", d(2026, 12, 1), d(2026, 12, 3)},       // a Tuesday
		{"thứ Năm hằng tuần", d(2026, 12, 3), d(2026, 12, 10)},
		{"Trước ngày 15/02 năm liền kề", d(2026, 3, 1), d(2027, 2, 15)},
		{"định kỳ 6 tháng, trước ngày 10/6 và 10/12", d(2026, 6, 10), d(2026, 6, 30)}, // the cycle ends in June
		{"trước ngày 10/6 và 10/12 hằng năm", d(2026, 6, 10), d(2026, 12, 10)},
		{"ngày 20 tháng cuối quý", d(2026, 3, 25), d(2026, 6, 20)},
		{"Trước ngày 10 tháng đầu quý sau", d(2026, 3, 25), d(2026, 4, 10)},
		{"Trước ngày 10 tháng đầu quý sau", d(2026, 4, 10), d(2026, 7, 10)},
		// milestones
		{"Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất trong tháng 5/2027 và tổng kết chậm nhất trong tháng 11/2027", d(2027, 3, 1), d(2027, 5, 31)},
		{"Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất trong tháng 5/2027 và tổng kết chậm nhất trong tháng 11/2027", d(2027, 5, 31), d(2027, 11, 30)},
		{"Thực hiện thường xuyên, riêng việc tuyên truyền hoàn thành trong quý II/2020", d(2020, 1, 1), d(2020, 6, 30)},
		// open-ended
		{"Quý III năm 2026 và các năm tiếp theo", d(2026, 10, 1), d(2027, 9, 30)},
		{"Năm 2025 và các năm tiếp theo", d(2026, 3, 1), d(2026, 12, 31)},
	}
	for _, tt := range tests {
		s, err := Parse(tt.in, none)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		got, ok := s.Next(tt.after)
		if got != tt.want || ok != !tt.want.IsZero() {
			t.Errorf("Parse(%q).Next(%v) = %v, %v; want %v", tt.in, tt.after, got, ok, tt.want)
		}
	}
}

func TestDueAsOf(t *testing.T) {
	ctx := Context{Year: 2023}
	for _, tt := range []struct {
		phrase string
		day    Date
		want   Date
	}{
		{"Tháng 6 và tháng 12/2023", D(2023, 1, 1), D(2023, 6, 30)},
		{"Tháng 6 và tháng 12/2023", D(2023, 6, 30), D(2023, 6, 30)},
		{"Tháng 6 và tháng 12/2023", D(2023, 7, 1), D(2023, 12, 31)},
		{"Tháng 6 và tháng 12/2023", D(2024, 2, 1), D(2023, 12, 31)}, // every part passed: the last
		{"Tháng 6 và tháng 12/2023", Date{}, D(2023, 6, 30)},
		{"Hằng quý", D(2023, 6, 30), D(2023, 6, 30)},
		{"Hằng quý", D(2023, 7, 1), D(2023, 9, 30)},
		{"Hằng quý", Date{}, Date{}},
		{"Quý II/2023", D(2024, 1, 1), D(2023, 6, 30)},
		{"Thường xuyên", D(2023, 1, 1), Date{}},
		{"Từ tháng 3/2023", D(2023, 3, 1), D(2023, 3, 31)}, // open-ended start: its first period
		{"Từ tháng 3/2023", D(2023, 6, 30), Date{}},        // then going on
		{"Năm 2023 và các năm tiếp theo", D(2024, 5, 1), D(2024, 12, 31)},
		{"Tháng 02/2023 (lập), chậm nhất trong tháng 5/2023 (trình)", D(2023, 3, 1), D(2023, 5, 31)},
		{"Tháng 02/2023 (lập), chậm nhất trong tháng 5/2023 (trình)", D(2023, 7, 1), D(2023, 5, 31)},
	} {
		s, err := Parse(tt.phrase, ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := s.DueAsOf(tt.day)
		if got != tt.want || ok != !tt.want.IsZero() {
			t.Errorf("Parse(%q).DueAsOf(%v) = %v, %v; want %v", tt.phrase, tt.day, got, ok, tt.want)
		}
	}
}
