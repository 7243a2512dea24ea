// Package kehoach reads the text of Vietnamese government decisions (Quyết
// định) and the plans (Kế hoạch) attached to them, and turns them into typed
// data: who must deliver what, by when.
//
// The work is split into packages:
//
//   - [github.com/kehoach/kehoach/parse] reads the text of a decision into a
//     [github.com/kehoach/kehoach/plan.Document]: the decision, its articles,
//     and every task of its plans, with diagnostics for what it could not
//     place.
//   - [github.com/kehoach/kehoach/deadline] reads a deadline phrase
//     ("Tháng 03/2023", "Quý II/2023", "Thường xuyên", "Theo lịch của Tổ
//     Công tác") as a typed schedule with a due date where there is one.
//   - [github.com/kehoach/kehoach/unit] knows the agencies plans assign
//     work to, and splits a lead or partner cell into units.
//   - [github.com/kehoach/kehoach/export] writes documents as CSV, an
//     ICS calendar, an SVG timeline, JSON lines, Markdown and text, safe
//     for text anyone may have written.
//
// The command-line program is in examples/kehoach:
//
//	go run ./examples/kehoach parse testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt
//
// This package holds only documentation and examples.
package kehoach
