package kehoach_test

import (
	"fmt"

	"github.com/kehoach/kehoach/deadline"
)

// Read the deadline cell of a plan's task row.
func Example() {
	s, err := deadline.Parse("Quý II/2023", deadline.Context{Year: 2023})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Kind, s.Value(), "due", s.Due())
	// Output: quarter 2023-Q2 due 2023-06-30
}
