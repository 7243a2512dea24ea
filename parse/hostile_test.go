package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Hostile input must give a clear error or diagnostics, in bounded time,
// without a panic.
func TestHostileInput(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 1<<20)
	rnd.Read(random)
	seed := readSeed(t)
	invalidCell := bytes.Replace(seed, []byte("Cục Kiểm soát TTHC"), []byte("Cục Kiểm \xff\xfe soát TTHC"), 1)
	var row strings.Builder
	row.WriteString("| 1 |")
	for i := 0; i < 100000; i++ {
		row.WriteString(" Bộ Y tế |")
	}
	var nested strings.Builder
	nested.WriteString("KẾ HOẠCH\nNHIỆM VỤ\n")
	for i := 1; i <= 10000; i++ {
		nested.WriteString(strings.Repeat("1.", i%50+1) + " Nội dung\n")
	}
	for _, tt := range []struct {
		name string
		src  []byte
		err  error // nil: a document is expected
	}{
		{"10 MB line", bytes.Repeat([]byte("Căn cứ Nghị định "), 10<<20/20), nil},
		{"a million blank lines", bytes.Repeat([]byte("\n"), 1000000), nil},
		{"random binary", random, ErrNotText},
		{"invalid UTF-8 in a cell", invalidCell, nil},
		{"a row of 100,000 cells", []byte("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |\n" + row.String() + "\n"), nil},
		{"10,000 nested section numbers", []byte(nested.String()), nil},
		{"a deadline of 1 MB", append([]byte(" \t1.\n\tNội dung\n\tBộ Y tế\n\tBộ Tư pháp\n\t"), bytes.Repeat([]byte("Quý II/2023 và "), 1<<20/16)...), nil},
		{"10 MB of separators and digits", append([]byte("Căn cứ "), bytes.Repeat([]byte("1/2-3/Q-"), 10<<20/8)...), nil},
		{"a line of 20,000 citations", append([]byte("Căn cứ "), bytes.Repeat([]byte("Quyết định số 1/QĐ-TTg ngày 1/1/2023 của Thủ tướng Chính phủ; "), 20000)...), nil},
		// Text that gathers into one field line after line.
		{"100,000 lines under one heading", []byte("KẾ HOẠCH\nTHỰC HIỆN\n\nI. NHIỆM VỤ CHUNG\n" + strings.Repeat("Tổ chức thực hiện nhiệm vụ được giao\n", 100000)), nil},
		{"a title of 100,000 lines", []byte("KẾ HOẠCH\n" + strings.Repeat("TRIỂN KHAI THỰC HIỆN NHIỆM VỤ\n", 100000)), nil},
		{"an article of 100,000 lines", []byte("QUYẾT ĐỊNH:\nĐiều 1. Ban hành\n" + strings.Repeat("nội dung của điều này được viết tiếp\n", 100000)), nil},
		{"an opening of 100,000 lines", []byte("KẾ HOẠCH\nX\n" + strings.Repeat("mở đầu kế hoạch\n", 100000) + "I. NHIỆM VỤ\n"), nil},
		{"a basis of 100,000 lines", []byte("Căn cứ Luật\n" + strings.Repeat("nội dung căn cứ tiếp\n", 100000)), nil},
		{"a line of 20,000 citations with issuers", append([]byte("Căn cứ "), bytes.Repeat([]byte("Quyết định số 1/QĐ-TTg của Bộ trưởng, "), 20000)...), nil},
		{"NUL bytes", []byte("Điều 1.\x00\x00\x00"), ErrNotText},
		{"a lone UTF-16 byte order mark", []byte{0xff, 0xfe}, nil},
		{"a lone UTF-16 byte order mark and one byte", []byte{0xfe, 0xff, 0x41}, ErrNotText},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decision("hostile.txt", tt.src)
			if tt.err != nil {
				if doc != nil || !errors.Is(err, tt.err) {
					t.Errorf("got %v, %v; want %v", doc != nil, err, tt.err)
				}
				return
			}
			if doc == nil {
				t.Fatalf("no document: %v", err)
			}
			switch tt.name {
			case "invalid UTF-8 in a cell":
				// Read as UTF-8: the seed's tasks, two bad bytes reported.
				if countTasks(doc) != 25 || doc.Number.String() != "95/QĐ-VPCP" || findDiag(doc, CodeBadByte) == nil {
					t.Errorf("%d tasks, number %v, bad bytes %v", countTasks(doc), doc.Number, findDiag(doc, CodeBadByte))
				}
			case "a row of 100,000 cells":
				if d := findDiag(doc, CodeLimit); d == nil || d.Line != 4 || countTasks(doc) != 1 {
					t.Errorf("%d tasks, limit %v", countTasks(doc), d)
				}
			case "a million blank lines":
				if len(doc.Diagnostics) != 0 {
					t.Errorf("diagnostics %v", doc.Diagnostics)
				}
			}
		})
	}
	// Above the size limit: a clear error, not an attempt.
	c := Config{MaxSize: 1 << 20}
	if _, err := c.Decision("big.txt", bytes.Repeat([]byte("a\n"), 1<<20)); !errors.Is(err, ErrTooBig) || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("over the limit: %v", err)
	}
	// A 1 MB deadline phrase on its own: a list, of its first parts.
	if s, err := deadline.Parse(strings.Repeat("Tháng 3 và ", 1<<20/12), deadline.Context{Year: 2023}); err != nil || s.Kind != deadline.KindList || len(s.Parts) == 0 {
		t.Errorf("1 MB phrase: %v with %d parts, %v", s.Kind, len(s.Parts), err)
	}
}

