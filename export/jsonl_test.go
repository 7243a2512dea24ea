package export_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/export"
)

// Each line names its file; a failed file has its line with the error;
// the document is the JSON of WriteJSON, streamed or not.
func TestJSONLines(t *testing.T) {
	doc := seedDoc(t)
	for _, from := range []int{0, 1 << 30} {
		restore := export.SetStreamFrom(from)
		var out bytes.Buffer
		files := []export.File{{Name: "a.txt", Doc: doc}, {Name: "b\".bin", Err: errors.New(`b".bin: input is not text`)}, {Name: "c.txt", Doc: doc}}
		for _, f := range files {
			if err := export.WriteJSONLine(&out, f); err != nil {
				t.Fatal(err)
			}
		}
		restore()
		want, _ := json.Marshal(doc)
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<24)
		var n int
		for ; sc.Scan(); n++ {
			var line struct {
				File     string          `json:"file"`
				Document json.RawMessage `json:"document"`
				Error    string          `json:"error"`
			}
			if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
			f := files[n]
			if line.File != f.Name {
				t.Errorf("line %d names %q, want %q", n+1, line.File, f.Name)
			}
			switch {
			case f.Doc != nil && !bytes.Equal(line.Document, want):
				t.Errorf("line %d: document differs from json.Marshal (stream from %d)", n+1, from)
			case f.Doc == nil && (line.Document != nil || !strings.Contains(line.Error, "input is not text")):
				t.Errorf("line %d: %s", n+1, sc.Bytes())
			}
		}
		if n != len(files) {
			t.Errorf("%d lines for %d files", n, len(files))
		}
	}
}
