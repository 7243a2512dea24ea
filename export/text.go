package export

import (
	"bufio"
	"io"
	"strconv"
)

// WriteText writes a short readable summary of the document of f, for a
// terminal: its particulars, and each task with its lead, partners,
// deadline and output. Text from the document is written on the lines it
// is given: line breaks become spaces, and control characters (terminal
// escapes among them) and bidirectional overrides are removed.
func WriteText(w io.Writer, f File) error {
	d := f.Doc
	if d == nil {
		return nil
	}
	bw := bufio.NewWriter(w)
	t := func(s string) string { return clean(s, " ", false) }
	bw.WriteString(t(d.Kind) + " " + t(d.Number.String()) + ", " + d.Date.String() + ", " + t(d.Issuer) + "\n")
	if d.Title != "" {
		bw.WriteString(t(d.Title) + "\n")
	}
	bw.WriteString(strconv.Itoa(len(d.Bases)) + " căn cứ, " + strconv.Itoa(len(d.Articles)) + " điều; ký: " + t(d.Signer.Position) + " " + t(d.Signer.Name) + "\n")
	for _, p := range d.Plans {
		bw.WriteString("\n" + t(p.Title) + " (" + strconv.Itoa(len(p.Tasks)) + " nhiệm vụ)\n")
		for _, k := range p.Tasks {
			due := k.Deadline.Due().String()
			if due == "" {
				due = kindOf(k.Deadline)
			}
			no := t(k.No)
			for i := len([]rune(no)); i < 4; i++ {
				bw.WriteByte(' ')
			}
			bw.WriteString(no + ". " + t(k.Content) + "\n      chủ trì: " + t(names(k.Lead)) + "\n      phối hợp: " + t(names(k.Partners)) +
				"\n      thời hạn: " + t(k.Deadline.Raw) + " (" + due + ")\n      sản phẩm: " + t(k.Output) + "\n")
		}
	}
	if n := len(d.Diagnostics); n > 0 {
		bw.WriteString("\n" + strconv.Itoa(n) + " diagnostics (kehoach check " + t(f.Name) + ")\n")
	}
	return bw.Flush()
}
