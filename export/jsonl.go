package export

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteJSONLine writes one line of a JSON lines stream: the envelope
// {"file": NAME, "document": DOCUMENT} for a file that was read, with the
// document in the JSON form of WriteJSON, or {"file": NAME, "error":
// MESSAGE} for one that was not. Every file of a batch gets its line, so
// a reader can match lines to files by name, and a file that failed
// shifts nothing after it.
func WriteJSONLine(w io.Writer, f File) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	name, err := json.Marshal(f.Name)
	if err != nil {
		return err
	}
	bw.WriteString(`{"file":`)
	bw.Write(name)
	switch {
	case f.Doc != nil:
		bw.WriteString(`,"document":`)
		if err := writeDocument(bw, f.Doc); err != nil {
			return err
		}
	default:
		msg := "no document"
		if f.Err != nil {
			msg = f.Err.Error()
		}
		m, _ := json.Marshal(msg) // a string always marshals
		bw.WriteString(`,"error":`)
		bw.Write(m)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
