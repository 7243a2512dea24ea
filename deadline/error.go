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
	// ErrPartial comes with a schedule read from part of the phrase: the
	// Error names the time-like text that could not be read.
	ErrPartial = errors.New("read in part")
	// ErrWeekday comes with a schedule whose date and written day of the
	// week disagree ("ngày 18/9/2026 (thứ Bảy)"): the date is kept.
	ErrWeekday = errors.New("weekday does not match the date")
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
