// Command portal is an example of embedding kehoach in a web service, as a
// government portal or a task-tracking system would: a page where a user
// pastes or uploads a decision and sees its tasks, deadlines and
// diagnostics, and a JSON API.
//
//	go run ./examples/portal -addr localhost:8080
//
// POST /api/parse with the text of a decision as the body returns the
// document in the JSON form of kehoach parse. Bodies over -max bytes are
// refused with 413, input that is not text with 415.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "`address` to listen on")
	addrFile := flag.String("addr-file", "", "write the address listened on to `file` (useful with port 0)")
	max := flag.Int64("max", 4<<20, "largest accepted upload, in `bytes`")
	flag.Parse()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	if *addrFile != "" {
		if err := os.WriteFile(*addrFile, []byte(ln.Addr().String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("listening on http://%s", ln.Addr())
	srv := &http.Server{Handler: newServer(*max), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute}
	log.Fatal(srv.Serve(ln))
}

// server holds the portal's handlers. Only the page keeps state between
// requests (the documents read lately, see pages); all serve requests
// concurrently.
type server struct {
	max int64
	mux *http.ServeMux
}

func newServer(max int64) http.Handler {
	s := &server{max: max, mux: http.NewServeMux()}
	newPages(s).register(s.mux)
	s.mux.HandleFunc("POST /api/parse", s.api)
	return recoverer(s.mux)
}

// recoverer turns a panic in a handler into a 500 rather than a dropped
// connection; the parser is fuzzed not to panic, this is a second guard.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic serving %s: %v", r.URL.Path, v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// read parses the text of a request: the body for the API, the "text"
// field or the "file" upload for the page. It returns an HTTP status and
// message for input it refuses.
func (s *server) read(r *http.Request, w http.ResponseWriter, fromForm bool) (*plan.Document, int, string) {
	r.Body = http.MaxBytesReader(w, r.Body, s.max)
	var src []byte
	var err error
	name := "upload.txt"
	if fromForm {
		if err = r.ParseMultipartForm(s.max); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			return nil, statusOf(err), err.Error()
		}
		if errors.Is(err, http.ErrNotMultipart) {
			if err = r.ParseForm(); err != nil {
				return nil, statusOf(err), err.Error()
			}
		}
		src = []byte(r.FormValue("text"))
		if f, h, ferr := r.FormFile("file"); ferr == nil {
			defer f.Close()
			name = h.Filename
			if src, err = io.ReadAll(f); err != nil {
				return nil, statusOf(err), err.Error()
			}
		}
	} else if src, err = io.ReadAll(r.Body); err != nil {
		return nil, statusOf(err), err.Error()
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, http.StatusBadRequest, "no text: paste a decision or upload a file"
	}
	doc, err := parse.Decision(name, src)
	if doc == nil {
		status := http.StatusUnprocessableEntity
		if errors.Is(err, parse.ErrNotText) || errors.Is(err, parse.ErrEncoding) {
			status = http.StatusUnsupportedMediaType
		}
		if errors.Is(err, parse.ErrTooBig) {
			status = http.StatusRequestEntityTooLarge
		}
		return nil, status, err.Error()
	}
	return doc, http.StatusOK, ""
}

func statusOf(err error) int {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

func (s *server) api(w http.ResponseWriter, r *http.Request) {
	doc, status, msg := s.read(r, w, false)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if doc == nil {
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(map[string]string{"error": msg})
		return
	}
	doc.WriteJSON(w)
}
