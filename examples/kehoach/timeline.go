package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

// runTimeline draws the first plan of a document as an SVG picture.
func runTimeline(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the SVG to `file` instead of standard output")
	asOfFlag := fs.String("as-of", "", "draw a line on this `date` (YYYY-MM-DD)")
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark (see kehoach parse -h)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach timeline [-o FILE] [-as-of DATE] FILE | -")
		fmt.Fprintln(stderr, "Draws the plan over time as SVG: a lane per lead unit, a bar or mark per task.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var asOf deadline.Date
	if *asOfFlag != "" {
		var err error
		if asOf, err = civil.ParseDate(*asOfFlag); err != nil {
			fmt.Fprintf(stderr, "kehoach timeline: -as-of: %v\n", err)
			return exitUsage
		}
	}
	docs, _, err := readInputs(&parse.Config{Encoding: *enc}, fs.Args(), stdin, stderr)
	if err != nil {
		return batchError("timeline", err, stderr)
	}
	if len(docs) == 0 {
		return exitInput
	}
	if len(docs[0].Doc.Plans) == 0 {
		fmt.Fprintf(stderr, "%s: no plan to draw\n", docs[0].Name)
		return exitInput
	}
	bw, done, err := output(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach timeline: %v\n", err)
		return exitInput
	}
	p := docs[0].Doc.Plans[0]
	err = export.WriteSVG(bw, &p, asOf)
	derr := done()
	if errors.Is(err, export.ErrNoDates) {
		fmt.Fprintf(stderr, "%s: no dated task to draw\n", docs[0].Name)
		return exitInput
	}
	if err == nil {
		err = derr
	}
	if err != nil {
		fmt.Fprintf(stderr, "kehoach timeline: %v\n", err)
		return exitInput
	}
	return exitOK
}
