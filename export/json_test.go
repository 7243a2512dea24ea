package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
	"github.com/rogpeppe/go-internal/txtar"
)

// WriteJSON must write what json.Encoder writes, byte for byte.
func checkWriteJSON(t *testing.T, name string, doc *plan.Document) {
	t.Helper()
	var want bytes.Buffer
	if err := json.NewEncoder(&want).Encode(doc); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := export.WriteJSON(&got, doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := got.String(), want.String()
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		t.Errorf("%s: WriteJSON differs from json.Encoder at byte %d:\n got  %.120q\n want %.120q", name, i, g[i:], w[i:])
	}
}

func TestWriteJSON(t *testing.T) {
	defer export.SetStreamFrom(0)() // stream every document
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	inputs := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = src
	}
	layouts, _ := filepath.Glob(filepath.Join("..", "testdata", "layouts", "*.txtar"))
	for _, f := range layouts {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range ar.Files {
			if file.Name == "input.txt" {
				inputs[f] = file.Data
			}
		}
	}
	if len(inputs) < 5 {
		t.Fatalf("only %d test documents found", len(inputs))
	}
	for f, src := range inputs {
		doc, _ := parse.Decision(f, src)
		if doc == nil {
			continue // not text: nothing to write
		}
		checkWriteJSON(t, filepath.Base(f), doc)
	}
	// Nil and empty parts, HTML characters, a nil plan reference, a
	// schedule and units.
	checkWriteJSON(t, "zero", &plan.Document{})
	s, _ := deadline.Parse("Quý II/2023", deadline.Context{})
	checkWriteJSON(t, "hand-made", &plan.Document{
		Title: `<b>"Kế hoạch"</b> & more`,
		Plans: []plan.Plan{{Tasks: []plan.Task{
			{No: "1", Deadline: s, Lead: unit.Split("Bộ Công an (C06)"), Source: map[string]string{"z": "1", "a": "<2>"}},
			{No: "2"},
		}}, {}},
		Diagnostics: []plan.Diagnostic{{Position: plan.Position{Line: 1, Column: 2}, Severity: plan.Error, Code: "x", Message: "\u2028"}},
	})
}

// A large plan is written without holding its JSON: the writer's buffer
// stays small whatever the document's size.
func TestWriteJSONLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("KẾ HOẠCH\nTRIỂN KHAI NĂM 2024\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n")
	for i := 1; i <= 2000; i++ {
		fmt.Fprintf(&b, "| %d | Nhiệm vụ %d | Sở Tư pháp | Quý II/2024 |\n", i, i)
	}
	doc, _ := parse.Decision("large.txt", []byte(b.String()))
	if n := len(doc.Plans[0].Tasks); n != 2000 {
		t.Fatalf("%d tasks, want 2000", n)
	}
	checkWriteJSON(t, "large", doc)
	w := &maxWrite{}
	if err := export.WriteJSON(w, doc); err != nil {
		t.Fatal(err)
	}
	if w.max > 8192 {
		t.Errorf("largest write %d bytes; the document's JSON should go out in small pieces", w.max)
	}
}

type maxWrite struct{ max int }

func (w *maxWrite) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	return len(p), nil
}

func BenchmarkWriteJSON(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "qd-95-vpcp-2023-ke-hoach-de-an-06.txt"))
	if err != nil {
		b.Fatal(err)
	}
	doc, _ := parse.Decision("seed.txt", src)
	var out bytes.Buffer
	json.NewEncoder(&out).Encode(doc)
	size := int64(out.Len())
	b.Run("encoder", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			json.NewEncoder(io.Discard).Encode(doc)
		}
	})
	b.Run("stream", func(b *testing.B) {
		defer export.SetStreamFrom(0)()
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			export.WriteJSON(io.Discard, doc)
		}
	})
}
