package parse

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The reader's door: bytes to text.
//
// A byte order mark names the encoding; otherwise Config.Encoding does
// (UTF-8 so named is strict: a bad byte is an error), or the bytes tell: UTF-16 by its NUL bytes, UTF-8 when its valid
// sequences outnumber the bytes that are not (each of those is read as
// U+FFFD and reported at its line and column), and Windows-1258 (the
// Vietnamese code page of older Word files) when they do not, with a
// warning that says so. Control bytes, C1 control characters, and text
// mostly above ASCII in which few characters are letters are not text.
// A carriage return alone ends a line, as a line feed does.
//
// The characters vntext.Invisible reports (zero-width, soft hyphen,
// bidirectional controls) are removed before anything reads the text,
// and reported where they sat inside a word or a number. Positions stay
// those of the text as read: lines are the input's lines; columns count
// the characters of the decoded line, removed ones included; offsets count
// bytes of the decoded text before the removal (for UTF-8 input without
// bad bytes, the input's own bytes; a bad byte counts as the three bytes
// of U+FFFD). Text normalised to NFC (decomposed input) is counted after
// normalisation, as before.

// decoded is the input read as text.
type decoded struct {
	text  string
	nfc   bool         // the text needs no normalization
	notes []decodeNote // what to report, in order
	bad   int          // bad bytes in all (notes hold the first ones)
	// shifts are the characters removed, in order: positions in text are
	// mapped back through them (see restore).
	shifts []shift
}

// decodeNote is something the door reports, at its position in the
// input's terms (see the top of the file).
type decodeNote struct {
	pos  block.Pos
	code plan.Code
	msg  string
}

// shift is one character removed: the line and column (in the text after
// removal) of the character after it, and the bytes removed up to and
// including it.
type shift struct {
	line, col int32
	bytes     int
}

// decode turns the input into UTF-8 text as decodeText does, keeping the
// invisible characters: the text positions refer to, for printing lines.
func decode(src []byte, enc string) (text string, nfc bool, err error) {
	d, err := decodeText(src, enc, false, 0)
	if err != nil {
		return "", false, err
	}
	return d.text, d.nfc, nil
}

// decodeText reads src as text (see the comment at the top of the file).
// strip removes the invisible characters; at most keep bad bytes get a
// note of their own.
func decodeText(src []byte, enc string, strip bool, keep int) (*decoded, error) {
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		src, enc = src[3:], "utf-8"
	case bytes.HasPrefix(src, []byte("\xff\xfe")):
		src, enc = src[2:], "utf-16le"
	case bytes.HasPrefix(src, []byte("\xfe\xff")):
		src, enc = src[2:], "utf-16be"
	}
	d := &decoded{}
	enc = strings.ToLower(enc)
	guessed := ""
	if enc == "" {
		if guess := utf16Guess(src); guess != "" {
			enc, guessed = guess, guess
			d.notes = append(d.notes, decodeNote{pos: docStart, code: CodeGuessed, msg: "input has no byte order mark but its NUL bytes are those of " + strings.ToUpper(guess) + ": read as " + strings.ToUpper(guess)})
		}
	}
	var out []byte
	var st vntext.Stats
	switch enc {
	case "", "utf-8", "utf8":
		st = vntext.Scan(src)
		if st.Invalid > 0 && enc != "" { // UTF-8 by name: strict
			return nil, fmt.Errorf("input is not UTF-8 text: invalid byte 0x%02x at offset %d", src[st.FirstInvalid], st.FirstInvalid)
		}
		if st.Invalid > 0 && st.Invalid >= st.Multi {
			// More bytes outside UTF-8 than valid sequences: not UTF-8.
			b, err := charmap.Windows1258.NewDecoder().Bytes(src)
			if err != nil {
				return nil, fmt.Errorf("input is not Windows-1258 text: %v", err)
			}
			d.notes = append(d.notes, decodeNote{pos: docStart, code: CodeGuessed, msg: fmt.Sprintf(
				"input is not UTF-8 (%d bytes outside UTF-8, the first at byte %d, and %d valid sequences): read as Windows-1258",
				st.Invalid, st.FirstInvalid, st.Multi)})
			out, st = b, vntext.Scan(b)
		} else {
			out = src
		}
	case "windows-1258", "cp1258":
		b, err := charmap.Windows1258.NewDecoder().Bytes(src)
		if err != nil {
			return nil, fmt.Errorf("input is not Windows-1258 text: %v", err)
		}
		out, st = b, vntext.Scan(b)
	case "utf-16le", "utf-16be":
		if len(src)%2 != 0 {
			return nil, fmt.Errorf("input is not %s text: odd length %d", enc, len(src))
		}
		order := xunicode.LittleEndian
		if enc == "utf-16be" {
			order = xunicode.BigEndian
		}
		b, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(src)
		if err != nil {
			return nil, fmt.Errorf("input is not %s text: %v", enc, err)
		}
		out, st = b, vntext.Scan(b)
	default:
		return nil, fmt.Errorf("%w %q (want utf-8, utf-16le, utf-16be or windows-1258)", ErrEncoding, enc)
	}
	if err := notText(out, st); err != nil {
		if guessed != "" { // name what the bytes looked like
			return nil, fmt.Errorf("input has the NUL bytes of %s without a byte order mark, but read so it %s", strings.ToUpper(guessed), strings.TrimPrefix(err.Error(), "input "))
		}
		return nil, err
	}
	d.nfc = st.NFC
	if st.Invalid == 0 && !st.LoneCR && (st.Invisible == 0 || !strip) {
		d.text = string(out)
		return d, nil
	}
	if strip {
		d.shifts = make([]shift, 0, st.Invisible)
	}
	d.rebuild(out, strip, keep)
	return d, nil
}

