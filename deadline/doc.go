// Package deadline reads the deadline phrases of Vietnamese government plans
// (the "Thời gian hoàn thành", "Thời hạn" or "Tiến độ" column, or the
// deadline inside a task's sentence) as typed schedules that a program can
// compute with.
//
// Parse is a pure function of the phrase and a Context (the plan's year and
// the decision's signing date); it never reads the clock. Values follow
// TIMEX3 where TIMEX3 has a form:
//
//	kind       example                                  Value               Due
//	date       Trước ngày 30/6/2023                     2023-06-30          2023-06-30
//	month      Tháng 03/2023, T3/2023                   2023-03             2023-03-31
//	quarter    Quý II/2023, Quí IV-2025                 2023-Q2             2023-06-30
//	half       6 tháng đầu năm 2023                     2023-H1             2023-06-30
//	year       Năm 2023, Trong năm 2023                 2023                2023-12-31
//	range      Tháng 3-6/2023, 2023-2025                2023-03/2023-06     2023-06-30
//	recurring  Hằng quý, Định kỳ 6 tháng                P3M, P6M            see Next
//	           Tháng 12 hằng năm, Trước 15/12 hằng năm  XXXX-12, XXXX-12-15 see Next
//	           Trước ngày 20 hằng tháng                 XXXX-XX-20          see Next
//	ongoing    Thường xuyên, Thực hiện thường xuyên     —                   —
//	schedule   Theo lịch của Tổ Công tác                — (Owner)           —
//	reference  Theo tiến độ tại Quyết định số 766/QĐ-TTg — (Ref)            —
//	event      Sau khi Nghị định được ban hành          — (Event)           —
//	relative   Trong vòng 30 ngày kể từ ngày ký         P30D                signing date + 30 days
//	list       Tháng 6 và tháng 12/2023                 — (Parts)           its first firm part
//	unknown    Báo cáo kết quả                          — (Raw, and an error)
//
// Modifiers are kept in Mod: "Trước" and "Chậm nhất" (before), "Sau"
// (after), "Từ" (from). A year left out ("Tháng 6", "Quý IV") is taken from
// the Context and YearInferred is set.
//
// # The phrases of real documents
//
// Words before the time, a verb or a label ("Ban hành kế hoạch chậm nhất
// là ngày 15/4/2026", "Thời gian dự kiến: ngày 12/9/2026"), and words after
// it are kept in Note; "hoàn thành", "dự kiến" (Tentative) and the
// modifiers are read. A phrase with several times is a list of milestones
// ("Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất trong
// tháng 5/2027"): each part has its own kind, value, due date and note (the
// words up to the first separator after a time end its part, the others
// lead the next); a part without a time ("và tổ chức thực hiện") stays in
// a note; a wider time right before a narrower one with no separator is
// its scope ("Riêng năm 2020 hoàn thành trong quý II/2020"). A list is due
// at its first firm commitment: its first part, in the order written, that
// has a due date and is not tentative. Next and DueAsOf follow the parts.
// Times inside parentheses in the middle of a phrase are asides, and text
// after "time:" describes it ("Quý I/2026: Hoàn thiện thủ tục").
//
// Qualifiers đầu, giữa, cuối (start, middle, end: TIMEX3's START, MID, END)
// of a month, quarter, half or year are kept in Period.Qual; the period
// keeps its bounds, so "cuối quý III/2026" is due 30 September 2026 (see
// Qualifier). "Những tháng cuối năm 2025" is the end of 2025; "10 tháng
// đầu năm 2025" the range of January to October.
//
// An open-ended start ("Từ quý II/2026", "Từ năm 2027 trở đi", "Năm 2025
// và các năm tiếp theo") is due at the end of its first period; DueAsOf
// then follows the same period of later years (Onward) or, for "Từ", none:
// the work goes on. "Từ tháng 10/2025 đến khi ..." is an event with a
// start.
//
// "Trước" a month, quarter, half, year or festival (Exclusive) is due the
// day before it starts: "Trước năm 2031" and "Trước 2031" on 31 December
// 2030. "Trước ngày 15/12" stays 15 December, as plans mean it, and "Đến
// năm 2030", "Chậm nhất năm 2030" take the end of 2030.
//
// Days: ranges of days ("Từ ngày 3-7/8/2026", "từ ngày 08 đến ngày 10
// tháng 12 năm 2025", "10.4 đến 10.6.2026"); times of day in At and Until
// ("16 giờ", "20 giờ 15 phút", "9h00’", "15:00", "từ 14 giờ 30 đến 16
// giờ"); the day of the week in Weekday, checked against a date ("ngày
// 18/9/2026 (thứ Sáu)"), a disagreement giving the date with ErrWeekday.
//
// Rules with a day: "trước ngày 25 hằng tháng" (XXXX-XX-25, P1M), "Trước
// ngày 10 của tháng liền kề", "thứ Năm hằng tuần", "hằng tuần vào thứ
// Năm", "trước 16 giờ hằng tuần", "02 lần/ngày" (Count), "định kỳ 6 tháng,
// trước ngày 10/6 và 10/12" (a list whose yearless days are days of every
// year). Next gives the next occurrence after a date.
//
// Years relative to the plan: "năm sau", "năm tiếp theo" (+1) and "năm
// trước" (−1) from the Context's year, in YearOffset. "Năm liền kề", the
// reporting regime's term for the year after the one reported on, makes a
// yearly rule: "Trước ngày 31/01 năm liền kề" is every 31 January.
//
// School years: "năm học 2026-2027" is the range from 1 September 2026 to
// 31 May 2027 (SchoolYear), the default frame of the education ministry's
// yearly calendar; the dates a province sets each year are not known.
//
// Festivals of the lunar calendar: "Tết Nguyên đán", "Rằm tháng Giêng",
// "Tết Nguyên tiêu", "Giỗ Tổ Hùng Vương", "Tết Trung thu" (Feast), and
// dates written "âm lịch" (Lunar), are dates of their Gregorian day,
// computed by the Vietnamese lunar calendar at UTC+7 (see LunarDate and
// Tet). Without a year a festival is the Context's year's, or, with only a
// signing date, the first one after it. "Trước Tết" is due the day before.
//
// Working days ("trong 10 ngày làm việc kể từ ngày ký") are counted when
// the anchor is known, skipping Saturdays, Sundays and the public holidays
// of the Labour Code 2019 (see WorkingDay). "Trong 10 ngày làm việc (từ
// ngày 20/11 đến ngày 03/12/2025)" is the range in the parentheses.
//
// Unknown stays unknown: a phrase with no time in it is never guessed. A
// phrase read in part, with time-like text that could not be read ("Quý
// II/2026, riêng hạng mục B trước ngày 31/02/2026"), gives what was read
// and an *Error wrapping ErrPartial that names the rest.
//
// # Finding deadlines in a sentence
//
// Find returns every deadline phrase of a task's sentence with its byte
// span, for the kinds above, skipping the dates of cited documents
// ("Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022").
//
// # JSON
//
// A Schedule marshals to an object with "raw", "kind", "value", "start" and
// "due", and the fields its kind needs: "mod", "year_inferred", "onward",
// "every", "working_days", "anchor", "anchor_date", "basis", "owner", "ref",
// "event", "parts", "tentative", "note", and for the phrases of real
// documents "qualifier" ("start", "mid", "end"), "exclusive", "year_offset",
// "school_year", "weekday" (1 Monday … 7 Sunday), "at" and "until"
// ("14:30"), "count", "feast" and "lunar" ("03-10"). Dates are YYYY-MM-DD.
// Fields without a value are left out. UnmarshalJSON reads the same form
// back.
//
// # Concurrency
//
// Parse, Find and every method of Schedule are safe for concurrent use.
package deadline
