package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ProgressError is a cell of a progress file that could not be read.
type ProgressError struct {
	Sheet string // the sheet, "" for CSV
	Cell  string // "L7" in a workbook, "line 7" in CSV
	Msg   string
}

// Error returns the cell and the message: "Nhiệm vụ!L7: unknown state
// \"xong\"", or "line 7: ..." for CSV.
func (e *ProgressError) Error() string {
	if e.Sheet == "" {
		return e.Cell + ": " + e.Msg
	}
	return fmt.Sprintf("%s!%s: %s", e.Sheet, e.Cell, e.Msg)
}

// ErrNotProgress is returned for a file that holds no column of task keys
// with a status or a completion date.
var ErrNotProgress = errors.New("no task key and status columns")

// Bounds on what a progress file may make the reader hold.
const (
	maxPart = 64 << 20 // bytes of one workbook part, uncompressed
	maxRows = 1 << 20
	// headerRows is how far down a sheet its header row is looked for.
	headerRows = 10
)

// Header words, folded, that name the columns a progress file needs.
var (
	keyHeaders      = []string{"ma nhiem vu", "ma", "key"}
	progressHeaders = []string{"tien do", "tinh trang thuc hien", "status", "state"}
	doneHeaders     = []string{"ngay hoan thanh", "done", "done date", "completed"}
)

// ReadProgress reads what the offices following a plan up report: the
// workbook XLSX writes, filled in by a user in any spreadsheet program
// (the state in "Tiến độ", the day in "Ngày hoàn thành", on any sheet),
// or CSV with the columns key, status and done date (named by a header
// row, or in that order without one; separated by commas, semicolons or
// tabs; in UTF-8, UTF-16 with a byte order mark or Windows-1258). States are read by
// plan.ParseState; dates as date cells, or as text 30/6/2025 or
// 2025-06-30. The format is told from the bytes.
//
// Cells that cannot be read are reported together in the error, as
// *ProgressError values (errors.As through Unwrap() []error), with the
// reports that could be read; when none could, the Progress is nil. A task reported twice keeps its first
// non-blank report; a second that differs is an error.
func ReadProgress(src []byte) (plan.Progress, error) {
	if bytes.HasPrefix(src, []byte("PK\x03\x04")) {
		return readProgressXLSX(src)
	}
	return readProgressCSV(src)
}

type progressReader struct {
	out  plan.Progress
	from map[string]string // where each report was read
	errs []error
}

func (p *progressReader) add(inSheet, where, key, state, done string) {
	key = vntext.CollapseSpace(key)
	if key == "" {
		return
	}
	var r plan.Report
	st, ok := plan.ParseState(state)
	if !ok {
		p.errs = append(p.errs, &ProgressError{inSheet, where, fmt.Sprintf("unknown state %q", state)})
		return
	}
	r.State = st
	if done = strings.TrimSpace(done); done != "" {
		d, err := parseDay(done)
		if err != nil {
			p.errs = append(p.errs, &ProgressError{inSheet, where, fmt.Sprintf("bad completion date %q", done)})
			return
		}
		r.Done = d
		if r.State == plan.StateUnknown {
			r.State = plan.Done
		}
	}
	if r == (plan.Report{}) {
		return
	}
	if old, ok := p.out[key]; ok {
		if old != r {
			p.errs = append(p.errs, &ProgressError{inSheet, where, fmt.Sprintf("task %q is reported differently at %s", key, p.from[key])})
		}
		return
	}
	p.out[key] = r
	loc := where
	if inSheet != "" {
		loc = inSheet + "!" + where
	}
	p.from[key] = loc
}

func (p *progressReader) result() (plan.Progress, error) {
	switch {
	case len(p.errs) > 0 && len(p.out) == 0:
		return nil, errors.Join(p.errs...) // nothing could be read
	case len(p.errs) > 0:
		return p.out, errors.Join(p.errs...)
	}
	return p.out, nil
}

// parseDay reads a day as a spreadsheet serial number, d/m/yyyy or
// yyyy-mm-dd (with a time after it, as some programs write).
func parseDay(s string) (civil.Date, error) {
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if f < 1 || f > 2958465 || math.IsNaN(f) {
			return civil.Date{}, fmt.Errorf("out of range")
		}
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		return civil.DateOf(base.AddDate(0, 0, int(f))), nil
	}
	if i := strings.IndexAny(s, "T "); i > 0 {
		s = s[:i]
	}
	if d, err := civil.ParseDate(s); err == nil {
		return d, nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) == 3 {
		d, e1 := strconv.Atoi(parts[0])
		m, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		date := civil.D(y, time.Month(m), d)
		if e1 == nil && e2 == nil && e3 == nil && len(parts[2]) == 4 && date.Valid() {
			return date, nil
		}
	}
	return civil.Date{}, fmt.Errorf("not a date")
}

