package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealHTML reads the saved thuvienphapluat.vn pages of the corpus:
// the decision is read (number, date, issuer, articles, signer) and no
// task is invented from their procedure catalogues.
func TestRealHTML(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "real", "*.html"))
	if len(files) == 0 {
		t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		if got := DetectFormat(b); got != FormatHTML {
			t.Errorf("%s: format %q, want html", name, got)
		}
		doc, err := Decision(name, b)
		if doc == nil {
			t.Fatalf("%s: no document", name)
		}
		if err != nil {
			t.Errorf("%s: a catalogue of procedures and its forms raise errors: %v", name, err)
		}
		tasks := 0
		for _, p := range doc.Plans {
			tasks += len(p.Tasks)
		}
		t.Logf("%s: %s %s %s of %s; %d articles; signer %q; %d tasks", name, doc.Kind, doc.Number, doc.Date, doc.Authority, len(doc.Articles), doc.Signer.Name, tasks)
		if doc.Number.IsZero() || doc.Date.IsZero() || doc.Authority == "" || len(doc.Articles) < 2 || doc.Signer.Name == "" {
			t.Errorf("%s: the decision is not read whole: number %q, date %v, issuer %q, %d articles, signer %q",
				name, doc.Number, doc.Date, doc.Authority, len(doc.Articles), doc.Signer.Name)
		}
		if tasks > 0 {
			t.Errorf("%s: %d tasks invented from a page that assigns none", name, tasks)
		}
		// The English copy is not read.
		for _, a := range doc.Articles {
			if strings.Contains(a.Text, "Article") || strings.Contains(a.Text, "hereby") {
				t.Errorf("%s: the English copy was read: %.80q", name, a.Text)
			}
		}
	}
}
