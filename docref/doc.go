// Package docref names Vietnamese legal and administrative documents: the
// types a document can be (Quyết định, Kế hoạch, Nghị định, ...), the
// number and symbol it is registered under ("95/QĐ-VPCP",
// "766/2022/QĐ-TTg", "02-KH/BCĐTW"), and a reference to one document by
// type, number, date and issuer, as citations, "Kèm theo" notes and
// deadlines ("Theo tiến độ tại Quyết định số 766/QĐ-TTg") write it.
//
// The list of types follows Nghị định 30/2020/NĐ-CP (Phụ lục III, the
// abbreviations of administrative documents) and the Law on legal
// normative documents. Everything in the package is safe for concurrent
// use.
package docref
