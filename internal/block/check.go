package block

import "fmt"

// Check reports the first inconsistency of d: a paragraph, cell or row
// position outside the source's lines (when it has lines), or an index
// out of range. The readers' tests and fuzz targets call it.
func (d *Document) Check() error {
	line := func(p Pos, what string, i int) error {
		if d.Lines != nil && (p.Line < 1 || p.Line > len(d.Lines)) {
			return fmt.Errorf("%s %d at line %d, outside the %d lines", what, i, p.Line, len(d.Lines))
		}
		if p.Col < 1 || p.Offset < 0 {
			return fmt.Errorf("%s %d at column %d, offset %d", what, i, p.Col, p.Offset)
		}
		return nil
	}
	for i, p := range d.Paras {
		if err := line(p.Pos, "paragraph", i); err != nil {
			return err
		}
		if p.Cell < -1 || p.Cell >= len(d.Cells) {
			return fmt.Errorf("paragraph %d in cell %d of %d", i, p.Cell, len(d.Cells))
		}
	}
	for i, c := range d.Cells {
		if err := line(c.Pos, "cell", i); err != nil {
			return err
		}
		if c.First < 0 || c.First > c.End || c.End > len(d.Paras) {
			return fmt.Errorf("cell %d holds paragraphs %d..%d of %d", i, c.First, c.End, len(d.Paras))
		}
	}
	for _, b := range d.Blocks {
		if b.Table == nil {
			if b.Para < 0 || b.Para >= len(d.Paras) {
				return fmt.Errorf("block of paragraph %d of %d", b.Para, len(d.Paras))
			}
			continue
		}
		for j, r := range b.Table.Rows {
			if err := line(r.Pos, "row", j); err != nil {
				return err
			}
			for _, k := range r.Cells {
				if k < 0 || k >= len(d.Cells) {
					return fmt.Errorf("row %d holds cell %d of %d", j, k, len(d.Cells))
				}
			}
		}
	}
	return nil
}
