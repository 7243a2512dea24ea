package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
)

// Format prints the errors of the list, each as "file:line:column:
// message" followed by its line of src and a caret under the text it is
// about (as BurntSushi/toml does):
//
//	qd.txt:3:19: task 4: deadline "Báo cáo": not a deadline
//	   3 | Điều 3. Thời hạn: Báo cáo
//	     |                   ^^^^^^^
//
// src is the input given to Decision; lines it does not hold are printed
// without an excerpt. Format never fails: an error whose position is out
// of src is printed alone.
func (l ErrorList) Format(src []byte) string {
	var lines []string
	if text, _, err := decode(src, ""); err == nil {
		lines = strings.Split(text, "\n")
	}
	width := 0 // of the line numbers, for the gutter
	for _, e := range l {
		if e != nil {
			width = max(width, len(strconv.Itoa(e.Line)))
		}
	}
	var b strings.Builder
	for _, e := range l {
		if e == nil {
			continue
		}
		b.WriteString(e.Error())
		b.WriteByte('\n')
		if e.Line < 1 || e.Line > len(lines) {
			continue
		}
		line := strings.TrimSuffix(lines[e.Line-1], "\r")
		line = vntext.NFC(strings.ToValidUTF8(strings.ReplaceAll(line, "\t", " "), "\uFFFD"))
		num := strconv.Itoa(e.Line)
		num = strings.Repeat(" ", width-len(num)) + num
		pad := strings.Repeat(" ", width)
		b.WriteString(" " + num + " | " + line + "\n")
		chars := utf8.RuneCountInString(line)
		col := min(max(e.Column, 1), chars+1)
		n := max(1, min(e.Len, chars+1-col))
		b.WriteString(" " + pad + " | " + strings.Repeat(" ", col-1) + strings.Repeat("^", n) + "\n")
	}
	return b.String()
}