func headerIndex(row []string, names []string) int {
	for k, c := range row {
		f := strings.Join(strings.Fields(vntext.Fold(c)), " ")
		for _, n := range names {
			if f == n {
				return k
			}
		}
	}
	return -1
}

// csvText decodes a CSV file as spreadsheet programs save it: UTF-8
// with or without a byte order mark, UTF-16 with one ("Unicode text"), or
// the Vietnamese code page Windows-1258 when the bytes are not UTF-8; in
// NFC.
func csvText(src []byte) ([]byte, error) {
	var err error
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		src = src[3:]
	case bytes.HasPrefix(src, []byte("\xff\xfe")):
		src, err = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewDecoder().Bytes(src[2:])
	case bytes.HasPrefix(src, []byte("\xfe\xff")):
		src, err = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewDecoder().Bytes(src[2:])
	case !utf8.Valid(src):
		src, err = charmap.Windows1258.NewDecoder().Bytes(src)
	}
	if err != nil {
		return nil, fmt.Errorf("reading CSV: %w", err)
	}
	return []byte(vntext.NFC(string(src))), nil
}

// delimiter returns the separator of a CSV file's first line: a comma, or
// the semicolon of spreadsheets in locales that write decimal commas (as
// Vietnamese ones do), or a tab; the one that occurs most outside quotes.
func delimiter(src []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(src) {
		if c == '\n' && !quoted {
			break
		}
		switch c {
		case '"':
			quoted = !quoted
		case ',', ';', '\t':
			if !quoted {
				counts[c]++
			}
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

func readProgressCSV(src []byte) (plan.Progress, error) {
	src, err := csvText(src)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(src))
	cr.Comma = delimiter(src)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	p := &progressReader{out: plan.Progress{}, from: map[string]string{}}
	key, state, done := 0, 1, 2
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			p.errs = append(p.errs, &ProgressError{Cell: fmt.Sprintf("line %d", line), Msg: err.Error()})
			break
		}
		if n == 0 {
			if k := headerIndex(rec, keyHeaders); k >= 0 {
				key, state, done = k, headerIndex(rec, progressHeaders), headerIndex(rec, doneHeaders)
				if state < 0 && done < 0 {
					return nil, ErrNotProgress
				}
				continue
			}
		}
		get := func(k int) string {
			if k < 0 || k >= len(rec) {
				return ""
			}
			return rec[k]
		}
		p.add("", fmt.Sprintf("line %d", line), get(key), get(state), get(done))
	}
	return p.result()
}

// xlsxFile is an opened workbook: its parts by name.
type xlsxFile struct {
	parts map[string]*zip.File
}

func (x *xlsxFile) read(name string) ([]byte, error) {
	f, ok := x.parts[name]
	if !ok {
		return nil, fmt.Errorf("workbook has no %s", name)
	}
	if f.UncompressedSize64 > maxPart {
		return nil, fmt.Errorf("%s is larger than %d MiB", name, maxPart>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err == nil && len(b) > maxPart {
		err = fmt.Errorf("%s is larger than %d MiB", name, maxPart>>20)
	}
	return b, err
}

func readProgressXLSX(src []byte) (plan.Progress, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("reading workbook: %w", err)
	}
	x := &xlsxFile{parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		x.parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	for _, p := range []struct {
		name string
		v    any
	}{{"xl/workbook.xml", &wb}, {"xl/_rels/workbook.xml.rels", &rels}} {
		b, err := x.read(p.name)
		if err != nil {
			return nil, err
		}
		if err := xml.Unmarshal(b, p.v); err != nil {
			return nil, fmt.Errorf("%s: %w", p.name, err)
		}
	}
	target := map[string]string{}
	var shared []string
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			b, err := x.read(t)
			if err != nil {
				return nil, err
			}
			if shared, err = readShared(b); err != nil {
				return nil, fmt.Errorf("%s: %w", t, err)
			}
		}
	}
	p := &progressReader{out: plan.Progress{}, from: map[string]string{}}
	found := false
	for _, s := range wb.Sheets {
		b, err := x.read(target[s.RID])
		if err != nil {
			return nil, err
		}
		ok, err := readSheet(p, s.Name, b, shared)
		if err != nil {
			return nil, fmt.Errorf("sheet %q: %w", s.Name, err)
		}
		found = found || ok
	}
	if !found {
		return nil, ErrNotProgress
	}
	return p.result()
}

