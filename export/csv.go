package export

import (
	"encoding/csv"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

// CSV writes the tasks of documents as one CSV table for spreadsheets:
// a UTF-8 byte order mark (so that Excel reads the Vietnamese text), a
// header row, and one row per task with CRLF line ends. The zero value is
// ready to use.
//
// The columns are STT, Nội dung, Chủ trì, Phối hợp, Thời hạn, Loại thời
// hạn, Hạn, Sản phẩm, then every other column of the task tables (the
// cells of Task.Source under their header, in the order of the plans'
// columns), last Mã nhiệm vụ, the task's key (what ReadProgress matches
// a filled-in copy by), and first Tệp, the file's name, when there are
// several files.
// A line break inside a cell, whatever its form (CR, LF, CRLF, U+2028),
// is written as a line break the cell keeps; other control characters are
// removed.
type CSV struct {
	// KeepFormulas writes cells as they are. By default a cell that
	// starts with =, +, -, @, a tab, a line break or one of their
	// full-width forms is prefixed with an apostrophe, so that a
	// spreadsheet shows it as text instead of running it as a formula
	// (OWASP's advice against CSV injection).
	KeepFormulas bool
}

// WriteCSV writes files with the zero CSV.
func WriteCSV(w io.Writer, files ...File) error {
	var c CSV
	return c.Write(w, files...)
}

// Columns of Task.Source that the fixed columns already show.
var knownSources = map[string]bool{"no": true, "content": true, "lead": true, "partners": true, "deadline": true, "output": true}

// csvHeader is the fixed part of the header.
var csvHeader = []string{"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Loại thời hạn", "Hạn", "Sản phẩm"}

// Write writes the tasks of every file with a document; files that failed
// are left out (JSON lines report them).
func (c *CSV) Write(w io.Writer, files ...File) error {
	extra := extraColumns(files)
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	many := len(files) > 1
	header := slices.Concat(csvHeader, extra, []string{"Mã nhiệm vụ"})
	if many {
		header = append([]string{"Tệp"}, header...)
	}
	if err := cw.Write(c.cells(header)); err != nil {
		return err
	}
	rec := make([]string, 0, len(header))
	for _, f := range files {
		if f.Doc == nil {
			continue
		}
		for _, p := range f.Doc.Plans {
			for _, t := range p.Tasks {
				rec = rec[:0]
				if many {
					rec = append(rec, f.Name)
				}
				rec = append(rec, t.No, t.Content, names(t.Lead), names(t.Partners), t.Deadline.Raw, kindOf(t.Deadline), t.Deadline.Due().String(), t.Output)
				for _, k := range extra {
					rec = append(rec, t.Source[k])
				}
				rec = append(rec, t.Key)
				if err := cw.Write(c.cells(rec)); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// extraColumns returns the names of the Source cells beyond the known
// roles, in the order of each plan's columns and then by name, each once.
func extraColumns(files []File) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !knownSources[k] && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, f := range files {
		if f.Doc == nil {
			continue
		}
		for _, p := range f.Doc.Plans {
			rest := map[string]bool{}
			for _, t := range p.Tasks {
				for k := range t.Source {
					if !knownSources[k] && !seen[k] {
						rest[k] = true
					}
				}
			}
			for _, col := range p.Columns {
				if rest[col] {
					add(col)
				}
			}
			for _, k := range slices.Sorted(maps.Keys(rest)) {
				add(k)
			}
		}
	}
	return out
}

// cells makes each cell of rec safe, in place.
func (c *CSV) cells(rec []string) []string {
	for i, s := range rec {
		rec[i] = c.cell(s)
	}
	return rec
}

// cell returns s as a spreadsheet should get it: line breaks as LF (which
// the CSV writer writes as CRLF inside the quoted cell), other controls
// removed, and a formula's first character behind an apostrophe.
func (c *CSV) cell(s string) string {
	guard := !c.KeepFormulas && startsFormula(s)
	s = clean(s, "\n", true)
	if guard {
		return "'" + s
	}
	return s
}

// startsFormula reports whether a spreadsheet could read s as a formula
// or command: its first character is =, +, -, @, a tab or a line break
// (CR, LF and the others isBreak knows), or a full-width =, +, - or @
// (which some spreadsheets fold to ASCII).
func startsFormula(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '\t', '＝', '＋', '－', '＠':
		return true
	}
	return isBreak(r)
}

// names joins the units' names with "; ".
func names(refs []unit.Ref) string {
	s := make([]string, len(refs))
	for i, r := range refs {
		s[i] = r.Name
	}
	return strings.Join(s, "; ")
}

// kindOf names the kind of a deadline, or nothing when the task has none.
func kindOf(s deadline.Schedule) string {
	if s.Raw == "" {
		return ""
	}
	return s.Kind.String()
}
