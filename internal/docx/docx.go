// Package docx reads Word documents (.docx, Office Open XML) into the
// parser's blocks, with the standard library only: paragraphs and their
// runs, tables with their merged cells, Word's list numbering, bookmarks,
// hyperlinks, content controls, tracked changes, fields and footnotes.
//
// Positions: Pos.Line is the number of the paragraph (from 1) in reading
// order, counting the paragraphs of table cells and of footnotes, a soft
// line break starting a new one; Document.Lines holds each paragraph's
// text, so that Pos.Col counts characters in it. Pos.Offset is the byte
// offset of the paragraph's element in word/document.xml (for footnotes,
// in word/footnotes.xml).
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/legacy"
)

// Limits bound what a file may make the reader do. The zero value of a
// field means its default.
type Limits struct {
	// Entries is the most entries the zip archive may hold: 10 000.
	Entries int
	// Size is the most bytes the parts read may hold, uncompressed, all
	// together: 256 MiB.
	Size int64
	// Depth is the deepest nesting of XML elements: 256.
	Depth int
}

func (l Limits) orDefault() Limits {
	if l.Entries <= 0 {
		l.Entries = 10000
	}
	if l.Size <= 0 {
		l.Size = 256 << 20
	}
	if l.Depth <= 0 {
		l.Depth = 256
	}
	return l
}

// MaxElements is the most XML elements a part may hold (a long Word
// document holds a few hundred thousand).
const MaxElements = 2 << 20

// Errors of files that cannot be read, for errors.Is.
var (
	// ErrNotDocx: the bytes are not a Word document: not a zip archive,
	// or one without word/document.xml.
	ErrNotDocx = errors.New("not a .docx file")
	// ErrLimit: the file exceeds a limit (entries, size, nesting).
	ErrLimit = errors.New("file exceeds the reader's limits")
	// ErrBroken: a part of the file cannot be read.
	ErrBroken = errors.New("broken .docx file")
)

// IsDocx reports whether src is a zip archive that holds word/document.xml
// (read from the archive's directory, without decompressing anything).
func IsDocx(src []byte) bool {
	if !bytes.HasPrefix(src, []byte("PK")) {
		return false
	}
	z, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// archive is an open .docx: its parts and what reading them may still
// take.
type archive struct {
	parts map[string]*zip.File
	left  int64
	lim   Limits
}

func open(src []byte, lim Limits) (*archive, error) {
	if !bytes.HasPrefix(src, []byte("PK")) {
		return nil, fmt.Errorf("%w: not a zip archive", ErrNotDocx)
	}
	z, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("%w: not a zip archive: %v", ErrNotDocx, err)
	}
	if len(z.File) > lim.Entries {
		return nil, fmt.Errorf("%w: the archive holds %d entries, more than %d", ErrLimit, len(z.File), lim.Entries)
	}
	a := &archive{parts: map[string]*zip.File{}, left: lim.Size, lim: lim}
	for _, f := range z.File {
		a.parts[f.Name] = f
	}
	if a.parts["word/document.xml"] == nil {
		return nil, fmt.Errorf("%w: the zip archive holds no word/document.xml (not a Word document)", ErrNotDocx)
	}
	return a, nil
}

