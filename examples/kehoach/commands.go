package main

import "io"

// command is one subcommand of the program.
type command struct {
	name string
	// synopsis is the command's usage line and what it does, for the
	// program's usage.
	synopsis, what string
	run            func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands are the subcommands, in the order the usage lists them. A new
// command is a file with its run function and a line here.
var commands = []command{
	{"parse", "parse [-format " + formatNames + "] [-o FILE] FILE... | -", "read decisions and their plans as data", runParse},
	{"check", "check FILE... | -", "print the lines the parser could not place or understand", runCheck},
	{"tasks", "tasks -as-of DATE [-lead NAME] [-status S] [-within N] [-progress FILE] [-json] FILE... | -", "the tasks with their status on a day (overdue, due-soon, ...)", runTasks},
	{"timeline", "timeline [-o FILE] [-as-of DATE] FILE | -", "draw the plan over time as SVG", runTimeline},
	{"deadline", "deadline [-year N] [-signed DATE] [-json] PHRASE... | -", "read deadline phrases as typed schedules", runDeadline},
	{"units", "units [-json] CELL... | -", "split lead and partner cells into units", runUnits},
	{"diff", "diff [-json] OLD NEW", "the tasks added, removed and changed between two versions", runDiff},
}
