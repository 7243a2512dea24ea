package export

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// XLSX writes a plan's tracking workbook (.xlsx, Office Open XML
// SpreadsheetML), the form offices follow a plan up in:
//
//   - "Nhiệm vụ": every task, one a row: key, number, section, content,
//     lead, partners, the deadline as written, the due date as a date cell,
//     the kind of deadline, the status on the day AsOf, the output, three
//     columns for the user to fill in ("Tiến độ" with a drop-down list of
//     the four states, "Ngày hoàn thành" that warns when it is not a
//     date, "Ghi chú"), and every other column of the source table;
//   - "Tổng hợp": per lead unit, its tasks, and those overdue, due soon,
//     ongoing and waiting on AsOf;
//   - a sheet per lead unit with its tasks, in the columns of the first.
//
// Each sheet has a frozen header row, column widths and an autofilter.
// Every text is written as an inline string, never as a formula, with the
// characters XML cannot hold removed; a cell longer than the 32,767
// characters a spreadsheet holds is cut, with an ellipsis. ReadProgress
// reads the filled-in workbook back.
//
// The zero value works: with no AsOf, the status column and the counts
// that depend on the day are left empty. An XLSX may be used by several
// goroutines at once.
type XLSX struct {
	// AsOf is the day the statuses are computed on.
	AsOf civil.Date
	// Within is how many days ahead count as due soon; 0 means 7.
	Within int
}

// WriteXLSX writes the tracking workbook of d with statuses on asOf; see
// XLSX.
func WriteXLSX(w io.Writer, d *plan.Document, asOf civil.Date) error {
	return XLSX{AsOf: asOf}.Write(w, d)
}

// Sheet and column names the workbook uses, which ReadProgress looks for.
const (
	SheetTasks   = "Nhiệm vụ"
	SheetSummary = "Tổng hợp"

	ColumnKey      = "Mã nhiệm vụ"
	ColumnProgress = "Tiến độ"
	ColumnDone     = "Ngày hoàn thành"
	ColumnNote     = "Ghi chú"
)

// maxCell is the most characters a spreadsheet cell holds.
const maxCell = 32767

// listStates are the four states a follow-up sheet reports, in the order
// of its drop-down list.
var listStates = []plan.State{plan.NotStarted, plan.InProgress, plan.DoneOnTime, plan.DoneLate}

// cell styles, indexes into cellXfs of styles.xml
const (
	styleText = iota
	styleDate
	styleHeader
	styleWrap
	styleOverdue
	styleDueSoon
)

type xcell struct {
	text  string
	date  civil.Date // a date cell when not zero
	num   int        // a number cell when isNum
	isNum bool
	style int
}

type xcolumn struct {
	name  string
	width float64
}

type xsheet struct {
	name    string
	cols    []xcolumn
	rows    [][]xcell
	filter  bool
	listCol int // column with the state list, -1 when none
}

// Write writes the workbook of d to w.
func (x XLSX) Write(w io.Writer, d *plan.Document) error {
	within := x.Within
	if within == 0 {
		within = 7
	}
	var tasks []plan.Task
	var extras []string
	seen := map[string]bool{}
	for _, p := range d.Plans {
		tasks = append(tasks, p.Tasks...)
		for _, c := range planExtraColumns(&p) {
			if !seen[c] {
				seen[c] = true
				extras = append(extras, c)
			}
		}
	}
	all := plan.Plan{Tasks: tasks}
	summary := all.Summary(x.AsOf, within)

	sheets := []*xsheet{x.taskSheet(SheetTasks, tasks, extras, within)}
	sheets = append(sheets, x.summarySheet(&all, within))
	names := map[string]bool{strings.ToLower(SheetTasks): true, strings.ToLower(SheetSummary): true}
	for _, s := range summary {
		var led []plan.Task
		for _, t := range tasks {
			for _, r := range t.Lead {
				if sameUnit(r, s.Unit) {
					led = append(led, t)
					break
				}
			}
		}
		sheets = append(sheets, x.taskSheet(sheetName(s.Unit, names), led, extras, within))
	}
	return writeWorkbook(w, sheets)
}

func sameUnit(a, b unit.Ref) bool {
	if a.ID != "" || b.ID != "" {
		return a.ID == b.ID
	}
	return a.Name == b.Name
}

