package deadline

import (
	"strconv"

	"github.com/kehoach/kehoach/civil"
)

// Date is a calendar date; see civil.Date.
type Date = civil.Date

// appendInt appends n, not negative, zero-padded to width digits.
func appendInt(b []byte, n, width int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
