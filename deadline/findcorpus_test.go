package deadline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// findTarget is the share of corpus task sentences whose deadline Find
// must find right.
const findTarget = 0.97

// The task sentences of ../shared/corpus/real (prose and labelled tasks,
// rows with "deadline_text"): where the sentence holds its deadline
// phrase, Find must find it, with the due date the row gives, and find no
// dated deadline in a sentence that states none ("due": "-"). The context
// of each document is that of its phrases in deadlines-real.tsv.
func TestFindCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	ctxs := map[string]Context{}
	for _, r := range readRealTSV(t, filepath.Join(dir, "deadlines-real.tsv")) {
		ctxs[r.doc] = r.ctx
	}
	files, err := filepath.Glob(filepath.Join(dir, "real", "*.rows.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no rows files in %s", dir)
	}
	right, all := 0, 0
	for _, f := range files {
		doc := strings.TrimSuffix(filepath.Base(f), ".rows.json")
		ctx, ok := ctxs[doc]
		if !ok {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var file struct {
			Rows []struct {
				Content  string  `json:"content"`
				Due      *string `json:"due"`
				Deadline *string `json:"deadline_text"`
			} `json:"rows"`
		}
		if err := json.Unmarshal(b, &file); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range file.Rows {
			if r.Deadline == nil || r.Due == nil {
				continue
			}
			text, due := *r.Deadline, *r.Due
			if due != "-" && (text == "" || !strings.Contains(r.Content, text)) {
				continue // the deadline is stated outside the sentence
			}
			all++
			got := "-"
			span := ""
			for _, m := range Find(r.Content, ctx) {
				if d := m.Due(); !d.IsZero() {
					got, span = d.String(), m.Text(r.Content)
					break
				}
			}
			ok := got == due && (due == "-" || strings.Contains(text, span))
			if ok {
				right++
			} else {
				t.Logf("%s: Find(%.80q) = %s %q, want %s %q", doc, r.Content, got, span, due, text)
			}
		}
	}
	t.Logf("task sentences: %d/%d right (%.1f%%)", right, all, 100*float64(right)/float64(all))
	if all < 100 {
		t.Fatalf("read %d task sentences, want the corpus's", all)
	}
	if float64(right) < findTarget*float64(all) {
		t.Errorf("task sentences: %d/%d right, below %.0f%%", right, all, 100*findTarget)
	}
}
