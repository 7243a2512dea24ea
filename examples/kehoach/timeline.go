package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
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
	docs, _ := readInputs(&parse.Config{Encoding: *enc}, fs.Args(), stdin, stderr)
	if len(docs) == 0 {
		return exitInput
	}
	if len(docs[0].doc.Plans) == 0 {
		fmt.Fprintf(stderr, "%s: no plan to draw\n", docs[0].name)
		return exitInput
	}
	bw, done, err := output(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach timeline: %v\n", err)
		return exitInput
	}
	p := docs[0].doc.Plans[0]
	err = plan.WriteSVG(bw, &p, asOf)
	if derr := done(); err == nil && derr != nil {
		fmt.Fprintf(stderr, "kehoach timeline: %v\n", derr)
		return exitInput
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", docs[0].name, err)
		return exitInput
	}
	return exitOK
}
