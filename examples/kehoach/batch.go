package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

// errStdinTwice is the usage error for "-" given more than once.
var errStdinTwice = errors.New(`"-" (standard input) given more than once`)

// expand turns the command line's names into files: a folder stands for
// the files under it, recursively, in lexical order (hidden ones left
// out), following symbolic links to files and folders; "-" is standard
// input, at most once. Every entry it cannot use (a link that loops or
// points nowhere, a folder reached twice, a device or socket inside a
// folder) is reported on stderr and makes failed true.
func expand(names []string, stderr io.Writer) (files []string, failed bool, err error) {
	if n := count(names, "-"); n > 1 {
		return nil, false, errStdinTwice
	}
	seen := map[string]bool{} // folders read, by their resolved path
	report := func(path, msg string) {
		fmt.Fprintf(stderr, "%s: %s\n", path, msg)
		failed = true
	}
	var walk func(dir string)
	walk = func(dir string) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			report(dir, err.Error())
			return
		}
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
		if seen[real] {
			report(dir, "folder already read (a symbolic link loops or leads to it twice): skipped")
			return
		}
		seen[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			report(dir, err.Error())
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			path := filepath.Join(dir, e.Name())
			info, err := os.Stat(path) // follows links
			switch {
			case err != nil:
				report(path, err.Error())
			case info.IsDir():
				walk(path)
			case info.Mode().IsRegular():
				files = append(files, path)
			default:
				report(path, "not a regular file: skipped")
			}
		}
	}
	for _, name := range names {
		if name == "-" {
			files = append(files, name)
			continue
		}
		info, err := os.Stat(name)
		switch {
		case err != nil:
			report(name, err.Error())
		case info.IsDir():
			walk(name)
		default:
			files = append(files, name) // a device or pipe named is read through the limit
		}
	}
	return files, failed, nil
}

func count(names []string, s string) int {
	n := 0
	for _, x := range names {
		if x == s {
			n++
		}
	}
	return n
}

// eachInput parses the named files and folders on a bounded pool of
// workers (0: one per core) and calls fn with each file in input order,
// as soon as it and the ones before it are ready: with its document, or
// with the error that kept it from being read (also reported on stderr).
// It stops at the first error fn returns and returns it. failed says that
// some input could not be read. When stderr is a terminal, a progress
// line shows the count.
func eachInput(cfg *parse.Config, names []string, workers int, stdin io.Reader, stderr io.Writer, fn func(export.File) error) (failed bool, err error) {
	files, failed, err := expand(names, stderr)
	if err != nil {
		return failed, err
	}
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	max := limit(cfg)
	results := make([]chan export.File, len(files))
	for i := range results {
		results[i] = make(chan export.File, 1)
	}
	window := make(chan struct{}, 4*workers) // documents parsed ahead of the output
	jobs := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				name, display := files[i], files[i]
				if name == "-" {
					display = "<stdin>"
				}
				src, err := readSource(name, stdin, max)
				if err != nil {
					results[i] <- export.File{Name: display, Err: fmt.Errorf("%s: %w", display, err)}
					continue
				}
				doc, err := cfg.Decision(display, src)
				results[i] <- export.File{Name: display, Doc: doc, Err: err}
			}
		}()
	}
	tty := false
	if f, ok := stderr.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	defer func() {
		if tty && len(files) > 1 {
			fmt.Fprintln(stderr)
		}
	}()
	for i := range files {
		f := <-results[i]
		<-window
		if tty {
			fmt.Fprintf(stderr, "\r\x1b[K")
		}
		if f.Doc == nil {
			fmt.Fprintln(stderr, f.Err)
			failed = true
		} else {
			f.Err = nil // the diagnostics are in the document
		}
		if err := fn(f); err != nil {
			return failed, err
		}
		if tty && len(files) > 1 {
			fmt.Fprintf(stderr, "%d/%d files", i+1, len(files))
		}
	}
	return failed, nil
}

// readInputs parses all inputs and returns the files read, in input
// order.
func readInputs(cfg *parse.Config, names []string, stdin io.Reader, stderr io.Writer) (docs []export.File, failed bool, err error) {
	failed, err = eachInput(cfg, names, 0, stdin, stderr, func(f export.File) error {
		if f.Doc != nil {
			docs = append(docs, f)
		}
		return nil
	})
	return docs, failed, err
}
