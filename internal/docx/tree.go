package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// node is an element of a part's XML, with what the reader needs of it:
// its local name, its attributes, its children, and, for the elements
// that hold text (w:t, w:instrText ...), the text.
type node struct {
	name  string
	attr  []xml.Attr
	kids  []*node
	text  string
	off   int // byte offset of the element's start in the part
	space string
}

// attr returns the value of the attribute of local name n, "" when absent.
func (e *node) get(n string) string {
	for _, a := range e.attr {
		if a.Name.Local == n {
			return a.Value
		}
	}
	return ""
}

// child returns the first child of local name n, or nil.
func (e *node) child(n string) *node {
	if e == nil {
		return nil
	}
	for _, k := range e.kids {
		if k.name == n {
			return k
		}
	}
	return nil
}

// val returns the w:val of the child of local name n, and whether the
// child is there.
func (e *node) val(n string) (string, bool) {
	k := e.child(n)
	if k == nil {
		return "", false
	}
	return k.get("val"), true
}

// on reports a toggle property (w:b, w:i, w:caps ...): present and not
// switched off.
func (e *node) on(n string) bool {
	v, ok := e.val(n)
	return ok && v != "0" && v != "false" && v != "off" && v != "none"
}

// textElems are the elements whose character data is kept.
var textElems = map[string]bool{"t": true, "delText": true, "instrText": true}

// errDepth is the error of a part nested deeper than the limit.
var errDepth = errors.New("XML nested too deep or too large")

// parseTree reads a part into a tree, refusing nesting deeper than depth
// and more than maxNodes elements. Names are read without resolving their
// namespaces (RawToken, twice as fast): the parts of a Word file use the
// usual prefixes, and the reader matches local names.
func parseTree(r io.Reader, depth, maxNodes int) (*node, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	root := &node{name: "#root"}
	stack := []*node{root}
	nodes := 0
	for {
		off := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > depth {
				return nil, fmt.Errorf("%w: more than %d levels at offset %d", errDepth, depth, off)
			}
			nodes++
			if nodes > maxNodes {
				return nil, fmt.Errorf("%w: more than %d XML elements", errDepth, maxNodes)
			}
			n := &node{name: t.Name.Local, attr: t.Attr, off: off, space: t.Name.Space}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top := stack[len(stack)-1]
			if textElems[top.name] {
				top.text += string(t)
			}
		}
	}
	return root, nil
}

// isMath reports an element of Office Math (the prefix "m"), whose text
// is read as is.
func (e *node) isMath() bool { return e.space == "m" }
