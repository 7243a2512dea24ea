package deadline

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// corpusTarget is the share of corpus phrases that must be read right.
const corpusTarget = 0.97

// realRow is one line of ../shared/corpus/deadlines-real.tsv: a phrase,
// its context, the kinds accepted for it and its due date ("-": none;
// "*": any, for recurring phrases).
type realRow struct {
	line   int
	phrase string
	ctx    Context
	kinds  []string
	due    string
	doc    string
}

func readRealTSV(t *testing.T, path string) []realRow {
	var rows []realRow
	for _, l := range tsvLines(t, path) {
		c := l.cols
		rows = append(rows, realRow{line: l.line, phrase: c[0], ctx: l.ctx, kinds: strings.Split(c[3], ","), due: c[4], doc: c[5]})
	}
	return rows
}

// tally counts phrases read right by expected kind.
type tally map[string][2]int // kind: right, total

func (ty tally) add(kind string, ok bool) {
	c := ty[kind]
	c[1]++
	if ok {
		c[0]++
	}
	ty[kind] = c
}

func (ty tally) total() (right, all int) {
	for _, c := range ty {
		right += c[0]
		all += c[1]
	}
	return
}

func (ty tally) report(t *testing.T, name string) {
	t.Helper()
	var kinds []string
	for k := range ty {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var b strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&b, " %s %d/%d", k, ty[k][0], ty[k][1])
	}
	right, all := ty.total()
	t.Logf("%s: %d/%d right (%.1f%%); by kind:%s", name, right, all, 100*float64(right)/float64(all), b.String())
	if float64(right) < corpusTarget*float64(all) {
		t.Errorf("%s: %d/%d right, below %.0f%%", name, right, all, 100*corpusTarget)
	}
}

// The real phrases of ../shared/corpus/deadlines-real.tsv, harvested from
// the documents in real/ and from task sentences, are read right: the kind
// is one of those accepted and the due date is the one expected. At least
// corpusTarget of them must be; -v prints the figures by kind and each miss.
func TestParseRealTSV(t *testing.T) {
	rows := readRealTSV(t, filepath.Join("..", "..", "shared", "corpus", "deadlines-real.tsv"))
	if len(rows) < 150 {
		t.Fatalf("read %d rows, want the whole file", len(rows))
	}
	ty := tally{}
	for _, r := range rows {
		s, err := Parse(r.phrase, r.ctx)
		due := s.Due().String()
		if due == "" {
			due = "-"
		}
		ok := slices.Contains(r.kinds, s.Kind.String()) && (r.due == "*" || r.due == due)
		if s.Kind == KindUnknown && err == nil {
			ok = false
		}
		ty.add(r.kinds[0], ok)
		if !ok {
			t.Logf("line %d miss: %q = %s (due %s), want %s due %s", r.line, r.phrase, s.Kind, due, strings.Join(r.kinds, "|"), r.due)
		}
	}
	ty.report(t, "deadlines-real.tsv")
}
