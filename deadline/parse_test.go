package deadline

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

var (
	none = Context{}
	y23  = Context{Year: 2023}
	y24  = Context{Year: 2024}
	y25  = Context{Year: 2025}
	s23  = Context{Year: 2023, Signed: D(2023, time.March, 24)}
)

// parseTests pin every field of the schedule (see describe). The phrases
// are real cells of plans (the seed, ../shared/corpus and the plans cited
// in ../shared/DOMAIN.md §5) and the usual shapes around them.
var parseTests = []struct {
	in   string
	ctx  Context
	want string
}{
	// date
	{"30/6/2023", none, "date 2023-06-30 start=2023-06-30 due=2023-06-30"},
	{"30/06/2025", none, "date 2025-06-30 start=2025-06-30 due=2025-06-30"},
	{"15/10/2025", none, "date 2025-10-15 start=2025-10-15 due=2025-10-15"},
	{"30-6-2023", none, "date 2023-06-30 start=2023-06-30 due=2023-06-30"},
	{"30.6.2023", none, "date 2023-06-30 start=2023-06-30 due=2023-06-30"},
	{"30/6/23", none, "date 2023-06-30 start=2023-06-30 due=2023-06-30"},
	{"Ngày 30/6/2023", none, "date 2023-06-30 start=2023-06-30 due=2023-06-30"},
	{"ngày 05 tháng 01 năm 2024", none, "date 2024-01-05 start=2024-01-05 due=2024-01-05"},
	{"29/02/2024", none, "date 2024-02-29 start=2024-02-29 due=2024-02-29"},
	{"trước ngày 30/11/2025", none, "date 2025-11-30 due=2025-11-30 mod=before"},
	{"Trước ngày 15/4/2026", none, "date 2026-04-15 due=2026-04-15 mod=before"},
	{"TRƯỚC NGÀY 31/3/2026", none, "date 2026-03-31 due=2026-03-31 mod=before"},
	{"Truoc ngay 31/3/2026", none, "date 2026-03-31 due=2026-03-31 mod=before"},
	{"Chậm nhất là ngày 31/12/2023", none, "date 2023-12-31 due=2023-12-31 mod=before"},
	{"Hoàn thành trước ngày 30/6/2023", none, "date 2023-06-30 due=2023-06-30 mod=before"},
	{"Trước ngày 15/12", y23, "date 2023-12-15 due=2023-12-15 mod=before inferred"},
	{"Trước ngày 15/12", Context{Signed: D(2023, 3, 24)}, "date 2023-12-15 due=2023-12-15 mod=before inferred"},
	{"Từ 01/7/2025", none, "date 2025-07-01 start=2025-07-01 due=2025-07-01 mod=from"},
	{"Sau ngày 30/6/2023", none, "date 2023-06-30 start=2023-07-01 mod=after"},

	// month
	{"Tháng 6/2026", none, "month 2026-06 start=2026-06-01 due=2026-06-30"},
	{"Tháng 10/2025", none, "month 2025-10 start=2025-10-01 due=2025-10-31"},
	{"12/2025", none, "month 2025-12 start=2025-12-01 due=2025-12-31"},
	{"06/2025", none, "month 2025-06 start=2025-06-01 due=2025-06-30"},
	{"12/2028", none, "month 2028-12 start=2028-12-01 due=2028-12-31"},
	{"Tháng 02/2024", none, "month 2024-02 start=2024-02-01 due=2024-02-29"},
	{"Tháng 3 - 2023", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"Tháng 3.2023", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"Trong tháng 9/2025", none, "month 2025-09 start=2025-09-01 due=2025-09-30"},
	{"Hoàn thành trong tháng 6/2023", none, "month 2023-06 start=2023-06-01 due=2023-06-30"},
	{"Đến tháng 6/2023", none, "month 2023-06 due=2023-06-30 mod=before"},
	{"Từ tháng 3/2023", none, "month 2023-03 start=2023-03-01 due=2023-03-31 mod=from"},
	{"Tháng 12", y25, "month 2025-12 start=2025-12-01 due=2025-12-31 inferred"},
	{"  Tháng   03/2023  ", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"Tháng 03/2023.", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"Tháng\u00a003/2023", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"- Tháng 03/2023;", none, "month 2023-03 start=2023-03-01 due=2023-03-31"},
	{"Trong tháng 9/2025 đối với dữ liệu của UBKT Trung ương", none, "month 2025-09 start=2025-09-01 due=2025-09-30 note=đối với dữ liệu của UBKT Trung ương"},

	// quarter
	{"Quý II/2025", none, "quarter 2025-Q2 start=2025-04-01 due=2025-06-30"},
	{"qúy II/2023", none, "quarter 2023-Q2 start=2023-04-01 due=2023-06-30"},
	{"QUÝ IV/2023", none, "quarter 2023-Q4 start=2023-10-01 due=2023-12-31"},
	{"Quy 4/2023", none, "quarter 2023-Q4 start=2023-10-01 due=2023-12-31"},
	{"Quý 1 năm 2024", none, "quarter 2024-Q1 start=2024-01-01 due=2024-03-31"},
	{"Quý I - 2024", none, "quarter 2024-Q1 start=2024-01-01 due=2024-03-31"},
	{"Chậm nhất trong quý III/2026", none, "quarter 2026-Q3 due=2026-09-30 mod=before"},
	// The words before the time are kept as its note.
	{"- Hoàn thành các hồ sơ, thủ tục theo quy định chậm nhất trong quý III/2026", none, "quarter 2026-Q3 due=2026-09-30 mod=before note=các hồ sơ, thủ tục theo quy định"},
	{"Quý II/2023 (theo đề xuất)", none, "quarter 2023-Q2 start=2023-04-01 due=2023-06-30 note=theo đề xuất"},
	{"Quý II/2023 (dự kiến) (theo đề xuất)", none, "quarter 2023-Q2 start=2023-04-01 due=2023-06-30 note=dự kiến; theo đề xuất"},
	{"- Quý I/2026: Hoàn thiện thủ tục pháp lý dự án", none, "quarter 2026-Q1 start=2026-01-01 due=2026-03-31 note=Hoàn thiện thủ tục pháp lý dự án"},
	{"Quý II/2023 (dự kiến)", none, "quarter 2023-Q2 start=2023-04-01 due=2023-06-30 tentative"},
	{"Quý II", y25, "quarter 2025-Q2 start=2025-04-01 due=2025-06-30 inferred"},

	// half
	{"6 tháng đầu năm 2024", none, "half 2024-H1 start=2024-01-01 due=2024-06-30"},
	{"6 tháng cuối năm 2024", none, "half 2024-H2 start=2024-07-01 due=2024-12-31"},
	{"Nửa đầu năm 2024", none, "half 2024-H1 start=2024-01-01 due=2024-06-30"},
	{"Trong 6 tháng đầu năm 2023", none, "half 2023-H1 start=2023-01-01 due=2023-06-30"},
	{"6 tháng cuối năm", y23, "half 2023-H2 start=2023-07-01 due=2023-12-31 inferred"},

	// year
	{"2025", none, "year 2025 start=2025-01-01 due=2025-12-31"},
	{"Năm 2025", none, "year 2025 start=2025-01-01 due=2025-12-31"},
	{"trong năm 2026", none, "year 2026 start=2026-01-01 due=2026-12-31"},
	{"Hoàn thành trong năm 2025", none, "year 2025 start=2025-01-01 due=2025-12-31"},
	{"Từ nay đến hết năm 2025", none, "year 2025 due=2025-12-31 mod=before"},
	{"Dự kiến năm 2027", none, "year 2027 start=2027-01-01 due=2027-12-31 tentative"},
	{"Năm 2025 và các năm tiếp theo", none, "year 2025 start=2025-01-01 due=2025-12-31 onward"},
	{"2025 và những năm tiếp theo", none, "year 2025 start=2025-01-01 due=2025-12-31 onward"},
	{"năm 2026 và các năm tiếp theo", none, "year 2026 start=2026-01-01 due=2026-12-31 onward"},
	{"Từ năm 2026 trở đi", none, "year 2026 start=2026-01-01 due=2026-12-31 mod=from onward"},
	{"Quý IV năm 2025 và các năm tiếp theo", none, "quarter 2025-Q4 start=2025-10-01 due=2025-12-31 onward"},

	// range
	{"Tháng 11 - 12/2025", none, "range 2025-11/2025-12 start=2025-11-01 due=2025-12-31"},
	{"Tháng 3 - Tháng 6/2023", none, "range 2023-03/2023-06 start=2023-03-01 due=2023-06-30"},
	{"Tháng 3 – 6/2023", none, "range 2023-03/2023-06 start=2023-03-01 due=2023-06-30"},
	{"Tháng 11/2023 - 2/2024", none, "range 2023-11/2024-02 start=2023-11-01 due=2024-02-29"},
	{"Tháng 11 - 2/2024", none, "range 2023-11/2024-02 start=2023-11-01 due=2024-02-29"},
	{"Từ tháng 3 đến tháng 6", y23, "range 2023-03/2023-06 start=2023-03-01 due=2023-06-30 inferred"},
	{"2025 - 2026", none, "range 2025/2026 start=2025-01-01 due=2026-12-31"},
	{"Năm 2025-2026", none, "range 2025/2026 start=2025-01-01 due=2026-12-31"},
	{"Từ năm 2026 - 2030", none, "range 2026/2030 start=2026-01-01 due=2030-12-31"},
	{"từ năm 2025 đến năm 2027", none, "range 2025/2027 start=2025-01-01 due=2027-12-31"},
	{"Từ ngày 01/01/2026 đến ngày 31/3/2026", none, "range 2026-01-01/2026-03-31 start=2026-01-01 due=2026-03-31"},
	{"Quý I - Quý III/2024", none, "range 2024-Q1/2024-Q3 start=2024-01-01 due=2024-09-30"},
	{"Từ tháng 10/2025 đến quý II/2026", none, "range 2025-10/2026-Q2 start=2025-10-01 due=2026-06-30"},
	{"Giai đoạn 2026-2030 và những năm tiếp theo", none, "range 2026/2030 start=2026-01-01 due=2030-12-31 onward"},
	{"Từ tháng 10/2025 đến khi kết thúc kiểm kê", none, "event 2025-10 start=2025-10-01 mod=from event=khi kết thúc kiểm kê"},
	{"Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng", none,
		"event 2025-10 start=2025-10-01 mod=from event=khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng"},

	// recurring
	{"hằng năm", none, "recurring P1Y every=P1Y"},
	{"HẰNG NĂM", none, "recurring P1Y every=P1Y"},
	{"hang nam", none, "recurring P1Y every=P1Y"},
	{"Hằng tuần", none, "recurring P1W every=P1W"},
	{"Hằng ngày", none, "recurring P1D every=P1D"},
	{"Mỗi năm", none, "recurring P1Y every=P1Y"},
	{"Định kỳ hàng quý", none, "recurring P3M every=P3M"},
	{"Định kỳ 3 tháng một lần", none, "recurring P3M every=P3M"},
	{"Định kỳ 2 năm", none, "recurring P2Y every=P2Y"},
	{"Trước 15/12 hằng năm", none, "recurring XXXX-12-15 mod=before every=P1Y"},
	{"Quý IV hằng năm", none, "recurring XXXX-Q4 every=P1Y"},
	{"Từ tháng 3 đến tháng 11 hằng năm", none, "recurring XXXX-03/XXXX-11 every=P1Y"},
	{"Hằng năm, trước ngày 15/12", none, "recurring XXXX-12-15 mod=before every=P1Y"},
	{"Hằng năm, vào tháng 12", none, "recurring XXXX-12 every=P1Y"},
	{"Định kỳ hằng quý", y25, "recurring P3M every=P3M"},

	// ongoing
	{"Nhiệm vụ thường xuyên", none, "ongoing"},
	{"Liên tục", none, "ongoing"},
	{"Thường xuyên.", none, "ongoing"},
	{"Thường xuyên, theo yêu cầu nhiệm vụ", none, "ongoing note=theo yêu cầu nhiệm vụ"},

	// schedule
	{"Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo", none, "schedule basis=tiến độ xây dựng dự thảo văn bản owner=cơ quan chủ trì soạn thảo"},
	{"Theo tiến độ chuẩn bị mặt bằng dự án", none, "schedule basis=tiến độ chuẩn bị mặt bằng dự án"},
	{"Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm", none, "schedule basis=Kế hoạch bồi dưỡng công chức, viên chức hàng năm"},
	{"Theo kế hoạch công tác tư pháp hàng năm", none, "schedule basis=kế hoạch công tác tư pháp hàng năm"},
	{"Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành", none, "schedule basis=lộ trình, hướng dẫn owner=Bộ, ngành"},
	{"Thực hiện theo lịch của Tổ Công tác", none, "schedule basis=lịch owner=Tổ Công tác"},

	// reference
	{"Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW", none, "reference basis=lộ trình được giao tại ref=Kế hoạch|02|KH/BCĐTW|Kế hoạch số 02-KH/BCĐTW"},
	{"Theo Quyết định số 766/2022/QĐ-TTg", none, "reference ref=Quyết định|766/2022|QĐ-TTg|Quyết định số 766/2022/QĐ-TTg"},
	{"Theo tiến độ tại Nghị định số 79/NĐ-CP ngày 06 tháng 10 năm 2022", none, "reference basis=tiến độ tại ref=Nghị định|79|NĐ-CP|Nghị định số 79/NĐ-CP ngày 06 tháng 10 năm 2022"},
	{"Theo tiến độ tại Quyết định 422/QĐ-TTg", none, "reference basis=tiến độ tại ref=Quyết định|422|QĐ-TTg|Quyết định 422/QĐ-TTg"},

	// event
	{"Ngay sau khi nhận đủ hồ sơ hợp lệ", none, "event event=Ngay sau khi nhận đủ hồ sơ hợp lệ"},
	{"Sau khi Nghị quyết của HĐND Thành phố được thông qua và có hiệu lực thi hành", none, "event event=Sau khi Nghị quyết của HĐND Thành phố được thông qua và có hiệu lực thi hành"},
	{"Khi có yêu cầu", none, "event event=Khi có yêu cầu"},
	{"Theo yêu cầu", none, "event event=Theo yêu cầu"},
	{"Dự kiến sau khi Luật được thông qua", none, "event event=sau khi Luật được thông qua tentative"},

	// relative
	{"Trong thời hạn 15 ngày kể từ ngày ký ban hành", s23, "relative P15D start=2023-03-24 due=2023-04-08 anchor=ngày ký ban hành anchordate=2023-03-24"},
	{"Trong vòng 30 ngày kể từ ngày ký", none, "relative P30D anchor=ngày ký"},
	{"Chậm nhất 06 tháng kể từ ngày Quyết định được ký", s23, "relative P6M start=2023-03-24 due=2023-09-24 anchor=ngày Quyết định được ký anchordate=2023-03-24"},
	{"Trong thời gian 15 ngày làm việc kể từ ngày nhận đầy đủ báo cáo", s23, "relative P15D working anchor=ngày nhận đầy đủ báo cáo"},
	{"Sau 2 tuần kể từ ngày ký", s23, "relative P2W start=2023-03-24 due=2023-04-07 anchor=ngày ký anchordate=2023-03-24"},

	// list
	{"Quý II và Quý IV/2023", none, "list start=2023-04-01 due=2023-06-30 parts=[Quý II: quarter 2023-Q2 start=2023-04-01 due=2023-06-30; Quý IV/2023: quarter 2023-Q4 start=2023-10-01 due=2023-12-31]"},
	{"Quý I, II/2024", none, "list start=2024-01-01 due=2024-03-31 parts=[Quý I: quarter 2024-Q1 start=2024-01-01 due=2024-03-31; II/2024: quarter 2024-Q2 start=2024-04-01 due=2024-06-30]"},
	{"30/6/2023 và 31/12/2023", none, "list start=2023-06-30 due=2023-06-30 parts=[30/6/2023: date 2023-06-30 start=2023-06-30 due=2023-06-30; 31/12/2023: date 2023-12-31 start=2023-12-31 due=2023-12-31]"},
	{"Tháng 6 và tháng 12", y23, "list start=2023-06-01 due=2023-06-30 inferred parts=[Tháng 6: month 2023-06 start=2023-06-01 due=2023-06-30 inferred; tháng 12: month 2023-12 start=2023-12-01 due=2023-12-31 inferred]"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.in, func(t *testing.T) {
			s, err := Parse(tt.in, tt.ctx)
			if got := describe(s); got != tt.want {
				t.Errorf("Parse(%q)\n got  %s\n want %s", tt.in, got, tt.want)
			}
			if (err != nil) != (s.Kind == KindUnknown) {
				t.Errorf("Parse(%q): kind %s with error %v", tt.in, s.Kind, err)
			}
			if s.Raw != norm.NFC.String(tt.in) {
				t.Errorf("Raw = %q, want the input", s.Raw)
			}
		})
	}
}

