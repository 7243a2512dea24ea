package parse_test

import (
	"fmt"
	"os"

	"github.com/kehoach/kehoach/parse"
)

func ExampleDecision() {
	src, err := os.ReadFile("../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := parse.Decision("qd-95.txt", src)
	if err != nil {
		fmt.Println(err) // errors; the document still holds what was read
	}
	fmt.Println(doc.Kind, doc.Number, doc.Date, doc.Issuer)
	fmt.Println(len(doc.Bases), "bases,", len(doc.Articles), "articles, signed by", doc.Signer.Name)
	for _, t := range doc.Plans[0].Tasks[:3] {
		fmt.Printf("%s. %s | %s | %s\n", t.No, t.Lead[0].Name, t.Deadline.Raw, t.Deadline.Kind)
	}
	// Output:
	// Quyết định 95/QĐ-VPCP 2023-03-24 Văn phòng Chính phủ
	// 6 bases, 4 articles, signed by Trần Văn Sơn
	// 1. Cục Kiểm soát thủ tục hành chính | Tháng 03/2023 | month
	// 2. Cục Kiểm soát thủ tục hành chính | Thực hiện thường xuyên | ongoing
	// 3. Cục Kiểm soát thủ tục hành chính | Tháng 03/2023 | month
}

// Walk the tasks a unit takes part in, and print the diagnostics.
func ExampleDecision_tasks() {
	src, _ := os.ReadFile("../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	doc, _ := parse.Decision("qd-95.txt", src)
	for _, t := range doc.Plans[0].Tasks {
		for _, p := range t.Partners {
			if p.ID == "btttt" { // Bộ Thông tin và Truyền thông
				fmt.Printf("task %s: %s\n", t.No, t.Deadline.Kind)
			}
		}
	}
	for _, d := range doc.Diagnostics[:2] {
		fmt.Printf("qd-95.txt:%d:%d: %s: %s\n", d.Line, d.Column, d.Severity, d.Code)
	}
	// Output:
	// task 18: ongoing
	// task 19: ongoing
	// qd-95.txt:190:3: warning: row-number-inferred
	// qd-95.txt:190:3: warning: row-cells
}
