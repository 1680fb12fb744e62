package corpus

import "testing"

// A part's heading run together with its text in a long line, the words
// that end it found by partEndRe: the general requirements named with the
// year's aims end at the aims (aimsTailRe), not before their 和.
func TestHeadingTextAimsTail(t *testing.T) {
	for _, c := range []struct{ in, head string }{
		{"二、2031年工作总体要求和主要目标市第九次党代会为明湖今后五年的发展绘就了新的蓝图并定下了路径和步骤，全市上下要咬定目标不放松，一任接着一任干，把各项工作落到实处。",
			"二、2031年工作总体要求和主要目标"},
		{"二、2031年经济社会发展总体要求和主要预期目标市第九次党代会为明湖今后五年的发展绘就了新的蓝图并定下了路径和步骤，全市上下要咬定目标不放松，一任接着一任干，把各项工作落到实处。",
			"二、2031年经济社会发展总体要求和主要预期目标"},
		{"二、2031年政府工作总体要求和目标任务市第九次党代会为明湖今后五年的发展绘就了新的蓝图并定下了路径和步骤，全市上下要咬定目标不放松，一任接着一任干，把各项工作落到实处。",
			"二、2031年政府工作总体要求和目标任务"},
		// the requirements alone, or followed by other words
		{"二、2031年工作总体要求市第九次党代会为明湖今后五年的发展绘就了新的蓝图并定下了路径和步骤，全市上下要咬定目标不放松，一任接着一任干，把各项工作落到实处。",
			"二、2031年工作总体要求"},
		{"二、2031年工作总体要求和各项任务安排市第九次党代会为明湖今后五年的发展绘就了新的蓝图并定下了路径和步骤，全市上下要咬定目标不放松，一任接着一任干，把各项工作落到实处。",
			"二、2031年工作总体要求"},
	} {
		if got := headingText(c.in, headingMarker(c.in)); got != c.head {
			t.Errorf("headingText(%q) = %q, want %q", c.in, got, c.head)
		}
	}
}
