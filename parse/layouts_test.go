package parse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The documents of testdata/layouts, one per way plans are written (Markdown
// pipe tables with and without a separator row, tab-separated rows with and
// without a header, numbered paragraphs, the converter's cell blocks, a
// decision with two appendices, group rows repeated in every cell, UTF-16),
// each pinned by a golden file; go test -update rewrites them.
func TestLayouts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "layouts", "*.txt"))
	if err != nil || len(files) < 8 {
		t.Fatalf("found %d layout documents: %v", len(files), err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Decision(name, src)
			if doc == nil {
				t.Fatal(err)
			}
			tasks := 0
			for _, p := range doc.Plans {
				tasks += len(p.Tasks)
			}
			if tasks < 2 {
				t.Errorf("%d tasks", tasks)
			}
			text, _, _ := decode(src, "")
			accounted(t, name, []byte(text), doc)
			got, _ := json.MarshalIndent(doc, "", "  ")
			checkGolden(t, strings.TrimSuffix(f, ".txt")+".golden.json", append(got, '\n'))
		})
	}
}

// The UTF-16 copy with Windows line ends reads as its UTF-8 original.
func TestLayoutUTF16(t *testing.T) {
	dir := filepath.Join("..", "testdata", "layouts")
	tasks := func(name string) []byte {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := Decision(name, src)
		b, _ := json.Marshal(doc.Plans)
		return b
	}
	if a, b := tasks("ke-hoach-bang-tab.txt"), tasks("ke-hoach-bang-tab-utf16.txt"); !bytes.Equal(a, b) {
		t.Errorf("UTF-16 copy reads differently:\n%s\n%s", a, b)
	}
}
