package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

const seedFile = "../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt"

var bookDay = civil.D(2023, 6, 30)

func seedDocument(t *testing.T) *plan.Document {
	t.Helper()
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := parse.Decision("seed.txt", src)
	return doc
}

// hostile is a plan whose cells try what a spreadsheet must not do with
// text: formulas, control characters, XML, a column of its own.
func hostilePlan() *plan.Document {
	dl := func(s string) deadline.Schedule {
		d, _ := deadline.Parse(s, deadline.Context{Year: 2025})
		return d
	}
	return &plan.Document{Plans: []plan.Plan{{Columns: []string{"Nguồn kinh phí"}, Tasks: []plan.Task{
		{Key: "1/1", No: "1", Content: `=HYPERLINK("http://x.invalid","bấm")`, Lead: unit.Split("Bộ Tư pháp"),
			Deadline: dl("Quý II/2025"), Output: "+1+2", Source: map[string]string{"Nguồn kinh phí": "@SUM(A1:A9)"}},
		{Key: "1/2", No: "2", Content: "Rà soát <b>văn bản</b> & \"quy định\"\x01\x1f về đất đai\tvà\nnhà ở", Lead: unit.Split("Bộ Tư pháp, Bộ Công an"),
			Deadline: dl("Thường xuyên"), Output: "-2", Source: map[string]string{"Nguồn kinh phí": "Ngân sách nhà nước"}},
		{Key: "1/3", No: "3", Content: "Tổng kết: Lưu ý [ngoặc] / gạch", Lead: unit.Split("Ủy ban nhân dân tỉnh Đồng Tháp"),
			Deadline: dl("30/6/2025"), Output: "Báo cáo", Source: map[string]string{}},
		// Sheet names: too long, characters a sheet name cannot hold, the
		// same first 31 characters.
		{Key: "1/4", No: "4", Content: "Báo cáo định kỳ", Lead: []unit.Ref{{Name: "Ban Chỉ đạo [Đề án 06]: tổ công tác/nhóm *thường trực* tỉnh A"}},
			Deadline: dl("Hằng quý"), Source: map[string]string{}},
		{Key: "1/5", No: "5", Content: "Báo cáo hai lần", Lead: []unit.Ref{{Name: "Ban Chỉ đạo [Đề án 06]: tổ công tác/nhóm *thường trực* tỉnh B"}},
			Deadline: dl("Tháng 6 và tháng 12/2025"), Source: map[string]string{}},
	}}}}
}

// libreOffice returns the path of soffice, or skips.
func sofficePath(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("KEHOACH_REQUIRE_LIBREOFFICE") != "" {
			t.Fatalf("LibreOffice is required here: %v", err)
		}
		t.Skipf("no LibreOffice (apt-get install libreoffice-calc-nogui): %v", err)
	}
	return p
}

func openpyxlPython(t *testing.T) string {
	t.Helper()
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import openpyxl").Run(); err != nil {
		if os.Getenv("KEHOACH_REQUIRE_OPENPYXL") != "" {
			t.Fatalf("python3-openpyxl is required here: %v", err)
		}
		t.Skipf("no /usr/bin/python3 with openpyxl (apt-get install python3-openpyxl): %v", err)
	}
	return py
}

