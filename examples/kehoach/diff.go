package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// runDiff compares two versions of a plan: kehoach diff [-json] OLD NEW.
func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the changes as JSON")
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark (see kehoach parse -h)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach diff [-json] [-encoding E] OLD NEW")
		fmt.Fprintln(stderr, "Lists the tasks added, removed and changed from one version of a plan to the next.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return exitUsage
	}
	ins, failed, err := readInputs(&parse.Config{Encoding: *enc}, fs.Args(), stdin, stderr)
	if err != nil {
		return batchError("diff", err, stderr)
	}
	if failed || len(ins) != 2 {
		if !failed {
			fmt.Fprintln(stderr, "kehoach diff: OLD and NEW must be one file each")
		}
		return exitInput
	}
	status := exitOK
	for _, in := range ins {
		if errorCount(in.Doc) > 0 {
			status = exitInput
		}
	}
	d := plan.Diff(ins[0].Doc, ins[1].Doc)
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		if err := e.Encode(d); err != nil {
			fmt.Fprintf(stderr, "kehoach diff: %v\n", err)
			return exitInput
		}
		return status
	}
	if err := export.WriteDiff(stdout, d); err != nil {
		fmt.Fprintf(stderr, "kehoach diff: %v\n", err)
		return exitInput
	}
	return status
}
