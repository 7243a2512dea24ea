package deadline

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Tết of every year from 2000 to 2050, computed, against the published
// dates of testdata/tet-2000-2050.tsv.
func TestTet(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "tet-2000-2050.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	years := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		ys, ds, _ := strings.Cut(l, "\t")
		y, err := strconv.Atoi(ys)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ParseDate(ds)
		if err != nil {
			t.Fatal(err)
		}
		if got := Tet(y); got != want {
			t.Errorf("Tet(%d) = %v, want %v", y, got, want)
		}
		years++
	}
	if years != 51 {
		t.Errorf("read %d years, want 2000–2050", years)
	}
}

// Other lunar dates against published ones: Rằm tháng Giêng, Tết Trung
// thu, the Hùng Kings' day, and a leap month.
func TestLunarSolar(t *testing.T) {
	for _, tt := range []struct {
		l    LunarDate
		y    int
		want Date
	}{
		{LunarDate{Month: 1, Day: 15}, 2026, D(2026, time.March, 3)},
		{LunarDate{Month: 8, Day: 15}, 2026, D(2026, time.September, 25)},
		{LunarDate{Month: 8, Day: 15}, 2025, D(2025, time.October, 6)},
		{LunarDate{Month: 3, Day: 10}, 2025, D(2025, time.April, 7)},
		{LunarDate{Month: 3, Day: 10}, 2026, D(2026, time.April, 26)},
		{LunarDate{Month: 6, Day: 1, Leap: true}, 2025, D(2025, time.July, 25)}, // 2025 has a leap 6th month
		{LunarDate{Month: 12, Day: 29}, 2025, D(2026, time.February, 16)},       // giao thừa before Tết 2026
	} {
		got, ok := tt.l.Solar(tt.y)
		if !ok || got != tt.want {
			t.Errorf("%+v of %d = %v, %v; want %v", tt.l, tt.y, got, ok, tt.want)
		}
	}
	for _, bad := range []struct {
		l LunarDate
		y int
	}{
		{LunarDate{Month: 5, Day: 1, Leap: true}, 2025}, // no leap 5th month in 2025
		{LunarDate{Month: 1, Day: 1, Leap: true}, 2026}, // no leap month in 2026
		{LunarDate{Month: 13, Day: 1}, 2026},
		{LunarDate{Month: 12, Day: 30}, 2025}, // the 12th month of Ất Tỵ has 29 days
	} {
		if d, ok := bad.l.Solar(bad.y); ok {
			t.Errorf("%+v of %d = %v, want none", bad.l, bad.y, d)
		}
	}
}

// Working days skip weekends, the fixed holidays, Tết and the Hùng Kings'
// day, and make up a holiday that falls on a weekend.
func TestAddWorkingDays(t *testing.T) {
	for _, tt := range []struct {
		from Date
		n    int
		want Date
	}{
		{D(2025, 11, 19), 10, D(2025, 12, 3)}, // Wednesday: 20/11 … 3/12
		{D(2025, 4, 29), 1, D(2025, 5, 2)},    // 30/4 and 1/5 off
		{D(2026, 2, 13), 1, D(2026, 2, 23)},   // Tết 2026 (17/2): 16/2–20/2 off
		{D(2025, 12, 31), 1, D(2026, 1, 2)},   // 1/1 off
		{D(2026, 4, 24), 1, D(2026, 4, 28)},   // 26/4/2026 Hùng Kings' day is a Sunday: Monday 27/4 made up
		{D(2025, 8, 29), 1, D(2025, 9, 3)},    // 2/9/2025 a Tuesday: 1/9 and 2/9 off
		{Date{}, 3, Date{}},
	} {
		if got := AddWorkingDays(tt.from, tt.n); got != tt.want {
			t.Errorf("AddWorkingDays(%v, %d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
	}
}
