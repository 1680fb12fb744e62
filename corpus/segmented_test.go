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

func TestCloseLetterSpacing(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"政 府 工 作 报 告", "政府工作报告"},
		{"一\u3000、\u30002\u30000\u30003\u30001\u3000年\u3000工\u3000作\u3000回\u3000顾", "一、2031年工作回顾"},
		{"一 、 2 0 3 1 年 工 作 回 顾", "一、2031年工作回顾"},
		{"  二 、 2 0 3 2 年 重 点 任 务", "  二、2032年重点任务"},      // the margin stays
		{"澜 沧 湾 市 人 民 政 府 市 长   云 某 某", "澜沧湾市人民政府市长 云某某"}, // a wider gap: the words stood apart
		{"云  溪  县  人  民  政  府", "云 溪 县 人 民 政 府"},          // (every gap wide: each a space of its own)
		{"1 2 3 4 5", "1 2 3 4 5"}, // no Han: a row of numbers
		{"大 中 小", "大 中 小"},         // three pieces
		{"字号 大 中 小", "字号 大 中 小"},   // a piece of two characters
		{"今年 全县 新建 学校 9 所", "今年 全县 新建 学校 9 所"},
		{"过去一年，全县新建学校9所。", "过去一年，全县新建学校9所。"},
		{"政 府 工 作 报 告\n各位代表：\n（ 一 ） 扩 大 有 效 投 资", "政府工作报告\n各位代表：\n（一）扩大有效投资"},
	} {
		if got := closeLetterSpacing(c.in); got != c.want {
			t.Errorf("closeLetterSpacing(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLetterSpacedReport reads a report whose title block and part headings
// a PDF's text layer wrote letter-spaced with ideographic spaces: the title,
// the headings and the year they name read as set.
func TestLetterSpacedReport(t *testing.T) {
	spaced := func(s string) string { return strings.Join(strings.Split(s, ""), "\u3000") }
	src := strings.Join([]string{
		spaced("政府工作报告"),
		"——2032年1月8日在云溪县第六届人民代表大会第三次会议上",
		"各位代表：",
		"现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
		"\u3000\u3000" + spaced("一、2031年工作回顾"),
		"过去一年，全县地区生产总值增长6.2%，一般公共预算收入完成8.7亿元，新建改扩建学校6所。",
		"\u3000\u3000" + spaced("二、2032年重点工作"),
		"今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2800人。",
		"\u3000\u3000" + spaced("三、加强政府自身建设"),
		"坚持依法行政，自觉接受县人大及其常委会的法律监督和工作监督。",
	}, "\n")
	d, err := Read("report.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "政府工作报告" || d.Year != 2032 {
		t.Errorf("title %q, year %d; want 政府工作报告, 2032", d.Title, d.Year)
	}
	var got []string
	for _, s := range d.Sections {
		if s.Heading != "" {
			got = append(got, s.Heading)
		}
	}
	want := "一、2031年工作回顾|二、2032年重点工作|三、加强政府自身建设"
	if strings.Join(got, "|") != want {
		t.Errorf("headings %q, want %q", strings.Join(got, "|"), want)
	}
	if e := tiles(d); e != "" {
		t.Error(e)
	}
}
