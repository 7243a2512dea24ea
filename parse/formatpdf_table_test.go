package parse

import (
	"context"
	"os"
	"testing"

	"github.com/kehoach/kehoach/internal/office"
)

// TestPDFTable makes a PDF of a plan whose task table has cells that wrap
// over several lines (LibreOffice prints a Word file made by the test)
// and reads its tasks back from pdftotext's word boxes.
func TestPDFTable(t *testing.T) {
	if !havePdftotext(t) || !haveLibreOffice(t) {
		t.Skip("pdftotext or LibreOffice not installed")
	}
	long := "Rà soát, đánh giá và đề xuất phương án đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi quản lý"
	body := planHead() + wtbl(taskHeader,
		wtr(wtc("1"), wtc(long), wtc("Sở Nội vụ"), wtc("Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh"), wtc("Quý II/2026")),
		wtr(wtc("2"), wtc("Công bố danh mục thủ tục hành chính"), wtc("Văn phòng Ủy ban nhân dân tỉnh"), wtc("Các sở, ngành"), wtc("Tháng 6/2026")),
		wtr(wtc("3"), wtc("Kiểm tra việc thực hiện"), wtc("Sở Nội vụ"), wtc(""), wtc("Thường xuyên")),
	)
	pdf, err := office.Convert(context.Background(), docxFile(body, nil), "docx", "pdf")
	if err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("PDFOUT"); p != "" {
		os.WriteFile(p, pdf, 0o644)
	}
	if f := DetectFormat(pdf); f != FormatPDF {
		t.Fatalf("format %q", f)
	}
	doc, err := Decision("plan.pdf", pdf)
	if doc == nil {
		t.Fatal(err)
	}
	got := tasksOf(doc)
	want := []taskLine{
		{"1", long, "Sở Nội vụ", "Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh", "Quý II/2026"},
		{"2", "Công bố danh mục thủ tục hành chính", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ngành", "Tháng 6/2026"},
		{"3", "Kiểm tra việc thực hiện", "Sở Nội vụ", "", "Thường xuyên"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if foldPhrase(got[i].content) != foldPhrase(want[i].content) || got[i].lead != want[i].lead ||
			got[i].partners != want[i].partners || got[i].deadline != want[i].deadline {
			t.Errorf("task %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}
	if doc.Number.String() != "12/KH-UBND" {
		t.Errorf("number %q", doc.Number)
	}
}
