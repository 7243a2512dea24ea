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
	"fmt"
	"html/template"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
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

// server holds the portal's handlers. It keeps no state between requests,
// so it serves them concurrently.
type server struct {
	max int64
	mux *http.ServeMux
}

func newServer(max int64) http.Handler {
	s := &server{max: max, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /{$}", s.page)
	s.mux.HandleFunc("POST /{$}", s.page)
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
		if errors.Is(err, parse.ErrNotText) || errors.Is(err, parse.ErrEncoding) || errors.Is(err, parse.ErrFormat) {
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

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"names": func(refs []unit.Ref) string {
		names := make([]string, len(refs))
		for i, r := range refs {
			names[i] = r.Name
		}
		return strings.Join(names, "; ")
	},
	"due": func(s deadline.Schedule) string { return s.Due().String() },
}).Parse(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>kehoach: đọc quyết định và kế hoạch</title>
<style>body{font-family:sans-serif;margin:2em;max-width:75em}textarea{width:100%;height:12em}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;font-size:90%}
.error{color:#b00}.warning{color:#a60}</style></head><body>
<h1>Đọc quyết định và kế hoạch</h1>
<form method="post" enctype="multipart/form-data">
<p><textarea name="text" placeholder="Dán văn bản quyết định hoặc kế hoạch vào đây">{{.Text}}</textarea></p>
<p>hoặc tải tệp lên (văn bản .txt, .md; Word .docx, .doc; trang web .html; PDF có lớp chữ): <input type="file" name="file" accept=".txt,.md,.docx,.doc,.html,.htm,.pdf"> <button type="submit">Đọc</button></p>
</form>
{{with .Error}}<p class="error">{{.}}</p>{{end}}
{{with .Doc}}
<h2>{{.Kind}} {{.Number}} ngày {{.Date}} — {{.Issuer}}</h2>
<p>{{.Title}}</p>
{{range .Plans}}<h3>{{.Title}}</h3>{{with .Intro}}<p>{{.}}</p>{{end}}
<table><tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th><th>Loại</th><th>Hạn</th><th>Sản phẩm</th></tr>
{{range .Tasks}}<tr><td>{{.No}}</td><td>{{.Content}}</td><td>{{names .Lead}}</td><td>{{names .Partners}}</td><td>{{.Deadline.Raw}}</td><td>{{.Deadline.Kind}}</td><td>{{due .Deadline}}</td><td>{{.Output}}</td></tr>
{{end}}</table>{{end}}
{{with .Diagnostics}}<h3>Chẩn đoán</h3><ul>{{range .}}<li class="{{.Severity}}">dòng {{.Line}}, cột {{.Column}}: {{.Message}}</li>{{end}}</ul>{{end}}
{{end}}
</body></html>
`))

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Text  string
		Error string
		Doc   *plan.Document
	}{}
	status := http.StatusOK
	if r.Method == http.MethodPost {
		var msg string
		data.Doc, status, msg = s.read(r, w, true)
		data.Error = msg
		data.Text = r.FormValue("text")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := pageTmpl.Execute(w, data); err != nil {
		log.Print(fmt.Errorf("page: %w", err))
	}
}
