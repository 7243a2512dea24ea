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
// Files are checked against the size limit before they are read, and
// standard input, pipes and devices are read through a limit; folders are
// read recursively, following symbolic links, and a link that loops or an
// entry that is not a regular file is reported. "-" may be given once.
//
// Exit status: 0 on success, 1 when some input was not understood or could
// not be read, or when the output could not be written, 2 for a usage
// error. Messages go to standard error as file:line:column: message.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes of the command-line contract.
const (
	exitOK    = 0
	exitInput = 1 // the input had errors, or the output could not be written
	exitUsage = 2
)

// usage lists the commands.
func usage() string {
	var b strings.Builder
	b.WriteString("usage: kehoach <command> [flags] [arguments]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %s\n        %s\n", c.synopsis, c.what)
	}
	b.WriteString("\nRun \"kehoach <command> -h\" for the flags of a command.\n")
	return b.String()
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return exitUsage
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if _, err := io.WriteString(stdout, usage()); err != nil {
			fmt.Fprintf(stderr, "kehoach: %v\n", err)
			return exitInput
		}
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach: unknown command %q\n%s", args[0], usage())
	return exitUsage
}
