package parse_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/unit"
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

// A text read in part: the document holds what was read, and the error is
// a sorted list of what could not be, which Format prints with the lines
// it is about.
func ExampleDecision_partial() {
	src := []byte("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2025\n\n" +
		"| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n" +
		"|---|---|---|---|\n" +
		"| 1 | Rà soát quy trình nội bộ | Sở Nội vụ | Quý I/2025 |\n" +
		"| 2 | | Sở Tư pháp | Quý II/2025 |\n")
	doc, err := parse.Decision("kh.txt", src)
	fmt.Println(len(doc.Plans[0].Tasks), "tasks read")
	var list parse.ErrorList
	if errors.As(err, &list) {
		fmt.Print(list.Format(src))
	}
	fmt.Println(errors.Is(err, parse.ErrNoContent))
	// Output:
	// 2 tasks read
	// kh.txt:7:3: task 2 has no content
	//  7 | | 2 | | Sở Tư pháp | Quý II/2025 |
	//    |   ^
	// true
}

// A caller's own agencies: a registry read from the caller's file, in the
// form of unit/registry.tsv, splits the lead cells.
func ExampleConfig_registry() {
	reg, err := unit.ReadRegistry(strings.NewReader(
		"bqlda\tdepartment\tBan Quản lý dự án đầu tư xây dựng\tBan QLDA\tBQLDA\t-\t-\t-\t-\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := parse.Config{Registry: reg}
	doc, _ := c.Decision("kh.txt", []byte("KẾ HOẠCH\nĐẦU TƯ NĂM 2025\n\n"+
		"| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"+
		"| 1 | Lập hồ sơ mời thầu | BQLDA | Quý I/2025 |\n"))
	for _, t := range doc.Plans[0].Tasks {
		fmt.Println(t.Key, t.Lead[0].Name, t.Lead[0].ID)
	}
	// Output:
	// 1/1 Ban Quản lý dự án đầu tư xây dựng bqlda
}