// The parser and the registry are safe for concurrent use (run with -race).
func TestConcurrentParse(t *testing.T) {
	src := readSeed(t)
	want, _ := Decision("seed.txt", src)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				doc, err := Decision("seed.txt", src)
				if err != nil || len(doc.Plans[0].Tasks) != len(want.Plans[0].Tasks) {
					t.Errorf("concurrent parse: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// hostileConfig is the Config of the cost tests: a task limit low enough
// that the rows past it, and not the tasks, are what grows.
var hostileConfig = Config{MaxTasks: 1000}

// hostileChecks say what the result of each hostile shape must hold, at
// the sizes the cost test parses (more rows than hostileConfig.MaxTasks).
var hostileChecks = map[string]func(t *testing.T, doc *plan.Document, err error){
	"tabbed rows of one cell":    tasksCut,
	"pipe rows of one cell":      tasksCut,
	"Word-text rows of one cell": tasksCut,
	"converter rows of one cell": func(t *testing.T, doc *plan.Document, err error) {
		// One cell a row holds no task: lines not understood, folded.
		if !errors.Is(err, ErrNotUnderstood) {
			t.Errorf("error %v, want ErrNotUnderstood", err)
		}
		wantFolded(t, doc, CodeUnplaced)
	},
	"a line of |": func(t *testing.T, doc *plan.Document, err error) {
		// Separators only: nothing to read, nothing lost.
		if err != nil || len(doc.Diagnostics) != 0 || len(doc.Plans) != 0 {
			t.Errorf("got %v, %d diagnostics, %d plans; want nothing", err, len(doc.Diagnostics), len(doc.Plans))
		}
	},
	"one row of many cells": func(t *testing.T, doc *plan.Document, err error) {
		if n := countTasks(doc); n != 1 {
			t.Errorf("%d tasks, want 1", n)
		}
		d := findDiag(doc, CodeLimit)
		if !errors.Is(err, ErrLimit) || d == nil || !strings.Contains(d.Message, "more than 256 cells") || d.Line != 4 {
			t.Errorf("error %v, diagnostic %v; want the cell limit at line 4", err, d)
		}
	},
	"rows of empty cells": func(t *testing.T, doc *plan.Document, err error) {
		// A header and nothing under it.
		if countTasks(doc) != 0 || findDiag(doc, CodeTableNoTasks) == nil {
			t.Errorf("%d tasks, %v", countTasks(doc), err)
		}
	},
	"rows of separator cells": func(t *testing.T, doc *plan.Document, err error) {
		if countTasks(doc) != 0 || findDiag(doc, CodeTableNoTasks) == nil {
			t.Errorf("%d tasks, %v", countTasks(doc), err)
		}
	},
	"duties repeated":      tasksCut,
	"items sharing labels": tasksCut,
	"a title of many lines": func(t *testing.T, doc *plan.Document, err error) {
		if !strings.HasPrefix(doc.Title, "TRIỂN KHAI THỰC HIỆN NHIỆM VỤ TRIỂN KHAI") {
			t.Errorf("title %.60q", doc.Title)
		}
	},
	"an article of many lines": func(t *testing.T, doc *plan.Document, err error) {
		if len(doc.Articles) != 1 || !strings.HasSuffix(doc.Articles[0].Text, "nội dung của điều này được viết tiếp") {
			t.Errorf("%d articles", len(doc.Articles))
		}
	},
	"a line of many citations": func(t *testing.T, doc *plan.Document, err error) {
		if len(doc.Citations) < 1000 || doc.Citations[0].Number.String() != "1/QĐ-TTg" {
			t.Errorf("%d citations", len(doc.Citations))
		}
	},
	"nested section numbers": func(t *testing.T, doc *plan.Document, err error) {
		// Each numbered line a section of the plan, none lost.
		if len(doc.Plans) != 1 || len(doc.Plans[0].Sections) < 10000 {
			t.Errorf("%d plans", len(doc.Plans))
		} else if sec := doc.Plans[0].Sections[0]; sec.Title != "Nội dung" {
			t.Errorf("first section %+v", sec)
		}
	},
	"appendices of one task": func(t *testing.T, doc *plan.Document, err error) {
		// A plan each, and a task each while the text reader reads
		// table rows: 2,000 rows of three (header, separator, task) make
		// 666 tasks; the tables after are cut, their plans have no task,
		// and each says so (folded).
		if n := countTasks(doc); n != 2*hostileConfig.MaxTasks/3 || len(doc.Plans) < 2*hostileConfig.MaxTasks {
			t.Errorf("%d tasks in %d plans", n, len(doc.Plans))
		}
		if d := findDiag(doc, CodeLimit); d == nil || !strings.Contains(d.Message, "table rows") {
			t.Errorf("limit %v", d)
		}
		wantFolded(t, doc, CodePlanNoTasks)
	},
	"labels under one item": func(t *testing.T, doc *plan.Document, err error) {
		// One task, led by the unit its labels name again and again.
		if n := countTasks(doc); n != 1 || len(doc.Plans[0].Tasks[0].Lead) == 0 || doc.Plans[0].Tasks[0].Lead[0].Name != "Sở Tư pháp" {
			t.Errorf("%d tasks", n)
		}
	},
	"rows of one cell in 256": func(t *testing.T, doc *plan.Document, err error) {
		// 257 cells a row: rows are read while the cells (3 in the header)
		// are fewer than 2,000 rows of 16: 125 rows, each a task without
		// content; the rest, from line 129, is cut.
		d := findDiag(doc, CodeLimit)
		if n := countTasks(doc); n != 125 || d == nil || d.Line != 129 || !strings.Contains(d.Message, "table rows") {
			t.Errorf("%d tasks, limit %v", n, d)
		}
	},
	"issuer lines repeated": func(t *testing.T, doc *plan.Document, err error) {
		if !strings.HasPrefix(doc.IssuerHeader, "ỦY BAN NHÂN DÂN ỦY BAN") {
			t.Errorf("issuer header %.40q", doc.IssuerHeader)
		}
	},
	"Kèm theo notes repeated": func(t *testing.T, doc *plan.Document, err error) {
		// Capitals all the way up: no title above any note, no plan.
		if len(doc.Plans) != 0 {
			t.Errorf("%d plans, want 0", len(doc.Plans))
		}
	},
	"repeated task numbers": func(t *testing.T, doc *plan.Document, err error) {
		tasksCut(t, doc, err)
		keys := map[string]bool{}
		for _, task := range doc.Plans[0].Tasks {
			if task.No != "1" || keys[task.Key] {
				t.Fatalf("task %q key %q: want number 1 and a key of its own", task.No, task.Key)
			}
			keys[task.Key] = true
		}
	},
	"stray bytes in UTF-8": func(t *testing.T, doc *plan.Document, err error) {
		// Read as UTF-8: every article is there, each bad byte reported
		// (folded past the limit).
		if len(doc.Articles) < 1000 || doc.Articles[0].Text != "Ban hành kế hoạch\uFFFD" {
			t.Errorf("%d articles, first %+v", len(doc.Articles), doc.Articles[0])
		}
		d := findDiag(doc, CodeBadByte)
		if d == nil || d.Line != 1 || d.Column != 26 || !strings.Contains(d.Message, "0xfa") {
			t.Errorf("first bad byte %+v, want line 1 column 26", d)
		}
		wantFolded(t, doc, CodeBadByte)
		if findDiag(doc, CodeGuessed) != nil {
			t.Error("read as another encoding")
		}
	},
	"CR-only line ends": tasksCut,
	"zero-width characters": func(t *testing.T, doc *plan.Document, err error) {
		if len(doc.Articles) < 1000 || doc.Articles[0].No != 1 || doc.Articles[0].Text != "Ban hành" {
			t.Errorf("%d articles, first %+v", len(doc.Articles), doc.Articles[0])
		}
		d := findDiag(doc, CodeInvisible)
		if d == nil || d.Line != 3 || d.Column != 2 {
			t.Errorf("first invisible character %+v, want line 3 column 2", d)
		}
		wantFolded(t, doc, CodeInvisible)
	},
}

// tasksCut checks a table of more rows than the task limit: as many
// tasks as the limit, and one error that says so.
func tasksCut(t *testing.T, doc *plan.Document, err error) {
	t.Helper()
	if n := countTasks(doc); n != hostileConfig.MaxTasks {
		t.Errorf("%d tasks, want %d", n, hostileConfig.MaxTasks)
	}
	// The limit is an error (among many, so not always in err's first ten).
	d := findDiag(doc, CodeLimit)
	if d == nil || d.Severity != plan.Error || !errors.Is(d.Err, ErrLimit) || !strings.Contains(d.Message, "more than 1,000 tasks") {
		t.Errorf("diagnostic %v; want the task limit", d)
	}
}

// wantFolded checks that the diagnostics of code were folded: as many as
// the limit, then one "and N more like this".
func wantFolded(t *testing.T, doc *plan.Document, code plan.Code) {
	t.Helper()
	n, folded := 0, false
	for _, d := range doc.Diagnostics {
		if d.Code == code {
			n++
			folded = folded || strings.Contains(d.Message, "more like this")
		}
	}
	if n != DefaultMaxDiagnostics+1 || !folded {
		t.Errorf("%d diagnostics %s, folded %v; want %d and a fold", n, code, folded, DefaultMaxDiagnostics+1)
	}
}

func countTasks(doc *plan.Document) int {
	n := 0
	for _, p := range doc.Plans {
		n += len(p.Tasks)
	}
	return n
}

func findDiag(doc *plan.Document, code plan.Code) *plan.Diagnostic {
	for i := range doc.Diagnostics {
		if doc.Diagnostics[i].Code == code {
			return &doc.Diagnostics[i]
		}
	}
	return nil
}

// cost parses small and large, and returns the bytes each allocates and
// the least time of runs parses of each, taken in turns after a
// collection so that neither pays for the other's garbage.
func cost(c *Config, small, large []byte, runs int) (a1, a2 uint64, t1, t2 time.Duration) {
	alloc := func(src []byte) uint64 {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		c.Decision("hostile.txt", src)
		runtime.ReadMemStats(&m1)
		return m1.TotalAlloc - m0.TotalAlloc
	}
	timed := func(src []byte, best *time.Duration) {
		runtime.GC()
		start := cpuTime()
		c.Decision("hostile.txt", src)
		if d := cpuTime() - start; *best == 0 || d < *best {
			*best = d
		}
	}
	a1 = alloc(small)
	if large != nil {
		a2 = alloc(large)
	}
	for range runs {
		timed(small, &t1)
		if large != nil {
			timed(large, &t2)
		}
	}
	return a1, a2, t1, t2
}

// The cost of every hostile shape is bounded per byte of input and grows
// with it: doubling the input at most doubles the bytes allocated and the
// time, up to a margin (2.5). Time is the processor time of the process
// (see cpuTime), the least of four runs of each size taken in turns, and
// a shape gets three tries, so that a loaded machine does not fail it.
func TestHostileShapesCost(t *testing.T) {
	if testing.Short() {
		t.Skip("parses about 12 MB")
	}
	// Bytes allocated per byte of input, at 512 KB. Every line costs the
	// text reader 64 bytes (its record and its string), and every line
	// read into a paragraph, a cell or a row about 200 more up to the row
	// limit: shapes of lines of 2 to 4 bytes cannot stay under 10 bytes
	// a byte. The others do.
	bound := map[string]float64{
		"tabbed rows of one cell": 40, "pipe rows of one cell": 40, "converter rows of one cell": 60,
		"Word-text rows of one cell": 60, "repeated task numbers": 40, "CR-only line ends": 40,
		"issuer lines repeated": 25, "zero-width characters": 40, "stray bytes in UTF-8": 25,
		// The prose readers build every duty and item before the task
		// limit cuts them: about 1 KB each.
		"duties repeated": 150, "items sharing labels": 200, "labels under one item": 100,
		// A plan costs about 2 KB; a citation, a section some hundreds of bytes.
		"appendices of one task": 40, "a title of many lines": 15, "a line of many citations": 30, "nested section numbers": 100,
	}
	for _, h := range hostileShapes {
		t.Run(h.name, func(t *testing.T) {
			// 256 KB, or more for a shape parsed in less than 20 ms, whose
			// time would be mostly noise.
			// The cells a table is read into are bounded in number, not
			// by the input's size: those shapes start at 2 MB.
			start := 256 << 10
			if strings.HasPrefix(h.name, "rows of") {
				start = 2 << 20
			}
			n := h.count(start)
			for size := start; size < 2<<20; size *= 2 {
				if _, _, t1, _ := cost(&hostileConfig, h.gen(n), nil, 1); t1 > 20*time.Millisecond {
					break
				}
				n *= 2
			}
			small, large := h.gen(n), h.gen(2*n)
			doc, err := hostileConfig.Decision("hostile.txt", large)
			if doc == nil {
				t.Fatalf("no document: %v", err)
			}
			if check := hostileChecks[h.name]; check != nil {
				check(t, doc, err)
			} else {
				t.Errorf("no check for %q", h.name)
			}
			var ratio, tratio float64
			for try := 0; try < 3; try++ {
				a1, a2, t1, t2 := cost(&hostileConfig, small, large, 4)
				perByte := float64(a2) / float64(len(large))
				b := bound[h.name]
				if b == 0 {
					b = 10
				}
				if perByte > b {
					t.Errorf("%.1f bytes allocated per input byte, want at most %.0f", perByte, b)
				}
				ratio, tratio = float64(a2)/float64(a1), float64(t2)/float64(t1)
				if ratio > 2.5 {
					t.Fatalf("input doubled: allocation ×%.2f (%d to %d bytes)", ratio, a1, a2)
				}
				if tratio <= 2.5 {
					break
				}
			}
			if tratio > 2.5 {
				t.Errorf("input doubled: time ×%.2f", tratio)
			}
			t.Logf("%d to %d bytes: allocation ×%.2f, time ×%.2f", len(small), len(large), ratio, tratio)
		})
	}
}

// toWindows1258 writes NFC Vietnamese text in Windows-1258: the letters
// the code page has, and the others as their base letter and a
// combining tone mark (as Word wrote it).
func toWindows1258(t *testing.T, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		if b, err := enc.String(string(r)); err == nil {
			out = append(out, b...)
			continue
		}
		// The base with its vowel marks (â, ơ, ...), then the tone.
		var base, tone []rune
		for _, m := range norm.NFD.String(string(r)) {
			switch m {
			case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323:
				tone = append(tone, m)
			default:
				base = append(base, m)
			}
		}
		b, err := enc.String(norm.NFC.String(string(base)) + string(tone))
		if err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		out = append(out, b...)
	}
	return out
}

// lineCol returns the line and column (in characters) of byte i of src.
func lineCol(src []byte, i int) (line, col int) {
	line = 1 + bytes.Count(src[:i], []byte("\n"))
	start := bytes.LastIndexByte(src[:i], '\n') + 1
	return line, utf8.RuneCount(src[start:i]) + 1
}

// The door: bytes that are mostly UTF-8 stay UTF-8, each bad byte reported
// where it is; other encodings are told from the bytes and said; what is
// not text is refused with a reason.
func TestHostileDecoding(t *testing.T) {
	seed := readSeed(t)
	want, _ := Decision("seed.txt", seed)
	wantTasks := len(want.Plans[0].Tasks)
	at := bytes.Index(seed, []byte("Cục Kiểm soát TTHC")) + len("Cục Kiểm")
	insert := func(bad string) []byte {
		return append(append(append([]byte{}, seed[:at]...), bad...), seed[at:]...)
	}
	line, col := lineCol(seed, at)
	// The seed read again: same fields, same tasks.
	same := func(t *testing.T, doc *plan.Document) {
		t.Helper()
		if doc == nil {
			t.Fatal("no document")
		}
		if doc.Number != want.Number || doc.Date != want.Date || doc.Issuer != want.Issuer || doc.Signer != want.Signer {
			t.Errorf("got %v %v %q %v, want %v %v %q %v", doc.Number, doc.Date, doc.Issuer, doc.Signer, want.Number, want.Date, want.Issuer, want.Signer)
		}
		if len(doc.Plans) == 0 || len(doc.Plans[0].Tasks) != wantTasks {
			t.Fatalf("tasks not read as in the seed")
		}
		for i, task := range doc.Plans[0].Tasks {
			if w := want.Plans[0].Tasks[i]; task.Line != w.Line || task.No != w.No {
				t.Errorf("task %d at line %d, want %s at %d", i, task.Line, w.No, w.Line)
			}
		}
	}
	badBytes := func(t *testing.T, doc *plan.Document, n int) {
		t.Helper()
		k := 0
		for _, d := range doc.Diagnostics {
			if d.Code != CodeBadByte {
				continue
			}
			if d.Line != line || d.Column != col+k || d.Offset != at+3*k || d.Severity != plan.Warning {
				t.Errorf("bad byte %d at %d:%d (offset %d), want %d:%d (offset %d)", k, d.Line, d.Column, d.Offset, line, col+k, at+3*k)
			}
			k++
		}
		if k != n {
			t.Errorf("%d bad bytes reported, want %d", k, n)
		}
		if findDiag(doc, CodeGuessed) != nil {
			t.Error("read as another encoding")
		}
		lead := doc.Plans[0].Tasks[0].Source["lead"]
		if want := "Cục Kiểm" + strings.Repeat("\uFFFD", n) + " soát TTHC"; lead != want {
			t.Errorf("lead %q, want %q", lead, want)
		}
	}
	random := make([]byte, 64<<10)
	rand.New(rand.NewSource(2)).Read(random)
	for i := range random {
		random[i] |= 0x80 // high bytes only: no NUL, no control byte
	}
	utf16 := func(order xunicode.Endianness) []byte {
		b, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewEncoder().Bytes(seed)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tt := range []struct {
		name  string
		src   []byte
		check func(t *testing.T, doc *plan.Document, err error)
	}{
		{"a stray byte", insert("\xfa"), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			badBytes(t, doc, 1)
		}},
		{"an overlong encoding", insert("\xc0\xaf"), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			badBytes(t, doc, 2)
		}},
		{"an encoded surrogate", insert("\xed\xa0\x80"), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			badBytes(t, doc, 3)
		}},
		{"Windows-1258", toWindows1258(t, string(seed)), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			if d := findDiag(doc, CodeGuessed); d == nil || !strings.Contains(d.Message, "read as Windows-1258") || d.Line != 1 {
				t.Errorf("encoding diagnostic %v", d)
			}
		}},
		{"UTF-16LE without a byte order mark", utf16(xunicode.LittleEndian), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			if d := findDiag(doc, CodeGuessed); d == nil || !strings.Contains(d.Message, "read as UTF-16LE") {
				t.Errorf("encoding diagnostic %v", d)
			}
		}},
		{"UTF-16BE without a byte order mark", utf16(xunicode.BigEndian), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
			if d := findDiag(doc, CodeGuessed); d == nil || !strings.Contains(d.Message, "read as UTF-16BE") {
				t.Errorf("encoding diagnostic %v", d)
			}
		}},
		{"CR-only line ends", bytes.ReplaceAll(seed, []byte("\n"), []byte("\r")), func(t *testing.T, doc *plan.Document, err error) {
			same(t, doc)
		}},
		{"random high bytes", random, func(t *testing.T, doc *plan.Document, err error) {
			// Refused as not text: for want of letters, or for the C1
			// controls they hold once read one character a byte.
			if doc != nil || !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), "letters") && !strings.Contains(err.Error(), "C1 control") {
				t.Errorf("got %v, %v; want not text, for want of letters", doc != nil, err)
			}
		}},
		{"a broken PDF without NUL bytes", append([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 65536 >>\nstream\n"), random...), func(t *testing.T, doc *plan.Document, err error) {
			// Its bytes say PDF: read as one, it is refused, never taken
			// for text.
			if doc != nil || !errors.Is(err, ErrFormat) && !errors.Is(err, ErrNotText) {
				t.Errorf("got %v, %v; want a PDF refused", doc != nil, err)
			}
		}},
		{"C1 control characters", []byte("Điều 1. " + strings.Repeat("\u0085\u0090\u009c", 20)), func(t *testing.T, doc *plan.Document, err error) {
			if doc != nil || !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), "C1 control") {
				t.Errorf("got %v, %v; want not text, for its C1 controls", doc != nil, err)
			}
		}},
		{"binary with the NUL bytes of UTF-16", bytes.Repeat([]byte{1, 0, 7, 0, 'a', 0, 0x15, 0}, 64), func(t *testing.T, doc *plan.Document, err error) {
			if doc != nil || !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), "NUL bytes of UTF-16LE") || !strings.Contains(err.Error(), "control") {
				t.Errorf("got %v, %v; want not text, naming UTF-16LE", doc != nil, err)
			}
		}},
		{"a NUL in a few bytes", []byte("abc\x00d"), func(t *testing.T, doc *plan.Document, err error) {
			// Too short and odd: not taken for UTF-16, refused for its NUL.
			if doc != nil || err == nil || err.Error() != "hostile.txt: input is not text: control byte 0x00 at offset 3" {
				t.Errorf("got %v, %v", doc != nil, err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decision("hostile.txt", tt.src)
			if doc == nil && err == nil {
				t.Fatal("no document and no error")
			}
			tt.check(t, doc, err)
		})
	}
}

