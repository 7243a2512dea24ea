package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"time"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// request is what a request asks the portal to read.
type request struct {
	text string // the pasted text, for the page to show again
	asOf string // the page's "as-of" field: the day to show the status on
	src  []byte
}

// httpError is an answer other than the document: a status and a fixed
// text.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// readError maps an error of reading a body to its answer: 413 when the
// body is over the limit, 400 otherwise.
func readError(err error) *httpError {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return &httpError{http.StatusRequestEntityTooLarge, msgTooBig}
	}
	return &httpError{http.StatusBadRequest, msgBadForm}
}

// readBody reads the API's body: the text of a decision.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) (request, *httpError) {
	src, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.max))
	if err != nil {
		return request{}, readError(err)
	}
	return request{src: src}, nil
}

// formSlack is what a form may hold beyond the text: field names,
// boundaries, part headers.
const formSlack = 64 << 10

// form is the fields of a form read by readFields: the first value of
// each name (for a file, its content).
type form map[string][]byte

// readFields reads a form from a multipart or a urlencoded body, each
// field at most max bytes and the whole at most max + formSlack. The body
// is read as a stream, never spilled to disk.
func (s *server) readFields(w http.ResponseWriter, r *http.Request) (form, *httpError) {
	body := http.MaxBytesReader(w, r.Body, s.max+formSlack)
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return nil, &httpError{http.StatusBadRequest, msgBadForm}
	}
	f := form{}
	switch ct {
	case "application/x-www-form-urlencoded":
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, readError(err)
		}
		v, err := url.ParseQuery(string(b))
		if err != nil {
			return nil, &httpError{http.StatusBadRequest, msgBadForm}
		}
		for k, vs := range v {
			f[k] = []byte(vs[0])
		}
	case "multipart/form-data":
		if params["boundary"] == "" {
			return nil, &httpError{http.StatusBadRequest, msgBadForm}
		}
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, readError(err)
			}
			b, err := io.ReadAll(io.LimitReader(part, s.max+1))
			if err != nil {
				return nil, readError(err)
			}
			if int64(len(b)) > s.max {
				return nil, &httpError{http.StatusRequestEntityTooLarge, msgTooBig}
			}
			if _, ok := f[part.FormName()]; !ok {
				f[part.FormName()] = b
			}
		}
	default:
		return nil, &httpError{http.StatusUnsupportedMediaType, msgBadForm}
	}
	return f, nil
}

// readForm reads the page's form: the "text" field, or the "file" upload
// when there is one (an uploaded file wins over the text), and the day
// asked for.
func (s *server) readForm(w http.ResponseWriter, r *http.Request) (request, *httpError) {
	f, herr := s.readFields(w, r)
	if herr != nil {
		return request{}, herr
	}
	req := request{text: string(f["text"]), asOf: string(f["as-of"]), src: f["text"]}
	if len(f["file"]) > 0 {
		req.src = f["file"]
	}
	return req, nil
}

// errTimeout is returned when a parse, of a decision or of a progress
// file, takes longer than parseTimeout.
var errTimeout = errors.New(msgTimeout)

// decide parses src within the parse timeout and the request's life; the
// parse holds sl until it ends, and stops when either ends.
func (s *server) decide(ctx context.Context, sl *slot, src []byte) (*plan.Document, error) {
	return bounded(ctx, s.parseTimeout, sl, func(ctx context.Context) (*plan.Document, error) {
		cfg := parse.Config{MaxSize: int(s.max), Context: ctx}
		return cfg.Decision("upload.txt", src)
	})
}

// bounded runs f within timeout and ctx's life, f holding sl until it
// ends. It runs f in its own goroutine, which gives the slot back when f
// returns; f is given the bounded context, so that it can stop too;
// bounded stops waiting at the deadline (errTimeout) or when ctx ends
// (its error).
func bounded[T any](ctx context.Context, timeout time.Duration, sl *slot, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	sl.hold()
	go func() {
		defer sl.release()
		v, err := f(ctx)
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return zero, errTimeout
		}
		return zero, ctx.Err()
	}
}

// parseError maps a parse that gave no document to its answer.
func parseError(err error) *httpError {
	switch {
	case errors.Is(err, errTimeout):
		return &httpError{http.StatusServiceUnavailable, msgTimeout}
	case errors.Is(err, context.Canceled):
		return &httpError{http.StatusRequestTimeout, msgGone}
	case errors.Is(err, parse.ErrTooBig):
		return &httpError{http.StatusRequestEntityTooLarge, msgTooBig}
	case errors.Is(err, parse.ErrNotText), errors.Is(err, parse.ErrEncoding), errors.Is(err, parse.ErrFormat):
		return &httpError{http.StatusUnsupportedMediaType, err.Error()}
	}
	return &httpError{http.StatusUnprocessableEntity, err.Error()}
}

// read reads the request with readReq and parses it, holding sl (which
// the caller releases once the answer is written). The message of a
// parse error describes the input (its name is always upload.txt), never
// the server.
func (s *server) read(w http.ResponseWriter, r *http.Request, sl *slot, readReq func(http.ResponseWriter, *http.Request) (request, *httpError)) (request, *plan.Document, *httpError) {
	req, herr := readReq(w, r)
	if herr != nil {
		return req, nil, herr
	}
	if len(bytes.TrimSpace(req.src)) == 0 {
		return req, nil, &httpError{http.StatusBadRequest, msgNoText}
	}
	doc, err := s.decide(r.Context(), sl, req.src)
	if doc == nil {
		return req, nil, parseError(err)
	}
	return req, doc, nil
}

// busy answers a request that found every slot taken: 503 with
// Retry-After, before its body is read, and the connection closed.
func busy(w http.ResponseWriter) *httpError {
	w.Header().Set("Retry-After", "1")
	w.Header().Set("Connection", "close")
	return &httpError{http.StatusServiceUnavailable, msgBusy}
}
