package corpus

// Paragraphs run together with nothing between them
//
// A scraper that dropped a page's <p> boundaries writes the whole report
// as one line with nothing where its paragraphs met: 标题：…发文单位：…正文：
// 政府工作报告——2032年1月5日在…会议上某县县长某某各位代表：现在，…。一、
// 2031年工作回顾…. Unlike the run-together lines of gaps.go, no gap tells
// where a paragraph ended; what is left are the text's own marks. In a
// line long enough to be such a text (splitRunTogether), a line break is
// put after every sentence end (with the closing quotes that go with it),
// and in the line's head, before the first sentence ends, also before
// each of a collector's header fields (标题：, 发文单位：, 正文：…), before
// a title's dash subtitle (——2032年1月5日在…), after the meeting that
// subtitle names (…会议上) and before the greeting (各位代表：). The
// result is a text of one sentence a line, which the rest of reading
// knows (sentencePerLine, runin.go): its header, title block, chrome and
// repeated copies are found as in the original.

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Bounds of a line taken for a text run together: so many characters
// and sentence ends at least. The longest paragraph of the dev corpus's
// reports holds under 1,800 characters; a report's paragraph rarely holds
// 2,000, and one that does has many sentences, which split at their ends
// still read as the paragraph's lines.
// A line that is the whole file (nine tenths of its bytes) needs only
// wholeLineRunes and wholeLineSentences: a short page run together (a
// county's notice of 1,500 characters) holds no more.
const (
	runLineRunes       = 2000
	runLineSentences   = 15
	wholeLineRunes     = 500
	wholeLineSentences = 5
)

// runTogether reports whether l is long enough and holds sentences enough
// to be a text run together; whole says it is the file's only line.
func runTogether(l string, whole bool) bool {
	runes, ends := runLineRunes, runLineSentences
	if whole {
		runes, ends = wholeLineRunes, wholeLineSentences
	}
	return len(l) >= runes && strings.Count(l, "。")+strings.Count(l, "！")+strings.Count(l, "？") >= ends && utf8.RuneCountInString(l) >= runes
}

// runHeadKeyRe matches a field of a collector's header run into the one
// before it (collectorKeyRe's keys, with the value that follows).
var runHeadKeyRe = mustLitRe(`(?:文件标题|文章标题|标题|题目|文件名|发文单位|发布单位|发文机关|发文时间|发布时间|发布日期|发文日期|成文日期|报告人|来源URL|来源链接|来源网址|原文链接|原文地址|采集时间|抓取时间|爬取时间|字数|正文)[：:]`)

// titleKeyRe matches the header fields of runHeadKeyRe whose value is
// the title.
var titleKeyRe = mustLitRe(`^(?:文件标题|文章标题|标题|题目)[：:]$`)

// runGreetingRe matches a greeting that opens a report's text
// (各位代表：, 尊敬的各位领导、各位代表：, 同志们：).
var runGreetingRe = mustLitRe(`^(?:尊敬的)?(?:各位(?:领导|代表|委员)[^。：:，,]{0,16}|同志们)[：:]`)

// splitRunTogether returns text with its run-together lines (see above)
// parted into sentences; other lines, and every line of a file that holds
// none, stay as they are. The run-together lines hold half the file at
// least (one line, or the few a saved page's copies of the report make):
// a document's own long paragraph (a section written as one
// paragraph of a .docx, 4,000 characters of a 20,000-character report)
// is no sign that the file lost its line breaks. A file is looked at only
// when some line of it is runLineRunes bytes long, which few lines of an
// ordinary file are, or holds the whole file.
func splitRunTogether(text string) string {
	if len(text) < wholeLineRunes {
		return text
	}
	long := false
	for rest := text; rest != ""; {
		i := strings.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest)
		}
		if i >= runLineRunes || i >= wholeLineRunes && i*10 >= len(text)*9 {
			long = true
			break
		}
		if i == len(rest) {
			break
		}
		rest = rest[i+1:]
	}
	if !long {
		return text
	}
	lines := strings.Split(text, "\n")
	var run []int // the run-together lines
	size := 0     // their bytes
	for i, l := range lines {
		if len(l) < wholeLineRunes || !runTogether(l, len(l)*10 >= len(text)*9) {
			continue
		}
		if spaced := strings.Count(l, "。 ") + strings.Count(l, "。\u3000"); spaced*10 >= strings.Count(l, "。") {
			// a converter's space after its paragraphs (a .docx's text
			// laid out in one line), which Clean parts
			continue
		}
		run = append(run, i)
		size += len(l)
	}
	if size*2 < len(text) {
		return text
	}
	// A file whose first run-together line holds in its head nothing a
	// page or a collector put there (各位代表：现在，…, or a title block
	// glued to the greeting) is left as it is, all its copies alike: a
	// flat text, which Clean parts at its headings (a .docx whose
	// paragraphs were one); cut into sentences it loses headings.
	if !pagePut(splitSentences(lines[run[0]])[0]) {
		return text
	}
	for _, i := range run {
		lines[i] = splitRunLine(lines[i])
	}
	return strings.Join(lines, "\n")
}

