package parse

import (
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// Tasks written in paragraphs: labelled tasks, and the duties of each
// unit in "Tổ chức thực hiện".
func TestShapesProse(t *testing.T) {
	runShapes(t, []shapeCase{{
		name: "labelled-tasks",
		body: `II. NHIỆM VỤ CỤ THỂ

1. Xây dựng cơ sở dữ liệu cán bộ, công chức
- Đơn vị chủ trì: Sở Nội vụ.
- Đơn vị phối hợp: Sở Tài chính, Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý II/2026.
- Sản phẩm: Cơ sở dữ liệu được vận hành.

2. Tổ chức tập huấn về chuyển đổi số
- Đơn vị chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Tháng 8/2026.
`,
		tasks: []string{
			"1 | Xây dựng cơ sở dữ liệu cán bộ, công chức | Sở Nội vụ | Sở Tài chính; Sở Khoa học và Công nghệ | Quý II/2026 | Cơ sở dữ liệu được vận hành",
			"2 | Tổ chức tập huấn về chuyển đổi số | Sở Khoa học và Công nghệ |  | Tháng 8/2026 | ",
		},
	}, {
		name: "emphasised-labels-lead-and-partners-in-one",
		body: `II. NHIỆM VỤ CỤ THỂ

1. Nâng cấp Cổng dịch vụ công của tỉnh
*Cơ quan thực hiện:* Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ.
*Thời hạn:* Trước ngày 30/9/2026.
`,
		tasks: []string{
			"1 | Nâng cấp Cổng dịch vụ công của tỉnh | Văn phòng Ủy ban nhân dân tỉnh | Sở Khoa học và Công nghệ | Trước ngày 30/9/2026 | ",
		},
	}, {
		name: "duties-inline-by-unit",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính: chủ trì, phối hợp với các cơ quan, đơn vị tham mưu bố trí kinh phí thực hiện Kế hoạch; hoàn thành trước ngày 30/6/2026.

2. Sở Nội vụ: hướng dẫn các xã, phường rà soát vị trí việc làm, hoàn thành trong quý III/2026.
`,
		tasks: []string{
			"1 | chủ trì, phối hợp với các cơ quan, đơn vị tham mưu bố trí kinh phí thực hiện Kế hoạch; hoàn thành trước ngày 30/6/2026. | Sở Tài chính | các cơ quan, đơn vị | hoàn thành trước ngày 30/6/2026 | ",
			"2 | hướng dẫn các xã, phường rà soát vị trí việc làm, hoàn thành trong quý III/2026. | Sở Nội vụ |  | hoàn thành trong quý III/2026 | ",
		},
	}, {
		name: "unit-heading-over-items",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ
a) Chủ trì hướng dẫn các cơ quan triển khai nền tảng số dùng chung.
b) Tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2026.

2. Ủy ban nhân dân các xã, phường
- Bố trí nhân lực cho bộ phận một cửa.
`,
		tasks: []string{
			"a | Chủ trì hướng dẫn các cơ quan triển khai nền tảng số dùng chung. | Sở Khoa học và Công nghệ |  |  | ",
			"b | Tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2026. | Sở Khoa học và Công nghệ |  | trước ngày 15/12/2026 | ",
			" | Bố trí nhân lực cho bộ phận một cửa. | Ủy ban nhân dân các xã, phường |  |  | ",
		},
	}, {
		name: "giao-unit-leads-in-over-bullets",
		body: `III. TỔ CHỨC THỰC HIỆN

Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan thực hiện các nội dung sau:
- Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành.
- Tổ chức phổ biến pháp luật cho người dân.
`,
		tasks: []string{
			" | Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành. | Sở Tư pháp | các cơ quan liên quan |  | ",
			" | Tổ chức phổ biến pháp luật cho người dân. | Sở Tư pháp | các cơ quan liên quan |  | ",
		},
	}, {
		name: "two-assignments-in-one-sentence",
		body: `III. TỔ CHỨC THỰC HIỆN

Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử; Bảo hiểm xã hội tỉnh phối hợp kết nối dữ liệu khám chữa bệnh.
`,
		tasks: []string{
			" | Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử | Sở Y tế |  |  | ",
			" | Bảo hiểm xã hội tỉnh phối hợp kết nối dữ liệu khám chữa bệnh. | Bảo hiểm xã hội tỉnh |  |  | ",
		},
	}, {
		name: "addressees-are-not-duties",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Xây dựng: chủ trì lập quy hoạch chung đô thị, hoàn thành trong năm 2026.

Nơi nhận:
- Sở Xây dựng;
- Sở Tài chính;
- Lưu: VT.
`,
		tasks: []string{
			"1 | chủ trì lập quy hoạch chung đô thị, hoàn thành trong năm 2026. | Sở Xây dựng |  | hoàn thành trong năm 2026 | ",
		},
	}, {
		name: "de-nghi-lead-in-over-items",
		body: `III. TỔ CHỨC THỰC HIỆN

Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:
- Tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến.
- Giám sát việc thực hiện Kế hoạch.
`,
		tasks: []string{
			" | Tuyên truyền, vận động người dân sử dụng dịch vụ công trực tuyến. | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh |  |  | ",
			" | Giám sát việc thực hiện Kế hoạch. | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh |  |  | ",
		},
	}, {
		name: "topic-then-assignment",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Về hạ tầng số: giao Sở Khoa học và Công nghệ chủ trì nâng cấp mạng truyền số liệu chuyên dùng, hoàn thành trong tháng 11/2026.
`,
		tasks: []string{
			"1 | giao Sở Khoa học và Công nghệ chủ trì nâng cấp mạng truyền số liệu chuyên dùng, hoàn thành trong tháng 11/2026. | Sở Khoa học và Công nghệ |  | hoàn thành trong tháng 11/2026 | ",
		},
	}, {
		name: "nested-unit-headings",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành
a) Sở Tài chính
- Bảo đảm kinh phí thực hiện Kế hoạch.
b) Sở Nội vụ
- Đưa kết quả thực hiện vào đánh giá thi đua, khen thưởng.
`,
		tasks: []string{
			" | Bảo đảm kinh phí thực hiện Kế hoạch. | Sở Tài chính |  |  | ",
			" | Đưa kết quả thực hiện vào đánh giá thi đua, khen thưởng. | Sở Nội vụ |  |  | ",
		},
	}, {
		name: "definitions-passives-and-quotas-are-not-duties",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: chủ trì tổng hợp kết quả thi đua, báo cáo trước ngày 15/12/2026.

2. Phong trào thi đua được triển khai từ tháng 3 đến tháng 12 năm 2026.

3. Doanh nghiệp công nghệ số là lực lượng tiên phong trong phát triển kinh tế số.

4. Các cá nhân có thành tích xuất sắc trong công tác chuyển đổi số được khen thưởng.

5. Hội đồng Thi đua - Khen thưởng tỉnh: Không quá 05 cá nhân.

6. Các cơ quan, đơn vị cấp tỉnh:
- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;
- Ủy ban bầu cử của tỉnh: Không quá 03 cá nhân;
- Sở Tư pháp: 01 tập thể.
`,
		tasks: []string{
			"1 | chủ trì tổng hợp kết quả thi đua, báo cáo trước ngày 15/12/2026. | Sở Nội vụ |  | trước ngày 15/12/2026 | ",
		},
	}, {
		name: "basis-words-in-a-duty-and-the-closing-formula",
		// "Căn cứ ..." under a plan's heading is a duty, not a legal basis;
		// "Trên đây là Kế hoạch ..." closes the plan and is no duty.
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

Chủ trì tổ chức triển khai thực hiện Kế hoạch này.

2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường

Căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện Kế hoạch.

Trên đây là Kế hoạch thực hiện chuyển đổi số năm 2026. Trong quá trình thực hiện, các cơ quan, đơn vị phản ánh về Sở Y tế để tổng hợp./.
`,
		tasks: []string{
			" | Chủ trì tổ chức triển khai thực hiện Kế hoạch này. | Sở Y tế |  |  | ",
			" | Căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện Kế hoạch. | Các sở, ban, ngành; Ủy ban nhân dân các xã, phường |  |  | ",
		},
	}, {
		name: "unit-heading-naming-provinces-over-two-lines",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Chủ tịch Ủy ban nhân dân các tỉnh, trong đó trọng tâm là các tỉnh:
Đắk Lắk, Khánh Hòa, Gia Lai:
a) Tổ chức sửa chữa nhà ở cho các gia đình bị thiệt hại.
b) Báo cáo kết quả trước ngày 31/12/2026.
`,
		tasks: []string{
			"a | Tổ chức sửa chữa nhà ở cho các gia đình bị thiệt hại. | Chủ tịch Ủy ban nhân dân các tỉnh, trong đó trọng tâm là các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai |  |  | ",
			"b | Báo cáo kết quả trước ngày 31/12/2026. | Chủ tịch Ủy ban nhân dân các tỉnh, trong đó trọng tâm là các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai |  | trước ngày 31/12/2026 | ",
		},
	}, {
		name: "a-firm-deadline-over-a-range-in-a-duty",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: tổ chức kiểm tra từ ngày 10 đến ngày 20/8/2026 tại các xã, báo cáo kết quả trước ngày 30/8/2026.
`,
		tasks: []string{
			"1 | tổ chức kiểm tra từ ngày 10 đến ngày 20/8/2026 tại các xã, báo cáo kết quả trước ngày 30/8/2026. | Sở Nội vụ |  | trước ngày 30/8/2026 | ",
		},
	}, {
		name: "a-duty-sentence-over-bullets-of-the-same-unit",
		body: `IV. TỔ CHỨC THỰC HIỆN

1. Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện đợt thi đua.

- Giới thiệu điển hình tiên tiến trong đợt thi đua.

- Khen thưởng theo thẩm quyền các tập thể, cá nhân có thành tích.

2. Sở Nội vụ: tổng hợp kết quả đợt thi đua.
`,
		tasks: []string{
			"1 | Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện đợt thi đua. | Các cơ quan, đơn vị, địa phương |  |  | ",
			" | Giới thiệu điển hình tiên tiến trong đợt thi đua. | Các cơ quan, đơn vị, địa phương |  |  | ",
			" | Khen thưởng theo thẩm quyền các tập thể, cá nhân có thành tích. | Các cơ quan, đơn vị, địa phương |  |  | ",
			"2 | tổng hợp kết quả đợt thi đua. | Sở Nội vụ |  |  | ",
		},
	}, {
		name: "a-heading-that-is-a-label-is-no-task",
		// The plan's own time, written as a numbered label: said, no task.
		body: `I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích: Nâng cao hiệu quả phục vụ người dân.

2. Thời gian thực hiện: Từ tháng 10/2026 đến tháng 12/2026.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: tổng hợp kết quả đợt thi đua.
`,
		tasks: []string{
			"1 | tổng hợp kết quả đợt thi đua. | Sở Nội vụ |  |  | ",
		},
		codes: []plan.Code{CodeLabels},
	}, {
		name: "a-sentence-broken-by-a-blank-line",
		body: `III. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành có trách nhiệm rà soát các kế hoạch đã ban hành có liên quan đến

chuyển đổi số để điều chỉnh cho thống nhất, hoàn thành trong năm 2026.
`,
		tasks: []string{
			"1 | Các sở, ban, ngành có trách nhiệm rà soát các kế hoạch đã ban hành có liên quan đến chuyển đổi số để điều chỉnh cho thống nhất, hoàn thành trong năm 2026. | Các sở, ban, ngành |  | hoàn thành trong năm 2026 | ",
		},
	}})
}
