package parse

import (
	"github.com/kehoach/kehoach/internal/htmldoc"
)

// readHTML reads a web page: its body (on thuvienphapluat.vn and vbpl.vn
// pages, the decision's text only), its tables with their spans, its
// article anchors as bookmarks. Positions are lines and columns of the
// page.
func (c *Config) readHTML(filename string, src []byte, fatal func(error) error) (*source, error) {
	d, err := htmldoc.Read(src)
	if err != nil {
		return nil, fatal(err)
	}
	return c.blocks(d, filename), nil
}
