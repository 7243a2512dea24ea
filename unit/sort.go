package unit

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Sort sorts refs by name in Vietnamese alphabetical order (a, ă, â, b, c,
// d, đ, e, ...), the order a Vietnamese reader expects: "Đài Truyền hình
// Việt Nam" comes before "Viện Hàn lâm ...", not after it as in byte order.
// The sort is stable.
func Sort(refs []Ref) {
	c := collate.New(language.Vietnamese)
	slices.SortStableFunc(refs, func(a, b Ref) int { return c.CompareString(a.Name, b.Name) })
}

// SortUnits sorts units by name in Vietnamese alphabetical order; see Sort.
func SortUnits(units []Unit) {
	c := collate.New(language.Vietnamese)
	slices.SortStableFunc(units, func(a, b Unit) int { return c.CompareString(a.Name, b.Name) })
}
