// Package parse reads the text of a Vietnamese decision (Quyết định) and the
// plans attached to it into a *plan.Document.
//
// It follows the go/parser contract: input that can be read as text always
// gives a document, with what could be recovered, and the problems found
// are reported as diagnostics with their position (line, column in
// characters, byte offset). Every non-blank line of the input ends up in
// the document or in a diagnostic. Only input that is not text at all is
// refused.
//
// # The pipeline
//
// The input is decoded at the door (UTF-8, UTF-16 or Windows-1258, to
// NFC; a bad byte read as U+FFFD and reported; zero-width and
// bidirectional control characters removed, and reported inside a word;
// a carriage return alone ends a line) and read into blocks: paragraphs and tables of cells. The text reader
// recognises the renderings of tables people paste: the text Word and
// Tika write for a Word table (one cell a line after a tab), Markdown
// pipe rows, tab-separated rows, and a converter's cells between lines of
// "|". The blocks are then cut into parts — the decision's, and one per
// plan or appendix — whose layout readers (listed in layouts.go, one
// small reader each) take paragraphs into the model; rows become tasks
// with their units, deadlines and a key. What no reader took is reported.
//
// # Errors
//
// Diagnostics have a severity: warnings are what could not be placed or
// understood, or was read with a guess; errors are parts that could not be
// read at all: a task table from which no task could be read, a task
// without content, a plan with no task, a text whose lines are mostly not
// understood. Decision returns the errors, sorted, as an ErrorList; every
// diagnostic is also in Document.Diagnostics. The codes are the Code
// constants.
//
// # Positions
//
// Lines are the input's lines (a line feed, a CR LF or a carriage return
// alone ends one). Columns count the characters of the line, decoded and
// in NFC, the removed invisible characters included and a bad byte as one. Offsets
// count bytes of the decoded text before the invisible characters are
// removed: the input's own bytes for UTF-8 input in NFC without bad
// bytes, three for each bad byte (U+FFFD), the UTF-8 bytes of the text
// for other encodings and for text normalised to NFC.
//
// # Limits
//
// What a parse allocates grows with its input and no faster, on every
// shape of input the tests know (see hostile_test.go); Config bounds it:
// MaxSize the input, MaxTasks the tasks (and the table rows read, twice
// as many), MaxCells the cells of a row written on one line,
// MaxDiagnostics the diagnostics of one kind (the rest folded into one),
// and Context the time. A limit passed is an error with code CodeLimit.
//
// The functions of this package are safe for concurrent use.
package parse

