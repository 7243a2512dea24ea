package parse

import (
	"strings"

	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// The readers of the decision's closing: the recipients ("Nơi nhận:" and
// its "- ...;" lines) and the signer's block ("KT. BỘ TRƯỞNG" / "THỨ
// TRƯỞNG" / the name).

// readRecipientsStart reads "Nơi nhận:".
func readRecipientsStart(s *state) int {
	p, k := s.cur()
	d := &s.dec
	if d.phase != preamble && d.phase != body || !strings.HasPrefix(p.Text, "Nơi nhận") {
		return 0
	}
	d.phase = recipients
	s.take(k, rdRecipients)
	return 1
}

// readRecipient reads one "- ...;" line of the recipients.
func readRecipient(s *state) int {
	p, k := s.cur()
	if s.dec.phase != recipients || !strings.HasPrefix(p.Text, "-") && !strings.HasPrefix(p.Text, "+") {
		return 0
	}
	s.doc.Recipients = append(s.doc.Recipients, recipient(p.Text, p.Pos.Line))
	s.take(k, rdRecipients)
	return 1
}

// readSigner reads the lines of the signer's block in capitals, or with a
// signing form ("KT.", "TM."): the last is the position, those before it
// the signing form.
func readSigner(s *state) int {
	p, k := s.cur()
	d := &s.dec
	sg := &s.doc.Signer
	if d.phase != recipients && d.phase != signature || sg.Name != "" || d.signers >= 4 ||
		!p.Caps && !hasSigningForm(p.Text) || isSection(p.Text) {
		return 0
	}
	d.signers++
	if sg.Position != "" {
		sg.Authority = vntext.TrimSpace(sg.Authority + " " + sg.Position)
	}
	sg.Position = p.Text
	if sg.Line == 0 {
		sg.Line = p.Pos.Line
	}
	d.phase = signature
	s.take(k, rdSigner)
	return 1
}

// readSignerName reads the signer's name, under the block.
func readSignerName(s *state) int {
	p, k := s.cur()
	if s.dec.phase != signature || s.doc.Signer.Name != "" || !isName(p.Text) {
		return 0
	}
	s.doc.Signer.Name = p.Text
	s.take(k, rdSigner)
	return 1
}

// hasSigningForm reports a line that starts with a signing form: "KT.",
// "TM.", "TL.", "TUQ.", "Q.".
func hasSigningForm(t string) bool {
	for _, f := range []string{"KT", "TM", "TL", "TUQ", "Q"} {
		if rest, ok := strings.CutPrefix(t, f); ok && strings.HasPrefix(rest, ".") {
			return true
		}
	}
	return false
}

// recipient reads one "Nơi nhận" line: "- TTgCP, PTTg Trần Hồng Hà (để b/c);".
func recipient(t string, line int) plan.Recipient {
	t = vntext.TrimSpace(strings.TrimLeft(t, "-+ "))
	t = strings.TrimRight(t, ";.,")
	r := plan.Recipient{Line: line}
	if rest, ok := strings.CutPrefix(t, "Lưu"); ok {
		r.Archive = true
		t = "Lưu" + rest
	}
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k > 0 && !r.Archive {
			r.Note = t[k+1 : len(t)-1]
			t = vntext.TrimSpace(t[:k])
		}
	}
	r.Text = t
	return r
}
