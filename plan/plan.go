// Package plan is the model of a Vietnamese decision (Quyết định) and the
// plans (Kế hoạch) attached to it: the document with its number, date,
// bases, articles, signer and recipients; each plan with its sections and
// tasks; each task with its lead and partner units (package unit) and its
// deadline (package deadline); and the legal documents the text cites.
//
// The JSON form of Document is a public contract (see the project's
// DESIGN): field names do not change, dates are YYYY-MM-DD and empty lists
// are written as [], never left out.
package plan

import (
	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/unit"
)

// Date is a calendar date; see civil.Date.
type Date = civil.Date

// Document is a decision, or a plan issued on its own, as data.
type Document struct {
	Kind   string        `json:"kind"`   // document type as written: "Quyết định", "Kế hoạch"
	Number docref.Number `json:"number"` // "95/QĐ-VPCP"
	Date   Date          `json:"date"`   // signing date
	Place  string        `json:"place"`  // "Hà Nội"
	Issuer string        `json:"issuer"` // "Văn phòng Chính phủ"
	// IssuerHeader is the issuing body as its header writes it, in
	// capitals ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"), when there is one.
	IssuerHeader string `json:"issuer_header,omitempty"`
	// IssuerParent is the body above the issuer in the header, if any
	// ("Bộ Tài chính" above "CỤC THUẾ").
	IssuerParent string `json:"issuer_parent,omitempty"`
	// Authority is the title under which it is issued, as written:
	// "BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ".
	Authority string  `json:"authority,omitempty"`
	Title     string  `json:"title"` // trích yếu
	Bases     []Basis `json:"bases"`
	// Proposal is the "Theo đề nghị của ..." line.
	Proposal   string      `json:"proposal,omitempty"`
	Articles   []Article   `json:"articles"`
	Signer     Signer      `json:"signer"`
	Recipients []Recipient `json:"recipients"`
	Plans      []Plan      `json:"plans"`
	Citations  []Citation  `json:"citations"`
	// Footnotes are the notes ("[1] ...") that cells refer to.
	Footnotes []Footnote `json:"footnotes,omitempty"`
	// Diagnostics are what the parser could not place or understand,
	// sorted by position.
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Basis is a legal basis ("Căn cứ ...").
type Basis struct {
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
	Line      int        `json:"line"`
}

// Article is one article (Điều) of a decision.
type Article struct {
	No   int    `json:"no"`
	Text string `json:"text"`
	Line int    `json:"line"`
}

// Signer is who signed: "BỘ TRƯỞNG, CHỦ NHIỆM", "Trần Văn Sơn".
type Signer struct {
	// Authority is the signing form, if any: "KT.", "TM.", "TL.", "TUQ.", "Q.".
	Authority string `json:"authority,omitempty"`
	Position  string `json:"position"`
	Name      string `json:"name"`
	Line      int    `json:"line,omitempty"`
}

// Recipient is one line of "Nơi nhận".
type Recipient struct {
	Text string `json:"text"`
	Note string `json:"note,omitempty"` // "để b/c"
	// Archive marks the "Lưu: ..." line that ends the list.
	Archive bool `json:"archive,omitempty"`
	Line    int  `json:"line"`
}

// Plan is a plan (Kế hoạch) or an appendix with tasks.
type Plan struct {
	// Heading is the appendix heading above the title, if any: "PHỤ LỤC I".
	Heading string `json:"heading,omitempty"`
	Title   string `json:"title"`
	// AttachedTo is the decision the plan is issued with ("Kèm theo
	// Quyết định số ..."), if any.
	AttachedTo *docref.Ref `json:"attached_to,omitempty"`
	// AttachedText is the "Kèm theo ..." note as written.
	AttachedText string `json:"attached_text,omitempty"`
	// Intro is the text before the plan's first heading, one line a line.
	Intro string `json:"intro,omitempty"`
	// Columns are the headers of the task table, as written, when it has
	// a header row.
	Columns  []string  `json:"columns,omitempty"`
	Sections []Section `json:"sections"`
	Tasks    []Task    `json:"tasks"`
	Line     int       `json:"line"`
}

// Section is a heading inside a plan ("I. NHIỆM VỤ CHUNG", "1. Mục đích")
// with the text under it.
type Section struct {
	No    string `json:"no"`
	Title string `json:"title"`
	// Level is 1 for Roman numerals (I., II.) and 2 for Arabic ones (1., 1.1.).
	Level int    `json:"level,omitempty"`
	Text  string `json:"text,omitempty"` // paragraphs, "a)" points and dashes under it, one a line
	Line  int    `json:"line"`
}

// Task is one task (nhiệm vụ) of a plan.
type Task struct {
	// Key identifies the task in its document, stably across parses of
	// the same text: its plan, section and number ("1/II/3"), or its
	// position where numbers repeat or are missing. Calendars and
	// summaries use it.
	Key      string            `json:"key"`
	No       string            `json:"no"`      // "1", "2.3"; inferred numbers are marked by a diagnostic
	Section  string            `json:"section"` // the No of its section, "" when none
	Content  string            `json:"content"`
	Lead     []unit.Ref        `json:"lead"`
	Partners []unit.Ref        `json:"partners"`
	Deadline deadline.Schedule `json:"deadline"`
	Output   string            `json:"output"`
	Line     int               `json:"line"`
	// Footnotes are the footnote numbers the row's cells refer to ("[1]"),
	// taken out of the text.
	Footnotes []string `json:"footnotes,omitempty"`
	// Source keeps every cell of the row as written, by role ("lead",
	// "partners", "deadline", "output") or by the column's header.
	Source map[string]string `json:"source"`
}

// Footnote is a note at the end of a document: "[1] Theo số liệu ...".
type Footnote struct {
	No   string `json:"no"`
	Text string `json:"text"`
	Line int    `json:"line"`
}

// Citation is a legal document cited in the text: "Nghị định số 79/NĐ-CP
// ngày 06 tháng 10 năm 2022 của Chính phủ", at a line and column (in
// characters, from 1) of the input.
type Citation struct {
	docref.Ref
	Line   int `json:"line"`
	Column int `json:"column"`
}

// TasksLedBy returns the tasks whose lead includes the named unit: a
// registry id ("vpcp-ksttthc"), or any name, short name or abbreviation
// the default registry knows it by ("Cục Kiểm soát thủ tục hành chính",
// "Cục KSTT"); units not in the registry are matched by their name, in
// any case and with or without diacritics.
func (p *Plan) TasksLedBy(name string) []Task {
	id := ""
	if u, ok := unit.Default().Unit(name); ok {
		id = u.ID
	} else if u, ok := unit.Lookup(name); ok {
		id = u.ID
	}
	folded := vntext.Fold(vntext.CollapseSpace(name))
	var out []Task
	for _, t := range p.Tasks {
		for _, r := range t.Lead {
			if id != "" && r.ID == id || r.ID == "" && vntext.Fold(r.Name) == folded {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// TasksDue returns the tasks due from..to, both days included: a
// recurring deadline or a list counts when one of its occurrences falls in
// the window (see deadline.Schedule.DueAsOf).
func (p *Plan) TasksDue(from, to Date) []Task {
	var out []Task
	for _, t := range p.Tasks {
		if d, ok := t.Deadline.DueAsOf(from); ok && !d.Before(from) && !d.After(to) {
			out = append(out, t)
		}
	}
	return out
}

// Citation returns the citation of the document with the given number,
// written with or without its year ("766/QĐ-TTg" finds "766/2022/QĐ-TTg").
func (d *Document) Citation(number string) (Citation, bool) {
	n, err := docref.ParseNumber(number)
	if err != nil {
		return Citation{}, false
	}
	for _, c := range d.Citations {
		if c.Number.ID() == n.ID() {
			return c, true
		}
	}
	return Citation{}, false
}
