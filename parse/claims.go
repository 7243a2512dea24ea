package parse

// reader names what took a paragraph: one constant per layout reader.
type reader uint8

// The readers, in no particular order (their priority is in layouts.go).
const (
	unclaimed reader = iota
	rdMotto
	rdNumber
	rdPlaceDate
	rdIssuer
	rdType
	rdTitle
	rdAuthority
	rdBasis
	rdProposal
	rdDecides
	rdArticle
	rdRecipients
	rdSigner
	rdAppendix
	rdPlanTitle
	rdAttached
	rdSection
	rdSectionText
	rdIntro
	rdItem
	rdTable
	rdFootnote
	rdMarks
	rdDiagnostic
	rdDuty
)

var readerNames = [...]string{
	unclaimed: "unclaimed", rdMotto: "motto", rdNumber: "number", rdPlaceDate: "place and date",
	rdIssuer: "issuer", rdType: "type", rdTitle: "title", rdAuthority: "authority", rdBasis: "basis",
	rdProposal: "proposal", rdDecides: "decides", rdArticle: "article", rdRecipients: "recipients",
	rdSigner: "signer", rdAppendix: "appendix", rdPlanTitle: "plan title", rdAttached: "attached",
	rdSection: "section", rdSectionText: "section text", rdIntro: "intro", rdItem: "item",
	rdTable: "table", rdFootnote: "footnote", rdMarks: "bookmarks", rdDiagnostic: "diagnostic", rdDuty: "duty",
}

func (r reader) String() string { return readerNames[r] }

// claims records which reader took each paragraph of the document, so
// that every paragraph ends up in the model or in a diagnostic: the
// paragraphs no reader took are reported at the end.
type claims struct {
	by []reader // by paragraph index
}

func newClaims(paras int) claims { return claims{by: make([]reader, paras)} }

// take records that r took paragraph p. A paragraph keeps its first reader.
func (c *claims) take(p int, r reader) {
	if c.by[p] == unclaimed {
		c.by[p] = r
	}
}

// takeRange records that r took paragraphs from..to-1.
func (c *claims) takeRange(from, to int, r reader) {
	for p := from; p < to; p++ {
		c.take(p, r)
	}
}

// taken reports whether paragraph p was taken.
func (c *claims) taken(p int) bool { return c.by[p] != unclaimed }

// release gives paragraph p back, for a reader that took it tentatively.
func (c *claims) release(p int) { c.by[p] = unclaimed }