// Zero-width and bidirectional control characters are removed before the
// readers look: keywords and numbers are read through them, the ones
// inside a word are reported at their place, and the positions of what
// follows them on a line are the input's.
func TestHostileInvisible(t *testing.T) {
	src := "ỦY BAN NHÂN DÂN\nTỈNH NINH\u200bBÌNH\nSố: 1\u200d2/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành kế hoạch\n" +
		"Căn\u200b cứ Nghị định số 79/2022/NĐ-CP ngày 6 tháng 10 năm 2022 của Chính phủ;\n" +
		"QUY\ufeffẾT ĐỊNH:\n" +
		"Đi\u202eều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n" +
		"\u200fĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
	doc, err := Decision("qd.txt", []byte(src))
	if doc == nil {
		t.Fatal(err)
	}
	if doc.Number.String() != "12/QĐ-UBND" {
		t.Errorf("number %q, want 12/QĐ-UBND", doc.Number)
	}
	if len(doc.Articles) != 2 || doc.Articles[0].No != 1 || doc.Articles[1].No != 2 {
		t.Fatalf("articles %+v", doc.Articles)
	}
	if doc.IssuerHeader != "ỦY BAN NHÂN DÂN TỈNH NINHBÌNH" {
		t.Errorf("issuer header %q", doc.IssuerHeader)
	}
	// Reported: inside NINH|BÌNH, 1|2, QUY|ẾT, Đi|ều; not after "Căn"
	// (a space follows) nor at the start of a line.
	type at struct{ line, col int }
	var got []at
	for _, d := range doc.Diagnostics {
		if d.Code == CodeInvisible {
			got = append(got, at{d.Line, d.Column})
			if lines := strings.Split(src, "\n"); d.Offset != len(strings.Join(lines[:d.Line-1], "\n"))+1+len(string([]rune(lines[d.Line-1])[:d.Column-1])) {
				t.Errorf("invisible character at %d:%d: offset %d is not the input's", d.Line, d.Column, d.Offset)
			}
		}
	}
	if want := []at{{2, 10}, {3, 6}, {7, 4}, {8, 3}}; !slices.Equal(got, want) {
		t.Errorf("invisible characters reported at %v, want %v", got, want)
	}
	// The citation after "Căn\u200b cứ " is at the input's column 9.
	if len(doc.Citations) == 0 || doc.Citations[0].Line != 6 || doc.Citations[0].Column != 9 {
		t.Errorf("citations %+v, want the first at 6:9", doc.Citations)
	}
}

