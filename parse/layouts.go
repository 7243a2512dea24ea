package parse

import (
	"regexp"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// The layout readers and their priority. A document is cut into parts
// (parts): the decision's, then one per plan or appendix. Each paragraph
// of a part is offered to the readers of its part in the order below; the
// first that reads it takes it, with the paragraphs that continue it.
// Tables of plans go to readTable.

// decisionReaders read the decision's part, in priority order. Each
// returns how many paragraphs of the flow it took, 0 when the paragraph is
// not its layout.
var decisionReaders = []func(*state) int{
	readMotto,           // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	readHeaderCaps,      // ỦY BAN NHÂN DÂN / TỈNH NINH BÌNH (held)
	readNumber,          // Số: 95/QĐ-VPCP
	readPlaceDate,       // Hà Nội, ngày 24 tháng 3 năm 2023
	readTitleCont,       // the title, wrapped
	readTitleMark,       // [bookmark: loai_1_name]
	readType,            // QUYẾT ĐỊNH
	readRecipientsStart, // Nơi nhận:
	readDecides,         // QUYẾT ĐỊNH:
	readBasis,           // Căn cứ ...;
	readBasisCont,       // ... the basis, wrapped
	readProposal,        // Theo đề nghị của ...,
	readBasisUncited,    // Chỉ thị số 05/CT-TTg ...;
	readCapsTitle,       // the title in capitals
	readAuthority,       // BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ
	readArticle,         // Điều 1. ...
	readArticleText,     // ... the article, continued
	readRecipient,       // - Như Điều 3;
	readSigner,          // KT. BỘ TRƯỞNG / THỨ TRƯỞNG
	readSignerName,      // Nguyễn Văn A
}

// planReaders read the paragraphs of a plan's part, in priority order.
var planReaders = []func(*state, *planBuilder) int{
	readAppendix,  // PHỤ LỤC I
	readPlanTitle, // DANH MỤC NHIỆM VỤ ...
	readAttached,  // (Kèm theo Quyết định số ...)
	readSection,   // II. NHIỆM VỤ CỤ THỂ
	readProse,     // labelled tasks, duties of units, headings, text
}

// read reads the whole document.
func (s *state) read() {
	starts := s.planStarts()
	end := len(s.src.Blocks)
	if len(starts) > 0 {
		end = starts[0]
	}
	s.readDecision(0, end)
	if len(starts) == 0 || len(s.doc.Articles) == 0 {
		// A plan issued on its own (its body before any appendix), or a
		// decision with its tasks in its body: read what the decision's
		// readers did not take as a plan.
		s.readPlan(0, end, true)
	}
	for k, start := range starts {
		end := len(s.src.Blocks)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		s.readPlan(start, end, false)
	}
	s.footnotes()
	s.unclaimed()
}

// planStarts returns the index of the first block of each plan or
// appendix: a "[bookmark: loai_2_name]" paragraph, a "PHỤ LỤC" heading,
// a type line after the document's own ("KẾ HOẠCH" under the decision
// that issues it), or the title above a "(Kèm theo ...)" note.
func (s *state) planStarts() []int {
	var starts []int
	add := func(k int) {
		if len(starts) == 0 || k > starts[len(starts)-1] {
			starts = append(starts, k)
		}
	}
	types := 0 // type lines seen: the document's own, then its plans'
	// The run of capitals that ends at the last paragraph in capitals
	// (runEnd): its first paragraph (runTop) and the table or paragraph
	// not in capitals above it (runStop), so that a note walks back over
	// a run once and not once per note.
	runEnd, runTop, runStop, stop := -1, -1, -1, -1
	for i, b := range s.src.Blocks {
		if i > 0 { // the block above, seen
			switch q := s.src.Blocks[i-1]; {
			case q.IsTable():
				stop = i - 1
			case s.para(q.Para).Text == "":
			case !s.para(q.Para).Caps:
				stop = i - 1
			default:
				if runEnd < stop || runEnd < 0 {
					runTop = i - 1
				}
				runEnd, runStop = i-1, stop
			}
		}
		if b.IsTable() {
			continue
		}
		p := s.para(b.Para)
		if isTypeLine(p.Text) {
			types++
		}
		switch {
		case hasMark(s.marks(b.Para), "loai_2_name"), isAppendix(p.Text):
			add(i)
		case isTypeLine(p.Text) && types > 1:
			// "KẾ HOẠCH" after the decision that issues it.
			add(i)
		case isAttachedStart(p.Text):
			// The plan's title is the block of capitals above; when that
			// block follows a start already counted, the note belongs to it.
			k, last := i, -1
			if len(starts) > 0 {
				last = starts[len(starts)-1]
			}
			// A line or two not in capitals may come between: a
			// subtitle ("Thực hiện Nghị quyết số 57-NQ/TW ...").
			j, sub, caps := i-1, 0, false
			for ; j > last; j-- {
				q := s.src.Blocks[j]
				if q.IsTable() {
					break
				}
				t := s.para(q.Para).Text
				if t == "" {
					continue
				}
				if !s.para(q.Para).Caps {
					if caps || sub == 2 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") {
						break
					}
					sub++
					continue
				}
				caps, k = true, j
				if j == runEnd { // the rest of the run is known
					if runStop > last {
						k = runTop
					}
					j = max(runStop, last)
					break
				}
			}
			if j > last && k < i {
				add(k) // a note without a title above it is no plan's
			}
		}
	}
	return starts
}

var reFootnoteDef = regexp.MustCompile(`^\[(\d{1,3})\]\s*(\S.*)$`)

// footnotes reads the notes ("[1] Theo số liệu ...") that cells refer to,
// among the paragraphs no reader took.
func (s *state) footnotes() {
	for k := range s.src.Paras {
		p := &s.src.Paras[k]
		if s.claims.taken(k) || len(p.Text) < 3 || p.Text[0] != '[' {
			continue
		}
		if m := reFootnoteDef.FindStringSubmatch(p.Text); m != nil {
			s.doc.Footnotes = append(s.doc.Footnotes, plan.Footnote{No: m[1], Text: m[2], Line: p.Pos.Line})
			s.take(k, rdFootnote)
		}
	}
}

// unclaimed reports every paragraph with text that no reader took.
func (s *state) unclaimed() {
	for k := range s.src.Paras {
		if s.stopped() {
			return
		}
		p := &s.src.Paras[k]
		if p.Text == "" || s.claims.taken(k) {
			continue
		}
		s.diag(p.Pos, plan.Warning, CodeUnplaced, "line not understood: %s", quote(p.Text)).Len = runes(p.Text)
	}
}
