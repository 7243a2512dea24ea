// Package pdftext reads the text layer of a PDF with poppler's pdftotext,
// run as a program (with a timeout, no shell, temporary files removed),
// from its word boxes (-bbox-layout): it rebuilds the paragraphs that
// wrap over lines and the rows of tables whose cells wrap, which
// pdftotext -layout jumbles.
package pdftext

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// Errors of PDFs that cannot be read, for errors.Is.
var (
	// ErrNoPdftotext: pdftotext is not on PATH.
	ErrNoPdftotext = errors.New("pdftotext is not installed: PDF files are read through it (apt-get install poppler-utils)")
	// ErrScanned: the PDF has no text layer: its pages are images.
	ErrScanned = errors.New("scanned PDF: no text layer (its pages are images; OCR them first)")
)

// Timeout is how long pdftotext may take.
const Timeout = time.Minute

// MaxOutput is the most bytes pdftotext may write.
const MaxOutput = 256 << 20

// Word is a word and its box, in points from the page's top left.
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// Line is a line of words as pdftotext groups them.
type Line struct {
	Words                  []Word
	XMin, YMin, XMax, YMax float64
}

// Page is a page's lines, in pdftotext's reading order.
type Page struct {
	Width, Height float64
	Lines         []Line
}

// slots bounds the pdftotext processes that run at once.
var slots = make(chan struct{}, 4)

// Read runs pdftotext over src and returns its pages. Four run at once at
// most; the timeout counts the wait.
func Read(ctx context.Context, src []byte) ([]Page, error) {
	prog, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, ErrNoPdftotext
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	select {
	case slots <- struct{}{}:
		defer func() { <-slots }()
	case <-ctx.Done():
		return nil, fmt.Errorf("pdftotext is busy: none could start within %v", Timeout)
	}
	dir, err := os.MkdirTemp("", "kehoach-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input.pdf")
	if err := os.WriteFile(in, src, 0o600); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, prog, "-q", "-enc", "UTF-8", "-bbox-layout", in, "-")
	cmd.Dir = dir
	var out, stderr bytes.Buffer
	cmd.Stdout = &limited{w: &out, n: MaxOutput}
	cmd.Stderr = &limited{w: &stderr, n: 4096}
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("pdftotext took longer than %v", Timeout)
	}
	if err != nil {
		if errors.Is(err, errTooMuch) {
			return nil, fmt.Errorf("pdftotext wrote more than %d bytes", MaxOutput)
		}
		return nil, fmt.Errorf("pdftotext could not read the PDF: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	pages, err := parse(&out)
	if err != nil {
		return nil, fmt.Errorf("reading pdftotext's output: %v", err)
	}
	words := 0
	for _, p := range pages {
		for _, l := range p.Lines {
			words += len(l.Words)
		}
	}
	if words == 0 {
		return nil, ErrScanned
	}
	return pages, nil
}

var errTooMuch = errors.New("output too large")

// limited writes at most n bytes to w, then fails.
type limited struct {
	w io.Writer
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.n {
		return 0, errTooMuch
	}
	l.n -= len(p)
	return l.w.Write(p)
}

// parse reads the XHTML of pdftotext -bbox-layout.
func parse(r io.Reader) ([]Page, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	var pages []Page
	var line *Line
	var word *Word
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, Page{Width: num(t, "width"), Height: num(t, "height")})
			case "line":
				line = &Line{XMin: num(t, "xMin"), YMin: num(t, "yMin"), XMax: num(t, "xMax"), YMax: num(t, "yMax")}
			case "word":
				word = &Word{XMin: num(t, "xMin"), YMin: num(t, "yMin"), XMax: num(t, "xMax"), YMax: num(t, "yMax")}
			}
		case xml.CharData:
			if word != nil {
				word.Text += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "word":
				if word != nil && line != nil && word.Text != "" {
					line.Words = append(line.Words, *word)
				}
				word = nil
			case "line":
				if line != nil && len(line.Words) > 0 && len(pages) > 0 {
					p := &pages[len(pages)-1]
					p.Lines = append(p.Lines, *line)
				}
				line = nil
			}
		}
	}
	return pages, nil
}

func num(t xml.StartElement, name string) float64 {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			f, _ := strconv.ParseFloat(a.Value, 64)
			return f
		}
	}
	return 0
}
