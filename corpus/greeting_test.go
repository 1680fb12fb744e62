package corpus

import "testing"

// TestAddressesInSentence checks which lines that open with the delegates'
// address are a sentence about them rather than the greeting.
func TestAddressesInSentence(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"各位代表：", false},
		{"各位代表", false},
		{"各位代表，同志们：", false},
		{"各位代表、各位委员：", false},
		{"各位代表同志们：", false},
		{"各位代表并列席会议的同志们：", false},
		{"各位代表和列席人员：", false},
		{"各位代表进行表决", true},
		{"各位代表认真审议报告", true},
	} {
		if got := addressesInSentence(c.line); got != c.want {
			t.Errorf("addressesInSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
