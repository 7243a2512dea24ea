package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kehoach/kehoach/parse"
)

// parseFlags parses a subcommand's flags. It returns false, with the exit
// status, when the command should stop: after -h (0), a bad flag or no
// argument (2).
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

// maxLine is the longest line eachItem reads from standard input.
const maxLine = 16 << 20

// eachItem calls fn for every argument, or, when the only argument is "-",
// for every non-blank line of stdin (with its line ends removed). name and
// line say where the item came from, for messages. It stops at the first
// error fn returns, and returns it.
func eachItem(args []string, stdin io.Reader, fn func(name string, line int, text string) error) error {
	if len(args) != 1 || args[0] != "-" {
		for i, a := range args {
			if err := fn(fmt.Sprintf("<arg %d>", i+1), 1, a); err != nil {
				return err
			}
		}
		return nil
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) != "" {
			if err := fn("<stdin>", line, text); err != nil {
				return err
			}
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

// errTooBig says an input is over the size limit.
var errTooBig = errors.New("input too large")

// limit returns the size limit of cfg.
func limit(cfg *parse.Config) int64 {
	if cfg.MaxSize > 0 {
		return int64(cfg.MaxSize)
	}
	return parse.DefaultMaxSize
}

// readSource reads one input, never more than max bytes: a regular file's
// size is checked before it is read; standard input, pipes and devices
// are read through a limit and refused once they pass it.
func readSource(name string, stdin io.Reader, max int64) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if info.IsDir() {
			return nil, fmt.Errorf("is a folder")
		}
		if info.Mode().IsRegular() && info.Size() > max {
			return nil, fmt.Errorf("%w: %d bytes, more than the limit of %d", errTooBig, info.Size(), max)
		}
		r = f
	}
	src, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(src)) > max {
		return nil, fmt.Errorf("%w: more than the limit of %d bytes", errTooBig, max)
	}
	return src, nil
}
