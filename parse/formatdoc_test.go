package parse

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kehoach/kehoach/internal/office"
)

// TestDocFromRealDocx converts real Word files of the corpus to .doc with
// LibreOffice, reads the .doc (through LibreOffice again) and gets the
// tasks of the .docx.
func TestDocFromRealDocx(t *testing.T) {
	if !haveLibreOffice(t) {
		t.Skip("LibreOffice not installed")
	}
	names := []string{"vbai-kh-tuyentruyen-2026.docx", "vbai-vb-chiso-cchc-2025.docx"}
	for _, name := range names {
		src, err := os.ReadFile(filepath.Join(corpusDir, "real", name))
		if err != nil {
			t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
		}
		doc, err := office.Convert(context.Background(), src, "docx", "doc")
		if err != nil {
			t.Fatalf("%s to .doc: %v", name, err)
		}
		if f := DetectFormat(doc); f != FormatDoc {
			t.Fatalf("%s as .doc: format %q", name, f)
		}
		want, _ := Decision(name, src)
		got, err := Decision(strings.TrimSuffix(name, "x"), doc)
		if got == nil {
			t.Fatalf("%s as .doc: %v", name, err)
		}
		if len(tasksOf(want)) == 0 {
			t.Fatalf("%s: no tasks", name)
		}
		if d := cmp.Diff(tasksOf(want), tasksOf(got), cmp.AllowUnexported(taskLine{})); d != "" {
			t.Errorf("%s: tasks of the .doc differ (-docx +doc):\n%s", name, d)
		}
	}
}

// TestDocWithoutLibreOffice: without soffice on PATH, a .doc gets an
// error naming the package to install.
func TestDocWithoutLibreOffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := exec.LookPath("soffice"); err == nil {
		t.Skip("soffice still found")
	}
	ole := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 1024)...)
	_, err := Decision("old.doc", ole)
	if err == nil || !strings.Contains(err.Error(), "apt-get install libreoffice-writer-nogui") || !errors.Is(err, ErrFormat) {
		t.Fatalf("got %v, want an error naming libreoffice-writer-nogui", err)
	}
}
