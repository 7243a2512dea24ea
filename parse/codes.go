package parse

import "github.com/kehoach/kehoach/plan"

// The codes of the diagnostics the parser reports, in plan.Diagnostic.Code.
// They are part of the package's interface: programs may filter on them.
const (
	// Reading the input.
	CodeTooLarge  plan.Code = "too-large"        // the input is over Config.MaxSize (fatal)
	CodeNotText   plan.Code = "not-text"         // the input is not text (fatal)
	CodeEncoding  plan.Code = "encoding"         // an unknown Config.Encoding (fatal)
	CodeGuessed   plan.Code = "encoding-guessed" // an encoding told from the bytes: Windows-1258, UTF-16 without a byte order mark (warning)
	CodeBadByte   plan.Code = "bad-byte"         // a byte that is not UTF-8, read as U+FFFD (warning)
	CodeInvisible plan.Code = "invisible"        // a zero-width or bidirectional control character inside a word, removed (warning)

	// Lines and cells not understood.
	CodeUnplaced plan.Code = "unplaced"  // a line no reader took (warning)
	CodeTableRow plan.Code = "table-row" // a table row that is not a task, a header nor a group (warning)

	// Task rows.
	CodeRowNumberInferred plan.Code = "row-number-inferred" // a row without its number, numbered from the rows around it (warning)
	CodeRowCells          plan.Code = "row-cells"           // a row with fewer or more cells than columns (warning)
	CodeExtraCell         plan.Code = "extra-cell"          // cells beyond the columns, kept as "column N" (warning)
	CodeOrphanCell        plan.Code = "orphan-cell"         // a cell that belongs to no task row (warning)
	CodeDeadline          plan.Code = "deadline"            // a deadline cell not understood (warning)
	CodeAttached          plan.Code = "attached"            // a "Kèm theo" note without a document number (warning)
	CodeColumnRole        plan.Code = "column-role"         // a column read otherwise than its header says, or a second column of a role (warning, info)
	CodeMergedCells       plan.Code = "merged-cells"        // cells a converter dropped under a merge, taken from the row above (info)
	CodeContinuation      plan.Code = "continuation"        // a row without a number that continues the task above it (info)
	CodeNotPlan           plan.Code = "not-plan"            // a table that only looks like a task table: a catalogue of procedures, steps (info)
	CodeLabels            plan.Code = "labels"              // labels of a lead or a deadline that gave no task (warning)

	// What the document as a whole lacks.
	CodeNoContent     plan.Code = "no-content"     // a task without content (error)
	CodeTableNoTasks  plan.Code = "table-no-tasks" // a task table from which no task could be read (error)
	CodePlanNoTasks   plan.Code = "plan-no-tasks"  // a plan or appendix with no task (error)
	CodeNotUnderstood plan.Code = "not-understood" // a text whose lines are mostly not understood (error)
	CodeLimit         plan.Code = "limit"          // a part past Config.MaxTasks or Config.MaxCells, not read (error)
)
