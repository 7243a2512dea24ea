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
// ngày 15/9/2027", "trong quý II/2026", "dịp Tết Nguyên đán"), never
// alone, so that the years of named laws ("Luật Đất đai năm 2024") and
// the dates of events are not taken. Rules ("hằng tháng", "định kỳ",
// "thường xuyên") open themselves.
var cues = [][]string{
	{"cham", "nhat"}, {"truoc"}, {"hoan", "thanh"}, {"xong"}, {"trong"}, {"den"}, {"toi"},
	{"dinh", "ky"}, {"hang"}, {"moi"}, {"thuong", "xuyen"}, {"vao"}, {"tu"}, {"dip"}, {"ke", "tu"},
	{"bat", "dau"}, {"ngay", "trong"}, {"ngay", "tu"}, {"sau"}, {"tinh", "den"}, {"thu"}, {"chu", "nhat"},
}

// Find returns the deadline phrases of a sentence, in order, each with
// its byte span and its schedule: "..., hoàn thành trước ngày 15/9/2027"
// gives the date 2027-09-15. Every kind Parse reads is found where a cue
// opens it ("trước", "chậm nhất", "hoàn thành", "trong", "vào", "từ",
// "dịp", "định kỳ", "hằng", ...): dates, periods, qualified periods, day
// ranges, times of day, school years, festivals of the lunar calendar,
// recurring rules, open-ended starts, and offsets from an anchor ("trong
// thời hạn 10 ngày làm việc kể từ ngày nhận", the anchor running to the
// next comma). A phrase is as long as the grammar reads it; a note is
// never part of it. Dates of cited documents are not deadlines: a date
// after a document number ("Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm
// 2022") is skipped, and so are the numbers inside it. In a sentence that
// names a recurring duty ("định kỳ", "hằng tháng"), a date without its
// year belongs to the recurrence and is not returned; nor is the horizon
// of a plan's name ("tầm nhìn đến năm 2045"), nor an open start ("bắt đầu
// thực hiện từ tháng 01/2026"), which says when the work begins.
//
// Find is a pure function of the sentence and the context, and is safe
// for concurrent use.
func Find(sentence string, ctx Context) []Match {
	text := vntext.NFC(sentence)
	p := parser{src: text, ctx: ctx, quiet: true, silent: true}
	buf := bufPool.Get().(*buffers)
	p.toks, p.fold = buf.toks[:0], buf.fold[:0]
	p.lex()
	defer func() {
		if cap(p.toks) <= maxPooledTokens {
			buf.toks, buf.fold = p.toks[:0], p.fold[:0]
			bufPool.Put(buf)
		}
	}()
	n := len(p.toks)
	var out []Match
	recurring := false
	for k := 0; k < n; k++ {
		p.end = n
		if !p.findStart(k) {
			continue
		}
		if e := p.citedDateEnd(k); e > k {
			k = e - 1
			continue
		}
		if k >= 2 && p.wordsAt(k-2, "tam", "nhin") == 2 {
			continue // "thời kỳ 2021-2030, tầm nhìn đến năm 2045": a plan's horizon
		}
		var s Schedule
		p.end = n
		ok := p.coreAt(&s, k, false)
		if !ok {
			// "trong thời hạn 10 ngày kể từ ngày nhận ...": the anchor
			// runs to the next comma.
			p.end = p.clauseEnd(k)
			s = Schedule{}
			p.i, p.err = k, nil
			ok = p.relative(&s) && p.err == nil
		}
		p.err = nil
		if !ok {
			continue
		}
		end := p.i
		for end > k+1 && p.toks[end-1].kind == tokPunct && p.toks[end-1].ch != ')' && p.toks[end-1].ch != '\'' && p.toks[end-1].ch != 0 {
			end--
		}
		p.milestones = false
		if err := p.finish(&s); err != nil && err.Err != ErrNoYear && err.Err != ErrWeekday {
			continue
		}
		if s.Mod == ModFrom && s.Kind >= KindDate && s.Kind <= KindYear {
			// "bắt đầu thực hiện từ tháng 01/2026": in a sentence, when
			// the work begins, not when it is due.
			k = end - 1
			continue
		}
		start, stop := p.toks[k].pos, p.toks[end-1].end
		s.Raw = text[start:stop]
		if s.Kind == KindRecurring || s.Kind == KindOngoing {
			recurring = true
		}
		if out == nil {
			out = make([]Match, 0, 4) // one allocation for most sentences
		}
		out = append(out, Match{Start: start, End: stop, Schedule: s})
		k = end - 1
	}
	if !recurring {
		return out
	}
	kept := out[:0]
	for _, m := range out {
		if m.YearInferred && m.Kind != KindRecurring && m.Feast == "" {
			continue // "6 tháng (trước ngày 16/6)" of a periodic report
		}
		kept = append(kept, m)
	}
	return kept
}

// maxAnchor bounds the tokens of an offset's phrase found in a sentence
// ("trong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ").
const maxAnchor = 40

// findStart reports whether a deadline may start at token k of a
// sentence: at a cue, not inside a run of letters and digits.
func (p *parser) findStart(k int) bool {
	t := &p.toks[k]
	if t.kind != tokWord {
		return false
	}
	if k > 0 && !t.space && p.toks[k-1].kind != tokPunct {
		return false
	}
	switch string(p.fold[t.f0:t.f1]) {
	case "truoc", "xong", "trong", "den", "toi", "hang", "moi", "vao", "tu", "dip", "sau", "thu":
		return true
	case "cham", "hoan", "dinh", "thuong", "ke", "bat", "ngay", "tinh", "chu":
		for _, c := range cues {
			if len(c) == 2 && p.wordsAt(k, c...) == 2 {
				return true
			}
		}
	}
	return false
}

// clauseEnd returns the index of the first comma, semicolon or
// parenthesis after token k, or the number of tokens; no more than
// maxAnchor tokens after k.
func (p *parser) clauseEnd(k int) int {
	for j := k; j < len(p.toks); j++ {
		if j-k >= maxAnchor {
			return j
		}
		if t := &p.toks[j]; t.kind == tokPunct && (t.ch == ',' || t.ch == ';' || t.ch == '(' || t.ch == ')' || t.ch == '.' && j+1 < len(p.toks) && p.toks[j+1].space) {
			return j
		}
	}
	return len(p.toks)
}