// The limits of the Config: each passed gives an error that says which
// and where, and what it leaves out is not read.
func TestHostileLimits(t *testing.T) {
	t.Run("tasks", func(t *testing.T) {
		c := Config{MaxTasks: 20}
		doc, err := c.Decision("plan.txt", scalePlan(30))
		if n := countTasks(doc); n != 20 {
			t.Errorf("%d tasks, want 20", n)
		}
		d := findDiag(doc, CodeLimit)
		if !errors.Is(err, ErrLimit) || d == nil || d.Line != 26 || d.Message != "more than 20 tasks (Config.MaxTasks): the rows from here to line 35 are not read" {
			t.Errorf("error %v, diagnostic %v", err, d)
		}
	})
	t.Run("table rows", func(t *testing.T) {
		// Past twice the task limit the text reader does not read rows.
		c := Config{MaxTasks: 20}
		doc, err := c.Decision("plan.txt", scalePlan(100))
		var msgs []string
		for _, d := range doc.Diagnostics {
			if d.Code == CodeLimit {
				msgs = append(msgs, fmt.Sprintf("%d: %s", d.Line, d.Message))
			}
		}
		want := []string{
			// Rows 21 to 38 (lines 26 to 43): read as rows, not as tasks.
			"26: more than 20 tasks (Config.MaxTasks): the rows from here to line 43 are not read",
			// The header, the separator and 38 rows make 40.
			"44: more than 40 table rows (twice Config.MaxTasks), or 16 cells a row of them: the lines from here to line 105 are not read",
		}
		if !errors.Is(err, ErrLimit) || !slices.Equal(msgs, want) {
			t.Errorf("limits %q, want %q", msgs, want)
		}
	})
	t.Run("cells", func(t *testing.T) {
		c := Config{MaxCells: 10}
		row := "| 1 | Rà soát | Sở Tư pháp |" + strings.Repeat(" x |", 1000)
		doc, err := c.Decision("plan.txt", []byte("KẾ HOẠCH\nX\n| STT | Nội dung | Chủ trì |\n|---|---|---|\n"+row+"\n"))
		d := findDiag(doc, CodeLimit)
		// The 11th cell: after the number, two texts and seven x.
		col := utf8.RuneCountInString("| 1 | Rà soát | Sở Tư pháp |"+strings.Repeat(" x |", 7)) + 1
		if !errors.Is(err, ErrLimit) || d == nil || d.Line != 5 || d.Column != col ||
			!strings.HasPrefix(d.Message, "row has more than 10 cells (Config.MaxCells): the rest of the row") {
			t.Errorf("error %v, diagnostic %+v; want the limit at 5:%d", err, d, col)
		}
		if n := countTasks(doc); n != 1 || doc.Plans[0].Tasks[0].Content != "Rà soát" {
			t.Errorf("%d tasks", n)
		}
	})
	t.Run("diagnostics", func(t *testing.T) {
		c := Config{MaxDiagnostics: 5}
		// "X" and the first four lines are kept, the fold is at line 7.
		doc, _ := c.Decision("x.txt", []byte("KẾ HOẠCH\nX\n"+strings.Repeat("dòng không hiểu được\n", 500)))
		var unplaced []plan.Diagnostic
		for _, d := range doc.Diagnostics {
			if d.Code == CodeUnplaced {
				unplaced = append(unplaced, d)
			}
		}
		if len(unplaced) != 6 || unplaced[5].Line != 7 ||
			unplaced[5].Message != `and 496 more like this (line not understood: "dòng không hiểu được"), from here on` {
			t.Errorf("%d diagnostics, last %+v", len(unplaced), unplaced[len(unplaced)-1])
		}
	})
	t.Run("thousands", func(t *testing.T) {
		for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 199998: "199,998", 1234567: "1,234,567"} {
			if got := thousands(n); got != want {
				t.Errorf("thousands(%d) = %q, want %q", n, got, want)
			}
		}
	})
}

