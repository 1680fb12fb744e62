package corpus

import (
	"strings"
	"testing"
)

func TestOverrideSet(t *testing.T) {
	for _, tc := range []struct {
		field, value string
		want         Override
		err          string // a part of the error, "" for none
	}{
		{"title", " 云岫市教育局2024年工作要点 ", Override{Title: "云岫市教育局2024年工作要点"}, ""},
		{"year", "2024", Override{Year: 2024}, ""},
		{"year", "", Override{}, ""},
		{"year", "二〇二四", Override{}, "year"},
		{"year", "1850", Override{}, "year"},
		{"kind", "要点", Override{Kind: "要点"}, ""},
		{"kind", "其他", Override{Kind: "其他"}, ""},
		{"kind", "工作总结", Override{}, "总结, 半年总结"}, // not a kind the filter and facets know
		{"region", "青岚县", Override{Region: "青岚县"}, ""},
		{"issuer", "教育体育局", Override{Issuer: "教育体育局"}, ""},
		{"issuer", "教育\n局", Override{}, "issuer"},
		{"region", strings.Repeat("县", 41), Override{}, "region"},
		{"colour", "红", Override{}, "colour"},
	} {
		var o Override
		err := o.Set(tc.field, tc.value)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("Set(%q, %q) = %v, want no error", tc.field, tc.value, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("Set(%q, %q) = %v, want an error naming %q", tc.field, tc.value, err, tc.err)
		case o != tc.want:
			t.Errorf("Set(%q, %q) gives %+v, want %+v", tc.field, tc.value, o, tc.want)
		}
	}
}

func TestOverrideApply(t *testing.T) {
	origins := map[string]string{"title": OriginTitle, "year": OriginDateLine, "region": OriginOpening}
	d := &Document{Title: "工作报告", Year: 2023, Region: "望川县", Province: "某省", Prefecture: "某市", Kind: "政府工作报告", Origins: origins}
	o := Override{Year: 2024}.Merge(Override{Region: "青岚县"})
	o.Apply(d)
	if d.Year != 2024 || d.Region != "青岚县" || d.Title != "工作报告" || d.Kind != "政府工作报告" {
		t.Errorf("Apply gave %+v", d)
	}
	if d.Origins["year"] != OriginUser || d.Origins["region"] != OriginUser || d.Origins["title"] != OriginTitle {
		t.Errorf("Apply gave origins %v, want year and region user, title kept", d.Origins)
	}
	// The inferred region's chain does not stay with the corrected one.
	if p, f := PlaceChain("青岚县"); d.Province != p || d.Prefecture != f {
		t.Errorf("Apply gave the chain %q %q, want PlaceChain's %q %q", d.Province, d.Prefecture, p, f)
	}
	if origins["year"] != OriginDateLine {
		t.Errorf("Apply changed the shared origins map: %v", origins)
	}
	if got := o.Fields(); strings.Join(got, ",") != "year,region" {
		t.Errorf("Fields() = %v, want [year region]", got)
	}
}
