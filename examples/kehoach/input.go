package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// parseFlags parses a subcommand's flags. It returns false, with the exit
// status, when the command should stop: after -h (0) or a bad flag (2).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}

// eachItem calls fn for every argument, or, when the only argument is "-",
// for every non-blank line of stdin (with its line ends removed). name and
// line say where the item came from, for messages.
func eachItem(args []string, stdin io.Reader, fn func(name string, line int, text string)) error {
	if len(args) != 1 || args[0] != "-" {
		for i, a := range args {
			fn(fmt.Sprintf("<arg %d>", i+1), 1, a)
		}
		return nil
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) != "" {
			fn("<stdin>", line, text)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("<stdin>: %v", err)
	}
	return nil
}

// output opens the file named by -o, or standard output when path is
// empty. done flushes and closes it, and returns the first error.
func output(path string, stdout io.Writer) (w *bufio.Writer, done func() error, err error) {
	if path == "" {
		w = bufio.NewWriter(stdout)
		return w, w.Flush, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	w = bufio.NewWriter(f)
	return w, func() error {
		err := w.Flush()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}, nil
}
