package plan

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/unit"
)

func icsDoc(phrases ...string) *Document {
	d := &Document{Number: docref.Number{Seq: "95", Symbol: "QĐ-VPCP"}, Date: civil.D(2023, 3, 24)}
	p := Plan{}
	for i, ph := range phrases {
		s, _ := deadline.Parse(ph, deadline.Context{Year: 2023})
		p.Tasks = append(p.Tasks, Task{No: string(rune('1' + i)), Content: "Rà soát, cập nhật; báo cáo \\ kết quả " + strings.Repeat("dữ liệu dân cư ", 5),
			Lead: unit.Split("Cục Kiểm soát TTHC"), Deadline: s, Output: "Báo cáo"})
	}
	d.Plans = []Plan{p}
	return d
}

func TestWriteICS(t *testing.T) {
	var b bytes.Buffer
	if err := WriteICS(&b, icsDoc("Tháng 03/2023", "Hằng quý", "Trước ngày 15/12 hằng năm", "Thường xuyên", "Hằng năm")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
		"DUE;VALUE=DATE:20230331\r\n",
		"DTSTART;VALUE=DATE:20230330\r\nDUE;VALUE=DATE:20230331\r\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-2\r\n",
		"DTSTART;VALUE=DATE:20231214\r\nDUE;VALUE=DATE:20231215\r\nRRULE:FREQ=YEARLY\r\n",
		"DTSTART;VALUE=DATE:20231230\r\nDUE;VALUE=DATE:20231231\r\nRRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-2\r\n",
		"DTSTAMP:20230324T000000Z\r\n",
		`SUMMARY:1. Rà soát\, cập nhật\; báo cáo \\ kết quả`,
	} {
		if !strings.Contains(strings.ReplaceAll(out, "\r\n ", ""), want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if n := strings.Count(out, "BEGIN:VTODO"); n != 5 {
		t.Errorf("%d VTODOs", n)
	}
	// The ongoing task has no DUE; its deadline is in the description.
	if !strings.Contains(strings.ReplaceAll(out, "\r\n ", ""), `Thời hạn: Thường xuyên\nSản phẩm`) {
		t.Error("deadline text missing from the description")
	}
	// Folding: no line over 75 octets, no character cut.
	for _, l := range strings.Split(out, "\r\n") {
		if len(l) > 75 || !utf8.ValidString(l) {
			t.Errorf("bad line (%d octets): %q", len(l), l)
		}
	}
	// The same document gives the same UIDs.
	var again bytes.Buffer
	WriteICS(&again, icsDoc("Tháng 03/2023", "Hằng quý", "Trước ngày 15/12 hằng năm", "Thường xuyên", "Hằng năm"))
	if again.String() != out {
		t.Error("output is not stable")
	}
}

// Invalid UTF-8 and bare CRs in a task a program built: WriteICS returns,
// and no CR but those ending lines reaches the output.
func TestWriteICSHostile(t *testing.T) {
	d := &Document{Plans: []Plan{{Tasks: []Task{{No: "1", Content: strings.Repeat("\xff", 200) + strings.Repeat("\x80", 200) + "a\rEND:VTODO\rBEGIN:VEVENT"}}}}}
	var b bytes.Buffer
	if err := WriteICS(&b, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ReplaceAll(b.String(), "\r\n", ""), "\r") || !utf8.Valid(b.Bytes()) {
		t.Errorf("bare CR or invalid UTF-8 written:\n%q", b.String())
	}
}
