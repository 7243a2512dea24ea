// Command portal is an example of embedding kehoach in a web service, as a
// government portal or a task-tracking system would: a page where a user
// pastes or uploads a decision and sees its tasks, deadlines and
// diagnostics, and a JSON API.
//
//	go run ./examples/portal -addr localhost:8080
//
// The page (see pages) is the one an officer keeps open: the tasks of a
// decision with their status on a chosen day, filters, a summary by lead
// unit, the workbook, calendar and CSV to download, and the progress
// reported to upload; its results have URLs /plan/{id}.
//
// POST /api/parse with the text of a decision as the body returns the
// document in the JSON form of kehoach parse. Bodies over -max bytes are
// refused with 413, input that is not text with 415.
//
// The portal is meant to face the public: at most -parses documents are
// read at once (others get 503 with Retry-After before their body is
// read), each within -parse-timeout; slow clients are cut off by the
// server's read, write and idle timeouts; SIGINT or SIGTERM lets the
// requests in flight finish before it exits. Every answer carries a
// Content-Security-Policy allowing only the portal's own script and style
// files (nothing inline), nosniff, frame-ancestors 'none' and a
// Referrer-Policy, and cross-origin form posts are refused. Error texts
// are fixed: they never show addresses or paths. Uploads to the page
// (decisions, progress files) take the same slots and deadline as the
// API.
package main

import (
	"context"
	"errors"
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "`address` to listen on")
	addrFile := flag.String("addr-file", "", "write the address listened on to `file` (useful with port 0)")
	cfg := defaultConfig()
	flag.Int64Var(&cfg.max, "max", cfg.max, "largest accepted upload, in `bytes`")
	flag.IntVar(&cfg.parses, "parses", cfg.parses, "most documents read at once; more get 503")
	flag.DurationVar(&cfg.parseTimeout, "parse-timeout", cfg.parseTimeout, "longest time one document is read for")
	readTimeout := flag.Duration("read-timeout", time.Minute, "longest time to read a request, body included")
	writeTimeout := flag.Duration("write-timeout", 0, "longest time from the end of a request's headers to the end of its answer (default: read timeout + parse timeout + 30s)")
	flag.Parse()
	if *writeTimeout == 0 {
		*writeTimeout = *readTimeout + cfg.parseTimeout + 30*time.Second
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	if *addrFile != "" {
		if err := os.WriteFile(*addrFile, []byte(ln.Addr().String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	srv := &http.Server{
		Handler:           newServer(cfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       *readTimeout,
		WriteTimeout:      *writeTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(os.Stderr, "portal: ", 0),
	}
	log.Printf("listening on http://%s", ln.Addr())
	if err := serve(srv, ln, *writeTimeout); err != nil {
		log.Fatal(err)
	}
}

// serve serves on ln until SIGINT or SIGTERM, then stops taking requests,
// lets those in flight finish (for at most grace) and returns.
func serve(srv *http.Server, ln net.Listener, grace time.Duration) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Print("shutting down: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Print("stopped")
	return nil
}

// config is what a server allows.
type config struct {
	max          int64         // largest upload, in bytes
	parses       int           // most documents read at once
	parseTimeout time.Duration // longest time one document is read for
}

func defaultConfig() config {
	return config{max: 4 << 20, parses: max(1, runtime.NumCPU()), parseTimeout: 30 * time.Second}
}
