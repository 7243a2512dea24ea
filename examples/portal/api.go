package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/kehoach/kehoach/export"
)

// api answers POST /api/parse: the body is the text of a decision, the
// answer its document as JSON, or {"error": ...} with the status.
func (s *server) api(w http.ResponseWriter, r *http.Request) {
	sl, ok := s.slots.take()
	if !ok {
		herr := busy(w)
		writeJSONError(w, herr.status, herr.msg)
		return
	}
	defer sl.release()
	_, doc, herr := s.read(w, r, sl, s.readBody)
	if herr != nil {
		writeJSONError(w, herr.status, herr.msg)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if err := export.WriteJSON(w, doc); err != nil {
		log.Printf("api: writing the answer: %v", err) // the client went or was cut off
	}
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
