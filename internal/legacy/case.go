package legacy

import "unicode"

func upper(r rune) rune     { return unicode.ToUpper(r) }
func lowerRune(r rune) rune { return unicode.ToLower(r) }
