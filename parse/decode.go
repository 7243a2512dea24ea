package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/vntext"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decode turns the input into UTF-8 text. A byte order mark names the
// encoding; otherwise enc does, or the bytes are UTF-8, or, when they are
// not, Windows-1258 (the Vietnamese code page of older Word files). Input
// with NUL bytes or other control characters is not text. nfc reports that
// the text needs no normalization.
func decode(src []byte, enc string) (text string, nfc bool, err error) {
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		src, enc = src[3:], "utf-8"
	case bytes.HasPrefix(src, []byte("\xff\xfe")):
		src, enc = src[2:], "utf-16le"
	case bytes.HasPrefix(src, []byte("\xfe\xff")):
		src, enc = src[2:], "utf-16be"
	}
	var out []byte
	var control int
	switch strings.ToLower(enc) {
	case "", "utf-8", "utf8":
		var invalid int
		invalid, control, nfc = vntext.Inspect(src)
		if invalid < 0 {
			out = src
			break
		}
		if enc != "" {
			return "", false, fmt.Errorf("input is not UTF-8 text: invalid byte 0x%02x at offset %d", src[invalid], invalid)
		}
		fallthrough
	case "windows-1258", "cp1258":
		b, err := charmap.Windows1258.NewDecoder().Bytes(src)
		if err != nil {
			return "", false, fmt.Errorf("input is not Windows-1258 text: %v", err)
		}
		out = b
		_, control, nfc = vntext.Inspect(out)
	case "utf-16le", "utf-16be":
		if len(src)%2 != 0 {
			return "", false, fmt.Errorf("input is not %s text: odd length %d", enc, len(src))
		}
		order := xunicode.LittleEndian
		if strings.ToLower(enc) == "utf-16be" {
			order = xunicode.BigEndian
		}
		b, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", false, fmt.Errorf("input is not %s text: %v", enc, err)
		}
		out = b
		_, control, nfc = vntext.Inspect(out)
	default:
		return "", false, fmt.Errorf("%w %q (want utf-8, utf-16le, utf-16be or windows-1258)", ErrEncoding, enc)
	}
	if control >= 0 {
		return "", false, fmt.Errorf("input is not text: control byte 0x%02x at offset %d", out[control], control)
	}
	return string(out), nfc, nil
}
