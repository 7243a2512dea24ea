package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// input is one document read from a file or standard input.
type input struct {
	name string
	doc  *plan.Document
}

func errorCount(d *plan.Document) int {
	n := 0
	for _, dg := range d.Diagnostics {
		if dg.Severity == plan.Error {
			n++
		}
	}
	return n
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output `format`: json, jsonl, csv, md, text or ics")
	out := fs.String("o", "", "write the output to `file` instead of standard output")
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark: utf-8, utf-16le, utf-16be, windows-1258, or the old Vietnamese font encodings tcvn3 or vni (default: UTF-8, or Windows-1258 when the bytes are not UTF-8; TCVN3 and VNI text is detected)")
	from := fs.String("from", "", "input `format`: text, docx, doc, html or pdf (default: told from each file's bytes)")
	workers := fs.Int("j", 0, "parse on `n` workers (default: one per core); folders are read recursively")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach parse [-format json|jsonl|csv|md|text|ics] [-from text|docx|doc|html|pdf] [-encoding E] [-j N] [-o FILE] FILE|FOLDER... | -")
		fmt.Fprintln(stderr, "Reads decisions and their plans and prints them as data.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	write, ok := formats[*format]
	if !ok {
		fmt.Fprintf(stderr, "kehoach parse: unknown format %q (json, jsonl, csv, md, text, ics)\n", *format)
		return exitUsage
	}
	bw, done, err := output(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach parse: %v\n", err)
		return exitInput
	}
	status := exitOK
	var docs []input
	// jsonl streams: each document is written when it and the ones before
	// it are parsed, task by task, so a batch of any size runs in bounded
	// memory.
	failed := eachInput(&parse.Config{Encoding: *enc, Format: *from}, fs.Args(), *workers, stdin, stderr, func(in input) {
		for _, d := range in.doc.Diagnostics {
			if d.Severity == plan.Error {
				fmt.Fprintf(stderr, "%s:%d:%d: %s\n", in.name, d.Line, d.Column, d.Message)
				status = exitInput
			}
		}
		if *format == "jsonl" {
			if e := in.doc.WriteJSON(bw); e != nil && err == nil {
				err = e
			}
			return
		}
		docs = append(docs, in)
	})
	if failed {
		status = exitInput
	}
	if *format != "jsonl" {
		err = write(bw, docs)
	}
	if derr := done(); err == nil {
		err = derr
	}
	if err != nil {
		fmt.Fprintf(stderr, "kehoach parse: %v\n", err)
		return exitInput
	}
	return status
}

var formats = map[string]func(io.Writer, []input) error{
	"json":  writeJSON,
	"jsonl": writeJSONL,
	"csv":   writeCSV,
	"md":    writeMarkdown,
	"text":  writeTextDoc,
	"ics":   writeICS,
}

// writeICS writes an RFC 5545 calendar of each document's tasks.
func writeICS(w io.Writer, docs []input) error {
	for _, in := range docs {
		if err := plan.WriteICS(w, in.doc); err != nil {
			return err
		}
	}
	return nil
}

// writeJSON writes one indented document, or an array of them for several
// inputs.
func writeJSON(w io.Writer, docs []input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	switch len(docs) {
	case 0:
		return nil
	case 1:
		return enc.Encode(docs[0].doc)
	}
	all := make([]*plan.Document, len(docs))
	for i, in := range docs {
		all[i] = in.doc
	}
	return enc.Encode(all)
}

// writeJSONL writes one document a line.
func writeJSONL(w io.Writer, docs []input) error {
	for _, in := range docs {
		if err := in.doc.WriteJSON(w); err != nil {
			return err
		}
	}
	return nil
}

func names(refs []unit.Ref) string {
	s := make([]string, len(refs))
	for i, r := range refs {
		s[i] = r.Name
	}
	return strings.Join(s, "; ")
}

func kindOf(s deadline.Schedule) string {
	if s.Raw == "" {
		return ""
	}
	return s.Kind.String()
}

// writeCSV writes one row per task, with a UTF-8 byte order mark so that
// spreadsheet programs read the Vietnamese text right.
func writeCSV(w io.Writer, docs []input) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := []string{"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Loại thời hạn", "Hạn", "Sản phẩm"}
	if len(docs) > 1 {
		header = append([]string{"Tệp"}, header...)
	}
	cw.Write(header)
	for _, in := range docs {
		for _, p := range in.doc.Plans {
			for _, t := range p.Tasks {
				rec := []string{t.No, t.Content, names(t.Lead), names(t.Partners), t.Deadline.Raw, kindOf(t.Deadline), t.Deadline.Due().String(), t.Output}
				if len(docs) > 1 {
					rec = append([]string{in.name}, rec...)
				}
				cw.Write(rec)
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// writeMarkdown writes each document as a heading, its particulars and a
// table of tasks.
func writeMarkdown(w io.Writer, docs []input) error {
	bw := w.(*bufio.Writer)
	for i, in := range docs {
		d := in.doc
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "# %s %s\n\n", d.Kind, d.Number)
		if d.Title != "" {
			fmt.Fprintf(bw, "%s\n\n", d.Title)
		}
		fmt.Fprintf(bw, "- Ngày: %s\n- Cơ quan ban hành: %s\n- Người ký: %s %s\n", d.Date, d.Issuer, d.Signer.Position, d.Signer.Name)
		for _, p := range d.Plans {
			fmt.Fprintf(bw, "\n## %s\n\n", p.Title)
			bw.WriteString("| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn | Hạn | Sản phẩm |\n|---|---|---|---|---|---|---|\n")
			for _, t := range p.Tasks {
				fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s |\n", mdCell(t.No), mdCell(t.Content), mdCell(names(t.Lead)),
					mdCell(names(t.Partners)), mdCell(t.Deadline.Raw), t.Deadline.Due(), mdCell(t.Output))
			}
		}
		if len(d.Diagnostics) > 0 {
			bw.WriteString("\n## Diagnostics\n\n")
			for _, dg := range d.Diagnostics {
				fmt.Fprintf(bw, "- %s:%d:%d: %s: %s\n", in.name, dg.Line, dg.Column, dg.Severity, mdCell(dg.Message))
			}
		}
	}
	return nil
}

// writeTextDoc writes a short readable summary of each document.
func writeTextDoc(w io.Writer, docs []input) error {
	bw := w.(*bufio.Writer)
	for i, in := range docs {
		d := in.doc
		if i > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "%s %s, %s, %s\n", d.Kind, d.Number, d.Date, d.Issuer)
		if d.Title != "" {
			fmt.Fprintf(bw, "%s\n", d.Title)
		}
		fmt.Fprintf(bw, "%d căn cứ, %d điều; ký: %s %s\n", len(d.Bases), len(d.Articles), d.Signer.Position, d.Signer.Name)
		for _, p := range d.Plans {
			fmt.Fprintf(bw, "\n%s (%d nhiệm vụ)\n", p.Title, len(p.Tasks))
			for _, t := range p.Tasks {
				due := t.Deadline.Due().String()
				if due == "" {
					due = kindOf(t.Deadline)
				}
				fmt.Fprintf(bw, "%4s. %s\n      chủ trì: %s\n      phối hợp: %s\n      thời hạn: %s (%s)\n      sản phẩm: %s\n",
					t.No, t.Content, names(t.Lead), names(t.Partners), t.Deadline.Raw, due, t.Output)
			}
		}
		if n := len(d.Diagnostics); n > 0 {
			fmt.Fprintf(bw, "\n%d diagnostics (kehoach check %s)\n", n, in.name)
		}
	}
	return nil
}

// runCheck prints every diagnostic of each file and exits 1 when there is
// an error.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark (see kehoach parse -h)")
	from := fs.String("from", "", "input `format`: text, docx, doc, html or pdf (default: told from each file's bytes)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach check [-from F] [-encoding E] FILE... | -")
		fmt.Fprintln(stderr, "Prints every line the parser could not place or understand, as file:line:column: severity: message.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	docs, failed := readInputs(&parse.Config{Encoding: *enc, Format: *from}, fs.Args(), stdin, stderr)
	status := exitOK
	if failed {
		status = exitInput
	}
	for _, in := range docs {
		errs := errorCount(in.doc)
		for _, d := range in.doc.Diagnostics {
			fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", in.name, d.Line, d.Column, d.Severity, d.Message)
		}
		tasks := 0
		for _, p := range in.doc.Plans {
			tasks += len(p.Tasks)
		}
		fmt.Fprintf(stdout, "%s: %d tasks, %d errors, %d warnings\n", in.name, tasks, errs, len(in.doc.Diagnostics)-errs)
		if errs > 0 {
			status = exitInput
		}
	}
	return status
}
