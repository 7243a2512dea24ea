package htmldoc

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// node is an element or a text of the page, with the byte offset where it
// starts in the page (decoded to UTF-8). The tree is built from the
// tokenizer, which gives offsets, with the end tags HTML lets a page
// leave out implied: a cell ends at the next cell or row, a row at the
// next row, a paragraph at the next block.
type node struct {
	tag  atom.Atom
	name string
	attr []html.Attribute
	text string // for a text node (tag 0, name "")
	kids []*node
	off  int
	hide bool
}

func (n *node) get(key string) string {
	for _, a := range n.attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func (n *node) hasClass(c string) bool {
	for _, f := range strings.Fields(n.get("class")) {
		if f == c {
			return true
		}
	}
	return false
}

var errDepth = errors.New("HTML nested too deep or too large")

// maxNodes is the most elements and texts a page may hold (a long page of
// thuvienphapluat.vn holds some tens of thousands).
const maxNodes = 2 << 20

// void elements hold nothing and have no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// skipped elements hold no text of the document.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
}

// blocks close an open paragraph when they start.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true,
	atom.Center: true, atom.Section: true, atom.Article: true, atom.Dl: true, atom.Hr: true, atom.Li: true,
}

// parse builds the tree of page src, refusing nesting deeper than depth.
func parse(src string, depth int) (*node, error) {
	z := html.NewTokenizerFragment(strings.NewReader(src), "")
	z.SetMaxBuf(0)
	root := &node{name: "#root"}
	stack := []*node{root}
	off, nodes := 0, 0
	top := func() *node { return stack[len(stack)-1] }
	// closeTo pops up to and including the innermost element of tag t,
	// unless one of the stop tags is met first; it reports whether it did.
	closeTo := func(t atom.Atom, stop ...atom.Atom) bool {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].tag == t {
				stack = stack[:i]
				return true
			}
			for _, s := range stop {
				if stack[i].tag == s {
					return false
				}
			}
		}
		return false
	}
	for {
		tt := z.Next()
		raw := len(z.Raw())
		if nodes++; nodes > maxNodes {
			return nil, fmt.Errorf("%w: more than %d elements and texts", errDepth, maxNodes)
		}
		start := off
		off += raw
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return root, nil
			}
			return nil, z.Err()
		case html.TextToken:
			t := top()
			t.kids = append(t.kids, &node{text: string(z.Text()), off: start})
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := &node{name: string(name), off: start}
			n.tag = atom.Lookup(name)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.attr = append(n.attr, html.Attribute{Key: string(k), Val: string(v)})
			}
			switch n.tag {
			case atom.Td, atom.Th:
				closeTo(atom.Td, atom.Tr, atom.Table)
				closeTo(atom.Th, atom.Tr, atom.Table)
			case atom.Tr:
				closeTo(atom.Tr, atom.Table)
			case atom.Li:
				closeTo(atom.Li, atom.Ul, atom.Ol)
			}
			if blocks[n.tag] {
				closeTo(atom.P, atom.Td, atom.Th, atom.Div, atom.Table, atom.Li)
			}
			t := top()
			t.kids = append(t.kids, n)
			if void[n.tag] || tt == html.SelfClosingTagToken {
				continue
			}
			if len(stack) > depth {
				return nil, fmt.Errorf("%w: more than %d levels at offset %d", errDepth, depth, start)
			}
			stack = append(stack, n)
		case html.EndTagToken:
			name, _ := z.TagName()
			t := atom.Lookup(name)
			switch t {
			case atom.Td, atom.Th, atom.Tr:
				closeTo(t, atom.Table)
			case atom.P:
				closeTo(t, atom.Td, atom.Th, atom.Div, atom.Table)
			default:
				for i := len(stack) - 1; i > 0; i-- {
					if stack[i].name == string(name) {
						stack = stack[:i]
						break
					}
				}
			}
		}
	}
}
