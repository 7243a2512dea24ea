package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// component is a calendar component as an independent reader saw it.
type component struct {
	Name  string      `json:"name"`
	Props [][2]string `json:"props"`
	Subs  []component `json:"subs"`
}

func (c component) prop(name string) string {
	for _, p := range c.Props {
		if p[0] == name {
			return p[1]
		}
	}
	return ""
}

// Scripts that print the components a reader finds, as JSON.
const (
	icalendarScript = `import sys, json, icalendar
def val(k, v):
    return str(v) if k in ("SUMMARY", "DESCRIPTION") else v.to_ical().decode()
def dump(c):
    props = []
    for k, v in c.items():
        for x in (v if isinstance(v, list) else [v]):
            props.append([k, val(k, x)])
    return {"name": c.name, "props": props, "subs": [dump(s) for s in c.subcomponents]}
cals = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read(), multiple=True)
print(json.dumps([dump(c) for c in cals]))`
	vobjectScript = `import sys, json, vobject
def dump(c):
    props, subs = [], []
    for ch in c.getChildren():
        if isinstance(ch, vobject.base.Component):
            subs.append(dump(ch))
        else:
            props.append([ch.name, ch.value if isinstance(ch.value, str) else ch.serialize().split(':', 1)[1].strip()])
    return {"name": c.name, "props": props, "subs": subs}
text = open(sys.argv[1], encoding='utf-8').read()
print(json.dumps([dump(c) for c in vobject.readComponents(text)]))`
)

// readICS has the reader (icalendar or vobject) parse the calendar.
func readICS(t *testing.T, reader string, data []byte) []component {
	t.Helper()
	var py, script string
	switch reader {
	case "icalendar":
		py, script = python(t, "KEHOACH_REQUIRE_ICALENDAR", "icalendar"), icalendarScript
	case "vobject":
		py, script = python(t, "KEHOACH_REQUIRE_VOBJECT", "vobject"), vobjectScript
	}
	path := filepath.Join(t.TempDir(), "plan.ics")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", reader, err, out)
	}
	var cals []component
	if err := json.Unmarshal(out, &cals); err != nil {
		t.Fatalf("%s: %v\n%s", reader, err, out)
	}
	return cals
}

var fixedNow = func() time.Time { return time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC) }

// The properties each component may have: anything else came from text.
var allowed = map[string][]string{
	"VCALENDAR": {"VERSION", "PRODID", "CALSCALE"},
	"VTODO":     {"UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "DTSTART", "DUE", "RRULE", "STATUS"},
	"VALARM":    {"ACTION", "TRIGGER", "DESCRIPTION"},
}

// checkStructure checks that the readers found one calendar, one VTODO per
// task with the summary written, alarms where there is a due date, and no
// component or property that the task text could have made.
func checkStructure(t *testing.T, reader string, cals []component, docs ...*plan.Document) {
	t.Helper()
	if len(cals) != 1 || cals[0].Name != "VCALENDAR" {
		t.Fatalf("%s: %d calendars", reader, len(cals))
	}
	var tasks []plan.Task
	for _, d := range docs {
		for _, p := range d.Plans {
			tasks = append(tasks, p.Tasks...)
		}
	}
	todos := cals[0].Subs
	if len(todos) != len(tasks) {
		t.Fatalf("%s: %d components for %d tasks", reader, len(todos), len(tasks))
	}
	uids := map[string]bool{}
	var walk func(c component)
	walk = func(c component) {
		for _, p := range c.Props {
			if !slices.Contains(allowed[c.Name], p[0]) {
				t.Errorf("%s: %s has property %s=%q", reader, c.Name, p[0], p[1])
			}
		}
		for _, s := range c.Subs {
			if c.Name != "VTODO" && s.Name != "VTODO" || c.Name == "VTODO" && s.Name != "VALARM" {
				t.Errorf("%s: %s inside %s", reader, s.Name, c.Name)
			}
			walk(s)
		}
	}
	walk(cals[0])
	for i, c := range todos {
		task := tasks[i]
		want := wantText(strings.TrimSpace(task.No + ". " + task.Content))
		if got := c.prop("SUMMARY"); got != want {
			t.Errorf("%s: task %d summary\n got  %q\n want %q", reader, i+1, got, want)
		}
		uid := c.prop("UID")
		if uids[uid] || uid == "" {
			t.Errorf("%s: UID %q given twice", reader, uid)
		}
		uids[uid] = true
		if !strings.HasPrefix(c.prop("DTSTAMP"), "20261201T083000Z") {
			t.Errorf("%s: DTSTAMP %q", reader, c.prop("DTSTAMP"))
		}
		alarms := 0
		if c.prop("DUE") != "" {
			alarms = 3
		}
		if len(c.Subs) != alarms {
			t.Errorf("%s: task %d has %d alarms, want %d", reader, i+1, len(c.Subs), alarms)
		}
	}
}

// wantText is a TEXT value as a reader must give it back: line breaks as
// LF, tabs as spaces, controls removed, bad bytes as U+FFFD.
func wantText(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\r' && strings.HasPrefix(s[i:], "\r\n"):
		case r == '\r' || r == '\n' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == 0x85:
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20, r >= 0x7f && r < 0xa0, r >= 0x202a && r <= 0x202e:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Forged calendar lines in cells (bare CR, CRLF, LF) stay text in both
// readers: no VEVENT, no URL, every SUMMARY as written.
func TestICSForgery(t *testing.T) {
	doc := hostileDoc()
	doc.Number = docref.Number{Seq: "95", Symbol: "QĐ-VPCP"}
	doc.Date = civil.D(2023, 3, 24)
	c := export.ICS{Now: fixedNow}
	var b bytes.Buffer
	if err := c.Write(&b, doc); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if i := strings.IndexByte(strings.ReplaceAll(out, "\r\n", ""), '\r'); i >= 0 {
		t.Errorf("a bare CR at %d", i)
	}
	if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Error("a bare LF in the output")
	}
	if regexp.MustCompile(`(?m)^(BEGIN|END):VEVENT`).MatchString(out) || !utf8.ValidString(out) {
		t.Error("forged component or invalid UTF-8 in the output")
	}
	for _, l := range strings.Split(out, "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets", len(l))
		}
	}
	for _, reader := range []string{"icalendar", "vobject"} {
		t.Run(reader, func(t *testing.T) {
			checkStructure(t, reader, readICS(t, reader, b.Bytes()), doc)
		})
	}
}

