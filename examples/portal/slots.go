package main

import "sync"

// slots bounds the documents read at once. A request takes a slot before
// its body is read, and the slot is given back when the parse really
// ends, even if the request has gone (timed out, cancelled) before: so
// the memory of parses in flight is bounded by the number of slots.
type slots struct {
	c chan struct{}
}

func newSlots(n int) *slots { return &slots{c: make(chan struct{}, n)} }

// take returns a slot, or false when all are taken.
func (s *slots) take() (*slot, bool) {
	select {
	case s.c <- struct{}{}:
		return &slot{s: s}, true
	default:
		return nil, false
	}
}

// inUse returns the number of slots taken.
func (s *slots) inUse() int { return len(s.c) }

// slot is one taken slot; release may be called more than once.
type slot struct {
	s    *slots
	once sync.Once
}

func (sl *slot) release() { sl.once.Do(func() { <-sl.s.c }) }