import (
	"context"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/block"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// Config controls parsing. The zero Config works.
type Config struct {
	// Warn, when set, is called with every diagnostic that is not an
	// error, in order of position.
	Warn func(*Error)
	// MaxSize is the largest input accepted, in bytes; 0 means 64 MiB.
	MaxSize int
	// Encoding names the encoding of input without a byte order mark:
	// "utf-8", "utf-16le", "utf-16be" or "windows-1258", or an old
	// Vietnamese font encoding, "tcvn3" or "vni" (also for the runs of a
	// Word file, whatever their fonts). Empty means: told from the bytes
	// (see decode.go): UTF-16 by its NUL bytes; UTF-8, each bad byte read
	// as U+FFFD with a warning; Windows-1258 when the bytes hold more bad
	// bytes than valid UTF-8 sequences, with a warning. A byte order mark
	// (UTF-8 or UTF-16) always wins.
	Encoding string
	// Registry is the registry of agencies that lead and partner cells are
	// split with; nil means unit.Default().
	Registry *unit.Registry
	// Vocabulary is the words that name task columns and task labels; nil
	// means DefaultVocabulary().
	Vocabulary *Vocabulary
	// Format forces the input's format: "text", "docx", "doc", "html" or
	// "pdf" (see formats.go); empty means the format the bytes tell.
	Format string
	// AllErrors reports every error; otherwise the error list stops after
	// ten errors, with one error a line (as go/parser does). The document's
	// Diagnostics always hold every diagnostic.
	AllErrors bool
	// Context, when set, is looked at as the parse goes (every few
	// hundred lines, blocks or rows): once it is done, Decision stops and
	// returns a nil document and the context's error.
	Context context.Context
	// MaxTasks is the most tasks a document is read into; 0 means
	// DefaultMaxTasks. The rows past it are not read, and an error with
	// code CodeLimit says from where. Tables written as text are read
	// into at most twice as many rows (headers and separators count),
	// and 16 cells for each of those rows; the lines after that are not
	// read either, with the same error.
	MaxTasks int
	// MaxCells is the most cells a table row is read into; 0 means
	// DefaultMaxCells. The rest of a longer row is not read, and an error
	// with code CodeLimit says where it starts.
	MaxCells int
	// MaxDiagnostics is the most diagnostics of one code and severity
	// kept; 0 means DefaultMaxDiagnostics. The ones past it are folded
	// into one, at the first of them: "and 199,998 more like this".
	MaxDiagnostics int
}

// The limits of a zero Config.
const (
	DefaultMaxSize        = 64 << 20 // Config.MaxSize, bytes
	DefaultMaxTasks       = 10000    // Config.MaxTasks
	DefaultMaxCells       = 256      // Config.MaxCells
	DefaultMaxDiagnostics = 100      // Config.MaxDiagnostics
)

// limit returns n, or def when n is not above 0.
func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

func (c *Config) registry() *unit.Registry {
	if c.Registry != nil {
		return c.Registry
	}
	return unit.Default()
}

// Decision parses a decision with the zero Config; see Config.Decision.
func Decision(filename string, src []byte) (*plan.Document, error) {
	var c Config
	return c.Decision(filename, src)
}

// Decision parses src, the text of a decision and its plans, or of a plan
// issued on its own. filename is used in positions only.
//
// When src can be read, the result is a document holding what was
// recovered, with every problem in its Diagnostics; the error is then an
// ErrorList of the errors among them, sorted, or nil when there are none.
// When src is not text or is too large, the document is nil and the error
// is an *Error wrapping ErrNotText, ErrTooBig or ErrEncoding.
func (c *Config) Decision(filename string, src []byte) (*plan.Document, error) {
	max := limit(c.MaxSize, DefaultMaxSize)
	fatal := func(code plan.Code, err error, msg string) error {
		return &Error{Position: Position{Filename: filename}, Severity: plan.Error, Code: code, Message: msg, Err: err}
	}
	if len(src) > max {
		return nil, fatal(CodeTooLarge, ErrTooBig, fmt.Sprintf("input is %d bytes, more than the limit of %d", len(src), max))
	}
	if doc, ok, err := c.decisionFormat(filename, src); ok {
		return doc, err // not plain text: formats.go
	}
	keep := limit(c.MaxDiagnostics, DefaultMaxDiagnostics) + 1
	dec, err := decodeText(src, c.Encoding, true, keep)
	if errors.Is(err, ErrEncoding) {
		return nil, fatal(CodeEncoding, ErrEncoding, err.Error())
	}
	if err != nil {
		return nil, fatal(CodeNotText, ErrNotText, err.Error())
	}
	if err := c.ctxErr(); err != nil {
		return nil, err
	}
	blocks, cuts := c.readText(dec.text, dec.nfc)
	if err := c.ctxErr(); err != nil {
		return nil, err
	}
	s := newState(c, filename, blocks)
	s.cutNotes(cuts)
	s.read()
	s.judge()
	if s.err != nil {
		return nil, s.err
	}
	s.restore(dec.shifts)
	s.decodeNotes(dec)
	s.foldNotes()
	return s.doc, c.report(s.doc)
}

// readText reads decoded text into blocks within the limits of c.
func (c *Config) readText(text string, nfc bool) (*block.Document, []cutRow) {
	return readText(text, nfc, limit(c.MaxCells, DefaultMaxCells), 2*limit(c.MaxTasks, DefaultMaxTasks), c.Context)
}

// ctx returns c.Context, or the background context when it is nil: the
// context the programs a format needs (LibreOffice, pdftotext) run under.
func (c *Config) ctx() context.Context {
	if c.Context == nil {
		return context.Background()
	}
	return c.Context
}

// ctxErr returns the error of c.Context, nil when it is not done.
func (c *Config) ctxErr() error {
	if c.Context == nil {
		return nil
	}
	return c.Context.Err()
}

// report sorts the document's diagnostics, sends the warnings to Warn and
// returns the errors.
func (c *Config) report(doc *plan.Document) error {
	diags := doc.Diagnostics
	sortDiagnostics(diags)
	var errs ErrorList
	line := -1
	for i := range diags {
		d := &diags[i]
		if d.Severity != plan.Error {
			if c.Warn != nil {
				e := *d
				c.Warn(&e)
			}
			continue
		}
		if !c.AllErrors && (d.Line == line || len(errs) == 10) {
			continue
		}
		e := *d
		errs = append(errs, &e)
		line = d.Line
	}
	return errs.Err()
}