// Phrases that are not deadlines, or are wrong, must not become dates.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		ctx     Context
		err     error
		text    string // the fragment the error names
		offset  int
		message string
	}{
		{"Báo cáo kết quả", y23, ErrUnknown, "Báo cáo kết quả", 0, `deadline "Báo cáo kết quả": not a deadline: "Báo cáo kết quả"`},
		{"Quyết định số 766/QĐ-TTg", y23, ErrUnknown, "Quyết định số 766/QĐ-TTg", 0, ""},
		{"Công văn số 1552/BTTTT-TTH", y23, ErrUnknown, "Công văn số 1552/BTTTT-TTH", 0, ""},
		{"1552/BTTTT-TTH", y23, ErrInvalid, "1552", 0, ""},
		{"30 ngày", y23, ErrNoAnchor, "30 ngày", 0, `deadline "30 ngày": duration without an anchor: "30 ngày"`},
		{"Trong vòng 30 ngày", s23, ErrNoAnchor, "30 ngày", 12, ""},
		{"6 tháng", y23, ErrNoAnchor, "6 tháng", 0, ""},
		{"0,5 ngày", y23, ErrUnknown, "0,5 ngày", 0, ""},
		{"3,5 ngày làm việc", y23, ErrUnknown, "3,5 ngày làm việc", 0, ""},
		{"Đã hoàn thành", y23, ErrUnknown, "Đã hoàn thành", 0, ""},
		{"Đang thực hiện", y23, ErrUnknown, "Đang thực hiện", 0, ""},
		{"Chưa hoàn thành", y23, ErrUnknown, "Chưa hoàn thành", 0, ""},
		{"Đã hoàn thành quá hạn", y23, ErrUnknown, "Đã hoàn thành quá hạn", 0, ""},
		{"Hoàn thành", y23, ErrUnknown, "Hoàn thành", 0, ""},
		{"Năm N", y23, ErrUnknown, "Năm N", 0, ""},
		{"Năm N+1", y23, ErrUnknown, "Năm N+1", 0, ""},
		{"…… tháng (kể từ ngày ký hợp đồng)", y23, ErrUnknown, "…… tháng", 0, ""},
		{"Không", y23, ErrUnknown, "Không", 0, ""},
		{"Theo", y23, ErrUnknown, "Theo", 0, ""},
		{"Định kỳ", y23, ErrUnknown, "Định kỳ", 0, ""},
		{"Tháng 13/2023", y23, ErrInvalid, "13/2023", 7, `deadline "Tháng 13/2023": invalid date: "13/2023"`},
		{"13/2025", y23, ErrInvalid, "13/2025", 0, ""},
		{"31/2/2023", y23, ErrInvalid, "31/2/2023", 0, ""},
		{"29/2", y23, ErrInvalid, "29/2", 0, ""},
		{"2027-2000", y23, ErrInvalid, "2027-2000", 0, ""},
		{"Quý V/2023", y23, ErrInvalid, "Quý V/2023", 0, ""},
		{"Tháng 3/1234", y23, ErrInvalid, "1234", 9, ""},
		{"", y23, ErrEmpty, "", 0, `deadline "": empty phrase`},
		{" \t ", y23, ErrEmpty, "", 3, ""},
		{"-", y23, ErrEmpty, "", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			s, err := Parse(tt.in, tt.ctx)
			if s.Kind != KindUnknown || s.Raw != tt.in || s.Value() != "" || !s.Due().IsZero() {
				t.Errorf("Parse(%q) = %s, want unknown with the raw text", tt.in, describe(s))
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not *Error", err)
			}
			if e.Text != tt.text || e.Offset != tt.offset {
				t.Errorf("error names %q at %d, want %q at %d", e.Text, e.Offset, tt.text, tt.offset)
			}
			if tt.message != "" && err.Error() != tt.message {
				t.Errorf("message\n got  %s\n want %s", err, tt.message)
			}
		})
	}
}

