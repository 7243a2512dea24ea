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
	"strings"

	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Config controls parsing. The zero Config works.
type Config struct {
	// Warn, when set, is called with every warning, in order.
	Warn func(*Error)
	// MaxSize is the largest input accepted, in bytes; 0 means 64 MiB.
	MaxSize int
	// Encoding names the encoding of input without a byte order mark:
	// "utf-8", "utf-16le", "utf-16be" or "windows-1258". Empty means
	// UTF-8, or Windows-1258 when the bytes are not valid UTF-8. A byte
	// order mark (UTF-8 or UTF-16) always wins.
	Encoding string
}

// ErrEncoding is wrapped by the error for an unknown Config.Encoding.
var ErrEncoding = errors.New("unknown encoding")

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
	text, nfc, err := decode(src, c.Encoding)
	if errors.Is(err, ErrEncoding) {
		return nil, &Error{Pos: Position{Filename: filename}, Severity: plan.Error, Code: "encoding", Msg: err.Error(), Err: ErrEncoding}
	}
	if err != nil {
		return nil, &Error{Pos: Position{Filename: filename}, Severity: plan.Error, Code: "not-text", Msg: err.Error(), Err: ErrNotText}
	}
	p := newParser(filename, text, nfc)
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

// decode turns the input into UTF-8 text. A byte order mark names the
// encoding; otherwise enc does, or the bytes are UTF-8, or, when they are
// not, Windows-1258 (the Vietnamese code page of older Word files). Input
// with NUL bytes or other control characters is not text. nfc reports that
// the text needs no normalization.
func decode(src []byte, enc string) (text string, nfc bool, err error) {
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		src, enc = src[3:], "utf-8"
	case bytes.HasPrefix(src, []byte("\xff\xfe")):
		src, enc = src[2:], "utf-16le"
	case bytes.HasPrefix(src, []byte("\xfe\xff")):
		src, enc = src[2:], "utf-16be"
	}
	var out []byte
	var control int
	switch strings.ToLower(enc) {
	case "", "utf-8", "utf8":
		var invalid int
		invalid, control, nfc = vntext.Inspect(src)
		if invalid < 0 {
			out = src
			break
		}
		if enc != "" {
			return "", false, fmt.Errorf("input is not UTF-8 text: invalid byte 0x%02x at offset %d", src[invalid], invalid)
		}
		fallthrough
	case "windows-1258", "cp1258":
		b, err := charmap.Windows1258.NewDecoder().Bytes(src)
		if err != nil {
			return "", false, fmt.Errorf("input is not Windows-1258 text: %v", err)
		}
		out = b
		_, control, nfc = vntext.Inspect(out)
	case "utf-16le", "utf-16be":
		if len(src)%2 != 0 {
			return "", false, fmt.Errorf("input is not %s text: odd length %d", enc, len(src))
		}
		order := xunicode.LittleEndian
		if strings.ToLower(enc) == "utf-16be" {
			order = xunicode.BigEndian
		}
		b, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", false, fmt.Errorf("input is not %s text: %v", enc, err)
		}
		out = b
		_, control, nfc = vntext.Inspect(out)
	default:
		return "", false, fmt.Errorf("%w %q (want utf-8, utf-16le, utf-16be or windows-1258)", ErrEncoding, enc)
	}
	if control >= 0 {
		return "", false, fmt.Errorf("input is not text: control byte 0x%02x at offset %d", out[control], control)
	}
	return string(out), nfc, nil
}
