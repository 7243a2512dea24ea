package unit

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

//go:embed registry.tsv
var registryTSV []byte

// Registry is a set of units with an index for finding them in text. A
// Registry is immutable once read, and safe for concurrent use.
type Registry struct {
	units []Unit
	byID  map[string]int
	trie  *node
}

// node is a trie over the folded tokens of unit names.
type node struct {
	next map[string]*node
	unit int // index in units + 1; 0 when no name ends here
	// acronym marks a name that is one all-letters token ("BHXHVN"): it
	// matches only when written with a capital.
	acronym bool
}

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	return ReadRegistry(bytes.NewReader(registryTSV))
})

// Default returns the registry embedded in the package (registry.tsv).
func Default() *Registry {
	r, err := defaultRegistry()
	if err != nil {
		panic("unit: embedded registry: " + err.Error()) // a test keeps this from happening
	}
	return r
}

// ReadRegistry reads a registry in the tab-separated form of registry.tsv:
// id, kind, name, short, abbrevs (separated by |), parent, from, to,
// successor; "-" for an empty field; lines starting with # are comments.
func ReadRegistry(rd io.Reader) (*Registry, error) {
	r := &Registry{byID: map[string]int{}, trie: &node{}}
	sc := bufio.NewScanner(rd)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		u, err := parseEntry(text)
		if err != nil {
			return nil, fmt.Errorf("registry:%d: %v", line, err)
		}
		if _, dup := r.byID[u.ID]; dup {
			return nil, fmt.Errorf("registry:%d: duplicate id %q", line, u.ID)
		}
		r.byID[u.ID] = len(r.units)
		r.units = append(r.units, u)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, u := range r.units {
		for _, ref := range []string{u.Parent, u.Successor} {
			if _, ok := r.byID[ref]; ref != "" && !ok {
				return nil, fmt.Errorf("registry: %s names unknown id %q", u.ID, ref)
			}
		}
	}
	for i, u := range r.units {
		r.insert(u.Name, i)
		if u.Short != "" {
			r.insert(u.Short, i)
		}
		for _, a := range u.Abbrevs {
			r.insert(a, i)
		}
	}
	return r, nil
}

func parseEntry(text string) (Unit, error) {
	f := strings.Split(text, "\t")
	if len(f) != 9 {
		return Unit{}, fmt.Errorf("%d fields, want 9", len(f))
	}
	for i := range f {
		if f[i] == "-" {
			f[i] = ""
		}
		if !norm.NFC.IsNormalString(f[i]) {
			return Unit{}, fmt.Errorf("field %d %q is not in NFC", i+1, f[i])
		}
	}
	u := Unit{ID: f[0], Name: f[2], Short: f[3], Parent: f[5], Successor: f[8]}
	if u.ID == "" || u.Name == "" {
		return Unit{}, fmt.Errorf("missing id or name")
	}
	if err := u.Kind.UnmarshalText([]byte(f[1])); err != nil || u.Kind == KindUnknown {
		return Unit{}, fmt.Errorf("bad kind %q", f[1])
	}
	if f[4] != "" {
		u.Abbrevs = strings.Split(f[4], "|")
	}
	var err error
	for i, t := range []*civil.Date{&u.From, &u.To} {
		if f[6+i] == "" {
			continue
		}
		if *t, err = civil.ParseDate(f[6+i]); err != nil {
			return Unit{}, fmt.Errorf("bad date %q", f[6+i])
		}
	}
	if !u.From.IsZero() && !u.To.IsZero() && u.To.Before(u.From) {
		return Unit{}, fmt.Errorf("%s ends before it starts", u.ID)
	}
	if u.Successor != "" && u.To.IsZero() {
		return Unit{}, fmt.Errorf("%s has a successor but no end date", u.ID)
	}
	return u, nil
}

// insert adds a name of unit i to the trie. The first unit to claim a name
// keeps it.
func (r *Registry) insert(name string, i int) {
	toks := lex(name)
	if len(toks) == 0 {
		return
	}
	n := r.trie
	for _, t := range toks {
		next := n.next[t.key]
		if next == nil {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			next = &node{}
			n.next[t.key] = next
		}
		n = next
	}
	if n.unit == 0 {
		n.unit = i + 1
		n.acronym = len(toks) == 1 && toks[0].exp == "" && isAcronym(name)
	}
}

