package plan_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// Write documents as JSON lines, as `kehoach parse -format jsonl` does; a
// large plan goes out task by task.
func ExampleDocument_WriteJSON() {
	var out bytes.Buffer
	for _, text := range []string{
		"KẾ HOẠCH\nRÀ SOÁT NĂM 2024\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Rà soát | Sở Tư pháp | Quý II/2024 |\n",
		"KẾ HOẠCH\nKIỂM TRA NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Kiểm tra | Sở Nội vụ | Tháng 6/2025 |\n",
	} {
		doc, _ := parse.Decision("plan.txt", []byte(text))
		if err := doc.WriteJSON(&out); err != nil {
			fmt.Println(err)
		}
	}
	// Read the lines back.
	dec := json.NewDecoder(&out)
	for dec.More() {
		var doc plan.Document
		if err := dec.Decode(&doc); err != nil {
			fmt.Println(err)
			return
		}
		t := doc.Plans[0].Tasks[0]
		fmt.Println(doc.Title, "|", t.Lead[0].Name, "|", t.Deadline.Value())
	}
	// Output:
	// RÀ SOÁT NĂM 2024 | Sở Tư pháp | 2024-Q2
	// KIỂM TRA NĂM 2025 | Sở Nội vụ | 2025-06
}
