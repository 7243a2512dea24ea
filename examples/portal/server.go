package main

import (
	"log"
	"net/http"
)

// server holds the portal's handlers. It keeps no state between requests
// but the slots of the parses in flight and the documents the page read
// lately (see pages), both safe for concurrent use, so it serves requests
// concurrently.
type server struct {
	config
	slots *slots
	pages *pages
	mux   *http.ServeMux
	h     http.Handler
}

// newServer returns the portal: the routes, behind the security headers,
// the cross-origin check and a guard against panics.
func newServer(cfg config) *server {
	if cfg.parses < 1 {
		cfg.parses = 1
	}
	s := &server{config: cfg, slots: newSlots(cfg.parses), mux: http.NewServeMux()}
	s.pages = newPages(s)
	s.routes()
	csrf := http.NewCrossOriginProtection()
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, msgCrossOrigin)
	}))
	s.h = secure(recoverer(csrf.Handler(s.mux)))
	return s
}

// ServeHTTP implements http.Handler.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

// routes registers the page (its routes are listed in pages.register)
// and the API.
func (s *server) routes() {
	s.pages.register(s.mux)
	s.mux.HandleFunc("POST /api/parse", s.api)
}

// recoverer turns a panic in a handler into a 500 rather than a dropped
// connection; the parser is fuzzed not to panic, this is a second guard.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Printf("panic serving %s: %v", r.URL.Path, v)
				http.Error(w, msgInternal, http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// The fixed texts of errors: they say what went wrong with the request,
// never where the server listens or what its files are.
const (
	msgInternal    = "internal error"
	msgBusy        = "the portal is reading as many documents as it can: try again in a moment"
	msgTimeout     = "the document took too long to read"
	msgTooBig      = "the upload is too large"
	msgBadForm     = "the form could not be read"
	msgNoText      = "no text: paste a decision or upload a file"
	msgCrossOrigin = "cross-origin form posts are refused"
	msgGone        = "the request was cancelled"
)

// fail answers with an error: JSON for the API, the page otherwise.
func (s *server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if r.URL.Path == "/api/parse" {
		writeJSONError(w, status, msg)
		return
	}
	s.pages.render(w, status, &view{Error: msg, Within: defaultWithin})
}