// planExtraColumns returns the headers of the source table's columns that
// have no role, in the table's order.
func planExtraColumns(p *plan.Plan) []string {
	roles := map[string]bool{"lead": true, "partners": true, "deadline": true, "output": true, "content": true, "no": true}
	var out []string
	seen := map[string]bool{}
	for _, c := range p.Columns {
		for _, t := range p.Tasks {
			if _, ok := t.Source[c]; ok && !roles[c] && !seen[c] {
				seen[c] = true
				out = append(out, c)
				break
			}
		}
	}
	var rest []string
	for _, t := range p.Tasks {
		for k := range t.Source {
			if !roles[k] && !seen[k] {
				seen[k] = true
				rest = append(rest, k)
			}
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// extraHeader is the header of a source column in the workbook: its
// header as written, the parser's names for cells without one in
// Vietnamese ("column 3" is "Cột 3", "paragraph" the paragraph a task was
// read from, "status" the source's own status column), marked as the
// source's when the workbook has a column of that name.
func extraHeader(key string, taken map[string]bool) string {
	name := key
	switch {
	case key == "paragraph":
		name = "Đoạn văn gốc"
	case key == "status":
		name = "Tình trạng theo văn bản"
	case strings.HasPrefix(key, "column "):
		if _, err := strconv.Atoi(key[len("column "):]); err == nil {
			name = "Cột " + key[len("column "):]
		}
	}
	if taken[strings.ToLower(name)] {
		name += " (văn bản)"
	}
	taken[strings.ToLower(name)] = true
	return name
}

// sheetName makes a sheet name for a unit: its short name where the
// registry has one, without the characters sheet names cannot hold, at
// most 31 characters, unique in the workbook (case-blind).
func sheetName(r unit.Ref, used map[string]bool) string {
	name := r.Name
	if u, ok := unit.Default().Unit(r.ID); ok && u.Short != "" && utf8.RuneCountInString(u.Name) > 31 {
		name = u.Short
	}
	name = strings.Map(func(c rune) rune {
		if strings.ContainsRune(`[]:*?/\`, c) || c < ' ' {
			return ' '
		}
		return c
	}, name)
	name = strings.Trim(strings.TrimSpace(name), "'")
	if name == "" {
		name = "Đơn vị"
	}
	base := []rune(name)
	for n := 1; ; n++ {
		cand := base
		suffix := ""
		if n > 1 {
			suffix = " (" + strconv.Itoa(n) + ")"
		}
		if len(cand)+utf8.RuneCountInString(suffix) > 31 {
			cand = cand[:31-utf8.RuneCountInString(suffix)]
		}
		s := strings.TrimSpace(string(cand)) + suffix
		if !used[strings.ToLower(s)] {
			used[strings.ToLower(s)] = true
			return s
		}
	}
}

func (x XLSX) taskSheet(name string, tasks []plan.Task, extras []string, within int) *xsheet {
	status := "Tình trạng"
	if !x.AsOf.IsZero() {
		status += " ngày " + dayMonthYear(x.AsOf)
	}
	s := &xsheet{name: name, filter: true, cols: []xcolumn{
		{ColumnKey, 12}, {"STT", 6}, {"Mục", 6}, {"Nội dung", 60}, {"Chủ trì", 28}, {"Phối hợp", 28},
		{"Thời hạn", 16}, {"Hạn", 12}, {"Loại thời hạn", 14}, {status, 16}, {"Sản phẩm", 28},
		{ColumnProgress, 20}, {ColumnDone, 14}, {ColumnNote, 24},
	}}
	s.listCol = 11
	taken := map[string]bool{}
	for _, c := range s.cols {
		taken[strings.ToLower(c.name)] = true
	}
	for _, e := range extras {
		s.cols = append(s.cols, xcolumn{extraHeader(e, taken), 24})
	}
	for _, t := range tasks {
		// The due date is the one the status is measured by: for a
		// recurring deadline or a list, the next from AsOf on.
		due := t.Deadline.Due()
		st, next := t.StatusOn(x.AsOf, within)
		if !x.AsOf.IsZero() && !next.IsZero() {
			due = next
		}
		row := []xcell{
			{text: t.Key}, {text: t.No}, {text: t.Section}, {text: t.Content, style: styleWrap},
			{text: unitList(t.Lead), style: styleWrap}, {text: unitList(t.Partners), style: styleWrap},
			{text: t.Deadline.Raw}, {date: due, style: styleDate}, {text: KindLabel(t.Deadline.Kind)},
		}
		if x.AsOf.IsZero() {
			row = append(row, xcell{})
		} else {
			c := xcell{text: StatusLabel(st)}
			switch st {
			case plan.Overdue:
				c.style = styleOverdue
			case plan.DueSoon:
				c.style = styleDueSoon
			}
			row = append(row, c)
		}
		row = append(row, xcell{text: t.Output, style: styleWrap}, xcell{}, xcell{style: styleDate}, xcell{})
		for _, e := range extras {
			row = append(row, xcell{text: t.Source[e], style: styleWrap})
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func (x XLSX) summarySheet(all *plan.Plan, within int) *xsheet {
	s := &xsheet{name: SheetSummary, filter: true, listCol: -1, cols: []xcolumn{
		{"Đơn vị chủ trì", 40}, {"Số nhiệm vụ", 12}, {"Quá hạn", 10}, {"Sắp đến hạn", 12}, {"Thường xuyên", 12}, {"Chờ lịch, văn bản khác", 14},
	}}
	for _, u := range all.StatusesByUnit(x.AsOf, within) {
		num := func(n int) xcell { return xcell{num: n, isNum: true} }
		row := []xcell{{text: u.Unit.Name, style: styleWrap}, num(u.Tasks)}
		if x.AsOf.IsZero() {
			row = append(row, xcell{}, xcell{})
		} else {
			row = append(row, num(u.Count[plan.Overdue]), num(u.Count[plan.DueSoon]))
		}
		row = append(row, num(u.Count[plan.Ongoing]), num(u.Count[plan.Waiting]))
		s.rows = append(s.rows, row)
	}
	return s
}

func unitList(refs []unit.Ref) string {
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.Name
		if r.Sub != "" {
			names[i] += " (" + r.Sub + ")"
		}
	}
	return strings.Join(names, "; ")
}

func dayMonthYear(d civil.Date) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}

// serial is a date as a spreadsheet day number in the 1900 date system:
// days since 1899-12-30, right for every day from March 1900 on.
func serial(d civil.Date) int {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return int(d.Time(time.UTC).Sub(base).Hours() / 24)
}

// colName returns the letters of the column k (0-based): A, B, ..., AA.
func colName(k int) string {
	var b []byte
	for k++; k > 0; k = (k - 1) / 26 {
		b = append([]byte{byte('A' + (k-1)%26)}, b...)
	}
	return string(b)
}

// cleanText removes what XML 1.0 cannot hold (control characters other
// than tab, line feed and carriage return; invalid UTF-8; U+FFFE and
// U+FFFF) and cuts text longer than a cell holds.
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if !xmlChar(r) {
			clean = false
			break
		}
	}
	if !clean {
		s = strings.Map(func(r rune) rune {
			if !xmlChar(r) {
				return -1
			}
			return r
		}, strings.ToValidUTF8(s, ""))
	}
	if utf8.RuneCountInString(s) > maxCell {
		r := []rune(s)
		s = string(r[:maxCell-1]) + "…"
	}
	return s
}

func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// xmlEscape writes s with the characters XML gives a meaning escaped.
func xmlEscape(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\r':
			esc = "&#13;"
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
}

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

func writeWorkbook(w io.Writer, sheets []*xsheet) error {
	z := zip.NewWriter(w)
	part := func(name string, body func(*bufio.Writer)) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		bw.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
		body(bw)
		return bw.Flush()
	}
	err := part("[Content_Types].xml", func(b *bufio.Writer) {
		b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		for i := range sheets {
			fmt.Fprintf(b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		}
		b.WriteString(`</Types>`)
	})
	if err == nil {
		err = part("_rels/.rels", func(b *bufio.Writer) {
			b.WriteString(`<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
		})
	}
	if err == nil {
		err = part("xl/workbook.xml", func(b *bufio.Writer) {
			b.WriteString(`<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><bookViews><workbookView/></bookViews><sheets>`)
			for i, s := range sheets {
				b.WriteString(`<sheet name="`)
				xmlEscape(b, s.name)
				fmt.Fprintf(b, `" sheetId="%d" r:id="rId%d"/>`, i+1, i+1)
			}
			b.WriteString(`</sheets><definedNames>`)
			for i, s := range sheets {
				if s.filter && len(s.cols) > 0 {
					fmt.Fprintf(b, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">'`, i)
					xmlEscape(b, strings.ReplaceAll(s.name, "'", "''"))
					fmt.Fprintf(b, `'!$A$1:$%s$%d</definedName>`, colName(len(s.cols)-1), len(s.rows)+1)
				}
			}
			b.WriteString(`</definedNames></workbook>`)
		})
	}
	if err == nil {
		err = part("xl/_rels/workbook.xml.rels", func(b *bufio.Writer) {
			b.WriteString(`<Relationships xmlns="` + nsPkg + `">`)
			for i := range sheets {
				fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, nsRel, i+1)
			}
			fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>`, len(sheets)+1, nsRel)
		})
	}
	if err == nil {
		err = part("xl/styles.xml", func(b *bufio.Writer) { b.WriteString(stylesXML) })
	}
	for i, s := range sheets {
		if err != nil {
			break
		}
		err = part(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.write)
	}
	if cerr := z.Close(); err == nil {
		err = cerr
	}
	return err
}

const stylesXML = `<styleSheet xmlns="` + nsMain + `">` +
	`<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFF8CBAD"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="6">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

func (s *xsheet) write(b *bufio.Writer) {
	last := colName(len(s.cols)-1) + strconv.Itoa(len(s.rows)+1)
	b.WriteString(`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	b.WriteString(`<dimension ref="A1:` + last + `"/>`)
	b.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for k, c := range s.cols {
		fmt.Fprintf(b, `<col min="%d" max="%d" width="%g" customWidth="1"/>`, k+1, k+1, c.width)
	}
	b.WriteString(`</cols><sheetData>`)
	header := make([]xcell, len(s.cols))
	for k, c := range s.cols {
		header[k] = xcell{text: c.name, style: styleHeader}
	}
	writeRow(b, 1, header)
	for i, r := range s.rows {
		writeRow(b, i+2, r)
	}
	b.WriteString(`</sheetData>`)
	if s.filter {
		b.WriteString(`<autoFilter ref="A1:` + last + `"/>`)
	}
	if s.listCol >= 0 && len(s.rows) > 0 {
		col := colName(s.listCol)
		names := make([]string, len(listStates))
		for i, st := range listStates {
			names[i] = StateLabel(st)
		}
		n := len(s.rows) + 1
		fmt.Fprintf(b, `<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Tiến độ" error="Chọn một mục trong danh sách." sqref="%s2:%s%d"><formula1>"`, col, col, n)
		xmlEscape(b, strings.Join(names, ","))
		// The completion day next to it: a date, or a warning.
		done := colName(s.listCol + 1)
		fmt.Fprintf(b, `"</formula1></dataValidation><dataValidation type="date" operator="greaterThan" allowBlank="1" showErrorMessage="1" errorStyle="warning" errorTitle="Ngày hoàn thành" error="Nhập một ngày, ví dụ 30/06/2025." sqref="%s2:%s%d"><formula1>1</formula1></dataValidation></dataValidations>`, done, done, n)
	}
	b.WriteString(`</worksheet>`)
}

func writeRow(b *bufio.Writer, n int, cells []xcell) {
	fmt.Fprintf(b, `<row r="%d">`, n)
	for k, c := range cells {
		ref := colName(k) + strconv.Itoa(n)
		switch {
		case !c.date.IsZero():
			fmt.Fprintf(b, `<c r="%s" s="%d"><v>%d</v></c>`, ref, c.style, serial(c.date))
		case c.isNum:
			fmt.Fprintf(b, `<c r="%s" s="%d"><v>%d</v></c>`, ref, c.style, c.num)
		case c.text != "":
			fmt.Fprintf(b, `<c r="%s" s="%d" t="inlineStr"><is><t xml:space="preserve">`, ref, c.style)
			xmlEscape(b, cleanText(c.text))
			b.WriteString(`</t></is></c>`)
		case c.style != styleText:
			fmt.Fprintf(b, `<c r="%s" s="%d"/>`, ref, c.style)
		}
	}
	b.WriteString(`</row>`)
}
