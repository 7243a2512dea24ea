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

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

// request is what a request asks the portal to read.
type request struct {
	text string // the pasted text, for the page to show again
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

// readForm reads the page's form: the "text" field, or the "file" upload
// when there is one, from a multipart or a urlencoded body. The body is
// read as a stream, never spilled to disk.
func (s *server) readForm(w http.ResponseWriter, r *http.Request) (request, *httpError) {
	body := http.MaxBytesReader(w, r.Body, s.max+formSlack)
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return request{}, &httpError{http.StatusBadRequest, msgBadForm}
	}
	var req request
	switch ct {
	case "application/x-www-form-urlencoded":
		b, err := io.ReadAll(body)
		if err != nil {
			return request{}, readError(err)
		}
		v, err := url.ParseQuery(string(b))
		if err != nil {
			return request{}, &httpError{http.StatusBadRequest, msgBadForm}
		}
		req.text = v.Get("text")
		req.src = []byte(req.text)
	case "multipart/form-data":
		if params["boundary"] == "" {
			return request{}, &httpError{http.StatusBadRequest, msgBadForm}
		}
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return request{}, readError(err)
			}
			b, err := io.ReadAll(io.LimitReader(part, s.max+1))
			if err != nil {
				return request{}, readError(err)
			}
			if int64(len(b)) > s.max {
				return request{}, &httpError{http.StatusRequestEntityTooLarge, msgTooBig}
			}
			switch part.FormName() {
			case "text":
				req.text = string(b)
				if req.src == nil {
					req.src = b
				}
			case "file":
				if len(b) > 0 {
					req.src = b // an uploaded file wins over the text
				}
			}
		}
	default:
		return request{}, &httpError{http.StatusUnsupportedMediaType, msgBadForm}
	}
	return req, nil
}

// errTimeout is returned when a parse takes longer than parseTimeout.
var errTimeout = errors.New(msgTimeout)

// decide parses src within the parse timeout and the request's life; the
// parse holds sl until it ends.
//
// The parse runs in its own goroutine, which gives the slot back when it
// ends; decide stops waiting at the deadline or when the client goes.
// parse.Config gains a Context field (issue 14, parse side): once it is
// there, it is set to ctx below so that the parse itself stops too.
func (s *server) decide(ctx context.Context, sl *slot, src []byte) (*plan.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, s.parseTimeout)
	defer cancel()
	type result struct {
		doc *plan.Document
		err error
	}
	done := make(chan result, 1)
	sl.hold()
	go func() {
		defer sl.release()
		cfg := parse.Config{MaxSize: int(s.max)}
		doc, err := cfg.Decision("upload.txt", src)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, errTimeout
		}
		return nil, ctx.Err()
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
	case errors.Is(err, parse.ErrNotText), errors.Is(err, parse.ErrEncoding):
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
