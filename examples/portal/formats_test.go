package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// TestUploadFormats uploads a Word file and a saved web page of the
// corpus through the page and the API; the page says which formats it
// reads, and a Word file that is not one gets its error.
func TestUploadFormats(t *testing.T) {
	srv := httptest.NewServer(newServer(defaultConfig()))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, f := range []string{".docx", ".doc", ".html", ".pdf", ".txt"} {
		if !bytes.Contains(page, []byte(f)) {
			t.Errorf("the page does not say it reads %s files", f)
		}
	}
	docx, err := os.ReadFile("../../../shared/corpus/real/vbai-kh-tuyentruyen-2026.docx")
	if err != nil {
		t.Skip("corpus not found at ../shared/corpus: run the tests with ../shared beside the repository")
	}
	html, err := os.ReadFile("../../../shared/corpus/real/tvpl-qd715-binhdinh-quytrinh.html")
	if err != nil {
		t.Fatal(err)
	}
	// The API.
	r, err := http.Post(srv.URL+"/api/parse", "application/octet-stream", bytes.NewReader(docx))
	if err != nil {
		t.Fatal(err)
	}
	var doc plan.Document
	err = json.NewDecoder(r.Body).Decode(&doc)
	r.Body.Close()
	if err != nil || r.StatusCode != 200 || len(doc.Plans) == 0 || len(doc.Plans[0].Tasks) < 21 {
		t.Errorf("docx by the API: status %d, %v, %d plans", r.StatusCode, err, len(doc.Plans))
	}
	// The page's upload.
	upload := func(name string, data []byte) (int, string) {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		fw, _ := w.CreateFormFile("file", name)
		fw.Write(data)
		w.Close()
		r, err := http.Post(srv.URL+"/", w.FormDataContentType(), &body)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if status, out := upload("qd715.html", html); status != 200 || !strings.Contains(out, "715/QĐ-UBND") {
		t.Errorf("html upload: status %d, the decision's number not shown", status)
	}
	if status, out := upload("plan.docx", docx); status != 200 || !strings.Contains(out, "Giải đáp những vướng mắc") {
		t.Errorf("docx upload: status %d, the tasks not shown", status)
	}
	if status, out := upload("secret.docx", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)); status != http.StatusUnsupportedMediaType || !strings.Contains(out, "encrypted") {
		t.Errorf("encrypted upload: status %d, want 415 and the error", status)
	}
}
