package block

import (
	"strings"
	"testing"
)

// grid prints a table's rows: each cell's text, "*" before a merged one.
func grid(d *Document, t *Table) string {
	var rows []string
	for _, r := range t.Rows {
		var cells []string
		for _, k := range r.Cells {
			c := d.Cells[k]
			m := ""
			if c.Merged {
				m = "*"
			}
			cells = append(cells, m+c.Text)
		}
		rows = append(rows, strings.Join(cells, ","))
	}
	return strings.Join(rows, "/")
}

func cell(b *Builder, text string, cols, rows int, cont bool) {
	b.BeginCell(Pos{Line: 1, Col: 1}, cols, rows, cont)
	if text != "" {
		b.Para(Para{Text: text, Pos: Pos{Line: 1, Col: 1}})
	}
	b.EndCell()
}

// TestBuilderSpans: HTML spans (rowspan with colspan, a cell spanning
// from above before and after a row's own cells) and Word merges (vMerge
// restart and continue, with gridSpan).
func TestBuilderSpans(t *testing.T) {
	b := NewBuilder()
	b.BeginTable()
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "a", 2, 2, false) // two columns, two rows
	cell(b, "b", 1, 1, false)
	cell(b, "c", 1, 3, false)
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "d", 1, 1, false)
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "e", 1, 1, false)
	cell(b, "f", 1, 1, false)
	cell(b, "g", 1, 1, false)
	b.EndTable()
	// Word: a lead merged down, then a cell spanning two columns.
	b.BeginTable()
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "1", 1, 1, false)
	cell(b, "Sở Nội vụ", 1, 0, false)
	cell(b, "x", 2, 1, false)
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "2", 1, 1, false)
	cell(b, "", 1, 1, true)
	cell(b, "y", 1, 1, false)
	cell(b, "z", 1, 1, false)
	b.BeginRow(Pos{Line: 1, Col: 1})
	cell(b, "3", 1, 1, false)
	cell(b, "Sở Tư pháp", 1, 1, false)
	b.Extend(Pos{Line: 1, Col: 1}) // Word 97's hMerge
	cell(b, "w", 1, 1, false)
	b.EndTable()
	d := b.Document()
	var tables []*Table
	for _, bl := range d.Blocks {
		if bl.IsTable() {
			tables = append(tables, bl.Table)
		}
	}
	if len(tables) != 2 {
		t.Fatalf("%d tables", len(tables))
	}
	if got, want := grid(d, tables[0]), "a,*,b,c/*a,*,d,*c/e,f,g,*c"; got != want {
		t.Errorf("HTML spans: %s, want %s", got, want)
	}
	if got, want := grid(d, tables[1]), "1,Sở Nội vụ,x,*/2,*Sở Nội vụ,y,z/3,Sở Tư pháp,*,w"; got != want {
		t.Errorf("Word merges: %s, want %s", got, want)
	}
	for _, c := range d.Cells {
		if !c.Merged && (c.Text == "c" && c.RowSpan != 3 || c.Text == "a" && (c.RowSpan != 2 || c.ColSpan != 2) || c.Text == "Sở Nội vụ" && c.RowSpan != 2 || c.Text == "Sở Tư pháp" && c.ColSpan != 2) {
			t.Errorf("cell %q spans %d rows", c.Text, c.RowSpan)
		}
	}
	if err := d.Check(); err != nil {
		t.Error(err)
	}
}
