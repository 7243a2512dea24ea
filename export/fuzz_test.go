package export_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// unescapeText reads an RFC 5545 TEXT value back.
func unescapeText(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
			switch v[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(v[i])
			}
			continue
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

// FuzzCellText writes any text as a task's content to a calendar and a
// CSV table, and reads both back: the calendar has exactly the
// components and properties the writer makes, with no line over 75
// octets, and the summary and the cell come back as written (cleaned).
func FuzzCellText(f *testing.F) {
	for _, h := range hostile {
		f.Add(h)
	}
	f.Add("")
	f.Add(strings.Repeat("ệ", 40) + "\xe1")
	f.Fuzz(func(t *testing.T, s string) {
		doc := &plan.Document{Plans: []plan.Plan{{Tasks: []plan.Task{task("1", s, "Bộ Tư pháp", "Quý II/2023")}}}}
		doc.Plans[0].Tasks[0].No = s
		var ics bytes.Buffer
		c := export.ICS{Now: fixedNow}
		if err := c.Write(&ics, doc); err != nil {
			t.Fatal(err)
		}
		out := ics.String()
		if !utf8.ValidString(out) || !strings.HasSuffix(out, "\r\n") {
			t.Fatal("invalid UTF-8 or no final CRLF")
		}
		for _, l := range strings.Split(out, "\r\n") {
			if len(l) > 75 || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("bad line %q", l)
			}
		}
		var stack []string
		summary := ""
		for _, l := range strings.Split(strings.TrimSuffix(strings.ReplaceAll(out, "\r\n ", ""), "\r\n"), "\r\n") {
			name, value, _ := strings.Cut(l, ":")
			name, _, _ = strings.Cut(name, ";")
			switch name {
			case "BEGIN":
				stack = append(stack, value)
			case "END":
				if len(stack) == 0 || stack[len(stack)-1] != value {
					t.Fatalf("END:%s out of place", value)
				}
				stack = stack[:len(stack)-1]
			default:
				if len(stack) == 0 || !contains(allowed[stack[len(stack)-1]], name) {
					t.Fatalf("property %q in %v", name, stack)
				}
				if name == "SUMMARY" && stack[len(stack)-1] == "VTODO" {
					summary = unescapeText(value)
				}
			}
		}
		// The writer trims the summary with the project's white space,
		// wider than strings.TrimSpace: compare without the ends.
		if want := wantText(s + ". " + s); strings.TrimSpace(summary) != strings.TrimSpace(want) {
			t.Fatalf("summary %q, want %q", summary, want)
		}
		var csvOut bytes.Buffer
		if err := export.WriteCSV(&csvOut, export.File{Name: "a", Doc: doc}); err != nil {
			t.Fatal(err)
		}
		recs := readCSV(t, csvOut.Bytes())
		if len(recs) != 2 || recs[1][1] != wantCell(s, true) {
			t.Fatalf("CSV cell %q, want %q", recs[1][1], wantCell(s, true))
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
