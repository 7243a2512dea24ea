package parse

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
)

// readBackScript prints, for every VTODO that Python's icalendar library
// reads from the file, its UID, SUMMARY, DUE and RRULE.
const readBackScript = `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for c in cal.walk('VTODO'):
    due = c.get('DUE')
    rule = c.get('RRULE')
    print('|'.join([str(c.get('UID')), str(c.get('SUMMARY')),
                    due.dt.strftime('%Y%m%d') if due else '',
                    rule.to_ical().decode() if rule else '']))
`

// TestICSReadBack has the calendar of the seed and of two layouts read by
// an independent, widely used parser (Python's icalendar, Debian's
// python3-icalendar, which .ci/run installs) and checks that every VTODO,
// DUE and RRULE comes back as written.
func TestICSReadBack(t *testing.T) {
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import icalendar").Run(); err != nil {
		if os.Getenv("KEHOACH_REQUIRE_ICALENDAR") != "" {
			t.Fatalf("python3-icalendar is required here: %v", err)
		}
		t.Skipf("no python3 with icalendar (apt-get install python3-icalendar): %v", err)
	}
	names, srcs := layoutInputs(t)
	inputs := map[string][]byte{filepath.Base(seedPath): readSeed(t)}
	for i, n := range names {
		if n == "ke-hoach-bang-tab" || n == "ke-hoach-doan-van" {
			inputs[n+".txt"] = srcs[i]
		}
	}
	for f, src := range inputs {
		doc, _ := Decision(f, src)
		var ics bytes.Buffer
		if err := export.WriteICS(&ics, doc); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "plan.ics")
		if err := os.WriteFile(path, ics.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(python, "-c", readBackScript, path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: icalendar: %v\n%s", f, err, out)
		}
		// What was written, unfolded and unescaped, property by property.
		var want []string
		var uid, summary, due, rule string
		unfolded := strings.ReplaceAll(ics.String(), "\r\n ", "")
		unescape := strings.NewReplacer(`\,`, ",", `\;`, ";", `\\`, `\`, `\n`, "\n")
		for _, l := range strings.Split(unfolded, "\r\n") {
			name, value, _ := strings.Cut(l, ":")
			switch name {
			case "BEGIN":
				if value == "VTODO" { // not at a VALARM inside it
					uid, summary, due, rule = "", "", "", ""
				}
			case "UID":
				uid = value
			case "SUMMARY":
				summary = unescape.Replace(value)
			case "DUE;VALUE=DATE":
				due = value
			case "RRULE":
				rule = value
			case "END":
				if value == "VTODO" {
					want = append(want, strings.Join([]string{uid, summary, due, rule}, "|"))
				}
			}
		}
		got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if len(got) != len(want) {
			t.Fatalf("%s: icalendar read %d VTODOs, %d written", f, len(got), len(want))
		}
		rules := 0
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: VTODO %d\n read    %q\n written %q", f, i+1, got[i], want[i])
			}
			if !strings.HasSuffix(want[i], "|") {
				rules++
			}
		}
		t.Logf("%s: %d VTODOs, %d with RRULE, read back alike", filepath.Base(f), len(want), rules)
	}
}
