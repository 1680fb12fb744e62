package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport"
)

// TestTimelineYearsWithoutReports: a year between the first and the last
// with no report at all is a row of the timeline (0 of 0), so that a chart
// or a spreadsheet drawn from the rows does not put the years on either
// side of it next to each other.
func TestTimelineYearsWithoutReports(t *testing.T) {
	doc := func(id string, year int) *govreport.DocInfo {
		return &govreport.DocInfo{ID: id, Title: "白塔县政府工作报告", Year: year, Region: "白塔县"}
	}
	all := []*govreport.DocInfo{doc("a", 2017), doc("b", 2018), doc("c", 2021), doc("d", 2021), doc("e", 0)}
	tl := NewTimeline(`"双减"`, all, []DocMatch{{Doc: all[1], Sections: 2}, {Doc: all[2], Sections: 1}})
	var got []string
	for _, y := range tl.Years {
		got = append(got, fmt.Sprintf("%d:%d/%d/%d", y.Year, y.Documents, y.Sections, y.AllDocuments))
	}
	want := "2017:0/0/1 2018:1/2/1 2019:0/0/0 2020:0/0/0 2021:1/1/2"
	if strings.Join(got, " ") != want {
		t.Errorf("years (year:reports/sections/all) %v, want %s", got, want)
	}
	if tl := NewTimeline(`"双减"`, []*govreport.DocInfo{doc("e", 0)}, nil); len(tl.Years) != 0 {
		t.Errorf("no report of known year: years %v, want none", tl.Years)
	}
}
