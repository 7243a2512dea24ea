package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
	"github.com/rogpeppe/go-internal/txtar"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The cases of testdata/layouts, one per way plans are written, and of
// testdata/invalid, inputs with errors, are txtar archives: a comment
// saying what the case is, the input (input.txt), the document read from
// it (want.json, its diagnostics left out) and the diagnostics
// (diagnostics, one a line as the command-line program prints them).
// go test -update rewrites want.json and diagnostics.

// goldenCase reads a case and returns its archive and input.
func goldenCase(t *testing.T, path string) (*txtar.Archive, []byte) {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		if f.Name == "input.txt" {
			return ar, f.Data
		}
	}
	t.Fatalf("%s: no input.txt", path)
	return nil, nil
}

// diagnosticLines prints diagnostics one a line.
func diagnosticLines(name string, ds []plan.Diagnostic) []byte {
	var b bytes.Buffer
	for _, d := range ds {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s: %s\n", name, d.Line, d.Column, d.Severity, d.Code, d.Message)
	}
	return b.Bytes()
}

// checkCase compares the sections of a case with what the parser gives,
// and rewrites them with -update.
func checkCase(t *testing.T, path string, ar *txtar.Archive, got map[string][]byte) {
	t.Helper()
	changed := false
	names := make([]string, 0, len(got))
	for name := range got {
		names = append(names, name)
	}
	sort.Strings(names) // a new section goes in a stable place
	for _, name := range names {
		data := got[name]
		found := false
		for i := range ar.Files {
			f := &ar.Files[i]
			if f.Name != name {
				continue
			}
			found = true
			if !bytes.Equal(f.Data, data) {
				if *update {
					f.Data, changed = data, true
				} else {
					t.Errorf("%s: %s differs; run go test ./parse -update and review the diff\n--- got\n%s", filepath.Base(path), name, data)
				}
			}
		}
		if !found {
			if *update {
				ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
				changed = true
			} else {
				t.Errorf("%s: no section %s (run go test ./parse -update)", filepath.Base(path), name)
			}
		}
	}
	if changed {
		if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLayouts pins the reading of every layout case; each also keeps
// every line in the model or in a diagnostic, and yields tasks.
func TestLayouts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "layouts", "*.txtar"))
	if err != nil || len(files) < 8 {
		t.Fatalf("found %d layout cases: %v", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txtar") + ".txt"
		t.Run(name, func(t *testing.T) {
			ar, src := goldenCase(t, f)
			doc, err := Decision(name, src)
			if doc == nil {
				t.Fatal(err)
			}
			if err != nil {
				t.Errorf("errors: %v", err)
			}
			tasks := 0
			for _, p := range doc.Plans {
				tasks += len(p.Tasks)
			}
			if tasks < 2 {
				t.Errorf("%d tasks", tasks)
			}
			accounted(t, name, src, doc)
			diags := doc.Diagnostics
			doc.Diagnostics = nil
			want, _ := json.MarshalIndent(doc, "", "  ")
			checkCase(t, f, ar, map[string][]byte{"want.json": append(want, '\n'), "diagnostics": diagnosticLines(name, diags)})
		})
	}
}

// TestInvalid pins the errors of the invalid cases: each gives a document
// and an ErrorList, and Format prints every error with its line.
func TestInvalid(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "invalid", "*.txtar"))
	if err != nil || len(files) < 4 {
		t.Fatalf("found %d invalid cases: %v", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txtar") + ".txt"
		t.Run(name, func(t *testing.T) {
			ar, src := goldenCase(t, f)
			doc, err := Decision(name, src)
			if doc == nil {
				t.Fatalf("no document: %v", err)
			}
			list, ok := err.(ErrorList)
			if !ok || len(list) == 0 {
				t.Fatalf("error %v (%T), want an ErrorList", err, err)
			}
			checkCase(t, f, ar, map[string][]byte{"errors": []byte(list.Format(src)), "diagnostics": diagnosticLines(name, doc.Diagnostics)})
		})
	}
}

// The layout case written in UTF-16 with Windows line ends, as Notepad
// saves it, reads as its UTF-8 original.
func TestLayoutUTF16(t *testing.T) {
	_, src := goldenCase(t, filepath.Join("..", "testdata", "layouts", "ke-hoach-bang-tab.txtar"))
	crlf := bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes(crlf)
	if err != nil {
		t.Fatal(err)
	}
	tasks := func(src []byte) []byte {
		doc, _ := Decision("x.txt", src)
		b, _ := json.Marshal(doc.Plans)
		return b
	}
	if a, b := tasks(src), tasks(utf16); !bytes.Equal(a, b) {
		t.Errorf("UTF-16 copy reads differently:\n%s\n%s", a, b)
	}
}