func writeBook(t *testing.T, d *plan.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.WriteXLSX(&b, d, bookDay); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// expected is the task sheet as a reader should see it, built from the
// model: dates as "2006-01-02", text with what XML cannot hold removed.
func expectedSheet(d *plan.Document, tasks []plan.Task, extras []string) [][]string {
	header := []string{"Mã nhiệm vụ", "STT", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn", "Loại thời hạn",
		"Tình trạng ngày 30/06/2023", "Sản phẩm", "Tiến độ", "Ngày hoàn thành", "Ghi chú"}
	rows := [][]string{append(header, extras...)}
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r < ' ' && r != '\t' && r != '\n' {
				return -1
			}
			return r
		}, s)
	}
	names := func(refs []unit.Ref) string {
		var n []string
		for _, r := range refs {
			s := r.Name
			if r.Sub != "" {
				s += " (" + r.Sub + ")"
			}
			n = append(n, s)
		}
		return strings.Join(n, "; ")
	}
	for _, t := range tasks {
		st, next := t.StatusOn(bookDay, 7)
		due := ""
		if d := t.Deadline.Due(); !next.IsZero() {
			due = next.String()
		} else if !d.IsZero() {
			due = d.String()
		}
		row := []string{t.Key, t.No, t.Section, clean(t.Content), names(t.Lead), names(t.Partners), t.Deadline.Raw, due,
			export.KindLabel(t.Deadline.Kind), export.StatusLabel(st), clean(t.Output), "", "", ""}
		for _, e := range extras {
			row = append(row, t.Source[e])
		}
		rows = append(rows, row)
	}
	return rows
}

func tasksOf(d *plan.Document) []plan.Task {
	var out []plan.Task
	for _, p := range d.Plans {
		out = append(out, p.Tasks...)
	}
	return out
}

// trimRows drops the empty cells at the end of each row, as CSV and
// openpyxl do.
func trimEmptyCells(rows [][]string) [][]string {
	for i, r := range rows {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		rows[i] = r
	}
	return rows
}

