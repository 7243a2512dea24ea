package docx

import (
	"strconv"
	"strings"
)

// Word's list numbering (word/numbering.xml): a paragraph's w:numPr names
// a list (numId) and a level; the list's abstract definition gives each
// level its format ("decimal", "lowerLetter", "upperRoman", "bullet" ...),
// its text ("%1.", "%1.%2.", "%2)") and its start. The reader counts the
// paragraphs as Word does and writes the label Word displays.

// level is one level of a list definition.
type level struct {
	format  string
	text    string
	start   int
	restart int // the level whose use restarts this one, -1 never; 0 means the default (any higher level)
	legal   bool
}

// abstract is a list definition.
type abstract struct {
	levels [9]level
	count  [9]int
	used   [9]bool
}

type numbering struct {
	abstracts map[string]*abstract
	nums      map[string]numRef
	started   map[string]bool
}

// numRef is a list instance: its definition and the levels it restarts.
type numRef struct {
	abs   string
	start map[int]int // startOverride by level
}

func readNumbering(root *node) *numbering {
	n := &numbering{abstracts: map[string]*abstract{}, nums: map[string]numRef{}, started: map[string]bool{}}
	top := root.child("numbering")
	if top == nil {
		return n
	}
	for _, a := range top.kidsNamed("abstractNum") {
		abs := &abstract{}
		for i := range abs.levels {
			abs.levels[i] = level{format: "decimal", start: 1}
		}
		for _, l := range a.kidsNamed("lvl") {
			i, err := strconv.Atoi(l.get("ilvl"))
			if err != nil || i < 0 || i > 8 {
				continue
			}
			lv := &abs.levels[i]
			if v, ok := l.val("numFmt"); ok {
				lv.format = v
			}
			if v, ok := l.val("lvlText"); ok {
				lv.text = v
			}
			if v, ok := l.val("start"); ok {
				if s, err := strconv.Atoi(v); err == nil {
					lv.start = s
				}
			}
			if v, ok := l.val("lvlRestart"); ok {
				if s, err := strconv.Atoi(v); err == nil {
					lv.restart = s
					if s == 0 {
						lv.restart = -1
					}
				}
			}
			lv.legal = l.on("isLgl")
		}
		n.abstracts[a.get("abstractNumId")] = abs
	}
	for _, m := range top.kidsNamed("num") {
		ref := numRef{}
		ref.abs, _ = m.val("abstractNumId")
		for _, o := range m.kidsNamed("lvlOverride") {
			i, err := strconv.Atoi(o.get("ilvl"))
			if err != nil || i < 0 || i > 8 {
				continue
			}
			if v, ok := o.val("startOverride"); ok {
				if s, err := strconv.Atoi(v); err == nil {
					if ref.start == nil {
						ref.start = map[int]int{}
					}
					ref.start[i] = s
				}
			}
		}
		n.nums[m.get("numId")] = ref
	}
	return n
}

// label counts a paragraph of list numID at level ilvl and returns the
// label Word displays before it, "" for none.
func (n *numbering) label(numID string, ilvl int) string {
	if n == nil || numID == "" || numID == "0" {
		return ""
	}
	ref, ok := n.nums[numID]
	if !ok {
		return ""
	}
	abs := n.abstracts[ref.abs]
	if abs == nil {
		return ""
	}
	ilvl = min(max(ilvl, 0), 8)
	if !n.started[numID] {
		// A list instance with start overrides restarts those levels.
		n.started[numID] = true
		for i := range ref.start {
			abs.used[i] = false
		}
	}
	start := func(i int) int {
		if s, ok := ref.start[i]; ok {
			return s
		}
		return abs.levels[i].start
	}
	lv := &abs.levels[ilvl]
	if !abs.used[ilvl] {
		abs.count[ilvl] = start(ilvl) - 1
		abs.used[ilvl] = true
	}
	abs.count[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		if r := abs.levels[i].restart; r == 0 || r > 0 && r-1 <= ilvl {
			abs.used[i] = false
		}
	}
	if lv.format == "none" {
		return ""
	}
	if lv.format == "bullet" {
		return bullet(lv.text)
	}
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			f := abs.levels[k].format
			if lv.legal {
				f = "decimal"
			}
			c := abs.count[k]
			if !abs.used[k] {
				c = start(k)
			}
			b.WriteString(format(c, f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return strings.TrimSpace(b.String())
}

// bullet returns the label of a bullet: a dash or a plus as written, any
// other symbol (the private-use glyphs of Symbol and Wingdings) as "-".
func bullet(t string) string {
	switch t = strings.TrimSpace(t); t {
	case "-", "–", "—", "+", "•", "·":
		return t
	case "":
		return ""
	}
	return "-"
}

// format writes n in a list format.
func format(n int, f string) string {
	switch f {
	case "lowerLetter", "upperLetter":
		if n < 1 {
			return strconv.Itoa(n)
		}
		// Word repeats the letter past z: aa, bb ...
		c := byte('a' + (n-1)%26)
		s := strings.Repeat(string(c), (n-1)/26+1)
		if f == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperRoman":
		return roman(n)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	}
	return strconv.Itoa(n)
}

// roman writes n (1 to 3999) in Roman numerals.
func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// style is what a paragraph style gives its paragraphs.
type style struct {
	numID, ilvl string
	basedOn     string
	caps        bool
	font        string
	hasNum      bool
}

// styles are the paragraph and character styles by id; the style of id ""
// is the default paragraph style, based on the document's defaults.
type styles map[string]*style

func readStyles(root *node) styles {
	s := styles{}
	top := root.child("styles")
	def := &style{basedOn: "#none"}
	if rp := top.child("docDefaults").child("rPrDefault").child("rPr"); rp != nil {
		def.font = fontOf(rp)
	}
	s["#defaults"] = def
	for _, e := range top.kidsNamed("style") {
		st := &style{}
		st.basedOn, _ = e.val("basedOn")
		if np := e.child("pPr").child("numPr"); np != nil {
			st.hasNum = true
			st.numID, _ = np.val("numId")
			st.ilvl, _ = np.val("ilvl")
		}
		if rp := e.child("rPr"); rp != nil {
			st.caps = rp.on("caps")
			st.font = fontOf(rp)
		}
		if st.basedOn == "" {
			st.basedOn = "#defaults"
		}
		s[e.get("styleId")] = st
		if e.get("type") == "paragraph" && e.get("default") == "1" {
			s[""] = st
		}
	}
	if s[""] == nil {
		s[""] = def
	}
	return s
}

// num returns the numbering a paragraph style gives, following basedOn.
func (s styles) num(id string) (numID, ilvl string) {
	for range 16 {
		st := s[id]
		if st == nil {
			return "", ""
		}
		if st.hasNum {
			return st.numID, st.ilvl
		}
		id = st.basedOn
	}
	return "", ""
}

// font returns the font a style gives its runs, following basedOn.
func (s styles) font(id string) string {
	for range 16 {
		st := s[id]
		if st == nil {
			return ""
		}
		if st.font != "" {
			return st.font
		}
		id = st.basedOn
	}
	return ""
}

// fontOf returns the font named by run properties: the ASCII one, or the
// high-ANSI one.
func fontOf(rp *node) string {
	f := rp.child("rFonts")
	if f == nil {
		return ""
	}
	if v := f.get("ascii"); v != "" {
		return v
	}
	return f.get("hAnsi")
}
