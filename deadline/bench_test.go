package deadline

import (
	"fmt"
	"strings"
	"testing"
)

// benchPhrases has one typical phrase per kind.
var benchPhrases = []struct {
	kind, phrase string
}{
	{"date", "Trước ngày 30/6/2023"},
	{"month", "Tháng 03/2023"},
	{"quarter", "Quý II/2023"},
	{"half", "6 tháng đầu năm 2023"},
	{"year", "Năm 2025"},
	{"range", "Tháng 3-6/2023"},
	{"recurring", "Hằng năm"},
	{"ongoing", "Thường xuyên"},
	{"schedule", "Theo lịch của Tổ Công tác"},
	{"reference", "Theo tiến độ tại Quyết định số 766/QĐ-TTg"},
	{"event", "Sau khi Nghị định được ban hành"},
	{"relative", "Trong vòng 30 ngày kể từ ngày ký"},
	{"list", "Tháng 6 và tháng 12/2023"},
	{"unknown", "Báo cáo kết quả"},
}

func BenchmarkParse(b *testing.B) {
	ctx := Context{Year: 2023, Signed: D(2023, 3, 24)}
	for _, bp := range benchPhrases {
		b.Run(bp.kind, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bp.phrase)))
			for b.Loop() {
				Parse(bp.phrase, ctx)
			}
		})
	}
}

// BenchmarkParseLong grows a phrase to see that time stays linear.
func BenchmarkParseLong(b *testing.B) {
	for _, n := range []int{10, 100, 1000, 10000} {
		phrase := "Quý I" + strings.Repeat(", II", n) + "/2023"
		b.Run(fmt.Sprintf("parts=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(phrase)))
			for b.Loop() {
				Parse(phrase, Context{})
			}
		})
	}
}

func BenchmarkString(b *testing.B) {
	s, _ := Parse("Tháng 03/2023", Context{})
	b.ReportAllocs()
	for b.Loop() {
		_ = s.String()
	}
}

// findSentence is a real task sentence of about 300 bytes (tnt-692e12b0)
// with a date of an event, a deadline and a cited document.
const findSentence = "Các địa phương tổng hợp nhu cầu hỗ trợ để xây dựng, sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025 theo Công điện số 158/CĐ-TTg ngày 04/9/2025."

func BenchmarkFind(b *testing.B) {
	ctx := Context{Year: 2025, Signed: D(2025, 11, 30)}
	b.ReportAllocs()
	b.SetBytes(int64(len(findSentence)))
	for b.Loop() {
		Find(findSentence, ctx)
	}
}

// BenchmarkFindLong grows a sentence to see that time stays linear.
func BenchmarkFindLong(b *testing.B) {
	for _, n := range []int{1, 10, 100, 200} {
		s := strings.Repeat(findSentence+" ", n)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				Find(s, Context{Year: 2025})
			}
		})
	}
}

// BenchmarkParseHostile grows phrases made of words that open a time, to
// see that time stays linear.
func BenchmarkParseHostile(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		for name, unit := range map[string]string{"cues": "trước chậm nhất ", "days": "ngày 1 đến ", "parens": "(tháng 3 "} {
			phrase := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%s=%d", name, n), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(phrase)))
				for b.Loop() {
					Parse(phrase, Context{Year: 2025})
					Find(phrase, Context{Year: 2025})
				}
			})
		}
	}
}
