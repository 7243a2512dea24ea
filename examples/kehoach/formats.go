package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// sink receives the files of a batch in input order, those that failed
// included, and writes them in one format. add returns the first write
// error, after which the batch stops.
type sink interface {
	add(f export.File) error
	close() error
}

// format is an output format of kehoach parse.
type format struct {
	name string
	open func(w io.Writer, o options) sink
}

// options are the flags of kehoach parse that formats read.
type options struct {
	// alarms are the calendar's reminders, in days before each due date;
	// nil means the default of package export.
	alarms []int
}

// formats are the output formats of kehoach parse. A new format is a sink
// and a line here.
var formats = []format{
	{"json", func(w io.Writer, _ options) sink { return &jsonSink{w: w} }},
	{"jsonl", func(w io.Writer, _ options) sink { return &streamSink{w: w, write: export.WriteJSONLine} }},
	{"csv", func(w io.Writer, _ options) sink { return &csvSink{w: w} }},
	{"md", func(w io.Writer, _ options) sink { return &streamSink{w: w, write: export.WriteMarkdown, blank: true} }},
	{"text", func(w io.Writer, _ options) sink { return &streamSink{w: w, write: export.WriteText, blank: true} }},
	{"ics", func(w io.Writer, o options) sink {
		c := export.ICS{Alarms: o.alarms}
		return icsSink{c.NewCalendar(w)}
	}},
	{"xlsx", func(w io.Writer, _ options) sink { return &xlsxSink{w: w} }},
}

// formatNames is the list of formats for usage lines: "json|jsonl|...".
var formatNames = func() string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return strings.Join(names, "|")
}()

func formatNamed(name string) (format, bool) {
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

// streamSink writes each file as it comes; with blank set, documents are
// separated by a blank line and failed files are left out (stderr has
// their error).
type streamSink struct {
	w     io.Writer
	write func(io.Writer, export.File) error
	blank bool
	n     int
}

func (s *streamSink) add(f export.File) error {
	if !s.blank {
		return s.write(s.w, f)
	}
	if f.Doc == nil {
		return nil
	}
	if s.n++; s.n > 1 {
		if _, err := io.WriteString(s.w, "\n"); err != nil {
			return err
		}
	}
	return s.write(s.w, f)
}

func (s *streamSink) close() error { return nil }

// icsSink writes every document into one calendar.
type icsSink struct{ cal *export.Calendar }

func (s icsSink) add(f export.File) error {
	if f.Doc == nil {
		return nil
	}
	return s.cal.Add(f.Doc)
}

func (s icsSink) close() error { return s.cal.Close() }

// csvSink writes one table at the end: its columns are those of every
// document.
type csvSink struct {
	w     io.Writer
	files []export.File
}

func (s *csvSink) add(f export.File) error {
	if f.Doc != nil {
		s.files = append(s.files, f)
	}
	return nil
}

func (s *csvSink) close() error { return export.WriteCSV(s.w, s.files...) }

// jsonSink writes one indented document, or an array of them for several
// inputs.
type jsonSink struct {
	w    io.Writer
	docs []*plan.Document
}

func (s *jsonSink) add(f export.File) error {
	if f.Doc != nil {
		s.docs = append(s.docs, f.Doc)
	}
	return nil
}

func (s *jsonSink) close() error {
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	switch len(s.docs) {
	case 0:
		return nil
	case 1:
		return enc.Encode(s.docs[0])
	}
	return enc.Encode(s.docs)
}

// parseAlarms reads the -alarms flag: days before the due date, separated
// by commas ("7,3,1"), or "none".
func parseAlarms(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	if s == "none" {
		return []int{}, nil
	}
	var days []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 || n > 3660 {
			return nil, fmt.Errorf("-alarms: %q is not a number of days (0 to 3660)", f)
		}
		days = append(days, n)
	}
	return days, nil
}
