package main

import (
	"html/template"
	"io"
	"log"
	"net/http"
	"strings"

	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

// pageData is what the page shows.
type pageData struct {
	Text  string
	Error string
	Doc   *plan.Document
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
<link rel="stylesheet" href="/style.css"></head><body>
<h1>Đọc quyết định và kế hoạch</h1>
<form method="post" enctype="multipart/form-data">
<p><textarea name="text" placeholder="Dán văn bản quyết định hoặc kế hoạch vào đây">{{.Text}}</textarea></p>
<p>hoặc tải tệp lên: <input type="file" name="file"> <button type="submit">Đọc</button></p>
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

// styleSheet is the page's style, served from /style.css so that the
// Content-Security-Policy needs no inline style or script.
const styleSheet = `body{font-family:sans-serif;margin:2em;max-width:75em}textarea{width:100%;height:12em}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;font-size:90%}
.error{color:#b00}.warning{color:#a60}
`

func style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	io.WriteString(w, styleSheet)
}

// page answers GET / with the form, and POST / with the form and the
// document read from it.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		s.render(w, http.StatusOK, pageData{})
		return
	}
	sl, ok := s.slots.take()
	if !ok {
		herr := busy(w)
		s.render(w, herr.status, pageData{Error: herr.msg})
		return
	}
	defer sl.release()
	req, doc, herr := s.read(w, r, sl, s.readForm)
	data := pageData{Text: req.text, Doc: doc}
	status := http.StatusOK
	if herr != nil {
		data.Error, status = herr.msg, herr.status
	}
	s.render(w, status, data)
}

func (s *server) render(w http.ResponseWriter, status int, data pageData) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := pageTmpl.Execute(w, data); err != nil {
		log.Printf("page: %v", err)
	}
}
