package unit

import (
	"bytes"
	"io"
	"testing"

	"github.com/kehoach/kehoach/internal/vntext"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// FuzzSplit checks that Split never panics, that its spans are inside the
// cell, in order and not overlapping, that Raw is the text of its span, and
// that no word of the cell is lost: every word is inside some span.
func FuzzSplit(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.cell)
	}
	f.Add("Bộ Công an ((C06)) và (")
	f.Add("và, và; (chủ trì)")
	f.Fuzz(func(t *testing.T, cell string) {
		refs := Split(cell)
		nfc := vntext.NFC(cell) // the text spans refer to
		prev := 0
		for _, r := range refs {
			if r.Start < prev || r.End <= r.Start || r.End > len(nfc) {
				t.Fatalf("Split(%q): span [%d,%d) after %d", cell, r.Start, r.End, prev)
			}
			if nfc[r.Start:r.End] != r.Raw {
				t.Fatalf("Split(%q): Raw %q is not its span", cell, r.Raw)
			}
			if r.Name == "" {
				t.Fatalf("Split(%q): empty name for %q", cell, r.Raw)
			}
			prev = r.End
		}
		// Words outside every span may only be "và"/"với".
		covered := make([]bool, len(nfc)+1)
		for _, r := range refs {
			for i := r.Start; i < r.End; i++ {
				covered[i] = true
			}
		}
		for _, tk := range lexPlain(nfc) {
			if tk.word && !covered[tk.start] && tk.key != "va" && tk.key != "voi" {
				t.Fatalf("Split(%q) lost the word %q", cell, nfc[tk.start:tk.end])
			}
		}
	})
}
