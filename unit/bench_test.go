package unit

import "testing"

func BenchmarkSplit(b *testing.B) {
	for _, bc := range []struct{ name, cell string }{
		{"one", "Bộ Công an"},
		{"five", "Bộ Tư pháp, Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Y tế, Bảo hiểm xã hội Việt Nam"},
		{"collective", "Các bộ, ngành, địa phương và các tập đoàn, tổng công ty nhà nước"},
		{"unknown", "Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			Default()
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.cell)))
			for b.Loop() {
				Split(bc.cell)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	Default()
	b.ReportAllocs()
	for b.Loop() {
		Lookup("Bộ Lao động - Thương binh và Xã hội")
	}
}

// BenchmarkLoad measures reading the embedded registry, which Default
// does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadRegistry(bytesReader(registryTSV)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	r := Default()
	s := "Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Chính phủ"
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		r.Find(s)
	}
}
