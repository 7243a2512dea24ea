package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// parseAsOf is the -as-of flag of kehoach parse: the day the workbook's
// statuses are computed on.
var parseAsOf string

// xlsxSink writes the tracking workbook of one document (see
// export.XLSX), with statuses on the -as-of day when given.
type xlsxSink struct {
	w    io.Writer
	docs []*plan.Document
}

func (s *xlsxSink) add(f export.File) error {
	if f.Doc != nil {
		s.docs = append(s.docs, f.Doc)
	}
	return nil
}

func (s *xlsxSink) close() error {
	switch len(s.docs) {
	case 0:
		return errors.New("no document read: no workbook written")
	case 1:
	default:
		return errors.New("-format xlsx writes one document's workbook; give one file")
	}
	var asOf civil.Date
	if parseAsOf != "" {
		var err error
		if asOf, err = civil.ParseDate(parseAsOf); err != nil {
			return fmt.Errorf("-as-of: %v", err)
		}
	}
	return export.XLSX{AsOf: asOf}.Write(s.w, s.docs[0])
}
