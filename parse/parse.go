// Package parse reads the text of a Vietnamese decision (Quyết định) and the
// plans attached to it into a *plan.Document.
//
// It follows the go/parser contract: input that can be read as text always
// gives a document, with what could be recovered, and the problems found
// are reported as diagnostics with their line and column (in characters).
// Every non-blank line of the input ends up in the document or in a
// diagnostic. Only input that is not text at all is refused.
//
// The functions of this package are safe for concurrent use.
package parse

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// Config controls parsing. The zero Config works.
type Config struct {
	// Warn, when set, is called with every warning, in order.
	Warn func(*Error)
	// MaxSize is the largest input accepted, in bytes; 0 means 64 MiB.
	MaxSize int
}

// DefaultMaxSize is the input size limit when Config.MaxSize is 0.
const DefaultMaxSize = 64 << 20

// Errors wrapped by the fatal *Error of an input that cannot be read.
var (
	ErrNotText = errors.New("input is not text")
	ErrTooBig  = errors.New("input too large")
)

// Position is a place in the input: a line and a column in characters,
// both from 1, in the named file.
type Position struct {
	Filename string
	Line     int
	Column   int
}

// String prints the position as file:line:column.
func (p Position) String() string {
	name := p.Filename
	if name == "" {
		name = "-"
	}
	if p.Line == 0 {
		return name
	}
	return fmt.Sprintf("%s:%d:%d", name, p.Line, p.Column)
}

// Error is a problem at a position of the input.
type Error struct {
	Pos      Position
	Severity plan.Severity
	Code     string
	Msg      string
	Err      error // a sentinel for errors.Is, when there is one
}

// Error prints as "file:line:column: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns the sentinel error, if any.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of errors, sorted by position.
type ErrorList []*Error

// Error prints the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors of the list.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Decision parses a decision with the zero Config; see Config.Decision.
func Decision(filename string, src []byte) (*plan.Document, error) {
	var c Config
	return c.Decision(filename, src)
}

// Decision parses src, the text of a decision and its plans, or of a plan
// issued on its own. filename is used in positions only.
//
// When src can be read, the result is a document holding what was
// recovered, with every problem in its Diagnostics; the error is then an
// ErrorList of the error diagnostics, or nil when there are only warnings.
// When src is not text or is too large, the document is nil and the error
// is an *Error wrapping ErrNotText or ErrTooBig.
func (c *Config) Decision(filename string, src []byte) (*plan.Document, error) {
	max := c.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	if len(src) > max {
		return nil, &Error{Pos: Position{Filename: filename}, Severity: plan.Error, Code: "too-large",
			Msg: fmt.Sprintf("input is %d bytes, more than the limit of %d", len(src), max), Err: ErrTooBig}
	}
	text, err := decode(src)
	if err != nil {
		return nil, &Error{Pos: Position{Filename: filename}, Severity: plan.Error, Code: "not-text", Msg: err.Error(), Err: ErrNotText}
	}
	p := newParser(filename, text)
	p.run()
	doc := p.doc
	sort.SliceStable(doc.Diagnostics, func(i, j int) bool {
		a, b := doc.Diagnostics[i], doc.Diagnostics[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	var errs ErrorList
	for _, d := range doc.Diagnostics {
		e := &Error{Pos: Position{filename, d.Line, d.Column}, Severity: d.Severity, Code: d.Code, Msg: d.Message}
		if d.Severity == plan.Error {
			errs = append(errs, e)
		} else if c.Warn != nil {
			c.Warn(e)
		}
	}
	return doc, errs.Err()
}

// decode turns the input into UTF-8 text: it drops a UTF-8 byte order mark
// and refuses bytes that are not text (NUL bytes, or invalid UTF-8).
func decode(src []byte) (string, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return "", fmt.Errorf("input is not text: NUL byte at offset %d", i)
	}
	if !utf8.Valid(src) {
		for i := 0; i < len(src); {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				return "", fmt.Errorf("input is not UTF-8 text: invalid byte 0x%02x at offset %d", src[i], i)
			}
			i += n
		}
	}
	return string(src), nil
}
