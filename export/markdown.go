package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// WriteMarkdown writes the document of f as Markdown: a heading, its
// particulars, a table of tasks per plan and its diagnostics. Text from
// the document cannot make HTML, links, emphasis or table cells: the
// characters that would (< > & [ ] * _ ` | ~ \) are escaped, line
// breaks inside a cell are written as <br>, and control characters are
// removed.
func WriteMarkdown(w io.Writer, f File) error {
	bw := bufio.NewWriter(w)
	d := f.Doc
	if d == nil {
		return nil
	}
	md := func(s string) string { return mdEscape(s, " ") }
	cell := func(s string) string { return mdEscape(s, "<br>") }
	bw.WriteString("# " + md(d.Kind) + " " + md(d.Number.String()) + "\n\n")
	if d.Title != "" {
		bw.WriteString(md(d.Title) + "\n\n")
	}
	bw.WriteString("- Ngày: " + d.Date.String() + "\n- Cơ quan ban hành: " + md(d.Issuer) + "\n- Người ký: " + md(d.Signer.Position) + " " + md(d.Signer.Name) + "\n")
	for _, p := range d.Plans {
		bw.WriteString("\n## " + md(p.Title) + "\n\n")
		bw.WriteString("| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn | Hạn | Sản phẩm |\n|---|---|---|---|---|---|---|\n")
		for _, t := range p.Tasks {
			bw.WriteString("| " + strings.Join([]string{cell(t.No), cell(t.Content), cell(names(t.Lead)), cell(names(t.Partners)),
				cell(t.Deadline.Raw), t.Deadline.Due().String(), cell(t.Output)}, " | ") + " |\n")
		}
	}
	if len(d.Diagnostics) > 0 {
		bw.WriteString("\n## Diagnostics\n\n")
		for _, dg := range d.Diagnostics {
			bw.WriteString("- " + md(f.Name) + ":" + strconv.Itoa(dg.Line) + ":" + strconv.Itoa(dg.Column) + ": " + dg.Severity.String() + ": " + md(dg.Message) + "\n")
		}
	}
	return bw.Flush()
}

// mdEscaper escapes what Markdown (CommonMark and GitHub's tables) reads
// as markup; < > & become entities so no raw HTML is ever formed.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"|", `\|`, "~", `\~`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;",
)

// mdEscape returns s as Markdown text, with line breaks as brk.
func mdEscape(s, brk string) string {
	s = mdEscaper.Replace(clean(s, "\n", false))
	return strings.ReplaceAll(s, "\n", brk)
}
