package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
)

func runDeadline(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", 0, "the plan's `year`, for phrases that leave it out")
	signed := fs.String("signed", "", "the signing `date` of the decision (YYYY-MM-DD), for phrases such as \"30 ngày kể từ ngày ký\"")
	asJSON := fs.Bool("json", false, "print one JSON object per phrase, one per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach deadline [-year N] [-signed DATE] [-json] PHRASE... | -")
		fmt.Fprintln(stderr, "Reads deadline phrases, from the arguments or one a line on standard input (-).")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	ctx := deadline.Context{Year: *year}
	if *signed != "" {
		d, err := civil.ParseDate(*signed)
		if err != nil {
			fmt.Fprintf(stderr, "kehoach deadline: -signed: %v\n", err)
			return exitUsage
		}
		ctx.Signed = d
	}
	if *year < 0 || *year > 9999 {
		fmt.Fprintf(stderr, "kehoach deadline: -year %d out of range\n", *year)
		return exitUsage
	}
	w := bufio.NewWriter(stdout)
	status := exitOK
	one := func(name string, line int, phrase string) error {
		s, err := deadline.Parse(phrase, ctx)
		if err != nil {
			col := 1
			var e *deadline.Error
			if errors.As(err, &e) {
				col = utf8.RuneCountInString(e.Phrase[:e.Offset]) + 1
			}
			if err := w.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "%s:%d:%d: %v\n", name, line, col, err)
			status = exitInput
		}
		if *asJSON {
			b, err := json.Marshal(s)
			if err != nil {
				fmt.Fprintf(stderr, "%s:%d:1: %v\n", name, line, err)
				status = exitInput
				return nil
			}
			w.Write(b)
			return w.WriteByte('\n')
		}
		return writeText(w, s)
	}
	err := eachItem(fs.Args(), stdin, one)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "kehoach deadline: %v\n", err)
		return exitInput
	}
	return status
}

// writeText prints a schedule as one tab-separated line: the phrase, its
// kind, value, start and due date ("-" where there is none), and the
// canonical phrase with the fields the kind adds.
func writeText(w *bufio.Writer, s deadline.Schedule) error {
	dash := func(v string) string {
		if v == "" {
			return "-"
		}
		return v
	}
	fields := []string{s.Raw, s.Kind.String(), dash(s.Value()), dash(s.Start().String()), dash(s.Due().String())}
	var extra []string
	add := func(k, v string) {
		if v != "" {
			extra = append(extra, k+"="+v)
		}
	}
	add("mod", s.Mod.String())
	if s.YearInferred {
		extra = append(extra, "year-inferred")
	}
	add("owner", s.Owner)
	if !s.Ref.IsZero() {
		add("ref", s.Ref.Type+" "+s.Ref.ID())
	}
	add("event", s.Event)
	add("anchor", s.Anchor)
	if s.Tentative {
		extra = append(extra, "tentative")
	}
	add("note", s.Note)
	if s.Kind != deadline.KindUnknown {
		extra = append(extra, "canonical="+s.String())
	}
	fields = append(fields, extra...)
	w.WriteString(strings.Join(fields, "\t"))
	return w.WriteByte('\n')
}
