package deadline

import (
	"github.com/kehoach/kehoach/internal/vntext"
)

// Match is a deadline phrase found in a sentence.
type Match struct {
	Start, End int // the phrase's byte span in the sentence (in NFC)
	Schedule
}

// Text returns the phrase as written.
func (m Match) Text(sentence string) string { return sentence[m.Start:m.End] }

// cues are the words that open a deadline inside a sentence, folded: a
// time is a deadline there only after one of them ("hoàn thành trước
// ngày 15/9/2027", "trong quý II/2026"), never alone, so that the dates
// of cited documents ("Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022")
// and of events are not taken.
var cues = [][]string{
	{"cham", "nhat"}, {"truoc"}, {"hoan", "thanh"}, {"xong"}, {"trong"}, {"den", "het"},
	{"dinh", "ky"}, {"hang"}, {"thuong", "xuyen"}, {"vao"},
}

// maxPhrase is the most tokens a deadline phrase found in a sentence
// spans.
const maxPhrase = 16

// Find returns the deadline phrases of a sentence, in order, each with
// its byte span and its schedule: "..., hoàn thành trước ngày 15/9/2027"
// gives the date 2027-09-15. A phrase is found where a cue opens it
// ("trước", "chậm nhất", "hoàn thành", "trong", "vào", "định kỳ", "hằng", ...),
// as the longest phrase from the cue that Parse reads without words left
// over. Dates of cited documents are not deadlines: they follow no cue.
// In a sentence that names a recurring duty ("định kỳ", "hằng tháng"), a
// date without its year belongs to the recurrence and is not returned.
//
// Find is a pure function of the sentence and the context, and is safe
// for concurrent use.
func Find(sentence string, ctx Context) []Match {
	text := vntext.NFC(sentence)
	p := parser{src: text}
	p.lex()
	p.end = len(p.toks)
	var out []Match
	recurring := false
	for k := 0; k < len(p.toks); k++ {
		if !p.cueAt(k) {
			continue
		}
		m, end, ok := longest(text, &p, k, ctx)
		if !ok {
			continue
		}
		if m.Kind == KindRecurring || m.Kind == KindOngoing {
			recurring = true
		}
		out = append(out, m)
		k = end - 1
	}
	if !recurring {
		return out
	}
	kept := out[:0]
	for _, m := range out {
		if m.YearInferred && m.Kind != KindRecurring {
			continue // "6 tháng (trước ngày 16/6)" of a periodic report
		}
		kept = append(kept, m)
	}
	return kept
}

// cueAt reports whether a cue starts at token k.
func (p *parser) cueAt(k int) bool {
	if p.toks[k].kind != tokWord {
		return false
	}
	for _, c := range cues {
		if p.wordsAt(k, c...) == len(c) {
			return true
		}
	}
	return false
}

// longest reads the longest phrase from token k that Parse understands
// whole, and returns it with the index of the token after it.
func longest(text string, p *parser, k int, ctx Context) (Match, int, bool) {
	for e := min(len(p.toks), k+maxPhrase); e > k; e-- {
		if p.toks[e-1].kind == tokPunct {
			continue
		}
		start, end := p.toks[k].pos, p.toks[e-1].end
		s, err := Parse(text[start:end], ctx)
		if err != nil && s.Kind == KindUnknown || s.Kind == KindUnknown || s.Note != "" {
			continue
		}
		if s.Kind == KindSchedule || s.Kind == KindReference || s.Kind == KindEvent {
			continue // "theo ..." and "sau khi ..." are not opened by a cue
		}
		return Match{Start: start, End: end, Schedule: s}, e, true
	}
	return Match{}, k, false
}