// Several documents make one calendar; two plans with neither number nor
// date get different UIDs, and the same document given twice gets no UID
// twice; the same input gives the same output.
func TestICSSeveral(t *testing.T) {
	seed := seedDoc(t)
	mk := func(title string) *plan.Document {
		return &plan.Document{Title: title, Plans: []plan.Plan{{Tasks: []plan.Task{
			task("1", "Rà soát thủ tục", "Sở Tư pháp", "Quý II/2024"),
			task("2", "Báo cáo kết quả", "Sở Nội vụ", "Hằng quý"),
		}}}}
	}
	a, b := mk("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH"), mk("KẾ HOẠCH CHUYỂN ĐỔI SỐ")
	docs := []*plan.Document{seed, a, b, seed}
	c := export.ICS{Now: fixedNow}
	var out bytes.Buffer
	if err := c.Write(&out, docs...); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "BEGIN:VCALENDAR"); n != 1 {
		t.Errorf("%d VCALENDARs", n)
	}
	for _, reader := range []string{"icalendar", "vobject"} {
		t.Run(reader, func(t *testing.T) {
			checkStructure(t, reader, readICS(t, reader, out.Bytes()), docs...)
		})
	}
	var again bytes.Buffer
	c.Write(&again, docs...)
	if again.String() != out.String() {
		t.Error("output is not stable")
	}
	// Alone, a and b still differ.
	uids := func(d *plan.Document) string {
		var o bytes.Buffer
		export.WriteICS(&o, d)
		return strings.Join(regexp.MustCompile(`(?m)^UID:.*`).FindAllString(o.String(), -1), " ")
	}
	if uids(a) == uids(b) {
		t.Error("two plans without number and date share UIDs")
	}
}

// Alarms are 7, 3 and 1 days before DUE by default, as configured
// otherwise, and none on request; DTSTAMP is the clock's time.
func TestICSAlarms(t *testing.T) {
	d := &plan.Document{Date: civil.D(2023, 3, 24), Plans: []plan.Plan{{Tasks: []plan.Task{
		task("1", "Rà soát", "Bộ Tư pháp", "Tháng 03/2023"), task("2", "Theo dõi", "Bộ Tư pháp", "Thường xuyên"),
	}}}}
	for _, tt := range []struct {
		alarms []int
		want   string
	}{
		{nil, "-P7D -P3D -P1D"},
		{[]int{14}, "-P14D"},
		{[]int{}, ""},
	} {
		var b bytes.Buffer
		c := export.ICS{Now: fixedNow, Alarms: tt.alarms}
		if err := c.Write(&b, d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range regexp.MustCompile(`(?m)^TRIGGER;RELATED=END:(\S+)\r$`).FindAllStringSubmatch(b.String(), -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("alarms %v: %q, want %q", tt.alarms, got, tt.want)
		}
		if !strings.Contains(b.String(), "DTSTAMP:20261201T083000Z\r\n") {
			t.Error("DTSTAMP is not the clock's")
		}
	}
	// The default clock is the real one.
	before := time.Now().UTC().Truncate(time.Second)
	var b bytes.Buffer
	export.WriteICS(&b, d)
	after := time.Now().UTC()
	m := regexp.MustCompile(`DTSTAMP:(\S+)\r\n`).FindStringSubmatch(b.String())
	if m == nil {
		t.Fatal("no DTSTAMP")
	}
	stamp, err := time.Parse("20060102T150405Z", m[1])
	if err != nil || stamp.Before(before) || stamp.After(after) {
		t.Errorf("DTSTAMP %s is not the time of writing (%v)", m[1], err)
	}
}

// Invalid UTF-8 in a task a program built, at every place a fold may
// fall, is written as U+FFFD and folding ends.
func TestICSInvalidUTF8(t *testing.T) {
	for n := 0; n < 80; n++ {
		content := strings.Repeat("a", n) + strings.Repeat("\xff\xc3", 60) + strings.Repeat("\x80", 200) + "\xe1\xbb"
		d := &plan.Document{Plans: []plan.Plan{{Tasks: []plan.Task{{No: "1", Content: content}}}}}
		var b bytes.Buffer
		if err := export.WriteICS(&b, d); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b.Bytes()) {
			t.Fatalf("n=%d: invalid UTF-8 written", n)
		}
	}
}

// A calendar reports the writer's error.
func TestICSWriteError(t *testing.T) {
	err := export.WriteICS(failWriter{}, seedDoc(t))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v", err)
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("disk full") }

func BenchmarkWriteICS(b *testing.B) {
	doc := seedDoc(b)
	var out bytes.Buffer
	export.WriteICS(&out, doc)
	b.ReportAllocs()
	b.SetBytes(int64(out.Len()))
	c := export.ICS{Now: fixedNow}
	for b.Loop() {
		if err := c.Write(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
