package main

import (
	"bufio"
	"encoding/json"
	"errors"
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
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	one := func(cell string) {
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
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
		for sc.Scan() {
			text := strings.TrimSuffix(sc.Text(), "\r")
			if strings.TrimSpace(text) == "" {
				continue
			}
			one(text)
		}
		if err := sc.Err(); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "<stdin>: %v\n", err)
			return exitInput
		}
		return exitOK
	}
	for _, a := range fs.Args() {
		one(a)
	}
	return exitOK
}
