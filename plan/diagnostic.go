package plan

import (
	"fmt"
	"strconv"
)

// Position is a place in a source: a byte offset, and a line and a column
// in characters, each from 1, in the named file. For text, the offset
// counts bytes of the text as read (UTF-8, in NFC). Formats without lines
// say in their documentation what Line and Column name.
type Position struct {
	Filename string `json:"-"`
	Offset   int    `json:"offset"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

// IsValid reports whether p names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String prints the position as file:line:column, or the file alone when
// it names no line.
func (p Position) String() string {
	name := p.Filename
	if name == "" {
		name = "-"
	}
	if !p.IsValid() {
		return name
	}
	return name + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// Severity says how much a problem matters.
type Severity uint8

// Severities, from the least.
const (
	// Info says what the parser decided where a reader may want to know:
	// a table that is not a task table, a text in an old encoding.
	Info Severity = iota + 1
	// Warning is text the parser could not place or understand, or read
	// with a guess; the document is still usable.
	Warning
	// Error is a part of the document that could not be read: a task
	// table without tasks, a task without content, a text not understood.
	Error
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if int(s) < len(severityNames) && severityNames[s] != "" {
		return severityNames[s]
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	for k, name := range severityNames {
		if name != "" && name == string(b) {
			*s = Severity(k)
			return nil
		}
	}
	return fmt.Errorf("plan: unknown severity %q", b)
}

// Code names the kind of a problem. The codes the parser reports are
// constants of package parse.
type Code string

// Diagnostic is a problem found in a source, at a position: the one type
// for every problem of parsing, used both in Document.Diagnostics and as
// an error (package parse calls it parse.Error).
type Diagnostic struct {
	Position
	// Len is the length, in characters, of the text the diagnostic is
	// about, from Column; 0 when it is about a place.
	Len      int      `json:"len,omitempty"`
	Severity Severity `json:"severity"`
	Code     Code     `json:"code"`
	Message  string   `json:"message"`
	// Err is a sentinel error for errors.Is, when there is one.
	Err error `json:"-"`
}

// Error prints as "file:line:column: message".
func (d *Diagnostic) Error() string { return d.Position.String() + ": " + d.Message }

// Unwrap returns the sentinel error, if any.
func (d *Diagnostic) Unwrap() error { return d.Err }
