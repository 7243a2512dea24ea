package parse

import (
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// Task tables: columns by evidence, headers, group rows, numbering.
func TestShapesTables(t *testing.T) {
	runShapes(t, []shapeCase{{
		name: "deadline-and-output-swapped",
		body: `I. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Báo cáo kết quả | Tháng 6/2026 |
| 2 | Rà soát thủ tục hành chính | Sở Tư pháp | Các sở, ban, ngành | Danh mục thủ tục | Quý III/2026 |
| 3 | Đào tạo kỹ năng số cho công chức | Sở Nội vụ | Sở Khoa học và Công nghệ | Kế hoạch đào tạo | Thường xuyên |
`,
		tasks: []string{
			"1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 6/2026 | Báo cáo kết quả",
			"2 | Rà soát thủ tục hành chính | Sở Tư pháp | Các sở, ban, ngành | Quý III/2026 | Danh mục thủ tục",
			"3 | Đào tạo kỹ năng số cho công chức | Sở Nội vụ | Sở Khoa học và Công nghệ | Thường xuyên | Kế hoạch đào tạo",
		},
		codes: []plan.Code{CodeColumnRole},
	}, {
		name: "columns-in-another-order",
		// The lead right after STT, the deadline before the output and
		// the content last.
		body: `| TT | Đơn vị chủ trì | Thời hạn | Kết quả | Nhiệm vụ |
|---|---|---|---|---|
| 1 | Sở Tài chính | 30/6/2026 | Tờ trình | Tham mưu phân bổ kinh phí chuyển đổi số |
| 2 | Sở Xây dựng | Quý IV/2026 | Quyết định | Ban hành quy chế quản lý kiến trúc đô thị |
`,
		tasks: []string{
			"1 | Tham mưu phân bổ kinh phí chuyển đổi số | Sở Tài chính |  | 30/6/2026 | Tờ trình",
			"2 | Ban hành quy chế quản lý kiến trúc đô thị | Sở Xây dựng |  | Quý IV/2026 | Quyết định",
		},
	}, {
		name: "header-over-two-rows",
		body: `| STT | Nội dung | Đơn vị thực hiện | | Thời gian |
| | | Chủ trì | Phối hợp | |
|---|---|---|---|---|
| 1 | Tổ chức hội nghị triển khai kế hoạch | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 02/2026 |
| 2 | Kiểm tra việc thực hiện tại các xã | Sở Nội vụ | Các sở, ngành | Tháng 10/2026 |
`,
		tasks: []string{
			"1 | Tổ chức hội nghị triển khai kế hoạch | Sở Nội vụ | Văn phòng Ủy ban nhân dân tỉnh | Tháng 02/2026 | ",
			"2 | Kiểm tra việc thực hiện tại các xã | Sở Nội vụ | Các sở, ngành | Tháng 10/2026 | ",
		},
	}, {
		name: "group-rows-and-restarting-numbers",
		body: `| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| I | Hoàn thiện thể chế | | |
| 1 | Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp | Quý I/2026 |
| 2 | Ban hành quy định về quản lý dữ liệu | Sở Khoa học và Công nghệ | Quý II/2026 |
| **II.** | **Phát triển hạ tầng số** | | |
| 1 | Nâng cấp trung tâm dữ liệu của tỉnh | Sở Khoa học và Công nghệ | Năm 2026 |
`,
		tasks: []string{
			"1 | Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp |  | Quý I/2026 | ",
			"2 | Ban hành quy định về quản lý dữ liệu | Sở Khoa học và Công nghệ |  | Quý II/2026 | ",
			"1 | Nâng cấp trung tâm dữ liệu của tỉnh | Sở Khoa học và Công nghệ |  | Năm 2026 | ",
		},
	}, {
		name: "repeated-header-without-its-number-cell",
		body: `| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| 1 | Xây dựng kế hoạch tuyên truyền | Sở Văn hóa, Thể thao và Du lịch | Tháng 3/2026 |
| A | Nhiệm vụ của các xã | | |
| | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
| 2 | Cập nhật dữ liệu dân cư | Ủy ban nhân dân các xã, phường | Thường xuyên |
`,
		tasks: []string{
			"1 | Xây dựng kế hoạch tuyên truyền | Sở Văn hóa, Thể thao và Du lịch |  | Tháng 3/2026 | ",
			"2 | Cập nhật dữ liệu dân cư | Ủy ban nhân dân các xã, phường |  | Thường xuyên | ",
		},
	}, {
		name: "hierarchical-numbers-and-column-numbers-row",
		body: `| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
|---|---|---|---|---|
| (1) | (2) | (3) | (4) | (5) |
| 1 | Cải cách thể chế | | | |
| 1.1 | Xây dựng chương trình kiểm tra cải cách hành chính | Sở Nội vụ | Các sở, ngành | Tháng 01/2026 |
| 1.2 | Tự kiểm tra công tác cải cách hành chính | Các sở, ngành | Sở Nội vụ | Quý III/2026 |
`,
		tasks: []string{
			"1.1 | Xây dựng chương trình kiểm tra cải cách hành chính | Sở Nội vụ | Các sở, ngành | Tháng 01/2026 | ",
			"1.2 | Tự kiểm tra công tác cải cách hành chính | Các sở, ngành | Sở Nội vụ | Quý III/2026 | ",
		},
	}, {
		name: "status-column-is-not-a-deadline",
		body: `| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn | Tiến độ |
|---|---|---|---|---|
| 1 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Tháng 9/2026 | Đang thực hiện |
| 2 | Công bố danh mục dịch vụ công trực tuyến | Văn phòng UBND tỉnh | Tháng 3/2026 | Đã hoàn thành |
`,
		tasks: []string{
			"1 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường |  | Tháng 9/2026 | ",
			"2 | Công bố danh mục dịch vụ công trực tuyến | Văn phòng Ủy ban nhân dân tỉnh |  | Tháng 3/2026 | ",
		},
	}, {
		name: "start-and-end-columns",
		body: `| STT | Nội dung | Chủ trì | Thời gian bắt đầu | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Khảo sát hiện trạng hạ tầng mạng | Sở Khoa học và Công nghệ | Tháng 01/2026 | Tháng 4/2026 |
`,
		tasks: []string{
			"1 | Khảo sát hiện trạng hạ tầng mạng | Sở Khoa học và Công nghệ |  | Tháng 4/2026 | ",
		},
		codes: []plan.Code{CodeColumnRole},
	}, {
		name: "monitoring-column-is-not-a-partner",
		body: `| STT | Nhiệm vụ | Cơ quan chủ trì | Theo dõi, kiểm tra, đôn đốc | Thời hạn |
|---|---|---|---|---|
| 1 | Triển khai nền tảng số của tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Quý II/2026 |
`,
		tasks: []string{
			"1 | Triển khai nền tảng số của tỉnh | Sở Khoa học và Công nghệ |  | Quý II/2026 | ",
		},
	}, {
		name: "year-in-the-header",
		body: `| STT | Nhiệm vụ | Chủ trì | Thời gian hoàn thành năm 2026 |
|---|---|---|---|
| 1 | Ban hành kế hoạch chuyển đổi số | Sở Khoa học và Công nghệ | Tháng 5 |
`,
		tasks: []string{
			"1 | Ban hành kế hoạch chuyển đổi số | Sở Khoa học và Công nghệ |  | Tháng 5 | ",
		},
	}, {
		name: "procedure-catalogue-is-not-a-plan",
		body: `| STT | Tên thủ tục hành chính | Thời hạn giải quyết | Cơ quan thực hiện |
|---|---|---|---|
| 1 | Cấp giấy phép xây dựng | 15 ngày làm việc | Sở Xây dựng |
| 2 | Cấp giấy chứng nhận đăng ký kinh doanh | 03 ngày làm việc | Sở Tài chính |
`,
		codes: []plan.Code{CodeNotPlan},
	}, {
		name: "cost-estimate-is-not-a-plan",
		body: `| TT | Nội dung | Số lượng | Đơn giá | Thành tiền |
|---|---|---|---|---|
| 1 | Quan trắc chất lượng nước | 12 | 1.500.000 | 18.000.000 |
| 2 | In ấn tài liệu tuyên truyền | 500 | 20.000 | 10.000.000 |
`,
		codes: []plan.Code{CodeNotPlan},
	}, {
		name: "table-of-figures-is-not-a-plan",
		body: `| STT | Đơn vị | Tổng số TTHC | Đủ điều kiện | Đã cung cấp | Tỷ lệ (%) |
|---|---|---|---|---|---|
| 1 | Sở Tư pháp | 120 | 110 | 99 | 90,00 |
| 2 | Sở Xây dựng | 85 | 80 | 64 | 80,00 |
| 3 | Sở Y tế | 96 | - | 90 | 93,75 |
`,
		codes: []plan.Code{CodeNotPlan},
	}, {
		name: "list-without-units-or-times-is-not-a-plan",
		body: `| TT | Tên điểm quan trắc | Kiểu quan trắc | Mô tả điểm quan trắc |
|---|---|---|---|
| 1 | Xuân Lộc (xã Xuân Lộc) | Nước cấp | Kênh cấp nước đầu vùng nuôi |
| 2 | Ao nuôi tôm đại diện đầm Cù Mông | Nước nuôi | Ao nuôi thương phẩm |
`,
		codes: []plan.Code{CodeNotPlan},
	}})
}
