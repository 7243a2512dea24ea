package deadline

import (
	"math"
	"time"

	"github.com/kehoach/kehoach/civil"
)

// The Vietnamese lunar calendar, computed as Hồ Ngọc Đức describes it
// ("Thuật toán tính âm lịch"): months begin on the day of the new moon and
// the eleventh month holds the winter solstice, both reckoned at UTC+7,
// the meridian of Vietnam since 1968. The astronomical terms are those of
// Meeus' "Astronomical Algorithms", good to a few minutes over 1900–2100,
// so a new moon within minutes of midnight may fall on the wrong day; the
// test checks Tết of every year from 2000 to 2050 against the published
// dates.

// vnZone is the time zone of the Vietnamese calendar, in hours.
const vnZone = 7.0

// LunarDate is a day of the Vietnamese lunar calendar.
type LunarDate struct {
	Month, Day int  // 1–12, 1–30
	Leap       bool // a leap (nhuận) month
}

// IsZero reports whether l is the zero LunarDate.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// jdn returns the Julian day number of a Gregorian date.
func jdn(y int, m time.Month, d int) int {
	a := (14 - int(m)) / 12
	yy := y + 4800 - a
	mm := int(m) + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// fromJDN returns the Gregorian date of a Julian day number.
func fromJDN(jd int) Date {
	a := jd + 32044
	b := (4*a + 3) / 146097
	c := a - b*146097/4
	d := (4*c + 3) / 1461
	e := c - 1461*d/4
	m := (5*e + 2) / 153
	day := e - (153*m+2)/5 + 1
	month := m + 3 - 12*(m/10)
	year := b*100 + d - 4800 + m/10
	return civil.D(year, time.Month(month), day)
}

// newMoon returns the Julian day (UT, with its fraction) of the k-th new
// moon after the one of 1 January 1900.
func newMoon(k float64) float64 {
	t := k / 1236.85
	t2 := t * t
	t3 := t2 * t
	dr := math.Pi / 180
	jd1 := 2415020.75933 + 29.53058868*k + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*k - 0.0000333*t2 - 0.00000347*t3
	mpr := 306.0253 + 385.81691806*k + 0.0107306*t2 + 0.00001236*t3
	f := 21.2964 + 390.67050646*k - 0.0016528*t2 - 0.00000239*t3
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 -= 0.0004 * math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltaT
}

// newMoonDay returns the day number, at UTC+7, of the k-th new moon.
func newMoonDay(k int) int {
	return int(math.Floor(newMoon(float64(k)) + 0.5 + vnZone/24))
}

// sunSector returns which of the twelve 30° sectors the sun's longitude is
// in at the start of day jd at UTC+7 (0: from the spring equinox).
func sunSector(jd int) int {
	t := (float64(jd) - 0.5 - vnZone/24 - 2451545.0) / 36525
	t2 := t * t
	dr := math.Pi / 180
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	l -= 2 * math.Pi * math.Floor(l/(2*math.Pi))
	return int(math.Floor(l / math.Pi * 6))
}

// month11 returns the day number of the first day of the eleventh lunar
// month of Gregorian year y: the month that holds the winter solstice.
func month11(y int) int {
	off := float64(jdn(y, time.December, 31) - 2415021)
	k := int(math.Floor(off / 29.530588853))
	nm := newMoonDay(k)
	if sunSector(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapOffset returns the offset from the eleventh month starting on day a11
// of the leap month: the first month without a major solar term.
func leapOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-2415021.076998695)/29.530588853 + 0.5))
	i := 1
	arc := sunSector(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = sunSector(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// Solar returns the Gregorian date of a lunar date of lunar year y, and
// false when the date does not exist (a leap month that year does not
// have, or a 30th day of a month of 29 days).
func (l LunarDate) Solar(y int) (Date, bool) {
	if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 || y < minYear || y > maxYear {
		return Date{}, false
	}
	var a11, b11 int
	if l.Month < 11 {
		a11, b11 = month11(y-1), month11(y)
	} else {
		a11, b11 = month11(y), month11(y+1)
	}
	k := int(math.Floor(0.5 + (float64(a11)-2415021.076998695)/29.530588853))
	off := l.Month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		lo := leapOffset(a11)
		leapMonth := lo - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if l.Leap && l.Month != leapMonth {
			return Date{}, false
		}
		if l.Leap || off >= lo {
			off++
		}
	} else if l.Leap {
		return Date{}, false
	}
	start := newMoonDay(k + off)
	jd := start + l.Day - 1
	if jd >= newMoonDay(k+off+1) {
		return Date{}, false // the month has 29 days
	}
	return fromJDN(jd), true
}

// Tet returns the Gregorian date of Tết Nguyên đán, the first day of the
// lunar year that begins in Gregorian year y.
func Tet(y int) Date {
	d, _ := LunarDate{Month: 1, Day: 1}.Solar(y)
	return d
}

// feasts are the festivals of the lunar calendar a deadline names, with
// their words, folded.
var feasts = []struct {
	name  string // as String writes it
	words []string
	date  LunarDate
}{
	{"Tết Nguyên đán", []string{"tet", "nguyen", "dan"}, LunarDate{Month: 1, Day: 1}},
	{"Rằm tháng Giêng", []string{"ram", "thang", "gieng"}, LunarDate{Month: 1, Day: 15}},
	{"Tết Nguyên tiêu", []string{"tet", "nguyen", "tieu"}, LunarDate{Month: 1, Day: 15}},
	{"Giỗ Tổ Hùng Vương", []string{"gio", "to", "hung", "vuong"}, LunarDate{Month: 3, Day: 10}},
	{"Tết Trung thu", []string{"tet", "trung", "thu"}, LunarDate{Month: 8, Day: 15}},
	{"Tết", []string{"tet"}, LunarDate{Month: 1, Day: 1}}, // "trước Tết": Tết Nguyên đán
}