// countingContext is done after its Err has been asked n times.
type countingContext struct {
	context.Context
	n, asked int
}

func (c *countingContext) Err() error {
	if c.asked++; c.asked > c.n {
		return context.Canceled
	}
	return nil
}

// A parse stops once its context is done, looking at it every few hundred
// lines, blocks or rows, not at every one.
func TestHostileContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := Config{Context: ctx}
	if doc, err := c.Decision("seed.txt", readSeed(t)); doc != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: %v, %v", doc != nil, err)
	}
	src := scalePlan(3000)
	for _, n := range []int{1, 3, 10} {
		cc := &countingContext{Context: context.Background(), n: n}
		c := Config{Context: cc}
		doc, err := c.Decision("plan.txt", src)
		if doc != nil || !errors.Is(err, context.Canceled) {
			t.Errorf("done after %d looks: %v, %v", n, doc != nil, err)
		}
	}
	// Not done: a whole parse looks a few times per thousand lines.
	cc := &countingContext{Context: context.Background(), n: 1 << 30}
	c = Config{Context: cc}
	if doc, err := c.Decision("plan.txt", src); doc == nil || countTasks(doc) != 3000 {
		t.Fatalf("parse with a live context: %v", err)
	}
	if lines := bytes.Count(src, []byte("\n")); cc.asked > lines/20 {
		t.Errorf("context looked at %d times for %d lines", cc.asked, lines)
	}
}

