// Command kehoach reads Vietnamese government decisions and plans and prints
// what they say as data.
//
// Usage:
//
//	kehoach parse [-format json|jsonl|csv|md|text|ics] [-o FILE] FILE... | -
//	kehoach check FILE... | -
//	kehoach tasks -as-of DATE [-lead NAME] [-status S] [-within N] [-json] FILE... | -
//	kehoach timeline [-o FILE] [-as-of DATE] FILE | -
//	kehoach deadline [-year N] [-signed DATE] [-json] PHRASE... | -
//	kehoach units [-json] CELL... | -
//	kehoach diff [-json] OLD NEW
//
// The parse command reads decisions and their plans and prints them as
// data; check prints every line it could not place or understand.
// The deadline command reads deadline phrases ("Tháng 03/2023", "Quý
// II/2023", "Thường xuyên") and prints each as a typed schedule. The units
// command splits lead and partner cells ("Bộ Công an, các bộ, ngành, địa
// phương") into units of the registry. Both take their input as arguments,
// or one a line on standard input with "-".
//
// Exit status: 0 on success, 1 when some input was not understood, 2 for a
// usage error. Messages go to standard error as file:line:column: message.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes of the command-line contract.
const (
	exitOK    = 0
	exitInput = 1 // the input had errors
	exitUsage = 2
)

const usage = `usage: kehoach <command> [flags] [arguments]

commands:
  parse [-format json|jsonl|csv|md|text|ics] [-o FILE] FILE... | -
        read decisions and their plans as data
  check FILE... | -
        print the lines the parser could not place or understand
  tasks -as-of DATE [-lead NAME] [-status S] [-within N] [-json] FILE... | -
        the tasks with their status on a day (overdue, due-soon, ...)
  timeline [-o FILE] [-as-of DATE] FILE | -
        draw the plan over time as SVG
  deadline [-year N] [-signed DATE] [-json] PHRASE... | -
        read deadline phrases as typed schedules
  units [-json] CELL... | -
        split lead and partner cells into units
  diff [-json] OLD NEW
        the tasks added, removed and changed between two versions

Run "kehoach <command> -h" for the flags of a command.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "parse":
		return runParse(args[1:], stdin, stdout, stderr)
	case "check":
		return runCheck(args[1:], stdin, stdout, stderr)
	case "tasks":
		return runTasks(args[1:], stdin, stdout, stderr)
	case "timeline":
		return runTimeline(args[1:], stdin, stdout, stderr)
	case "deadline":
		return runDeadline(args[1:], stdin, stdout, stderr)
	case "units":
		return runUnits(args[1:], stdin, stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdin, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach: unknown command %q\n%s", args[0], usage)
	return exitUsage
}
