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
		// Real sentences of tnt-344b9eec, tnt-692e12b0, tnt-74e2ddc7,
		// vbai-tb-kl-22042026.
		{"Bộ trưởng Bộ Công Thương hoàn thành việc rà soát, bổ sung phương án cắt giảm điều kiện kinh doanh bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025.",
			[]string{"trong tháng 11 năm 2025|2025-11-30"}},
		{"Hoàn thành 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, thông suốt, liền mạch, hiệu quả, giảm tối đa giấy tờ trong năm 2025 (Phụ lục II kèm theo).",
			[]string{"trong năm 2025|2025-12-31"}},
		{"Báo cáo Thủ tướng Chính phủ kết quả thực hiện nhiệm vụ của các bộ, ngành trước ngày 20 hằng tháng.",
			[]string{"trước ngày 20 hằng tháng|"}},
		{"Tổ chức xây dựng kế hoạch cụ thể, phát động và triển khai ngay \"Chiến dịch Quang Trung\" vào ngày 01/12/2025 để huy động tổng lực",
			[]string{"vào ngày 01/12/2025|2025-12-01"}},
		{"rà soát, tổng hợp đề xuất phương án hỗ trợ từ ngân sách trung ương cho các tỉnh: Đắk Lắk, Gia Lai, Khánh Hòa và Lâm Đồng để xây dựng, sửa chữa nhà cho các hộ dân bị thiệt hại, hoàn thành trước ngày 05/12/2025./.",
			[]string{"hoàn thành trước ngày 05/12/2025|2025-12-05"}},
		{"để xây dựng, sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025 để tổng hợp",
			[]string{"từ ngày 16-22/11/2025|2025-11-22", "trước ngày 03/12/2025|2025-12-03"}},
		{"bảo đảm khởi công dự án trong Quý III/2025 theo nhiệm vụ được giao tại Thông báo kết luận số 30-TB/TGV ngày 13/6/2025",
			[]string{"trong Quý III/2025|2025-09-30"}},
		{"thường xuyên theo dõi và định kỳ trước ngày 15 hàng tháng có báo cáo về UBND tỉnh để xem xét, chỉ đạo.",
			[]string{"thường xuyên|", "định kỳ trước ngày 15 hàng tháng|"}},
		{"Tổ chức triển khai Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 theo Quyết định số 1234/QĐ-TTg ngày 05 tháng 10 năm 2023 của Thủ tướng Chính phủ", nil},
		// Constructed, one for each shape Find widens to.
		{"Sở Giáo dục và Đào tạo tổng kết năm học 2026-2027, báo cáo trước Tết Nguyên đán năm 2027.",
			[]string{"trước Tết Nguyên đán năm 2027|2027-02-05"}}, // "năm học" without a cue names the year of the report
		{"Các trường tổ chức dạy học trong năm học 2026-2027 theo khung kế hoạch thời gian năm học.",
			[]string{"trong năm học 2026-2027|2027-05-31"}},
		{"Các sở gửi báo cáo trong thời hạn 10 ngày làm việc kể từ ngày ký, đồng thời tổ chức hội nghị vào 14 giờ 30 ngày 21/9/2026 (thứ Hai).",
			[]string{"trong thời hạn 10 ngày làm việc kể từ ngày ký|2025-12-04", "vào 14 giờ 30 ngày 21/9/2026|2026-09-21"}},
		{"Xây dựng đề án trong tháng 02/2027, trình phê duyệt chậm nhất trong tháng 5/2027 và tổng kết vào cuối năm 2027",
			[]string{"trong tháng 02/2027|2027-02-28", "chậm nhất trong tháng 5/2027|2027-05-31", "vào cuối năm 2027|2027-12-31"}},
		{"Cơ quan thường trực họp giao ban thứ Năm hàng tuần và báo cáo Ủy ban trước năm 2031.",
			[]string{"thứ Năm hàng tuần|", "trước năm 2031|2030-12-31"}},
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