// FuzzDoor checks the door on any bytes: it never panics; the text it
// gives is valid UTF-8 without a carriage return alone; removing the
// invisible characters removes them and nothing else; and the positions
// of the parse are inside the lines of the text kept whole.
func FuzzDoor(f *testing.F) {
	f.Add([]byte("Đi\u200bều 1.\rQuy\xfaết định\r\nSố: 1\u200d2/QĐ-UBND\n\u202eCăn cứ\ufeff Luật;"))
	f.Add([]byte("\xc0\xaf\xed\xa0\x80 Điều 2. \u2066x\u2069"))
	f.Add([]byte("K\x00\xea\x00 \x00h\x00o\x00\xa1\x1e\x63\x00h\x00"))
	f.Fuzz(func(t *testing.T, src []byte) {
		whole, err := decodeText(src, "", false, 10)
		if err != nil {
			return
		}
		if !utf8.ValidString(whole.text) || strings.Contains(strings.ReplaceAll(whole.text, "\r\n", ""), "\r") {
			t.Fatalf("text %q: not UTF-8, or a CR alone", whole.text)
		}
		stripped, err := decodeText(src, "", true, 10)
		if err != nil {
			t.Fatalf("stripped: %v", err)
		}
		want := strings.Map(func(r rune) rune {
			if vntext.Invisible(r) {
				return -1
			}
			return r
		}, whole.text)
		if stripped.text != want {
			t.Fatalf("stripped %q, want %q", stripped.text, want)
		}
		doc, _ := Decision("f.txt", src)
		if doc == nil {
			return
		}
		lines := strings.Split(whole.text, "\n")
		for _, d := range doc.Diagnostics {
			if d.Line < 1 || d.Line > len(lines) {
				t.Fatalf("%+v outside the %d lines", d, len(lines))
			}
			width := utf8.RuneCountInString(vntext.NFC(strings.TrimSuffix(lines[d.Line-1], "\r")))
			if d.Column < 1 || d.Column > width+1 {
				t.Fatalf("%+v outside its line of %d characters", d, width)
			}
		}
	})
}