// isAcronym reports whether s is one word written in capitals, such as
// "BHXHVN", "TTgCP" or "C06".
func isAcronym(s string) bool {
	caps, digits := 0, 0
	for _, r := range s {
		switch {
		case r == ' ':
			return false
		case isUpper(r):
			caps++
		case '0' <= r && r <= '9':
			digits++
		}
	}
	return caps >= 2 || caps == 1 && digits > 0
}

// Units returns every unit of the registry, in the order of its file.
func (r *Registry) Units() []Unit { return append([]Unit(nil), r.units...) }

// Unit returns the unit with the given id.
func (r *Registry) Unit(id string) (Unit, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Unit{}, false
	}
	return r.units[i], true
}

// Lookup finds a unit by its name, short name or an abbreviation, in any
// case, with or without diacritics, in NFC or NFD, and with abbreviations
// inside the name ("Cục Kiểm soát TTHC").
func (r *Registry) Lookup(name string) (Unit, bool) {
	toks := lex(vntext.NFC(name))
	for len(toks) > 0 && toks[len(toks)-1].isPunct(".;,") {
		toks = toks[:len(toks)-1]
	}
	if j, u := r.longest(toks, 0); u >= 0 && j == len(toks) {
		return r.units[u], true
	}
	return Unit{}, false
}

// Successor follows the restructurings from the unit id to the body that
// was responsible for its work on the given day: Successor("btttt",
// 2025-06-01) is Bộ Khoa học và Công nghệ. It reports false for an unknown
// id.
func (r *Registry) Successor(id string, d civil.Date) (Unit, bool) {
	u, ok := r.Unit(id)
	if !ok {
		return Unit{}, false
	}
	for hops := 0; hops < len(r.units) && !u.To.IsZero() && d.After(u.To) && u.Successor != ""; hops++ {
		u, _ = r.Unit(u.Successor)
	}
	return u, true
}

// longest returns the end of the longest registry name that starts at
// token i, and the index of its unit, or (i, -1).
func (r *Registry) longest(toks []tok, i int) (int, int) {
	n := r.trie
	end, unit := i, -1
	for j := i; j < len(toks); j++ {
		n = n.next[toks[j].key]
		if n == nil {
			break
		}
		if n.unit != 0 && (!n.acronym || toks[i].upper) {
			end, unit = j+1, n.unit-1
		}
	}
	return end, unit
}

// Lookup finds a unit in the default registry; see Registry.Lookup.
func Lookup(name string) (Unit, bool) { return Default().Lookup(name) }

// Successor follows the restructurings in the default registry; see
// Registry.Successor.
func Successor(id string, on civil.Date) (Unit, bool) { return Default().Successor(id, on) }

// Split cuts a cell into units with the default registry; see
// Registry.Split.
func Split(cell string) []Ref { return Default().Split(cell) }

// Prefix finds the longest registry name at the start of s (after white
// space) and returns its unit and the byte length of s it covers.
func (r *Registry) Prefix(s string) (Unit, int, bool) {
	buf := tokPool.Get().(*[]tok)
	toks := lexInto(*buf, s)
	defer putToks(buf, toks)
	if len(toks) == 0 {
		return Unit{}, 0, false
	}
	j, u := r.longest(toks, 0)
	if u < 0 {
		return Unit{}, 0, false
	}
	return r.units[u], toks[j-1].end, true
}

// Find finds the first registry name in s that starts a word (at the
// start of s or after white space) and returns its unit and the byte span
// of s it covers. Where names overlap, the one that starts first wins, then
// the longest: in "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" it finds Văn
// phòng Chính phủ. Each name is read as Prefix reads the text from its
// start.
func (r *Registry) Find(s string) (u Unit, start, end int, ok bool) {
	// Whether "TƯ" is an abbreviation depends on lower-case letters in the
	// text read (see lexInto): past the last of them, read the rest alone.
	last := 0
	for i, c := range s {
		if unicode.IsLower(c) {
			last = i + 1
		}
	}
	buf := tokPool.Get().(*[]tok)
	toks := lexInto(*buf, s)
	defer putToks(buf, toks)
	for i, t := range toks {
		if !t.word || t.cont || !wordStart(s, t.start) {
			continue
		}
		if t.start >= last && last > 0 {
			u, start, end, ok := r.Find(s[t.start:]) // no lower-case letter in it
			return u, t.start + start, t.start + end, ok
		}
		if j, k := r.longest(toks, i); k >= 0 {
			return r.units[k], t.start, toks[j-1].end, true
		}
	}
	return Unit{}, 0, 0, false
}

// wordStart reports whether a word starting at byte i of s starts after
// white space or at the start of s.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return vntext.IsSpace(r)
}