// readShared reads the shared strings part.
func readShared(b []byte) ([]string, error) {
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if err := xml.Unmarshal(b, &sst); err != nil {
		return nil, err
	}
	out := make([]string, len(sst.SI))
	for i, si := range sst.SI {
		out[i] = si.T
		for _, r := range si.R {
			out[i] += r.T
		}
	}
	return out, nil
}

type xlsxCell struct {
	Ref, Type string
	V         string // the <v> value
	IS        string // the text of an inline string, runs joined
}

func (c xlsxCell) text(shared []string) (string, error) {
	switch c.Type {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(c.V))
		if err != nil || i < 0 || i >= len(shared) {
			return "", fmt.Errorf("bad shared string %q", c.V)
		}
		return shared[i], nil
	case "inlineStr":
		return c.IS, nil
	}
	return c.V, nil
}

// columnOf returns the 0-based column of a cell reference ("L7" is 11).
func columnOf(ref string) int {
	k := 0
	for _, r := range ref {
		if r < 'A' || r > 'Z' {
			break
		}
		k = k*26 + int(r-'A'+1)
		if k > 1<<14 {
			return -1
		}
	}
	return k - 1
}

// readSheet reads the reports of one sheet; it reports whether the sheet
// has the columns of a progress sheet, named in a row among its first
// ten. It reads the XML token by token:
// rows of cells (<c r= t=>) with a value (<v>) or an inline string
// (<is><t>, or runs of <r><t>; phonetic runs <rPh> left out).
func readSheet(p *progressReader, name string, b []byte, shared []string) (bool, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	key, state, done := -1, -1, -1
	rows := 0
	var (
		vals                   = map[int]string{}
		refs                   = map[int]string{}
		width                  int
		cur                    xlsxCell
		inCell, inV, inT, inPh bool
		buf                    []byte
		col                    int
	)
	endRow := func() bool {
		if key < 0 {
			header := make([]string, width)
			for k, v := range vals {
				header[k] = v
			}
			key = headerIndex(header, keyHeaders)
			state, done = headerIndex(header, progressHeaders), headerIndex(header, doneHeaders)
			if key < 0 || state < 0 && done < 0 {
				key, state, done = -1, -1, -1
				// A title may stand above the header; past headerRows
				// rows, this is not a progress sheet.
				return rows < headerRows
			}
			return true
		}
		where := refs[state]
		if where == "" {
			where = refs[done]
		}
		if where == "" {
			where = refs[key]
		}
		p.add(name, where, vals[key], vals[state], vals[done])
		return true
	}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return false, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				if rows++; rows > maxRows {
					return false, fmt.Errorf("more than %d rows", maxRows)
				}
				clear(vals)
				clear(refs)
				width, col = 0, 0
			case "c":
				cur, inCell = xlsxCell{}, true
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "r":
						cur.Ref = a.Value
					case "t":
						cur.Type = a.Value
					}
				}
			case "v":
				inV, buf = inCell, buf[:0]
			case "t":
				inT, buf = inCell && !inPh, buf[:0]
			case "rPh":
				inPh = true
			}
		case xml.CharData:
			if inV || inT {
				if len(buf)+len(t) > maxCell*4 {
					return false, fmt.Errorf("cell %s longer than a cell holds", cur.Ref)
				}
				buf = append(buf, t...)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				if inV {
					cur.V = string(buf)
				}
				inV = false
			case "t":
				if inT {
					cur.IS += string(buf)
				}
				inT = false
			case "rPh":
				inPh = false
			case "c":
				inCell = false
				k := col
				if cur.Ref != "" {
					k = columnOf(cur.Ref)
				}
				col = k + 1
				if k < 0 {
					continue
				}
				text, err := cur.text(shared)
				if err != nil {
					p.errs = append(p.errs, &ProgressError{name, cur.Ref, err.Error()})
					continue
				}
				vals[k], refs[k] = text, cur.Ref
				width = max(width, k+1)
			case "row":
				if !endRow() {
					return false, nil
				}
			}
		}
	}
	return key >= 0, nil
}
