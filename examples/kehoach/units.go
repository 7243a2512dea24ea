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
	one := func(_ string, _ int, cell string) error {
		refs := unit.Split(cell)
		if *asJSON {
			b, _ := json.Marshal(refs) // a []Ref always marshals
			w.Write(b)
			return w.WriteByte('\n')
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
		return w.WriteByte('\n')
	}
	err := eachItem(fs.Args(), stdin, one)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "kehoach units: %v\n", err)
		return exitInput
	}
	return exitOK
}
