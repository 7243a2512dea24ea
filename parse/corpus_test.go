package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

type corpusRow struct {
	No, Content, Lead, Partners, Deadline string
}

// same compares cell texts whitespace aside, as the corpus asks.
func same(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// TestCorpusRows counts, for each real document of ../shared/corpus/docs,
// the task rows of its table recovered with the table's own content, lead
// and deadline, and requires 95% over the corpus.
func TestCorpusRows(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "docs", "*.rows.json"))
	if len(files) == 0 {
		t.Skip("corpus not found at ../shared/corpus/docs: run the tests with ../shared beside the repository")
	}
	total, found := 0, 0
	for _, f := range files {
		var want struct{ Rows []corpusRow }
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		md := strings.TrimSuffix(f, ".rows.json") + ".md"
		src, err := os.ReadFile(md)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := Decision(filepath.Base(md), src)
		var tasks []plan.Task
		for _, p := range doc.Plans {
			tasks = append(tasks, p.Tasks...)
		}
		n := 0
		for _, r := range want.Rows {
			ok := false
			for _, task := range tasks {
				if task.No == r.No && same(task.Content, r.Content) && same(task.Source["lead"], r.Lead) && same(task.Deadline.Raw, r.Deadline) {
					ok = true
					break
				}
			}
			if ok {
				n++
			} else {
				t.Logf("%s: row %s not recovered: %q", filepath.Base(md), r.No, vntext.CollapseSpace(r.Content))
			}
		}
		t.Logf("%s: %d of %d rows", filepath.Base(md), n, len(want.Rows))
		total += len(want.Rows)
		found += n
	}
	t.Logf("corpus: %d of %d rows (%.1f%%)", found, total, 100*float64(found)/float64(total))
	if found*100 < total*95 {
		t.Errorf("recovered %d of %d corpus rows, want at least 95%%", found, total)
	}
}
