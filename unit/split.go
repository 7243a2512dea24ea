package unit

import (
	"strings"
	"sync"

	"github.com/kehoach/kehoach/internal/vntext"
)

// Split cuts a lead or partner cell into the units it names.
//
// Units are separated by commas, semicolons, line breaks and "và"/"với",
// but never inside a registry name ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ
// Lao động - Thương binh và Xã hội") or a collective phrase ("Các bộ, ngành,
// địa phương"): after a comma or "và" a new unit starts only where a name
// of the registry starts, or a word that begins the name of a body ("Bộ",
// "Sở", "Ủy ban", "UBND", ...), or "các". A parenthesised part after a unit
// is kept as its sub-unit ("Bộ Công an (C06)") or as a note ("(chủ trì)").
// A unit not in the registry is kept as written, with its abbreviations
// expanded, and KindUnknown (or KindCollective for "các ..." phrases).
//
// The cell is read in NFC; spans refer to that form. Split never drops
// text other than separators and list bullets, and returns an empty slice
// for a cell without words.
func (r *Registry) Split(cell string) []Ref {
	cell = vntext.NFC(cell)
	buf := tokPool.Get().(*[]tok)
	toks := lexInto(*buf, cell)
	defer putToks(buf, toks)
	refs := make([]Ref, 0, 4)
	n := len(toks)
	for i := 0; i < n; {
		// Separators and list bullets between units.
		if toks[i].isPunct(",;.-:+*•/)") || toks[i].key == "va" || toks[i].key == "voi" {
			i++
			continue
		}
		start := i
		end, u := r.longest(toks, i)
		extended := false
		if u < 0 || !r.boundary(toks, end) {
			extended = u >= 0
			end = r.scan(toks, i)
		}
		last := end
		for last > start && toks[last-1].isPunct(".,:;-") {
			last--
		}
		ref := Ref{Start: toks[start].start, End: toks[last-1].end}
		switch {
		case u >= 0 && !extended && r.units[u].Kind != KindCollective:
			unit := r.units[u]
			ref.Name, ref.ID, ref.Kind = unit.Name, unit.ID, unit.Kind
		case u >= 0 && !extended:
			ref.Name, ref.ID, ref.Kind = expand(cell, toks[start:last]), r.units[u].ID, KindCollective
		default:
			ref.Name = expand(cell, toks[start:last])
			if toks[start].key == "cac" || toks[start].key == "nhung" || extended && r.units[u].Kind == KindCollective {
				ref.Kind = KindCollective
			}
		}
		i = end
		if i < n && toks[i].key == "(" {
			close := matchParen(toks, i)
			inner := ""
			if i+1 < close {
				inner = vntext.CollapseSpace(cell[toks[i+1].start:toks[close-1].end])
			}
			if isNote(toks[i+1 : close]) {
				ref.Note = inner
			} else {
				ref.Sub = inner
			}
			ref.End = toks[min(close, n-1)].end
			i = close + 1
		}
		ref.Raw = cell[ref.Start:ref.End]
		refs = append(refs, ref)
	}
	return refs
}

// tokPool holds token buffers for Split, Prefix and Find; no result
// points into them.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 64); return &s }}

// putToks returns toks, taken from buf, to the pool, unless it grew large.
func putToks(buf *[]tok, toks []tok) {
	if cap(toks) <= 1024 {
		clear(toks) // drop the strings they hold
		*buf = toks[:0]
		tokPool.Put(buf)
	}
}

// boundary reports whether a registry name ending at token j ends a unit.
func (r *Registry) boundary(toks []tok, j int) bool {
	if j >= len(toks) {
		return true
	}
	t := toks[j]
	switch {
	case t.isPunct(";,.(:"):
		return true
	case t.key == "va" || t.key == "voi":
		return r.unitStart(toks, j+1)
	}
	return false
}

// scan returns the end of a unit that is not (wholly) a registry name,
// starting at token i.
func (r *Registry) scan(toks []tok, i int) int {
	j := i + 1
	for ; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.key == ";" || t.key == "(":
			return j
		case t.key == "," || t.key == "va" || t.key == "voi":
			if r.unitStart(toks, j+1) {
				return j
			}
		}
	}
	return j
}

