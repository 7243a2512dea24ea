package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// SIGTERM lets a request in flight finish: the portal, started as a
// program, gets the signal while a client is half-way through sending a
// decision; the client still gets its document, and the program exits 0.
func TestSIGTERMFinishesInFlight(t *testing.T) {
	bin, err := exec.LookPath("portal") // set up by testscript.Main
	if err != nil {
		t.Skipf("no portal program: %v", err)
	}
	dir := t.TempDir()
	addrFile := filepath.Join(dir, "addr")
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-addr-file", addrFile)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var addr []byte
	for i := 0; i < 200 && len(addr) == 0; i++ {
		addr, _ = os.ReadFile(addrFile)
		if len(addr) == 0 {
			time.Sleep(25 * time.Millisecond)
		}
	}
	if len(addr) == 0 {
		t.Fatal("the portal wrote no address")
	}
	conn, err := net.Dial("tcp", string(addr))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	src := seed(t)
	fmt.Fprintf(conn, "POST /api/parse HTTP/1.1\r\nHost: portal\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(src))
	conn.Write(src[:len(src)/2])
	time.Sleep(200 * time.Millisecond) // the request is being read
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The portal stops taking connections...
	for i := 0; ; i++ {
		c, err := net.DialTimeout("tcp", string(addr), time.Second)
		if err != nil {
			break
		}
		c.Close()
		if i > 200 {
			t.Fatal("the portal still takes connections after SIGTERM")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// ... but finishes the one in flight.
	if _, err := conn.Write(src[len(src)/2:]); err != nil {
		t.Fatalf("the request in flight was cut: %v", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to the request in flight: %v", err)
	}
	var body bytes.Buffer
	body.ReadFrom(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(body.String(), `"number":"95/QĐ-VPCP"`) {
		t.Errorf("in flight: %d %.200s", resp.StatusCode, body.String())
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "shutting down") || !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
