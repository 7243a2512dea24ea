package deadline

import (
	"time"

	"github.com/kehoach/kehoach/civil"
)

// D is civil.D, short for the tables of this package's tests.
func D(y int, m time.Month, d int) Date { return civil.D(y, m, d) }

// ParseDate is civil.ParseDate.
func ParseDate(s string) (Date, error) { return civil.ParseDate(s) }
