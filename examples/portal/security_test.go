package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/plan"
)

func testServer(t *testing.T, cfg config) (*server, *httptest.Server) {
	t.Helper()
	s := newServer(cfg)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// scriptTagRE is a script the policy allows: an empty element loading a
// file of the portal.
var scriptTagRE = regexp.MustCompile(`<script src="/static/[a-z]+\.js"(?: defer)?></script>`)

func smallConfig() config { return config{max: 1 << 20, parses: 2, parseTimeout: time.Minute} }

// Every answer, errors included, carries the security headers; the
// policy allows script and style from the portal's own files only, and
// the page has no inline script or style.
func TestSecurityHeaders(t *testing.T) {
	_, ts := testServer(t, smallConfig())
	for _, req := range []func() (*http.Response, error){
		func() (*http.Response, error) { return http.Get(ts.URL + "/") },
		func() (*http.Response, error) { return http.Get(ts.URL + "/static/page.css") },
		func() (*http.Response, error) { return http.Get(ts.URL + "/static/page.js") },
		func() (*http.Response, error) { return http.Get(ts.URL + "/missing") },
		func() (*http.Response, error) {
			return http.Post(ts.URL+"/api/parse", "text/plain", strings.NewReader("  "))
		},
		func() (*http.Response, error) { return http.PostForm(ts.URL+"/", url.Values{"text": {"KẾ HOẠCH"}}) },
	} {
		resp, err := req()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		where := resp.Request.Method + " " + resp.Request.URL.Path
		if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-") ||
			!strings.Contains(csp+";", "script-src 'self';") || !strings.Contains(csp+";", "style-src 'self';") {
			t.Errorf("%s: CSP %q", where, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", where, h)
		}
		scripts := scriptTagRE.FindAllString(string(body), -1)
		if strings.Count(string(body), "<script") != len(scripts) || strings.Contains(string(body), "<style") || strings.Contains(string(body), " style=") {
			t.Errorf("%s: inline script or style in the page", where)
		}
	}
}

// A form posted from another site is refused, whether the browser says so
// with Sec-Fetch-Site or with Origin; the portal's own form is read.
func TestCrossOriginForm(t *testing.T) {
	_, ts := testServer(t, smallConfig())
	post := func(header map[string]string) (int, string) {
		req, _ := http.NewRequest("POST", ts.URL+"/", strings.NewReader(url.Values{"text": {string(seed(t))}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
		{"Origin": "https://evil.example"},
		{"Sec-Fetch-Site": "same-site", "Origin": "https://sub." + strings.TrimPrefix(ts.URL, "http://")},
	} {
		if code, body := post(h); code != http.StatusForbidden || !strings.Contains(body, msgCrossOrigin) || strings.Contains(body, "95/QĐ-VPCP") {
			t.Errorf("%v: %d", h, code)
		}
	}
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "same-origin", "Origin": ts.URL},
		{"Origin": ts.URL},
		{}, // not a browser
	} {
		if code, body := post(h); code != http.StatusOK || !strings.Contains(body, "95/QĐ-VPCP") {
			t.Errorf("%v: %d", h, code)
		}
	}
}

// Form errors have their own status and a fixed text.
func TestFormErrors(t *testing.T) {
	_, ts := testServer(t, smallConfig())
	multi := func(field, name string, data []byte) (*bytes.Buffer, string) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		if name != "" {
			fw, _ := mw.CreateFormFile(field, name)
			fw.Write(data)
		} else {
			fw, _ := mw.CreateFormField(field)
			fw.Write(data)
		}
		mw.Close()
		return &b, mw.FormDataContentType()
	}
	bigFile, bigFileCT := multi("file", "qd.txt", bytes.Repeat([]byte("Điều 1. "), 200000))
	bigText, bigTextCT := multi("text", "", bytes.Repeat([]byte("Điều 1. "), 200000))
	for _, tt := range []struct {
		name, ct string
		body     io.Reader
		status   int
		msg      string
	}{
		{"5 MB urlencoded", "application/x-www-form-urlencoded", strings.NewReader("text=" + strings.Repeat("a", 5<<20)), http.StatusRequestEntityTooLarge, msgTooBig},
		{"large upload", bigFileCT, bigFile, http.StatusRequestEntityTooLarge, msgTooBig},
		{"large text field", bigTextCT, bigText, http.StatusRequestEntityTooLarge, msgTooBig},
		{"broken multipart", "multipart/form-data; boundary=xyz", strings.NewReader("--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc"), http.StatusBadRequest, msgBadForm},
		{"no boundary", "multipart/form-data", strings.NewReader("x"), http.StatusBadRequest, msgBadForm},
		{"bad urlencoding", "application/x-www-form-urlencoded", strings.NewReader("text=%zz"), http.StatusBadRequest, msgBadForm},
		{"no text", "application/x-www-form-urlencoded", strings.NewReader("text=+++"), http.StatusBadRequest, msgNoText},
		{"other type", "application/json", strings.NewReader(`{"text":"x"}`), http.StatusUnsupportedMediaType, msgBadForm},
	} {
		resp, err := http.Post(ts.URL+"/", tt.ct, tt.body)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.msg) {
			t.Errorf("%s: %d, want %d %q", tt.name, resp.StatusCode, tt.status, tt.msg)
		}
		if strings.Contains(string(b), "127.0.0.1") || strings.Contains(string(b), "/tmp/") {
			t.Errorf("%s: the answer shows an address or a path", tt.name)
		}
	}
}

// When every slot is taken, a request gets 503 with Retry-After at once,
// before its body is read; a parse over its deadline gets 503 and its
// slot back when it ends.
func TestBusyAndTimeout(t *testing.T) {
	s, ts := testServer(t, config{max: 1 << 20, parses: 1, parseTimeout: time.Minute})
	sl, ok := s.slots.take()
	if !ok {
		t.Fatal("no slot")
	}
	resp, err := http.Post(ts.URL+"/api/parse", "text/plain", bytes.NewReader(seed(t)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(b), msgBusy) {
		t.Errorf("full: %d %q, Retry-After %q", resp.StatusCode, b, resp.Header.Get("Retry-After"))
	}
	sl.release()

	s, ts = testServer(t, config{max: 1 << 20, parses: 1, parseTimeout: time.Nanosecond})
	resp, err = http.Post(ts.URL+"/api/parse", "text/plain", bytes.NewReader(seed(t)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), msgTimeout) {
		t.Errorf("timeout: %d %q", resp.StatusCode, b)
	}
	// The slot comes back when the abandoned parse ends.
	for i := 0; s.slots.inUse() != 0; i++ {
		if i > 1000 {
			t.Fatal("the slot of an abandoned parse never came back")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// The page's uploads, of a decision and of a progress file, go the API's
// way: 503 with Retry-After when every slot is taken, the size limit and
// the parse deadline with their fixed texts.
func TestPageUploadsBounded(t *testing.T) {
	s, ts := testServer(t, config{max: 1 << 20, parses: 1, parseTimeout: time.Minute})
	id := s.pages.docs.put(&plan.Document{Plans: []plan.Plan{{Title: "KẾ HOẠCH"}}})
	progress := func(base string, data []byte) (*http.Response, string) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.WriteField("as-of", "2023-06-30")
		fw, _ := mw.CreateFormFile("progress", "tien-do.csv")
		fw.Write(data)
		mw.Close()
		resp, err := http.Post(base+"/plan/"+id+"/progress", mw.FormDataContentType(), &b)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}
	sl, ok := s.slots.take()
	if !ok {
		t.Fatal("no slot")
	}
	resp, err := http.PostForm(ts.URL+"/", url.Values{"text": {string(seed(t))}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), msgBusy) {
		t.Errorf("decision, full: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	resp, page := progress(ts.URL, []byte("Mã nhiệm vụ,Tiến độ\n1/1,hoàn thành\n"))
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(page, msgBusy) {
		t.Errorf("progress, full: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	sl.release()

	resp, page = progress(ts.URL, bytes.Repeat([]byte("1/1,hoàn thành\n"), 100000))
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(page, msgTooBig) {
		t.Errorf("progress, too large: %d", resp.StatusCode)
	}
	if s.slots.inUse() != 0 {
		t.Errorf("%d slots still taken", s.slots.inUse())
	}

	s, ts = testServer(t, config{max: 1 << 20, parses: 1, parseTimeout: time.Nanosecond})
	id = s.pages.docs.put(&plan.Document{Plans: []plan.Plan{{Title: "KẾ HOẠCH"}}})
	resp, page = progress(ts.URL, []byte("Mã nhiệm vụ,Tiến độ\n1/1,hoàn thành\n"))
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(page, msgTimeout) {
		t.Errorf("progress, timeout: %d", resp.StatusCode)
	}
	resp, err = http.PostForm(ts.URL+"/", url.Values{"text": {string(seed(t))}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), msgTimeout) {
		t.Errorf("decision, timeout: %d", resp.StatusCode)
	}
}