// splitRunLine parts one run-together line l (see the note at the top of
// this file).
func splitRunLine(l string) string {
	pieces := splitSentences(l)
	var b strings.Builder
	b.Grow(len(l) + len(l)/20)
	for i, p := range pieces {
		if i > 0 {
			b.WriteByte('\n')
		}
		last := 0
		cuts, _ := headCuts(p)
		for _, k := range cuts {
			if k > last {
				b.WriteString(p[last:k])
				b.WriteByte('\n')
				last = k
			}
		}
		b.WriteString(p[last:])
	}
	return b.String()
}

// splitSentences returns l cut after each sentence end, with the closing
// quotes and brackets that end the sentence with it; a sentence end
// followed by more punctuation (。”，) is not cut.
func splitSentences(l string) []string {
	var pieces []string
	start := 0
	for k := 0; k < len(l); {
		r, size := utf8.DecodeRuneInString(l[k:])
		k += size
		if r != '。' && r != '！' && r != '？' {
			continue
		}
		for k < len(l) {
			c, cs := utf8.DecodeRuneInString(l[k:])
			if !strings.ContainsRune("”’」』）)》", c) {
				break
			}
			k += cs
		}
		if k < len(l) {
			c, _ := utf8.DecodeRuneInString(l[k:])
			if strings.ContainsRune("，,。；;：:、！？!?…—", c) {
				continue
			}
		}
		pieces = append(pieces, l[start:k])
		start = k
	}
	if start < len(l) || len(pieces) == 0 {
		pieces = append(pieces, l[start:])
	}
	return pieces
}

// runFooterRe matches a field of a site's footer run into what is before
// it (版权所有：…, 主办：…, 网站标识码：…, 冀ICP备…). The footer's words are
// a fixed vocabulary, the one stripChrome knows on lines of their own.
var runFooterRe = mustLitRe(`(?:版权所有|主办单位|主办|承办单位|承办|网站标识码|ICP备案号|公安机关备案号|联系电话|联系地址|联系方式)[：:]|网站地图|关于本站|法律声明|Copyright|\p{Han}ICP备|\p{Han}公网安备`)

// runCrumbRe matches a page's breadcrumb label (当前位置：首页>…).
var runCrumbRe = mustLitRe(`当前位置|您现在的位置|您的位置|现在位置`)

// runSourceRe matches a page stamp's source with the name that ends it
// (来源：某某网, 来源：新华社), after which a title glued to it begins.
var runSourceRe = mustLitRe(`来源[：:]\s*\p{Han}{1,8}?(?:网|社|报)`)

