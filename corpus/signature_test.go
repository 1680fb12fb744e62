package corpus

import "testing"

func TestFootSignature(t *testing.T) {
	const text = "一、工作成效\n全年完成投资8亿元。\n"
	for _, tc := range []struct{ body, want string }{
		{text + "明湖市交通运输局\n2031年12月20日", "明湖市交通运输局"},
		{text + "石桥镇人民政府 2032年1月5日\n", "石桥镇人民政府"},
		{text + "青岚县政府2032年1月", "青岚县政府"},
		{text + "县农业农村局\n二〇三一年十二月二十日", "县农业农村局"},
		{text + "明湖市教育局", "明湖市教育局"},
		{text + "明湖市教育局\n（2031年12月20日）\n抄送：市人民政府办公室。\n明湖市教育局办公室 2031年12月21日印发", "明湖市教育局"},
		// The unit a paper is copied to is not its issuer.
		{text + "抄送：明湖市人民政府办公室。", ""},
		// Two offices sign a joint paper: neither is read.
		{text + "明湖市教育局\n明湖市财政局\n2031年12月20日", ""},
		// A closing wish, a sentence, a subject: no office alone on its line.
		{text + "奋力开创新局", ""},
		{text + "全县上下齐心协力，再创新局", ""},
		{text + "我局\n2031年12月20日", ""},
		// An office named in the text, above its last paragraph, is not at the foot.
		{"明湖市教育局\n" + text, ""},
		{"", ""},
	} {
		if got := footSignature(tc.body); got != tc.want {
			t.Errorf("footSignature(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}
