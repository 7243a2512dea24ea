package export

import "github.com/kehoach/kehoach/plan"

// File is one input of a batch: the name it was read under and the
// document read from it, or the error that kept it from being read.
type File struct {
	Name string
	Doc  *plan.Document
	// Err is why the file could not be read; Doc is then nil.
	Err error
}
