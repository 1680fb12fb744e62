package corpus

import (
	"strings"
	"testing"
)

// TestMaskedSpeakerNoTitle: a copy site hides the place everywhere, in the
// speaker's line too (XX市人民政府代市长 某某). That line is the speaker's,
// never the title: the title is the headline above it, and the report
// speaks for no place the copy names.
func TestMaskedSpeakerNoTitle(t *testing.T) {
	for _, speaker := range []string{"XX市人民政府代市长 林 某", "××市人民政府市长 林某某"} {
		text := strings.Join(append([]string{
			"XX市政府工作报告",
			"",
			speaker,
			"",
		}, strings.ReplaceAll(strings.Join(sharedReportBody, "\n"), "县", "市")), "\n")
		d, err := Read("masked.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != "XX市政府工作报告" {
			t.Errorf("%s: title %q, want the headline XX市政府工作报告", speaker, d.Title)
		}
		if d.Region != "" {
			t.Errorf("%s: region %q, want none (the copy hides the place)", speaker, d.Region)
		}
	}
}

// TestMaskedSessionDateLine: the copy masks the session's name in the date
// line too, keeping the day and the meeting's number (——2031年4月26日在*_**
// 第五次会议上). The day is the only date the copy gives: the report is
// that year's.
func TestMaskedSessionDateLine(t *testing.T) {
	text := strings.Join([]string{
		"XX市政府工作报告",
		"",
		"——2031年4月26日在*_**第五次会议上",
		"",
		"XX市人民政府代市长 林 某",
		"",
		"各位代表：",
		"",
		"现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。",
		"",
		"今年以来，在省委省政府和市委的坚强领导下，全市上下统筹推进防汛救灾和经济社会发展，有序抓好复工复产，企业复工率达到99%，城市生产生活秩序加快恢复。",
	}, "\n")
	d, err := Read("masked.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Year != 2031 {
		t.Errorf("year %d, want 2031 (the masked date line's)", d.Year)
	}
	// A date line that names its session is read as before.
	if m := maskedSessionRe.FindStringSubmatch("——2031年4月26日在青川市第十三届人民代表大会第五次会议上"); m != nil {
		t.Errorf("a named session read as masked: %q", m)
	}
}
