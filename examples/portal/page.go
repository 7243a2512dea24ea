package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/unit"
)

//go:embed page.html page.css page.js
var pageFiles embed.FS

// vietnam is the portal's time zone for "today" (UTC+7, no summer time).
var vietnam = time.FixedZone("ICT", 7*3600)

// accepted lists what the upload field offers: every format the parser
// reads (it tells them apart by their bytes, not by the name).
const accepted = ".txt,.md,.text,.docx,.doc,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf," +
	"application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// pages is the page an officer keeps open: upload a decision, see its
// tasks with their status on a chosen day, filter them, download the
// workbook, the calendar and the CSV, upload what was done. Documents
// read are kept in memory (a bounded number, the oldest dropped first)
// under a random id, so that the results have a URL that filters and
// downloads are links to. Uploads go through the server's slots and
// deadline, as the API's do.
type pages struct {
	srv  *server
	docs *docCache
	now  func() time.Time
}

func newPages(s *server) *pages {
	return &pages{srv: s, docs: newDocCache(32), now: time.Now}
}

func (p *pages) register(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", p.form)
	mux.HandleFunc("POST /{$}", p.upload)
	mux.HandleFunc("GET /plan/{id}", p.results)
	mux.HandleFunc("GET /plan/{id}/{file}", p.download)
	mux.HandleFunc("POST /plan/{id}/progress", p.uploadProgress)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(p.static)))
}

// docCache holds documents read: at most max of them, and at most
// maxBytes of their text (as docSize counts it), the oldest dropped first.
type docCache struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int
	order    []string
	docs     map[string]*plan.Document
	sizes    map[string]int
	progress map[string]plan.Progress // what was reported, by document id
}

// cacheBytes bounds the text the portal keeps of documents read.
const cacheBytes = 128 << 20

func newDocCache(max int) *docCache {
	return &docCache{max: max, maxBytes: cacheBytes, docs: map[string]*plan.Document{}, sizes: map[string]int{},
		progress: map[string]plan.Progress{}}
}

func (c *docCache) put(d *plan.Document) string {
	var b [12]byte
	rand.Read(b[:])
	id := hex.EncodeToString(b[:])
	size := docSize(d)
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.order) > 0 && (len(c.order) >= c.max || c.bytes+size > c.maxBytes) {
		old := c.order[0]
		c.bytes -= c.sizes[old]
		delete(c.docs, old)
		delete(c.sizes, old)
		delete(c.progress, old)
		c.order = c.order[1:]
	}
	c.docs[id], c.sizes[id] = d, size
	c.bytes += size
	c.order = append(c.order, id)
	return id
}

// docSize is about how many bytes a document holds: its texts, and a
// little for each task and diagnostic.
func docSize(d *plan.Document) int {
	if d == nil {
		return 0
	}
	n := len(d.Title) + 1024
	for _, p := range d.Plans {
		n += len(p.Title) + len(p.Intro)
		for _, s := range p.Sections {
			n += len(s.Title) + len(s.Text) + 64
		}
		for _, t := range p.Tasks {
			n += 512 + len(t.Content) + len(t.Output) + len(t.Deadline.Raw)
			for _, v := range t.Source {
				n += len(v) + 32
			}
		}
	}
	for _, a := range d.Articles {
		n += len(a.Text) + 32
	}
	for _, g := range d.Diagnostics {
		n += len(g.Message) + 64
	}
	return n
}

// setProgress keeps what was reported of a document's tasks, in place of
// what was before; it reports false when the document is gone.
func (c *docCache) setProgress(id string, prog plan.Progress) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.docs[id]; !ok {
		return false
	}
	c.progress[id] = prog
	return true
}

// getProgress returns what was reported of a document's tasks, or nil;
// it is shared and must not be changed.
func (c *docCache) getProgress(id string) plan.Progress {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.progress[id]
}

// get returns a document; it is shared and must not be changed.
func (c *docCache) get(id string) (*plan.Document, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.docs[id]
	return d, ok
}

