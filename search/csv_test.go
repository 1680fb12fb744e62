package search

import "testing"

func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "@x": "'@x", "+x": "'+x", "-减负": "'-减负",
		"-3.5%": "-3.5%", "+12": "+12", "双减": "双减", "": "", "-0.5": "-0.5", "+.5%": "+.5%",
		// a number's sign before a formula is still a formula
		"-2+3": "'-2+3", "+1-1": "'+1-1", `-1+HYPERLINK("http://x.test","青川")`: `'-1+HYPERLINK("http://x.test","青川")`,
		"+86 10 1234": "'+86 10 1234", "-": "'-", "\t=1": "'\t=1",
	} {
		if got := cells(in)[0]; got != want {
			t.Errorf("cells(%q) = %q, want %q", in, got, want)
		}
	}
}
