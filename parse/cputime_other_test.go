//go:build !unix

package parse

import "time"

// cpuTime returns the time on the clock, where the processor time is not
// at hand.
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
