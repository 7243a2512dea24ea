package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/pdftext"
	"github.com/kehoach/kehoach/internal/vntext"
)

// TestPDFRealParagraphs reads the corpus PDFs' text layer and checks that
// the text is rebuilt whole: the content of every truth row starts a
// paragraph of its own (hard-wrapped lines joined, page numbers out),
// and the document's decision parts are read.
func TestPDFRealParagraphs(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "real", "*.pdf"))
	if len(files) == 0 {
		t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
	}
	if !havePdftotext(t) {
		t.Skip("pdftotext not installed")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := pdftext.Read(context.Background(), b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		text := vntext.NFC(pdftext.Text(pages))
		paras := map[string]bool{}
		for _, p := range strings.Split(text, "\n\n") {
			paras[foldPhrase(p)] = true
		}
		truth, err := readTruth(strings.TrimSuffix(f, ".pdf") + ".rows.json")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range truth.Rows {
			want := foldPhrase(r.No + " " + r.Content)
			found := false
			for p := range paras {
				if strings.HasPrefix(p, want) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no paragraph starts with row %s %q", filepath.Base(f), r.No, r.Content)
			}
		}
		for _, p := range strings.Split(text, "\n\n") {
			if rePageNumberPara.MatchString(strings.TrimSpace(p)) {
				t.Errorf("%s: a page number is left as a paragraph: %q", filepath.Base(f), p)
			}
		}
		doc, _ := Decision(filepath.Base(f), b)
		if doc == nil || doc.Number.IsZero() || doc.Date.IsZero() {
			t.Errorf("%s: the plan's number and date are not read", filepath.Base(f))
		}
	}
}

// TestScannedPDF makes a PDF whose only page is an image, with
// LibreOffice when it is installed, else by hand, and checks its error.
func TestScannedPDF(t *testing.T) {
	if !havePdftotext(t) {
		t.Skip("pdftotext not installed")
	}
	_, err := Decision("scan.pdf", imagePDF())
	if err == nil || !strings.Contains(err.Error(), "scanned PDF: no text layer") {
		t.Fatalf("got %v, want the scanned PDF error", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeFormat {
		t.Errorf("error %#v, want code %q", err, CodeFormat)
	}
}

// TestPDFWithoutTool checks the error when pdftotext is not on PATH.
func TestPDFWithoutTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := exec.LookPath("pdftotext"); err == nil {
		t.Skip("pdftotext still found")
	}
	_, err := Decision("a.pdf", imagePDF())
	if err == nil || !strings.Contains(err.Error(), "apt-get install poppler-utils") {
		t.Fatalf("got %v, want an error naming poppler-utils", err)
	}
}

var rePageNumberPara = regexp.MustCompile(`^\d{1,4}$`)

// imagePDF writes a PDF of one page that shows an image (a grey square)
// and holds no text, as a scanner writes.
func imagePDF() []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
	content := "q 180 0 0 180 10 10 cm /Im1 Do Q"
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	pixels := bytes.Repeat([]byte{0x80}, 64)
	obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream", len(pixels), pixels))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}
