package search

import "testing"

func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "@x": "'@x", "+x": "'+x", "-减负": "'-减负",
		"-3.5%": "-3.5%", "+12": "+12", "双减": "双减", "": "",
	} {
		if got := cells(in)[0]; got != want {
			t.Errorf("cells(%q) = %q, want %q", in, got, want)
		}
	}
}
