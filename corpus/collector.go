package corpus

// Collector headers
//
// Whoever gathered a file sometimes put a metadata block before the text:
//
//	标题：2024年某市政府工作报告
//	发文单位：某市人民政府
//	发文时间：2024-01-20
//	报告人：某市人民政府市长 某某
//	来源URL：http://…
//
//	正文：
//
// The block is evidence about the document, not part of it: Read cuts it
// off before Clean and Split, and fillMeta weighs it below the body (a
// collector's header is sometimes wrong: a title naming one year over the
// text of the next). A block counts as a header when it starts the file,
// has at least two of the known keys, and ends at 正文： or at the first
// line without a key.
//
// A web reader's header (Jina Reader's, for one) is the same block with
// English keys, and ends at the line that opens the page's text:
//
//	Title: 某市2021年政府工作报告_某市人民政府门户网站
//
//	URL Source: http://…
//
//	Published Time: 2021-02-05T09:30:00+08:00
//
//	Markdown Content:
//
// Other collectors write their keys in brackets (【标题】…, 【来源】…), add
// fields of their own among the known ones (Crawled: …, 字数：…), or
// close the block with a rule (=====); all of it is the header.
//
// A Markdown front matter is the same kind of evidence:
//
//	---
//	title: 某省2026年政府工作报告
//	province: 某省
//	date: 2026-01-27
//	---

import (
	"strings"
	"unicode/utf8"
)

// A collectorHeader holds the fields of a collector's header; empty fields
// were absent or 未知. Place is a place the header names by itself (a
// front matter's province: 贵州). Site is the place of the government
// whose site a web page is on (html.go), a weaker hint than Place: heard
// only when neither the report's head nor its text names a place.
type collectorHeader struct {
	Title, Issuer, Date, Speaker, URL, Place, Site string
}

var collectorKeyRe = mustLitRe(`^\s*(标题|题目|文件标题|文件名|发文单位|发布单位|发文机关|发文时间|发布时间|发布日期|发文日期|成文日期|报告人|作者|来源URL|来源链接|来源网址|原文链接|原文地址|链接|网址|采集时间|抓取时间|爬取时间|字数|正文|` +
	`(?i:title|url source|source url|url|link|published time|published|date|author|crawled|crawl time|fetched|retrieved|description|number of pages|warning|markdown content|text content))\s*[：:]\s*(.*)$`)

// bracketKeyRe matches a field written with its key in brackets
// (【标题】…, 【来源】…), which headerLine reads as 标题：…
var bracketKeyRe = mustLitRe(`^\s*[【\[](\p{Han}{2,6})[】\]]\s*(.*)$`)

// fieldShapeRe matches a line shaped as a field of some other key: a short
// key (one to three Latin words, or two to six Han characters) and a value
// (Category: 政府工作报告, 关键词：…). Inside a header it is one more field.
var fieldShapeRe = mustLitRe(`^\s*([A-Za-z][A-Za-z _-]{0,24}|\p{Han}{2,6})\s*[：:]\s*(\S.*)$`)