// TestXLSXLibreOffice converts every sheet of the workbook to CSV with
// LibreOffice and compares each cell with the model. LibreOffice writes a
// date cell's value in its own form (MM/DD/YYYY), never the text of the
// cell, so a date that comes back that way was a date.
func TestXLSXLibreOffice(t *testing.T) {
	soffice := sofficePath(t)
	for name, d := range map[string]*plan.Document{"seed": seedDocument(t), "hostile": hostilePlan()} {
		t.Run(name, func(t *testing.T) {
			book := writeBook(t, d)
			dir := t.TempDir()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, book)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, out)
			}
			read := func(sheet string) [][]string {
				f, err := os.ReadFile(filepath.Join(dir, "plan-"+sheet+".csv"))
				if err != nil {
					files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
					t.Fatalf("sheet %q: %v (have %v)", sheet, err, files)
				}
				cr := csv.NewReader(bytes.NewReader(f))
				cr.FieldsPerRecord = -1
				rows, err := cr.ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				return trimEmptyCells(rows)
			}
			usDate := func(rows [][]string) [][]string {
				for _, r := range rows[1:] {
					if r[7] != "" {
						dd, err := time.Parse("2006-01-02", r[7])
						if err != nil {
							t.Fatal(err)
						}
						r[7] = dd.Format("01/02/2006")
					}
				}
				return rows
			}
			var extras []string
			if name == "hostile" {
				extras = []string{"Nguồn kinh phí"}
			}
			want := trimEmptyCells(usDate(expectedSheet(d, tasksOf(d), extras)))
			if diff := cmp.Diff(want, read(export.SheetTasks)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", export.SheetTasks, diff)
			}
			all := plan.Plan{Tasks: tasksOf(d)}
			names := sheetNames(t, book)
			for k, s := range all.Summary(bookDay, 7) {
				led := all.TasksLedBy(s.Unit.Name)
				if s.Unit.ID != "" {
					led = all.TasksLedBy(s.Unit.ID)
				}
				sheet := names[k+2]
				if diff := cmp.Diff(trimEmptyCells(usDate(expectedSheet(d, led, extras))), read(sheet)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", sheet, diff)
				}
			}
			sum := read(export.SheetSummary)
			if len(sum) != len(all.Summary(bookDay, 7))+1 {
				t.Errorf("summary: %d rows, want %d", len(sum), len(all.Summary(bookDay, 7))+1)
			}
			if name == "seed" {
				// Counted by hand from the seed's table on 30 June 2023:
				// Cục KSTT leads 23 tasks; 3 are past their month (March,
				// April), 3 fall due within the week, 13 are continuous, 2
				// wait on the Working Group's schedule.
				want := [][]string{{"Đơn vị chủ trì", "Số nhiệm vụ", "Quá hạn", "Sắp đến hạn", "Thường xuyên", "Chờ lịch, văn bản khác"},
					{"Cục Kiểm soát thủ tục hành chính", "23", "3", "3", "13", "2"}}
				if diff := cmp.Diff(want, sum); diff != "" {
					t.Errorf("summary (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// dumpScript prints every sheet of a workbook as openpyxl reads it: the
// sheet's frozen pane, filter, lists and widths, and each cell as its
// type and value.
const dumpScript = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        r = []
        for c in row:
            v = c.value
            if v is None: r.append("")
            elif isinstance(v, datetime.datetime): r.append("date:" + v.date().isoformat())
            elif isinstance(v, str): r.append(("f:" if c.data_type == "f" else "") + v)
            else: r.append("n:" + str(v))
        while r and r[-1] == "": r.pop()
        rows.append(r)
    dv = [[d.type, d.formula1, str(d.sqref)] for d in ws.data_validations.dataValidation]
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "lists": dv, "width_D": widths.get("D"), "rows": rows})
json.dump(out, sys.stdout, ensure_ascii=False)
`

type dumpedSheet struct {
	Title  string     `json:"title"`
	Freeze string     `json:"freeze"`
	Filter string     `json:"filter"`
	Lists  [][]string `json:"lists"`
	WidthD float64    `json:"width_D"`
	Rows   [][]string `json:"rows"`
}

func dumpBook(t *testing.T, py, book string) []dumpedSheet {
	t.Helper()
	out, err := exec.Command(py, "-c", dumpScript, book).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var sheets []dumpedSheet
	if err := json.Unmarshal(out, &sheets); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return sheets
}

// TestXLSXOpenpyxl reads the workbook with openpyxl: every cell as
// written (dates as dates, text as text and never a formula, Vietnamese
// intact), the frozen header, the filter, the list of states.
func TestXLSXOpenpyxl(t *testing.T) {
	py := openpyxlPython(t)
	for name, d := range map[string]*plan.Document{"seed": seedDocument(t), "hostile": hostilePlan()} {
		t.Run(name, func(t *testing.T) {
			sheets := dumpBook(t, py, writeBook(t, d))
			var extras []string
			if name == "hostile" {
				extras = []string{"Nguồn kinh phí"}
			}
			want := expectedSheet(d, tasksOf(d), extras)
			for _, r := range want[1:] {
				if r[7] != "" {
					r[7] = "date:" + r[7]
				}
				r[3] = strings.ReplaceAll(r[3], "\r", "")
			}
			want = trimEmptyCells(want)
			s := sheets[0]
			if s.Title != export.SheetTasks || s.Freeze != "A2" || s.WidthD < 50 {
				t.Errorf("sheet %q: frozen at %q, column D %g wide", s.Title, s.Freeze, s.WidthD)
			}
			if diff := cmp.Diff(want, s.Rows); diff != "" {
				t.Errorf("%s (-want +got):\n%s", s.Title, diff)
			}
			n := len(tasksOf(d)) + 1
			lastCol := "N"
			if extras != nil {
				lastCol = "O"
			}
			if s.Filter != fmt.Sprintf("A1:%s%d", lastCol, n) {
				t.Errorf("filter %q", s.Filter)
			}
			wantList := [][]string{{"list", `"chưa thực hiện,đang thực hiện,hoàn thành đúng hạn,hoàn thành quá hạn"`, fmt.Sprintf("L2:L%d", n)},
				{"date", "1", fmt.Sprintf("M2:M%d", n)}}
			if diff := cmp.Diff(wantList, s.Lists); diff != "" {
				t.Errorf("list (-want +got):\n%s", diff)
			}
			if sheets[1].Title != export.SheetSummary || len(sheets) < 3 {
				t.Errorf("sheets: %v", sheetTitles(sheets))
			}
			for _, s := range sheets {
				for _, r := range s.Rows {
					for _, c := range r {
						if strings.HasPrefix(c, "f:") {
							t.Errorf("%s: a formula %q", s.Title, c)
						}
					}
				}
			}
		})
	}
}

func sheetTitles(s []dumpedSheet) []string {
	var out []string
	for _, x := range s {
		out = append(out, x.Title)
	}
	return out
}

// fillScript fills the state and completion date of rows by task key, as
// a user would, and saves the workbook (openpyxl writes shared strings
// and date cells of its own).
const fillScript = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
fills = json.loads(sys.argv[3])
ws = wb["Nhiệm vụ"]
head = [c.value for c in ws[1]]
key, state, done = head.index("Mã nhiệm vụ"), head.index("Tiến độ"), head.index("Ngày hoàn thành")
for row in ws.iter_rows(min_row=2):
    f = fills.get(row[key].value)
    if f:
        row[state].value = f[0]
        if f[1]:
            row[done].value = datetime.datetime.strptime(f[1], "%Y-%m-%d")
wb.save(sys.argv[2])
`

// TestProgressFilledByOpenpyxl fills the seed's workbook with openpyxl,
// reads it back, and counts the tasks the Government Office's way.
func TestProgressFilledByOpenpyxl(t *testing.T) {
	py := openpyxlPython(t)
	d := seedDocument(t)
	book := writeBook(t, d)
	filled := filepath.Join(t.TempDir(), "filled.xlsx")
	fills := map[string][2]string{
		"1/1": {"hoàn thành đúng hạn", "2023-03-20"}, // due 31/3: on time
		"1/3": {"hoàn thành đúng hạn", "2023-04-15"}, // due 31/3: the date says late
		"1/4": {"đang thực hiện", ""},                // due 30/4: open, past its deadline
		"1/2": {"đang thực hiện", ""},                // continuous: open, within
		"1/5": {"Hoàn thành quá hạn", ""},            // no date: the state says late
	}
	arg, _ := json.Marshal(fills)
	if out, err := exec.Command(py, "-c", fillScript, book, filled, string(arg)).CombinedOutput(); err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	src, err := os.ReadFile(filled)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := export.ReadProgress(src)
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Progress{
		"1/1": {State: plan.DoneOnTime, Done: civil.D(2023, 3, 20)},
		"1/3": {State: plan.DoneOnTime, Done: civil.D(2023, 4, 15)},
		"1/4": {State: plan.InProgress},
		"1/2": {State: plan.InProgress},
		"1/5": {State: plan.DoneLate},
	}
	if diff := cmp.Diff(want, prog); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
	all := plan.Plan{Tasks: tasksOf(d)}
	acc := all.Account(prog, bookDay)
	if len(acc) != 1 {
		t.Fatalf("accounts: %+v", acc)
	}
	// Of the 23 tasks Cục KSTT leads: 1/1 on time; 1/3 and 1/5 late;
	// open past the deadline, 1/4 (the three overdue on 30 June are 1/1,
	// 1/3 and 1/4); the other 19 open within their deadline.
	got := acc[0]
	if got.Tasks != 23 || got.DoneOnTime != 1 || got.DoneLate != 2 || got.OpenLate != 1 || got.Open != 19 {
		t.Errorf("account: %+v", got)
	}
}

func TestReadProgressCSV(t *testing.T) {
	tests := []struct {
		name, src string
		want      plan.Progress
		err       string
	}{
		{"header", "\ufeffMã nhiệm vụ,Tiến độ,Ngày hoàn thành\n1/1,Hoàn thành đúng hạn,20/3/2023\n1/2,dang thuc hien,\n",
			plan.Progress{"1/1": {State: plan.DoneOnTime, Done: civil.D(2023, 3, 20)}, "1/2": {State: plan.InProgress}}, ""},
		{"english header in another order", "done,key,status\n2023-04-01,1/3,done\n",
			plan.Progress{"1/3": {State: plan.Done, Done: civil.D(2023, 4, 1)}}, ""},
		{"no header", "1/1,chưa thực hiện\n", plan.Progress{"1/1": {State: plan.NotStarted}}, ""},
		{"bad cells", "key,status,done\n1/1,xong rồi,\n1/2,hoàn thành,31/2/2023\n1/3,hoàn thành,\n",
			plan.Progress{"1/3": {State: plan.Done}}, `line 2: unknown state "xong rồi"`},
		{"semicolons, as a Vietnamese Excel saves", "Mã nhiệm vụ;Tiến độ;Ngày hoàn thành\r\n1/1;hoàn thành;20/03/2023\r\n1/2;\"đang; thực hiện\";\r\n",
			plan.Progress{"1/1": {State: plan.Done, Done: civil.D(2023, 3, 20)}, "1/2": {State: plan.InProgress}}, ""},
		{"windows-1258, tone marks combining", "key,status\n1/1,\x68o\xe0n th\xe0nh \xf0u\xf2ng ha\xf2n\n",
			plan.Progress{"1/1": {State: plan.DoneOnTime}}, ""},
		{"utf-16 tab-separated", utf16le("key\tstatus\n1/1\tđang thực hiện\n"),
			plan.Progress{"1/1": {State: plan.InProgress}}, ""},
		{"twice", "key,status\n1/1,hoàn thành\n1/1,đang thực hiện\n",
			plan.Progress{"1/1": {State: plan.Done}}, `line 3: task "1/1" is reported differently at line 2`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := export.ReadProgress([]byte(tt.src))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error %v, want %q", err, tt.err)
			}
		})
	}
	if _, err := export.ReadProgress([]byte("key,owner\n1/1,x\n")); err != export.ErrNotProgress {
		t.Errorf("no state column: %v", err)
	}
}

