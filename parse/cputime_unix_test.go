//go:build unix

package parse

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used: what the
// doubling tests compare, which other processes on a loaded machine do
// not add to as they do to the time on the clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
