// Package deadline reads the deadline phrases of Vietnamese government plans
// (the "Thời gian hoàn thành", "Thời hạn" or "Tiến độ" column) as typed
// schedules that a program can compute with.
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
//	ongoing    Thường xuyên, Thực hiện thường xuyên     —                   —
//	schedule   Theo lịch của Tổ Công tác                — (Owner)           —
//	reference  Theo tiến độ tại Quyết định số 766/QĐ-TTg — (Ref)            —
//	event      Sau khi Nghị định được ban hành          — (Event)           —
//	relative   Trong vòng 30 ngày kể từ ngày ký         P30D                signing date + 30 days
//	list       Tháng 6 và tháng 12/2023                 — (Parts)           the earliest part
//	unknown    Báo cáo kết quả                          — (Raw, and an error)
//
// Modifiers are kept in Mod: "Trước" and "Chậm nhất" (before), "Sau"
// (after), "Từ" (from). A year left out ("Tháng 6", "Quý IV") is taken from
// the Context and YearInferred is set.
//
// # JSON
//
// A Schedule marshals to an object with "raw", "kind", "value", "start" and
// "due", and the fields its kind needs: "mod", "year_inferred", "onward",
// "every", "working_days", "anchor", "anchor_date", "basis", "owner", "ref",
// "event", "parts", "tentative", "note". Dates are YYYY-MM-DD. Fields without a value are
// left out. UnmarshalJSON reads the same form back.
//
// # Concurrency
//
// Parse and every method of Schedule are safe for concurrent use.
package deadline
