package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/rogpeppe/go-internal/txtar"
)

// hostileDoc is a plan whose every cell is one of the hostile texts, with
// a column beyond the known ones.
func hostileDoc() *plan.Document {
	p := plan.Plan{Columns: []string{"STT", "Nội dung", "Nguồn kinh phí"}}
	for i, h := range hostile {
		t := task(h, h, "Bộ Tư pháp", "Quý II/2023")
		t.Output = h
		t.Key = "1/L" + string(rune('A'+i))
		t.Source = map[string]string{"output": h, "Nguồn kinh phí": h}
		p.Tasks = append(p.Tasks, t)
	}
	return &plan.Document{Plans: []plan.Plan{p}}
}

// wantCell is what a spreadsheet must read from a cell: line breaks as LF,
// controls gone, bad bytes as U+FFFD, and an apostrophe before a formula.
func wantCell(s string, guard bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\r' && strings.HasPrefix(s[i:], "\r\n"):
		case r == '\r' || r == '\n' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == 0x85:
			b.WriteByte('\n')
		case r < 0x20 && r != '\t', r >= 0x7f && r < 0xa0, r >= 0x202a && r <= 0x202e:
		default:
			b.WriteRune(r)
		}
	}
	if guard && s != "" && strings.ContainsRune("=+-@\t\r\n\v\f\u0085\u2028\u2029＝＋－＠", []rune(s)[0]) {
		return "'" + b.String()
	}
	return b.String()
}

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\ufeff"))
	if !ok {
		t.Fatal("no byte order mark")
	}
	r := csv.NewReader(bytes.NewReader(body))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv: %v", err)
	}
	return recs
}

// readCSVPython has Python's csv module read the file and returns its
// records, with CRLF inside cells as LF (as encoding/csv gives them).
func readCSVPython(t *testing.T, data []byte) [][]string {
	t.Helper()
	py := python(t, "KEHOACH_REQUIRE_PYTHON_CSV", "csv")
	path := filepath.Join(t.TempDir(), "tasks.csv")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps([[c.replace('\r\n', '\n') for c in row] for row in csv.reader(f)]))`
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("python csv: %v", err)
	}
	var recs [][]string
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestCSVHostile(t *testing.T) {
	doc := hostileDoc()
	for _, keep := range []bool{false, true} {
		var b bytes.Buffer
		c := export.CSV{KeepFormulas: keep}
		if err := c.Write(&b, export.File{Name: "a.txt", Doc: doc}); err != nil {
			t.Fatal(err)
		}
		for reader, recs := range map[string][][]string{"encoding/csv": readCSV(t, b.Bytes()), "python": readCSVPython(t, b.Bytes())} {
			want := []string{"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Loại thời hạn", "Hạn", "Sản phẩm", "Nguồn kinh phí", "Mã nhiệm vụ"}
			if strings.Join(recs[0], "|") != strings.Join(want, "|") {
				t.Errorf("%s: header %q", reader, recs[0])
			}
			if len(recs) != len(hostile)+1 {
				t.Fatalf("%s: %d records for %d tasks", reader, len(recs), len(hostile))
			}
			for i, h := range hostile {
				r := recs[i+1]
				w := wantCell(h, !keep)
				got := []string{r[0], r[1], r[2], r[4], r[6], r[7], r[8]}
				exp := []string{w, w, "Bộ Tư pháp", "Quý II/2023", "2023-06-30", w, w}
				if strings.Join(got, "\x00") != strings.Join(exp, "\x00") {
					t.Errorf("%s keep=%v: row %d\n got  %q\n want %q", reader, keep, i+1, got, exp)
				}
				if !keep && (strings.HasPrefix(r[1], "=") || strings.HasPrefix(r[1], "+") || strings.HasPrefix(r[1], "-") || strings.HasPrefix(r[1], "@")) {
					t.Errorf("%s: row %d starts a formula: %q", reader, i+1, r[1])
				}
			}
		}
	}
}

// The seed's CSV reads back cell for cell; several files get a file
// column.
func TestCSVSeed(t *testing.T) {
	doc := seedDoc(t)
	var b bytes.Buffer
	if err := export.WriteCSV(&b, export.File{Name: "a.txt", Doc: doc}, export.File{Name: "b.txt", Err: os.ErrNotExist}, export.File{Name: "c.txt", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b.Bytes())
	tasks := doc.Plans[0].Tasks
	if len(recs) != 2*len(tasks)+1 || recs[0][0] != "Tệp" {
		t.Fatalf("%d records, header %q", len(recs), recs[0])
	}
	for i, task := range tasks {
		r := recs[i+1]
		if r[0] != "a.txt" || r[1] != task.No || r[2] != wantCell(task.Content, true) {
			t.Errorf("row %d: %q", i+1, r)
		}
		if recs[len(tasks)+i+1][0] != "c.txt" {
			t.Errorf("row %d: file %q", len(tasks)+i+1, recs[len(tasks)+i+1][0])
		}
	}
	if !strings.Contains(recs[3][2], "“Đăng ký khai sinh - đăng ký thường trú - cấp thẻ Bảo hiểm y tế cho trẻ dưới 6 tuổi”") {
		t.Errorf("task 3 content lost characters: %q", recs[3][2])
	}
}

// A table with columns beyond the known ones keeps them, under their
// headers, in the table's order.
func TestCSVExtraColumns(t *testing.T) {
	ar, err := txtar.ParseFile("../testdata/layouts/ke-hoach-bang-markdown-khong-phan-cach.txtar")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := parse.Decision("kh.txt", ar.Files[0].Data)
	var b bytes.Buffer
	if err := export.WriteCSV(&b, export.File{Name: "kh.txt", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b.Bytes())
	if got := strings.Join(recs[0][8:], "|"); got != "Nguồn kinh phí|Ghi chú|Mã nhiệm vụ" {
		t.Errorf("extra columns %q", got)
	}
	if len(recs) != 4 || recs[2][8] != "Ngân sách tỉnh" || recs[2][9] != "Ưu tiên" || recs[3][8] != "Nguồn hợp pháp khác" {
		t.Errorf("records %q", recs)
	}
}

// TestCSVRoundTripsProgress fills in the downloaded table the way a user
// does (two columns added: Tiến độ, Ngày hoàn thành) and reads it back as
// progress: the key column matches each row to its task.
func TestCSVRoundTripsProgress(t *testing.T) {
	doc := seedDoc(t)
	var b bytes.Buffer
	if err := export.WriteCSV(&b, export.File{Name: "seed.txt", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b.Bytes())
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	for i, r := range recs {
		switch i {
		case 0:
			r = append(r, "Tiến độ", "Ngày hoàn thành")
		case 1:
			r = append(r, "Hoàn thành", "20/03/2023")
		default:
			r = append(r, "", "")
		}
		w.Write(r)
	}
	w.Flush()
	prog, err := export.ReadProgress(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	key := doc.Plans[0].Tasks[0].Key
	if r, ok := prog[key]; !ok || r.Done.String() != "2023-03-20" {
		t.Errorf("progress of %s: %+v (%v); all: %v", key, r, ok, prog)
	}
}
