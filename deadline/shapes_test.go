package deadline

import (
	"errors"
	"testing"
)

var y26 = Context{Year: 2026}

// shapeTests pin every field of the schedule (see describe) for each shape
// of real deadline phrases, with the error expected (nil, or the sentinel
// it wraps).
var shapeTests = []struct {
	in   string
	ctx  Context
	want string
	err  error
}{
	// Milestones: a list of parts, each with its kind, due and note; the phrase is due at its first firm commitment. Real (tnt-692e12b0, jp-qd435-kontum, vbai-kh-cchc-2026-2030) and constructed.
	{"Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất trong tháng 5/2027 và tổng kết chậm nhất trong tháng 11/2027", Context{Year: 2027}, "list start=2027-02-01 due=2027-02-28 parts=[Xây dựng đề án trong tháng 02/2027: month 2027-02 start=2027-02-01 due=2027-02-28 note=Xây dựng đề án; trình phê duyệt chậm nhất trong tháng 5/2027: month 2027-05 due=2027-05-31 mod=before note=trình phê duyệt; tổng kết chậm nhất trong tháng 11/2027: month 2027-11 due=2027-11-30 mod=before note=tổng kết]", nil},
	{"hoàn thành chậm nhất trước ngày 31/12/2025; xây dựng lại nhà, tái định cư cho tất cả các gia đình có nhà bị đổ, sập, trôi chậm nhất trước ngày 31/01/2026", y25, "list due=2025-12-31 parts=[chậm nhất trước ngày 31/12/2025: date 2025-12-31 due=2025-12-31 mod=before; xây dựng lại nhà, tái định cư cho tất cả các gia đình có nhà bị đổ, sập, trôi chậm nhất trước ngày 31/01/2026: date 2026-01-31 due=2026-01-31 mod=before note=xây dựng lại nhà, tái định cư cho tất cả các gia đình có nhà bị đổ, sập, trôi]", nil},
	{"Thực hiện thường xuyên, riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các Văn bản có liên quan hoàn thành trong quý II/2020", Context{Year: 2020}, "list start=2020-04-01 due=2020-06-30 parts=[Thực hiện thường xuyên: ongoing; riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các Văn bản có liên quan hoàn thành trong quý II/2020: quarter 2020-Q2 start=2020-04-01 due=2020-06-30 note=riêng việc tuyên truyền, quán triệt Chỉ thị số 37-CT/TW và các Văn bản có liên quan]", nil},
	{"Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020", Context{Year: 2020}, "list start=2020-04-01 due=2020-06-30 parts=[Thực hiện định kỳ hằng năm: recurring P1Y every=P1Y note=Thực hiện; Riêng năm 2020 hoàn thành trong quý II/2020: quarter 2020-Q2 start=2020-04-01 due=2020-06-30 note=Riêng năm 2020]", nil},
	{"Ban hành kế hoạch chậm nhất là ngày 15/4/2026 và tổ chức thực hiện", y26, "date 2026-04-15 due=2026-04-15 mod=before note=Ban hành kế hoạch; và tổ chức thực hiện", nil},
	{"Dự kiến quý II/2026 trình, quý IV/2026 ban hành", y26, "list start=2026-04-01 due=2026-06-30 tentative parts=[quý II/2026 trình: quarter 2026-Q2 start=2026-04-01 due=2026-06-30 note=trình; quý IV/2026 ban hành: quarter 2026-Q4 start=2026-10-01 due=2026-12-31 note=ban hành]", nil},

	{"Năm 2025: hoàn thành 50%; năm 2026: hoàn thành 100%", y25, "list start=2025-01-01 due=2025-12-31 parts=[Năm 2025: hoàn thành 50%: year 2025 start=2025-01-01 due=2025-12-31 note=hoàn thành 50%; năm 2026: hoàn thành 100%: year 2026 start=2026-01-01 due=2026-12-31 note=hoàn thành 100%]", nil},
	{"Trong năm 2026, các năm tiếp theo thực hiện thường xuyên", y25, "list start=2026-01-01 due=2026-12-31 parts=[Trong năm 2026, các năm tiếp theo: year 2026 start=2026-01-01 due=2026-12-31 onward; thực hiện thường xuyên: ongoing note=thực hiện]", nil},
	{"Quý I/2026: Hoàn thiện thủ tục pháp lý dự án", y25, "quarter 2026-Q1 start=2026-01-01 due=2026-03-31 note=Hoàn thiện thủ tục pháp lý dự án", nil},

	// Qualifiers đầu/giữa/cuối keep the period, due at its end; the first or last N months of a year are a range. Real (tnt-24701a1c, tnt-98be6e04) and constructed.
	{"Đầu tháng 5/2027", y26, "month 2027-05 start=2027-05-01 due=2027-05-31 qual=start", nil},
	{"cuối quý III/2026", y26, "quarter 2026-Q3 start=2026-07-01 due=2026-09-30 qual=end", nil},
	{"giữa năm 2027", y26, "year 2027 start=2027-01-01 due=2027-12-31 qual=mid", nil},
	{"những tháng cuối năm 2025", y26, "year 2025 start=2025-01-01 due=2025-12-31 qual=end", nil},
	{"cuối năm", y25, "year 2025 start=2025-01-01 due=2025-12-31 inferred qual=end", nil},
	{"trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026", y25, "list start=2025-11-01 due=2025-12-31 parts=[trong 02 tháng cuối năm 2025: range 2025-11/2025-12 start=2025-11-01 due=2025-12-31; những tháng đầu năm 2026: year 2026 start=2026-01-01 due=2026-12-31 qual=start]", nil},
	{"Trong 10 tháng đầu năm 2025", y25, "range 2025-01/2025-10 start=2025-01-01 due=2025-10-31", nil},

	// Leading verbs and labels are kept as a note. Real (vbai-kh-thidua-cchc-2026, nom-hanoi-kh173-festival) and constructed.
	{"xong trong tháng 10/2026", y26, "month 2026-10 start=2026-10-01 due=2026-10-31", nil},
	{"Sơ kết vào tháng 7 năm 2027", y26, "month 2027-07 start=2027-07-01 due=2027-07-31 note=Sơ kết", nil},
	{"đăng ký trước ngày 15/3/2026", y26, "date 2026-03-15 due=2026-03-15 mod=before note=đăng ký", nil},
	{"Thời gian dự kiến: ngày 12/9/2026 (thứ Bảy)", y26, "date 2026-09-12 start=2026-09-12 due=2026-09-12 note=Thời gian dự kiến weekday=6", nil},

	// Day ranges. Real (tnt-692e12b0, tnt-3a2db039) and constructed.
	{"Từ ngày 3-7/8/2026", y26, "range 2026-08-03/2026-08-07 start=2026-08-03 due=2026-08-07", nil},
	{"Từ ngày 30-1/2/2026", y26, "range 2026-01-30/2026-02-01 start=2026-01-30 due=2026-02-01", nil},
	{"Từ ngày 28-3/1/2027", y26, "range 2026-12-28/2027-01-03 start=2026-12-28 due=2027-01-03", nil},
	{"10.4 đến 10.6.2026", y26, "range 2026-04-10/2026-06-10 start=2026-04-10 due=2026-06-10", nil},
	{"từ ngày 16-22/11/2025", y25, "range 2025-11-16/2025-11-22 start=2025-11-16 due=2025-11-22", nil},
	{"từ ngày 08 đến ngày 10 tháng 12 năm 2025", y25, "range 2025-12-08/2025-12-10 start=2025-12-08 due=2025-12-10", nil},

	// Times of day. Real (vbai-kh-tuyentruyen-2026) and constructed.
	{"từ 14 giờ 30 đến 16 giờ ngày 21 tháng 9", y26, "date 2026-09-21 start=2026-09-21 due=2026-09-21 inferred at=14:30 until=16:00", nil},
	{"12h ngày 15/10/2026", y26, "date 2026-10-15 start=2026-10-15 due=2026-10-15 at=12:00", nil},
	{"15:00 ngày 20/11/2025", y25, "date 2025-11-20 start=2025-11-20 due=2025-11-20 at=15:00", nil},
	{"Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1", y26, "date 2026-01-23 start=2026-01-23 due=2026-01-23 inferred at=20:15 until=20:45", nil},

	// Weekdays are checked against the date. Real (nom-hanoi-kh173-festival) and constructed.
	{"ngày 11/9/2026 (thứ Sáu)", y26, "date 2026-09-11 start=2026-09-11 due=2026-09-11 weekday=5", nil},
	{"ngày 18/9/2026 (thứ Bảy)", y26, "date 2026-09-18 start=2026-09-18 due=2026-09-18 weekday=6", ErrWeekday},
	{"thứ Sáu, ngày 18/9/2026", y26, "date 2026-09-18 start=2026-09-18 due=2026-09-18 weekday=5", nil},

	// Recurring rules with a day. Real (tnt-62f25a03, vbai-vb-chiso-cchc-2025) and constructed.
	{"trước ngày 25 hằng tháng", y26, "recurring XXXX-XX-25 mod=before every=P1M", nil},
	{"Trước ngày 10 của tháng liền kề", y26, "recurring XXXX-XX-10 mod=before every=P1M note=của tháng liền kề", nil},
	{"thứ Năm hàng tuần", y26, "recurring P1W every=P1W weekday=4", nil},
	{"hằng tuần vào thứ Năm", y26, "recurring P1W every=P1W weekday=4", nil},
	{"định kỳ 6 tháng, trước ngày 10/6 và 10/12", y26, "list parts=[định kỳ 6 tháng: recurring P6M every=P6M; ngày 10/6: recurring XXXX-06-10 mod=before every=P1Y; 10/12: recurring XXXX-12-10 mod=before every=P1Y]", nil},
	{"trước 19h00’ hằng ngày", y25, "recurring P1D mod=before every=P1D at=19:00", nil},
	{"02 lần/ngày (trước 9h00’ và 16h00’)", y25, "recurring P1D every=P1D note=trước 9h00’ và 16h00’ count=2", nil},
	{"Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần", y25, "recurring P1W mod=before every=P1W weekday=5 at=16:00", nil},

	{"Định kỳ hằng năm (trước ngày 15 tháng 12)", y25, "recurring XXXX-12-15 mod=before every=P1Y", nil},
	{"ngày 20 tháng cuối quý", y25, "recurring XXXX-XX-20 every=P3M qual=end", nil},
	{"Trước ngày 10 tháng đầu quý sau", y25, "recurring XXXX-XX-10 mod=before every=P3M qual=start", nil},

	// Open-ended starts are due at the end of their first period. Real (nom-hanoi-kh173-festival) and constructed.
	{"Từ năm 2027 trở đi", y26, "year 2027 start=2027-01-01 due=2027-12-31 mod=from onward", nil},
	{"Quý III năm 2026 và các năm tiếp theo", y26, "quarter 2026-Q3 start=2026-07-01 due=2026-09-30 onward", nil},
	{"từ quý II/2026", y26, "quarter 2026-Q2 start=2026-04-01 due=2026-06-30 mod=from", nil},

	// Years relative to the plan's year; "năm liền kề" is a yearly rule.
	{"trước ngày 15/02 năm liền kề", y26, "recurring XXXX-02-15 mod=before every=P1Y yearoffset=+1", nil},
	{"Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề và tổ chức mở lớp theo kế hoạch đề ra.", y26, "recurring XXXX-12-31 mod=before every=P1Y note=Ban hành kế hoạch; và tổ chức mở lớp theo kế hoạch đề ra yearoffset=-1", nil},
	{"Quý I năm sau", y26, "quarter 2027-Q1 start=2027-01-01 due=2027-03-31 inferred yearoffset=+1", nil},
	{"trong tháng 01 của năm sau", y26, "month 2027-01 start=2027-01-01 due=2027-01-31 inferred yearoffset=+1", nil},
	{"tháng 12 năm trước", y26, "month 2025-12 start=2025-12-01 due=2025-12-31 inferred yearoffset=-1", nil},
	{"năm sau", y26, "year 2027 start=2027-01-01 due=2027-12-31 inferred yearoffset=+1", nil},

	// "Trước" a year, quarter, month: the day before it starts; "Trước ngày X" stays X; "Đến" takes the end.
	{"Hết quý II/2026", y26, "quarter 2026-Q2 due=2026-06-30 mod=before", nil},
	{"Trước năm 2031", y26, "year 2031 due=2030-12-31 mod=before exclusive", nil},
	{"Trước 2031", y26, "year 2031 due=2030-12-31 mod=before exclusive", nil},
	{"Trước ngày 31/12/2030", y26, "date 2030-12-31 due=2030-12-31 mod=before", nil},
	{"Đến năm 2030", y26, "year 2030 due=2030-12-31 mod=before", nil},
	{"trước quý III/2026", y26, "quarter 2026-Q3 due=2026-06-30 mod=before exclusive", nil},

	// School years: 1 September to 31 May.
	{"năm học 2026-2027", y26, "range 2026-09-01/2027-05-31 start=2026-09-01 due=2027-05-31 schoolyear", nil},
	{"trong năm học 2025 - 2026", y26, "range 2025-09-01/2026-05-31 start=2025-09-01 due=2026-05-31 schoolyear", nil},

	// Festivals of the lunar calendar and lunar dates.
	{"trước Tết Nguyên đán năm 2027", y26, "date 2027-02-06 due=2027-02-05 mod=before exclusive feast=Tết Nguyên đán", nil},
	{"Rằm tháng Giêng năm 2026", y26, "date 2026-03-03 start=2026-03-03 due=2026-03-03 feast=Rằm tháng Giêng", nil},
	{"Tết Trung thu 2026", y26, "date 2026-09-25 start=2026-09-25 due=2026-09-25 feast=Tết Trung thu", nil},
	{"trước Tết", Context{Signed: D(2026, 11, 10)}, "date 2027-02-06 due=2027-02-05 mod=before inferred exclusive feast=Tết", nil},
	{"ngày 10/3 âm lịch năm 2026", y26, "date 2026-04-26 start=2026-04-26 due=2026-04-26 lunar=03-10", nil},
	{"Dịp Tết Nguyên đán Bính Ngọ 2026", y26, "date 2026-02-17 start=2026-02-17 due=2026-02-17 feast=Tết Nguyên đán", nil},
	{"trước Tết Nguyên đán Đinh Mùi", y26, "date 2027-02-06 due=2027-02-05 mod=before exclusive feast=Tết Nguyên đán", nil},
	{"sau Tết Nguyên đán", y26, "date 2026-02-17 start=2026-02-18 mod=after inferred feast=Tết Nguyên đán", nil},

	// Working days skip weekends and holidays; a duration with its dates in parentheses (tnt-3a2db039).
	{"trong 10 ngày làm việc kể từ ngày ký", Context{Year: 2025, Signed: D(2025, 11, 19)}, "relative P10D start=2025-11-19 due=2025-12-03 working anchor=ngày ký anchordate=2025-11-19", nil},
	{"10 ngày làm việc kể từ ngày 01/10/2026", Context{Year: 2026}, "relative P10D start=2026-10-01 due=2026-10-15 working anchor=ngày 01/10/2026 anchordate=2026-10-01", nil},
	{"trong vòng 15 ngày kể từ ngày 20/12/2026", Context{Year: 2026}, "relative P15D start=2026-12-20 due=2027-01-04 anchor=ngày 20/12/2026 anchordate=2026-12-20", nil},
	{"trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)", y25, "range 2025-11-20/2025-12-03 start=2025-11-20 due=2025-12-03 note=trong 10 ngày làm việc", nil},

	// Unknown stays unknown; a part not understood is named (ErrPartial); a cited document's date is not a deadline.
	{"Báo cáo kết quả", y26, "unknown", ErrUnknown},
	{"khẩn trương", y26, "unknown", ErrUnknown},
	{"Quý II/2026, riêng hạng mục B trước ngày 31/02/2026", y26, "quarter 2026-Q2 start=2026-04-01 due=2026-06-30 note=riêng hạng mục B trước ngày 31/02/2026", ErrPartial},
	{"Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022", y26, "unknown", ErrUnknown},
}

// A weekday that disagrees with its date is named in the error.
func TestWeekdayError(t *testing.T) {
	s, err := Parse("ngày 18/9/2026 (thứ Bảy)", y26)
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrWeekday) || e.Text != "thứ Bảy" || e.Offset != len("ngày 18/9/2026 (") {
		t.Fatalf("error = %#v, want ErrWeekday naming \"thứ Bảy\"", err)
	}
	if s.Due() != D(2026, 9, 18) {
		t.Errorf("due %v, want the date kept", s.Due())
	}
}

func TestShapes(t *testing.T) {
	for _, tt := range shapeTests {
		s, err := Parse(tt.in, tt.ctx)
		if got := describe(s); got != tt.want {
			t.Errorf("Parse(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
		if tt.err == nil && err != nil || tt.err != nil && !errors.Is(err, tt.err) {
			t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
		}
	}
}
