package plan

import (
	"encoding/json"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/docref"
	"github.com/kehoach/kehoach/unit"
)

func TestDocumentJSON(t *testing.T) {
	dl, _ := deadline.Parse("Tháng 03/2023", deadline.Context{Year: 2023})
	d := Document{
		Kind: "Quyết định", Number: docref.Number{Seq: "95", Symbol: "QĐ-VPCP"}, Date: civil.D(2023, 3, 24),
		Bases: []Basis{}, Articles: []Article{}, Recipients: []Recipient{}, Citations: []Citation{}, Diagnostics: []Diagnostic{},
		Plans: []Plan{{Title: "KẾ HOẠCH", Sections: []Section{}, Tasks: []Task{{
			No: "1", Content: "Ban hành Kế hoạch", Lead: unit.Split("Cục Kiểm soát TTHC"), Partners: []unit.Ref{},
			Deadline: dl, Output: "Quyết định", Line: 35, Source: map[string]string{"deadline": "Tháng 03/2023"},
		}}}},
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"Quyết định","number":"95/QĐ-VPCP","date":"2023-03-24","place":"","issuer":"","title":"","bases":[],"articles":[],` +
		`"signer":{"position":"","name":""},"recipients":[],"plans":[{"title":"KẾ HOẠCH","sections":[],"tasks":[{"key":"","no":"1","section":"",` +
		`"content":"Ban hành Kế hoạch","lead":[{"raw":"Cục Kiểm soát TTHC","name":"Cục Kiểm soát thủ tục hành chính","id":"vpcp-ksttthc","kind":"department"}],` +
		`"partners":[],"deadline":{"raw":"Tháng 03/2023","kind":"month","value":"2023-03","start":"2023-03-01","due":"2023-03-31"},` +
		`"output":"Quyết định","line":35,"source":{"deadline":"Tháng 03/2023"}}],"line":0}],"citations":[],"diagnostics":[]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b2) != string(b) {
		t.Errorf("round trip:\n%s\n%s", b2, b)
	}
}

func TestTasksHelpers(t *testing.T) {
	mk := func(no, lead, dl string) Task {
		s, _ := deadline.Parse(dl, deadline.Context{Year: 2023})
		return Task{No: no, Lead: unit.Split(lead), Deadline: s}
	}
	p := Plan{Tasks: []Task{
		mk("1", "Bộ Công an", "Tháng 06/2023"),
		mk("2", "Bộ Tư pháp", "Quý III/2023"),
		mk("3", "Bộ Công an, Bộ Tư pháp", "Hằng quý"),
		mk("4", "Sở Xây dựng Hà Nội", "Thường xuyên"),
	}}
	nos := func(ts []Task) (s string) {
		for _, t := range ts {
			s += t.No
		}
		return s
	}
	if got := nos(p.TasksLedBy("bca")); got != "13" {
		t.Errorf("TasksLedBy(bca) = %s", got)
	}
	if got := nos(p.TasksLedBy("Sở Xây dựng Hà Nội")); got != "4" {
		t.Errorf("TasksLedBy(unknown name) = %s", got)
	}
	if got := nos(p.TasksDue(civil.D(2023, 6, 1), civil.D(2023, 6, 30))); got != "13" {
		t.Errorf("TasksDue(June) = %s", got)
	}
	if got := nos(p.TasksDue(civil.D(2023, 7, 1), civil.D(2023, 9, 30))); got != "23" {
		t.Errorf("TasksDue(Q3) = %s", got)
	}
}
