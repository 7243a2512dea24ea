package deadline

import (
	"errors"
	"fmt"
)

// Errors wrapped by *Error, for errors.Is.
var (
	ErrEmpty    = errors.New("empty phrase")
	ErrUnknown  = errors.New("not a deadline")
	ErrInvalid  = errors.New("invalid date")
	ErrNoYear   = errors.New("year not given and no year in context")
	ErrNoAnchor = errors.New("duration without an anchor")
)

// Error says what part of a phrase Parse did not understand.
type Error struct {
	Phrase string // the phrase, in NFC
	Offset int    // byte offset in Phrase of what was not understood
	Text   string // the text not understood, white space collapsed
	Err    error  // one of the Err variables
}

// Error prints as `deadline "Báo cáo kết quả": not a deadline: "Báo cáo kết quả"`.
func (e *Error) Error() string {
	if e.Text == "" {
		return fmt.Sprintf("deadline %q: %v", e.Phrase, e.Err)
	}
	return fmt.Sprintf("deadline %q: %v: %q", e.Phrase, e.Err, e.Text)
}

// Unwrap returns the underlying sentinel error.
func (e *Error) Unwrap() error { return e.Err }
