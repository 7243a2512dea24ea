package parse

import (
	"regexp"
	"strings"
	"testing"
)

// The hand-written matchers must agree with the regexps they replace.
var (
	oracleSection   = regexp.MustCompile(`^([IVXL]+|[A-D])\.\s+(\S.*)$`)
	oracleItem      = regexp.MustCompile(`^(\d+(?:\.\d+)*)[.)]\s+(\S.*)$`)
	oracleRowNumber = regexp.MustCompile(`^(\d+(?:\.\d+)*)\.?$`)
)

func checkMatchers(t *testing.T, s string) {
	t.Helper()
	no, title, ok := sectionMatch(s)
	if m := oracleSection.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != no || m[2] != title) {
		t.Errorf("sectionMatch(%q) = %q, %q, %v; regexp %q", s, no, title, ok, m)
	}
	no, text, ok := itemMatch(s)
	if m := oracleItem.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != no || m[2] != text) {
		t.Errorf("itemMatch(%q) = %q, %q, %v; regexp %q", s, no, text, ok, m)
	}
	no, ok = rowNumber(s)
	if m := oracleRowNumber.FindStringSubmatch(s); (m != nil) != ok || ok && m[1] != no {
		t.Errorf("rowNumber(%q) = %q, %v; regexp %q", s, no, ok, m)
	}
}

func TestMatchers(t *testing.T) {
	for _, s := range []string{
		"", "I", "I.", "I. ", "I. NHIỆM VỤ", "II.\tMỤC TIÊU", "XIV. A", "A. MỤC ĐÍCH", "E. KHÁC", "AB. X",
		"I.NHIỆM VỤ", "IV.  \t x", "1", "1.", "12.", "1.2", "1.2.", "1..2", "1.2.3", ".1", "1a", "01",
		"1. Rà soát", "2.1) Xây dựng", "3)  x", "1.)", "1. ", "1 .", "1.2.3. Nội dung", "１. full width",
		"1.\u00a0x", "I.\u00a0x", "V. \r", "9999999999999999999.",
	} {
		checkMatchers(t, s)
	}
}

func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"I. NHIỆM VỤ", "1.2) x", "12.", "A.\tB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Contains(s, "\n") {
			return // lines have no line feed, which "." does not match
		}
		checkMatchers(t, s)
	})
}
