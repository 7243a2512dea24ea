package docref

import (
	"errors"
	"strconv"
	"strings"
)

// Number is the number and symbol a document is registered under:
// 95/QĐ-VPCP is Seq "95" and Symbol "QĐ-VPCP"; 766/2022/QĐ-TTg also has
// Year 2022; the Party's 02-KH/BCĐTW is Seq "02" and Symbol "KH/BCĐTW".
type Number struct {
	Seq    string // the number in the year's register, as written ("05")
	Year   int    // the year written inside the number, or 0
	Symbol string // the type and issuer abbreviations ("QĐ-VPCP")
	// Party marks the Party's form, where a dash follows the number
	// ("02-KH/BCĐTW").
	Party bool
}

// ErrNumber is returned by ParseNumber for text that is not a document
// number.
var ErrNumber = errors.New("not a document number")

// ParseNumber reads "95/QĐ-VPCP", "766/2022/QĐ-TTg" or "02-KH/BCĐTW".
func ParseNumber(s string) (Number, error) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) || (s[i] != '/' && s[i] != '-') || i+1 == len(s) {
		return Number{}, ErrNumber
	}
	n := Number{Seq: s[:i], Party: s[i] == '-'}
	rest := s[i+1:]
	if y, after, ok := strings.Cut(rest, "/"); ok && !n.Party && len(y) == 4 && after != "" {
		if v, err := strconv.Atoi(y); err == nil {
			n.Year, rest = v, after
		}
	}
	n.Symbol = rest
	return n, nil
}

// IsZero reports whether n is the zero Number.
func (n Number) IsZero() bool { return n == Number{} }

// String prints the number as documents write it: "95/QĐ-VPCP",
// "766/2022/QĐ-TTg".
func (n Number) String() string {
	if n.IsZero() {
		return ""
	}
	switch {
	case n.Year != 0:
		return n.Seq + "/" + strconv.Itoa(n.Year) + "/" + n.Symbol
	case n.Symbol == "":
		return n.Seq // a number cited without its symbol
	case n.Party:
		return n.Seq + "-" + n.Symbol
	}
	return n.Seq + "/" + n.Symbol
}

// ID returns the number without its year and leading zeros, so that the
// ways one document is cited compare equal: "766/2022/QĐ-TTg",
// "766/QĐ-TTg" and "0766/QĐ-TTg" all give "766/QĐ-TTg".
func (n Number) ID() string {
	if n.IsZero() {
		return ""
	}
	seq := strings.TrimLeft(n.Seq, "0")
	if seq == "" {
		seq = "0"
	}
	switch {
	case n.Symbol == "":
		return seq
	case n.Party:
		return seq + "-" + n.Symbol
	}
	return seq + "/" + n.Symbol
}

// Type returns the type the symbol names (see TypeOfSymbol).
func (n Number) Type() (Type, bool) { return TypeOfSymbol(n.Symbol) }

// MarshalText implements encoding.TextMarshaler.
func (n Number) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (n *Number) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = Number{}
		return nil
	}
	v, err := ParseNumber(string(b))
	if err != nil {
		if !isDigits(string(b)) {
			return err
		}
		v = Number{Seq: string(b)} // as String writes a number without symbol
	}
	*n = v
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
