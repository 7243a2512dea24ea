package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/parse"
	"github.com/kehoach/kehoach/plan"
)

type taskStatus struct {
	File     string            `json:"file,omitempty"`
	Key      string            `json:"key"`
	No       string            `json:"no"`
	Content  string            `json:"content"`
	Lead     []string          `json:"lead"`
	Deadline deadline.Schedule `json:"deadline"`
	Due      string            `json:"due"`
	Status   plan.Status       `json:"status"`
}

// runTasks lists the tasks with their status on a day.
func runTasks(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tasks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asOfFlag := fs.String("as-of", "", "the `date` (YYYY-MM-DD) the status is computed on; required, as the program never reads the clock")
	lead := fs.String("lead", "", "only tasks led by this unit: a registry id (bca) or part of its `name`, in any case, with or without diacritics")
	status := fs.String("status", "", "only tasks with this `status`: overdue, due-soon, later, ongoing, waiting, event, none")
	within := fs.Int("within", 30, "`days` ahead that count as due soon")
	asJSON := fs.Bool("json", false, "print JSON: as_of, tasks, summary")
	progress := fs.String("progress", "", "read what was done from `file` (the workbook of parse -format xlsx filled in, or CSV: key, status, done date) and count per lead unit the tasks done on time, done late, open and open past the deadline")
	enc := fs.String("encoding", "", "`encoding` of input without a byte order mark (see kehoach parse -h)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kehoach tasks -as-of DATE [-lead NAME] [-status S] [-within N] [-json] FILE... | -")
		fmt.Fprintln(stderr, "Lists the tasks of the plans with their status on a day.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	asOf, err := civil.ParseDate(*asOfFlag)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach tasks: -as-of: %v\n", err)
		return exitUsage
	}
	switch plan.Status(*status) {
	case "", plan.Overdue, plan.DueSoon, plan.Later, plan.Ongoing, plan.Waiting, plan.Event, plan.None:
	default:
		fmt.Fprintf(stderr, "kehoach tasks: unknown status %q\n", *status)
		return exitUsage
	}
	docs, failed, err := readInputs(&parse.Config{Encoding: *enc}, fs.Args(), stdin, stderr)
	if err != nil {
		return batchError("tasks", err, stderr)
	}
	if *progress != "" {
		if code := runProgress(*progress, docs, asOf, progressFilter{*lead, plan.Status(*status), *within, *asJSON}, stdout, stderr); failed || code != exitOK {
			return exitInput
		}
		return exitOK
	}
	var rows []taskStatus
	var summary []plan.UnitSummary
	for _, in := range docs {
		for _, p := range in.Doc.Plans {
			summary = append(summary, p.Summary(asOf, *within)...)
			for _, t := range p.Tasks {
				if *lead != "" && !ledBy(t, *lead) {
					continue
				}
				st, due := t.StatusOn(asOf, *within)
				if *status != "" && st != plan.Status(*status) {
					continue
				}
				r := taskStatus{Key: t.Key, No: t.No, Content: t.Content, Lead: []string{}, Deadline: t.Deadline, Due: due.String(), Status: st}
				if len(docs) > 1 {
					r.File = in.Name
				}
				for _, l := range t.Lead {
					r.Lead = append(r.Lead, l.Name)
				}
				rows = append(rows, r)
			}
		}
	}
	w := bufio.NewWriter(stdout)
	if *asJSON {
		if summary == nil {
			summary = []plan.UnitSummary{}
		}
		if rows == nil {
			rows = []taskStatus{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(struct {
			AsOf    string             `json:"as_of"`
			Tasks   []taskStatus       `json:"tasks"`
			Summary []plan.UnitSummary `json:"summary"`
		}{asOf.String(), rows, summary})
	} else {
		table := [][]string{{"STT", "Trạng thái", "Hạn", "Chủ trì", "Nội dung"}}
		for _, r := range rows {
			table = append(table, []string{r.No, string(r.Status), r.Due, strings.Join(r.Lead, "; "), r.Content})
		}
		writeTable(w, table, 60)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "kehoach tasks: %v\n", err)
		return exitInput
	}
	if failed {
		return exitInput
	}
	return exitOK
}

// ledBy reports whether the task is led by the unit named: its id, or
// words of its name, compared without case or diacritics.
func ledBy(t plan.Task, name string) bool {
	want := vntext.Fold(name)
	for _, l := range t.Lead {
		if l.ID == name || strings.Contains(vntext.Fold(l.Name), want) {
			return true
		}
	}
	return false
}

// writeTable writes rows as aligned columns, measuring text in characters
// (precomposed Vietnamese letters are one each) and cutting the last
// column at max characters, never inside a character.
func writeTable(w *bufio.Writer, rows [][]string, max int) {
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for k, c := range r[:len(r)-1] {
			width[k] = maxInt(width[k], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		for k, c := range r {
			if k == len(r)-1 {
				if utf8.RuneCountInString(c) > max {
					c = string([]rune(c)[:max-1]) + "…"
				}
				w.WriteString(c)
				break
			}
			w.WriteString(c)
			w.WriteString(strings.Repeat(" ", width[k]-utf8.RuneCountInString(c)+2))
		}
		w.WriteByte('\n')
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
