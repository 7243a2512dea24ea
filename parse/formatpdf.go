package parse

import (
	"github.com/kehoach/kehoach/internal/pdftext"
)

// readPDF reads a PDF's text layer through pdftotext (pdftext.Text
// rebuilds its paragraphs and tables), then reads that text. Positions
// are lines and columns of the rebuilt text.
func (c *Config) readPDF(filename string, src []byte, fatal func(error) error) (*source, error) {
	pages, err := pdftext.Read(c.ctx(), src)
	if err != nil {
		return nil, fatal(err)
	}
	text, nfc, err := decode([]byte(pdftext.Text(pages)), "utf-8")
	if err != nil {
		return nil, fatal(err)
	}
	doc, cuts := c.readText(text, nfc)
	return &source{doc: doc, cuts: cuts}, nil
}