// headCuts returns the byte offsets in piece p, a sentence of a run-together
// line, at which its head (the text before its first comma, which no title
// block, header or chrome holds) is cut: before each collector's header
// field (and after 正文：), a breadcrumb, a footer's field, a page stamp's
// site after the title it follows (…工作报告中央政府门户网站 www…) and a
// title's dash subtitle with its date (——2032年…); after the source of a
// page stamp (来源：某某网), after the meeting the subtitle names (…会议上),
// and before and after a bracketed note that opens the piece, follows
// another or holds a field (（责任编辑：某某）);
// before the greeting (各位代表：). Offsets are in increasing order; 0 is
// never one. page says a cut was made at something a page or a collector
// put there (all but the title block's and the greeting's cuts).
func headCuts(p string) (cuts []int, page bool) {
	h := p
	if i := strings.IndexAny(h, "，,"); i >= 0 {
		h = h[:i]
	}
	add := func(k int) {
		if k > 0 && k < len(p) {
			cuts = append(cuts, k)
		}
	}
	for _, m := range runHeadKeyRe.FindAllStringIndex(h, -1) {
		page = true
		add(m[0])
		if strings.HasPrefix(h[m[0]:], "正文") {
			add(m[1])
		}
		if titleKeyRe.MatchString(h[m[0]:m[1]]) {
			// a title field's value run into the text's first heading
			// (文章标题：某某的讲话一、…): the heading starts a line
			if i := strings.Index(h[m[1]:], "一、"); i > 0 && titleEndBefore(h[m[1]:m[1]+i]) >= 0 {
				add(m[1] + i)
			}
		}
	}
	for _, m := range runFooterRe.FindAllStringIndex(h, -1) {
		page = true
		add(m[0])
	}
	for _, m := range runCrumbRe.FindAllStringIndex(h, -1) {
		page = true
		add(m[0])
	}
	for _, m := range runSourceRe.FindAllStringIndex(h, -1) {
		page = true
		add(m[1])
	}
	// bracketed notes: one that opens the piece or follows another, or
	// that holds a field (（《某某日报》20310627）（责任编辑：某某）)
	for k := 0; k < len(h); {
		o := strings.Index(h[k:], "（")
		if o < 0 {
			break
		}
		o += k
		e := strings.Index(h[o:], "）")
		if e < 0 {
			break
		}
		e += o + len("）")
		note := h[o:e]
		if numberNoteRe.MatchString(note) {
			// （一）, （2）: a heading's number opening its sentence
			// (…新台阶。（一）经济平稳较快发展，…), no note
			k = e
			continue
		}
		if utf8.RuneCountInString(note) <= 40 && (o == 0 || strings.HasSuffix(h[:o], "）") || strings.ContainsAny(note, "：:")) {
			page = true
			add(o)
			add(e)
		}
		k = e
	}
	prev := rune(0)
	for k := 0; k < len(h); {
		r, size := utf8.DecodeRuneInString(h[k:])
		switch {
		case (r == '—' || r == '-') && prev != r:
			d := strings.TrimLeft(h[k:], "—-－ ")
			if len(h[k:])-len(d) >= 2 && d != "" && (d[0] >= '0' && d[0] <= '9' || strings.HasPrefix(d, "２") || strings.HasPrefix(d, "１") || strings.HasPrefix(d, "一九") || strings.HasPrefix(d, "二")) {
				add(k)
			}
		case r == '各' || r == '尊' || r == '同':
			if runGreetingRe.MatchString(h[k:]) {
				add(k)
			}
		case r == '会' && strings.HasPrefix(h[k:], "会议上") && !strings.HasPrefix(h[k+len("会议上"):], "的"):
			// not in a title that goes on (…会议上的政府工作报告)
			add(k + len("会议上"))
		case r == 'w' && strings.HasPrefix(h[k:], "www."):
			// the site's name before its address starts after the title
			// word it is glued to
			back := h[:k]
			for n := 0; n < 14 && back != ""; n++ {
				if e := titleEndBefore(back); e >= 0 {
					page = true
					add(e)
					break
				}
				_, bs := utf8.DecodeLastRuneInString(back)
				back = back[:len(back)-bs]
			}
		}
		prev = r
		k += size
	}
	sort.Ints(cuts)
	return cuts, page
}

// numberNoteRe matches brackets that hold a number alone (（一）, （12）):
// the marker of a heading or a point, not a note.
var numberNoteRe = mustLitRe(`^（[一二三四五六七八九十百零〇○0-9０-９]{1,4}）$`)

// pagePut reports whether the head of p, a run-together line's first
// sentence, holds what a page or a collector put before the report (a
// header field, a breadcrumb, a site's stamp, a note): the title block and
// greeting alone (某县2032年政府工作报告各位代表：…) Clean parts itself.
func pagePut(p string) bool {
	_, page := headCuts(p)
	return page
}

// titleEndBefore returns len(s) when s ends with a word a title ends with
// (报告, 总结, 计划, 要点, 讲话, a closing bracket), or -1.
func titleEndBefore(s string) int {
	for _, w := range []string{"报告", "总结", "计划", "要点", "讲话", "）"} {
		if strings.HasSuffix(s, w) {
			return len(s)
		}
	}
	return -1
}
