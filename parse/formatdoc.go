package parse

import (
	"github.com/kehoach/kehoach/internal/office"
)

// readDoc reads a Word 97-2003 file: LibreOffice converts it to .docx,
// which is read as any .docx.
func (c *Config) readDoc(filename string, src []byte, fatal func(error) error) (*source, error) {
	out, err := office.Convert(c.ctx(), src, "doc", "docx")
	if err != nil {
		return nil, fatal(err)
	}
	d := *c
	d.Format = FormatDocx
	return d.readFormat(filename, out)
}
