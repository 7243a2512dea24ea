package export

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// WriteJSON writes d to w as a json.Encoder would: the JSON of
// json.Marshal(d) and a newline. A large document is written one task,
// citation or diagnostic at a time, so that its JSON is never held in
// memory whole.
func WriteJSON(w io.Writer, d *plan.Document) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	if err := writeDocument(bw, d); err != nil {
		return err
	}
	if err := bw.WriteByte('\n'); err != nil {
		return err
	}
	return bw.Flush()
}

// writeDocument writes the JSON of d, without a newline.
func writeDocument(bw *bufio.Writer, d *plan.Document) error {
	items := len(d.Citations) + len(d.Diagnostics)
	for _, p := range d.Plans {
		items += len(p.Tasks)
	}
	if items < streamFrom {
		// Small: one pass of encoding/json is faster, and its buffer small.
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		_, err = bw.Write(b)
		return err
	}
	s := &streamer{w: bw}
	s.enc = json.NewEncoder(&s.buf)
	return s.stream(reflect.ValueOf(d))
}

// streamFrom is the number of tasks, citations and diagnostics from which
// WriteJSON streams a document (a variable for the tests).
var streamFrom = 1000

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// marshals reports whether encoding/json writes values of t with a method
// of theirs, which stream then leaves to it.
func marshals(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(jsonMarshaler) || t.Implements(textMarshaler) ||
		p.Implements(jsonMarshaler) || p.Implements(textMarshaler)
}

// streamed are the types that stream writes field by field: those that
// hold the long lists. Other values, such as each task, go through
// json.Marshal whole, which is faster.
var streamed = map[reflect.Type]bool{
	reflect.TypeFor[plan.Document](): true,
	reflect.TypeFor[plan.Plan]():     true,
}

// stream writes v as encoding/json would: documents and plans part by
// part, slices of structs element by element, everything else with
// json.Marshal.
func (s *streamer) stream(v reflect.Value) error {
	w := s.w
	t := v.Type()
	switch {
	case marshals(t):
	case t.Kind() == reflect.Pointer:
		if v.IsNil() {
			_, err := w.WriteString("null")
			return err
		}
		return s.stream(v.Elem())
	case t.Kind() == reflect.Slice && (t.Elem().Kind() == reflect.Struct || t.Elem().Kind() == reflect.Pointer) && !marshals(t.Elem()):
		if v.IsNil() {
			_, err := w.WriteString("null")
			return err
		}
		w.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				w.WriteByte(',')
			}
			if err := s.stream(v.Index(i)); err != nil {
				return err
			}
		}
		return w.WriteByte(']')
	case t.Kind() == reflect.Struct && streamed[t] && plainStruct(t):
		w.WriteByte('{')
		first := true
		for i := range t.NumField() {
			f := t.Field(i)
			name, omitEmpty, ok := jsonField(f)
			if !ok || omitEmpty && emptyValue(v.Field(i)) {
				continue
			}
			if !first {
				w.WriteByte(',')
			}
			first = false
			key, _ := json.Marshal(name)
			w.Write(key)
			w.WriteByte(':')
			if err := s.stream(v.Field(i)); err != nil {
				return err
			}
		}
		return w.WriteByte('}')
	}
	x := v.Interface()
	if v.CanAddr() && !t.Implements(jsonMarshaler) && !t.Implements(textMarshaler) {
		x = v.Addr().Interface() // methods on the pointer, as json uses them
	}
	s.buf.Reset()
	if err := s.enc.Encode(x); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	return err
}

// streamer writes JSON to w; enc writes each value given to
// encoding/json into buf, which is reused.
type streamer struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

// plainStruct reports whether stream may write t field by field: no
// embedded fields, and no tag options other than omitempty.
func plainStruct(t reflect.Type) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return false
		}
		_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if opts != "" && opts != "omitempty" {
			return false
		}
	}
	return true
}

// jsonField returns the JSON name of a field, whether it is omitted when
// empty, and false for a field encoding/json does not write.
func jsonField(f reflect.StructField) (name string, omitEmpty, ok bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, opts == "omitempty", true
}

// emptyValue is encoding/json's test for omitempty.
func emptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