var pageTmpl = template.Must(template.New("page.html").Funcs(template.FuncMap{
	"dmy": func(d civil.Date) string {
		if d.IsZero() {
			return ""
		}
		return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
	},
	"names": func(refs []unit.Ref) string {
		names := make([]string, len(refs))
		for i, r := range refs {
			names[i] = r.Name
			if r.Sub != "" {
				names[i] += " (" + r.Sub + ")"
			}
		}
		return strings.Join(names, "; ")
	},
	"kind":    export.KindLabel,
	"status":  export.StatusLabel,
	"state":   export.StateLabel,
	"outcome": export.OutcomeLabel,
}).ParseFS(pageFiles, "page.html"))

// view is what the page shows.
type view struct {
	Accept   string
	Text     string
	Error    string
	Today    civil.Date
	AsOf     civil.Date
	Within   int
	ID       string
	Doc      *plan.Document
	Lead     string
	Status   string
	Units    []unitOption
	Statuses []statusOption
	Summary  []summaryRow
	Plans    []planView
	Shown    int
	Total    int
	Links    map[string]string
	// Progress says that what was done has been uploaded: the summary
	// and the tasks then show the on-time count.
	Progress bool
	Problems []string // cells of the progress file that could not be read
}

type unitOption struct {
	Key, Name string
	Selected  bool
}

type statusOption struct {
	Value, Label string
	Selected     bool
}

type summaryRow struct {
	Unit                                      string
	Link                                      string
	Tasks, Overdue, DueSoon, Ongoing, Waiting int
	DoneOnTime, DoneLate, Open, OpenLate      int
}

type planView struct {
	Heading, Title, Intro string
	Rows                  []taskRow
}

type taskRow struct {
	plan.Task
	Status  plan.Status
	Due     civil.Date
	Report  plan.Report
	Outcome plan.Outcome
}

func (p *pages) today() civil.Date { return civil.DateOf(p.now().In(vietnam)) }

