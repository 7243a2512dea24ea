package parse

import (
	"strings"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
)

// The decision's part of a document: header, bases, articles, recipients
// and signer. Its readers (header.go, bases.go, articles.go, closing.go)
// take paragraphs from the flow of the part, in the priority of
// decisionReaders (layouts.go), and build the decision in one
// decisionBuilder.

// phase is where the decision's reading stands.
type phase uint8

const (
	preamble   phase = iota // header, title, bases
	body                    // articles
	recipients              // "Nơi nhận"
	signature               // the signer's lines
)

// decisionBuilder accumulates the decision.
type decisionBuilder struct {
	flow []int // the paragraphs of the part, in reading order
	at   int   // the index in flow of the paragraph being read

	phase      phase
	header     []int // paragraphs in capitals at the top, not yet placed
	title      textBuf
	titleOpen  bool // the paragraphs under the type line continue the title
	titleCase  bool // the title is in sentence case: lines that go on it start in lower case
	titleLines int  // the lines read into the title under the type line
	headed     bool // a section heading came ("I. MỤC ĐÍCH"): no basis after it
	bases      []basisBuilder
	articles   []articleBuilder // the last is the article being read
	signers    int              // lines of the signer's block read
}

type basisBuilder struct {
	text      textBuf
	line      int
	citations []plan.Citation
	last      int // the flow index of its last paragraph
}

type articleBuilder struct {
	no   int
	text textBuf
	line int
}

// cur returns the paragraph being read and its index.
func (s *state) cur() (*block.Para, int) {
	k := s.dec.flow[s.dec.at]
	return s.para(k), k
}

// peek returns the paragraph n after the one being read, or nil.
func (s *state) peek(n int) (*block.Para, int) {
	if i := s.dec.at + n; i < len(s.dec.flow) {
		k := s.dec.flow[i]
		return s.para(k), k
	}
	return nil, -1
}

// flow returns the paragraphs of blocks from..to in reading order, with
// those of layout tables (the header box of a converted Word file) and
// without those of task tables, which the plan readers read.
func (s *state) flow(from, to int) []int {
	out := make([]int, 0, to-from) // a block a paragraph, most of the time
	for _, b := range s.src.Blocks[from:to] {
		switch {
		case !b.IsTable():
			out = append(out, b.Para)
		case !s.isTaskTable(b.Table):
			for k := b.Table.First; k < b.Table.End; k++ {
				out = append(out, k)
			}
		}
	}
	return out
}

// readDecision reads blocks from..to as the decision's part.
func (s *state) readDecision(from, to int) {
	d := &s.dec
	d.flow = s.flow(from, to)
	for d.at = 0; d.at < len(d.flow) && !s.stopped(); {
		p, k := s.cur()
		if p.Text == "" {
			if s.marks(k) != "" {
				s.take(k, rdMarks)
			}
			d.at++
			continue
		}
		if d.phase == preamble && isSection(p.Text) {
			d.headed = true // a plan's heading: what follows is no preamble
		}
		n := 0
		for _, r := range decisionReaders {
			if n = r(s); n > 0 {
				break
			}
		}
		d.at += max(n, 1) // a paragraph no reader took stays unclaimed
	}
	s.finishDecision()
}

// finishDecision writes what the builder holds into the document.
func (s *state) finishDecision() {
	d, doc := &s.dec, s.doc
	for _, k := range d.header { // no motto nor number followed: a title
		d.title.add(" ", s.para(k).Text)
		s.take(k, rdTitle)
	}
	d.header = nil
	if !d.title.empty() {
		doc.Title = d.title.String()
	}
	doc.Bases = make([]plan.Basis, 0, len(d.bases))
	for _, b := range d.bases {
		doc.Bases = append(doc.Bases, plan.Basis{Text: b.text.String(), Line: b.line, Citations: b.citations})
	}
	doc.Articles = make([]plan.Article, 0, len(d.articles))
	for i := range d.articles {
		a := &d.articles[i]
		doc.Articles = append(doc.Articles, plan.Article{No: a.no, Text: a.text.String(), Line: a.line})
	}
	if doc.Kind == "" && (len(doc.Articles) > 0 || len(doc.Bases) > 0) {
		doc.Kind = "Quyết định"
	}
}

// hasPrefixAny reports whether t starts with one of the prefixes.
func hasPrefixAny(t string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