// heads are the words that begin the name of a body, folded; a word that
// needs a second word to be a head lists the words it accepts.
var heads = map[string][]string{
	"bo": nil, "so": nil, "cuc": nil, "vu": nil, "ban": nil, "dai": nil, "vien": nil,
	"truong": nil, "phong": nil, "to": nil, "hoi": nil,
	"uy": {"ban"}, "trung": {"tam", "uong"}, "van": {"phong"}, "tong": {"cuc", "cong", "lien"},
	"ngan": {"hang"}, "thong": {"tan"}, "toa": {"an"}, "kiem": {"toan", "sat"},
	"bao": nil, "cong": {"an", "ty"}, "tap": {"doan"}, "thanh": {"tra", "uy", "pho"},
	"chi": {"cuc", "nhanh"}, "quoc": {"hoi"}, "chinh": {"phu"}, "thu": {"tuong"},
	"mat": {"tran"}, "tinh": {"uy"}, "dang": {"uy"}, "benh": {"vien"},
	"doanh": {"nghiep"}, "hoc": {"vien"}, "lien": {"doan", "hiep", "minh"}, "co": {"quan"},
	"thue": {"tinh", "thanh", "co"}, "kho": {"bac"}, "hai": {"quan"},
}

// plainHeads are the heads written without a mark ("Ban", "Kho bạc",
// "Doanh nghiệp", "Chi cục", "Thanh tra", "Trung tâm"); the others need
// theirs, so that a word folded alike ("Phong", "So", "To") is not taken
// for them.
var plainHeads = map[string]bool{"ban": true, "kho": true, "doanh": true, "chi": true, "thanh": true, "trung": true}

// notHeads are the words after which a head word starts a common word,
// not a body: "Trường hợp" (case), "Ban hành" (issue), "Hội nghị"
// (conference).
var notHeads = map[string][]string{
	"truong": {"hop"}, "ban": {"hanh"}, "hoi": {"nghi", "thao"}, "phong": {"chong", "ngua"},
	"vu": {"viec"}, "to": {"chuc"}, "bao": {"cao", "dam", "ve", "quan", "ton", "tri", "gom", "dong"},
}

// unitStart reports whether a new unit can start at token k: a registry
// name starts there, or "các", or a capitalised head word.
func (r *Registry) unitStart(toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	t := toks[k]
	if t.key == "cac" || t.key == "nhung" {
		return true
	}
	if _, u := r.longest(toks, k); u >= 0 {
		return true
	}
	if !t.upper {
		return false
	}
	seconds, ok := heads[t.key]
	if !ok || !t.marked && !plainHeads[t.key] {
		return false // "Phong trào" (a movement) is not "Phòng" (an office)
	}
	if k+1 < len(toks) {
		for _, s := range notHeads[t.key] {
			if toks[k+1].key == s {
				return false // "Trường hợp", "Ban hành", "Hội nghị"
			}
		}
	}
	if len(seconds) == 0 {
		return true
	}
	if k+1 < len(toks) {
		for _, s := range seconds {
			if toks[k+1].key == s {
				return true
			}
		}
	}
	return false
}

// matchParen returns the index of the ")" closing the "(" at i, or the
// index past the last token when it is not closed.
func matchParen(toks []tok, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j].key {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(toks)
}

// isNote reports whether the words in parentheses are a note about the
// unit's role rather than a sub-unit.
func isNote(toks []tok) bool {
	if len(toks) == 0 {
		return true
	}
	k := toks[0].key
	if len(toks) > 1 {
		k += " " + toks[1].key
	}
	switch k {
	case "chu tri", "phoi hop", "neu co", "de b", "de biet", "de bao", "thuc hien":
		return true
	}
	return false
}

// expand returns the text of the tokens, from the cell, with abbreviations
// replaced by their expansion and white space collapsed.
func expand(cell string, toks []tok) string {
	if len(toks) == 0 {
		return ""
	}
	var b strings.Builder
	pos := toks[0].start
	for _, t := range toks {
		if t.cont {
			continue
		}
		b.WriteString(cell[pos:t.start])
		if t.exp != "" {
			b.WriteString(t.exp)
		} else {
			b.WriteString(cell[t.start:t.end])
		}
		pos = t.end
	}
	return vntext.CollapseSpace(b.String())
}

// StartsUnit reports whether s starts with the name of a body: a name of
// the registry, a capitalised word that begins the name of a body ("Sở",
// "Ủy ban", "Công an", "Trung tâm", ...), or "các" or "những", which open
// a collective ("các sở, ban, ngành"). It is the evidence that a cell or
// the subject of a sentence names units.
func (r *Registry) StartsUnit(s string) bool {
	toks := lex(s)
	return r.unitStart(toks, 0)
}