// ruleLine reports whether t is a line of one mark repeated six times or
// more (======, ------, ******), which closes a header.
func ruleLine(t string) bool {
	if len(t) < 6 || !strings.ContainsRune("=-*_~#", rune(t[0])) {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}

// headerLine returns line t in the key：value form of collectorKeyRe when
// it is a field in brackets (【来源】http://… is 来源：http://…), and t
// otherwise.
func headerLine(t string) string {
	if m := bracketKeyRe.FindStringSubmatch(t); m != nil {
		k := m[1]
		if k == "来源" {
			k = "原文链接"
		}
		return k + "：" + m[2]
	}
	return t
}

// otherField reports whether t, a line inside a collector's header, is a
// field of a key the header reader does not know (Crawled: …, 分类：…,
// 关键词：…): a short value that ends no sentence. A greeting (各位代表：)
// has no value and a report's first sentence a long one; neither is one.
func otherField(t string) bool {
	m := fieldShapeRe.FindStringSubmatch(t)
	return m != nil && utf8.RuneCountInString(m[2]) <= 60 && !strings.ContainsAny(m[2], "。；！？，")
}

// cutCollectorHeader returns the header at the start of text, if any, and
// text without it. Without a header it returns text unchanged and ok false.
// A line without a key between two fields (up to three of them) continues
// the field before it.
//
// Some collectors put an excerpt of the report first (its opening
// paragraphs, 【摘要】…) and their header between it and the report. A
// header that starts within the first lines (leadLines) counts too when
// the text before it is such an excerpt: its longest line, of 20
// characters at least, is found again in the report after the header. The
// excerpt goes with the header. So does a header under the paper's title
// (a converter's "# 某市政府工作报告" above the fields): the title stays.
func cutCollectorHeader(text string) (h collectorHeader, rest string, ok bool) {
	if rest, ok := cutKeywordLead(text); ok {
		h, rest, _ := cutCollectorHeader(rest)
		return h, rest, true
	}
	if h, rest, ok := cutFrontMatter(text); ok {
		return h, rest, true
	}
	if h, rest, ok := cutHeaderAt(text); ok {
		return h, rest, true
	}
	if h, rest, ok := cutRuledHeader(text); ok {
		return h, rest, true
	}
	at, n := 0, 0
	for _, l := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(l)
		if n++; n > leadLines {
			break
		}
		if m := collectorKeyRe.FindStringSubmatch(headerLine(t)); m != nil && at > 0 && headerKey(m[1]) != "正文" {
			h, rest, ok := cutHeaderAt(text[at:])
			if !ok {
				break
			}
			longest := ""
			for _, e := range strings.Split(text[:at], "\n") {
				if e = strings.TrimSpace(e); utf8.RuneCountInString(e) > utf8.RuneCountInString(longest) {
					longest = e
				}
			}
			if utf8.RuneCountInString(longest) >= 20 && strings.Contains(rest, longest) {
				return h, rest, true
			}
			if headerLead(text[:at]) {
				return h, rest, true // the header's own label over it
			}
			if titleLead(text[:at]) {
				// The paper's title (and its date line) above the
				// header: the title stays, the header goes.
				return h, text[:at] + rest, true
			}
			break
		}
		at += len(l)
	}
	return collectorHeader{}, text, false
}

// keywordKeyRe matches the key of a keyword field (关键词：, 关键字：,
// 主题词：, Keywords:), its value, if on the same line, in group 1.
var keywordKeyRe = mustLitRe(`^(?:关键词|关键字|主题词|(?i:keywords?))\s*[：:]\s*(.*)$`)

// collectionNameRe matches a line that names the store a file was taken
// from by the kind of store it is (某某系列重要讲话数据库, 某某政策文库,
// 某某语料库): a collection's label, not a document's title. The kinds are
// listed because a store names itself by one of them and nothing else
// marks the line.
var collectionNameRe = mustLitRe(`^[\p{Han}A-Za-z0-9·]{2,24}(?:数据库|资料库|语料库|文库|知识库)$`)

// keywordList reports whether s is a list of keywords: three words or more
// apart by spaces or list marks, none longer than eight characters, and no
// sentence among them.
func keywordList(s string) bool {
	if strings.ContainsAny(s, "。！？；") || utf8.RuneCountInString(s) > 200 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \t\u3000、，,;|", r) })
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) > 8 {
			return false
		}
	}
	return true
}

// cutKeywordLead returns text without the keyword field a collector opened
// it with, and ok true; text unchanged and ok false when it opens with
// none. Some collectors (a speech database's dump, a text-mining project's
// export) put the keywords they computed first, the list on the key's line
// or on the line under it, and under it the name of their store:
//
//	关键词：
//	合作 会见 成员国 组织 秘书长 …
//
//	某某讲话数据库
//
//	某某会见某某（the headline）
//
// The field and the store's name go; the headline is the first line left.
func cutKeywordLead(text string) (string, bool) {
	lines := strings.SplitAfter(text, "\n")
	next := func(i int) int { // the first line from i on that is not blank
		for ; i < len(lines) && strings.TrimSpace(strings.TrimPrefix(lines[i], "\ufeff")) == ""; i++ {
		}
		return i
	}
	i := next(0)
	if i == len(lines) {
		return text, false
	}
	m := keywordKeyRe.FindStringSubmatch(strings.TrimSpace(strings.TrimPrefix(lines[i], "\ufeff")))
	if m == nil {
		return text, false
	}
	if strings.TrimSpace(m[1]) == "" {
		// the list on the line under the key
		if i = next(i + 1); i == len(lines) {
			return text, false
		}
		m[1] = lines[i]
	}
	if !keywordList(strings.TrimSpace(m[1])) {
		return text, false
	}
	end := i + 1
	if k := next(end); k < len(lines) && collectionNameRe.MatchString(strings.TrimSpace(lines[k])) {
		end = k + 1
	}
	if next(end) == len(lines) {
		return text, false
	}
	return strings.Join(lines[end:], ""), true
}