// fillXML fills the state and completion day of task rows by editing the
// workbook's XML, as a program without a spreadsheet library would: the
// row of the task with key k is row k's index + 2 in the first sheet.
func fillXML(t *testing.T, book []byte, fills map[int][2]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			s := string(b)
			for row, v := range fills {
				old := fmt.Sprintf(`<c r="M%d" s="1"/>`, row)
				cells := fmt.Sprintf(`<c r="L%d" t="inlineStr"><is><t>%s</t></is></c>`, row, v[0])
				if v[1] != "" {
					cells += fmt.Sprintf(`<c r="M%d" t="str"><v>%s</v></c>`, row, v[1])
				} else {
					cells += old
				}
				if !strings.Contains(s, old) {
					t.Fatalf("no %s in the sheet", old)
				}
				s = strings.Replace(s, old, cells, 1)
			}
			b = []byte(s)
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

// TestProgressXMLAndLibreOffice fills the workbook by editing its XML,
// reads it back, then has LibreOffice open and save it again (shared
// strings, its own styles and parts) and reads that back too.
func TestProgressXMLAndLibreOffice(t *testing.T) {
	d := seedDocument(t)
	var b bytes.Buffer
	if err := export.WriteXLSX(&b, d, bookDay); err != nil {
		t.Fatal(err)
	}
	filled := fillXML(t, b.Bytes(), map[int][2]string{
		2: {"hoàn thành đúng hạn", "20/03/2023"}, // task 1/1
		4: {"Hoàn thành", "2023-04-15"},          // task 1/3, after its March deadline
		5: {"đang thực hiện", ""},                // task 1/4
	})
	want := plan.Progress{
		"1/1": {State: plan.DoneOnTime, Done: civil.D(2023, 3, 20)},
		"1/3": {State: plan.Done, Done: civil.D(2023, 4, 15)},
		"1/4": {State: plan.InProgress},
	}
	prog, err := export.ReadProgress(filled)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, prog); diff != "" {
		t.Errorf("edited XML (-want +got):\n%s", diff)
	}
	all := plan.Plan{Tasks: tasksOf(d)}
	a := all.Account(prog, bookDay)[0]
	if a.DoneOnTime != 1 || a.DoneLate != 1 || a.OpenLate != 1 || a.Open != 20 {
		t.Errorf("account: %+v", a)
	}

	soffice := sofficePath(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "filled.xlsx")
	os.MkdirAll(filepath.Dir(in), 0o755)
	if err := os.WriteFile(in, filled, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", filepath.Join(dir, "out"), in).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	saved, err := os.ReadFile(filepath.Join(dir, "out", "filled.xlsx"))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	prog, err = export.ReadProgress(saved)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, prog); diff != "" {
		t.Errorf("saved by LibreOffice (-want +got):\n%s", diff)
	}
}

