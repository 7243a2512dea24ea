package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// pageConfig is the server of the page's tests: a slot for each of the
// clients of TestPagesConcurrent, so that none is turned away busy.
func pageConfig() config { return config{max: 1 << 20, parses: 8, parseTimeout: time.Minute} }

// postSeed uploads the seed as a file with the day 30 June 2023 and
// returns the URL of its results, without following the redirect.
func postSeed(t *testing.T, base string) string {
	t.Helper()
	u, err := uploadFile(base, seed(t))
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func uploadFile(base string, src []byte) (string, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "qd-95.txt")
	fw.Write(src)
	mw.WriteField("as-of", "2023-06-30")
	mw.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Post(base+"/", mw.FormDataContentType(), &body)
	if err != nil {
		return "", err
	}
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/plan/") {
		return "", fmt.Errorf("upload: %d, Location %q", resp.StatusCode, loc)
	}
	return base + loc, nil
}

func getPage(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var taskRowRE = regexp.MustCompile(`<tr class="task st-([a-z-]+)"`)

func taskStatuses(page string) map[string]int {
	n := map[string]int{}
	for _, m := range taskRowRE.FindAllStringSubmatch(page, -1) {
		n[m[1]]++
	}
	return n
}

// checkResults checks a results page of the seed on 30 June 2023 (a
// page as served, or the DOM a browser built from it).
func checkResults(t *testing.T, page string) {
	t.Helper()
	// On 30 June 2023 (a week's window), counted from the seed's table:
	// the March and April tasks are overdue (3), three fall due by 7
	// July, 13 are continuous, 2 wait on the Working Group's schedule, 2
	// are due later, and the 2 broken rows at the end have no deadline.
	want := map[string]int{"overdue": 3, "due-soon": 3, "ongoing": 13, "waiting": 2, "later": 2, "none": 2}
	got := taskStatuses(page)
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%d tasks %s, want %d (all %v)", got[k], k, n, got)
		}
	}
	for _, s := range []string{
		`<strong id="as-of">30/06/2023</strong>`,
		`<span class="badge st-overdue">Quá hạn</span>`,
		`<span class="badge st-due-soon">Sắp đến hạn</span>`,
		`<span class="badge st-ongoing">Thường xuyên</span>`,
		`<td>Tháng</td><td class="due">31/03/2023</td>`,
		`id="dl-xlsx" href="/plan/`, `/ke-hoach.xlsx?as-of=2023-06-30`,
		`id="dl-ics" href="/plan/`, `id="dl-csv" href="/plan/`,
		`Cục Kiểm soát thủ tục hành chính</a></th><td>23</td><td class="st-overdue">3</td><td class="st-due-soon">3</td><td>13</td><td>2</td>`,
		`<span class="pos">dòng 190, cột 3</span>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	for _, english := range []string{">month<", ">ongoing<", ">schedule<", ">2023-03-31<"} {
		if strings.Contains(page, english) {
			t.Errorf("page shows %q", english)
		}
	}
}

func TestResultsPage(t *testing.T) {
	srv := httptest.NewServer(newServer(pageConfig()))
	defer srv.Close()
	results := postSeed(t, srv.URL)
	resp, page := getPage(t, results)
	if resp.StatusCode != 200 {
		t.Fatalf("results: %d", resp.StatusCode)
	}
	checkResults(t, page)
	// Content-Security-Policy without inline script: nothing inline.
	if regexp.MustCompile(`<script(?: [^>]*)?>[^<]|<script>|\son[a-z]+=|style=`).MatchString(page) {
		t.Error("page has inline script, an event attribute or an inline style")
	}

	// Filters are links: a status, a lead unit.
	_, page = getPage(t, results+"&status=overdue")
	if n := taskStatuses(page); len(n) != 1 || n["overdue"] != 3 {
		t.Errorf("status=overdue: %v", n)
	}
	_, page = getPage(t, results+"&lead=vpcp-ksttthc")
	if n := len(taskRowRE.FindAllString(page, -1)); n != 23 {
		t.Errorf("lead=vpcp-ksttthc: %d tasks, want 23", n)
	}
	// A later day: the March tasks stay overdue, the year's are due soon.
	_, page = getPage(t, strings.Replace(results, "2023-06-30", "2023-12-28", 1))
	if !strings.Contains(page, `<strong id="as-of">28/12/2023</strong>`) || taskStatuses(page)["due-soon"] == 0 {
		t.Errorf("as-of 2023-12-28: %v", taskStatuses(page))
	}
	// A bad day is said, and today is used.
	_, page = getPage(t, strings.Replace(results, "2023-06-30", "30/6/2023", 1))
	if !strings.Contains(page, `ngày xem không hợp lệ: &#34;30/6/2023&#34;`) {
		t.Error("bad as-of not reported")
	}
	// With no day, today.
	_, page = getPage(t, strings.Split(results, "?")[0])
	if !strings.Contains(page, "(hôm nay)") {
		t.Error("no day: today is not shown as today")
	}

	// Downloads.
	id := strings.TrimPrefix(strings.Split(results, "?")[0], srv.URL+"/plan/")
	resp, body := getPage(t, srv.URL+"/plan/"+id+"/ke-hoach.xlsx?as-of=2023-06-30")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "PK\x03\x04") || !strings.Contains(resp.Header.Get("Content-Disposition"), "ke-hoach.xlsx") {
		t.Errorf("xlsx: %d %q", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
	if _, err := export.ReadProgress([]byte(body)); err != nil {
		t.Errorf("xlsx read back: %v", err)
	}
	resp, body = getPage(t, srv.URL+"/plan/"+id+"/ke-hoach.ics")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "BEGIN:VCALENDAR") || strings.Count(body, "BEGIN:VTODO") != 25 {
		t.Errorf("ics: %d, %d todos", resp.StatusCode, strings.Count(body, "BEGIN:VTODO"))
	}
	resp, body = getPage(t, srv.URL+"/plan/"+id+"/ke-hoach.csv")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "\ufeffSTT,Nội dung,Chủ trì") || strings.Count(body, "\r\n") != 26 {
		t.Errorf("csv: %d, %d lines", resp.StatusCode, strings.Count(body, "\r\n"))
	}
	for _, u := range []string{"/plan/" + id + "/other.txt", "/plan/nosuchid", "/plan/nosuchid/ke-hoach.csv", "/static/nothing.js"} {
		if resp, _ := getPage(t, srv.URL+u); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", u, resp.StatusCode)
		}
	}
	for file, ctype := range map[string]string{"page.css": "text/css", "page.js": "text/javascript"} {
		if resp, _ := getPage(t, srv.URL+"/static/"+file); resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), ctype) {
			t.Errorf("%s: %d %s", file, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
}

func TestCSVFormulaCells(t *testing.T) {
	srv := httptest.NewServer(newServer(pageConfig()))
	defer srv.Close()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("text", "KẾ HOẠCH\nTHỬ\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | =HYPERLINK(\"http://x.invalid\") | Bộ Tư pháp | Quý I/2025 |\n")
	mw.Close()
	resp, err := http.Post(srv.URL+"/", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	resp, csv := getPage(t, resp.Request.URL.String()+"/ke-hoach.csv")
	if !strings.Contains(csv, `"'=HYPERLINK(""http://x.invalid"")"`) {
		t.Errorf("csv %d:\n%s", resp.StatusCode, csv)
	}
}

func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("KEHOACH_REQUIRE_CHROMIUM") != "" {
		t.Fatal("chromium is required here")
	}
	t.Skip("no chromium (apt-get install chromium)")
	return ""
}

// TestPageInChromium loads the results of the seed in a real browser,
// headless, and reads the DOM it built: the table, the statuses, the
// download links, and the on-time count of a progress file uploaded. It also takes a screenshot; KEHOACH_PORTAL_SCREENSHOT
// names where to keep it (docs/portal.png in the repository).
func TestPageInChromium(t *testing.T) {
	browser := chromiumPath(t)
	// Served under a policy that allows no inline script or style and
	// nothing from elsewhere: what the page needs must still work.
	h := newServer(pageConfig())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'")
		h.ServeHTTP(w, r)
	})) // on 127.0.0.1
	defer srv.Close()
	results := postSeed(t, srv.URL)
	profile := t.TempDir()
	run := func(args ...string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--lang=vi", "--user-data-dir=" + profile}, args...)
		var stdout, stderr bytes.Buffer
		cmd := exec.CommandContext(ctx, browser, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes())
		}
		return stdout.Bytes()
	}
	// What was done, uploaded as a user would from the page.
	postProgress(t, results, "tien-do.csv", "Mã nhiệm vụ,Tiến độ,Ngày hoàn thành\n1/1,hoàn thành,20/3/2023\n1/3,hoàn thành,15/4/2023\n1/4,đang thực hiện,\n")
	dom := string(run("--dump-dom", results))
	checkResults(t, dom)
	for _, s := range []string{
		`<td class="acc-done-on-time">1</td><td class="acc-done-late">1</td><td class="acc-open">20</td><td class="acc-open-late st-overdue">1</td>`,
		`<td class="outcome out-done-late">Hoàn thành quá hạn</td>`,
		`<form method="post" action="/plan/`,
	} {
		if !strings.Contains(dom, s) {
			t.Errorf("DOM lacks %q", s)
		}
	}
	// The script ran under the policy: the drop hint is shown.
	if !strings.Contains(dom, `<span class="drop-hint">`) {
		t.Error("page.js did not run: the drop hint is still hidden")
	}
	shot := filepath.Join(t.TempDir(), "portal.png")
	if keep := os.Getenv("KEHOACH_PORTAL_SCREENSHOT"); keep != "" {
		shot = keep
	}
	run("--screenshot="+shot, "--window-size=1280,900", "--hide-scrollbars", results)
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot: %v, %d bytes", err, len(png))
	}
}

