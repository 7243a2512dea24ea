package parse

import (
	"bytes"
	"strings"
)

// A hostile shape is an input that grows with n by repeating one small
// part: what the hostile tests and benchmarks feed the parser, at two
// sizes, to see that its cost grows with the input and no faster.
type hostileShape struct {
	name string
	gen  func(n int) []byte
}

// count returns the n that makes the shape about size bytes.
func (h hostileShape) count(size int) int {
	head := len(h.gen(0))
	return max(1, (size-head)/max(1, len(h.gen(1))-head))
}

// repeated writes head, then part n times, then tail.
func repeated(head, part, tail string) func(int) []byte {
	return func(n int) []byte {
		var b bytes.Buffer
		b.Grow(len(head) + n*len(part) + len(tail))
		b.WriteString(head)
		for range n {
			b.WriteString(part)
		}
		b.WriteString(tail)
		return b.Bytes()
	}
}

const attachedNote = "(Kèm theo QUYẾT ĐỊNH SỐ 1234/QĐ-UBND NGÀY 12 THÁNG 12 NĂM 2023 CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH)\n"

var hostileShapes = []hostileShape{
	// Rows of one cell in each table layout.
	{"tabbed rows of one cell", repeated("KẾ HOẠCH\nX\nSTT\tNội dung\tChủ trì\n", "1\t\t\n", "")},
	{"pipe rows of one cell", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n|---|---|---|\n", "|1|||\n", "")},
	{"converter rows of one cell", repeated("KẾ HOẠCH\nX\n|\nSTT\n|\n|\nNội dung\n|\n|\nChủ trì\n|\n", "|\n1\n|\n", "")},
	{"Word-text rows of one cell", repeated("KẾ HOẠCH\nX\n", "\t1\n\n", "")},
	// One line, one row.
	{"a line of |", repeated("", "|", "\n")},
	{"one row of many cells", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n|1|", "x|", "\n")},
	// Rows of many cells that hold nothing, or one thing.
	{"rows of empty cells", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n", strings.Repeat("|", 257)+"\n", "")},
	{"rows of separator cells", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n", strings.Repeat("|---", 256)+"|\n", "")},
	{"rows of one cell in 256", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n", "| 1 "+strings.Repeat("|", 256)+"\n", "")},
	// Headers repeated.
	{"issuer lines repeated", repeated("", "ỦY BAN NHÂN DÂN\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")},
	{"Kèm theo notes repeated", repeated("", attachedNote, "")},
	// Prose: duties of units, and items that share the labels after them.
	{"duties repeated", repeated("KẾ HOẠCH\nX\nIII. TỔ CHỨC THỰC HIỆN\n", "- Sở Tư pháp: chủ trì rà soát văn bản, hoàn thành trong Quý II/2024.\n", "")},
	{"labels under one item", repeated("KẾ HOẠCH\nX\nII. NHIỆM VỤ\n1. Rà soát văn bản\n", "- Đơn vị chủ trì: Sở Tư pháp\n", "")},
	{"items sharing labels", repeated("KẾ HOẠCH\nX\nII. NHIỆM VỤ\n", "a) Rà soát văn bản\n", "Đơn vị chủ trì: Sở Tư pháp\n")},
	// Plans: an appendix a task.
	{"appendices of one task", repeated("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này các phụ lục.\n", "PHỤ LỤC I\n| STT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Rà soát văn bản | Sở Tư pháp |\n\n", "")},
	// Tasks of one number.
	{"repeated task numbers", repeated("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì | Thời hạn |\n|---|---|---|---|\n",
		"| 1 | Rà soát văn bản | Sở Tư pháp | Hằng năm |\n", "")},
	// Text that gathers into one field, line after line.
	{"a title of many lines", repeated("KẾ HOẠCH\n", "TRIỂN KHAI THỰC HIỆN NHIỆM VỤ\n", "")},
	{"an article of many lines", repeated("QUYẾT ĐỊNH:\nĐiều 1. Ban hành\n", "nội dung của điều này được viết tiếp\n", "")},
	{"a line of many citations", repeated("Căn cứ ", "Quyết định số 1/QĐ-TTg ngày 1/1/2023 của Thủ tướng Chính phủ; ", "\n")},
	{"nested section numbers", func(n int) []byte {
		var b strings.Builder
		b.WriteString("KẾ HOẠCH\nNHIỆM VỤ\n")
		for i := 1; i <= n; i++ {
			b.WriteString(strings.Repeat("1.", i%50+1) + " Nội dung\n")
		}
		return []byte(b.String())
	}},
	// Bytes that are not all text.
	{"stray bytes in UTF-8", repeated("", "Điều 1. Ban hành kế hoạch\xfa\n", "")},
	{"CR-only line ends", repeated("KẾ HOẠCH\rX\r| STT | Nội dung | Chủ trì |\r|---|---|---|\r", "| 1 | Rà soát | Sở Tư pháp |\r", "")},
	{"zero-width characters", repeated("KẾ HOẠCH\nX\n", strings.Repeat("Đ\u200biều 1.\u200d Ban hành\ufeff\n", 1), "")},
}
