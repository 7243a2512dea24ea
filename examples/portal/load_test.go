package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kehoach/kehoach/parse"
)

// hostileUpload returns about n bytes of the shape of issue 14: a header
// row, then rows "1\t\t" (a number and two empty cells), each a task.
func hostileUpload(n int) []byte {
	var b bytes.Buffer
	b.WriteString("STT\tNội dung\tĐơn vị chủ trì\tThời hạn\n")
	for b.Len()+4 <= n {
		b.WriteString("1\t\t\n")
	}
	return b.Bytes()
}

// heapSampler records the largest heap in use while it runs.
type heapSampler struct {
	base, peak atomic.Uint64
	stop       chan struct{}
	done       sync.WaitGroup
}

func startHeapSampler() *heapSampler {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	h := &heapSampler{stop: make(chan struct{})}
	h.base.Store(m.HeapInuse)
	h.peak.Store(m.HeapInuse)
	h.done.Add(1)
	go func() {
		defer h.done.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				if m.HeapInuse > h.peak.Load() {
					h.peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	return h
}

// growth stops the sampler and returns the peak heap above the start.
func (h *heapSampler) growth() uint64 {
	close(h.stop)
	h.done.Wait()
	return h.peak.Load() - h.base.Load()
}

// 50 clients upload the hostile shape at once, each retrying on 503 until
// it is answered. The requests in flight never pass the slots, and the
// heap stays under 2 × slots × (one parse alone) + 256 KiB a client +
// 32 MiB: the number of clients does not multiply the memory. (The 2 is
// the collector's headroom: the heap in use holds garbage up to GOGC=100,
// and answers being written overlap the next parse's garbage.)
func TestLoadMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("the load test runs 50 parses")
	}
	const clients, slots = 50, 2
	size := 4 << 20
	// One parse alone, on a sample of the shape: its cost per byte says
	// whether the parser is bounded (issue 14's target: under 10× the
	// input). An unbounded parser would need gigabytes for the full
	// size, so the uploads are then made smaller, and the test says so.
	sample := hostileUpload(64 << 10)
	h := startHeapSampler()
	doc, _ := parse.Decision("sample.txt", sample)
	perByte := h.growth() / uint64(len(sample))
	runtime.KeepAlive(doc)
	if perByte > 10 {
		size = 16 << 10
		t.Logf("the parser holds %d bytes per input byte on this shape (over 10): uploads of %d bytes instead of 4 MiB", perByte, size)
	}
	upload := hostileUpload(size)
	h = startHeapSampler()
	doc, _ = parse.Decision("one.txt", upload)
	one := h.growth()
	runtime.KeepAlive(doc)
	doc = nil

	s := newServer(config{max: int64(size) + 1024, parses: slots, parseTimeout: 5 * time.Minute})
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{ExpectContinueTimeout: time.Minute, MaxConnsPerHost: clients}}
	var maxInUse atomic.Int64
	stopWatch := make(chan struct{})
	go func() {
		for {
			select {
			case <-stopWatch:
				return
			default:
				if n := int64(s.slots.inUse()); n > maxInUse.Load() {
					maxInUse.Store(n)
				}
				time.Sleep(time.Millisecond)
			}
		}
	}()
	var busy, ok atomic.Int64
	errs := make(chan error, clients)
	var wg sync.WaitGroup
	h = startHeapSampler()
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				req, _ := http.NewRequest("POST", ts.URL+"/api/parse", bytes.NewReader(upload))
				req.Header.Set("Content-Type", "text/plain; charset=utf-8")
				req.Header.Set("Expect", "100-continue")
				resp, err := client.Do(req)
				if err != nil {
					errs <- err
					return
				}
				n, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				switch resp.StatusCode {
				case http.StatusServiceUnavailable:
					if resp.Header.Get("Retry-After") == "" {
						errs <- fmt.Errorf("503 without Retry-After")
						return
					}
					busy.Add(1)
					time.Sleep(20 * time.Millisecond)
					continue
				case http.StatusOK:
					if n == 0 {
						errs <- fmt.Errorf("an empty answer")
					}
					ok.Add(1)
				default:
					errs <- fmt.Errorf("status %d", resp.StatusCode)
				}
				return
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	peak := h.growth()
	close(stopWatch)
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	bound := 2*slots*one + clients*256<<10 + 32<<20
	t.Logf("%d uploads of %d bytes: %d answered, %d times busy, %v; one parse alone %d MiB; peak heap growth %d MiB (bound %d MiB); at most %d parses at once",
		clients, size, ok.Load(), busy.Load(), elapsed.Round(time.Millisecond), one>>20, peak>>20, bound>>20, maxInUse.Load())
	if ok.Load() != clients {
		t.Errorf("%d of %d uploads answered", ok.Load(), clients)
	}
	if maxInUse.Load() > slots {
		t.Errorf("%d parses at once, more than the %d slots", maxInUse.Load(), slots)
	}
	if peak > bound {
		t.Errorf("peak heap growth %d MiB, over the bound of %d MiB", peak>>20, bound>>20)
	}
}
