package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/kehoach/kehoach/parse"
)

// expand turns the command line's names into files: a folder stands for
// the files under it, recursively, in lexical order (hidden ones left
// out); "-" is standard input.
func expand(names []string, stderr io.Writer) (files []string, failed bool) {
	for _, name := range names {
		if name == "-" {
			files = append(files, name)
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			failed = true
			continue
		}
		if !info.IsDir() {
			files = append(files, name)
			continue
		}
		err = filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", path, err)
				failed = true
				return nil
			}
			if path != name && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			failed = true
		}
	}
	return files, failed
}

// eachInput parses the named files and folders on a bounded pool of
// workers (0: one per core) and calls fn with each document in input
// order, as soon as it and the ones before it are ready. A file that
// cannot be read or is not text is reported on stderr and skipped. When
// stderr is a terminal, a progress line shows the count.
func eachInput(cfg *parse.Config, names []string, workers int, stdin io.Reader, stderr io.Writer, fn func(input)) (failed bool) {
	files, failed := expand(names, stderr)
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type result struct {
		in  input
		err error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	window := make(chan struct{}, 4*workers) // documents parsed ahead of the output
	jobs := make(chan int)
	go func() {
		for i := range files {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				name, display := files[i], files[i]
				var src []byte
				var err error
				if name == "-" {
					display = "<stdin>"
					src, err = io.ReadAll(stdin)
				} else {
					src, err = os.ReadFile(name)
				}
				if err != nil {
					results[i] <- result{err: fmt.Errorf("%s: %w", display, err)}
					continue
				}
				doc, err := cfg.Decision(display, src)
				if doc == nil {
					results[i] <- result{err: err}
					continue
				}
				results[i] <- result{in: input{display, doc}}
			}
		}()
	}
	tty := false
	if f, ok := stderr.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	for i := range files {
		r := <-results[i]
		<-window
		if tty {
			fmt.Fprintf(stderr, "\r\x1b[K")
		}
		if r.err != nil {
			fmt.Fprintln(stderr, r.err)
			failed = true
		} else {
			fn(r.in)
		}
		if tty && len(files) > 1 {
			fmt.Fprintf(stderr, "%d/%d files", i+1, len(files))
		}
	}
	if tty && len(files) > 1 {
		fmt.Fprintln(stderr)
	}
	return failed
}

// readInputs parses all inputs and returns the documents in input order.
func readInputs(cfg *parse.Config, names []string, stdin io.Reader, stderr io.Writer) (docs []input, failed bool) {
	failed = eachInput(cfg, names, 0, stdin, stderr, func(in input) { docs = append(docs, in) })
	return docs, failed
}