// titleLead reports whether lead, the text above a collector's header, is
// a title: one to three short lines (up to 80 characters) that read as a
// title or its date line and end no sentence (政府工作报告 /
// 某市政府工作报告——2031年1月26日在…会议上); an excerpt's label (【摘要】)
// is none.
func titleLead(lead string) bool {
	n := 0
	for _, l := range strings.Split(lead, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#"))
		if l == "" {
			continue
		}
		if n++; n > 3 || !isTitleLine(l) && utf8.RuneCountInString(l) <= 60 || utf8.RuneCountInString(l) > 80 || strings.ContainsAny(l, "。；！？") || strings.HasPrefix(l, "【") {
			return false
		}
	}
	return n > 0
}

// headerLabelRe matches the label a data project prints over its header
// of fields, alone on its line (【文档信息】, [元数据], ## 文档属性, 基本信息：):
// a word for the record, not for the text.
var headerLabelRe = mustLitRe(`^(?:[【\[]\s*\p{Han}{0,4}(?:信息|元数据|属性|档案)\s*[】\]]|#{1,4}\s*\p{Han}{0,4}(?:信息|元数据|属性|档案)|\p{Han}{0,4}(?:信息|元数据|属性|档案)[：:])$`)

// headerLead reports whether lead, the text above a collector's header,
// is the header's own beginning: its label (headerLabelRe) and fields of
// keys the reader does not know (文档编号：…), nothing else.
func headerLead(lead string) bool {
	label := false
	for _, l := range strings.Split(lead, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case headerLabelRe.MatchString(t):
			label = true
		case !otherField(t):
			return false
		}
	}
	return label
}

// leadLines bounds the excerpt before a collector's header, in lines.
const leadLines = 30

// cutHeaderAt returns the header that starts text, if any, and text
// without it.
func cutHeaderAt(text string) (h collectorHeader, rest string, ok bool) {
	lines := strings.SplitAfter(text, "\n")
	keys, end, sawBody := 0, 0, false
	// nextKey reports whether one of the first three non-blank lines
	// after line i opens with a field's key: a value wrapped over up to
	// four lines (a long address at a PDF's width) is one field.
	nextKey := func(i int) bool {
		seen := 0
		for _, l := range lines[i+1:] {
			if t := strings.TrimSpace(l); t != "" {
				if collectorKeyRe.MatchString(headerLine(t)) {
					return true
				}
				if seen++; seen == 3 {
					return false
				}
			}
		}
		return false
	}
	last := "" // the key of the last field, "" before any
	// A header written line by line (no blank line between its fields)
	// ends at its first blank line: the line under it is the text's
	// (【专题】某县…会议开幕 over the page's 发布时间：…), not the last
	// field's value wrapped on.
	gap, tight := false, true
	for i, l := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		if t == "" {
			end = i + 1
			gap = last != ""
			continue
		}
		if keys > 0 && ruleLine(t) {
			// a rule under the fields closes the header
			end = i + 1
			break
		}
		m := collectorKeyRe.FindStringSubmatch(headerLine(t))
		if m == nil && keys > 0 {
			m = laterField(t)
		}
		known := m != nil
		if known {
			m[1] = headerKey(m[1])
		} else if (keys > 0 || i == 0 && keyNext(lines[1:])) && otherField(t) {
			// a field of another key among known ones, kept nowhere (the
			// block's first too, right over a known one: 来源：某某资料库
			// over URL：…)
			m = []string{t, "说明", ""}
		}
		if m != nil && gap {
			tight = false
		}
		wrapped := m == nil && last != "" && last != "正文" && !(gap && tight) && nextKey(i)
		if wrapped {
			// a field's value wrapped over two lines or more (a PDF's width):
			// 标题：…在某某市第 / 十三届人民代表大会…上的报告
			before := ""
			if f := h.field(last); f != nil {
				before = *f
			}
			m = []string{t, last, before + t}
		}
		if m == nil {
			break
		}
		v := strings.TrimSpace(m[2])
		if v == "未知" || v == "无" || v == "不详" {
			v = ""
		}
		last, gap = m[1], false
		if f := h.field(m[1]); f != nil {
			*f = v
		}
		if known {
			keys++
		}
		end = i + 1
		if m[1] == "正文" {
			sawBody = true
			if v != "" {
				// The text starts on the 正文： line itself.
				lines[i] = v + "\n"
				end = i
			}
			break
		}
	}
	if keys < 2 || !sawBody && keys < 3 && !titledRecord(h) {
		return collectorHeader{}, text, false
	}
	return h, strings.Join(lines[end:], ""), true
}

