package deadline

import (
	"sync"
	"time"

	"github.com/kehoach/kehoach/civil"
)

// Working days ("ngày làm việc") are counted skipping Saturdays, Sundays
// and the public holidays of the Labour Code 2019 (Bộ luật Lao động, art.
// 112): 1 January; Tết Nguyên đán, five days, taken here as the last day of
// the lunar year and the first four of the new one (the Prime Minister
// fixes the days each year, most often so); the Hùng Kings' day, 10/3 of
// the lunar calendar; 30 April; 1 May; 2 September and one day beside it,
// taken as the one that joins the holiday to a weekend (1 September when 2
// September is a Tuesday, Friday or Saturday, else 3 September). A holiday
// that falls on a weekend is made up on the next working day (art. 112(3)).
// Days the government swaps by decree are not known.

var holidayCache sync.Map // year → map[Date]bool

// holidays returns the public holidays of Gregorian year y, make-up days
// included.
func holidays(y int) map[Date]bool {
	if h, ok := holidayCache.Load(y); ok {
		return h.(map[Date]bool)
	}
	var days []Date
	days = append(days, civil.D(y, time.January, 1))
	if tet := Tet(y); !tet.IsZero() {
		for k := -1; k <= 3; k++ {
			days = append(days, tet.AddDate(0, 0, k))
		}
	}
	if d, ok := (LunarDate{Month: 3, Day: 10}).Solar(y); ok {
		days = append(days, d)
	}
	days = append(days, civil.D(y, time.April, 30), civil.D(y, time.May, 1))
	nd := civil.D(y, time.September, 2)
	switch nd.Time(time.UTC).Weekday() {
	case time.Tuesday, time.Friday, time.Saturday:
		days = append(days, civil.D(y, time.September, 1), nd)
	default:
		days = append(days, nd, civil.D(y, time.September, 3))
	}
	h := make(map[Date]bool, 2*len(days))
	for _, d := range days {
		h[d] = true
	}
	for _, d := range days {
		if !weekend(d) {
			continue
		}
		m := d.AddDate(0, 0, 1)
		for weekend(m) || h[m] {
			m = m.AddDate(0, 0, 1)
		}
		h[m] = true
	}
	if y >= minYear && y <= maxYear {
		holidayCache.Store(y, h)
	}
	return h
}

func weekend(d Date) bool {
	wd := d.Time(time.UTC).Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// WorkingDay reports whether d is a working day: not a Saturday, a Sunday
// or a public holiday (see the package documentation).
func WorkingDay(d Date) bool {
	if d.IsZero() || weekend(d) {
		return false
	}
	return !holidays(d.Year)[d] && !holidays(d.Year + 1)[d] // a make-up day may cross the new year
}

// AddWorkingDays returns the n-th working day after d (d itself not
// counted), or the zero Date when d is zero or n is not positive.
func AddWorkingDays(d Date, n int) Date {
	if d.IsZero() || n <= 0 || n > 100000 {
		return Date{}
	}
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if d.Year > maxYear {
			return Date{}
		}
		if WorkingDay(d) {
			n--
		}
	}
	return d
}
