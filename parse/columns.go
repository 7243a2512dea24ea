package parse

import (
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/unit"
)

// headerColumns reads a header row: it is one when at least three of its
// cells name known columns. It returns the columns of the cells after the
// number column.
func (s *state) headerColumns(cells []string) ([]column, bool) {
	if len(cells) < 3 {
		return nil, false
	}
	known := 0
	cols := make([]column, len(cells))
	for k, h := range cells {
		r := s.vocab.headerRole(h)
		cols[k] = column{role: r}
		if r == RoleOther {
			cols[k].name = vntext.CollapseSpace(h)
		} else {
			known++
		}
	}
	if known < 3 {
		return nil, false
	}
	if cols[0].role == RoleNo {
		cols = cols[1:]
	}
	return cols, true
}

// guessColumns finds the columns of a row without a header from what its
// cells hold: a deadline phrase, units of the registry, and the content
// as the longest text. Five cells are read as the seed's columns.
func (s *state) guessColumns(cells []string) []column {
	if len(cells) == len(seedColumns) {
		return seedColumns
	}
	cols := make([]column, len(cells))
	units := 0
	for k, c := range cells {
		if sch, err := deadline.Parse(c, deadline.Context{Year: 2000}); err == nil && sch.Kind != deadline.KindUnknown {
			cols[k].role = RoleDeadline
			continue
		}
		refs := s.reg.Split(c)
		known := len(refs) > 0
		for _, r := range refs {
			known = known && r.Kind != unit.KindUnknown
		}
		if known && units < 2 {
			cols[k].role = []Role{RoleLead, RolePartners}[units]
			units++
		}
	}
	longest := -1
	for k, c := range cells {
		if cols[k].role == RoleOther && (longest < 0 || len(c) > len(cells[longest])) {
			longest = k
		}
	}
	for k := range cols {
		switch {
		case k == longest:
			cols[k].role = RoleContent
		case cols[k].role == RoleOther:
			cols[k].role = RoleOutput
		}
	}
	return cols
}
