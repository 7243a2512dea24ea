// Package civil holds calendar dates without a time of day or a location,
// as the documents write them: the day a decision is signed, the day a
// task is due, the first and last day an agency existed.
//
// Date is a value type; its methods are safe for concurrent use.
package civil
