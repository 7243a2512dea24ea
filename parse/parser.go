package parse

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// line is one input line.
type line struct {
	no    int    // 1-based line number
	raw   string // the line in NFC, without its line end
	text  string // raw without bookmark markers and surrounding white space
	marks string // the [bookmark: ...] markers it starts with, as written
	col   int    // column (in characters, from 1) where text starts in raw
	// cell reports a line that starts with a tab: a table cell in the
	// Word-table rendering; spaced that its white space starts with a
	// space, which starts a row there.
	cell   bool
	spaced bool
	caps   bool // text is written in capitals (isCaps), computed once
}

type parser struct {
	// pendingSections are sections found in a table, for the plan being read.
	pendingSections []plan.Section
	pendingColumns  []string // the header of a table, for the plan being read
	splits          map[string][]unit.Ref
	cells           []string // scratch for rowCells
	cols            []int
	refArena        []unit.Ref // backing for the units of tasks (see split)
	deadlines       map[string]deadlineResult
	growing         map[*string]*strings.Builder // see appendText
	lastCited       string                       // the text hasCitation last looked at
	lastCites       []foundCitation              // and what it found there
	deadlineCtx     deadline.Context
	cellArena       []cell // backing for the cells of rows (see newCells)
	filename        string
	lines           []line
	placed          []bool
	doc             *plan.Document
}

var bookmark = regexp.MustCompile(`^\[bookmark: [^\]]*\]`)

func newParser(filename, text string, nfc bool) *parser {
	n := strings.Count(text, "\n") + 1
	p := &parser{filename: filename, lines: make([]line, n), placed: make([]bool, n)}
	for i := range n {
		r := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			r, text = text[:k], text[k+1:]
		}
		if len(r) > 0 && r[len(r)-1] == '\r' {
			r = r[:len(r)-1]
		}
		if !nfc {
			r = vntext.NFC(r)
		}
		l := line{no: i + 1, raw: r}
		rest := trimLeftSpace(r)
		lead := r[:len(r)-len(rest)]
		l.cell = strings.IndexByte(lead, '\t') >= 0
		l.spaced = strings.HasPrefix(lead, " ")
		marks := rest
		for strings.HasPrefix(rest, "[bookmark:") {
			m := bookmark.FindStringIndex(rest)
			if m == nil {
				break
			}
			rest = trimLeftSpace(rest[m[1]:])
		}
		l.marks = marks[:len(marks)-len(rest)]
		l.text = stripEmphasis(trimRightSpace(rest))
		l.caps = isCaps(l.text)
		l.col = utf8.RuneCountInString(r[:len(r)-len(rest)]) + 1
		p.lines[i] = l
		if l.text == "" && l.marks == "" || l.text != "" && strings.IndexByte("-_=*", l.text[0]) >= 0 && reRule.MatchString(l.text) {
			p.placed[i] = true // blank lines and rules ("--------") need no place
			l.text = ""
			p.lines[i] = l
		}
	}
	p.doc = &plan.Document{
		Bases: []plan.Basis{}, Articles: []plan.Article{}, Recipients: []plan.Recipient{},
		Plans: []plan.Plan{}, Citations: []plan.Citation{}, Diagnostics: []plan.Diagnostic{},
	}
	return p
}

func (p *parser) place(i int) { p.placed[i] = true }

// appendText appends t to the text field *dst, after sep unless the field
// is empty. A field read over many lines grows in a builder, so that its
// lines cost their length and not the length of all the text before
// them; the field is always the builder's string, which later appends do
// not change.
func (p *parser) appendText(dst *string, sep, t string) {
	b := p.growing[dst]
	if b == nil || b.Len() != len(*dst) || b.Len() > 0 && unsafe.StringData(b.String()) != unsafe.StringData(*dst) {
		// A new field, or one set since: start from what it holds.
		if p.growing == nil {
			p.growing = map[*string]*strings.Builder{}
		}
		b = &strings.Builder{}
		b.WriteString(*dst)
		p.growing[dst] = b
	}
	if b.Len() > 0 {
		b.WriteString(sep)
	}
	b.WriteString(t)
	*dst = b.String()
}

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace), with a fast
// path for ASCII.
func trimLeftSpace(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r':
		case c < utf8.RuneSelf:
			return s[i:]
		default:
			return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
		}
	}
	return ""
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), with a fast
// path for ASCII.
func trimRightSpace(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r':
		case c < utf8.RuneSelf:
			return s[:i+1]
		default:
			return strings.TrimRightFunc(s[:i+1], unicode.IsSpace)
		}
	}
	return ""
}

