package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
)

// parseAsOf is the -as-of flag of kehoach parse: the day the workbook's
// statuses are computed on.
var parseAsOf string

func init() { formats["xlsx"] = writeXLSX }

// writeXLSX writes the tracking workbook of one document (see
// export.XLSX), with statuses on the -as-of day when given.
func writeXLSX(w io.Writer, docs []input) error {
	if len(docs) == 0 {
		return errors.New("no document read: no workbook written")
	}
	if len(docs) != 1 {
		return errors.New("-format xlsx writes one document's workbook; give one file")
	}
	var asOf civil.Date
	if parseAsOf != "" {
		var err error
		if asOf, err = civil.ParseDate(parseAsOf); err != nil {
			return fmt.Errorf("-as-of: %v", err)
		}
	}
	return export.XLSX{AsOf: asOf}.Write(w, docs[0].doc)
}
