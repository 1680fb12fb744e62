package corpus

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestMetaGolden runs Read over testdata/meta/*.txt: the first file of each
// archive is the input (its name is the file name Read sees), "meta" the
// expected metadata, where each field came from, the metadata warnings and
// any line of a collector's header left in the body (there should be none).
func TestMetaGolden(t *testing.T) {
	runGolden(t, "testdata/meta/*.txt", "meta", func(t *testing.T, ar *txtar.Archive) string {
		if len(ar.Files) == 0 {
			t.Fatal("no input file")
		}
		in := ar.Files[0]
		d, err := Read(in.Name, in.Data)
		if err != nil {
			return fmt.Sprintf("error: %v\n", err)
		}
		checkTiling(t, d)
		var b strings.Builder
		fmt.Fprintf(&b, "title: %s\nyear: %d\nkind: %s\nissuer: %s\nregion: %s\nprovince: %s\nprefecture: %s\n",
			d.Title, d.Year, d.Kind, d.Issuer, d.Region, d.Province, d.Prefecture)
		var fields []string
		for f := range d.Origins {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			fmt.Fprintf(&b, "origin %s: %s\n", f, d.Origins[f])
		}
		for _, w := range d.Warnings {
			if isMetaWarning(w.Message) {
				fmt.Fprintf(&b, "warning: %s\n", w.Message)
			}
		}
		for _, l := range strings.Split(d.Body, "\n") {
			if collectorKeyRe.MatchString(l) {
				fmt.Fprintf(&b, "collector line left in the body: %s\n", l)
			}
		}
		return b.String()
	})
}

// isMetaWarning reports whether msg is one of fillMeta's warnings (the
// others belong to Clean and Split and have goldens of their own).
func isMetaWarning(msg string) bool {
	for _, p := range []string{"region unknown", "year unknown", "the collector's header", "the file name says", "the date line says"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// TestCutCollectorHeader checks the blocks cut off as a collector's header
// and the fields kept from them, and that a text opening with one
// key-like line keeps it.
func TestCutCollectorHeader(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       collectorHeader
		rest       string // "" when no header is cut
	}{
		{"web reader", "Title: 明湖市2031年政府工作报告_明湖市人民政府门户网站\n\nURL Source: http://example.org/a.html\n\nPublished Time: 2031-02-05T09:30:00+08:00\n\nMarkdown Content:\n明湖市2031年政府工作报告\n各位代表：\n",
			collectorHeader{Title: "明湖市2031年政府工作报告_明湖市人民政府门户网站", URL: "http://example.org/a.html", Date: "2031-02-05T09:30:00+08:00"},
			"明湖市2031年政府工作报告\n各位代表：\n"},
		{"web reader of a PDF", "Title: 2031年工作总结\n\nURL Source: http://example.org/a.pdf\n\nNumber of Pages: 12\n\nMarkdown Content:\n县教育局2031年工作总结\n",
			collectorHeader{Title: "2031年工作总结", URL: "http://example.org/a.pdf"},
			"县教育局2031年工作总结\n"},
		{"collector", "标题：明湖市2031年政府工作报告\n发文单位：明湖市人民政府\n发文时间：2031-01-20\n\n正文：\n各位代表：\n",
			collectorHeader{Title: "明湖市2031年政府工作报告", Issuer: "明湖市人民政府", Date: "2031-01-20"},
			"各位代表：\n"},
		{"keys in brackets, closed by a rule", "【标题】明湖市2031年政府工作报告\n【来源】http://example.org/a.html\n【发布时间】2031-02-05 09:30\n【采集时间】2035-05-01\n==========\n各位代表：\n",
			collectorHeader{Title: "明湖市2031年政府工作报告", URL: "http://example.org/a.html", Date: "2031-02-05 09:30"},
			"各位代表：\n"},
		{"a field of another key among known ones", "Title: 明湖市2031年政府工作报告\nURL: http://example.org/a.html\nCategory: 政府工作报告\nDate: 2031-02-05\nCrawled: 2035-05-01 12:00:00\n\n政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n",
			collectorHeader{Title: "明湖市2031年政府工作报告", URL: "http://example.org/a.html", Date: "2031-02-05"},
			"政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n"},
		{"a file's name and length", "文件名：明湖市2031年政府工作报告.txt\n字数：25316\n链接：http://example.org/a.html\n\n各位代表：\n",
			collectorHeader{URL: "http://example.org/a.html"},
			"各位代表：\n"},
		{"a speech's first line is no field", "标题：明湖市2031年政府工作报告\n发文单位：明湖市人民政府\n发文时间：2031-01-20\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n",
			collectorHeader{Title: "明湖市2031年政府工作报告", Issuer: "明湖市人民政府", Date: "2031-01-20"},
			"各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n"},
		{"keys in another order, the date as 发布日期", "来源：望川县人民政府\n链接：http://example.org/b.html\n发布日期：2031-01-14\n标题：望川县2031年政府工作报告\n\n政府工作报告\n各位代表：\n",
			collectorHeader{Title: "望川县2031年政府工作报告", URL: "http://example.org/b.html", Date: "2031-01-14"},
			"政府工作报告\n各位代表：\n"},
		{"a title and its address only", "title: 望川县2031年政府工作报告\nurl: https://example.org/c.html\n\n各位代表：\n",
			collectorHeader{Title: "望川县2031年政府工作报告", URL: "https://example.org/c.html"},
			"各位代表：\n"},
		{"a title and its date only", "标题：望川县2031年政府工作报告\n发布时间：2031/1/14\n\n各位代表：\n",
			collectorHeader{Title: "望川县2031年政府工作报告", Date: "2031/1/14"},
			"各位代表：\n"},
		{"a byline of two fields is no header", "作者：望川县融媒体中心\n发布时间：2031-01-14\n\n望川县召开经济工作会议\n", collectorHeader{}, ""},
		{"a tight header ends at its blank line", "来源：望川县人民政府\n链接：http://example.org/d.html\n标题：望川县2031年政府工作报告\n\n【聚焦两会】望川县九届人大三次会议开幕\n发布时间：2031-01-14\n发布机构：望川县人民政府办公室\n会议应出席代表180名。\n",
			collectorHeader{Title: "望川县2031年政府工作报告", URL: "http://example.org/d.html"},
			"【聚焦两会】望川县九届人大三次会议开幕\n发布时间：2031-01-14\n发布机构：望川县人民政府办公室\n会议应出席代表180名。\n"},
		{"the publisher and the date under other keys", "标题：青岚县2031年政府工作报告\n发布机构：青岚县人民政府（县长向大会所作）\n通过或发布日期：2031年1月16日\n\n政府工作报告\n各位代表：\n",
			collectorHeader{Title: "青岚县2031年政府工作报告", Issuer: "青岚县人民政府（县长向大会所作）", Date: "2031年1月16日"},
			"政府工作报告\n各位代表：\n"},
		{"a date's key with no date is no field", "标题：青岚县2031年政府工作报告\n发布机构：青岚县人民政府\n通过或发布日期：会后公布\n\n政府工作报告\n各位代表：\n", collectorHeader{}, ""},
		{"a page's stamp under no known key is no header", "发布机构：青岚县人民政府办公室\n通过或发布日期：2031年1月16日\n\n政府工作报告\n各位代表：\n", collectorHeader{}, ""},
		{"one key", "Title: 明湖市2031年政府工作报告\n各位代表：\n", collectorHeader{}, ""},
		{"one key and another", "Title: 明湖市2031年政府工作报告\nCategory: 报告\n各位代表：\n", collectorHeader{}, ""},
		{"no header", "政府工作报告\n各位代表：\n", collectorHeader{}, ""},
		{"keywords under their key, the store's name under them", "关键词：\n航线 港口 座谈 青岚 开通 物流 \n\n某某活动资料库\n\n青岚县县长会见港务客商\n\n发布时间：2031-04-12\n",
			collectorHeader{}, "\n青岚县县长会见港务客商\n\n发布时间：2031-04-12\n"},
		{"keywords on their key's line, over another header", "关键词：航线、港口、座谈\n标题：青岚县2031年政府工作报告\n发布时间：2031/1/14\n\n各位代表：\n",
			collectorHeader{Title: "青岚县2031年政府工作报告", Date: "2031/1/14"},
			"各位代表：\n"},
		{"one keyword is no list", "关键词：政府工作报告\n各位代表：\n", collectorHeader{}, ""},
		{"a sentence under the key is no list", "关键词：\n今年我们要把港口建设好，把航线开通好，把物流做起来。\n各位代表：\n", collectorHeader{}, ""},
		{"nothing under the keywords", "关键词：\n航线 港口 座谈 开通\n", collectorHeader{}, ""},
	} {
		h, rest, ok := cutCollectorHeader(tc.text)
		if ok != (tc.rest != "") || h != tc.want || ok && rest != tc.rest {
			t.Errorf("%s: cutCollectorHeader = %+v, %q, %v; want %+v, %q", tc.name, h, rest, ok, tc.want, tc.rest)
		}
		if !ok && rest != tc.text {
			t.Errorf("%s: text without a header changed to %q", tc.name, rest)
		}
	}
}

// TestBlankPlaceLevel checks where the level of an issuer whose place is
// blank or unnamed is read from, and where a level is no blank: after a
// place's name, in a list of levels, or a superior body in a government's
// opening paragraph.
func TestBlankPlaceLevel(t *testing.T) {
	for _, c := range []struct {
		title, body, issuer, want string
	}{
		{"XX县教育局2031年工作总结", "", "教育局", "县"},
		{"**乡政府工作报告", "", "人民政府", "乡"},
		{"县教育局2031年工作总结", "", "教育局", "县"},
		{"某区卫生健康局2031年工作总结", "", "卫生健康局", "区"},
		{"政府工作报告", "各位代表：\n现在，我代表县人民政府，向大会报告工作。", "人民政府", "县"},
		{"政府工作报告", "现在，我代表旗十四届人民政府向大会作工作报告。", "人民政府", "旗"},
		{"政府工作报告", "现在我代表**乡第**届人民政府向大会作工作报告。", "人民政府", "乡"},
		{"农业农村局工作总结", "XX市农业农村局\n（2032年1月6日）", "农业农村局", "市"},
		{"2031年县教育局工作要点", "", "教育局", "县"},
		{"2031年07月区教育局工作安排", "", "教育局", "区"},
		{"教育局工作总结", "2031年是关键一年，各项工作有序推进，成效明显，群众满意度持续提升。区教育局紧扣区委区政府部署，推动教育优质均衡发展。", "教育局", "区"},
		// no blank: a name before the level, levels in a list, a level
		// in a word, a superior named in a government's opening
		{"青川县教育局2031年工作总结", "", "教育局", ""},
		{"市、县交通运输局2031年工作总结", "", "交通运输局", ""},
		{"教育局2031年工作总结", "本县教育局所属学校", "教育局", ""},
		{"政府工作报告", "2031年，在省委、省政府的坚强领导下，我们团结带领全县人民，攻坚克难，经济社会发展取得新成绩，人民生活持续改善。", "人民政府", ""},
		{"政府工作报告", "各位代表：\n会议期间，人大代表、政协委员对市政府工作提出了意见。", "人民政府", ""},
		{"县人民政府工作报告", "", "县人民政府", ""},
	} {
		if got := blankPlaceLevel(c.title, c.body, c.issuer); got != c.want {
			t.Errorf("blankPlaceLevel(%q, %q, %q) = %q, want %q", c.title, c.body, c.issuer, got, c.want)
		}
	}
}

// TestRunInSessionTitle checks which name opening a run-in title block is
// its title: the session's report before its bracketed date, never a
// sentence before it or a line too long for a title.
func TestRunInSessionTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"雾汀乡第六届人民代表大会第二次会议政府工作报告（2031年2月20日）乡长某某 各位代表：现在…", "雾汀乡第六届人民代表大会第二次会议政府工作报告"},
		{"网友整理\n××镇第九届人民代表大会第三次会议上的政府工作报告(2031年1月8日) 镇长××", "××镇第九届人民代表大会第三次会议上的政府工作报告"},
		// no title: a sentence opens the line, no bracketed date, none at all
		{"现在，我代表乡人民政府向第六届人民代表大会第二次会议作政府工作报告（2031年2月20日）", ""},
		{"雾汀乡第六届人民代表大会第二次会议政府工作报告 乡长某某", ""},
		{"各位代表：过去一年，全乡经济平稳增长。", ""},
	} {
		if got := runInSessionTitle(c.text); got != c.want {
			t.Errorf("runInSessionTitle(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNameTitle checks which file names read as a paper's title: the stem,
// cut before a —— subtitle, years kept; ids, years alone, collectors'
// underscores and names that name no paper give none.
func TestNameTitle(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"澜沧湾市2031年政府工作报告.txt", "澜沧湾市2031年政府工作报告"},
		{"2032年岚溪县政府工作报告.docx", "2032年岚溪县政府工作报告"},
		{"data/岚溪县/关于二〇三一年度岚溪县财政预算草案的报告.txt", "关于二〇三一年度岚溪县财政预算草案的报告"},
		{"守住绿水青山建设生态岚溪——在岚溪县第九届人民代表大会第三次会议上的政府工作报告.txt", "守住绿水青山建设生态岚溪"},
		{"政府工作报告——在岚溪县第九届人民代表大会第三次会议上.txt", "政府工作报告"},
		{"岚溪县水利局2031年工作总结.txt", "岚溪县水利局2031年工作总结"},
		{"content_20417.txt", ""},
		{"2031.txt", ""},
		{"岚溪县_2031_report.txt", ""},
		{"岚溪县2031年.txt", ""},
		{"岚溪县新闻 2031.txt", ""},
		{"报告.txt", ""},
		{"——在岚溪县第九届人民代表大会第三次会议上的政府工作报告.txt", ""},
	} {
		if got := nameTitle(c.name); got != c.want {
			t.Errorf("nameTitle(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSpeakerOrHeadline checks the speaker-line filters against news
// headlines of the same shape: an office and a short act where the name
// stands (县长会见港务客商), or a host's meeting before a guest's post and
// name (某某会见某集团董事长某某), is a headline and may be a title; an
// office, its posts and a name, spaced or not, stays a speaker line.
func TestSpeakerOrHeadline(t *testing.T) {
	for _, c := range []struct {
		line    string
		speaker bool
	}{
		{"云溪县人民政府县长 韦晓澄", true},
		{"云溪县县长韦晓澄", true},
		{"县委副书记、县长 韦晓澄", true},
		{"澜沧湾市人民政府代市长  周 岚", true},
		{"青禾旗人民政府旗长 巴图·额尔敦", true},
		{"云溪县财政局局长 许安", true},
		{"青禾航运集团董事长 邵启明", true},
		// a congress's committee's chair, who reports its review (the
		// page's cleaning may have taken out the space before the name)
		{"计划预算审查委员会主任委员 林安", true},
		{"计划预算审查委员会主任委员林安平", true},
		{"财政经济委员会副主任委员 周岚", true},
		// given names that are also acts (一行, 深入), and a name that ends
		// in 一行 with nothing after it
		{"云溪县县长韦一行", true},
		{"澜沧湾市人民政府市长  许深入", true},
		{"市长 欧阳一行", true},
		{"云溪县县长韦晓一行", true},
		{"云溪县县长会见港务客商", false},
		{"县长韦晓澄调研春耕生产", false},
		{"区长主持召开常务会议", false},
		{"副市长许安接待来访群众", false},
		{"市长在云溪县调研乡村振兴", false},
		{"县长会见客商", false},
		{"云溪县财政局局长调研", false},
		{"局长带队督查安全生产", false},
		{"周岚会见青禾航运集团董事长邵启明", false},
		{"县长韦一行到澜沧湾港调研", false},
		{"县长韦晓澄一行深入乡镇督导", false},
		{"副县长许深入走访企业", false},
	} {
		got := isSpeaker(c.line) || officeSpeakerLine(c.line) || officerSpeaker(c.line) || namedSpeakerLine(c.line)
		if got != c.speaker {
			t.Errorf("%s: speaker line %v, want %v", c.line, got, c.speaker)
		}
		if !c.speaker && !titleCandidate(c.line) {
			t.Errorf("%s: no title candidate, want one", c.line)
		}
	}
}

func TestOwnStreet(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// the street's news: named after the lede's day and again, its
		// committee by the level alone
		{"3月2日上午，云岭街道召开年度大会。街道党工委作了部署。会上回顾了云岭街道一年的工作。", "云岭街道"},
		// named once only: a clause that opens with a verb looks the same
		// (，确保街道…), so one naming is not enough
		{"3月2日上午，云岭街道召开年度大会。街道党工委作了部署，确保街道完成任务。", ""},
		// a county's story that lists a street's office among its guests
		{"县长、各镇长，云岭街道办事处主任出席。云岭街道办事处主任发言。", ""},
		// a district's paper to its streets
		{"各街道党工委要落实责任。，云岭街道、望川街道先行。云岭街道试点。", ""},
		// two streets named so: no one of them is the text's own
		{"。街道党工委部署。，云岭街道和，望川街道结对。云岭街道、望川街道共建。", ""},
	} {
		if got := ownStreet(tc.text); got != tc.want {
			t.Errorf("ownStreet(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLibrarySampleTail checks that a document library's word for its
// sample, glued after the paper's name on a preview's one run-on line
// (…工作总结范文范例1.…, …总结报告范文稿2031年…) or on the headline
// (…工作计划范例, …工作要点范本), is no part of the title.
func TestLibrarySampleTail(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"白塔县教育局2031年工作总结范文范例1.加快学校建设。全年新建幼儿园3所，新增学位1200个，白塔县第二小学投入使用。2.深化课堂改革。全县推行分层作业，教研员下校指导260余次。", "白塔县教育局2031年工作总结"},
		{"教育局2031上半年工作总结报告范文稿2031年，青川区教育局在区委、区政府的领导下，紧扣优质均衡主线，调整学校布局，加大教育投入。一、取得的成绩。上半年新增省级示范幼儿园2所。", "教育局2031上半年工作总结报告"},
		{"青川区教育局2032年工作计划范例\n一、总体思路\n围绕办好人民满意的教育，推进区域教育优质均衡。\n二、重点任务\n新建中小学2所，新增学位1800个。", "青川区教育局2032年工作计划"},
		// a title that ends in its own word keeps it
		{"白塔县教育局2031年工作总结\n一、主要工作\n全年新建幼儿园3所，新增学位1200个。\n二、存在问题\n城区学位仍然紧张。", "白塔县教育局2031年工作总结"},
	} {
		d := mustRead(t, "preview.txt", []byte(c.text))
		if d.Title != c.want {
			t.Errorf("title of %.30q = %q, want %q", c.text, d.Title, c.want)
		}
	}
}

// TestDropLostIndent checks which question marks opening a line are an
// indent an encoding lost: up to four, spaces between them or none, before
// a paragraph's first character (a Chinese one, a digit, a dash, a quote);
// a question mark before Latin text or a longer run stays.
func TestDropLostIndent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"??2031年1月5日在青川市第九届人民代表大会第二次会议上", "2031年1月5日在青川市第九届人民代表大会第二次会议上"},
		{"? ? ——经济总量稳步攀升，城市综合竞争力显著增强。", "——经济总量稳步攀升，城市综合竞争力显著增强。"},
		{"？ ？ “白塔夜市”品牌叫响全省。", "“白塔夜市”品牌叫响全省。"},
		{"?　?　全年新建学校3所。", "全年新建学校3所。"},
		{"? why not", "? why not"},
		{"? ? ? ? ? 全年新建学校3所。", "? ? ? ? ? 全年新建学校3所。"},
	} {
		if got := dropLostIndent(c.in); got != c.want {
			t.Errorf("dropLostIndent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPostedReportYear: a portal's day of posting dates a work report that
// names no year, also when the portal labels it a bare 时间 or 日期 and names
// itself as the source; a copy site's bare stamp, with no government office
// as its source, dates the copy and is not read.
func TestPostedReportYear(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       int
	}{
		{"发布时间", "某县2031年政府工作报告\n发布时间：2031-01-14\n\n政府工作报告\n", 2031},
		{"bare 时间, posted by the office", "溪桥区十届人大一次会议政府工作报告\n\n时间:2031-12-19 00:00 来源:政府办\n【字体: 打印\n", 2032},
		{"bare 日期, the district office", "2031年政府工作报告\n日期：2031-03-03 16:10 来源：区政府办公室 打印页面\n", 2031},
		{"bare 日期 ending the line", "2031年政府工作报告\n日期：2031-03-03 16:10 来源：区政府办公室\n", 2031},
		{"a copy site's stamp", "2031年政府工作报告全文\n\n时间:2033-10-10 20:41:38 工作计划\n", 0},
		{"a news site as the source", "区人代会开幕\n时间:2031-12-28 23:17:19 来源:溪桥新闻网\n", 0},
	} {
		if got := postedReportYear(c.head); got != c.want {
			t.Errorf("%s: postedReportYear = %d, want %d", c.name, got, c.want)
		}
	}
}