// sheetNames returns the names of the workbook's sheets, in order.
func sheetNames(t *testing.T, book string) []string {
	t.Helper()
	zr, err := zip.OpenReader(book)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open("xl/workbook.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.NewDecoder(f).Decode(&wb); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range wb.Sheets {
		out = append(out, s.Name)
	}
	return out
}

// Sheet names are at most 31 characters, hold none of []:*?/\, and are
// unique without regard to case, as spreadsheet programs require; a
// unit's sheet is named by its short name when its name is too long.
func TestXLSXSheetNames(t *testing.T) {
	names := sheetNames(t, writeBook(t, hostilePlan()))
	want := []string{"Nhiệm vụ", "Tổng hợp", "Ban Chỉ đạo  Đề án 06   tổ công", "Ban Chỉ đạo  Đề án 06   tổ (2)",
		"Bộ Công an", "Bộ Tư pháp", "Ủy ban nhân dân tỉnh Đồng Tháp"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if utf8.RuneCountInString(n) > 31 || strings.ContainsAny(n, `[]:*?/\`) || seen[strings.ToLower(n)] {
			t.Errorf("bad sheet name %q", n)
		}
		seen[strings.ToLower(n)] = true
	}
	names = sheetNames(t, writeBook(t, seedDocument(t)))
	if names[2] != "Cục KSTT" {
		t.Errorf("Cục Kiểm soát thủ tục hành chính (32 characters): sheet %q, want its short name", names[2])
	}
}

// Source columns keep their headers; the parser's own names read in
// Vietnamese; a header the workbook already has is marked as the source's.
func TestXLSXExtraHeaders(t *testing.T) {
	py := openpyxlPython(t)
	d := &plan.Document{Plans: []plan.Plan{{Tasks: []plan.Task{{Key: "1", Content: "Quan trắc", Source: map[string]string{
		"Ghi chú": "theo mùa", "column 6": "x", "paragraph": "1. Quan trắc ...", "status": "Đang làm", "Vị trí lấy mẫu": "A"}}}}}}
	head := dumpBook(t, py, writeBook(t, d))[0].Rows[0][14:]
	want := []string{"Ghi chú (văn bản)", "Vị trí lấy mẫu", "Cột 6", "Đoạn văn gốc", "Tình trạng theo văn bản"} // in the order of the keys
	if diff := cmp.Diff(want, head); diff != "" {
		t.Errorf("headers (-want +got):\n%s", diff)
	}
}

func utf16le(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// A sheet of one's own, with a title above its header, reads too.
func TestProgressOwnSheet(t *testing.T) {
	sheet := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>BÁO CÁO TIẾN ĐỘ QUÝ II</t></is></c></row>` +
		`<row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="s"><v>2</v></c></row>` +
		`<row r="4"><c r="B4" t="inlineStr"><is><r><t>1/</t></r><r><t>1</t></r></is></c><c r="C4" t="s"><v>3</v></c><c r="D4"><v>45016</v></c></row>` +
		`</sheetData></worksheet>`
	shared := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Mã</t></si><si><t>Tình trạng thực hiện</t></si>` +
		`<si><t>Ngày hoàn thành</t></si><si><r><t>Hoàn thành</t></r><rPh><t>ホ</t></rPh><r><t> đúng hạn</t></r></si></sst>`
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range map[string]string{
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/worksheets/s.xml":  sheet,
		"xl/sharedStrings.xml": shared,
	} {
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	zw.Close()
	prog, err := export.ReadProgress(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Progress{"1/1": {State: plan.DoneOnTime, Done: civil.D(2023, 3, 31)}}
	if diff := cmp.Diff(want, prog); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
