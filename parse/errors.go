package parse

import (
	"errors"
	"fmt"
	"sort"

	"github.com/kehoach/kehoach/plan"
)

// Position is a place in the input: a byte offset, and a line and a
// column in characters, each from 1, in the named file (see
// plan.Position).
type Position = plan.Position

// Error is a problem at a position of the input (see plan.Diagnostic): the
// one type of the parser's diagnostics, which are also its errors.
type Error = plan.Diagnostic

// Errors wrapped by the fatal *Error of an input that cannot be read.
var (
	ErrNotText  = errors.New("input is not text")
	ErrTooBig   = errors.New("input too large")
	ErrEncoding = errors.New("unknown encoding")
)

// Errors wrapped by the errors of an input read in part, for errors.Is.
var (
	// ErrNoTasks: a task table, a plan or an appendix from which no task
	// could be read.
	ErrNoTasks = errors.New("no tasks")
	// ErrNoContent: a task without content.
	ErrNoContent = errors.New("task without content")
	// ErrNotUnderstood: a text whose lines are mostly not understood.
	ErrNotUnderstood = errors.New("text not understood")
	// ErrLimit: a part of the input past a limit of the Config (tasks,
	// cells of a row), not read.
	ErrLimit = errors.New("limit passed")
)

// ErrorList is a list of errors, sorted by position by Sort.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, msg string) {
	*l = append(*l, &Error{Position: pos, Severity: plan.Error, Message: msg})
}

// Len, Swap and Less sort the list by file, line and column.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Position, l[j].Position
	switch {
	case a.Filename != b.Filename:
		return a.Filename < b.Filename
	case a.Line != b.Line:
		return a.Line < b.Line
	}
	return a.Column < b.Column
}

// Sort sorts the list by position, keeping the order of errors at one
// position.
func (l ErrorList) Sort() { sort.Stable(l) }

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
