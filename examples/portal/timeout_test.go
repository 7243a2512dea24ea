package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/parse"
)

// timedServer starts the portal with short server timeouts, and reports
// each connection the server closes on closed.
func timedServer(t *testing.T, read, write time.Duration, closed chan<- struct{}) (*server, *httptest.Server) {
	t.Helper()
	s := newServer(config{max: 1 << 20, parses: 2, parseTimeout: time.Minute})
	ts := httptest.NewUnstartedServer(s)
	ts.Config.ReadHeaderTimeout = read
	ts.Config.ReadTimeout = read
	ts.Config.WriteTimeout = write
	ts.Config.ConnState = func(c net.Conn, st http.ConnState) {
		switch st {
		case http.StateNew:
			if tc, ok := c.(*net.TCPConn); ok {
				tc.SetWriteBuffer(4096) // so that an unread answer blocks soon
			}
		case http.StateClosed, http.StateHijacked:
			if closed != nil {
				closed <- struct{}{}
			}
		}
	}
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

// trickle writes data to conn a byte at a time, every gap, and returns
// how many bytes it wrote before the server cut the connection (the
// reader saw it end), or len(data) if it never did.
func trickle(t *testing.T, conn net.Conn, data []byte, gap time.Duration) (int, string) {
	t.Helper()
	cut := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(conn)
		cut <- string(b)
	}()
	for i := range data {
		select {
		case answer := <-cut:
			return i, answer
		default:
		}
		if _, err := conn.Write(data[i : i+1]); err != nil {
			return i, <-cut
		}
		time.Sleep(gap)
	}
	return len(data), ""
}

// A client that sends its headers or its body too slowly is cut off
// long before it has sent them.
func TestSlowClients(t *testing.T) {
	_, ts := timedServer(t, 300*time.Millisecond, 5*time.Second, nil)
	addr := strings.TrimPrefix(ts.URL, "http://")
	header := "POST /api/parse HTTP/1.1\r\nHost: portal\r\nContent-Type: text/plain\r\nContent-Length: 200\r\n" + strings.Repeat("X-Padding: slowloris\r\n", 20) + "\r\n"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if n, _ := trickle(t, conn, []byte(header), 20*time.Millisecond); n == len(header) {
		t.Errorf("headers sent over %v were all read", time.Duration(len(header))*20*time.Millisecond)
	}
	conn2, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn2.Close()
	if _, err := io.WriteString(conn2, header); err != nil {
		t.Fatal(err)
	}
	body := bytes.Repeat([]byte("a"), 200)
	n, answer := trickle(t, conn2, body, 20*time.Millisecond)
	if n == len(body) {
		t.Errorf("a body sent over %v was all read", time.Duration(len(body))*20*time.Millisecond)
	}
	if strings.Contains(answer, "127.0.0.1") || strings.Contains(answer, "i/o timeout") {
		t.Errorf("the answer shows the server's details: %q", answer)
	}
}

// A client that never reads its answer does not pin the server: the
// write timeout closes the connection, and the slot comes back.
func TestNeverReadingClient(t *testing.T) {
	closed := make(chan struct{}, 4)
	s, ts := timedServer(t, 5*time.Second, 500*time.Millisecond, closed)
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(4096)
	// A plan whose answer is far larger than the sockets' buffers.
	var b strings.Builder
	b.WriteString("KẾ HOẠCH\nRÀ SOÁT NĂM 2024\n\n| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n")
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&b, "| %d | Rà soát, đánh giá thủ tục hành chính số %d thuộc lĩnh vực tư pháp và báo cáo kết quả | Sở Tư pháp | Quý II/2024 |\n", i, i)
	}
	src := []byte(b.String())
	doc, _ := parse.Decision("upload.txt", src)
	var whole bytes.Buffer
	if err := export.WriteJSON(&whole, doc); err != nil || len(doc.Plans) == 0 || len(doc.Plans[0].Tasks) != 3000 {
		t.Fatalf("the plan did not parse: %v", err)
	}
	fmt.Fprintf(conn, "POST /api/parse HTTP/1.1\r\nHost: portal\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(src))
	if _, err := conn.Write(src); err != nil {
		t.Fatal(err)
	}
	select {
	case <-closed:
	case <-time.After(time.Minute):
		t.Fatal("the server kept the connection of a client that never reads")
	}
	for i := 0; s.slots.inUse() != 0; i++ {
		if i > 1000 {
			t.Fatal("the slot never came back")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// What the client gets now is cut short: not the whole document.
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, _ := io.ReadAll(conn)
	if len(got) >= whole.Len() {
		t.Errorf("the whole answer (%d bytes) was written to a client that did not read", len(got))
	}
	t.Logf("the answer is %d bytes; the client that did not read gets %d", whole.Len(), len(got))
}