func TestDocCache(t *testing.T) {
	c := newDocCache(2)
	a := c.put(nil)
	b := c.put(nil)
	if a == b {
		t.Fatal("two documents, one id")
	}
	c.put(nil)
	if _, ok := c.get(a); ok {
		t.Error("the oldest document is kept past the bound")
	}
	if _, ok := c.get(b); !ok {
		t.Error("a recent document is dropped")
	}
	// Bounded by bytes too: a document bigger than half the bound drops
	// the one before it.
	c = newDocCache(10)
	c.maxBytes = 3000
	a = c.put(&plan.Document{Title: strings.Repeat("a", 1000)})
	b = c.put(&plan.Document{Title: strings.Repeat("b", 1000)})
	if _, ok := c.get(a); ok || c.bytes > c.maxBytes {
		t.Errorf("%d bytes kept of %d", c.bytes, c.maxBytes)
	}
	if _, ok := c.get(b); !ok {
		t.Error("the new document is not kept")
	}
}

func TestPagesConcurrent(t *testing.T) {
	srv := httptest.NewServer(newServer(pageConfig()))
	defer srv.Close()
	src := seed(t)
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			u, err := uploadFile(srv.URL, src)
			if err != nil {
				errs <- err
				return
			}
			resp, err := http.Get(u)
			if err != nil {
				errs <- err
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if n := len(taskRowRE.FindAll(b, -1)); resp.StatusCode != 200 || n != 25 {
				err = fmt.Errorf("%s, %d tasks", resp.Status, n)
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func postProgress(t *testing.T, results, name, body string) (*http.Response, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("as-of", "2023-06-30")
	mw.WriteField("within", "7")
	fw, _ := mw.CreateFormFile("progress", name)
	io.WriteString(fw, body)
	mw.Close()
	u := strings.Split(results, "?")[0] + "/progress"
	resp, err := http.Post(u, mw.FormDataContentType(), &b) // follows the redirect to the results
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	return resp, string(page)
}

// What the units reported, uploaded on the page, is counted the
// Government Office's way beside the summary and shown for each task.
func TestProgressOnPage(t *testing.T) {
	srv := httptest.NewServer(newServer(pageConfig()))
	defer srv.Close()
	results := postSeed(t, srv.URL)
	resp, page := postProgress(t, results, "tien-do.csv",
		"Mã nhiệm vụ;Tiến độ;Ngày hoàn thành\n1/1;hoàn thành;20/3/2023\n1/3;hoàn thành;15/4/2023\n1/4;đang thực hiện;\n")
	if resp.StatusCode != 200 || !strings.Contains(resp.Request.URL.String(), "/plan/") {
		t.Fatalf("progress: %d at %s", resp.StatusCode, resp.Request.URL)
	}
	for _, s := range []string{
		// Cục KSTT: 1/1 on time, 1/3 late, 1/4 open past its April deadline, 20 open.
		`<td class="acc-done-on-time">1</td><td class="acc-done-late">1</td><td class="acc-open">20</td><td class="acc-open-late st-overdue">1</td>`,
		`<td class="state">hoàn thành (20/03/2023)</td><td class="outcome out-done-on-time">Hoàn thành đúng hạn</td>`,
		`<td class="state">hoàn thành (15/04/2023)</td><td class="outcome out-done-late">Hoàn thành quá hạn</td>`,
		`<td class="state">đang thực hiện</td><td class="outcome out-open-late">Chưa hoàn thành, quá hạn</td>`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	// The workbook downloaded from the page, read back as it is: nothing done.
	id := strings.TrimPrefix(strings.Split(results, "?")[0], srv.URL+"/plan/")
	_, book := getPage(t, srv.URL+"/plan/"+id+"/ke-hoach.xlsx?as-of=2023-06-30")
	_, page = postProgress(t, results, "ke-hoach.xlsx", book)
	if !strings.Contains(page, `<td class="acc-done-on-time">0</td><td class="acc-done-late">0</td><td class="acc-open">20</td><td class="acc-open-late st-overdue">3</td>`) {
		t.Error("the unfilled workbook does not count every task open")
	}
	// Cells that cannot be read are listed; a file of no progress is refused.
	resp, page = postProgress(t, results, "bad.csv", "key,status\n1/1,xong\n1/2,đang thực hiện\n")
	if resp.StatusCode != 200 || !strings.Contains(page, `line 2: unknown state &#34;xong&#34;`) {
		t.Errorf("bad cell: %d", resp.StatusCode)
	}
	resp, page = postProgress(t, results, "other.csv", "tên,tuổi\nAn,30\n")
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, "không đọc được tệp tiến độ") {
		t.Errorf("not progress: %d", resp.StatusCode)
	}
	resp, _ = postProgress(t, srv.URL+"/plan/nosuchid", "p.csv", "key,status\n1/1,xong\n")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown document: %d", resp.StatusCode)
	}
}