// A phrase that leaves the year out, with no year in the context, keeps its
// kind but has no dates.
func TestParseNoYear(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Tháng 6", "month XXXX-06"},
		{"Quý IV", "quarter XXXX-Q4"},
		{"Trước ngày 31/3", "date XXXX-03-31 mod=before"},
	} {
		s, err := Parse(tt.in, none)
		if !errors.Is(err, ErrNoYear) {
			t.Errorf("Parse(%q) error = %v, want ErrNoYear", tt.in, err)
		}
		if got := describe(s); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// Every row of ../shared/corpus/deadlines-dev.tsv: real phrases with the
// expected kind, value and due date.
func TestParseCorpusTSV(t *testing.T) {
	rows := readTSV(t, filepath.Join("..", "..", "shared", "corpus", "deadlines-dev.tsv"))
	if len(rows) < 70 {
		t.Fatalf("read %d rows, want the whole file", len(rows))
	}
	ty := tally{}
	defer ty.report(t, "deadlines-dev.tsv")
	for _, r := range rows {
		t.Run(r.phrase, func(t *testing.T) {
			defer func() { ty.add(r.kind, !t.Failed()) }()
			s, err := Parse(r.phrase, r.ctx)
			dash := func(s string) string {
				if s == "" {
					return "-"
				}
				return s
			}
			got := s.Kind.String() + " " + dash(s.Value()) + " " + dash(s.Due().String())
			want := r.kind + " " + r.value + " " + r.due
			if got != want {
				t.Errorf("Parse(%q) = %s, want %s", r.phrase, got, want)
			}
			if (err != nil) != (r.kind == "unknown") {
				t.Errorf("Parse(%q) error = %v", r.phrase, err)
			}
		})
	}
}

type tsvRow struct {
	phrase           string
	ctx              Context
	kind, value, due string
}

// readTSV reads the corpus deadline file, skipping the test when the
// shared corpus is not beside the repository.
func readTSV(t *testing.T, path string) []tsvRow {
	var rows []tsvRow
	for _, l := range tsvLines(t, path) {
		c := l.cols
		rows = append(rows, tsvRow{phrase: c[0], ctx: l.ctx, kind: c[3], value: c[4], due: c[5]})
	}
	return rows
}

// tsvLine is a line of a corpus deadline file: its columns, and the
// context its second and third columns give (plan year, signing date;
// "-" for none).
type tsvLine struct {
	line int
	cols []string
	ctx  Context
}

// tsvLines reads a corpus deadline file of six columns, skipping blank
// lines and comments, and the test when the shared corpus is not beside
// the repository.
func tsvLines(t *testing.T, path string) []tsvLine {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("corpus not found at %s: run the tests with ../shared beside the repository", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tsvLine
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 6 {
			t.Fatalf("%s:%d: %d columns, want 6", path, line, len(c))
		}
		r := tsvLine{line: line, cols: c}
		if c[1] != "-" {
			if r.ctx.Year, err = strconv.Atoi(c[1]); err != nil {
				t.Fatalf("%s:%d: %v", path, line, err)
			}
		}
		if c[2] != "-" {
			if r.ctx.Signed, err = ParseDate(c[2]); err != nil {
				t.Fatalf("%s:%d: %v", path, line, err)
			}
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Every deadline cell of the seed plan is understood, with the kind its
// words call for.
func TestParseSeedCells(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "qd-95-vpcp-2023-ke-hoach-de-an-06.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// A task row is a line " \tN." or "\tN." followed by one line per cell:
	// content, lead, partners, deadline, output.
	rowStart := regexp.MustCompile(`^ ?\t\d+\.$`)
	lines := strings.Split(string(src), "\n")
	ctx := Context{Year: 2023, Signed: D(2023, 3, 24)}
	want := map[string]Kind{
		"Tháng 03/2023": KindMonth, "Tháng 04/2023": KindMonth, "Tháng 06/2023": KindMonth,
		"Tháng 09/2023": KindMonth, "Tháng 12/2023": KindMonth,
		"Thường xuyên": KindOngoing, "Thực hiện thường xuyên": KindOngoing,
		"Theo lịch của Tổ Công tác":                 KindSchedule,
		"Theo tiến độ tại Quyết định số 766/QĐ-TTg": KindReference,
	}
	seen := map[string]bool{}
	var cells []string
	rows := 0
	for i, l := range lines {
		if !rowStart.MatchString(l) || i+4 >= len(lines) || !strings.HasPrefix(lines[i+4], "\t") {
			continue
		}
		rows++
		cell := strings.TrimPrefix(lines[i+4], "\t")
		cells = append(cells, cell)
		s, err := Parse(cell, ctx)
		if err != nil {
			t.Errorf("line %d: %v", i+5, err)
			continue
		}
		k, ok := want[cell]
		if !ok {
			t.Errorf("line %d: deadline cell %q not in the expected list", i+5, cell)
		} else if s.Kind != k {
			t.Errorf("line %d: %q is %s, want %s", i+5, cell, s.Kind, k)
		}
		seen[cell] = true
	}
	if rows != 23 {
		t.Errorf("found %d complete rows in the seed, want 23", rows)
	}
	// The README's example input is this column, in order.
	column, err := os.ReadFile(filepath.Join("..", "testdata", "qd-95-vpcp-2023-thoi-han.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(cells, "\n") + "\n"; got != string(column) {
		t.Errorf("testdata/qd-95-vpcp-2023-thoi-han.txt is not the seed's deadline column:\n%s", column)
	}
	for cell := range want {
		if !seen[cell] {
			t.Errorf("phrase %q not found in the seed", cell)
		}
	}
}

// Case, diacritics, NFD and tone placement do not change the result.
func TestParseTolerant(t *testing.T) {
	variants := [][]string{
		{"Tháng 03/2023", "THÁNG 03/2023", "Thang 3/2023", "tháng 3 năm 2023", "T3/2023", "Tháng 3/2023."},
		{"Quý II/2023", "Quí II/2023", "qúy 2/2023", "QUY II NAM 2023", "Quý 2 năm 2023", "Quý II - 2023"},
		{"Hằng năm", "Hàng năm", "hang nam", "HẰNG NĂM", "Hằng năm."},
		{"Thường xuyên", "thuong xuyen", "THƯỜNG XUYÊN", "Thường  xuyên"},
		{"Trước ngày 30/6/2023", "trước ngày 30/06/2023", "Truoc ngay 30/6/23", "TRƯỚC NGÀY 30-6-2023"},
	}
	for _, group := range variants {
		want, _ := Parse(group[0], y23)
		for _, v := range group {
			for _, form := range []string{v, norm.NFD.String(v)} {
				got, err := Parse(form, y23)
				if err != nil || describe(got) != describe(want) {
					t.Errorf("Parse(%q) = %s, %v; want %s", form, describe(got), err, describe(want))
				}
			}
		}
	}
}
