// Package export writes the model of package plan in the formats people
// use it in: CSV for spreadsheets, an RFC 5545 calendar (ICS) of the
// tasks' deadlines, an SVG timeline, JSON and JSON lines for programs, and
// Markdown and plain text for reading.
//
// Every writer treats the text of a document as hostile: it came from a
// file anyone may have written. CSV cells that a spreadsheet would run as
// a formula are prefixed with an apostrophe (CSV.KeepFormulas turns this
// off); calendar TEXT values are escaped, with every control character
// escaped or removed, so no line of a task can become a property or a
// component; SVG text is XML-escaped and the picture's size is bounded
// whatever the deadlines span; Markdown and text output neutralise HTML
// and control characters. Invalid UTF-8 in a model a program built is
// written as U+FFFD.
//
// Writers that take several documents (File values, each with the name it
// was read under) write them as one output: one CSV table, one
// VCALENDAR, one JSON line per file with its name, so that a file that
// failed shifts nothing after it.
//
// Writers do not keep state between calls and may be used from several
// goroutines, each with its own io.Writer.
package export
