package deadline

import (
	"strings"
	"testing"
)

// Real task sentences of ../shared/corpus (conclusion notices, telegrams,
// duties by unit), with the deadline phrases a reader finds in them.
func TestFind(t *testing.T) {
	ctx := Context{Year: 2025, Signed: D(2025, 11, 20)}
	for _, tt := range []struct {
		sentence string
		want     []string // phrase|due
	}{
		{"gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó: thống kê, báo cáo đầy đủ thông tin",
			[]string{"chậm nhất ngày 10 tháng 12 năm 2025|2025-12-10"}},
		{"Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá đề xuất thưởng cho các công trình, hoàn thành trước ngày 15 tháng 12 năm 2025.",
			[]string{"hoàn thành trước ngày 15 tháng 12 năm 2025|2025-12-15"}},
		{"theo đúng chỉ đạo của Thủ tướng Chính phủ tại Công điện số 158/CĐ-TTg ngày 04 tháng 09 năm 2025; gửi báo cáo",
			nil},
		{"Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương thực hiện các giải pháp cụ thể, giải ngân hết số vốn đầu tư công của dự án trong Quý I năm 2026.",
			[]string{"trong Quý I năm 2026|2026-03-31"}},
		{"Bộ Xây dựng khẩn trương rà soát, sớm bàn giao trong năm 2025 dự án đầu tư xây dựng công trình nạo vét luồng tàu",
			[]string{"trong năm 2025|2025-12-31"}},
		{"Căn cứ chức năng, nhiệm vụ được giao theo Kế hoạch, tổ chức triển khai thực hiện; định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm) báo cáo kết quả",
			[]string{"định kỳ hàng tháng|", "trước ngày 16 hàng tháng|", "trước ngày 20/11 hàng năm|"}},
		{"Thường xuyên nắm bắt, đề xuất cơ quan có thẩm quyền giải quyết các khó khăn, vướng mắc", []string{"Thường xuyên|"}},
		{"Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Thông báo số 627/TB-VPCP ngày 18/11/2025), chủ động, phối hợp Bộ Nội vụ tham mưu", nil},
	} {
		var got []string
		for _, m := range Find(tt.sentence, ctx) {
			got = append(got, m.Text(tt.sentence)+"|"+m.Due().String())
		}
		if strings.Join(got, " ; ") != strings.Join(tt.want, " ; ") {
			t.Errorf("Find(%.60q)\n got  %q\n want %q", tt.sentence, got, tt.want)
		}
	}
}
