package corpus

import "testing"

// TestBannerShortNames checks that a banner is found by its short form and
// that the short form does not list the banner twice among all divisions.
func TestBannerShortNames(t *testing.T) {
	for short, full := range map[string]string{"科右前旗": "科尔沁右翼前旗", "土左旗": "土默特左旗", "乌前旗": "乌拉特前旗"} {
		ds := lookupPlace(short)
		if len(ds) != 1 || ds[0].name != full {
			t.Errorf("lookupPlace(%q) = %v, want %s", short, ds, full)
		}
	}
	n := 0
	for _, d := range allDivisions() {
		if d.name == "科尔沁右翼前旗" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("allDivisions lists 科尔沁右翼前旗 %d times, want 1", n)
	}
}
