package export_test

import (
	"archive/zip"
	"bytes"
	"fmt"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

const examplePlan = "KẾ HOẠCH\nRÀ SOÁT NĂM 2025\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn | Nguồn kinh phí |\n|---|---|---|---|---|\n" +
	"| 1 | Rà soát thủ tục hành chính | Bộ Tư pháp | Quý I/2025 | Ngân sách |\n" +
	"| 2 | Số hóa hồ sơ | Bộ Công an | Tháng 9/2025 | Ngân sách |\n" +
	"| 3 | Báo cáo kết quả | Bộ Tư pháp | 30/6/2025 | - |\n"

// Write the tracking workbook of a plan with the statuses on 1 July 2025:
// the sheet of tasks, the summary, and a sheet per lead unit.
func ExampleXLSX() {
	doc, _ := parse.Decision("plan.md", []byte(examplePlan))
	var b bytes.Buffer
	if err := (export.XLSX{AsOf: civil.D(2025, 7, 1)}).Write(&b, doc); err != nil {
		fmt.Println(err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// xl/workbook.xml
	// xl/_rels/workbook.xml.rels
	// xl/styles.xml
	// xl/worksheets/sheet1.xml
	// xl/worksheets/sheet2.xml
	// xl/worksheets/sheet3.xml
	// xl/worksheets/sheet4.xml
}

// Read what the units reported (here as CSV: key, status, done date) and
// count their tasks the Government Office's way on 1 July 2025.
func ExampleReadProgress() {
	doc, _ := parse.Decision("plan.md", []byte(examplePlan))
	prog, err := export.ReadProgress([]byte("Mã nhiệm vụ,Tiến độ,Ngày hoàn thành\n" +
		"1/1,hoàn thành,15/3/2025\n" +
		"1/3,đang thực hiện,\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range doc.Plans[0].Account(prog, civil.D(2025, 7, 1)) {
		fmt.Printf("%s: %d tasks, %d done on time, %d done late, %d open, %d open past the deadline\n",
			a.Unit.Name, a.Tasks, a.DoneOnTime, a.DoneLate, a.Open, a.OpenLate)
	}
	// Output:
	// Bộ Công an: 1 tasks, 0 done on time, 0 done late, 1 open, 0 open past the deadline
	// Bộ Tư pháp: 2 tasks, 1 done on time, 0 done late, 0 open, 1 open past the deadline
}
