package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// progressFilter is what kehoach tasks selects by.
type progressFilter struct {
	lead   string
	status plan.Status
	within int
	asJSON bool
}

type taskProgress struct {
	taskStatus
	State   plan.State   `json:"state"`
	Done    string       `json:"done"`
	Outcome plan.Outcome `json:"outcome"`
}

// runProgress is kehoach tasks -progress FILE: the tasks with what the
// file reports of them (a filled-in workbook or CSV, see
// export.ReadProgress), and the count per lead unit of those done on
// time, done late, open and open past the deadline.
func runProgress(file string, docs []export.File, asOf civil.Date, f progressFilter, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach tasks: -progress: %v\n", err)
		return exitInput
	}
	status := exitOK
	prog, err := export.ReadProgress(src)
	if err != nil {
		var list interface{ Unwrap() []error }
		if !errors.As(err, &list) {
			fmt.Fprintf(stderr, "%s: %v\n", file, err)
			return exitInput
		}
		for _, e := range list.Unwrap() {
			fmt.Fprintf(stderr, "%s: %v\n", file, e)
		}
		status = exitInput
	}
	known := map[string]bool{}
	var rows []taskProgress
	var accounts []plan.Account
	for _, in := range docs {
		for _, p := range in.Doc.Plans {
			accounts = append(accounts, p.Account(prog, asOf)...)
			for _, t := range p.Tasks {
				known[t.Key] = true
				if f.lead != "" && !ledBy(t, f.lead) {
					continue
				}
				st, due := t.StatusOn(asOf, f.within)
				if f.status != "" && st != f.status {
					continue
				}
				r := prog[t.Key]
				row := taskProgress{
					taskStatus: taskStatus{Key: t.Key, No: t.No, Content: t.Content, Lead: []string{}, Deadline: t.Deadline, Due: due.String(), Status: st},
					State:      r.State, Done: r.Done.String(), Outcome: t.Outcome(r, asOf),
				}
				if len(docs) > 1 {
					row.File = in.Name
				}
				for _, l := range t.Lead {
					row.Lead = append(row.Lead, l.Name)
				}
				rows = append(rows, row)
			}
		}
	}
	for k := range prog {
		if !known[k] {
			fmt.Fprintf(stderr, "%s: task %q is not in the plan\n", file, k)
			status = exitInput
		}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if f.asJSON {
		if rows == nil {
			rows = []taskProgress{}
		}
		if accounts == nil {
			accounts = []plan.Account{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(struct {
			AsOf     string         `json:"as_of"`
			Tasks    []taskProgress `json:"tasks"`
			Accounts []plan.Account `json:"accounts"`
		}{asOf.String(), rows, accounts})
		return status
	}
	table := [][]string{{"STT", "Hạn", "Tiến độ", "Kết quả", "Nội dung"}}
	for _, r := range rows {
		table = append(table, []string{r.No, r.Due, export.StateLabel(r.State), export.OutcomeLabel(r.Outcome), r.Content})
	}
	writeTable(w, table, 50)
	w.WriteString("\n")
	sum := [][]string{{"Đơn vị chủ trì", "Nhiệm vụ", "Đúng hạn", "Quá hạn", "Chưa xong, trong hạn", "Chưa xong, quá hạn"}}
	for _, a := range accounts {
		sum = append(sum, []string{a.Unit.Name, strconv.Itoa(a.Tasks), strconv.Itoa(a.DoneOnTime), strconv.Itoa(a.DoneLate),
			strconv.Itoa(a.Open), strconv.Itoa(a.OpenLate)})
	}
	// The unit's name goes last so that writeTable aligns the numbers.
	for i, r := range sum {
		sum[i] = append(r[1:], r[0])
	}
	writeTable(w, sum, 60)
	return status
}
