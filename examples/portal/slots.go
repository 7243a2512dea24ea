package main

import "sync"

// slots bounds the documents in flight. A request takes a slot before its
// body is read and keeps it until its answer is written; a parse it
// started keeps it too, until the parse really ends, even when the
// request has gone before (timed out, cancelled). So the memory of
// bodies, parses and documents being written is bounded by the number of
// slots, whatever the number of clients and however slowly they read.
type slots struct {
	c chan struct{}
}

func newSlots(n int) *slots { return &slots{c: make(chan struct{}, n)} }

// take returns a slot held once, or false when all are taken.
func (s *slots) take() (*slot, bool) {
	select {
	case s.c <- struct{}{}:
		return &slot{s: s, holders: 1}, true
	default:
		return nil, false
	}
}

// inUse returns the number of slots taken.
func (s *slots) inUse() int { return len(s.c) }

// slot is one taken slot, given back when its last holder releases it.
type slot struct {
	s       *slots
	mu      sync.Mutex
	holders int
}

// hold adds a holder.
func (sl *slot) hold() {
	sl.mu.Lock()
	sl.holders++
	sl.mu.Unlock()
}

// release drops a holder; the last gives the slot back.
func (sl *slot) release() {
	sl.mu.Lock()
	defer sl.mu.Unlock()
	if sl.holders == 0 {
		return
	}
	if sl.holders--; sl.holders == 0 {
		<-sl.s.c
	}
}
