package civil

import "testing"

func TestDate(t *testing.T) {
	d, err := ParseDate("2024-02-29")
	if err != nil || d != D(2024, 2, 29) || !d.Valid() || d.String() != "2024-02-29" {
		t.Errorf("ParseDate = %v, %v", d, err)
	}
	if _, err := ParseDate("2023-02-29"); err == nil {
		t.Error("ParseDate accepted 2023-02-29")
	}
	if D(2023, 2, 29).Valid() || (Date{}).Valid() {
		t.Error("Valid accepted an invalid date")
	}
	if !D(2023, 1, 31).Before(D(2023, 2, 1)) || !D(2024, 1, 1).After(D(2023, 12, 31)) {
		t.Error("Before/After wrong")
	}
	if got := D(2023, 1, 31).AddDate(0, 0, 1); got != D(2023, 2, 1) {
		t.Errorf("AddDate = %v", got)
	}
	if (Date{}).String() != "" {
		t.Error("zero Date prints")
	}
}
