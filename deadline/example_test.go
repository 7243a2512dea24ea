package deadline_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
)

func ExampleParse() {
	ctx := deadline.Context{Year: 2023, Signed: civil.D(2023, 3, 24)}
	for _, phrase := range []string{
		"Tháng 03/2023",
		"Quý II/2023 (dự kiến)",
		"Trước ngày 30/6/2023",
		"Thường xuyên",
		"Theo lịch của Tổ Công tác",
		"Trong vòng 30 ngày kể từ ngày ký",
	} {
		s, err := deadline.Parse(phrase, ctx)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s", phrase, s.Kind)
		if v := s.Value(); v != "" {
			fmt.Print(" ", v)
		}
		if due := s.Due(); !due.IsZero() {
			fmt.Printf(" due %v", due)
		}
		fmt.Println()
	}
	// Output:
	// Tháng 03/2023: month 2023-03 due 2023-03-31
	// Quý II/2023 (dự kiến): quarter 2023-Q2 due 2023-06-30
	// Trước ngày 30/6/2023: date 2023-06-30 due 2023-06-30
	// Thường xuyên: ongoing
	// Theo lịch của Tổ Công tác: schedule
	// Trong vòng 30 ngày kể từ ngày ký: relative P30D due 2023-04-23
}

// A phrase that is not a deadline is kept, with an error saying why.
func ExampleParse_unknown() {
	s, err := deadline.Parse("Báo cáo kết quả", deadline.Context{Year: 2023})
	fmt.Println(s.Kind, s.Raw)
	fmt.Println(errors.Is(err, deadline.ErrUnknown), err)
	// Output:
	// unknown Báo cáo kết quả
	// true deadline "Báo cáo kết quả": not a deadline: "Báo cáo kết quả"
}

func ExampleSchedule_Next() {
	s, _ := deadline.Parse("Hằng quý", deadline.Context{})
	after := civil.D(2023, 6, 30)
	for range 3 {
		after, _ = s.Next(after)
		fmt.Println(after)
	}
	// Output:
	// 2023-09-30
	// 2023-12-31
	// 2024-03-31
}

func ExampleSchedule_String() {
	s, _ := deadline.Parse("quy 2 nam 2023", deadline.Context{})
	fmt.Println(s)
	// Output: Quý II/2023
}

func ExampleSchedule_MarshalJSON() {
	s, _ := deadline.Parse("Theo tiến độ tại Quyết định số 766/QĐ-TTg", deadline.Context{Year: 2023})
	b, _ := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(b))
	// Output:
	// {
	//   "raw": "Theo tiến độ tại Quyết định số 766/QĐ-TTg",
	//   "kind": "reference",
	//   "basis": "tiến độ tại",
	//   "ref": {
	//     "text": "Quyết định số 766/QĐ-TTg",
	//     "type": "Quyết định",
	//     "number": "766/QĐ-TTg",
	//     "date": "",
	//     "issuer": ""
	//   }
	// }
}
