package parse

import "errors"

func (c *Config) readHTML(filename string, src []byte, fatal func(error) error) (*source, error) {
	return nil, fatal(errors.New("html: todo"))
}
