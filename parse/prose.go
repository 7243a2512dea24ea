package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
)

// Prose is read as items: the logical paragraphs of a run of text, each
// with its marker ("1.", "1.1.", "a)", "-", "+"), its text and the items
// under it. Text written over several lines is joined into one item
// first: converters wrap lines, put a marker on a line of its own
// ("**1.**" then "Sở Y tế:"), or end a line with the next item's number.

// markerKind is the kind of an item's marker, from the outermost.
type markerKind uint8

const (
	mkNone   markerKind = iota // a paragraph without a marker
	mkRoman                    // "II.", a heading written in sentence case
	mkNumber                   // "1.", "2)"
	mkDotted                   // "1.1.", "2.3"
	mkLetter                   // "a)", "đ)"
	mkParen                    // "(1)", "(a)"
	mkDash                     // "-", "–", "•"
	mkPlus                     // "+"
)

// item is one logical paragraph of prose.
type item struct {
	paras  []int // the paragraphs it was written over
	marker string
	kind   markerKind
	depth  int // for dotted numbers, how many parts: "1.2.3" is 3
	text   string
	pos    block.Pos
	caps   bool
	parent int   // index of the item it stands under, or -1
	kids   []int // the items under it
	done   bool  // read as a task, a label or a duty
	tasked int8  // its labels name a task (see namesTaskAt): 0 unknown, 1 no, 2 yes
}

// level orders the kinds of markers: an item stands under the nearest item
// before it of a lower level.
func (it *item) level() int {
	switch it.kind {
	case mkRoman:
		return 5
	case mkNumber:
		return 10
	case mkDotted:
		return 10 + it.depth
	case mkLetter:
		return 20
	case mkParen:
		return 25
	case mkDash:
		return 30
	case mkPlus:
		return 35
	}
	return 40
}

var (
	reMarker   = regexp.MustCompile(`^(?:(\d{1,3}(?:\.\d{1,3})+)\.?|(\d{1,3})[.)]|([a-zđ])[).]|\((\d{1,2}|[a-zđ])\)|([-–—•·])|(\+)|([IVX]{1,5})[.)])(?:\s+|$)`)
	reTrailing = regexp.MustCompile(`\s(\d{1,3}(?:\.\d{1,3})+\.?)$`)
)

// markerOf splits a paragraph's marker from its text.
func markerOf(t string) (marker string, kind markerKind, depth int, text string) {
	m := reMarker.FindStringSubmatchIndex(t)
	if m == nil {
		// A dash glued to its text: "-Rà soát".
		if len(t) > 1 && t[0] == '-' && t[1] != '-' && t[1] != ' ' {
			return "-", mkDash, 0, vntext.TrimSpace(t[1:])
		}
		return "", mkNone, 0, t
	}
	text = strings.TrimLeft(vntext.TrimSpace(t[m[1]:]), "*_ ") // "*a) *Tổ chức", emphasis after the marker
	switch {
	case m[2] >= 0:
		marker = t[m[2]:m[3]]
		return marker, mkDotted, strings.Count(marker, ".") + 1, text
	case m[4] >= 0:
		return t[m[4]:m[5]], mkNumber, 1, text
	case m[6] >= 0:
		return t[m[6]:m[7]], mkLetter, 0, text
	case m[8] >= 0:
		return t[m[8]:m[9]], mkParen, 0, text
	case m[10] >= 0:
		return "-", mkDash, 0, text
	case m[14] >= 0:
		return t[m[14]:m[15]], mkRoman, 0, text
	}
	return "+", mkPlus, 0, text
}

