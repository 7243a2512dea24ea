package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

func errorCount(d *plan.Document) int {
	n := 0
	for _, dg := range d.Diagnostics {
		if dg.Severity == plan.Error {
			n++
		}
	}
	return n
}

// batchError reports the error that stopped a batch: a usage error (2)
// or a write error (1).
func batchError(cmd string, err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "kehoach %s: %v\n", cmd, err)
	if errors.Is(err, errStdinTwice) {
		return exitUsage
	}
	return exitInput
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	formatFlag := fs.String("format", "json", "output `format`: "+formatNames)
	out := fs.String("o", "", "write the output to `file` instead of standard output")
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark: utf-8, utf-16le, utf-16be, windows-1258, or the old Vietnamese font encodings tcvn3 or vni (default: UTF-8, or Windows-1258 when the bytes are not UTF-8; TCVN3 and VNI text is detected)")
	from := fs.String("from", "", "input `format`: text, docx, doc, html or pdf (default: told from each file's bytes)")
	alarms := fs.String("alarms", "", "for -format ics: reminders before each due date, in `days`, separated by commas, or none (default 7,3,1)")
	workers := fs.Int("j", 0, "parse on `n` workers (default: one per core); folders are read recursively")
	fs.StringVar(&parseAsOf, "as-of", "", "with -format xlsx (the tracking workbook; give -o FILE): the `date` (YYYY-MM-DD) its statuses are computed on")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach parse [-format "+formatNames+"] [-from text|docx|doc|html|pdf] [-encoding E] [-alarms DAYS] [-j N] [-o FILE] FILE|FOLDER... | -")
		fmt.Fprintln(stderr, "Reads decisions and their plans and prints them as data.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	format, ok := formatNamed(*formatFlag)
	if !ok {
		fmt.Fprintf(stderr, "kehoach parse: unknown format %q (%s)\n", *formatFlag, formatNames)
		return exitUsage
	}
	var opts options
	var err error
	if opts.alarms, err = parseAlarms(*alarms); err != nil {
		fmt.Fprintf(stderr, "kehoach parse: %v\n", err)
		return exitUsage
	}
	if count(fs.Args(), "-") > 1 {
		return batchError("parse", errStdinTwice, stderr)
	}
	bw, done, err := output(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach parse: %v\n", err)
		return exitInput
	}
	status := exitOK
	// Each file goes to the sink as soon as it and the ones before it are
	// parsed; the streaming formats write it then, so a batch of any size
	// runs in bounded memory. The first write error stops the batch.
	s := format.open(bw, opts)
	failed, err := eachInput(&parse.Config{Encoding: *enc, Format: *from}, fs.Args(), *workers, stdin, stderr, func(f export.File) error {
		if f.Doc != nil {
			for _, d := range f.Doc.Diagnostics {
				if d.Severity == plan.Error {
					fmt.Fprintf(stderr, "%s:%d:%d: %s\n", f.Name, d.Line, d.Column, d.Message)
					status = exitInput
				}
			}
		}
		return s.add(f)
	})
	if err == nil {
		err = s.close()
	}
	if derr := done(); err == nil {
		err = derr
	}
	if failed {
		status = exitInput
	}
	if err != nil {
		return batchError("parse", err, stderr)
	}
	return status
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
	w := bufio.NewWriter(stdout)
	status := exitOK
	failed, err := eachInput(&parse.Config{Encoding: *enc, Format: *from}, fs.Args(), 0, stdin, stderr, func(f export.File) error {
		if f.Doc == nil {
			return nil
		}
		errs := errorCount(f.Doc)
		for _, d := range f.Doc.Diagnostics {
			fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", f.Name, d.Line, d.Column, d.Severity, d.Message)
		}
		tasks := 0
		for _, p := range f.Doc.Plans {
			tasks += len(p.Tasks)
		}
		if errs > 0 {
			status = exitInput
		}
		fmt.Fprintf(w, "%s: %d tasks, %d errors, %d warnings\n", f.Name, tasks, errs, len(f.Doc.Diagnostics)-errs)
		return w.Flush()
	})
	if failed {
		status = exitInput
	}
	if err != nil {
		return batchError("check", err, stderr)
	}
	return status
}