// publisherFieldRe matches a field that names the body that published a
// paper under a key of a disclosure page's (发布机构：某省人民政府), and
// datedFieldRe one whose key names some date and whose value is one
// (通过或发布日期：2031年1月26日, 公布施行日期：2031-01-26): keys that vary
// from one collector to the next, and whose value says what they are.
var (
	publisherFieldRe = mustLitRe(`^\s*(?:发布机构|发文机构|发布机关)\s*[：:]\s*(\S.*)$`)
	datedFieldRe     = mustLitRe(`^\s*\p{Han}{1,6}(?:日期|时间)\s*[：:]\s*((?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\S*)\s*$`)
)

// laterField returns line t as a known field of collectorKeyRe's form
// (the whole line, its key, its value) when it is a publisher's or a
// date's field under another key (publisherFieldRe, datedFieldRe), nil
// otherwise. cutHeaderAt asks only below a known key: the block is a
// collector's already (标题：… / 发布机构：… / 通过或发布日期：…), not a
// page's stamp that a headline would stand over.
func laterField(t string) []string {
	if m := publisherFieldRe.FindStringSubmatch(t); m != nil {
		return []string{t, "发文单位", m[1]}
	}
	if m := datedFieldRe.FindStringSubmatch(t); m != nil {
		return []string{t, "发布时间", m[1]}
	}
	return nil
}

// titledRecord reports whether h, a block of two known fields with no
// 正文 line under it, is a collector's record all the same: a title with
// the page's address (http://…) or its date (2031-01-18, 2031/1/18,
// 2031年1月18日). A report's own first lines do not give a title, an
// address and a date as key: value; two fields of other kinds (作者：…
// 发布时间：… over a page's text) are a byline, and need a third.
func titledRecord(h collectorHeader) bool {
	return h.Title != "" && (recordURLRe.MatchString(h.URL) || recordDateRe.MatchString(h.Date))
}

var (
	recordURLRe  = mustLitRe(`^(?i:https?://|www\.)\S+$`)
	recordDateRe = mustLitRe(`^[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}`)
)

// cutRuledHeader returns the header of a data project that writes its
// record as a block of fields closed by a rule (文档编号：… / 标题：… /
// 处理：去除导航，保留正文 / =====), under its label (【文档信息】) or not:
// every line above the rule is a field, whatever its value, and two keys
// or more are known ones (cutHeaderAt reads those).
func cutRuledHeader(text string) (h collectorHeader, rest string, ok bool) {
	lines := strings.SplitAfter(text, "\n")
	var known []string
	seen := 0
	for i, l := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		switch {
		case t == "":
			continue
		case ruleLine(t):
			if len(known) < 2 {
				return collectorHeader{}, text, false
			}
			h, _, ok := cutHeaderAt(strings.Join(known, "\n") + "\n正文：\n")
			if !ok {
				return collectorHeader{}, text, false
			}
			return h, strings.Join(lines[i+1:], ""), true
		case seen == 0 && headerLabelRe.MatchString(t):
		case collectorKeyRe.MatchString(headerLine(t)):
			known = append(known, headerLine(t))
		case !fieldShapeRe.MatchString(t):
			return collectorHeader{}, text, false
		}
		if seen++; seen > 16 {
			break
		}
	}
	return collectorHeader{}, text, false
}

// keyNext reports whether the first line of lines that is not blank opens
// with a known field's key.
func keyNext(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return collectorKeyRe.MatchString(headerLine(t))
		}
	}
	return false
}

var frontKeyRe = mustLitRe(`^\s*([A-Za-z_]+|\p{Han}{2,4})\s*[:：]\s*(.*?)\s*$`)

