package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Column lines
//
// A news page often prints, alone on the line above its headline, the name
// of what it files the story under: its column (教育新闻, 市场观察, a county
// paper's 某某新闻), the tag a tag page lists it under, or the poster's user
// name on a forum or a small site (admin). A scraper that lost the page's
// layout keeps that name as the text's first line, and it reads as a short
// title. It is not one: it names neither a paper nor an event, and the
// headline under it does.
//
// columnLine is the shape of such a name (short, no act, no paper, no
// office or place), and headlineUnder the position that confirms it: the
// next line is a headline (it ends with what happened or the meeting, it
// holds an act, or the page's stamp or the lede's day follows it). A short
// line over a stamp (a yearbook's 【某某会议】 entry over its date) is the
// page's only headline and stays the title.

// handleRe matches a user name in Latin letters alone on a line (admin,
// editor01): the poster of a story on a forum or a small site.
var handleRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{2,15}$`)

// stampLeadRe matches the label that opens a page's stamp under its
// headline (来源：, 发布时间：, 作者：).
var stampLeadRe = mustLitRe(`^(?:来源|稿源|文章来源|信息来源|作者|时间|发布时间|发布日期|更新时间|日期|编辑|浏览)\s*[:：]`)

// columnLine reports whether l is a column's, a tag's or a poster's name
// alone on its line: two to six Chinese characters that name no paper
// (kindOf), hold no act (headlineActRe) and end neither as an office nor as
// a place does (局, 委, 县, 区: the issuer's or the place's line over a
// title, which other readings join or keep), or a user name in Latin
// letters.
func columnLine(l string) bool {
	l = strings.TrimSpace(l)
	if handleRe.MatchString(l) {
		return true
	}
	n := utf8.RuneCountInString(l)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range l {
		if !IsHan(r) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune("省市县区镇乡村州旗盟局委厅办处院校所部会室站队组社报网台", last) &&
		kindOf(l, "") == "" && !headlineActRe.MatchString(l) && !firstTitleRe.MatchString(l)
}

// channelPath reports whether l, a line as the file had it, is a site's
// path to the story: its name and its channels, or its channels alone,
// spaced on one line (某某新闻网 新闻中心 某某动态): two or more words of two
// to eight Chinese characters, each a column's name (columnLine) but the
// first, which may be the site's (ending in 网 or 台), and at least three
// words when none is a site's. It returns the longest word's length, 0 when
// l is no such path.
func channelPath(l string) int {
	f := strings.Fields(l)
	if len(f) < 2 || len(f) > 6 {
		return 0
	}
	site, longest := false, 0
	for i, w := range f {
		n := utf8.RuneCountInString(w)
		if n < 2 || n > 8 {
			return 0
		}
		longest = max(longest, n)
		if i == 0 && (strings.HasSuffix(w, "网") || strings.HasSuffix(w, "台")) && allHan([]rune(w)) && kindOf(w, "") == "" {
			site = true
			continue
		}
		if !columnLine(w) {
			return 0
		}
	}
	if !site && len(f) < 3 {
		return 0
	}
	return longest
}

// channelPathIn returns channelPath of the line among the first eight of
// head (the file as it came) that first, the body's first line, was read
// from (Clean takes the spaces out between Chinese words), 0 when there is
// none.
func channelPathIn(head []string, first string) int {
	key := hanOnly(first)
	if key == "" {
		return 0
	}
	for i, l := range head {
		if i >= 8 {
			break
		}
		if strings.ContainsAny(l, " \t\u3000") && hanOnly(l) == key {
			return channelPath(strings.TrimSpace(l))
		}
	}
	return 0
}

// headlineUnder returns the headline on the line under a column's name
// that opens body, or "": the body's second line, when it reads as a title
// (titleCandidate), is at least eight characters and twice the name's
// length, and is a headline: it ends with what happened or the meeting
// (firstTitleRe), holds an act (headlineActRe), or the line under it opens
// the lede with its day (ledeDateRe) or, in the file as it came (head),
// the page's stamp (stampLeadRe), which Clean may have dropped.
func headlineUnder(body string, head []string) string {
	lines := headLines(body, 3)
	if len(lines) < 2 {
		return ""
	}
	name := utf8.RuneCountInString(strings.TrimSpace(lines[0]))
	if !columnLine(lines[0]) {
		if name = channelPathIn(head, lines[0]); name == 0 {
			return ""
		}
	}
	h := strings.TrimSpace(lines[1])
	n := utf8.RuneCountInString(h)
	if n < 8 || n < 2*name || !titleCandidate(h) || !isTitleLine(strings.NewReplacer("：", "", ":", "").Replace(h)) {
		return ""
	}
	if firstTitleRe.MatchString(h) || headlineActRe.MatchString(h) {
		return despace(h)
	}
	if len(lines) == 3 && ledeDateRe.MatchString(strings.TrimSpace(lines[2])) {
		return despace(h)
	}
	key := hanOnly(h)
	for i, l := range head {
		if i >= 8 {
			break
		}
		if hanOnly(l) == key {
			for _, next := range head[i+1:] {
				if next = strings.TrimSpace(next); next != "" {
					if stampLeadRe.MatchString(normLine(next)) {
						return despace(h)
					}
					break
				}
			}
			break
		}
	}
	return ""
}

// compilationEndRe matches the word a compilation's title ends with before
// its count (…工作总结汇编(5篇), …报告合集（3篇）).
var compilationEndRe = mustLitRe(`(?:汇编|合集|汇总|选编|集锦|文集|大全)$`)

// compilationCount reports whether the tag cut from title to leave t is
// the count of the pieces a compilation's title names (某局2031年工作总结
// 汇编（5篇）): the count is the compilation's, part of its title, where
// after a single paper's name (某局2031年工作总结（精选4篇）) it is a copy
// site's tag for its samples.
func compilationCount(title, t string) bool {
	return compilationEndRe.MatchString(strings.TrimSpace(t)) && strings.Contains(title[len(t):], "篇")
}

// brokenAgainBelow reports whether the two lines under the first of lines
// print it again broken in two: the first of them opens it, the second
// ends it, and together they hold all of it but a joining word between
// (和, 及, 与, 暨) — a page's headline over the paper's own title, which
// the paper set over two lines.
func brokenAgainBelow(first string, lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	f, a, b := despace(first), despace(lines[1]), despace(lines[2])
	if utf8.RuneCountInString(a) < 4 || utf8.RuneCountInString(b) < 4 || !strings.HasPrefix(f, a) || !strings.HasSuffix(f, b) {
		return false
	}
	mid := f[len(a):]
	if len(mid) < len(b) {
		return false
	}
	mid = mid[:len(mid)-len(b)]
	return mid == "" || mid == "和" || mid == "及" || mid == "与" || mid == "暨"
}