// tree reads part name into a tree; a part that is absent is nil.
func (a *archive) tree(name string) (*node, error) {
	f := a.parts[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(a.left) {
		return nil, fmt.Errorf("%w: %s is %d bytes uncompressed, more than the %d left of the limit of %d (a zip bomb?)",
			ErrLimit, name, f.UncompressedSize64, a.left, a.lim.Size)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	defer rc.Close()
	// The directory may lie about the size: read no more than is left.
	lr := &io.LimitedReader{R: rc, N: a.left + 1}
	data, err := io.ReadAll(lr)
	if errors.Is(err, zip.ErrFormat) {
		// archive/zip stops at the size the directory gives.
		return nil, fmt.Errorf("%w: %s holds more than the archive's directory says (a zip bomb?)", ErrLimit, name)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	if int64(len(data)) > a.left {
		return nil, fmt.Errorf("%w: %s holds more than the %d bytes left of the limit of %d (a zip bomb?)", ErrLimit, name, a.left, a.lim.Size)
	}
	a.left -= int64(len(data))
	// An element takes at least 4 bytes ("<a/>"); and no part may hold
	// more than MaxElements, which bounds the tree's memory.
	t, err := parseTree(bytes.NewReader(data), a.lim.Depth, min(len(data)/4+1, MaxElements))
	if err != nil {
		if errors.Is(err, errDepth) {
			return nil, fmt.Errorf("%w: %s: %v", ErrLimit, name, err)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	return t, nil
}

// Options control reading.
type Options struct {
	Limits
	// Encoding, when set, is the old font encoding of every run's text;
	// otherwise runs in a TCVN3 or VNI font (".VnTime", "VNI-Times") are
	// converted from that font's encoding.
	Encoding legacy.Encoding
}

// Info tells what reading did beside the blocks.
type Info struct {
	// Legacy counts the runs converted from an old font encoding, by
	// encoding.
	Legacy map[legacy.Encoding]int
}

// Read reads the .docx file src into blocks.
func Read(src []byte, opt Options) (*block.Document, Info, error) {
	lim := opt.Limits.orDefault()
	a, err := open(src, lim)
	if err != nil {
		return nil, Info{}, err
	}
	doc, err := a.tree("word/document.xml")
	if err != nil {
		return nil, Info{}, err
	}
	r := &reader{b: block.NewBuilder(), notes: map[string]*node{}, force: opt.Encoding}
	st, err := a.tree("word/styles.xml")
	if err != nil {
		return nil, Info{}, err
	}
	r.styles = readStyles(st)
	nt, err := a.tree("word/numbering.xml")
	if err != nil {
		return nil, Info{}, err
	}
	r.num = readNumbering(nt)
	if fn, err := a.tree("word/footnotes.xml"); err != nil {
		return nil, Info{}, err
	} else if fn != nil {
		for _, f := range fn.child("footnotes").kidsNamed("footnote") {
			if t := f.get("type"); t == "" || t == "normal" {
				r.notes[f.get("id")] = f
			}
		}
	}
	body := doc.child("document").child("body")
	if body == nil {
		return nil, Info{}, fmt.Errorf("%w: word/document.xml has no w:body", ErrBroken)
	}
	r.blocks(body)
	r.footnotes()
	d := r.b.Document()
	d.Lines = padLines(d, r.lines)
	return d, Info{Legacy: r.legacy}, nil
}

// padLines returns lines with empty lines added for the positions past
// its end: the empty cells and rows a broken file leaves without a
// paragraph.
func padLines(d *block.Document, lines []string) []string {
	last := len(lines)
	for _, p := range d.Paras {
		last = max(last, p.Pos.Line)
	}
	for _, c := range d.Cells {
		last = max(last, c.Pos.Line)
	}
	for _, b := range d.Blocks {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				last = max(last, r.Pos.Line)
			}
		}
	}
	for len(lines) < last {
		lines = append(lines, "")
	}
	return lines
}

// kidsNamed returns the children of local name n.
func (e *node) kidsNamed(n string) []*node {
	if e == nil {
		return nil
	}
	var out []*node
	for _, k := range e.kids {
		if k.name == n {
			out = append(out, k)
		}
	}
	return out
}

// Encrypted reports whether src, an OLE2 compound file, is an encrypted
// Office document (a password-protected .docx is saved so): its directory
// names an EncryptionInfo stream.
func Encrypted(src []byte) bool {
	name := []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
	return IsOLE(src) && bytes.Contains(src, name)
}

// IsOLE reports an OLE2 compound file: a .doc, or an encrypted .docx.
func IsOLE(src []byte) bool {
	return bytes.HasPrefix(src, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
}

// lower is strings.ToLower, named for the styles' and fonts' names.
var lower = strings.ToLower