func (p *pages) render(w http.ResponseWriter, status int, v *view) {
	v.Accept = accepted
	if v.Today.IsZero() {
		v.Today = p.today()
	}
	if v.AsOf.IsZero() {
		v.AsOf = v.Today
	}
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, v); err != nil {
		log.Printf("page: %v", err)
		http.Error(w, msgInternal, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func (p *pages) form(w http.ResponseWriter, r *http.Request) {
	v := &view{Within: defaultWithin}
	v.AsOf, _ = civil.ParseDate(r.URL.Query().Get("as-of"))
	p.render(w, http.StatusOK, v)
}

// upload reads a pasted or uploaded decision and sends the browser to its
// results (POST, then redirect, then GET: reloading does not post again).
// It takes a slot before it reads the body, as the API does: when all are
// taken it answers 503 at once.
func (p *pages) upload(w http.ResponseWriter, r *http.Request) {
	s := p.srv
	sl, ok := s.slots.take()
	if !ok {
		herr := busy(w)
		p.render(w, herr.status, &view{Error: herr.msg, Within: defaultWithin})
		return
	}
	defer sl.release()
	req, doc, herr := s.read(w, r, sl, s.readForm)
	if herr != nil {
		v := &view{Error: herr.msg, Text: req.text, Within: defaultWithin}
		v.AsOf, _ = civil.ParseDate(req.asOf)
		p.render(w, herr.status, v)
		return
	}
	q := url.Values{}
	if d, err := civil.ParseDate(req.asOf); err == nil {
		q.Set("as-of", d.String())
	}
	target := "/plan/" + p.docs.put(doc)
	if len(q) > 0 {
		target += "?" + q.Encode()
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// defaultWithin is the window, in days, of "due soon" when none is asked.
const defaultWithin = 7

// options reads the day, window, lead and status of a results URL's
// query (or of the fields of a progress form).
func (p *pages) options(q url.Values) (asOf civil.Date, within int, lead, status string, problem string) {
	asOf = p.today()
	if s := q.Get("as-of"); s != "" {
		d, err := civil.ParseDate(s)
		if err != nil {
			problem = "ngày xem không hợp lệ: " + strconv.Quote(s) + "; xem theo hôm nay"
		} else {
			asOf = d
		}
	}
	within = defaultWithin
	if s := q.Get("within"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 366 {
			problem = "số ngày không hợp lệ: " + strconv.Quote(s) + "; dùng 7"
		} else {
			within = n
		}
	}
	return asOf, within, q.Get("lead"), q.Get("status"), problem
}

func unitKey(r unit.Ref) string {
	if r.ID != "" {
		return r.ID
	}
	return "name:" + r.Name
}

var statusOrder = []plan.Status{plan.Overdue, plan.DueSoon, plan.Later, plan.Ongoing, plan.Waiting, plan.Event, plan.None}

const gone = "không còn giữ văn bản này (máy chủ chỉ giữ những văn bản đọc gần đây): hãy tải lên lại"

func (p *pages) results(w http.ResponseWriter, r *http.Request) {
	p.showResults(w, r.PathValue("id"), r.URL.Query(), http.StatusOK, "", nil)
}

// maxProblems is how many unreadable cells of a progress file the page
// lists.
const maxProblems = 10

// uploadProgress reads what was done (the workbook filled in, or CSV: key,
// status, done date; see export.ReadProgress) and shows the results with
// the on-time count. Like a decision, the file is read holding a slot
// taken before the body is read, within the parse timeout.
func (p *pages) uploadProgress(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, ok := p.docs.get(id); !ok {
		p.render(w, http.StatusNotFound, &view{Within: defaultWithin, Error: gone})
		return
	}
	s := p.srv
	sl, ok := s.slots.take()
	if !ok {
		herr := busy(w)
		p.showResults(w, id, r.URL.Query(), herr.status, herr.msg, nil)
		return
	}
	defer sl.release()
	f, herr := s.readFields(w, r)
	if herr != nil {
		p.showResults(w, id, r.URL.Query(), herr.status, herr.msg, nil)
		return
	}
	q := url.Values{}
	for _, k := range []string{"as-of", "within"} {
		if v, ok := f[k]; ok {
			q.Set(k, string(v))
		}
	}
	src := f["progress"]
	if len(src) == 0 {
		p.showResults(w, id, q, http.StatusBadRequest, "chưa chọn tệp tiến độ", nil)
		return
	}
	prog, err := bounded(r.Context(), s.parseTimeout, sl, func(context.Context) (plan.Progress, error) { return export.ReadProgress(src) })
	if errors.Is(err, errTimeout) || errors.Is(err, context.Canceled) {
		herr := parseError(err)
		p.showResults(w, id, q, herr.status, herr.msg, nil)
		return
	}
	if prog == nil {
		p.showResults(w, id, q, http.StatusUnprocessableEntity, "không đọc được tệp tiến độ: "+err.Error(), nil)
		return
	}
	var problems []string
	if list, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range list.Unwrap() {
			if len(problems) == maxProblems {
				problems = append(problems, "…")
				break
			}
			problems = append(problems, e.Error())
		}
	}
	p.docs.setProgress(id, prog)
	if len(problems) > 0 {
		p.showResults(w, id, q, http.StatusOK, "", problems)
		return
	}
	asOf, within, _, _, _ := p.options(q)
	http.Redirect(w, r, "/plan/"+id+"?"+url.Values{"as-of": {asOf.String()}, "within": {strconv.Itoa(within)}}.Encode(), http.StatusSeeOther)
}

// showResults shows the results of document id with the options of query
// q, with the status code and, when there is one, msg in place of a
// problem with the options.
func (p *pages) showResults(w http.ResponseWriter, id string, q url.Values, code int, msg string, problems []string) {
	doc, ok := p.docs.get(id)
	if !ok {
		p.render(w, http.StatusNotFound, &view{Within: defaultWithin, Error: gone})
		return
	}
	asOf, within, lead, status, problem := p.options(q)
	if msg != "" {
		problem = msg
	}
	prog := p.docs.getProgress(id)
	v := &view{ID: id, Doc: doc, AsOf: asOf, Within: within, Lead: lead, Status: status, Error: problem,
		Progress: prog != nil, Problems: problems}
	var all plan.Plan
	for _, pl := range doc.Plans {
		all.Tasks = append(all.Tasks, pl.Tasks...)
	}
	base := "/plan/" + id
	query := func(extra url.Values) string {
		vals := url.Values{"as-of": {asOf.String()}, "within": {strconv.Itoa(within)}}
		for k, v := range extra {
			vals[k] = v
		}
		return vals.Encode()
	}
	accounts := all.Account(prog, asOf) // in the order of StatusesByUnit
	for k, u := range all.StatusesByUnit(asOf, within) {
		key := unitKey(u.Unit)
		v.Units = append(v.Units, unitOption{Key: key, Name: u.Unit.Name, Selected: key == lead})
		row := summaryRow{Unit: u.Unit.Name, Link: base + "?" + query(url.Values{"lead": {key}}),
			Tasks: u.Tasks, Overdue: u.Count[plan.Overdue], DueSoon: u.Count[plan.DueSoon], Ongoing: u.Count[plan.Ongoing], Waiting: u.Count[plan.Waiting]}
		if a := accounts[k]; unitKey(a.Unit) == key {
			row.DoneOnTime, row.DoneLate, row.Open, row.OpenLate = a.DoneOnTime, a.DoneLate, a.Open, a.OpenLate
		}
		v.Summary = append(v.Summary, row)
	}
	for _, s := range statusOrder {
		v.Statuses = append(v.Statuses, statusOption{Value: string(s), Label: export.StatusLabel(s), Selected: string(s) == status})
	}
	for _, pl := range doc.Plans {
		pv := planView{Heading: pl.Heading, Title: pl.Title, Intro: pl.Intro}
		for _, t := range pl.Tasks {
			v.Total++
			st, due := t.StatusOn(asOf, within)
			if status != "" && string(st) != status {
				continue
			}
			if lead != "" && !ledBy(t, lead) {
				continue
			}
			rep := prog[t.Key]
			pv.Rows = append(pv.Rows, taskRow{Task: t, Status: st, Due: due, Report: rep, Outcome: t.Outcome(rep, asOf)})
		}
		v.Shown += len(pv.Rows)
		v.Plans = append(v.Plans, pv)
	}
	v.Links = map[string]string{
		"xlsx":     base + "/ke-hoach.xlsx?" + query(nil),
		"ics":      base + "/ke-hoach.ics",
		"csv":      base + "/ke-hoach.csv",
		"reset":    base + "?" + query(nil),
		"progress": base + "/progress",
	}
	p.render(w, code, v)
}

func ledBy(t plan.Task, key string) bool {
	for _, r := range t.Lead {
		if unitKey(r) == key {
			return true
		}
	}
	return false
}

func (p *pages) download(w http.ResponseWriter, r *http.Request) {
	doc, ok := p.docs.get(r.PathValue("id"))
	if !ok {
		http.Error(w, "không còn giữ văn bản này: hãy tải lên lại", http.StatusNotFound)
		return
	}
	var b bytes.Buffer
	var ctype string
	var err error
	switch name := r.PathValue("file"); name {
	case "ke-hoach.xlsx":
		asOf, within, _, _, _ := p.options(r.URL.Query())
		ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		err = export.XLSX{AsOf: asOf, Within: within}.Write(&b, doc)
	case "ke-hoach.ics":
		ctype = "text/calendar; charset=utf-8"
		err = export.WriteICS(&b, doc)
	case "ke-hoach.csv":
		ctype = "text/csv; charset=utf-8"
		err = export.WriteCSV(&b, export.File{Name: "upload.txt", Doc: doc})
	default:
		http.NotFound(w, r)
		return
	}
	if err != nil {
		log.Printf("download: %v", err)
		http.Error(w, msgInternal, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+r.PathValue("file")+`"`)
	w.Write(b.Bytes())
}

func (p *pages) static(w http.ResponseWriter, r *http.Request) {
	var ctype string
	switch r.URL.Path {
	case "page.css":
		ctype = "text/css; charset=utf-8"
	case "page.js":
		ctype = "text/javascript; charset=utf-8"
	default:
		http.NotFound(w, r)
		return
	}
	b, err := pageFiles.ReadFile(r.URL.Path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(b)
}