// stripEmphasis removes Markdown emphasis, which converters put around
// headings and notes: "**STT**", "*(Kèm theo ...)*".
func stripEmphasis(s string) string {
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '_') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	for _, m := range []string{"*", "_"} {
		if len(s) > 2 && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			s = s[1 : len(s)-1]
		}
	}
	// Emphasis wrapped over lines leaves one mark at either end.
	if strings.HasPrefix(s, "*") && !strings.HasPrefix(s, "* ") {
		s = s[1:]
	}
	if strings.HasSuffix(s, "*") {
		s = s[:len(s)-1]
	}
	return strings.TrimSpace(s)
}

func (p *parser) diag(l line, col int, sev plan.Severity, code, format string, args ...any) {
	// A cell joined from several lines reports on its first line; keep the
	// column inside it.
	// (A line of n bytes has at least n/4 characters: count them only when
	// the column may be past the end, so long lines stay linear.)
	if raw := p.lines[l.no-1].raw; col > len(raw)/utf8.UTFMax {
		col = min(col, utf8.RuneCountInString(raw)+1)
	}
	col = max(1, col)
	p.doc.Diagnostics = append(p.doc.Diagnostics, plan.Diagnostic{
		Line: l.no, Column: col, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...),
	})
}

// quote is strconv.Quote, without its cost on text that needs no escape,
// as Vietnamese text never does.
func quote(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c > '~' || c == '"' || c == '\\' {
				return strconv.Quote(s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if ok, _ := vntext.Letter(r); !ok && (r == utf8.RuneError || !strconv.IsPrint(r)) {
			return strconv.Quote(s)
		}
		i += n
	}
	return `"` + s + `"`
}

// hasMark reports whether l starts with the marker "[bookmark: name]".
func hasMark(l line, name string) bool {
	const open = "[bookmark: "
	for s := l.marks; ; {
		i := strings.Index(s, open)
		if i < 0 {
			return false
		}
		s = s[i+len(open):]
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return false
		}
		if s[:j] == name {
			return true
		}
		s = s[j+1:]
	}
}

// isCaps reports whether s is written in capitals: it has letters, and at
// most one in ten is lower case ("5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO").
func isCaps(s string) bool {
	// s has at most len(s) letters: once a tenth of that is lower case, the
	// answer is known, which ends the scan early on lines of prose.
	letters, lower := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf: // ASCII, most of the text
			i++
			switch {
			case 'a' <= c && c <= 'z':
				letters++
				lower++
				if lower*10 > len(s) {
					return false
				}
			case 'A' <= c && c <= 'Z':
				letters++
			}
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s): // valid UTF-8: no checks
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		ok, up := vntext.Letter(r)
		if !ok && unicode.IsLetter(r) {
			ok, up = true, !unicode.IsLower(r)
		}
		if ok {
			letters++
			if !up {
				lower++
				if lower*10 > len(s) {
					return false
				}
			}
		}
	}
	return letters > 1 && (lower == 0 || letters >= 10 && lower*10 <= letters)
}