// items reads the paragraphs paras (in order, all of the flow) into items.
// Where blank lines separate the paragraphs of the run, as converters
// write them, every line without a blank before it continues the item
// above it unless it starts an item of its own.
func (s *state) items(paras []int) []item {
	gapped := s.gapped(paras)
	var out []item
	var cur *item
	var parts []string // the texts of the item being read
	lastLine := ""
	for _, k := range paras {
		p := s.para(k)
		t := p.Text
		if t == "" {
			continue
		}
		marker, kind, depth, text := markerOf(t)
		// A blank line inside a sentence ("... có liên quan đến" over
		// "phát triển khoa học, ...") does not end it.
		broken := kind == mkNone && startsLower(t) && lastLine != "" && !endsClause(lastLine)
		if cur != nil && (!p.Gap || broken) && s.joins(cur, lastLine, kind, t, gapped) {
			cur.paras = append(cur.paras, k)
			if cur.text == "" && len(parts) == 1 {
				parts[0] = t // the marker's line held nothing else
				cur.text = t
			} else {
				parts = append(parts, t)
			}
			cur.caps = cur.caps && p.Caps
			lastLine = t
			continue
		}
		if cur != nil && len(parts) > 1 {
			cur.text = strings.Join(parts, " ")
		}
		// A line that ends with the number of the next item ("... tiến
		// bộ 1.1.") gives the number to the line that follows.
		if cur != nil && kind == mkNone {
			if m := reTrailing.FindStringSubmatchIndex(cur.text); m != nil && !endsSentence(cur.text[:m[0]]) {
				num := cur.text[m[2]:m[3]]
				cur.text = vntext.TrimSpace(cur.text[:m[0]])
				marker, kind, depth = strings.TrimSuffix(num, "."), mkDotted, strings.Count(strings.TrimSuffix(num, "."), ".")+1
			}
		}
		out = append(out, item{paras: []int{k}, marker: marker, kind: kind, depth: depth, text: text, pos: p.Pos, caps: p.Caps, parent: -1})
		cur = &out[len(out)-1]
		parts = append(parts[:0], text)
		lastLine = t
	}
	if cur != nil && len(parts) > 1 {
		cur.text = strings.Join(parts, " ")
	}
	for i := range out {
		out[i].text = strings.TrimRight(out[i].text, " ")
	}
	nest(out)
	return out
}

// gapped reports whether blank lines separate the paragraphs of a run:
// most of its items start after a blank line, or a quarter of its lines
// do.
func (s *state) gapped(paras []int) bool {
	gaps, marked, markedGaps := 0, 0, 0
	for i, k := range paras {
		p := s.para(k)
		if i == 0 {
			continue
		}
		if p.Gap {
			gaps++
		}
		if _, kind, _, _ := markerOf(p.Text); kind != mkNone {
			marked++
			if p.Gap {
				markedGaps++
			}
		}
	}
	if marked >= 3 {
		return markedGaps*10 >= marked*6
	}
	return len(paras) >= 6 && gaps*4 >= len(paras)
}

// joins reports whether a line continues the item being read: the item's
// marker stood alone, or the line starts in lower case, or, without a
// marker of its own, it follows in a run whose paragraphs blank lines
// separate, or after a line that was wrapped (long, not ending a
// sentence).
func (s *state) joins(cur *item, last string, kind markerKind, t string, gapped bool) bool {
	switch {
	case cur.text == "":
		return true // "1." on its own line
	case gapped && (kind == mkDash || kind == mkPlus) && !endsClause(last):
		return true // a wrapped line that starts with a hyphen: "Công nghiệp\n- Viễn thông Quân đội"
	case kind != mkNone:
		return false
	case strings.HasSuffix(last, ":") && listsNames(strings.TrimSuffix(last, ":"), t):
		return true // "... trọng tâm là các tỉnh:" over "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:"
	case startsLower(t):
		return true
	case startsPredicate(t) && !strings.HasSuffix(t, ":") && s.namesOnly(cur.text):
		return false // "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" over "Tập trung chỉ đạo ..."
	case cur.caps && isCaps(t):
		return false
	case gapped:
		return true
	}
	return utf8.RuneCountInString(last) >= 45 && !endsClause(last) && !isCaps(last)
}

// namesOnly reports whether t names units and nothing else: a unit
// heading.
func (s *state) namesOnly(t string) bool {
	start, end, ok := s.subject(t)
	return ok && start == 0 && vntext.TrimSpace(strings.TrimRight(t[end:], ",:")) == ""
}

// endsClause reports whether a line ends a sentence, a clause or a
// heading's colon.
func endsClause(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(vntext.TrimRightSpace(t))
	return strings.ContainsRune(".;:!?…", r)
}

// nest gives each item its parent: the nearest item before it of a lower
// level. A paragraph without a marker stands under the item before it.
func nest(items []item) {
	var stack []int
	for i := range items {
		lv := items[i].level()
		for len(stack) > 0 && items[stack[len(stack)-1]].level() >= lv {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			items[i].parent = p
			items[p].kids = append(items[p].kids, i)
		}
		if items[i].kind != mkNone {
			stack = append(stack, i)
		}
	}
}

// fullText returns an item's text with the texts of the items under it,
// for a duty written over a lead-in and its bullets.
func fullText(items []item, i int) string {
	t := items[i].text
	for _, k := range items[i].kids {
		t = vntext.TrimSpace(t + " " + fullText(items, k))
	}
	return t
}