// cutFrontMatter returns the fields of a front matter that opens text
// (between two lines of ---) and text without it.
func cutFrontMatter(text string) (h collectorHeader, rest string, ok bool) {
	t := strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), " \t\r\n")
	if !strings.HasPrefix(t, "---") {
		return h, text, false
	}
	lines := strings.SplitAfter(t, "\n")
	if strings.TrimSpace(lines[0]) != "---" {
		return h, text, false
	}
	for i := 1; i < len(lines) && i < 40; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			return h, strings.Join(lines[i+1:], ""), true
		}
		m := frontKeyRe.FindStringSubmatch(l)
		if m == nil {
			if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "- ") {
				continue
			}
			return collectorHeader{}, text, false
		}
		v := strings.Trim(m[2], `"'`)
		switch strings.ToLower(m[1]) {
		case "title", "标题", "题目":
			h.Title = v
		case "date", "year", "time", "published", "发布时间", "发文时间", "日期", "年份":
			h.Date = v
		case "source", "url", "link", "来源", "来源url", "链接":
			h.URL = v
		case "author", "speaker", "报告人":
			h.Speaker = v
		case "issuer", "publisher", "发文单位", "发布单位":
			h.Issuer = v
		case "province", "region", "city", "place", "省份", "地区", "城市":
			h.Place = v
		}
	}
	return collectorHeader{}, text, false
}

// headerKey returns the Chinese key an English one of collectorKeyRe's
// stands for (Markdown Content is 正文: the text starts after it), and key
// itself otherwise.
func headerKey(key string) string {
	switch strings.ToLower(key) {
	case "title":
		return "标题"
	case "url source", "source url", "url", "link", "链接", "网址", "原文地址":
		return "原文链接"
	case "published time", "published", "date", "发布日期", "发文日期":
		return "发布时间"
	case "author":
		return "作者"
	case "markdown content", "text content":
		return "正文"
	case "description", "number of pages", "warning", "crawled", "crawl time", "fetched", "retrieved", "文件名", "字数", "采集时间", "抓取时间", "爬取时间":
		return "说明"
	}
	return key
}

// field returns the field of h that key (one of collectorKeyRe's, after
// headerKey) fills, nil for a key h does not keep (正文, 说明).
func (h *collectorHeader) field(key string) *string {
	switch key {
	case "标题", "题目", "文件标题":
		return &h.Title
	case "发文单位", "发布单位", "发文机关":
		return &h.Issuer
	case "发文时间", "发布时间", "成文日期":
		return &h.Date
	case "报告人", "作者":
		return &h.Speaker
	case "来源URL", "来源链接", "来源网址", "原文链接":
		return &h.URL
	}
	return nil
}

// footKeyRe matches a field of a collector's block at a page's foot: the
// source, the original headline and the address it was copied from.
var footKeyRe = mustLitRe(`^\s*(来源|标题|原标题|地址|网址|链接|原文链接|原文地址|本文链接|本文地址)\s*[：:]\s*(.*)$`)

// cutCollectorFooter returns the fields of a collector's block that ends a
// page, one field a line (来源：某某网 / 标题：… / 地址：http://…), and the
// text without it (a source's line above the headline's stays, a stamp
// naming the publisher). A block counts when it is the text's last lines (blank
// lines between its fields), holds a headline (标题) and an address whose
// value is a web address, and no more than four fields: a site that
// rewrites another's story prints where it came from under it. The
// headline is the story's as it ran there, the title when the page kept
// no headline of its own.
func cutCollectorFooter(text string) (h collectorHeader, rest string, ok bool) {
	end := len(strings.TrimRight(text, " \t\r\n\u3000"))
	at, fields, cut := end, 0, end
	var title, url string
	for at > 0 && fields < 5 {
		start := strings.LastIndexByte(text[:at], '\n') + 1
		line := strings.TrimSpace(text[start:at])
		if line == "" {
			at = start - 1
			continue
		}
		m := footKeyRe.FindStringSubmatch(line)
		if m == nil {
			break
		}
		if m[1] != "来源" {
			cut = start
		}
		switch v := strings.TrimSpace(m[2]); m[1] {
		case "标题", "原标题":
			title = v
		case "来源":
		default:
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "www.") {
				url = v
			}
		}
		fields++
		at = start - 1
		if at < 0 {
			at = 0
		}
	}
	if fields > 4 || title == "" || url == "" || utf8.RuneCountInString(title) > 60 || at <= 0 {
		return h, text, false
	}
	h.Title, h.URL = title, url
	// (the source's line stays in the text, a page's stamp as any: it
	// names the page's publisher)
	return h, strings.TrimRight(text[:cut], " \t\r\n\u3000"), true
}