var (
	reNumberLine  = regexp.MustCompile(`^Số\s*:\s*(\S+)`)
	rePlaceDate   = regexp.MustCompile(`^([^,]{2,60}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reSigningForm = regexp.MustCompile(`^(KT|TM|TL|TUQ|Q)\.\s*`)
	reAttached    = regexp.MustCompile(`^\((?:Ban hành )?[Kk]èm theo (.*)\)$`)
	rePlanYear    = regexp.MustCompile(`(?i)năm (\d{4})\s*$`)
	reRule        = regexp.MustCompile(`^[-_=*]{3,}$`)
	reFootnote    = regexp.MustCompile(`\[(\d{1,3})\]`)
	reFootnoteDef = regexp.MustCompile(`^\[(\d{1,3})\]\s*(\S.*)$`)
)

func (p *parser) run() {
	starts := p.planStarts()
	end := len(p.lines)
	if len(starts) > 0 {
		end = starts[0]
	}
	p.decision(0, end)
	if len(starts) == 0 || len(p.doc.Articles) == 0 {
		// A plan issued on its own (its body before any appendix), or a
		// decision with its tasks in its body: read what the decision
		// part did not take as a plan.
		p.plan(0, end, true)
	}
	for k, start := range starts {
		end := len(p.lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		p.plan(start, end, false)
	}
	for i, l := range p.lines {
		if m := footnoteDef(l.text); m != nil && !p.placed[i] {
			p.doc.Footnotes = append(p.doc.Footnotes, plan.Footnote{No: m[1], Text: m[2], Line: l.no})
			p.place(i)
		}
		if !p.placed[i] {
			p.diag(l, l.col, plan.Warning, "unplaced", "line not understood: %s", quote(l.text))
		}
	}
}

// planStarts returns the index of the first line of each plan or
// appendix: a "[bookmark: loai_2_name]" line, a "PHỤ LỤC" heading, or the
// title above a "(Kèm theo ...)" line.
func (p *parser) planStarts() []int {
	var starts []int
	add := func(k int) {
		if len(starts) == 0 || k > starts[len(starts)-1] {
			starts = append(starts, k)
		}
	}
	for i, l := range p.lines {
		switch {
		case hasMark(l, "loai_2_name"):
			add(i)
		case isAppendix(l.text):
			add(i)
		case isAttachedStart(l.text):
			// The plan's title is the block of capitals above; when that
			// block follows a start already counted, the note belongs to it.
			k, last := i, -1
			if len(starts) > 0 {
				last = starts[len(starts)-1]
			}
			j := i - 1
			for ; j > last; j-- {
				t := p.lines[j].text
				if t == "" {
					continue
				}
				if !isCaps(t) {
					break
				}
				k = j
			}
			if j > last {
				add(k)
			}
		}
	}
	return starts
}

// isAppendix reports whether t heads an appendix: "PHỤ LỤC", "PHỤ LỤC I".
func isAppendix(t string) bool {
	rest, ok := strings.CutPrefix(t, "PHỤ LỤC")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') && isCaps(t)
}

// isAttachedStart reports whether t starts a "(Kèm theo ...)" line.
func isAttachedStart(t string) bool {
	for len(t) > 0 && (t[0] == '*' || t[0] == '(' || t[0] == ' ') {
		t = t[1:]
	}
	if t == "" || t[0] != 'B' && t[0] != 'K' && t[0] != 'k' {
		return false
	}
	t = strings.TrimPrefix(t, "Ban hành ")
	return strings.HasPrefix(t, "Kèm theo") || strings.HasPrefix(t, "kèm theo")
}

// decision reads the decision's lines from..to.
func (p *parser) decision(from, to int) {
	d := p.doc
	const (
		preamble = iota
		articles
		recipients
		signature
	)
	phase := preamble
	var article *plan.Article
	titleNext := false // the lines under the type line are the title
	var header []int   // lines of capitals at the top, not yet placed
	lastBasis := -1    // the line where the last basis read so far ends
	signerLines := 0
	for i := from; i < to; i++ {
		l := p.lines[i]
		t := l.text
		if t == "" {
			if l.marks != "" {
				p.place(i)
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "CỘNG HÒA XÃ"), strings.HasPrefix(t, "CỘNG HOÀ XÃ"), strings.HasPrefix(t, "HỘI CHỦ NGHĨA VIỆT NAM"),
			strings.HasPrefix(t, "Độc lập - Tự do - Hạnh phúc"):
			p.issuerLines(&header)
			p.place(i)
			continue
		case phase == preamble && d.Title == "" && d.Kind == "" && len(d.Bases) == 0 && l.caps && l.marks == "" &&
			!isSection(t) && !isTypeLine(t):
			// Capitals at the top: the issuing body, or the title when no
			// national motto or number follows them.
			header = append(header, i)
			continue
		case d.Number.IsZero() && strings.HasPrefix(t, "Số") && reNumberLine.MatchString(t):
			m := reNumberLine.FindStringSubmatch(t)
			if n, err := plan.ParseNumber(strings.TrimRight(m[1], ".,;")); err == nil {
				d.Number = n
				p.issuerLines(&header)
				p.place(i)
				continue
			}
		case d.Date.IsZero() && len(t) < 160 && (strings.Contains(t, ", ngày") || strings.HasSuffix(t, "ngày")):
			// "Hà Nội, ngày 24 tháng 3 năm 2023", perhaps wrapped over two lines.
			joined, k := t, i
			if !rePlaceDate.MatchString(t) && i+1 < to && p.lines[i+1].text != "" {
				joined, k = t+" "+p.lines[i+1].text, i+1
			}
			if m := rePlaceDate.FindStringSubmatch(joined); m != nil {
				if dt, ok := dateOf(m[2], m[3], m[4]); ok {
					d.Place, d.Date = strings.TrimSpace(m[1]), dt
					for j := i; j <= k; j++ {
						p.place(j)
					}
					i = k
					continue
				}
			}
		}
		if t != "" && !l.caps {
			titleNext = false
		}
		switch phase {
		case preamble:
			before := len(d.Bases)
			beforeText := ""
			if before > 0 {
				beforeText = d.Bases[before-1].Text
			}
			switch {
			case hasMark(l, "loai_1_name"):
				d.Title = t
			case isTypeLine(t) && d.Kind == "":
				p.issuerLines(&header)
				d.Kind = typeName(t)
				titleNext = true
				p.place(i)
				continue
			case titleNext && l.caps && !isAuthority(t) && !isSection(t):
				// The title under the type line, wrapped over lines.
				p.appendText(&d.Title, " ", t)
				p.place(i)
				continue
			case strings.HasPrefix(t, "Nơi nhận"):
				phase = recipients
			case t == "QUYẾT ĐỊNH:" || t == "QUYẾT ĐỊNH :":
				if d.Kind == "" {
					d.Kind = "Quyết định"
				}
				phase = articles
			case strings.HasPrefix(t, "Căn cứ"):
				d.Bases = append(d.Bases, plan.Basis{Text: t, Line: l.no, Citations: []plan.Citation{}})
				p.cite(l, &d.Bases[len(d.Bases)-1].Citations)
			case len(d.Bases) > 0 && d.Proposal == "" && lastBasis == i-1 && !l.caps &&
				!strings.HasSuffix(d.Bases[len(d.Bases)-1].Text, ";") && !strings.HasSuffix(d.Bases[len(d.Bases)-1].Text, "."):
				// A basis wrapped over lines.
				b := &d.Bases[len(d.Bases)-1]
				p.appendText(&b.Text, " ", t)
				p.cite(l, &b.Citations)
			case strings.HasPrefix(t, "Theo đề nghị"):
				d.Proposal = t
				p.cite(l, nil)
			case len(d.Bases) > 0 && d.Proposal == "" && (strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".")) && p.hasCitation(t):
				// A basis written without "Căn cứ", as the seed's Chỉ thị line.
				d.Bases = append(d.Bases, plan.Basis{Text: t, Line: l.no, Citations: []plan.Citation{}})
				p.cite(l, &d.Bases[len(d.Bases)-1].Citations)
			case l.caps && d.Kind != "" && d.Title == "":
				d.Title = t
			case l.caps && d.Title != "" && d.Authority == "" && len(d.Bases) == 0 && isAuthority(t):
				d.Authority = t
			case l.caps && len(d.Bases) == 0 && d.Title == "":
				d.Title = t
			case articleMatch(t) != nil:
				phase = articles
				i-- // read it again as an article
				continue
			default:
				continue // unplaced
			}
			if len(d.Bases) != before || before > 0 && d.Bases[before-1].Text != beforeText {
				lastBasis = i // a basis, or its continuation, ends here
			}
			p.place(i)
		case articles:
			if m := articleMatch(t); m != nil {
				no, _ := strconv.Atoi(m[1])
				d.Articles = append(d.Articles, plan.Article{No: no, Text: m[2], Line: l.no})
				article = &d.Articles[len(d.Articles)-1]
				p.cite(l, nil)
				p.place(i)
				continue
			}
			if strings.HasPrefix(t, "Nơi nhận") {
				phase = recipients
				p.place(i)
				continue
			}
			if article != nil && !l.caps {
				p.appendText(&article.Text, "\n", t)
				p.cite(l, nil)
				p.place(i)
			}
		case recipients, signature:
			switch {
			case phase == recipients && (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+")):
				d.Recipients = append(d.Recipients, recipient(t, l.no))
				p.place(i)
			case (l.caps || reSigningForm.MatchString(t)) && d.Signer.Name == "" && !isSection(t) && signerLines < 4:
				signerLines++
				// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the
				// last line is the position, the others the signing form.
				if d.Signer.Position != "" {
					d.Signer.Authority = strings.TrimSpace(d.Signer.Authority + " " + d.Signer.Position)
				}
				d.Signer.Position = t
				if d.Signer.Line == 0 {
					d.Signer.Line = l.no
				}
				phase = signature
				p.place(i)
			case phase == signature && d.Signer.Name == "" && isName(t):
				d.Signer.Name = t
				p.place(i)
			}
		}
	}
	for _, k := range header { // no motto nor number followed: a title
		p.appendText(&d.Title, " ", p.lines[k].text)
		p.place(k)
	}
	if d.Kind == "" && (len(d.Articles) > 0 || len(d.Bases) > 0) {
		d.Kind = "Quyết định"
	}
}

// issuerLines takes the pending lines of capitals at the top of the
// document as its issuing body: "ỦY BAN NHÂN / DÂN / THÀNH PHỐ HỒ CHÍ
// MINH". The last of them names the body; the ones before, its parent.
func (p *parser) issuerLines(header *[]int) {
	if len(*header) == 0 {
		return
	}
	var parts []string
	for _, k := range *header {
		parts = append(parts, p.lines[k].text)
		p.place(k)
	}
	*header = nil
	text := strings.Join(parts, " ")
	// The national motto, wrapped, may follow the body in the same block.
	for _, motto := range []string{"CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"} {
		if k := strings.Index(text, motto); k >= 0 {
			text = strings.TrimSpace(text[:k])
		}
	}
	if text == "" {
		return
	}
	p.doc.IssuerHeader = text
	if p.doc.Issuer != "" {
		return
	}
	if u, ok := unit.Lookup(text); ok {
		p.doc.Issuer = u.Name
		return
	}
	// "BỘ TÀI CHÍNH / CỤC THUẾ": the body under its parent. The parent is
	// the first lines that name a body of the registry.
	p.doc.Issuer = text
	for k := 1; k < len(parts); k++ {
		if u, ok := unit.Lookup(strings.Join(parts[:k], " ")); ok {
			p.doc.IssuerParent = u.Name
			body := strings.Join(parts[k:], " ")
			p.doc.Issuer = body
			if b, ok := unit.Lookup(body); ok {
				p.doc.Issuer = b.Name
			}
			return
		}
	}
}

// isTypeLine reports whether t is the type line of a document.
func isTypeLine(t string) bool {
	switch t {
	case "QUYẾT ĐỊNH", "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ", "CHƯƠNG TRÌNH", "THÔNG BÁO", "ĐỀ ÁN":
		return true
	}
	return false
}

// isAuthority reports whether a line of capitals names the authority that
// issues or signs ("BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ") rather than
// continuing a title.
func isAuthority(t string) bool {
	for _, w := range []string{"BỘ TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "CHÍNH PHỦ", "CHỦ NHIỆM", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "TM.", "KT.", "TL.", "TUQ.", "Q."} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// recipient reads one "Nơi nhận" line: "- TTgCP, PTTg Trần Hồng Hà (để b/c);".
func recipient(t string, no int) plan.Recipient {
	t = strings.TrimSpace(strings.TrimLeft(t, "-+ "))
	t = strings.TrimRight(t, ";.,")
	r := plan.Recipient{Line: no}
	if rest, ok := strings.CutPrefix(t, "Lưu"); ok {
		r.Archive = true
		t = "Lưu" + rest
	}
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k > 0 && !r.Archive {
			r.Note = t[k+1 : len(t)-1]
			t = strings.TrimSpace(t[:k])
		}
	}
	r.Text = t
	return r
}

// isName reports whether t looks like a person's name: two to six words,
// each starting with a capital, and no digits or punctuation.
func isName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isCaps(w) && utf8.RuneCountInString(w) > 1 {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return true
}

func dateOf(d, m, y string) (plan.Date, bool) {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	dt := deadline.D(yy, time.Month(mm), dd)
	return dt, dt.Valid()
}

// row is one row of a task table: its number (or ""), and its cells.
type row struct {
	roles    []string // the role of each cell; nil for the seed's five columns
	no       string
	section  string // the No of the section the row is in
	at       int    // index of the line where the row starts
	cells    []cell
	inferred bool
}

// plan reads the lines from..to of an attached plan.
// In a standalone plan (a plan issued on its own, read from the body the
// decision part did not take) the title is the document's.
func (p *parser) plan(from, to int, standalone bool) {
	d := p.doc
	pl := plan.Plan{Line: p.lines[from].no, Sections: []plan.Section{}, Tasks: []plan.Task{}}
	var rows []row
	var cur *row
	section := ""
	titleOpen := false // the title's lines are being read
	var introLines []int
	var tab lineTable // the table of one-row-a-line rows being read
	for i := from; i < to; i++ {
		l := p.lines[i]
		t := l.text
		if t == "" {
			if l.marks != "" {
				p.place(i)
			}
			cur = nil // a blank line ends a row
			continue
		}
		if p.placed[i] {
			continue // the decision took it
		}
		if !l.caps {
			titleOpen = false
		}
		if cells, cols, ok := p.rowCells(l); ok {
			if p.lineRow(l, cells, cols, &tab, &section, &rows, &pl) {
				p.place(i)
				cur = nil
				continue
			}
		}
		if no, text, ok := itemMatch(t); ok && !l.cell {
			i = p.item(i, to, no, text, &section, &rows, &pl)
			cur = nil
			continue
		}
		if t == "|" {
			var more []row
			more, i = p.pipeTable(i, to, &section)
			rows = append(rows, more...)
			cur = nil
			continue
		}
		switch {
		case isAppendix(t) && pl.Title == "" && pl.Heading == "":
			pl.Heading = t
			p.place(i)
		case !standalone && (i == from || pl.Title == "" || titleOpen) && l.caps && !l.cell && len(rows) == 0 && pl.AttachedTo == nil:
			// The title, which may be wrapped over several lines.
			p.appendText(&pl.Title, " ", t)
			titleOpen = true
			p.place(i)
		case isAttachedStart(t) && pl.AttachedTo == nil:
			titleOpen = false
			// "(Kèm theo ...)" may be wrapped over a few lines.
			text := t
			k := i
			for !strings.HasSuffix(text, ")") && k+1 < to && k < i+4 && p.lines[k+1].text != "" {
				k++
				text += " " + p.lines[k].text
			}
			for j := i; j <= k; j++ {
				p.place(j)
			}
			i = k
			pl.AttachedText = text
			text = strings.TrimSuffix(strings.TrimPrefix(text, "("), ")")
			text = strings.TrimPrefix(strings.TrimSuffix(text, "*"), "*")
			text = strings.TrimSuffix(strings.TrimPrefix(text, "("), ")")
			if ref := p.attached(text); ref != nil {
				pl.AttachedTo = ref
			} else {
				p.diag(l, l.col, plan.Warning, "attached", "no document number in %s", quote(text))
			}
		case l.cell && isRowNumber(t) && (l.spaced || cur == nil):
			no, _ := rowNumber(t)
			rows = append(rows, row{no: no, at: i, section: section})
			cur = &rows[len(rows)-1]
			p.place(i)
		case l.cell && l.spaced:
			// " \t..." starts a row; without a number the row lost it.
			rows = append(rows, row{at: i, cells: append(p.newCells(len(seedRoles)), cellOf(l)), section: section})
			cur = &rows[len(rows)-1]
			p.place(i)
		case l.cell && cur != nil:
			if cur.cells == nil {
				cur.cells = p.newCells(len(seedRoles)) // a row's usual width
			}
			cur.cells = append(cur.cells, cellOf(l))
			p.place(i)
		case !l.cell && isCapsSection(t):
			no, title, _ := sectionMatch(t)
			pl.Sections = append(pl.Sections, plan.Section{No: no, Title: title, Level: 1, Line: l.no})
			section = no
			p.place(i)
		case standalone && !l.cell && len(pl.Sections) == 0 && len(rows) == 0 && !strings.HasPrefix(t, "|"):
			// A standalone plan's opening text, before its first heading.
			p.appendText(&pl.Intro, "\n", t)
			introLines = append(introLines, i) // placed if the plan is kept
		case !l.cell && len(pl.Sections) > 0 && !strings.HasPrefix(t, "|"):
			// Text under a heading: paragraphs, "a)" points, dashes.
			s := &pl.Sections[len(pl.Sections)-1]
			p.appendText(&s.Text, "\n", t)
			p.place(i)
		}
	}
	if standalone && len(rows) == 0 && len(pl.Sections) == 0 && len(p.pendingSections) == 0 {
		return // no plan in the body: its lines stay unplaced
	}
	for _, k := range introLines {
		p.place(k)
	}
	if pl.Title == "" {
		pl.Title = d.Title
	}
	pl.Sections = append(pl.Sections, p.pendingSections...)
	if p.pendingColumns != nil {
		pl.Columns = p.pendingColumns
	}
	p.pendingSections, p.pendingColumns = nil, nil
	year := d.Date.Year
	if m := rePlanYear.FindStringSubmatch(pl.Title); m != nil {
		year, _ = strconv.Atoi(m[1])
	}
	ctx := deadline.Context{Year: year, Signed: d.Date}
	p.tasks(&pl, rows, ctx)
	d.Plans = append(d.Plans, pl)
}

// attached reads the inside of "(Kèm theo Quyết định số 95/QĐ-VPCP ngày 24
// tháng 3 năm 2023 của ...)" and fills in the document's number, date and
// issuer when its own header did not give them.
func (p *parser) attached(s string) *plan.Ref {
	cs := findCitations(nil, s)
	if len(cs) == 0 {
		return nil
	}
	c := cs[0]
	d := p.doc
	ref := &plan.Ref{Kind: c.Type, Number: c.Number, Date: c.Date}
	if d.Number.IsZero() {
		d.Number = c.Number
	}
	if d.Date.IsZero() {
		d.Date = c.Date
	}
	if d.Issuer == "" {
		d.Issuer = c.Issuer
	}
	if d.Kind == "" {
		d.Kind = c.Type
	}
	return ref
}

// split splits a unit cell; plans repeat the same cells row after row, so
// each text is split once. Every task gets its own copy.
func (p *parser) split(text string) []unit.Ref {
	refs, ok := p.splits[text]
	if !ok {
		refs = unit.Split(text)
		if p.splits == nil {
			p.splits = map[string][]unit.Ref{}
		}
		p.splits[text] = refs
	}
	if len(refs) == 0 {
		return []unit.Ref{}
	}
	// The copies are cut from one larger array: fewer, larger allocations
	// for plans of many rows. Each copy has its own capacity, so appending
	// to one task's units never writes into another's.
	if len(p.refArena)+len(refs) > cap(p.refArena) {
		p.refArena = make([]unit.Ref, 0, max(arenaSize(cap(p.refArena), 16), len(refs)))
	}
	k := len(p.refArena)
	p.refArena = append(p.refArena, refs...)
	return p.refArena[k:len(p.refArena):len(p.refArena)]
}

// cell is a table cell: its text, and where it starts.
type cell struct {
	no   int // line number
	col  int // column of the text in the line
	text string
}

func cellOf(l line) cell { return cell{l.no, l.col, l.text} }

// line returns c as a line, for diagnostics and citations.
func (p *parser) line(c cell) line {
	l := p.lines[c.no-1]
	l.col, l.text = c.col, c.text
	return l
}

// newCells returns an empty slice of cells with room for n, for a row,
// cut from a larger array.
func (p *parser) newCells(n int) []cell {
	if len(p.cellArena)+n > cap(p.cellArena) {
		p.cellArena = make([]cell, 0, max(arenaSize(cap(p.cellArena), 32), n))
	}
	k := len(p.cellArena)
	p.cellArena = p.cellArena[:k+n]
	return p.cellArena[k : k : k+n]
}

// deadlineResult is a parsed deadline cell.
type deadlineResult struct {
	s   deadline.Schedule
	err error
}

// deadline parses a deadline cell. Plans repeat the same cells ("Thường
// xuyên") row after row, so each text is parsed once in a context; lists,
// whose parts are slices, are parsed for each task.
func (p *parser) deadline(text string, ctx deadline.Context) (deadline.Schedule, error) {
	if p.deadlines == nil || p.deadlineCtx != ctx {
		clear(p.deadlines)
		if p.deadlines == nil {
			p.deadlines = map[string]deadlineResult{}
		}
		p.deadlineCtx = ctx
	}
	r, ok := p.deadlines[text]
	if !ok {
		r.s, r.err = deadline.Parse(text, ctx)
		if r.s.Parts == nil {
			p.deadlines[text] = r
		}
	}
	return r.s, r.err
}

// arenaSize is the size of an arena's next array: twice the last, from
// least, up to 4096 items.
func arenaSize(last, least int) int {
	return max(least, min(2*last, 4096))
}

// seedRoles are the columns of a table without a header row, as in the
// seed: content, lead, partners, deadline, output.
var seedRoles = []string{"content", "lead", "partners", "deadline", "output"}

// tasks turns table rows into tasks.
func (p *parser) tasks(pl *plan.Plan, rows []row, ctx deadline.Context) {
	// A row that lost its number right after row N, when the next numbered
	// row is N+2, is row N+1. next[k] is the number of the first numbered
	// row after k, found in one pass so that many broken rows stay linear.
	next := make([]int, len(rows))
	n := 0
	for k := len(rows) - 1; k >= 0; k-- {
		next[k] = n
		if v, err := strconv.Atoi(rows[k].no); err == nil {
			n = v
		}
	}
	for k := range rows {
		r := &rows[k]
		if r.no != "" || k == 0 || rows[k-1].no == "" || rows[k-1].inferred {
			continue
		}
		if prev, err := strconv.Atoi(rows[k-1].no); err == nil && prev > 0 && next[k] == prev+2 {
			r.no, r.inferred = strconv.Itoa(prev+1), true
		}
	}
	pl.Tasks = slices.Grow(pl.Tasks, len(rows))
	if cap(p.refArena) == 0 {
		// Room for a lead and a partner a row, as most plans have.
		p.refArena = make([]unit.Ref, 0, min(2*len(rows), 4096))
	}
	for _, r := range rows {
		if r.no == "" {
			for _, c := range r.cells {
				p.diag(p.line(c), c.col, plan.Warning, "orphan-cell", "cell without a row: %s", quote(c.text))
				p.cite(p.line(c), nil)
			}
			continue
		}
		roles := r.roles
		if roles == nil {
			roles = seedRoles
		}
		first := p.lines[r.at]
		t := plan.Task{No: r.no, Section: r.section, Line: first.no, Lead: []unit.Ref{}, Partners: []unit.Ref{}, Source: make(map[string]string, len(roles))}
		if r.inferred {
			p.diag(first, first.col, plan.Warning, "row-number-inferred",
				"row has no number; taken as task %s, between the rows around it", r.no)
		}
		if len(r.cells) != len(roles) {
			p.diag(first, first.col, plan.Warning, "row-cells",
				"task %s has %d of %d cells (%s)", r.no, len(r.cells), len(roles), strings.Join(roles, ", "))
		}
		for ci, c := range r.cells {
			var role string
			if ci < len(roles) {
				role = roles[ci]
			} else {
				role = "column " + strconv.Itoa(ci+1)
			}
			if ci == len(roles) {
				p.diag(p.line(c), c.col, plan.Warning, "extra-cell", "task %s: %d cells beyond the %d columns, kept in source as \"column N\"",
					r.no, len(r.cells)-len(roles), len(roles))
			}
			if role != "content" {
				t.Source[role] = c.text
			}
			// Footnote markers ("[1]") are kept apart from the text.
			if marks := footnotes(c.text); marks != nil {
				for _, m := range marks {
					t.Footnotes = append(t.Footnotes, m[1])
				}
				t.Source[role] = c.text // the cell as written, content included
				c.text = vntext.CollapseSpace(reFootnote.ReplaceAllString(c.text, ""))
			}
			switch role {
			case "content":
				t.Content = c.text
				p.cite(p.line(c), nil)
			case "lead":
				t.Lead = p.split(c.text)
			case "partners":
				t.Partners = p.split(c.text)
			case "deadline":
				if c.text == "" {
					break // an empty cell: no deadline, nothing to report
				}
				s, err := p.deadline(c.text, ctx)
				t.Deadline = s
				p.cite(p.line(c), nil)
				if err != nil {
					col := c.col
					if e, ok := err.(*deadline.Error); ok {
						col += utf8.RuneCountInString(e.Phrase[:min(e.Offset, len(e.Phrase))])
					}
					p.diag(p.line(c), col, plan.Warning, "deadline", "task %s: %v", r.no, err)
				}
			case "output":
				t.Output = c.text
				p.cite(p.line(c), nil)
			}
		}
		pl.Tasks = append(pl.Tasks, t)
	}
}

// articleMatch reads "Điều 1. Text" into the line, the number and the
// text, or returns nil. (No regexp: article lines are long.)
func articleMatch(t string) []string {
	rest, ok := strings.CutPrefix(t, "Điều")
	if !ok {
		return nil
	}
	rest2 := strings.TrimLeft(rest, " \t")
	if len(rest2) == len(rest) {
		return nil // "Điều" must be followed by white space
	}
	n := 0
	for n < len(rest2) && rest2[n] >= '0' && rest2[n] <= '9' {
		n++
	}
	if n == 0 {
		return nil
	}
	no, text := rest2[:n], strings.TrimLeft(rest2[n:], " \t")
	if text != "" && (text[0] == '.' || text[0] == ':') {
		text = strings.TrimLeft(text[1:], " \t")
	}
	return []string{t, no, text}
}

// The matchers below are tried on most lines; they are written out by
// hand, as a regexp costs more than the rest of the line's work.

// isSpaceASCII reports the white space of regexp's \s.
func isSpaceASCII(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// afterSpace returns the text after the white space that starts t, and
// whether there was some white space followed by text.
func afterSpace(t string) (string, bool) {
	k := 0
	for k < len(t) && isSpaceASCII(t[k]) {
		k++
	}
	return t[k:], k > 0 && k < len(t)
}

// sectionMatch reads a section heading, `^([IVXL]+|[A-D])\.\s+(\S.*)$`:
// "II. NHIỆM VỤ", "A. MỤC TIÊU".
func sectionMatch(t string) (no, title string, ok bool) {
	k := 0
	for k < len(t) && strings.IndexByte("IVXL", t[k]) >= 0 {
		k++
	}
	if k == 0 && len(t) > 0 && 'A' <= t[0] && t[0] <= 'D' {
		k = 1
	}
	if k == 0 || k >= len(t) || t[k] != '.' {
		return "", "", false
	}
	title, ok = afterSpace(t[k+1:])
	if !ok {
		return "", "", false
	}
	return t[:k], title, true
}

// isSection reports whether t is a section heading (see sectionMatch).
func isSection(t string) bool {
	_, _, ok := sectionMatch(t)
	return ok
}

// numberPrefix returns the length of the dotted number t starts with,
// `\d+(?:\.\d+)*`, or 0.
func numberPrefix(t string) int {
	k := 0
	for {
		d := k
		for d < len(t) && '0' <= t[d] && t[d] <= '9' {
			d++
		}
		if d == k {
			if k == 0 {
				return 0
			}
			return k - 1 // a dot not followed by digits
		}
		if d < len(t) && t[d] == '.' {
			k = d + 1
			continue
		}
		return d
	}
}

// itemMatch reads a numbered item, `^(\d+(?:\.\d+)*)[.)]\s+(\S.*)$`:
// "1. Rà soát ...", "2.1) Xây dựng ...".
func itemMatch(t string) (no, text string, ok bool) {
	k := numberPrefix(t)
	if k == 0 || k >= len(t) || t[k] != '.' && t[k] != ')' {
		return "", "", false
	}
	text, ok = afterSpace(t[k+1:])
	if !ok {
		return "", "", false
	}
	return t[:k], text, true
}

// isRowNumber reports whether t is a row number (see rowNumber).
func isRowNumber(t string) bool {
	_, ok := rowNumber(t)
	return ok
}

// isCapsSection reports whether t is a section heading in capitals.
func isCapsSection(t string) bool {
	_, title, ok := sectionMatch(t)
	return ok && isCaps(title)
}

// isItem reports whether t is a numbered item (see itemMatch).
func isItem(t string) bool {
	_, _, ok := itemMatch(t)
	return ok
}

// rowNumber reads the number of a table row, `^(\d+(?:\.\d+)*)\.?$`:
// "1", "12.", "2.3".
func rowNumber(t string) (string, bool) {
	k := numberPrefix(t)
	if k == 0 || k != len(t) && (k != len(t)-1 || t[k] != '.') {
		return "", false
	}
	return t[:k], true
}

func footnoteDef(t string) []string {
	if !strings.HasPrefix(t, "[") {
		return nil
	}
	return reFootnoteDef.FindStringSubmatch(t)
}

func footnotes(t string) [][]string {
	if strings.IndexByte(t, '[') < 0 {
		return nil
	}
	return reFootnote.FindAllStringSubmatch(t, -1)
}
