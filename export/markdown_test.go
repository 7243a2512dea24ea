package export_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// Hostile cells make no HTML, link, emphasis, table cell or terminal
// escape in Markdown and text.
func TestMarkdownTextNeutral(t *testing.T) {
	doc := hostileDoc()
	doc.Kind, doc.Title = "Kế hoạch", "<img src=x onerror=alert(1)>"
	doc.Diagnostics = []plan.Diagnostic{{Position: plan.Position{Line: 3, Column: 1}, Severity: plan.Warning, Message: "<b>x</b>\x1b[2J"}}
	var md, text bytes.Buffer
	if err := export.WriteMarkdown(&md, export.File{Name: "a<b>.txt", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteText(&text, export.File{Name: "a.txt", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"md": md.String(), "text": text.String()} {
		for _, r := range out {
			if r != '\n' && (r < 0x20 || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e) {
				t.Errorf("%s: control character %U in the output", name, r)
			}
		}
	}
	m := md.String()
	for _, bad := range []string{"<script", "<img", "<b>", "**đậm**"} {
		if strings.Contains(m, bad) {
			t.Errorf("md: %q reaches the output", bad)
		}
	}
	if regexp.MustCompile(`(^|[^\\])\]\(`).MatchString(m) {
		t.Error("md: an unescaped link")
	}
	// Every task row has the table's seven cells.
	rows := 0
	for _, l := range strings.Split(m, "\n") {
		if !strings.HasPrefix(l, "| ") || strings.HasPrefix(l, "| STT") {
			continue
		}
		rows++
		cells := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|")
		if cells != 8 {
			t.Errorf("md row with %d bars: %s", cells, l)
		}
	}
	if rows != len(hostile) {
		t.Errorf("%d table rows for %d tasks", rows, len(hostile))
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; \\[bấm\\](javascript:alert(1)) \\| ô \\| \\*\\*đậm\\*\\*", "Dòng một<br>Dòng hai<br>Dòng ba<br>Dòng bốn<br>Dòng năm"} {
		if !strings.Contains(m, want) {
			t.Errorf("md lacks %q", want)
		}
	}
	// Text: one line per field, the content kept.
	if !strings.Contains(text.String(), "Dòng một Dòng hai Dòng ba Dòng bốn Dòng năm") || !strings.Contains(text.String(), "Lối thoát [31mđỏ[0m  2J và đảo ngược") {
		t.Errorf("text lost words:\n%s", text.String())
	}
}
