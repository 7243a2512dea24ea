package plan

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/civil"
	"github.com/kehoach/kehoach/deadline"
	"github.com/kehoach/kehoach/unit"
)

func TestWriteSVG(t *testing.T) {
	mk := func(no, lead, dl string) Task {
		s, _ := deadline.Parse(dl, deadline.Context{Year: 2023})
		return Task{No: no, Lead: unit.Split(lead), Deadline: s}
	}
	p := &Plan{Title: "KẾ HOẠCH <thử> & KIỂM TRA", Tasks: []Task{
		mk("1", "Bộ Y tế", "Tháng 03/2023"),
		mk("2", "Đài Truyền hình Việt Nam", "Trước ngày 15/7/2023"),
		mk("3", "Bộ Tư pháp", "Hằng quý"),
		mk("4", "Bộ Y tế", "Thường xuyên"),
		mk("5", "Bộ Tư pháp", "Theo lịch của Tổ Công tác"),
	}}
	var b bytes.Buffer
	if err := WriteSVG(&b, p, civil.D(2023, 6, 30)); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	// Well-formed XML; the lane labels are the units, in Vietnamese order.
	dec := xml.NewDecoder(&b)
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
	if got := strings.Join(lanes, " | "); got != "Bộ Tư pháp | Bộ Y tế | Đài Truyền hình Việt Nam" {
		t.Errorf("lanes: %s", got)
	}
	for _, want := range []string{"KẾ HOẠCH &lt;thử&gt; &amp; KIỂM TRA", `stroke-dasharray`, `<circle`, `<path d="M`, "2023-06-30", "1 nhiệm vụ không có thời hạn"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if err := WriteSVG(io.Discard, &Plan{Tasks: []Task{mk("1", "Bộ Y tế", "Thường xuyên")}}, Date{}); err == nil {
		t.Error("a plan with no date drew a picture")
	}
}
