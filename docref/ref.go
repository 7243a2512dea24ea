package docref

import "github.com/kehoach/kehoach/civil"

// Ref is a reference to one document, as a citation ("Nghị định số
// 79/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ"), a "Kèm theo" note or
// a deadline ("Theo tiến độ tại Quyết định số 766/QĐ-TTg") writes it.
// Fields the text does not give are zero.
type Ref struct {
	Text   string     `json:"text"`   // the reference as written
	Type   string     `json:"type"`   // the document type: "Nghị định"
	Number Number     `json:"number"` // "79/NĐ-CP"
	Date   civil.Date `json:"date"`   // the signing date
	Issuer string     `json:"issuer"` // the issuing body: "Chính phủ"
}

// IsZero reports whether r is the zero Ref.
func (r Ref) IsZero() bool { return r == Ref{} }

// ID returns the document's number without its year and leading zeros
// (see Number.ID): two references to one document have the same ID.
func (r Ref) ID() string { return r.Number.ID() }
