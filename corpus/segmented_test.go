package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestJoinSegmented(t *testing.T) {
	// A few lines of a fictional report; each case repeats its input to
	// make a text long enough to be judged.
	tests := []struct {
		name, in, want string
	}{
		{
			name: "jieba spaces, a line break a word of its own",
			in:   "明湖 市 人民政府 \n 各位 代表 ：\n 2031 年 ， 全市 地区 生产总值 增长 6.1 %， 新建 学校 12 所 。\n",
			want: "明湖市人民政府\n各位代表：\n2031年，全市地区生产总值增长6.1%，新建学校12所。\n",
		},
		{
			name: "the text's own spaces between separators stay",
			in:   "达到   1268   亿元 ， 推广   Made   in   China   品牌 ， 建成 5G 基站 。\n",
			want: "达到 1268 亿元，推广 Made in China 品牌，建成5G基站。\n",
		},
		{
			name: "slashes",
			in:   "明湖/市/人民政府/\n/各位/代表/：/于/2031///3///5/召开/会议/。\n",
			want: "明湖市人民政府\n各位代表：于2031/3/5召开会议。\n",
		},
		{
			name: "slash and space",
			in:   "明湖/ 市/ 人民政府/ \n/ 各位/ 代表/ ：/ 新建/  / 学校/ 12/ 所/ 。\n",
			want: "明湖市人民政府\n各位代表：新建 学校12所。\n",
		},
		{
			name: "parts of speech",
			in:   "明湖/ns 市/n 人民政府/nt 市长/n  /x 林/nr\n各位/r 代表/n ：/x 2031/m 年/m 工作/vn 回顾/v\n",
			want: "明湖市人民政府市长 林\n各位代表：2031年工作回顾\n",
		},
		{
			name: "parts of speech, the line break tagged",
			in:   "工作/vn 回顾/v \n/x 过去/t 一年/m ，/x 全市/n 经济/n 增长/v 。/x\n",
			want: "工作回顾\n过去一年，全市经济增长。\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Repeat(tt.in, 4)
			if got, want := joinSegmented(in), strings.Repeat(tt.want, 4); got != want {
				t.Errorf("joinSegmented:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestJoinSegmentedLeavesWrittenText(t *testing.T) {
	// Texts written normally, however spaced, are not a segmenter's.
	for name, in := range map[string]string{
		"pangu spacing": "2031 年，全市地区生产总值达到 1268 亿元，增长 6.1 %，新建学校 12 所，" +
			"城镇新增就业 2.6 万人，GDP 增速高于全省 0.4 个百分点。",
		"a letter-spaced title": "政 府 工 作 报 告\n——2032年1月16日在明湖市第十届人民代表大会第四次会议上\n" +
			"各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
		"names padded to three characters": "主  任：林  舒\n副主任：王  川  周致远  陈  默\n委  员：李  明  赵  青" +
			"\n明湖市第十届人民代表大会常务委员会第四次会议于2032年1月16日在市人大常委会会议室举行，会议听取了市人民政府关于全市经济运行情况的报告。",
		"English":          "The Government Work Report of 2032 / Minghu City / a summary in English for readers abroad.",
		"a path of places": "明湖市/望川县/青石镇 2031年工作总结：全镇经济平稳增长，新建道路12公里。",
	} {
		in = strings.Repeat(in+"\n", 4)
		if got := joinSegmented(in); got != in {
			t.Errorf("%s: joinSegmented changed a written text:\n%s\nto\n%s", name, in, got)
		}
	}
}

// FuzzJoinSegmented checks that joinSegmented never panics, keeps valid
// UTF-8 valid and only takes characters out.
func FuzzJoinSegmented(f *testing.F) {
	for _, s := range []string{
		strings.Repeat("明湖 市 人民政府 \n 各位 代表 ：2031   年 ", 8),
		strings.Repeat("明湖/ns 市/n 人民政府/nt  /x 林/nr\n/x 各位/r", 8),
		strings.Repeat("明湖/市/2031///3/人民政府/\n/", 8),
		strings.Repeat("明湖/ 市/  / 人民政府/ \n", 8),
		"/", "/a", "a/ ", " ", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		out := joinSegmented(text)
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("joinSegmented(%q) = %q: invalid UTF-8", text, out)
		}
		if len(out) > len(text) {
			t.Fatalf("joinSegmented(%q) = %q: longer", text, out)
		}
	})
}
