// Package unit knows the agencies that Vietnamese plans assign work to: a
// registry of the Government, its ministries and agencies (before and after
// the 2025 restructuring), the units of Văn phòng Chính phủ, the provinces
// (before and after the 2025 merger) and the collective phrases plans use;
// and Split, which cuts a lead or partner cell ("Bộ Tư pháp, Bộ Công an, Bộ
// Lao động - Thương binh và Xã hội") into units without breaking names that
// hold commas, hyphens or "và".
//
// The registry is the data file registry.tsv, embedded in the package.
// Every function of the package is safe for concurrent use.
package unit

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/kehoach/kehoach/civil"
)

// Kind is the sort of body a unit is.
type Kind uint8

// Kinds of unit.
const (
	KindUnknown           Kind = iota // not in the registry
	KindGovernment                    // Chính phủ, Thủ tướng Chính phủ
	KindMinistry                      // Bộ
	KindMinisterialAgency             // cơ quan ngang bộ: Văn phòng Chính phủ, Ngân hàng Nhà nước
	KindGovernmentAgency              // cơ quan thuộc Chính phủ: Bảo hiểm xã hội Việt Nam
	KindDepartment                    // a Cục, Vụ or Sở
	KindLocality                      // Ủy ban nhân dân of a province
	KindStateEnterprise               // tập đoàn, tổng công ty nhà nước
	KindCollective                    // "Các bộ, ngành, địa phương"
	KindOther                         // Quốc hội, Tòa án nhân dân tối cao, ...
)

var kindNames = [...]string{
	"unknown", "government", "ministry", "ministerial-agency", "government-agency",
	"department", "locality", "state-enterprise", "collective", "other",
}

// String returns the kind's name as used in the registry and in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unit: unknown kind %q", b)
}

// Unit is one entry of the registry.
type Unit struct {
	ID      string   // stable identifier: "bca", "vpcp-ksttthc", "ubnd-ha-noi"
	Name    string   // full name: "Cục Kiểm soát thủ tục hành chính"
	Short   string   // usual short name, if any: "Cục KSTT"
	Abbrevs []string // abbreviations and other spellings: "KSTT", "Cục Kiểm soát TTHC"
	Kind    Kind
	Parent  string     // id of the body it belongs to
	From    civil.Date // first day of validity; zero when open
	To      civil.Date // last day of validity; zero when open
	// Successor is the id of the body that took over its work after To.
	Successor string
}

// ValidOn reports whether u existed on the given day.
func (u Unit) ValidOn(d civil.Date) bool {
	return (u.From.IsZero() || !d.Before(u.From)) && (u.To.IsZero() || !d.After(u.To))
}

type jsonUnit struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Short     string   `json:"short,omitempty"`
	Abbrevs   []string `json:"abbrevs,omitempty"`
	Kind      Kind     `json:"kind"`
	Parent    string   `json:"parent,omitempty"`
	From      string   `json:"from,omitempty"`
	To        string   `json:"to,omitempty"`
	Successor string   `json:"successor,omitempty"`
}

// MarshalJSON writes the unit with dates as YYYY-MM-DD.
func (u Unit) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonUnit{u.ID, u.Name, u.Short, u.Abbrevs, u.Kind, u.Parent, u.From.String(), u.To.String(), u.Successor})
}

// Ref is one unit named in a cell.
type Ref struct {
	Raw  string `json:"raw"`  // the text as written in the cell, parenthesised part included
	Name string `json:"name"` // the registry name, or the text with abbreviations expanded
	ID   string `json:"id"`   // the registry id, "" when the unit is not in the registry
	Kind Kind   `json:"kind"`
	Sub  string `json:"sub,omitempty"`  // a sub-unit in parentheses: "C06" in "Bộ Công an (C06)"
	Note string `json:"note,omitempty"` // a note in parentheses: "chủ trì"
	// Start and End are the byte offsets of Raw in the cell (in NFC).
	Start int `json:"-"`
	End   int `json:"-"`
}
