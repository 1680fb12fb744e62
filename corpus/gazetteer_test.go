package corpus

import "testing"

// TestBannerShortNames checks that a banner is found by its short form and
// that the short form does not list the banner twice among all divisions.
func TestBannerShortNames(t *testing.T) {
	checkShortForms(t, map[string]string{"科右前旗": "科尔沁右翼前旗", "土左旗": "土默特左旗", "乌前旗": "乌拉特前旗"}, "科尔沁右翼前旗")
}

// checkShortForms checks that lookupPlace finds each short form of forms
// as the one division of its full name, and that allDivisions lists the
// division named once only once.
func checkShortForms(t *testing.T, forms map[string]string, once string) {
	t.Helper()
	for short, full := range forms {
		ds := lookupPlace(short)
		if len(ds) != 1 || ds[0].name != full {
			t.Errorf("lookupPlace(%q) = %v, want %s", short, ds, full)
		}
	}
	n := 0
	for _, d := range allDivisions() {
		if d.name == once {
			n++
		}
	}
	if n != 1 {
		t.Errorf("allDivisions lists %s %d times, want 1", once, n)
	}
}

// TestAutonomousCountyShortNames checks that an autonomous county is found
// by its name with 县 after its place name alone, however many peoples its
// full name lists, and that the short form does not list it twice.
func TestAutonomousCountyShortNames(t *testing.T) {
	checkShortForms(t, map[string]string{"长阳县": "长阳土家族自治县", "积石山县": "积石山保安族东乡族撒拉族自治县", "双江县": "双江拉祜族佤族布朗族傣族自治县", "北川县": "北川羌族自治县"}, "长阳土家族自治县")
	if got := namedPlace("北川县教育局2031年工作总结"); got != "北川县" {
		t.Errorf("namedPlace = %q, want 北川县", got)
	}
}
