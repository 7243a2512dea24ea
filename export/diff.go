package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// fieldLabels are the Vietnamese names of a task's parts, as a plan's
// table heads them.
var fieldLabels = map[plan.Field]string{
	plan.FieldNo:       "Số thứ tự",
	plan.FieldContent:  "Nội dung",
	plan.FieldLead:     "Chủ trì",
	plan.FieldPartners: "Phối hợp",
	plan.FieldDeadline: "Thời hạn",
	plan.FieldOutput:   "Sản phẩm",
}

// WriteDiff writes a delta for a person to read, in Vietnamese: one
// paragraph a task ("Sửa", "Thêm", "Bỏ" — changed, added, removed), a line
// a changed part, units that were succeeded by another body marked "kế
// thừa", reworded content as the words taken out [-...-] and put in
// {+...+} with a few words around them; then the tasks whose only change
// is their number (when a task is put in, those after it shift), on one
// line; and a count at the end.
func WriteDiff(w io.Writer, d *plan.Delta) error {
	bw := bufio.NewWriter(w)
	var added, removed, changed int
	var renumbered []string
	for _, c := range d.Changes {
		switch c.Kind {
		case plan.TaskAdded:
			added++
			fmt.Fprintf(bw, "Thêm %s\n", taskLine(c.New))
		case plan.TaskRemoved:
			removed++
			fmt.Fprintf(bw, "Bỏ %s\n", taskLine(c.Old))
		case plan.TaskChanged:
			changed++
			if len(c.Fields) == 1 && c.Fields[0].Field == plan.FieldNo {
				renumbered = append(renumbered, c.Fields[0].Old+" → "+c.Fields[0].New)
				continue
			}
			fmt.Fprintf(bw, "Sửa %s\n", taskLine(c.New))
			for _, f := range c.Fields {
				fmt.Fprintf(bw, "  %s: %s\n", fieldLabels[f.Field], fieldText(f))
			}
		}
	}
	if len(renumbered) > 0 {
		fmt.Fprintf(bw, "Chỉ đổi số thứ tự (%d): %s\n", len(renumbered), strings.Join(renumbered, ", "))
	}
	fmt.Fprintf(bw, "%d nhiệm vụ không đổi, %d sửa, %d thêm, %d bỏ\n", d.Same, changed, added, removed)
	return bw.Flush()
}

func taskLine(t *plan.TaskRef) string {
	no := t.No
	if no == "" {
		no = "-"
	}
	return fmt.Sprintf("%s (số %s, dòng %d): %s", t.Key, no, t.Line, clipRunes(t.Content, 100))
}

func fieldText(f plan.FieldChange) string {
	switch f.Field {
	case plan.FieldLead, plan.FieldPartners:
		parts := make([]string, 0, len(f.Units))
		for _, u := range f.Units {
			switch u.Kind {
			case plan.UnitSucceeded:
				parts = append(parts, u.Old.Name+" → "+u.New.Name+" (kế thừa)")
			case plan.UnitMoved:
				parts = append(parts, u.Old.Name+" (nay chủ trì)")
			case plan.UnitAdded:
				parts = append(parts, "+ "+u.New.Name)
			case plan.UnitRemoved:
				parts = append(parts, "− "+u.Old.Name)
			}
		}
		return strings.Join(parts, "; ")
	case plan.FieldContent:
		return wordDiff(f.Old, f.New)
	}
	return quoteEmpty(f.Old) + " → " + quoteEmpty(f.New)
}

func quoteEmpty(s string) string {
	if s == "" {
		return "(trống)"
	}
	return clipRunes(s, 100)
}

// clipRunes shortens s to at most n runes, with an ellipsis.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// maxDiffWords bounds the word diff; longer texts are shown whole.
const maxDiffWords = 3000

// wordDiff marks the words taken out of a and put into b, with up to
// three words of context around each change.
func wordDiff(a, b string) string {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) > maxDiffWords || len(y) > maxDiffWords {
		return "[-" + a + "-] {+" + b + "+}"
	}
	// Longest common subsequence, by dynamic programming from the end.
	n, m := len(x), len(y)
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	type op struct {
		kind byte // '=', '-', '+'
		word string
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ops = append(ops, op{'=', x[i]})
			i, j = i+1, j+1
		case i < n && (j == m || l[i+1][j] >= l[i][j+1]):
			ops = append(ops, op{'-', x[i]})
			i++
		default:
			ops = append(ops, op{'+', y[j]})
			j++
		}
	}
	const context = 3
	keep := make([]bool, len(ops))
	for k, o := range ops {
		if o.kind == '=' {
			continue
		}
		for c := max(0, k-context); c <= min(len(ops)-1, k+context); c++ {
			keep[c] = true
		}
	}
	var sb strings.Builder
	gap := false
	for k := 0; k < len(ops); {
		if !keep[k] {
			gap = true
			k++
			continue
		}
		if gap {
			sb.WriteString("… ")
			gap = false
		}
		kind := ops[k].kind
		var run []string
		for k < len(ops) && keep[k] && ops[k].kind == kind {
			run = append(run, ops[k].word)
			k++
		}
		text := strings.Join(run, " ")
		switch kind {
		case '-':
			sb.WriteString("[-" + text + "-] ")
		case '+':
			sb.WriteString("{+" + text + "+} ")
		default:
			sb.WriteString(text + " ")
		}
	}
	out := strings.TrimSpace(sb.String())
	if gap {
		out += " …"
	}
	return out
}
