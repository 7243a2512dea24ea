package export_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// Write documents as JSON lines, as `kehoach parse -format jsonl` does:
// one line per file, naming it; a large plan goes out task by task.
func ExampleWriteJSONLine() {
	var out bytes.Buffer
	for _, text := range []string{
		"KẾ HOẠCH\nRÀ SOÁT NĂM 2024\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Rà soát | Sở Tư pháp | Quý II/2024 |\n",
		"KẾ HOẠCH\nKIỂM TRA NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Kiểm tra | Sở Nội vụ | Tháng 6/2025 |\n",
	} {
		doc, _ := parse.Decision("plan.txt", []byte(text))
		if err := export.WriteJSONLine(&out, export.File{Name: "plan.txt", Doc: doc}); err != nil {
			fmt.Println(err)
		}
	}
	export.WriteJSONLine(&out, export.File{Name: "scan.pdf", Err: errors.New("scan.pdf: no text layer")})
	// Read the lines back.
	dec := json.NewDecoder(&out)
	for dec.More() {
		var line struct {
			File     string
			Document *plan.Document
			Error    string
		}
		if err := dec.Decode(&line); err != nil {
			fmt.Println(err)
			return
		}
		if line.Document == nil {
			fmt.Println(line.File, "|", line.Error)
			continue
		}
		t := line.Document.Plans[0].Tasks[0]
		fmt.Println(line.File, "|", line.Document.Title, "|", t.Lead[0].Name, "|", t.Deadline.Value())
	}
	// Output:
	// plan.txt | RÀ SOÁT NĂM 2024 | Sở Tư pháp | 2024-Q2
	// plan.txt | KIỂM TRA NĂM 2025 | Sở Nội vụ | 2025-06
	// scan.pdf | scan.pdf: no text layer
}
