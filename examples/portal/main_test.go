package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kehoach/kehoach/plan"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"portal": main})
}

func seed(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/qd-95-vpcp-2023-ke-hoach-de-an-06.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAPI(t *testing.T) {
	srv := httptest.NewServer(newServer(config{max: 1 << 20, parses: 4, parseTimeout: time.Minute}))
	defer srv.Close()
	post := func(body []byte) (*http.Response, []byte) {
		resp, err := http.Post(srv.URL+"/api/parse", "text/plain; charset=utf-8", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, body := post(seed(t))
	var doc plan.Document
	if err := json.Unmarshal(body, &doc); err != nil || resp.StatusCode != 200 {
		t.Fatalf("status %d, %v: %.200s", resp.StatusCode, err, body)
	}
	if doc.Number.String() != "95/QĐ-VPCP" || len(doc.Plans) != 1 || len(doc.Plans[0].Tasks) != 25 {
		t.Errorf("document %s with %d plans", doc.Number, len(doc.Plans))
	}
	for _, tt := range []struct {
		name   string
		body   []byte
		status int
		msg    string
	}{
		{"oversize", bytes.Repeat([]byte("Điều 1. "), 200000), http.StatusRequestEntityTooLarge, "the upload is too large"},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), http.StatusUnsupportedMediaType, "input is not text"},
		{"empty", []byte("  \n"), http.StatusBadRequest, "no text"},
	} {
		resp, body := post(tt.body)
		var e struct{ Error string }
		json.Unmarshal(body, &e)
		if resp.StatusCode != tt.status || !strings.Contains(e.Error, tt.msg) {
			t.Errorf("%s: %d %q, want %d %q", tt.name, resp.StatusCode, e.Error, tt.status, tt.msg)
		}
	}
	// Wrong method.
	r, _ := http.Get(srv.URL + "/api/parse")
	if r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/parse: %d", r.StatusCode)
	}
}

func TestPage(t *testing.T) {
	srv := httptest.NewServer(newServer(config{max: 1 << 20, parses: 4, parseTimeout: time.Minute}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `<textarea name="text"`) {
		t.Fatalf("GET /: %d", resp.StatusCode)
	}
	// Pasted text.
	resp, err = http.PostForm(srv.URL+"/", url.Values{"text": {string(seed(t))}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	for _, want := range []string{"Quyết định 95/QĐ-VPCP ngày 24/03/2023 — Văn phòng Chính phủ", "<td>Theo lịch của Tổ Công tác</td><td>Theo lịch</td>",
		"dòng 190, cột 3</span>: row has no number; taken as task 24"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Uploaded file; hostile text is escaped.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "qd.txt")
	fw.Write([]byte("<script>alert(1)</script>\n \t1.\n\tNội dung\n\tBộ Công an\n\tBộ Tư pháp\n\tQuý II/2023\n\tBáo cáo\n"))
	mw.Close()
	resp, err = http.Post(srv.URL+"/", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || strings.Contains(string(b), "<script>alert") || !strings.Contains(string(b), "&lt;script&gt;") {
		t.Errorf("upload: %d, script not escaped", resp.StatusCode)
	}
}

func TestConcurrent(t *testing.T) {
	srv := httptest.NewServer(newServer(config{max: 1 << 20, parses: 16, parseTimeout: time.Minute}))
	defer srv.Close()
	src := seed(t)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(srv.URL+"/api/parse", "text/plain", bytes.NewReader(src))
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			var doc plan.Document
			if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil || len(doc.Plans) == 0 || len(doc.Plans[0].Tasks) != 25 {
				errs <- fmt.Errorf("status %d: %v", resp.StatusCode, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestScripts starts the portal as a program and queries it on localhost.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// httppost ADDRFILE PATH FILE: waits for the server to write its
			// address, posts FILE to PATH and prints the status and body.
			"httppost": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: httppost ADDRFILE PATH FILE")
				}
				var addr []byte
				for i := 0; i < 100 && len(addr) == 0; i++ {
					addr, _ = os.ReadFile(ts.MkAbs(args[0]))
					if len(addr) == 0 {
						time.Sleep(50 * time.Millisecond)
					}
				}
				if len(addr) == 0 {
					ts.Fatalf("the server wrote no address")
				}
				resp, err := http.Post("http://"+string(addr)+args[1], "text/plain", bytes.NewReader([]byte(ts.ReadFile(args[2]))))
				ts.Check(err)
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				fmt.Fprintf(ts.Stdout(), "%d\n%s", resp.StatusCode, b)
			},
		},
		Setup: func(env *testscript.Env) error {
			wd, err := os.Getwd()
			env.Setenv("TESTDATA", wd+"/../../testdata")
			return err
		},
	})
}