// utf16Guess names the UTF-16 byte order of text without a byte order
// mark, which its NUL bytes show (the high byte of every ASCII
// character: at least half of the characters of Vietnamese text), or
// returns "".
func utf16Guess(src []byte) string {
	n := min(len(src), 4096) &^ 1
	if n < 16 || len(src)%2 != 0 { // too short to tell, or not UTF-16
		return ""
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*2 >= pairs && even*20 <= odd:
		return "utf-16le"
	case even*2 >= pairs && odd*20 <= even:
		return "utf-16be"
	}
	return ""
}

// notText returns why b, decoded, is not text, or nil.
func notText(b []byte, st vntext.Stats) error {
	switch {
	case st.Control >= 0:
		return fmt.Errorf("input is not text: control byte 0x%02x at offset %d", b[st.Control], st.Control)
	case st.C1 > 0 && st.C1*100 >= st.Runes:
		return fmt.Errorf("input is not text: %d of its %d characters are C1 control characters", st.C1, st.Runes)
	case st.NonASCII*2 > st.Runes && st.Letters*10 < st.NonASCII*7:
		return fmt.Errorf("input is not text: %d of its %d characters are above ASCII, and only %d of those are letters", st.NonASCII, st.Runes, st.Letters)
	}
	return nil
}

// rebuild writes b as the text: U+FFFD for each bad byte, a line feed for
// each carriage return alone, and, when strip is set, without the
// invisible characters. It notes the first keep bad bytes and the
// invisible characters found inside a word.
func (d *decoded) rebuild(b []byte, strip bool, keep int) {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	line, col := int32(1), int32(1) // of the next character written
	removed := 0                    // bytes removed
	onLine := 0                     // characters removed from the line
	here := func() block.Pos {      // the input's position of the next character
		return block.Pos{Offset: sb.Len() + removed, Line: int(line), Col: int(col) + onLine}
	}
	var prev rune // the last character written
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				line, col, onLine = line+1, 1, 0
			case '\r':
				if i+1 >= len(b) || b[i+1] != '\n' {
					c = '\n'
					line, col, onLine = line+1, 1, 0
				}
			default:
				col++
			}
			sb.WriteByte(c)
			prev = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if d.bad++; d.bad <= keep {
				d.notes = append(d.notes, decodeNote{pos: here(), code: CodeBadByte, msg: fmt.Sprintf("byte 0x%02x is not UTF-8: read as U+FFFD", c)})
			}
			sb.WriteString("\uFFFD")
			r = utf8.RuneError
			col++
		case strip && vntext.Invisible(r):
			next, _ := utf8.DecodeRune(b[i+size:])
			if vntext.IsWordRune(prev) && vntext.IsWordRune(next) && len(d.notes) < 4*keep+8 {
				d.notes = append(d.notes, decodeNote{pos: here(), code: CodeInvisible, msg: fmt.Sprintf("invisible character U+%04X inside a word or number, removed", r)})
			}
			removed += size
			onLine++
			d.shifts = append(d.shifts, shift{line: line, col: col, bytes: removed})
			i += size
			continue
		default:
			sb.Write(b[i : i+size])
			col++
		}
		prev = r
		i += size
	}
	d.text = sb.String()
}

var docStart = block.Pos{Line: 1, Col: 1}

// restore maps the positions of the diagnostics and citations found in
// the text after removal back to the text as read (see shifts).
func (s *state) restore(shifts []shift) {
	if len(shifts) == 0 {
		return
	}
	// back returns the bytes and the characters of the line removed before
	// line:col.
	back := func(line, col int) (bytes, chars int) {
		k := sort.Search(len(shifts), func(k int) bool {
			sh := shifts[k]
			return int(sh.line) > line || int(sh.line) == line && int(sh.col) > col
		})
		j := sort.Search(len(shifts), func(j int) bool { return int(shifts[j].line) >= line })
		if k > 0 {
			bytes = shifts[k-1].bytes
		}
		return bytes, max(k-j, 0)
	}
	for i := range s.doc.Diagnostics {
		d := &s.doc.Diagnostics[i]
		b, c := back(d.Line, d.Column)
		d.Offset += b
		d.Column += c
	}
	for i := range s.doc.Citations {
		c := &s.doc.Citations[i]
		_, n := back(c.Line, c.Column)
		c.Column += n
	}
}

// decodeNotes reports what the door found: the encoding guessed, the
// bad bytes, the invisible characters inside words.
func (s *state) decodeNotes(d *decoded) {
	kept := 0
	for _, n := range d.notes {
		s.diag(n.pos, plan.Warning, n.code, "%s", n.msg)
		if n.code == CodeBadByte {
			kept++
		}
	}
	if more := d.bad - kept; more > 0 {
		f := s.folds[foldKey{CodeBadByte, plan.Warning}]
		f.more += more
	}
}
