package export

// SetStreamFrom sets the size from which WriteJSON streams, for the tests,
// and returns a function that restores it.
func SetStreamFrom(n int) (restore func()) {
	old := streamFrom
	streamFrom = n
	return func() { streamFrom = old }
}
