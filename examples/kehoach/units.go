package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/unit"
)

func runUnits(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("units", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON array of units per cell, one per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach units [-json] CELL... | -")
		fmt.Fprintln(stderr, "Splits lead and partner cells into units, from the arguments or one a line on standard input (-).")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	one := func(_ string, _ int, cell string) {
		refs := unit.Split(cell)
		if *asJSON {
			b, _ := json.Marshal(refs) // a []Ref always marshals
			w.Write(b)
			w.WriteByte('\n')
			return
		}
		// One line per cell: the units separated by " | ", each with its
		// id and kind in brackets.
		parts := make([]string, len(refs))
		for i, r := range refs {
			id := r.ID
			if id == "" {
				id = "-"
			}
			p := r.Name + " [" + id + " " + r.Kind.String()
			if r.Sub != "" {
				p += " sub=" + r.Sub
			}
			if r.Note != "" {
				p += " note=" + r.Note
			}
			parts[i] = p + "]"
		}
		w.WriteString(strings.Join(parts, " | "))
		w.WriteByte('\n')
	}
	if err := eachItem(fs.Args(), stdin, one); err != nil {
		w.Flush()
		fmt.Fprintln(stderr, err)
		return exitInput
	}
	return exitOK
}
