package parse

import (
	"encoding/json"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/vntext"
	"github.com/kehoach/kehoach/plan"
)

// The comparison of ../shared/corpus/README.md ("How a row counts as
// recovered"): the task rows a person reads in a document, against the
// tasks of the parser's output.

// truthRow is one row of a corpus .rows.json file.
type truthRow struct {
	No           string `json:"no"`
	Content      string `json:"content"`
	Lead         string `json:"lead"`
	Partners     string `json:"partners"`
	Deadline     string `json:"deadline"`
	Due          string `json:"due"`
	DeadlineText string `json:"deadline_text"`
	hasLead      bool
	hasDeadline  bool
	hasDue       bool
}

// truthFile is a corpus .rows.json file.
type truthFile struct {
	Source string     `json:"source"`
	Layout string     `json:"layout"`
	Note   string     `json:"note"`
	Rows   []truthRow `json:"rows"`
}

func readTruth(path string) (*truthFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f truthFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	// Which keys a row has decides what is compared.
	var raw struct {
		Rows []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	for i, r := range raw.Rows {
		_, f.Rows[i].hasLead = r["lead"]
		_, f.Rows[i].hasDeadline = r["deadline"]
		_, f.Rows[i].hasDue = r["due"]
	}
	return &f, nil
}

// foldRow folds text as the corpus README says: case, diacritics, đ→d,
// white space, "*", spaces around / , ; : . ( ) -, and trailing ".;".
func foldRow(s string) string {
	f := vntext.Fold(strings.ReplaceAll(s, "*", ""))
	f = strings.Join(strings.Fields(f), " ")
	for _, p := range []string{"/", ",", ";", ":", ".", "(", ")", "-"} {
		f = strings.ReplaceAll(f, " "+p, p)
		f = strings.ReplaceAll(f, p+" ", p)
	}
	return strings.TrimRight(f, ".;")
}

func sameContent(a, b string) bool {
	fa, fb := foldRow(a), foldRow(b)
	if fa == fb {
		return true
	}
	if prefixRunes(fa, 60) == prefixRunes(fb, 60) && utf8.RuneCountInString(fa) >= 60 && utf8.RuneCountInString(fb) >= 60 {
		return true
	}
	short, long := fa, fb
	if len(short) > len(long) {
		short, long = long, short
	}
	return utf8.RuneCountInString(short) >= 24 && strings.HasPrefix(long, short)
}

func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func sameLead(r truthRow, t *plan.Task) bool {
	if !r.hasLead {
		return true
	}
	want := foldRow(r.Lead)
	if foldRow(t.Source["lead"]) == want {
		return true
	}
	var raws []string
	for _, u := range t.Lead {
		if foldRow(u.Raw) == want || foldRow(u.Name) == want {
			return true
		}
		raws = append(raws, u.Raw)
	}
	return len(raws) > 0 && foldRow(strings.Join(raws, ", ")) == want
}

func sameDeadline(r truthRow, t *plan.Task) bool {
	if !r.hasDeadline && !r.hasDue {
		return true
	}
	if r.hasDeadline {
		want := foldRow(r.Deadline)
		if foldRow(t.Source["deadline"]) == want || foldRow(t.Deadline.Raw) == want {
			return true
		}
	}
	if r.hasDue {
		due := t.Deadline.Due().String()
		if r.Due == "-" {
			return due == ""
		}
		return due == r.Due
	}
	return false
}

func rowMatches(r truthRow, t *plan.Task) bool {
	return sameContent(r.Content, t.Content) && sameLead(r, t) && sameDeadline(r, t)
}

// recoverRows matches rows to tasks, each task recovering at most one
// row (a maximum bipartite matching), and reports which rows were
// recovered.
func recoverRows(rows []truthRow, doc *plan.Document) []bool {
	var tasks []*plan.Task
	if doc != nil {
		for pi := range doc.Plans {
			for ti := range doc.Plans[pi].Tasks {
				tasks = append(tasks, &doc.Plans[pi].Tasks[ti])
			}
		}
	}
	adj := make([][]int, len(rows))
	for i, r := range rows {
		for j, t := range tasks {
			if rowMatches(r, t) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	owner := make([]int, len(tasks))
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	got := make([]bool, len(rows))
	for i := range rows {
		if len(adj[i]) > 0 {
			try(i, make([]bool, len(tasks)))
		}
	}
	for _, i := range owner {
		if i >= 0 {
			got[i] = true
		}
	}
	return got
}
