package export_test

import (
	"bytes"
	"testing"

	"github.com/kehoach/kehoach/export"
)

// FuzzReadProgress: whatever the bytes, ReadProgress returns without
// panicking, and every report it returns has a key.
func FuzzReadProgress(f *testing.F) {
	f.Add([]byte("Mã nhiệm vụ,Tiến độ,Ngày hoàn thành\n1/1,hoàn thành,20/3/2023\n"))
	f.Add([]byte("key,status,done\n1/2,\"đang\nthực hiện\",45000\n"))
	var b bytes.Buffer
	if err := export.WriteXLSX(&b, hostilePlan(), bookDay); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, src []byte) {
		prog, _ := export.ReadProgress(src)
		for k := range prog {
			if k == "" {
				t.Error("a report without a key")
			}
		}
	})
}
