package export_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/export"
	"github.com/kehoach/kehoach/plan"
)

// svgElements reads the SVG with encoding/xml and returns how many
// elements of each name it has and the text of the lanes.
func svgElements(t *testing.T, svg []byte) (map[string]int, []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	count := map[string]int{}
	var lanes []string
	inLane := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			count[tok.Name.Local]++
			inLane = false
			for _, a := range tok.Attr {
				inLane = inLane || a.Name.Local == "class" && a.Value == "lane"
			}
		case xml.EndElement:
			inLane = false
		case xml.CharData:
			if inLane {
				lanes = append(lanes, string(tok))
			}
		}
	}
	return count, lanes
}

func TestWriteSVG(t *testing.T) {
	p := &plan.Plan{Title: "KẾ HOẠCH <thử> & KIỂM TRA\x1b[2J", Tasks: []plan.Task{
		task("1", "", "Bộ Y tế", "Tháng 03/2023"),
		task("2", "", "Đài Truyền hình Việt Nam", "Trước ngày 15/7/2023"),
		task("3", "", "Bộ Tư pháp", "Hằng quý"),
		task("4", "", "Bộ Y tế", "Thường xuyên"),
		task("5", "", "Bộ Tư pháp", "Theo lịch của Tổ Công tác"),
	}}
	var b bytes.Buffer
	if err := export.WriteSVG(&b, p, civil.D(2023, 6, 30)); err != nil {
		t.Fatal(err)
	}
	count, lanes := svgElements(t, b.Bytes())
	if got := strings.Join(lanes, " | "); got != "Bộ Tư pháp | Bộ Y tế | Đài Truyền hình Việt Nam" {
		t.Errorf("lanes: %s", got)
	}
	svg := b.String()
	for _, want := range []string{"KẾ HOẠCH &lt;thử&gt; &amp; KIỂM TRA[2J", `stroke-dasharray`, `<circle`, `<path d="M`, "2023-06-30", "1 nhiệm vụ không có thời hạn"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	// Hằng quý from March to July: occurrences at the end of March and June.
	if count["circle"] != 2 {
		t.Errorf("%d occurrence marks, want 2", count["circle"])
	}
	err := export.WriteSVG(io.Discard, &plan.Plan{Tasks: []plan.Task{task("1", "", "Bộ Y tế", "Thường xuyên")}}, plan.Date{})
	if !errors.Is(err, export.ErrNoDates) {
		t.Errorf("a plan with no date: %v", err)
	}
}

// The hostile shapes of issue 14: a task in 1900, one in 2199 and 40
// daily tasks (224 MB before); 1,000 tasks numbered "1" (631 MB). The
// size is bounded by the number of tasks, not by the span.
func TestSVGBounded(t *testing.T) {
	span := func(daily int) *plan.Plan {
		p := &plan.Plan{Tasks: []plan.Task{task("1", "", "Bộ Y tế", "Năm 1900"), task("2", "", "Bộ Y tế", "Năm 2199")}}
		for i := range daily {
			p.Tasks = append(p.Tasks, task(fmt.Sprint(i+3), "", "Bộ Tư pháp", "Hằng ngày"))
		}
		return p
	}
	sizeOf := func(p *plan.Plan) (int, map[string]int) {
		var b bytes.Buffer
		if err := export.WriteSVG(&b, p, civil.D(2023, 6, 30)); err != nil {
			t.Fatal(err)
		}
		count, _ := svgElements(t, b.Bytes())
		return b.Len(), count
	}
	n40, c40 := sizeOf(span(40))
	t.Logf("40 daily over 1900-2199: %d bytes, %v", n40, c40)
	n80, _ := sizeOf(span(80))
	// 40 daily tasks over 300 years: one band each, and at most 24 ticks.
	if n40 > 32<<10 {
		t.Errorf("%d bytes of SVG for 42 tasks", n40)
	}
	if c40["line"] > 2*24+10 {
		t.Errorf("%d lines: the axis is not bounded", c40["line"])
	}
	if c40["circle"]+c40["rect"] > 40*4+10 {
		t.Errorf("%d marks for 40 daily tasks", c40["circle"]+c40["rect"])
	}
	// Twice the tasks, at most about twice the size.
	if r := float64(n80) / float64(n40); r > 2.2 {
		t.Errorf("80 tasks give %.1f× the SVG of 40", r)
	}
	// 1,000 tasks numbered "1", monthly, over a year: each with its own
	// twelve marks, no more.
	p := &plan.Plan{}
	for range 1000 {
		p.Tasks = append(p.Tasks, task("1", "", "Bộ Y tế", "Hằng tháng"))
	}
	p.Tasks = append(p.Tasks, task("1", "", "Bộ Y tế", "Tháng 12/2023"))
	n, c := sizeOf(p)
	if c["circle"] > 1000*12 || n > 1000*1500 {
		t.Errorf("1,000 monthly tasks: %d marks, %d bytes", c["circle"], n)
	}
	// Marks merge below svgGap pixels, whatever the frequency: the number
	// of elements per item is bounded by the width.
	dense := &plan.Plan{Tasks: []plan.Task{task("1", "", "Bộ Y tế", "Năm 1900"), task("2", "", "Bộ Y tế", "Năm 2199"), task("3", "", "Bộ Y tế", "Hằng tuần"), task("4", "", "Bộ Y tế", "Hằng tháng"), task("5", "", "Bộ Y tế", "Hằng năm")}}
	nd, cd := sizeOf(dense)
	t.Logf("weekly, monthly, yearly over 1900-2199: %d bytes, %v; 1,000 monthly: %d bytes, %v", nd, cd, n, c)
	if cd["circle"]+cd["rect"] > 300 || nd > 32<<10 {
		t.Errorf("weekly, monthly, yearly over 300 years: %d marks, %d bytes", cd["circle"]+cd["rect"], nd)
	}
}

// Tasks with the same number cost each the same, however many there are:
// twice the tasks, at most 2.5 times the allocations (a re-scan of the
// plan per item would make it four).
func TestSVGRepeatedNumbers(t *testing.T) {
	allocs := func(n int) float64 {
		p := &plan.Plan{}
		for range n {
			p.Tasks = append(p.Tasks, task("1", "", "Bộ Y tế", "Hằng tháng"))
		}
		p.Tasks = append(p.Tasks, task("1", "", "Bộ Y tế", "Tháng 12/2023"))
		return testing.AllocsPerRun(3, func() { export.WriteSVG(io.Discard, p, civil.D(2023, 6, 30)) })
	}
	a, b := allocs(500), allocs(1000)
	if b/a > 2.5 {
		t.Errorf("500 tasks: %.0f allocations; 1,000: %.0f (×%.1f)", a, b, b/a)
	}
}

func BenchmarkSVGSpan(b *testing.B) {
	p := &plan.Plan{Tasks: []plan.Task{task("1", "", "Bộ Y tế", "Năm 1900"), task("2", "", "Bộ Y tế", "Năm 2199")}}
	for i := range 40 {
		p.Tasks = append(p.Tasks, task(fmt.Sprint(i+3), "", "Bộ Tư pháp", "Hằng ngày"))
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := export.WriteSVG(io.Discard, p, civil.D(2023, 6, 30)); err != nil {
			b.Fatal(err)
		}
	}
}
