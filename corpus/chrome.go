package corpus

// Chrome by class
//
// A page scraped from a government portal or a newspaper site carries the
// site's furniture around the report. Each rule below names the class of
// line it removes and decides by the line's shape and place (short, at the
// head or foot, menu-like), never by the site:
//
//   - scraped-HTML leftovers: comment marks (<!-- -->) and tags on their
//     own; literal escapes such as <U+00A0> are decoded by normalize, and
//     character references (&ldquo; &nbsp; &#12289;) in a text or Markdown
//     file by Read (decodeReferences), and the semicolons a scraper left of
//     them at a line's start when it cut their names (dropBareReferenceRuns);
//   - a portal's stamp: a site name, its address, a date and a source
//     ("某某网站 www.example.cn 2006年02月23日 来源：某报"), cut off the
//     headline it may follow on the same line; a line that is only a date
//     with a time or a source (2024-03-05 09:30 来源：新华社); a news
//     aggregator's stamp, the source's name (maybe in pinyin), a dot and
//     the date with its time (某某日报·2031-02-09 01:28);
//   - a document library's evaluation notice, in English, that an office
//     system's unlicensed library writes into the files it exports
//     (Evaluation Warning: The document was created with … for .NET.);
//   - reading controls: font size (【字号：大 中 小】, 加大 还原 减小, A- A+), print,
//     close, mail, share, error-report and scan buttons (【打印】【关闭】, 【我要纠错】, 打印本页,
//     关闭窗口, E-mail推荐, 分享到, 扫一扫), also when glued to a headline
//     (…回应群众关切分享到：); a
//     listen button on a line of its own (点击播报本文，约, 语音播报, 收听本文);
//     a row of bracketed buttons alone (【发表评论】【告诉好友】【打印此文】);
//     the share prompt 微信扫一扫在手机阅读、分享本文, which opens the foot;
//     a listen button labelled 人工智能朗读; a control's label whose value
//     a script fills in, left alone (文字：, 保护视力色：), the label a text
//     extractor puts over the text (文本内容：), a file's download link and
//     a menu button (文件下载, 导航菜单);
//   - an account article's byline: 原创, the account's name and the date
//     with its time, and nothing else (原创 某某观察 2024-03-05 08:00,
//     also glued together as the page's spans leave it), the place the
//     account posts from after the time (2024年03月05日 08:00 北京);
//   - an account's follow prompt: 点击上方蓝字关注我们, 长按识别二维码关注,
//     更多精彩内容欢迎扫描下方二维码关注某某区！;
//   - an account page's furniture around the article: the note of the
//     account it was taken from (以下文章来源于某某 ，作者某某), and under
//     it the page's counters and prompts (阅读 10万+, 在看 88,
//     预览时标签不可点, 微信扫一扫可打开此内容，使用完整服务, 继续滑动看下一个,
//     the accessible labels 轻点两下取消赞, 知道了);
//   - breadcrumbs: 当前位置：首页>>…, 当前页面：首页, 首页 > …, 首页-->…, a
//     column's name and its arrow alone (某某原创 >), the
//     crumbs a scraper put on lines of their own under it (> 政务公开), also
//     when the last crumb is
//     the page's headline and more words follow (您的位置：某某网 > 范文大全 >
//     某某工作总结 正文 本文移动端：…); a portal's date widget (今天是：);
//   - a content system's page-break tag inside the text ([NextPage]) and a
//     page's date alone on its line as a site prints it (2031-08-10);
//   - source links: a labelled address alone on its line (原文链接：https://…,
//     本文链接：…), a collector's or a page's note of where the paper is;
//   - attachment links: a line that is only a file's name (….pdf); a
//     picture's file name left as its alt text (微信图片_20310118.jpg,
//     0A12.png, 12x34_ab.jpg?X-Amz-Conten with a cloud store's query cut
//     short), or a row of icons' names (ab.png cd.png); a Markdown
//     image's embed (![](…)), and the share button
//     it was (微信 |);
//   - a news page's furniture: captions marked ▲, picture credits
//     (图/某某, （图片来源：某某）), [图片] placeholders, the end mark （完）;
//   - photo captions: a short line ending with a photographer's credit
//     (本报记者 某某 摄, 新华社记者 某某 摄), or a longer one when the
//     credit is a staff photographer's (记者, 通讯员), the credit in round
//     or square brackets or none ([记者 某某 摄]); the caption of the
//     speaker at the rostrum alone on its line (某某同志作政府工作报告);
//   - a news story's foot: its credits a role a line (采写：…, 设计：…,
//     出品：…), its link to the topic page (更多报道请看专题：…) and the
//     short lines under it, its mail and telephone line, a hotline with
//     its prompt (4001234567 欢迎批评指正), a note that it may not be
//     reprinted (未经授权不得转载), the prompt to install the site's app
//     with its slogan (下载某某APP客户端，随时随地看新闻！) and the lines
//     under it; a newspaper's name with the issue's date over the story
//     (某某日报 2031年01月17日); a photo's caption opened with 图为 and
//     closed with 摄, or naming the speaker by office with its full stop
//     (自治区主席某某作政府工作报告。);
//   - a news app's line naming the app and the story's channel (某某APP ·
//     某某政务); a link to the full text alone in brackets (【全文链接】);
//   - a page's stamp in figures alone (date 2031-03-06 04/03/2031 16:15),
//     a content platform's disclaimer in English under a user's post
//     (Notice: The content above … information storage services.);
//   - a page's code kept as text: a script ((function(){ … document.…)
//     and a template's dump of its variables (Array ( [1] => … ));
//   - lists of related links: 相关报道, 相关链接, 延伸阅读 and the short
//     link titles under them;
//   - lists of related links: 相关报道, 相关链接, 延伸阅读, 【全文链接】 and
//     the short link titles under them;
//   - licence and copyright lines: public-domain notices, 版权所有, ICP备,
//     公网安备, 网站标识码, 主办单位, a footer opening with who runs the site
//     (某某办公室主办　联系我们) (isChromeLine and the footer block);
//   - the site's owner and contact fields opening a page over its story
//     (主办单位：…, 投稿邮箱：…, in either script) and its name with its menu
//     button (某某书屋 导航): never the title (dropHeadSiteFields);
//   - a forum's panel on a post's author: TA的每日心情 and the short lines
//     under it (开心, 5 天前, 签到天数, [LV.4], the author's group 版主, the
//     counters 积分 or 1万 主题 with their numbers), the thread's counters
//     (查看: 62|回复: 0), the post's stamp (发表于 …) and the post it
//     answers (回答: 帖子标题.网友2031-01-11 14:58:21);
//   - a page's comments block, from its heading or form (网友评论, 发表评论,
//     我要评论) on, when only short lines follow (the footer block);
//   - a reprint's source alone on its line: the note of where the paper
//     first appeared (（原载《某某日报》2031年4月12日）, 摘自《…》) and a news
//     agency's dateline in brackets (（新华社北京三月六日电）);
//   - editor lines: （责任编辑：某某）, 编辑：某某 校对：某某, （签发：某某）, an
//     account's staff lines with a bar for the colon (编辑 | 某某, 审核丨某某), the
//     credits of a post's makers with their names alone (文案：某某, 海报：某某), a copy
//     site's name with its editor (某某范文网 编辑：小景), and the lone
//     closing bracket left when the credit was cut over two lines;
//   - menus: a run of at least menuRun short lines without punctuation
//     (a portal's column names, its list of cities and departments); the
//     run's last line stays when it is a document title;
//   - newspaper page breaks: （下转第2版） … （上接第1版） with the page's
//     header lines between them; the two halves of the sentence are joined;
//     a continuation page's note alone at its start (（紧接第3版）, （接A1版）);
//   - a digital newspaper's masthead and page links (a report printed in a
//     city's daily): 邮发代号, 国内统一刊号CN…, （总第3658期）, 每周二、四、五出版,
//     第A03版：要闻, 头版, 版面目录, 上一版, 往期回顾, the edition's date field
//     (出版日期：2031年02月18日); a newspaper archive's record fields
//     (【日期】= 2031.03.13, 【标题】= …, 【作者】=); its bars of links, a
//     line each, words apart (多媒体数字报 社长、总编辑：某某 热线：… 我要纠错
//     注册 登录, 版面导航 日 星期 出版 前一天 后一天, 上一版 下一版 查看PDF版,
//     返回版面, 标题 站内高级搜索, 当前期次：第1234号) (isEpaperNav), and its
//     list of the page's other stories under 本版其他文章, with the same
//     titles run together into one line above it (dropStoryList);
//   - a copy site's furniture (the sites that republish reports and
//     summaries as 范文 or as a library's previews): its note on the copy
//     (下面是小编为大家整理的…，供大家参考; also glued between the
//     headline and the text, 小编寄语。下面是…，请大家参阅。), its welcome (欢迎来到某某网！,
//     its blurb 欢迎来到某某网，本文为大家带来…，请继续关注某某网。,
//     文档简介, a periodical library's 论文部分内容阅读 over the part it
//     shows, and its abstract's label with the mark that the text begins:
//     简介：<正>), its page counter glued before the text (第1页共9页),
//     the names of its preview images (…工作总结_第1页), its prompts to read
//     on or log in (已阅读5页，还剩3页未读, 您需要先登录, 请先登录, a member
//     site's 仅供站内会员学习参考 and 客人请【点此注册】加入会员 under the
//     preview it labels 内容预览：), and a line of
//     labelled fields whatever its labels' order and bullets (工作计划
//     时间：2031-02-24 12:14 收藏 WORD下载, 新闻来源：… 责任编辑：…
//     点击量：5483, • 索引号：), with the value a bare label leaves on the
//     next line; a disclosure table drawn with bars (索引号 | … |) and the
//     bar left after a title, or without its bars and colons (索引号
//     K0000/2032-001, 组配分类 计划总结 发布机构 某某街道, 名称 alone), its
//     title field's label (标题：…, 文件名称 | … |, whose value stays as the
//     headline), the labels of more portals' tables (公布日期, 发布单位,
//     统一编号, 文件编号, 效力状况, 内容概述), a budget page's review stamps
//     (保密审查情况：已审查, 部门主要负责人审签情况：已审签), its labels
//     spaced out to fill their column (索 引 号：); the
//     headline again in square brackets ([某某工作总结], whose brackets go)
//     and the labels 【概述】 and 【正文】; a portal's column in brackets before
//     the headline (【统计规划】某中学…学校工作计划), which goes; a copy site's watermark inside the text
//     (---本文来源于网络，仅供参考…---), its meta line of labelled cells
//     between bars (网站：… | 时间：… | 移动端：<headline>), a document
//     site's line of the file's date, views, size and pages (2031-05-19
//     999+ 16.44KB 13 页 海报), and its tag glued to the end of
//     paragraphs (…如下。某某百科--为乡村振兴助力: dropRepeatedTails); a library's facts about the file
//     (- 2031-04-15 发布 |, 37.5 KB, 11页, • 格式：doc), its format tag
//     before the headline (【Word文档】), its abstract that copies the
//     text's start (摘要：… （全文共：1831字）) and a teaser's note that the
//     text goes on (（未完，全文共2234字…）), a paywall's notes of what it
//     left out (……此处隐藏1804个字……, ……（…省略612字，正式会员可完整阅读）)
//     and its bookmark button with the title (收藏《…》), its note of the text's length
//     and reading time (共计3120个字，预计阅读时长10分钟), its banner (its
//     address and slogan: EXAMPLE.COM —— 专注公文写作, or its slogan and
//     address alone: 某某范文大全：www.example.com), its label 文章导读 over a
//     teaser that runs the text's start together up to a cut (dropTeaser);
//     a document-sharing site's line of the file's format, pages and
//     counters (DOCX 27页 下载0 … 浏览84 收藏0) and its notice that only
//     some pages show (温馨提示：当前文档最多只能预览2页…); a portal's label over
//     its machine summary (AI导读：, 智能摘要); a share widget's instructions
//     (打开微信，点击底部的“发现”，…分享至朋友圈, 轻触这里，加载下一页); a
//     flip-book page's running head (Page 2 - 某某报告, P. 2);
//   - a site's contact box at the page's head, above the text: 联系方式
//     and the address, hotline and mail under it (dropContactBox); a
//     column's English name alone (News Information, Contact Us);
//   - a portal's top bar: its menu run together after 首页
//     (首页要闻动态政务公开), its hint to bookmark the page (设为书签Ctrl+D…),
//     a link to its app (某某新闻APP, 下载客户端), and a news app's bar
//     with what the app promises (下载某某新闻APP客户端，随时随地看新闻！,
//     App内打开); a comment box's placeholder (写点什么吧~, 写下你的评论);
//     a bilingual page's label over the text (Full text:);
//   - an encyclopedia page's infobox: its heading 基本介绍 and the fields
//     under it (- 中文名：…, - 汇报单位：…), or its fields alone, bare, the
//     entry's name first (中文名：… / 报告时间：… / 报告人：…) (dropInfobox);
//   - an online library's note of the collection a work is in
//     (本作品收录于《某某文集》); a wiki's header over a government paper,
//     the body that made it and the date (制定机关：某县人民政府 2032年2月16日);
//   - a video site's spam injected into a copy site's page (a line stacking
//     国产精品, 久久, 在线观看, 无码 …); a lottery tip seller's words
//     spliced into a line, its name and wares (…改4949澳门精准免费大全善…);
//   - link anchors: a word a page printed as a link, which the scraper put
//     on a line of its own ("…政府的一切" / "权力" / "都是人民赋予的…"),
//     is joined back into its sentence.

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateTimePat matches a page's date (2024-03-05, 2024年3月5日) with its
// time, if any, in its one group: 09:30, or in words as older portals
// print it, 09时30分.
const dateTimePat = `(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}(?::\d{2}(?::\d{2})?|\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?))?`

// lunarDayPat matches, optional, the day of the lunar calendar a portal's
// date widget prints after the weekday: 农历十月初七, 农历腊月廿三.
const lunarDayPat = `(?:\s*农历\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十))?`

var (
	// escapeRe matches a character escaped as text by an R scraper: <U+00A0>.
	escapeRe = mustLitRe(`<U\+([0-9A-Fa-f]{4,6})>`)
	// htmlRemnantRe matches a line made of HTML comment marks and tags only,
	// once its comments are taken out (withoutComments); <!--> and <!--->
	// are empty comments, as HTML reads them.
	htmlRemnantRe = mustLitRe(`^(?:\s*(?:<!---?>|<!--|-->|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>))+\s*$`)
	// inlineTagRe matches an HTML tag of a page's formatting left in a
	// line of text (<b>一、…</b>, <strong>, <span style=…>, <sup>): the
	// tag goes, its text stays.
	inlineTagRe = mustLitRe(`(?i)</?(?:b|strong|i|em|u|span|font|sup|sub|p|div|br|center|h[1-6]|li|ul|ol|a|section|small|big|mark)(?:\s[^<>]*)?/?>`)
	// speakerCaptionRe matches a photo's caption alone on its line that
	// shows the speaker delivering the report, named with 同志 as a
	// government's page names its own (某某同志作政府工作报告, 某某同志代表
	// 市人民政府作工作报告): a caption, never a line of the report, and
	// not a news sub-headline (周某主持大会 林某作政府工作报告), which
	// writes no 同志.
	speakerCaptionRe = mustLitRe(`^\p{Han}{2,4}同志(?:代表\p{Han}{0,12}?(?:人民政府|政府|行政公署))?作(?:政府)?工作报告$`)
	// officeCaptionRe matches the same caption when it names the speaker
	// by office instead (自治区主席某某作政府工作报告。, 代市长某某作政府
	// 工作报告。): a caption ends with its full stop, a news headline of
	// the same words (市长某某作政府工作报告) does not, and stays. The
	// body it speaks for ends the 代表 clause: a news story's own sentence
	// says where the report went (市长某某代表市人民政府向大会作政府工作
	// 报告。), a caption does not, and the sentence stays.
	officeCaptionRe = mustLitRe(`^(?:代理)?(?:代?(?:省长|市长|州长|县长|区长|旗长|盟长)|自治区主席|自治州州长|自治县县长)\p{Han}{2,4}(?:代表\p{Han}{0,12}?(?:人民政府|政府|行政公署))?作(?:政府)?工作报告。$`)
	// nameCaptionRe matches the same caption naming the speaker by name
	// alone, with its full stop (某某作政府工作报告。 under the speaker's
	// line 某市市长 某某): a headline has no full stop, and a story's
	// sentence names the body or the session.
	nameCaptionRe = mustLitRe(`^\p{Han}{2,4}作政府工作报告。$`)
	// sceneCaptionRe matches a photo's caption left alone on its line that
	// names no more than the scene of a meeting (大会现场, 分组审议现场,
	// 开幕式现场): a session's news, never a report's words.
	sceneCaptionRe = mustLitRe(`^(?:大会|会议|会场|活动|审议|分组审议|讨论|分组讨论|座谈会?|开幕式|闭幕式|签约仪式|颁奖仪式|表彰大会)现场$`)
	// actCaptionRe matches a photo's caption between a news story's
	// paragraphs that names one person and what he does at the session
	// (某某出席会议, 某某主持会议, 某某作政府工作报告): alone on its line
	// under a paragraph, no sentence of the story; over the story, the
	// same words are its headline, which Clean keeps.
	actCaptionRe = mustLitRe(`^\p{Han}{2,4}(?:出席会议|出席大会|主持会议|主持大会|作政府工作报告)$`)
	// newsFurnitureRe matches a news page's furniture: its end mark （完）, a
	// caption marked ▲ (▲1月16日，…会议开幕。), a picture's credit
	// (图/某某融媒体中心, （图片来源：某某）) or a reprint site's label for
	// the picture it inserts (图：某某数据库插播), the place of a file photo
	// (（相关资料图）), a newspaper's byline marked □ (□记者 某某, with the
	// paper's own name: □晨报记者 某某 实习生 某某) or set
	// after a bar at the story's end (|记者 某某 某某) or alone on its line
	// under the headline, the name set apart (记者 某某), a story's closing
	// byline for its words and pictures (（某某 文/图）), the row
	// of a county site's bracketed source and buttons (【来源：某某办 某某】
	// 【点击举报】).
	newsFurnitureRe = mustLitRe(`^(?:[（(【\[]\s*完\s*[）)】\]]|[▲△]\s*\S.*|图\s*[/／|｜：:]\s*\S{2,24}|[（(]\s*(?:图片来源|图片|图|摄影|视频来源)\s*[：:/／]\s*[^（()）]{1,30}[）)]|[（(]\s*(?:相关)?(?:资料|資料)(?:图|圖)(?:片)?\s*[）)]|[（(]\s*(?:\p{Han}{2,4}\s*){1,3}?(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文)\s*[）)]|[□■|｜]\s*(?:本报|本報|\p{Han}{1,6}?(?:报|報))?(?:记者|記者|通讯员|通訊員)\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*|(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s+\p{Han}{2,4}(?:\s+\p{Han}{2,4})*|(?:\s*【\s*(?:来源|來源|作者|编辑|編輯)\s*[：:][^【】]{1,30}】)(?:\s*【\s*(?:点击举报|點擊舉報|举报|舉報|打印|关闭|關閉|收藏|分享)\s*】)*)$`)
	// sourceLinkRe matches a labelled address alone on its line, a
	// collector's or a page's note of where the paper is (原文链接：https://…,
	// 本文链接：…, 网址：www.…); an address inside a sentence is the paper's.
	sourceLinkRe = mustLitRe(`^[（(【\[]?\s*(?:原文链接|原文地址|原文网址|本文链接|本文地址|文章链接|文章地址|来源链接|来源网址|来源地址|链接地址|网页地址|网址|链接|(?:(?i:original|source|page)\s*)?(?i:url|link))\s*[：:]\s*(?:https?://|www\.)[!-~]+\s*[）)】\]]?$`)
	// attachmentRe matches a line that is only a file's name, the link to
	// an attachment (the title printed as a file name at the head is read
	// before: stripChrome), also behind the page's label for it (附件：…,
	// 附件2：…); a label before words that name no file is an appendix's
	// heading.
	attachmentRe = mustLitRe(`^(?:附件\s*[0-9一二三四五六七八九十]{0,2}\s*[：:]\s*)?[^\s：:，。；]{1,76}\.(?i:pdf|docx?|wps|xlsx?|zip|rar|ofd)$`)
	// pictureFileRe matches a line that is only a picture's file name, the
	// alt text a scraper keeps for an image (微信图片_20310118183113.jpg).
	// A picture served from a cloud store keeps its signed address's query
	// after the name, cut short (1278x2272_6976e1.jpg?X-Amz-Conten). A row
	// of a page's icons leaves their names on one line (ab.png cd.png).
	pictureFileRe = mustLitRe(`^(?:[^\s：:，。；]{1,60}\.(?i:jpe?g|png|gif|bmp|webp)\s+){0,5}[^\s：:，。；]{1,60}\.(?i:jpe?g|png|gif|bmp|webp)(?:\?[!-~]{0,80})?$`)
	// picturePlaceRe matches the word a scraper leaves on its own line
	// where a picture was (Image, [图片], 【图】).
	picturePlaceRe = mustLitRe(`^(?:(?i:image|img|picture|photo)|[\[【]\s*(?:图片|图|(?i:image))\s*[\]】])$`)
	// siteLogoRe matches the alt text of a site's logo left alone on a
	// line by the page's header: the site's name, maybe, then LOGO
	// (某某人大LOGO, 网站logo, 某某网 logo图标).
	siteLogoRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{0,16}\s?(?i:logo)(?:图片|图标|图)?$`)
	// portalStampRe matches a site's stamp at the end of a line: a site
	// name, its address, and a date or a source.
	portalStampRe = mustLitRe(`\s*(?:[\p{Han}A-Za-z]{2,12}(?:网站|网))?\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[A-Za-z0-9/._-]*\s*(?:(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:时]\s*\d{1,2}\s*分?)?)?\s*(?:(?:来源|稿源|出处)[：:]\s*\S{1,15})?\s*$`)
	// accountPromoRe matches a copy site's promotion of its accounts glued
	// after a headline (某局2031年工作总结官方抖音号某某材料助手, …计划打算
	// 公众号某某): group 1 is the headline, which ends with what the paper is.
	accountPromoRe = mustLitRe(`^(\S{4,60}?(?:总结|计划|打算|要点|思路|报告|材料|讲话|讲话稿|方案))(?:官方)?(?:抖音号|公众号|视频号|微信号)[\p{Han}A-Za-z0-9]{0,16}$`)
	// libraryTagRe matches a document library's tag between hyphens at a
	// line's start, after its chunk number if any (1、-精品合同推荐- ,
	// -精品推荐- ), or its pledge of the document glued before the title
	// (精选优质文档-倾情为你奉上): group 1 is the chunk number.
	libraryTagRe = mustLitRe(`^(\d{1,3}、)?\s*(?:[-－]\s*\p{Han}{0,6}推荐\s*[-－]|\p{Han}{0,4}文档\s*[-－—]+\s*\p{Han}{0,4}(?:奉上|献上))\s*`)
	// ownerNameRe matches a portal owner's name alone, the words before its
	// address on the masthead line (明湖市青川区人民政府 www.qc.gov.cn): Han
	// characters only, no sentence's punctuation.
	ownerNameRe = mustLitRe(`^\p{Han}{4,20}$`)
	// controlRe matches reading controls inside a line (字体：【大 中 小】,
	// 字体：( ) whose size buttons a scraper left empty, 【打印】, a button
	// that names what it prints: 【打印文章】, the size buttons drawn as
	// letters after their label: 字体大小：A+ A A-).
	controlRe = mustLitRe(`字体大小\s*[：:]?\s*(?:(?:[【\[]\s*[大中小]\s*[】\]]\s*){2,3}|(?:[Aa]\s*[+\-＋－]{0,2}\s*){2,3})|【\s*字\s*[体号]\s*[：:]?\s*(?:大\s*中\s*小|加大\s*还原\s*减小|大\s*中\s*小\s*默认)?\s*】?|[【\[]\s*(?:关闭窗口|打印本页|打印此页|E-?mail推荐|推荐给朋友|返回顶部|(?:打印|关闭)(?:文章|本文|正文|全文)|打印|关闭|收藏|我要纠错|纠错)\s*[】\]]?|(?:^|\s)字\s*[体号]\s*[：:]\s*(?:大\s*中\s*小|加大\s*还原\s*减小|[（(]\s*[）)])|加大\s+还原\s+减小`)
	// stampLineRe matches a page's publication stamp on a line of its own:
	// a date with its time or with labelled fields (来源：新华社, 浏览次数：12,
	// 作者：政协委员 林某, 作者：孟某 张某某 缪某某: a value of four words at most; 编辑：某某责编：某某
	// run together), and the bare words of controls a scraper left after it (打印 关闭, the
	// font-size switch 放大 正常 缩小). A copy site writes the labels bare,
	// a space where the colon would be: 发布 2031-07-02 18:17:28 阅读 2952.
	// Group 1 is the date's label (发布时间：, 来源时间为：), group 2 the
	// time, group 3 the fields: one of them must be there, so that a title
	// block's bare date line (2024年1月20日) stays evidence.
	// An older news page puts its own address before the stamp
	// (http://news.example.com 2031-01-21 17:47:05 来源：某某日报), or its
	// address bare (www.example.gov.cn 2031-01-26 09:18 阅读：12次 作者：…).
	stampLineRe = mustLitRe(`^(?:(?:https?://|www\.)[A-Za-z0-9.-]+(?:/[!-~]*)?\s+)?(?:[\p{Han}A-Za-z0-9]{2,12}(?:网|网站)\s*)?((?:发布|更新|发表|来源)?(?:时间|日期)为?\s*[：:]\s*)?(?:(?:发布|更新|发表)\s+)?` + dateTimePat + `((?:\s*[|｜]?\s*(?:来源网站|来源|信息来源|稿源|作者|编辑|责任编辑|责编|浏览次数|浏览量|浏览|点击数|点击|阅读|发布时间|更新时间)\s*[：:]\s*[^\s：:|｜]{1,20}(?:\s[^\s：:|｜]{1,8}){0,3}|\s+(?:阅读|浏览|点击)\s+\d+)*(?:\s*(?:阅读|浏览|点击)\s*[：:])?)(?:\s*(?:打印|关闭|分享|收藏|纠错|我要纠错|放大|正常|缩小|默认|下载(?:docx?|pdf)?))*\s*$`)
	// gluedStampRe matches a portal's headline glued to its stamp line: the
	// headline (group 1), then 时间： and the date, then two labelled fields
	// at least (信息来源：…作者：…责编：…).
	gluedStampRe = mustLitRe(`^(\S.{1,60}?)\s*(?:发布|更新|发表)?(?:时间|日期)\s*[：:]\s*` + dateTimePat + `(?:\s*[|｜]?\s*(?:来源网站|信息来源|来源|稿源|作者|责编|责任编辑|编辑|浏览次数|点击数)\s*[：:]\s*[^\s：:|｜](?:[^：:|｜]{0,18}[^\s：:|｜])??){2,}\s*$`)
	// listenRe matches a news site's listen button: 点击播报本文，约 (the
	// minutes a script fills in), 语音播报, 收听本文 (3 分钟).
	listenRe = mustLitRe(`^[【\[]?\s*(?:(?:点击|一键)?\s*(?:语音)?(?:播报|收听|朗读|听)(?:本文|全文|文章|此文|新闻)|语音播报|点击播报|(?:人工智能|智能|AI)\s*(?:语音)?朗读)\s*[】\]]?\s*[：:]?(?:\s*[，,（(]?\s*(?:约|预计|共)?\s*需?\s*(?:\d+\s*(?:分钟|分|秒)\s*)*[）)]?)?$`)
	// bylineRe matches an account article's byline: 原创, 转载 or a reader's
	// 网友投稿 (group 1), up to three words of names (the author, the
	// account), and the date with its time (group 2).
	bylineRe = mustLitRe(`^(原创|转载|网友投稿|读者投稿|投稿)?\s*(?:[^\s，。；：:、！？“”《》（）()—]{1,20}\s*){0,3}?` + dateTimePat + `(\s*(?:发表于)?\p{Han}{2,8})?$`)
	// accountRe matches the furniture of an account's article page: the
	// note of the account it was taken from, and the prompts and labels
	// of the page's buttons that a copy of the page keeps, and the second
	// line of a QR code's teaser (打开手机扫描二维码 / 即可在手机端查看).
	accountRe = mustLitRe(`^(?:以下文章来源于\s*\S.{0,40}|预览时标签不可点|即可在手机(?:端|上)?(?:查看|阅读|浏览|打开|观看)|(?:微信)?扫一扫\s*在手机(?:上)?(?:阅读|打开|浏览|查看)[^。]{0,12}|微信扫一扫(?:\s*可打开此内容\s*[，,]?\s*使用完整服务|\s*关注该公众号)?|关注该公众号|(?:继续|向上)滑动看下一个|轻触阅读原文|阅读原文|知道了|喜欢此内容的人还喜欢|[：:]?\s*[，,]\s*。.{0,12}轻点两下取消.*)$`)
	// accountLabelRe matches the label or caption of an account alone on
	// its line, as a page prints it beside or under the account's QR code
	// (某某党建微信公众号, 某某发布 视频号, 某市人民政府官方微信): a name
	// and the account's kind, no sentence.
	accountLabelRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,16}\s*(?:官方微信|官方微博|官方抖音|(?:官方)?(?:微信公众号|微信公众平台|公众号|微信号|视频号|抖音号))$`)
	// followRe matches an account's follow prompt: a click, press or scan
	// that ends in 关注 (点击上方“某某发布”关注我们, 长按识别二维码关注).
	// A lead-in may come first (更多精彩内容欢迎扫描…), and the page's place
	// or account after 关注 (…关注明湖区！).
	followRe = mustLitRe(`^[▲△↑👆]?\s*(?:更多(?:精彩)?(?:内容|资讯|信息)?\s*[，,]?\s*)?(?:欢迎|请)?\s*(?:点击|点|戳|长按|扫描|扫码|扫|识别)[^。；，,]{0,24}?关注(?:我们|我|公众号|本号|\p{Han}{2,8})?吧?[!！~～。]?$`)
	// followButtonRe matches a portal's follow button left alone on its
	// line, no click or scan before it: 关注 and what it asks to follow, an
	// app (关注掌上某某, 关注某某客户端) or the site's account (关注我们,
	// 关注某某官方微博). The name must say it is an app or an account: 关注
	// before anything else may head a story (关注民生实事). The perk it
	// promises may follow (关注官方微信，随时随地学习).
	followButtonRe = mustLitRe(`^[+＋]?\s*(?:请|欢迎)?关注(?:我们|本站|本网|掌上\p{Han}{2,6}|[\p{Han}A-Za-z0-9]{0,10}(?:APP|App|app|客户端|官方微信|官方微博|微信公众号|公众号|微信|微博|头条号|抖音号|视频号))(?:\s*[，,]\s*(?:随时随地|第一时间|及时|轻松)\p{Han}{1,8})?[!！。]?$`)
	// captionRe matches a photo caption: a short line ending with the
	// photographer's credit, or the credit alone (（某某摄）, 某某（摄）), or
	// the name and 摄 in brackets after the caption (某某作政府工作报告 （某某摄）).
	captionRe = mustLitRe(`(?:记者|通讯员|摄影|图|图片)[^。；]{0,12}?\s*(?:\p{Han}{2,4}(?:\s*\p{Han}{2,4})*|\p{Han}\s+\p{Han})\s*摄(?:影)?\s*[）)\]】]?$|^[（(\[【]?\s*\p{Han}{2,4}\s*摄\s*[）)\]】]?$|^\p{Han}{2,4}\s*[（(]\s*摄(?:影)?\s*[）)]$|[（(]\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s*摄(?:影)?\s*[）)]$`)
	// fontButtonsRe matches a line of font-size buttons drawn as letters
	// (A- A+, A＋ A－, A+ A A-: isChromeClass wants a + or - among them).
	fontButtonsRe = mustLitRe(`^(?:\s*[Aa]\s*[+\-＋－]{0,2})+\s*$`)
	// creditRe matches a caption of any length that ends with a staff
	// photographer's credit (……作政府工作报告。新华社记者 某某摄).
	// The credit with a slash before 摄 (某某 某某/摄) is a photographer's
	// too, whoever the photographer is, and so is a name set apart before
	// 摄 after the caption's full stop (……作政府工作报告。某某 摄), or a
	// news site's or agency's name set apart before the name glued to 摄
	// (……会议开幕。某某网 某某摄): no sentence writes any of them. A
	// two-character name may be padded with a space to three characters'
	// width (本报记者 林 川摄), in a caption as in a credit.
	creditRe = mustLitRe(`(?:(?:记者|通讯员)\s*(?:\p{Han}{2,4}(?:\s*\p{Han}{2,4})*|\p{Han}\s+\p{Han})\s*|\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s*[/／]\s*|[。！]\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s+|[。！]\s*\p{Han}{2,6}(?:\s+\p{Han}{2,4})+)摄\s*[）)\]】]?$`)
	// relatedRe matches the heading of a list of related links, the link
	// to the full text among them (【全文链接】).
	relatedRe = mustLitRe(`^(?:[-•·●]\s*)?【?\s*(?:全文链接|相关报道|相关链接|相关新闻|相关阅读|相关文章|相关稿件|相关推荐|推荐内容|延伸阅读|推荐阅读|热点推荐|专题链接|友情链接)\s*】?\s*[：:]?$`)
	// buttonsRe matches a row of a page's bracketed buttons and nothing
	// else: 【发表评论】【告诉好友】【打印此文】【关闭窗口】.
	buttonsRe = mustLitRe(`^(?:\s*[【\[]\s*\p{Han}{2,6}\s*[】\]]\s*){2,}$`)
	// footerOrgRe matches a site's footer that opens with who runs it,
	// followed by links or nothing: 明湖市人民政府办公室主办　联系我们.
	footerOrgRe = mustLitRe(`^\p{Han}{2,30}(?:主办|承办)(?:\s|$)`)
	// siteEditorRe matches a copy site's credit: its name and the editor
	// who posted the piece (某某范文网 编辑：小景), in either script.
	siteEditorRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,12}(?:网|網)(?:站)?\s*(?:编辑|編輯|小编|小編)\s*[：:]\s*\S{1,8}$`)
	// reprintNoteRe matches the note of where a reprinted paper first
	// appeared, alone on its line, bracketed or not: （原载《某某日报》2031年
	// 4月12日第1版）, 本文原载《某某》, （摘自《某某》）.
	reprintNoteRe = mustLitRe(`^[（(]?\s*(?:本文|此文)?(?:原载于?|原刊于?|摘自|选自|转载自|转自)\s*《[^《》]{1,30}》[^（()）《》。；]{0,30}[）)]?$`)
	// wireDatelineRe matches a news agency's dateline alone in brackets,
	// which an archive keeps over or under the text it carried (（新华社北京
	// 三月六日电）, (新华社北京3月5日电)).
	wireDatelineRe = mustLitRe(`^[（(]\s*(?:新华社|中新社|新華社|中新社)\p{Han}{0,8}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日电\s*[）)]$`)
	// editorRe matches an editor's credit line, bracketed or not, its
	// reviewers' too (审核：某某, 编审：某某).
	// A county media centre's reporter is its own: （融媒体记者：某某 编辑：…）.
	// A paper's page names the page's own staff (本版责编：某某 版式：某某
	// 校对：某某).
	editorRe = mustLitRe(`^[（(【\[]?\s*(?:责任编辑|编辑|校对|审核|审校|初审|复审|终审|编审|审稿|责编|监制|制作|签发|(?:融媒体|全媒体|本报|本台|特约|见习)?记者|通讯员|摄像|撰稿人?|撰文|本版(?:责任编辑|责编|编辑|主编)|版式|美编|组版)\s*[：:]`)
	// storyCreditRe matches the credits a news story lists at its foot,
	// each role on a line of its own (采写：某某报记者 某某 实习生某某,
	// 设计：某某, 出品：某某新闻部, 策划：…, 统筹：…): isChromeClass takes
	// such a line only short and without a sentence's stop, as a plan's
	// item that opens with the same word (统筹：…。) stays.
	storyCreditRe = mustLitRe(`^[（(【\[]?\s*(?:采写|采编|设计|出品|出品人|总?策划|总?统筹|制图|摄影|美编|视觉|海报|插画|动画|剪辑|配音)\s*[：:]\s*\S`)
	// pageCodeRe matches a page's code that a scraper kept as text: a
	// script (//统计代码 (function(){ var s = document.createElement…),
	// or a template's debug dump of its variables (Array ( [123] => Array
	// ( [0] => 某某网 ) )), or the error a web server writes where a
	// page's include failed ([an error occurred while processing this
	// directive], Apache's, over and under the story). No report writes
	// any of them.
	pageCodeRe = mustLitRe(`[(（]\s*function\s*[(（]\s*[)）]\s*\{|document\.(?:createElement|getElementById|getElementsBy|write)|window\.(?:location|onload)|^Array\s*[(（]\s*\[[^\]]{0,40}\]\s*=>|^\[\s*an error occurred while processing (?:this|the) directive\s*\]$`)
	// contactLineRe matches a news site's contact line at the foot of a
	// story: its mail address with a telephone number or two
	// (editor@example.cn. 020-12345678), or a hotline's number with its
	// prompt (4001234567 欢迎批评指正).
	contactLineRe = mustLitRe(`^(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.?(?:\s*[，,;；、]?\s*\+?\d[\d -]{5,16}\d)*|(?:\d{3,4}-)?\d{7,11}\s*欢迎\p{Han}{2,10}[!！]?)$`)
	// paperDateRe matches a newspaper's name and the date of its issue on
	// a line of their own over a story (某某日报 2031年01月17日).
	// A news site's name and the day stand so too (某某网 2031年01月19日),
	// the page's font-size switch maybe after them (… 2031-01-13 05:02 大字).
	paperDateRe = mustLitRe(`^\p{Han}{2,10}(?:日报|晚报|早报|时报|商报|周报|日報|晚報|時報|网|網)\s*` + dateTimePat + `(?:\s+(?:大字|小字|大字号|小字号))?$`)
	// pictureNoteRe matches a photo's caption that opens with 图为 and ends
	// with the photographer's 摄 (图为…。某某 摄), whoever took it.
	pictureNoteRe = mustLitRe(`^图为\S.{0,110}摄$`)
	// appPromoRe matches a news site's prompt to install its app, with its
	// slogan (下载某某新闻APP客户端，随时随地看新闻！): with the slogan it
	// opens the page's foot under a sentence (stripChrome). The line itself
	// goes wherever it stands as appPromptRe's, which takes every line
	// this takes.
	appPromoRe = mustLitRe(`^(?:下载|安装|打开)[\p{Han}A-Za-z]{0,12}?(?:APP|App|app|客户端|客戶端)(?:[，,]\s*\p{Han}{2,12})?[!！]?$`)
	// staffBarRe matches a staff line as an account's editor writes it at
	// the foot of a post: the role, a bar where the colon would be (| ｜,
	// or the stroke 丨 typed for one) and the names, nothing of a sentence
	// after them (记者 | 某某 某某, 编辑丨某某, 审核 | 某某, 来源丨某某融媒).
	// slashCreditRe matches a paper's credit for the story's words or
	// pictures with a slash for the colon, above or under the story
	// (文/某某报记者 某某、某某, 图/某某, 海报/某某报记者 某某).
	slashCreditRe = mustLitRe(`^(?:文|文字|图|图片|摄影|海报|视频|制图)\s*[/／]\s*\p{Han}{0,12}?(?:记者|通讯员|实习生)?\s*\p{Han}{2,4}(?:\s*[、，,\s]\s*\p{Han}{2,4}){0,3}$`)
	staffBarRe    = mustLitRe(`^(?:责任编辑|编辑|责编|校对|审核|审校|初审|复审|终审|编审|审稿|监制|出品|策划|统筹|主编|制作|签发|排版|美编|设计|(?:融媒体|全媒体|本报|本台|特约|见习)?记者|通讯员|摄影|摄像|撰稿|文字|文|图片|图|视频|来源|作者)\s*[|｜丨]\s*[^\s|｜丨。；！？][^|｜丨。；！？]{0,40}$`)
	// makerCreditRe matches the credit of a maker of a post by a role
	// storyCreditRe does not list (文案：某某, 后期：某 某, 排版：某某,
	// 航拍：某某): the names alone after the colon, nothing of a sentence,
	// since those words open a report's line too. The roles both know
	// (海报, 设计, 美编 …) are storyCreditRe's.
	makerCreditRe = mustLitRe(`^[（(]?\s*(?:文案|后期|排版|航拍)\s*[：:]\s*\p{Han}{1,4}(?:\s+\p{Han}{1,4}){0,3}\s*[）)]?$`)
	// loneCrumbRe matches a column's name with the crumb's arrow after it,
	// alone on its line over the headline (某某原创 >).
	loneCrumbRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,12}\s*[>＞»›]{1,2}$`)
	// bulletRe matches the bullet a portal puts before each of the items
	// under a headline, bareDateRe such an item that is a date alone, and
	// copyDisclaimerRe a copy site's note that its text is for study only.
	bulletRe         = mustLitRe(`^[•·●▪]\s*`)
	bareDateRe       = mustLitRe(`^(?:19|20)[0-9]{2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}$`)
	copyDisclaimerRe = mustLitRe(`^[（(]\s*(?:仅供|只供)(?:学习|参考|学习参考|借鉴)[^（()）]{0,24}[）)]$`)
	// mastheadRe matches a digital newspaper's masthead and page navigation
	// (a report printed in full in a city's daily): its postal and serial
	// numbers (邮发代号61-30, 国内统一刊号CN51-0052), its issue number
	// (2032年第10期(总第3658期)), its days (每周二、四、五出版), and the links
	// between its pages (第A03版：要闻, 00002版：要闻, F2 版面目录, 版面概览,
	// the column maybe in two parts: 00005版：两会特刊·民生, maybe led by
	// its year: 第05版：2032两会专页,
	// 上一版, 上一版  下一版 on one line,
	// 往期回顾, with the link to the page's PDF: 第06版：要闻 PDF版, 第01版：封面
	// PDF版阅读, the reader's controls for a two-page spread: 通版阅读请点击：, 展开通版,
	// 收缩通版, and the page being read: 当前版：08版, the links to the pages
	// beside it after it: 当前版：04版 上一版 下一版, the label over the
	// page's list of stories: 标题导航), and its
	// name over the page (某某日报 数字报纸, 某某晚报电子版);
	// the day a story ran, maybe with its page, an empty author and the
	// label of its listen button (刊发时间：2032-02-04 A3版 作者：, 刊发日期：
	// 2032-02-04 作者： 语音阅读：); a county paper's banner that names the
	// page with a Chinese numeral, maybe with the paper's whole number and
	// the day the page was made up (第三版：综合版总第5120期 >2032-02-14编印).
	mastheadRe = mustLitRe(`邮发代号\s*[：:]?\s*\d|(?:统一)?刊号\s*[：:]?\s*CN\s*\d|[（(]\s*总第\s*\d+\s*期\s*[）)]|每(?:周[一二三四五六日天、和至]{1,9}|日)出版|^(?:[A-Z]{0,2}\d{0,2}\s*)?(?:第\s*[A-Z]{0,2}\s*\d{1,3}\s*版\s*[：:]?\s*(?:(?:19|20)\d{2}\s*年?)?\p{Han}{0,8}(?:\s*[·•]\s*\p{Han}{1,8})?(?:\s*PDF\s*版(?:阅读|閱讀|下载|下載|浏览|瀏覽)?)?|第\s*[一二三四五六七八九十]{1,3}\s*版\s*[：:]\s*\p{Han}{1,8}(?:\s*总第\s*\d+\s*期)?(?:\s*[>＞]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:编印|出版)?)?|版面(?:目录|导航|概览)|本版(?:新闻|目录|导航)|\d{2,5}\s*版\s*[：:]\s*(?:(?:19|20)\d{2}\s*年?)?\p{Han}{1,8}(?:\s*[·•]\s*\p{Han}{1,8})?|(?:上一版|下一版|上一期|下一期)(?:\s*(?:上一版|下一版|上一期|下一期))*|往期回顾|往期查阅|头版|通版阅读(?:请点击)?\s*[：:]?|(?:展开|收缩)通版|当前版\s*[：:]\s*[A-Z]{0,2}\d{1,3}\s*版(?:\s*(?:上一版|下一版))*|标题导航|版次\s*[：:]\s*[A-Z]{0,2}\d{1,3}\s*版?(?:\s*作者\s*[：:]\s*\p{Han}{0,8})?|(?:出版|刊发|见报)(?:日期|时间)\s*[：:]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*[A-Z]{0,2}\d{1,3}\s*版)?(?:\s*作者\s*[：:]\s*\p{Han}{0,8})?(?:\s*语音(?:阅读|播报|朗读)\s*[：:]?)?)$|^\p{Han}{2,8}报\s*(?:数字报纸|数字报|电子版|电子报|数字版)$`)
	// gazetteRe matches a government gazette's masthead over a paper it
	// prints (a report printed in the gazette, on the gazette's page of
	// a portal): the gazette's name, a government's (某省人民政府公报,
	// 中华人民共和国国务院公报) or a congress standing committee's
	// (某市人民代表大会常务委员会公报, 某县人大常委会公报), maybe with its
	// issue (2032年第5期, （总第412期）); the issue alone (2032年第2号,
	// 第5期 总第412期, in brackets: 【2032年第5期】); and the issue as the
	// page's field (公报期数：2032年第5期, maybe with the day it came out;
	// 公报年份：2032 期号：第5期). A year's statistical bulletin (某市2032年国民经济和
	// 社会发展统计公报) names no government or committee before 公报.
	gazetteRe = mustLitRe(`^(?:(?:中华人民共和国国务院|\p{Han}{2,16}?(?:人民政府|人民代表大会常务委员会|人大常委会))公报(?:\s*` + gazetteIssuePat + `)?|[【\[]\s*` + gazetteIssuePat + `\s*[】\]]|公报年份\s*[：:]\s*(?:19|20)[0-9]{2}\s*年?\s*期(?:数|号|次)\s*[：:]\s*第?\s*[0-9]{1,3}\s*期?|(?:(?:公报)?期(?:数|号|次)\s*[：:]\s*)?` + gazetteIssuePat + `(?:\s*(?:发布|出版|印发)(?:日期|时间)\s*[：:]\s*(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?)?)$`)
	// epaperRe matches more of a digital newspaper's page furniture: the
	// page's line of its number, date and column with the zoom buttons
	// (A02版 2031年02月03日 要闻 扩展 收缩 默认), the label over its list of
	// stories (A02版：要闻 新闻列表), the count a story's page gives of its
	// words (文章字数：1,024), its news hotline with the weekday beside it
	// (新闻热线：12345678 星期一), the group its correspondents talk in
	// (通讯员QQ群：12345678) and the press group that runs the site
	// (某某报业集团主办), its date block with the month and the day
	// in cells of their own (2031年02 03), the paper's accounts under its name (某某日报微博,
	// 某某晚报官方微信), and a newspaper database's reference to the page a
	// copy was taken from (某某日报/2031年/2月/7日/第A01版). Its list of the
	// page's stories, each opened with tildes (~~~——某某开幕), and its date
	// in the lunar calendar (lunarDateRe) go with them (isChromeClass).
	epaperRe = mustLitRe(`^(?:(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版(?:\s*[：:]\s*\p{Han}{1,8})?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\p{Han}{1,8}?)??(?:\s*(?:扩展|收缩|放大|缩小|默认|正常|还原))*|(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版\s*[：:]\s*\p{Han}{1,8}\s*(?:新闻列表|标题导航|本版标题|文章列表)|文章字数\s*[：:]\s*[0-9][0-9,，]*|(?:19|20)\d{2}\s*年\s*\d{1,2}\s+\d{1,2}|(?:有奖)?新闻(?:热线|爆料)\s*[：:]?\s*[0-9][0-9-]{4,12}(?:\s*(?:星期|周)[一二三四五六日天])?|(?:通讯员|读者|报料|爆料)\s*(?:QQ|qq)\s*群?\s*[：:]?\s*[0-9]{5,12}|\p{Han}{2,12}(?:报业集团|报业传媒集团|传媒集团|日报社|报社)主办|\p{Han}{2,8}[报報]\s*(?:官方)?(?:微博|微信|客户端|抖音|视频号)|\p{Han}{2,10}[报報]\s*[/／]\s*(?:19|20)\d{2}\s*年?\s*[/／]\s*\d{1,2}\s*月?\s*[/／]\s*\d{1,2}\s*日?\s*[/／]\s*第?\s*[A-Z]{0,2}\s*\d{1,3}\s*版)$`)
	// epaperPageBarRe matches an e-paper's bar over the story: the page's
	// number and name, then the links to the pages before and after, each
	// with its page's number glued on (第B10版：要闻 上一版3 4下一版), or the
	// links alone; also the anchors of the links back to the page's top
	// that a scrape keeps in a row (top top top).
	epaperPageBarRe = mustLitRe(`^(?:第\s*[A-Z]{0,2}\s*\d{1,3}\s*版\s*[：:]?\s*\p{Han}{0,8}?\s*)?(?:(?:上一版|下一版)\s*\d{0,3}|\d{1,3}\s*(?:上一版|下一版))(?:\s*(?:(?:上一版|下一版)\s*\d{0,3}|\d{1,3}\s*(?:上一版|下一版)))*$|^(?i:top)(?:\s+(?i:top))+$`)
	// serialRe matches a newspaper's postal or serial number anywhere in a
	// line (邮发代号：11-11, 国内统一刊号：CN99-0001): the masthead's line,
	// however long the hotline and the publisher beside it make it.
	serialRe = mustLitRe(`邮发代号\s*[：:]?\s*\d|(?:统一)?刊号\s*[：:]?\s*CN\s*\d`)
	// paddedDateRe matches a date alone on its line with its month or day
	// padded with a zero (2031年01月22日, 2031年12月05日 星期五): the form an
	// e-paper prints its issue's date in; a paper writes its own dates
	// 2031年1月22日.
	paddedDateRe = mustLitRe(`^(?:19|20)\d{2}\s*年\s*(?:0[1-9]\s*月\s*\d{1,2}|1[0-2]\s*月\s*0[1-9])\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$`)
	// lunarDateRe matches a portal's or a paper's date in the lunar
	// calendar alone on its line (农历辛亥年正月初八, 辛亥年腊月廿四 星期二).
	lunarDateRe = mustLitRe(`^(?:农历|農曆)?\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:[正一二三四五六七八九十冬腊臘]|十[一二])月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)(?:\s*(?:星期|周)[一二三四五六日天])?$`)
	// nextPageRe and prevPageRe match a newspaper's continuation notes,
	// whatever the paper calls them and its pages ((下转第2版), (转A3版),
	// (上接第1版), (紧接第3版), (接A1版)).
	nextPageRe = mustLitRe(`[（(]\s*下?转第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]\s*$`)
	prevPageRe = mustLitRe(`^[（(]\s*(?:上|紧)?接第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]\s*`)
	// bareNextPageRe and barePrevPageRe match the same notes printed
	// without brackets on a line of their own (转第3版, 下转A3版; 接第2版,
	// 上接A2版), as an e-paper's text copy gives them, a pointer mark
	// before or after them or not (▲下转第二版, 上接第一版▲).
	bareNextPageRe = mustLitRe(`^[▲△▼▽■◆►▶→]?\s*下?转第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[▲△▼▽■◆◄◀←]?$`)
	barePrevPageRe = mustLitRe(`^[▲△▼▽■◆►▶→]?\s*(?:上|紧)?接第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[▲△▼▽■◆◄◀←]?$`)
	// midPageBreakRe matches both notes inside one line, the next page's
	// right after the first's ((下转第二版)(上接第一版)): a copy that ran
	// the two pages' lines together keeps the break in mid-paragraph, the
	// second note's opening bracket lost or not. Only the pair is a break:
	// either note alone inside a line may be the text quoting a page.
	midPageBreakRe = mustLitRe(`[（(]\s*下?转第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]\s*[（(]?\s*(?:上|紧)?接第?\s*[A-Z]?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]`)
	// licenceRe matches public-domain and licence notices.
	licenceRe = mustLitRe(`公有领域|公有領域|[Pp]ublic [Dd]omain|知识共享|Creative Commons|不适用于?著作权法|不適用於?著作權法`)
	// menuPunct is what a menu item never holds.
	menuPunct = "，。；：！？、,.;:!?“”\"《》"
	// titleEndRe matches the end of a document title kept at a menu's end.
	titleEndRe = mustLitRe(`(?:报告|总结|小结|计划|要点|规划|纲要|方案|意见|讲话)$`)
)

// hardEnd marks, during cleaning, a line whose end is known to be real
// (chrome was cut off after it): it is never joined with the next line.
// Clean removes the mark from its output.
const hardEnd = "\x01"

// menuRun is the least number of menu-like lines in a row that make a menu.
const menuRun = 6

// referenceRe matches an HTML character reference: &ldquo;, &nbsp;, &#12289;,
// &#x3001;.
var referenceRe = mustLitRe(`&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});`)

// decodeReferences returns the text of a page that a scraper saved as plain
// text or Markdown with its HTML character references (&ldquo;十四五&rdquo;,
// &nbsp;&nbsp;, &mdash;&mdash;2032年…) turned into the characters they stand
// for. In a text with fewer than three references, only those inside
// Chinese words (乡村&nbsp;振兴) are; one in passing (R&amp;D) is left as it is.
func decodeReferences(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	s = mendBrokenReferences(s)
	refs := referenceRe.FindAllStringIndex(s, 3)
	if len(refs) >= 3 {
		return html.UnescapeString(s)
	}
	for i := len(refs) - 1; i >= 0; i-- {
		at, end := refs[i][0], refs[i][1]
		prev, _ := utf8.DecodeLastRuneInString(s[:at])
		next, _ := utf8.DecodeRuneInString(s[end:])
		if IsHan(prev) || IsHan(next) {
			s = s[:at] + html.UnescapeString(s[at:end]) + s[end:]
		}
	}
	return s
}

// brokenReferenceRe matches a character reference that a page wrapped at a
// fixed width broke across a line break (…冲锋在前,&ens / p;社会各界…):
// the name's start closing a line, its rest and the semicolon opening the
// next.
var brokenReferenceRe = mustLitRe(`&([a-zA-Z]{0,7})\r?\n([a-zA-Z]{0,7});`)

// mendBrokenReferences returns s with each character reference that a line
// break cut in two (&ens / p;) made whole again and moved to the start of
// the next line (/ &ensp;社会各界), where decodeReferences reads it as any
// other: the wrap is the page's, not the text's, and the two halves name a
// reference HTML knows, which no report's words do (R&D / E; stays).
func mendBrokenReferences(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	return brokenReferenceRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := brokenReferenceRe.FindStringSubmatch(m)
		ref := "&" + sub[1] + sub[2] + ";"
		if html.UnescapeString(ref) == ref {
			return m
		}
		return m[1+len(sub[1]):strings.IndexByte(m, '\n')+1] + ref // the line break, then the reference
	})
}

// dropBareReferenceRuns returns s without the runs of two or more
// semicolons that open its lines or its words after a space (;;;;2031年3月
// 20日在…会议上): what a scraper left of the character references that
// indented a line or stood for its dashes (&nbsp;&nbsp;, &mdash;&mdash;)
// when it cut their names and kept their ends. No text opens a line or a
// word with two semicolons; a run inside a word (安排到;;某某工程;;上) stays.
func dropBareReferenceRuns(s string) string {
	if !strings.Contains(s, ";;") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ';' && i+1 < len(s) && s[i+1] == ';' && (i == 0 || s[i-1] == '\n' || s[i-1] == ' ' || s[i-1] == '\t') {
			for i < len(s) && s[i] == ';' {
				i++
			}
			i--
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// decodeEscapes turns literal <U+XXXX> escapes into their characters.
func decodeEscapes(s string) string {
	if !strings.Contains(s, "<U+") {
		return s
	}
	return escapeRe.ReplaceAllStringFunc(s, func(m string) string {
		n := 0
		for _, c := range m[3 : len(m)-1] {
			n *= 16
			switch {
			case c >= '0' && c <= '9':
				n += int(c - '0')
			case c >= 'a' && c <= 'f':
				n += int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				n += int(c-'A') + 10
			}
		}
		if n > utf8.MaxRune || !utf8.ValidRune(rune(n)) {
			return m
		}
		return string(rune(n))
	})
}

// stripTextTags returns a text file without the HTML formatting tags a
// scraper left in its lines (<p>…</p>, <br/>, <strong>), when it holds
// three at least, so that its title block is read as the page showed it;
// Clean takes them out of each line anyway (stripControls). A photo's
// caption the markup tells goes with the tags (dropTaggedCaptions).
func stripTextTags(s string) string {
	if !strings.Contains(s, "<") || len(inlineTagRe.FindAllStringIndex(s, 3)) < 3 {
		return s
	}
	return inlineTagRe.ReplaceAllString(dropTaggedCaptions(s), "")
}

// withoutComments returns l with its HTML comments taken out, each ending
// at its first --> as in HTML: a line that opens with an empty comment
// (<!---->) and ends with a comment's close is not one comment from end
// to end (a text that lost its line breaks, dropped whole as one), and a
// comment inside a line of text is the page's, not the text's.
func withoutComments(l string) string {
	for {
		i := strings.Index(l, "<!--")
		if i < 0 {
			return l
		}
		j := strings.Index(l[i+4:], "-->")
		if j < 0 {
			return l
		}
		l = l[:i] + " " + l[i+4+j+3:]
	}
}

// listedFieldRe matches a field's label, its characters spaced out or
// not, and its colon at the start of a line.
var listedFieldRe = mustLitRe(`^((?:\p{Han}[ \x{3000}]*){2,6})[：:]`)

// listedField reports whether l opens with the label of a disclosure
// table's field (索引号, 标题, 效力状态…) and its colon.
func listedField(l string) bool {
	m := listedFieldRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	label := strings.NewReplacer(" ", "", "\u3000", "").Replace(m[1])
	return labelWordRe.MatchString(label) || disclosureLabelRe.MatchString(label) || label == "效力状态"
}

// serverDirectiveRe matches a server page's directive (ASP, JSP) left in a
// page's text, its opening < lost or not: code of the site, never a word of
// the paper.
var serverDirectiveRe = mustLitRe(`<?%@\s*[A-Za-z][^%<>]{0,200}%>`)

// stripControls removes reading controls, HTML comments and formatting
// tags, and a portal's stamp from a line; what remains may be "".
func stripControls(l string) string {
	if strings.Contains(l, "%>") {
		// a server page's directive the site printed as text
		// (<%@ Page Language="C#" %>, %@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>)
		if l = strings.TrimSpace(serverDirectiveRe.ReplaceAllString(l, "")); l == "" {
			return ""
		}
	}
	if strings.Contains(l, "<!--") || strings.Contains(l, "-->") {
		l = strings.TrimSpace(withoutComments(l))
		if l == "" || htmlRemnantRe.MatchString(l) {
			return ""
		}
	}
	if strings.Contains(l, "<") {
		if htmlRemnantRe.MatchString(l) {
			// tags only, a void one among them (<wbr id=…>, <input …>):
			// a mirror's markup, no text of the page
			return ""
		}
		l = strings.TrimSpace(inlineTagRe.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "号") {
		if m := accountPromoRe.FindStringSubmatch(l); m != nil {
			l = m[1] + hardEnd // the headline stays, a line of its own
		}
	}
	if strings.Contains(l, "推荐") || strings.Contains(l, "文档") {
		if m := libraryTagRe.FindStringSubmatchIndex(l); m != nil {
			l = l[:max(m[3], 0)] + l[m[1]:] // the chunk number stays
		}
	}
	if strings.ContainsAny(l, "字【[加") {
		if buttonsRe.MatchString(l) {
			return ""
		}
		if c := strings.TrimSpace(controlRe.ReplaceAllString(l, " ")); c != l {
			if strings.Trim(c, "?？ ") == "" || isButtonWords(c) {
				// the stand-ins for the glyphs between the controls
				// (【字体：】? 【打印文章】), left alone: no text; or the
				// row's other buttons (字体大小：A+ A A- 分享：打印)
				c = ""
			}
			// What the controls followed is a line of its own (a
			// headline), never the start of a wrapped sentence.
			if c != "" && !strings.HasSuffix(l, c) {
				c += hardEnd
			}
			l = c
		}
	}
	if strings.HasSuffix(l, "分享到：") || strings.HasSuffix(l, "分享到:") || strings.HasSuffix(l, "分享到") {
		// a share widget's label glued to the end of a headline (…回应
		// 群众关切分享到：): the headline has no sentence's marks, a line
		// of the story that ends on the word has
		if h := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(l, "：:"), "分享到"), " "); h != "" && utf8.RuneCountInString(h) <= 80 && !strings.ContainsAny(h, "，。；！？、,") {
			l = h + hardEnd
		}
	}
	if rest, ok := strings.CutPrefix(l, "- "); ok && listedField(rest) {
		// a disclosure table printed as a list, a hyphen before each
		// field (- 标 题:某局2031年工作总结, - 效力状态:): the field as
		// the table's other shapes give it
		l = strings.TrimSpace(rest)
	}
	if strings.HasPrefix(l, "•") || strings.HasPrefix(l, "●") {
		// a page's list bullet before a line of the title block (• 政府工作
		// 报告 / • ——2031年2月16日在…会议上), or before the first half of
		// a date line the page broke in two (• 2031年4月19日在某市 / 第十五届
		// 人民代表大会第一次会议上): the page's markup, not the report's
		if rest := strings.TrimSpace(strings.TrimLeft(l, "•●")); utf8.RuneCountInString(rest) <= 60 && !strings.ContainsAny(rest, "。；") && (namesDocument(rest) || isDateLine(rest) || dateStartRe.MatchString(rest)) {
			l = rest
		}
	}
	if m := lengthTagRe.FindStringIndex(l); m != nil && m[0] > 0 && (titleEndRe.MatchString(strings.TrimRight(fullTextRe.ReplaceAllString(l[:m[0]], ""), " ")) || paperEndRe.MatchString(l[:m[0]]) && namesDocument(l[:m[0]])) {
		// a copy site's count of the paper's characters after its
		// headline (某市2031年政府工作报告（全文）（全文15213字）), or the
		// bare count after a paper's name (…2032年度工作思路（8520字）)
		l = strings.TrimSpace(l[:m[0]])
	}
	if strings.Count(l, " ") >= 4 {
		l = dropJammer(l)
	}
	if m := creditTailRe.FindStringIndex(l); m != nil && m[0] > 0 {
		// a news page's credit glued to the end of its last paragraph
		// (…努力奋斗。（记者：某某 编辑：某某）): the page's, not the text's
		if r, _ := utf8.DecodeLastRuneInString(l[:m[0]]); strings.ContainsRune("。！？”", r) {
			l = l[:m[0]]
		}
	}
	if strings.Contains(l, "》") {
		if m := paperCiteRe.FindStringIndex(l); m != nil {
			// an archive's note of the newspaper that printed the
			// paper, glued to its last paragraph (…胜利。（《某某日报》
			// 20310924第1版）) or alone
			if r, _ := utf8.DecodeLastRuneInString(l[:m[0]]); m[0] == 0 || strings.ContainsRune("。！？”", r) {
				l = l[:m[0]]
			}
		}
	}
	if gamblingRe.MatchString(l) {
		// a gambling site's name hijacked onto a copy's title after a
		// separator (…部门决算_足彩app哪个是正规的, …五篇-欧洲杯买球平台)
		if loc := gamblingTailRe.FindStringIndex(l); loc != nil && loc[0] > 0 {
			l = strings.TrimSpace(l[:loc[0]])
		}
	}
	if strings.Contains(l, "www.") || strings.Contains(l, ".com") {
		// a copy site's advertisement of itself at the head of its text
		// (某某范文，海量公文素材，下载网址：www.…com，润笔请加微：…。)
		l = cutSiteAds(l)
	}
	if lotteryTipRe.mayMatch(l) {
		// a lottery tip seller's words spliced into the line (…民生改
		// 4949澳门精准免费大全善成亮点): the words on both sides are one
		if c := lotteryTipRe.ReplaceAllString(l, ""); c != l {
			l = strings.TrimSpace(c)
		}
	}
	if hasSellerWord(l) {
		// a gambling brand's name injected into a hijacked page's lines,
		// glued to the words around it (beat365唯一官网某局关于印发…)
		l = cutGamblingBrands(l)
	}
	if strings.Contains(l, "<正>") {
		// a periodical library's label of the abstract and its mark that
		// the text begins (简介：<正>各位代表：…): the text stays
		l = strings.TrimSpace(abstractMarkRe.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "![") {
		// a Markdown image's embed: the picture is not the text's
		l = strings.TrimSpace(imageEmbedRe.ReplaceAllString(l, ""))
	}
	if strings.HasPrefix(l, "【") || strings.HasPrefix(l, "[") {
		if m := formatTagRe.FindString(l); m != "" && len(m) < len(l) {
			l = l[len(m):]
		}
		// a copy site's headline in square brackets: [某某工作总结]
		if m := bracketedRe.FindStringSubmatch(l); m != nil && namesDocument(m[1]) {
			l = m[1]
		}
		// a portal's column in brackets before the headline filed under it
		// (【统计规划】某某中学2031-2032学年度学校工作计划); a note that the
		// paper is whole (【全文】) is the title's business
		if m := columnTagRe.FindString(l); m != "" && len(m) < len(l) {
			if rest := l[len(m):]; utf8.RuneCountInString(rest) <= 60 && !strings.ContainsAny(rest, "。；，") && (titleEndRe.MatchString(yearNoteRe.ReplaceAllString(rest, "")) || issuesReport(rest)) && !pieceLabelRe.MatchString(m) && !isFullTextNote(strings.TrimSpace(m)) {
				l = rest
			}
		}
		// the search question that brought readers to a copy site, in
		// brackets before the headline (【某县民政局局长什么级别】某县民政局
		// 2031年工作总结): a question, not the title's words
		if m := questionTagRe.FindString(l); m != "" && len(m) < len(l) {
			if rest := l[len(m):]; utf8.RuneCountInString(rest) <= 60 && !strings.ContainsAny(rest, "。；，") && titleEndRe.MatchString(rest) {
				l = rest
			}
		}
	}
	if w, rest := paddedLabel(l); w != "" && !strings.ContainsAny(l, "。；！？") {
		// a disclosure table's row without its bars and its colon, the
		// label spaced out to the column's width (名        称 2031年某县
		// 政府工作报告, 来        源 某县人民政府办公室, 文        号 〔〕号):
		// no line of a report spaces a word out so. The row goes; a name
		// field's value is the headline, as with its colon (名 称：…).
		if v := strings.TrimSpace(rest); (w == "名称" || w == "标题") && utf8.RuneCountInString(v) >= 4 && !disclosureLabelRe.MatchString(v) {
			return v + hardEnd
		}
		return ""
	}
	l = closeSpacedLabels(l)
	if v, ok := flatDisclosureRow(l); ok {
		// a portal's disclosure table run into one line, label after
		// label (索引号：… 主题分类：… 发布机构：… 名称：某某2031年工作
		// 总结): the row goes, its name field's value is the headline
		if v == "" {
			return ""
		}
		return v + hardEnd
	}
	if strings.ContainsAny(l, "|｜") {
		// a disclosure table's row of the file's name: its value is the
		// page's headline (文件名称 | 某某区2031年政府工作报告 | |)
		if cells := tableCells(l); len(cells) >= 2 && nameCellRe.MatchString(strings.TrimRight(cells[0], "：: ")) && utf8.RuneCountInString(cells[1]) >= 4 && !disclosureCellRe.MatchString(strings.TrimRight(cells[1], "：: ")) {
			return cells[1] + hardEnd
		}
	}
	if strings.Contains(l, "时间") || strings.Contains(l, "日期") {
		// a portal's headline glued to its stamp: the headline is a line
		// of its own, the stamp goes
		if m := gluedStampRe.FindStringSubmatch(l); m != nil && !strings.ContainsAny(m[1], "。；") && !strings.HasSuffix(m[1], "发布") && !strings.HasSuffix(m[1], "更新") && !strings.HasSuffix(m[1], "发表") {
			l = strings.TrimSpace(m[1]) + hardEnd
		}
	}
	if strings.HasPrefix(l, "标题") || strings.HasPrefix(l, "名称") || strings.HasPrefix(l, "信息名称") || strings.HasPrefix(l, "文章标题") {
		// a portal's title field: 标题：某某街道2031年工作总结 (a copy
		// site's 文章标题：…); a gazette's
		// or a disclosure table's name field, its label closed up
		// (名 称：政府工作报告): the value is the headline
		if m := titleFieldRe.FindStringSubmatch(l); m != nil {
			// the row's next field after the value (名称：… 发布日期：
			// 2031年03月09日) is the table's, not the headline's
			v := m[1]
			if loc := labelledFieldRe.FindStringIndex(v); loc != nil && loc[0] > 0 && v[loc[0]-1] == ' ' {
				v = v[:loc[0]]
			}
			l = strings.TrimRight(v, " |｜") + hardEnd
		}
	}
	if strings.Contains(l, "---") {
		l = strings.TrimSpace(watermarkRe.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "此处") {
		// a paywalled copy site's cut inside a sentence: the site's note
		// goes, an ellipsis marks the gap
		l = hiddenCutRe.ReplaceAllString(l, "……")
	}
	if strings.HasPrefix(l, "[") || strings.HasPrefix(l, "【") || strings.HasPrefix(l, "（") || strings.HasPrefix(l, "(") {
		// a site's mark that its second page goes on from the first
		// ([接上页] --农业生产…): the site's, the text after it stays
		if m := continuedRe.FindString(l); m != "" && len(m) < len(l) {
			l = strings.TrimLeft(l[len(m):], " ")
		}
	}
	if strings.HasSuffix(l, "###") {
		// a copy site's slogan glued after a paragraph's last sentence
		// with a run of #'s (…成效。.,某某公文共同的天地#####)
		l = hashSloganRe.ReplaceAllString(l, "$1")
	}
	if strings.Count(l, "工作") >= 4 {
		l = dropStuffedTitle(l)
	}
	if strings.Contains(l, "[") && pageTagRe.MatchString(l) {
		// a content system's page-break tag left in the text (…而言
		// [NextPage] ：今年…): the page's markup, not a word of the text
		l = strings.TrimSpace(pageTagRe.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "HYPERLINK") {
		// a Word field code a copy kept inside its words (工作 HYPERLINK
		// /Article/ \t _blank 总结): the link's markup, not the text
		l = strings.TrimSpace(fieldCodeRe.ReplaceAllString(l, ""))
	}
	if strings.Contains(l, "___") {
		// a template's blanks for its author and date, before the text or
		// after the title the line starts with (撰写人：_____ 日期：_____ …)
		l = strings.TrimSpace(blankFieldsRe.ReplaceAllString(l, " "))
	}
	if strings.HasSuffix(l, "]") || strings.HasSuffix(l, "】") {
		// a copy site's tag after the text: [标签:介绍]
		l = strings.TrimSpace(trailingTagRe.ReplaceAllString(l, ""))
		if utf8.RuneCountInString(l) <= 60 {
			l = strings.TrimSpace(editLinkRe.ReplaceAllString(l, ""))
		}
		if strings.HasSuffix(l, "网]") {
			// a news site's name tagged after its story's sentence:
			// …作政府工作报告。 [某某网]
			l = strings.TrimSpace(siteCreditRe.ReplaceAllString(l, "$1"))
		}
		if strings.Contains(l, ".") {
			// …and a site's address so tagged after an English
			// caption's sentence: …March 5, 2031. [example.com.cn]
			l = strings.TrimSpace(siteDomainCreditRe.ReplaceAllString(l, "$1"))
		}
	}
	if strings.Contains(l, "://") {
		// a copy site's name and address glued between two of the text's
		// sentences (…工作。某某范文25http://fanwen.example.com上半年…)
		l = siteWatermarkRe.ReplaceAllString(l, "$1")
	}
	if m := endDomainRe.FindStringSubmatchIndex(l); m != nil {
		// a copy site's address glued after a paragraph's last sentence,
		// its letters mixed in case to mark the copy (…42%。WwW.Example.coM);
		// an address the text gives is written one way
		if d := l[m[4]:m[5]]; d != strings.ToLower(d) && d != strings.ToUpper(d) {
			l = l[:m[3]]
		}
	}
	if m := slashCounterRe.FindStringSubmatch(l); m != nil && atoi(m[1]) >= 1 && atoi(m[1]) <= atoi(m[2]) {
		// a library's page counter glued before a year (1/132031年…)
		l = l[len(m[0])-len(m[3]):]
	}
	if strings.Contains(l, "〔") {
		if m := viewerNameHeadRe.FindStringSubmatch(l); m != nil && atoi(m[1]) >= 1 && atoi(m[1]) <= atoi(m[2]) {
			// a viewer's page counter and the file's name before its mark
			// for text left out (1/9某局2031年工作要点2〔...〕某局…): the
			// viewer's head, glued before the paper's own first words
			l = l[len(m[0]):]
		}
	}
	if strings.HasSuffix(l, "|") || strings.HasSuffix(l, "｜") {
		// the bar closing a table's cell after a title: 某某工作总结 |; a
		// row of one cell and empty ones (一、经济发展 |  |  |, a table's
		// category) is the table's
		if t := strings.TrimRight(l, " |｜"); !strings.ContainsAny(t, "|｜") && strings.Trim(t, "-—:： ") != "" && !isPipeRow(l) {
			l = t
		}
	}
	if k := libraryLeadEnd(l); k > 0 {
		l = l[k:]
	} else if rest, ok := strings.CutPrefix(l, "1、"); ok {
		if k := libraryLeadEnd(rest); k > 0 {
			// the stamps after the library's number of its first chunk
			// (1、本资料来源…删除。第 1 页 共 4 页…): the number stays, the
			// chunks' markers are read below (site chunk markers)
			l = "1、" + rest[k:]
		}
	}
	if strings.Contains(l, "共") && utf8.RuneCountInString(l) > 30 && innerPageCountRe.MatchString(l) {
		// (also spaced as Word's footer writes it: 第 3 页 共 12 页)
		l = innerPageCountRe.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "www.") && utf8.RuneCountInString(l) <= 120 {
		if loc := portalStampRe.FindStringIndex(l); loc != nil {
			stamp := l[loc[0]:]
			// A bare address in a sentence stays: a stamp has a site name,
			// a date or a source with it, or is the whole line.
			before := strings.TrimSpace(l[:loc[0]])
			if strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
				return l // a label's value (来源URL：http://…) is not a stamp
			}
			if ownerNameRe.MatchString(before) && strings.HasPrefix(strings.TrimSpace(stamp), "www.") {
				return "" // a portal's masthead: its owner's name and its address
			}
			if loc[0] == 0 || strings.Contains(stamp, "网") || strings.Contains(stamp, "来源") || strings.ContainsAny(stamp, "年/") {
				l = before
				if l != "" {
					l += hardEnd
				}
			}
		}
	}
	return l
}

// isChromeClass reports whether l, a line with controls already stripped,
// is one of the line classes of this file.
// handlingMarkRe matches the mark a printed paper carries at the top of its
// pages on how it is to be kept (内部资料 注意保存, 内部材料，请勿外传), or
// either half alone on its line, the page's number run onto its start
// (1 内部资料) as a PDF's text layer may give it.
var handlingMarkRe = mustLitRe(`^(?:[0-9]{1,3}\s+)?(?:内部(?:资料|材料|文件)(?:\s*[，,、]?\s*(?:注意保存|妥善保管|注意保密|请勿外传|不得外传))?|注意保存|妥善保管|请勿外传|不得外传)$`)

func isChromeClass(l string) bool {
	n := utf8.RuneCountInString(l)
	switch {
	case n <= 100 && editorRe.MatchString(l):
		return true
	case n <= 400 && pageCodeRe.MatchString(l):
		return true // a page's script or a template's dump left as text
	case n <= 60 && contactLineRe.MatchString(l):
		return true // editor@example.cn. 020-12345678, 4001234567 欢迎批评指正
	case n <= 30 && paperDateRe.MatchString(l):
		return true // 某某日报 2031年01月17日
	case n <= 120 && strings.HasPrefix(l, "图为") && pictureNoteRe.MatchString(l):
		return true // 图为…。某某 摄
	case n <= 60 && strings.HasPrefix(l, "图为") && bareCaption(strings.TrimSuffix(l, hardEnd)):
		return true // 图为会议现场。
	case n <= 40 && storyCreditRe.MatchString(l) && !strings.ContainsAny(l, "。；！？"):
		return true // a news story's credits: 采写：…, 设计：…, 出品：…
	case n <= 50 && (staffBarRe.MatchString(l) || slashCreditRe.MatchString(l)):
		return true // an account's staff line: 编辑 | 某某, 审核丨某某
	case n <= 30 && makerCreditRe.MatchString(l):
		return true // a post's makers: 文案：某某, 海报：某 某
	case n <= 14 && loneCrumbRe.MatchString(l):
		return true // a column's crumb alone: 某某原创 >
	case n <= 60 && (strings.Contains(l, "》") && reprintNoteRe.MatchString(l) || strings.Contains(l, "日电") && wireDatelineRe.MatchString(l)):
		return true // a reprint's source: （原载《某某日报》2031年4月12日）, （新华社北京三月六日电）
	case n <= 160 && welcomeBlurbRe.MatchString(l):
		return true
	case n <= 30 && siteEditorRe.MatchString(l):
		return true
	case isCaption(l, n):
		return true
	case n <= 12 && fontButtonsRe.MatchString(l) && strings.ContainsAny(l, "+-＋－"):
		return true
	case n <= 100 && isStampLine(l):
		return true
	case n <= 60 && strings.Contains(l, ":") && appBylineRe.MatchString(l):
		return true
	case n <= 300 && licenceRe.MatchString(l):
		return true
	case n <= 40 && (strings.HasPrefix(l, "扫一扫") || strings.HasPrefix(l, "分享到") || strings.HasPrefix(l, "打印本页") || strings.HasPrefix(l, "关闭窗口")):
		return true
	case n <= 9 && zeroCounterRe.MatchString(l):
		return true // a page widget's empty counter: 0/0
	case n <= 16 && handlingMarkRe.MatchString(l):
		return true // a printed paper's mark on how to keep it: 内部资料 注意保存
	case n <= 10 && disclosureColumnRe.MatchString(l):
		return true // a disclosure portal's column over the paper and its fold button: 法定主动公开内容, +
	case n <= 40 && isToolbarRow(l):
		return true // a reader's toolbar: 官网原文 导出笔记 打印 分享
	case l == "分享让更多人看到" || l == "小字号" || l == "大字号" || n <= 8 && shareRuleRe.MatchString(l):
		return true // a news site's share button (also set between rules: —分享—) and its font-size switch
	case l == "我知道了":
		return true // the button that dismisses an app's notice, left alone on its line
	case n <= 30 && bulletRe.MatchString(l) && (listenRe.MatchString(bulletRe.ReplaceAllString(l, "")) || bareDateRe.MatchString(bulletRe.ReplaceAllString(l, ""))):
		return true // a portal's bullets under the headline: • 听全文, • 2031-01-25
	case n <= 80 && copyDisclaimerRe.MatchString(l):
		return true // a copy site's note: （仅供学习参考，切勿通篇使用）
	case n <= 30 && listenRe.MatchString(l):
		return true
	case n <= 60 && isByline(l):
		return true
	case n <= 60 && isDotStamp(l):
		return true
	case n <= 40 && sourceBracketRe.MatchString(l):
		return true // a news site's name in brackets over the story, with an empty label: [ 某某教育网 ] 作者：
	case n <= 30 && shortStampRe.MatchString(l):
		return true // a news app's stamp without the year: 01-14 20:30 某某发布
	case n <= 40 && followRe.MatchString(l):
		return true
	case n <= 20 && strings.Contains(l, "关注") && followButtonRe.MatchString(l):
		return true // 关注掌上某某, 关注我们
	case n <= 80 && accountRe.MatchString(l):
		return true
	case n <= 24 && accountLabelRe.MatchString(l):
		return true // an account's label beside its QR code: 某某党建微信公众号, 某市人民政府官方微信
	case n <= 60 && crumbHomeRe.MatchString(l):
		return true // a breadcrumb: 首页 > 新闻, 首页-->新闻
	case n <= 30 && bareCrumbsRe.MatchString(l):
		return true // a breadcrumb whose arrows the scraper lost, alone: 首页 规划计划
	case n <= 60 && columnCrumbRe.MatchString(l) && titleEndRe.MatchString(l):
		return true // a copy site's crumb from its column to the paper: 讲话致辞 >在某县…会议上的讲话
	case n <= 30 && crumbArticleRe.MatchString(l):
		return true // a breadcrumb down to the article: 首頁某縣—正文分享, 3. > 正文
	case n <= 60 && youAreHereRe.MatchString(l):
		return true // a breadcrumb that says where the reader is: 您目前的位置：首页» 文件
	case n <= 12 && crumbLabelOnlyRe.MatchString(l):
		return true // a breadcrumb's label over its crumbs: 您当前所在的位置
	case n <= 40 && crumbLabelRe.MatchString(l) && crumbColumnsRe.MatchString(crumbLabelRe.ReplaceAllString(l, "")):
		return true // a breadcrumb's label and column names alone: 您所在的位置：政务公开 > 工作报告
	case n <= 200 && crumbLabelRe.MatchString(l) && strings.Count(l, ">")+strings.Count(l, "＞")+strings.Count(l, "›")+strings.Count(l, "»") >= 2:
		return true // a breadcrumb that ends with the page's headline (and more of the page's words)
	case n <= 30 && (todayRe.MatchString(l) || blockLabelRe.MatchString(l)):
		return true
	case n <= 200 && recordFieldRe.MatchString(l):
		return true // a newspaper archive's record field: 【日期】= 2031.03.13, 【标题】= …
	case n <= 40 && siteDateRe.MatchString(l):
		return true // a portal's header: its name beside today's date and weekday
	case n <= 8 && volumeRe.MatchString(l):
		return true // a yearbook's volume over its page: 2032卷
	case n <= 80 && isBareDisclosure(l):
		return true
	case n <= 160 && reprintNoticeRe.MatchString(l):
		return true // a news site's terms for reprinting its stories: 版权声明：凡注明来源为“某某网”的稿件…
	case n <= 24 && doubledCaption(l):
		return true // an icon's label read twice, its alt text and its caption: 某某网微信某某网微信
	case n <= 80 && attachmentRe.MatchString(l):
		return true // an attachment's link: 某某县2031年政府工作报告.pdf
	case n <= 300 && sourceLinkRe.MatchString(l):
		return true // where the paper was taken from: 原文链接：https://…
	case n <= 60 && pictureFileRe.MatchString(l):
		return true
	case n <= 12 && picturePlaceRe.MatchString(l):
		return true // where a picture was: Image, [图片]
	case n <= 24 && siteLogoRe.MatchString(l):
		return true // the alt text of the site's logo: 某某人大LOGO
	case n <= 8 && strings.HasSuffix(l, "现场") && sceneCaptionRe.MatchString(l):
		return true // a photo's caption naming a meeting's scene: 大会现场, 分组审议现场
	case n <= 24 && speakerCaptionRe.MatchString(l):
		return true // a photo's caption of the speaker at the rostrum: 某某同志作政府工作报告
	case n <= 30 && officeCaptionRe.MatchString(l):
		return true // …naming the speaker by office: 自治区主席某某作政府工作报告。
	case n <= 14 && nameCaptionRe.MatchString(l):
		return true // …or by name alone: 某某作政府工作报告。
	case n <= 120 && newsFurnitureRe.MatchString(l) && !bareNextPageRe.MatchString(l) && !barePrevPageRe.MatchString(l):
		// (a page's continuation note marked ▲ is joinPageBreaks's: it
		// joins the sentence the page cut)
		return true
	case n <= 40 && mastheadRe.MatchString(strings.TrimSuffix(l, hardEnd)) && !strings.ContainsAny(l, "。；"):
		return true // a newspaper's masthead and page navigation
	case n <= 12 && placePaper(l):
		return true // a local paper's name alone over its page: 某某日报
	case n <= 60 && strings.ContainsAny(l, "公期号") && gazetteRe.MatchString(l) && !strings.ContainsAny(l, "。；"):
		return true // a gazette's masthead and issue: 某省人民政府公报 2032年第5期
	case n <= 40 && epaperPageBarRe.MatchString(l):
		return true // 第B10版：要闻 上一版3 4下一版, top top top
	case n <= 60 && epaperRe.MatchString(strings.TrimSuffix(l, hardEnd)):
		return true // an e-paper's page line, list label, word count and accounts
	case n <= 80 && isEpaperNav(strings.TrimSuffix(l, hardEnd)):
		return true // an e-paper's bar of links: 上一版 下一版 查看PDF版, 版面导航 前一天 后一天
	case n <= 100 && strings.HasPrefix(l, "《") && isPaperGroupBar(strings.TrimSuffix(l, hardEnd)):
		return true // a bar of links to the group's papers: 《某某日报》 《某某日报藏文版》 《某某晚报》
	case n <= 120 && serialRe.MatchString(l) && !strings.ContainsAny(l, "。；"):
		return true // a masthead line with the paper's serial numbers among its hotline and publisher
	case n <= 24 && lunarDateRe.MatchString(strings.TrimSuffix(l, hardEnd)):
		return true
	case n <= 80 && (strings.HasPrefix(l, "~~~") || strings.HasPrefix(l, "～～～")):
		return true // an e-paper's list of the page's stories, each item opened with tildes (~~~——某某开幕)
	case isCopySiteLine(l, n):
		return true
	case n <= 6 && pieceLabelRe.FindString(l) == l && !strings.HasPrefix(l, "第") && pieceNumber(l) == 1:
		return true // a copy site's number for the first piece of its collection alone: 篇1, 【篇一】
	case n <= 60 && columnLineRe.MatchString(l):
		return true
	case n <= 150 && strings.HasPrefix(l, "导读") && (strings.HasPrefix(l, "导读：") || strings.HasPrefix(l, "导读:")):
		return true // a copy site's teaser, the text's start again
	case n <= 22 && posterRe.MatchString(l):
		return true
	case n <= 80 && pieceCountRe.MatchString(l):
		return true
	case n <= 30 && libraryStatRe.MatchString(l):
		return true
	case n <= 12 && pageLabelRe.MatchString(l):
		return true // a reading control's or a page block's label with nothing after it
	case n <= 12 && isBareDisclosureLabel(l):
		return true // a disclosure list's label whose value the page left out: • 文件名称：
	case n <= 14 && disclosureToggleRe.MatchString(l):
		return true // the link that folds a disclosure list away: 点击关闭详细目录信息
	case n <= 10 && lapsedStampRe.MatchString(l):
		return true // a disclosure page's stamp on a file no longer in force: 文件已失效
	case n <= 12 && copyOutlineLabelRe.MatchString(l):
		return true // a copy site's label over a paper's outline, its entries cut: 目录/提纲：……
	case n <= 10 && isoDateRe.MatchString(l):
		return true // a copy site's date of the copy under its headline
	case n <= 20 && dateColumnRe.MatchString(l):
		return true // …and with the column it filed the copy under: 2031-06-18 总结
	case n <= 20 && editorTitleRe.MatchString(l):
		return true // an HTML editor's name for a page nobody named: New Page 1
	case n <= 40 && (siteCountRe.MatchString(l) || langToggleRe.MatchString(l)):
		return true // 2031-10-05人已围观, 某某网 人气：1.52W, EN
	case n <= 120 && !strings.ContainsAny(l, "。；") && docStatRe.MatchString(l):
		return true // a document site's facts: … DOCX 27页 下载0 2032-01-06 浏览84 收藏0
	case n <= 120 && previewNoticeRe.MatchString(l):
		return true // 温馨提示：当前文档最多只能预览2页，…请下载原文档…
	case n <= 10 && aiLabelRe.MatchString(l):
		return true // a portal's label over its machine summary: AI导读：
	case n <= 60 && strings.Contains(l, "资料") && !strings.ContainsAny(l, "。；，,") && siteAdContactRe.MatchString(l):
		return true // a copy site's offer of more materials for a contact: 更多写作资料+ 微信：【会员…】, 领取公文资料 加QQ：…
	case n <= 50 && lengthNoteRe.MatchString(l):
		return true // a copy site's note of the length: 【文章共1872字，精选参考范文…】
	case n <= 30 && repeatedSiteName(l):
		return true // a site's name printed over and over: 某某网某某网某某网
	case n <= 30 && reviewStampRe.MatchString(l):
		return true // a budget disclosure's review stamp: 保密审查情况：已审查
	case n <= 80 && wikiFurnitureRe.MatchString(l):
		return true // a wiki's tagline and its note on the collection a work is in
	case n <= 120 && wikiHeaderRe.MatchString(l):
		return true // a wiki's header over a paper: 制定机关：某县人民政府 2032年2月16日
	case n <= 50 && moreLinkRe.MatchString(l):
		return true // a link to the page's column: （点击查阅更多2031年地方政府工作报告）
	case n <= 60 && collectionNoteRe.MatchString(l):
		return true
	case n <= 150 && isSpam(l):
		return true
	case n <= 300 && isBrandStuffing(l):
		return true // 某某,某某体育,某某官网,某某登录入口,某某app下载,…
	case n <= 40 && gamblingRe.MatchString(l) && !strings.ContainsAny(l, "。；，、") && headingMarker(l) == nil:
		return true // a gambling site's line on a hijacked page: 2031-11-08 某某买球平台的版权声明
	case n <= 24 && englishColumnRe.MatchString(l):
		return true // a column's English name over its Chinese one: News Information
	case n <= 400 && platformNoticeRe.MatchString(l):
		return true // Notice: The content above … only provides information storage services.
	case n <= 240 && libraryNoticeRe.MatchString(l) && countHan(l, 1) == 0:
		return true // Evaluation Warning: The document was created with … for .NET.
	case n <= 50 && numericStampRe.MatchString(l):
		return true // date 2031-03-06 04/03/2031 16:15
	case n <= 80 && englishBarRe.MatchString(l):
		return true // a page's share bar or a forum's logo in English words
	case n <= 60 && homeMenuRe.MatchString(l) && !titleEndRe.MatchString(l):
		return true // a portal's menu run together: 首页要闻动态政务公开办事服务
	case n <= 60 && bookmarkHintRe.MatchString(l):
		return true // 设为书签Ctrl+D将本页面保存为书签
	case n <= 30 && bodiesBarRe.MatchString(l):
		return true // a county portal's links to the other bodies: 县委| 县人大| 县政协
	case n <= 30 && appSourceRe.MatchString(l):
		return true // a news app's name and the story's channel: 某某APP · 某某政务
	case n <= 14 && appLinkRe.MatchString(l) && headingMarker(l) == nil:
		return true // a link to the site's app: 某某新闻APP, 下载客户端
	case n <= 40 && appPromptRe.MatchString(l):
		return true // a news app's bar: 下载某某新闻APP客户端，随时随地看新闻！
	case n <= 40 && appGuideRe.MatchString(strings.TrimLeft(l, "•·●-* ")):
		return true // a step of the guide to open the page in the app or a browser: 2步打开某某APP, 点击右上角“…”按钮
	case n <= 16 && commentBoxRe.MatchString(l):
		return true // a comment box's placeholder: 写点什么吧~
	case n >= 10 && n <= 20 && strings.Trim(l, "0123456789") == "":
		return true // a site's number for the page alone on its line (an e-book reader's chapter: 6261900000044)
	case n <= 6 && strings.HasSuffix(l, "要闻") && !strings.ContainsAny(l, "。，：:") && headingMarker(l) == nil:
		return true // a news column's name alone on its line: 省部要闻, 本地要闻
	case n <= 100 && lawPropertyRe.MatchString(l):
		return true // a law database's record of the document: •【制定机关】某市某局, 【时效性】现行有效
	case n <= 16 && readerCountRe.MatchString(l):
		return true // a page's count of its readers alone on its line: 256人看过, 1024次浏览
	case n <= 40 && lawFieldRunRe.MatchString(l):
		return true // the same record's field, its label run into its value: 时效性现行有效, 施行日期2031年10月28日
	case n <= 300 && strings.Contains(l, "enpproperty"):
		return true // an e-paper's record of the story, its tags stripped: 2031-02-23 1 1 某某日报 content_1.html … /enpproperty-->
	case n <= 40 && bareSiteRe.MatchString(l):
		return true // a site's logo left as its address or its home link: example.cn, home
	case n <= 120 && strings.Contains(l, "背景色") && strings.ContainsAny(l, "〖【[") && (strings.Contains(l, "字体") || strings.Contains(l, "字号") || strings.Contains(l, "打印")):
		return true // a page's toolbar with its colour chooser: 〖字体：〗〖背景色：杏仁黄 秋叶褐…〗〖打印本稿〗〖关闭
	}
	return false
}

// bareSiteRe matches a site's logo or home link that a scraper left as
// text, alone on its line: the site's bare address (example.cn,
// www.example.com.cn) or the link's English word (home, Home, HOME). No
// line of a report is an address or an English word alone.
var bareSiteRe = mustLitRe(`^(?:(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?i:cn|com|net|org|cc|top|info)/?|(?i:home|homepage))$`)

// An e-paper's bars of links, each on a line of its own, its words apart:
// the masthead's (某某数字报 社长、总编辑：某某 热线：12345678 我要纠错 注册
// 登录), the navigation's (版面导航 日 星期 出版 前一天 后一天; 上一版 下一版
// 上一期 下一期 查看PDF版; 返回版面), the search box's (标题 站内高级搜索; a
// portal's 全文检索 alone on its line)
// and the issue's (当前期次：第1234号, 第1234号：第01版 2031-02-08). Every
// word of such a line is one of the paper's controls (epaperNavWords),
// a word that only goes with them (epaperNavFillers), a labelled field
// with a short value, a date or the paper's or site's name, and one word
// at least is a control: a line of the report never is.
var (
	epaperNavWords = map[string]bool{
		"版面导航": true, "版面目录": true, "上一版": true, "下一版": true, "上一期": true, "下一期": true,
		"前一天": true, "后一天": true, "上一天": true, "下一天": true, "返回版面": true, "返回目录": true,
		"查看PDF版": true, "PDF版": true, "下载PDF": true, "PDF下载": true, "往期回顾": true, "往期查阅": true,
		"站内高级搜索": true, "站内搜索": true, "高级搜索": true, "高级检索": true, "我要纠错": true,
		"全文检索": true, "站内检索": true,
		"本版其他文章": true, "本版其它文章": true,
	}
	epaperNavFillers = map[string]bool{
		"日": true, "星期": true, "出版": true, "注册": true, "登录": true, "标题": true, "首页": true,
		"搜索": true, "检索": true, "放大": true, "缩小": true, "|": true, "｜": true,
	}
	// epaperNavNameRe matches the paper's name, its site's or its edition's
	// among the bar's words (某某晚报网, 多媒体数字报); epaperNavIssueRe the
	// issue's number and page (当前期次是：第1234号, 第1234号：第01版);
	// epaperNavFieldRe a labelled field with a short value (社长、总编辑：某某,
	// 晚报热线：12345678).
	epaperNavNameRe  = mustLitRe(`^\p{Han}{0,8}(?:数字报纸?|电子报|电子版|数字版)$|^\p{Han}{2,8}(?:报|报网|网)$`)
	epaperNavIssueRe = mustLitRe(`^(?:当前期次(?:是|为)?\s*[：:]\s*第?\s*\d{1,6}\s*[号期]|第\s*\d{1,6}\s*[号期]\s*[：:]\s*第\s*[A-Z]{0,2}\d{1,3}\s*版)$`)
	epaperNavFieldRe = mustLitRe(`^[\p{Han}、]{1,10}[：:][\p{Han}0-9-]{1,12}$`)
)

// isEpaperNav reports whether l is one of an e-paper's bars of links.
func isEpaperNav(l string) bool {
	if strings.ContainsAny(l, "。；，") {
		return false
	}
	control := false
	for _, w := range strings.Fields(l) {
		w = strings.Trim(w, "【】[]") // a control in brackets: 【PDF版】
		switch {
		case epaperNavWords[w] || epaperNavIssueRe.MatchString(w):
			control = true
		case epaperNavNameRe.MatchString(w):
			// the edition's name is a control (某某数字报), the paper's a filler
			control = control || strings.Contains(w, "数字") || strings.Contains(w, "电子")
		case epaperNavFillers[w] || bareDateRe.MatchString(w) || epaperNavFieldRe.MatchString(w):
		default:
			return false
		}
	}
	return control
}

// markedPaperRe matches a newspaper's name in book-title marks, maybe with
// its edition (《某某日报》, 《某某日报藏文版》, 《某某法制报》); a paper's
// title in them ends otherwise (《政府工作报告》).
var markedPaperRe = mustLitRe(`《\p{Han}{1,12}?(?:报|報)(?:\p{Han}{1,4}版)?》`)

// isPaperGroupBar reports whether l is a press group's bar of links to its
// papers, at the head of a page from one of them: three names or more of
// papers in book-title marks and nothing else but spaces or bars between
// them. A sentence that names papers says something besides.
func isPaperGroupBar(l string) bool {
	names := markedPaperRe.FindAllStringIndex(l, -1)
	if len(names) < 3 {
		return false
	}
	at := 0
	for _, m := range names {
		if strings.Trim(l[at:m[0]], " \u3000|｜、") != "" {
			return false
		}
		at = m[1]
	}
	return strings.Trim(l[at:], " \u3000|｜、") == ""
}

// contactLabelRe matches the label of a site's contact box (联系方式,
// 联系我们), contactFieldRe one of its fields with a short value (地址：…,
// 咨询热线：0731-…, 邮箱：…).
var (
	contactLabelRe = mustLitRe(`^(?:联系方式|联系我们|联系信息)\s*[：:]?$`)
	contactFieldRe = mustLitRe(`^(?:地址|通讯地址|联系地址|电话|联系电话|[\p{Han}]{0,4}热线|传真|邮箱|电子邮箱|邮编|(?i:e-?mail)|QQ|微信)\s*[：:]\s*\S.{0,40}$`)
)

// phoneFieldRe matches a contact box's telephone field under a desk's own
// name (教学服务部：0551-6xxxxxxx) or a number alone on its line, the
// second of a desk's numbers; deskLabelRe the desk's name on a line of its
// own when its numbers follow (技术服务部 / 0551-6xxxxxxx).
var (
	phoneFieldRe = mustLitRe(`^(?:\p{Han}{2,12}\s*[：:]\s*)?\d{3,4}[-－]\d{7,8}$`)
	deskLabelRe  = mustLitRe(`^\p{Han}{2,12}\s*[：:]?$`)
)

// phoneNear reports whether one of the next two lines that are not blank
// is a telephone field.
func phoneNear(lines []string) bool {
	seen := 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		if phoneFieldRe.MatchString(l) {
			return true
		}
		if seen++; seen == 2 {
			return false
		}
	}
	return false
}

// dropContactBox removes a site's contact box at the page's head, above
// the text (the first line of 60 characters or more, or one that ends a
// sentence, ends the head): its label (联系方式) and the fields under it,
// the site's address, hotline, fax and mail, its desks' numbers. A paper's own contacts (a
// notice's 联系人：…，电话：… at its foot) are below its text and stay.
func dropContactBox(lines []string) []string {
	for i, l := range lines {
		if utf8.RuneCountInString(l) >= 60 || strings.Contains(l, "。") {
			return lines
		}
		if !contactLabelRe.MatchString(l) {
			continue
		}
		j, fields := i+1, 0
		for ; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			if !contactFieldRe.MatchString(lines[j]) && !phoneFieldRe.MatchString(lines[j]) && !(deskLabelRe.MatchString(lines[j]) && phoneNear(lines[j+1:])) {
				break
			}
			fields++
		}
		if fields > 0 {
			return append(lines[:i], lines[j:]...)
		}
		// a menu's item of the same name, no box under it
	}
	return lines
}

// storyListLabelRe matches the label an e-paper puts over the list of the
// page's other stories (本版其他文章, 本版新闻).
var storyListLabelRe = mustLitRe(`^(?:本版|本期)(?:其他|其它)?(?:文章|新闻|稿件|标题)(?:列表|导航)?\s*[：:]?$`)

// dropStoryList removes an e-paper's list of the page's other stories: its
// label (storyListLabelRe), the bulleted titles under it (· 某某开幕), and
// the same titles run together into one line a few lines above it (the
// page's strip of headlines as a scraper flattens it), which may end with
// the headline of the story the page shows. The titles go only when
// bulleted; the first line that is not one ends the list.
func dropStoryList(lines []string) []string {
	for i, l := range lines {
		if l == "" || !storyListLabelRe.MatchString(l) {
			continue
		}
		drop := make([]bool, len(lines))
		drop[i] = true
		var titles strings.Builder
		for j := i + 1; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			if !bulletRe.MatchString(lines[j]) || utf8.RuneCountInString(lines[j]) > 60 || strings.ContainsAny(lines[j], "。；") {
				break
			}
			titles.WriteString(strings.Join(strings.Fields(bulletRe.ReplaceAllString(lines[j], "")), ""))
			drop[j] = true
		}
		if all := titles.String(); all != "" {
			for j, seen := i-1, 0; j >= 0 && seen < 6; j-- {
				if lines[j] == "" {
					continue
				}
				seen++
				if strings.Join(strings.Fields(lines[j]), "") == all {
					drop[j] = true
					break
				}
			}
		}
		return without(lines, drop)
	}
	return lines
}

// siteCountRe matches a copy site's stamp of a date and a count of its
// readers, the count left empty (2031-10-05人已围观), and its name beside its
// popularity (某某网 人气：1.52W). langToggleRe matches a site's switch of
// language alone on its line (EN, 中文 | English).
var (
	siteCountRe  = mustLitRe(`^(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\d*\s*人已?(?:围观|阅读|浏览|看过)|[\p{Han}A-Za-z]{2,8}\s*人[气氣]\s*[：:]\s*[0-9.]+\s*[KkWw万千]?)$`)
	langToggleRe = mustLitRe(`^(?:EN|English|ENGLISH|中文|简体|繁體|繁体)(?:\s*[|｜/]\s*(?:EN|English|ENGLISH|中文|简体|繁體|繁体))*$`)
)

// A document-sharing site's lines over a preview, alone on their lines:
//
//   - docStatRe: the file's line of tags and facts, its format and page
//     count with its counters after them (… DOCX 27页 下载0 2032-01-06
//     浏览84 收藏0 点赞0 评分- 免费文档);
//   - previewNoticeRe: its notice that only some pages show and the rest
//     must be downloaded (温馨提示：当前文档最多只能预览2页，…请下载原文档…).
var (
	docStatRe       = mustLitRe(`(?i:docx?|pdf|pptx?|wps|txt)\s+[0-9]+\s*页(?:\s+\S{1,12}){0,3}?\s+(?:下载|浏览|阅读|收藏|点赞)\s*[0-9]+`)
	previewNoticeRe = mustLitRe(`^(?:温馨提示|提示|说明)\s*[：:][^。]{0,30}预览[^。]{0,60}(?:下载|购买|浏览全部|查看全部)`)
)

// A document-download site's box for selling the file, each line alone
// on its line above the preview:
//
//   - fileFactsRe: the file's facts as labelled fields, bulleted maybe
//     (• 资源ID:7712093 资源大小:31.20KB 全文页数:6页, - 格式:DOCX);
//   - buyBoxRe: its buttons and prompts to log in and pay (快捷下载,
//     三方登录下载：…, 下载资源需要8金币, 支付方式：…), the empty fields of
//     its form (账号：, 密码：, 邮箱/手机：, 验证码：换一换, 忘记密码？) and
//     the captcha's alt text (ImageVerifierCode 换一换);
//   - buyNoteRe: its notes on the account and the download under
//     友情提示 (用户名和密码都是您填写的…, 试题试卷类文档，如果标题没有
//     明确说明有答案…), or that label alone.
var (
	fileFactsRe = mustLitRe(`^(?:[•·*-]\s*)?(?:(?:资源ID|资源大小|资源格式|全文页数|下载积分|文档编号|文档格式|文件大小|文件格式|上传时间|页数|大小|格式)\s*[：:]\s*[0-9A-Za-z][0-9A-Za-z.:/ -]{0,20}?\s*(?:页|KB|MB|金币|积分|下载券)?\s*){1,4}$`)
	buyBoxRe    = mustLitRe(`^(?:[•·]\s*)?(?:(?:账号|帐号|密码|验证码|邮箱\s*/\s*手机|手机号?|邮箱|用户名)\s*[：:]\s*(?:换一换)?|忘记密码\s*[？?]?|(?:ImageVerifierCode\s*)?换一换|下载(?:资源|本文档|此文档|文档)?需要\s*[0-9]+\s*(?:金币|积分|下载券)|支付方式\s*[：:].{0,20}|(?:快捷下载|三方登录下载|会员登录下载|游客一键下载).{0,30})$`)
	buyNoteRe   = mustLitRe(`^(?:友情提示\s*[：:]?|(?:[0-9]{1,2}\s*[、.．]\s*)?(?:用户名和密码都是|试题试卷类文档\s*[，,]\s*如果标题没有).{0,60})$`)
)

// aiLabelRe matches the label a portal puts over its machine summary of
// the article, alone on its line (AI导读：, AI摘要, 智能摘要：).
var aiLabelRe = mustLitRe(`^(?:(?i:ai)\s*(?:导读|導讀|摘要|速读|速讀|速览|速覽|总结|總結|划重点|劃重點)|智能(?:摘要|导读|導讀))\s*[：:]?$`)

// lengthNoteRe matches a copy site's note of the article's length and
// purpose in brackets, alone on its line: 【文章共1872字，精选参考范文，仅供学习借鉴】;
// or a news site's note of its length and reading time, with or without
// brackets (本篇文章200字，读完约1分钟, 全文约1500字，阅读需要5分钟).
var lengthNoteRe = mustLitRe(`^[【\[（(]\s*(?:文章|全文|本文)共\s*[0-9]+\s*字[^【】\[\]（()）]{0,30}[】\]）)]$|^[【\[（(]?\s*(?:本篇文章|本篇|本文|全文|文章)(?:共|约|大约)?\s*[0-9]+\s*字\s*[，,、]?\s*(?:读完|阅读|閱讀|讀完)(?:时间)?(?:约|大约|需|需要|只需|仅需)*\s*[0-9]+\s*分钟\s*[】\]）)]?$`)

// repeatedSiteName reports whether l is a site's name (某某网, 某某文库)
// printed twice or more and nothing else.
func repeatedSiteName(l string) bool {
	r := []rune(l)
	for k := 2; k <= 8 && 2*k <= len(r); k++ {
		if len(r)%k != 0 {
			continue
		}
		name := string(r[:k])
		if !strings.HasSuffix(name, "网") && !strings.HasSuffix(name, "網") && !strings.HasSuffix(name, "站") && !strings.HasSuffix(name, "文库") {
			continue
		}
		if strings.Repeat(name, len(r)/k) == l {
			return true
		}
	}
	return false
}

// englishBarRe matches the English words of a page's furniture: a share bar
// (Comment(s) 打印 E-mail 某某.cn 2031-03-17, Comments Print E-mail), the
// logo a forum's printable page opens with (Board logo), and the label a
// bilingual page puts alone over the document it prints (Full text:).
// platformNoticeRe matches a content platform's disclaimer in English
// under a story its user posted (Notice: The content above … is uploaded
// and posted by a user of …, which … only provides information storage
// services.): the platform's, never a report's.
var platformNoticeRe = mustLitRe(`(?i)^(?:notice|disclaimer|statement)\s*[:：]\s*the content above|(?i)uploaded and posted by a user of|(?i)only provides information storage service`)

// libraryNoticeRe matches the notice a document library without a licence
// writes into every file it makes, as a paragraph of the body or a header
// (an office system that exports its papers to Word or PDF with one):
// Evaluation Warning: The document was created with … for .NET, Evaluation
// Only. Created with … Copyright …, Created with an evaluation copy of …,
// and the line it leaves where it cut the document short. The library's,
// never the paper's.
var libraryNoticeRe = mustLitRe(`(?i)^(?:evaluation\s+warning\s*[:：]\s*the\s+document\s+was\s+created\s+with\s|evaluation\s+only\.\s*created\s+with\s|created\s+with\s+an\s+evaluation\s+copy\s+of\s|this\s+document\s+was\s+truncated\s+here\s+because\s+it\s+was\s+created\s+in\s+(?:the\s+)?evaluation\s+mode)`)

// numericStampRe matches a page's stamp written in figures alone, maybe
// under an English label: one or two dates, a year first (2031-03-06) or
// last as day and month write it (04/03/2031), with a time after one of
// them at least (date 2031-03-06 04/03/2031 16:15). A date alone stays
// (isoDateRe takes the year-first one, under a headline).
var numericStampRe = mustLitRe(`^(?i:date|time|published|updated|posted)?\s*[:：]?\s*(?:(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*){1,2}\d{1,2}:\d{2}(?::\d{2})?$`)

var englishBarRe = mustLitRe(`^(?:Comment\(s\)|Comments?)\s*(?:打印|Print)\s*(?:E-?mail|Email)(?:\s.*)?$|^(?i:board|forum)\s*logo$|^(?i:full\s+text)\s*[:：]?$`)

// englishColumnRe matches the English name a site gives a column of its
// menu or a box of its page, alone on its line (News Information, Contact
// Us, About Us).
var englishColumnRe = mustLitRe(`^(?i:(?:latest\s+)?news(?:\s+(?:information|center|centre|list))?|contact\s+us|about\s+us|media\s+(?:center|centre))$`)

// Three lines of a portal's top bar, alone on their lines:
//
//   - homeMenuRe: its menu run together, the spaces between the column
//     names lost, opening with the link home (首页要闻动态政务公开办事服务):
//     Han characters only, no mark or digit, so no sentence or dated
//     headline; a line that ends with what a paper is (…工作报告) is a crumb
//     down to the headline and left to the crumb rules.
//   - bookmarkHintRe: its hint to bookmark the page with the browser's key
//     (设为书签Ctrl+D将本页面保存为书签…, 按Ctrl+D收藏本站).
//   - appLinkRe: a link to its app or client, a short name and nothing
//     else (某某新闻APP, 下载客户端, 打开App).
var (
	homeMenuRe     = mustLitRe(`^(?:网站)?(?:首页|首頁)\p{Han}{4,60}$`)
	bookmarkHintRe = mustLitRe(`(?i)ctrl\s*[+＋]\s*d.{0,30}(?:书签|收藏)|(?:书签|收藏).{0,30}ctrl\s*[+＋]\s*d`)
	appLinkRe      = mustLitRe(`^(?:下载|打开|扫码下载)?[\p{Han}A-Za-z]{0,8}?(?:APP|App|app|客户端|客戶端)(?:下载)?$`)
	// appSourceRe matches a news app's line over a story that names the
	// app and the channel the story is filed in, a dot between them
	// (某某视频APP · 某某政务, 某某客户端·要闻).
	appSourceRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{1,12}(?:APP|App|app|客户端|客戶端)\s*[·•]\s*[\p{Han}A-Za-z0-9]{2,10}$`)
)

// Two prompts of a news app's page, alone on their lines:
//
//   - appPromptRe: the bar that sends the reader to the app, with what the
//     app promises after a comma (下载某某新闻APP客户端，随时随地看新闻！,
//     打开某某财经APP，阅读体验更佳, App内打开), and the placeholder the
//     app's page leaves where a picture or a video was (打开某某新闻 查看精彩
//     图片, 打开某某APP看高清图片). The app is named bare: a
//     report's line that tells residents to open an app quotes its name
//     (打开“某某通”APP…) and is not taken.
//   - commentBoxRe: the placeholder of the comment box under the story
//     (写点什么吧~, 说点什么…, 写下你的评论, 我来说两句), in either script.
var (
	appPromptRe = mustLitRe(`^(?:点击|立即|扫码)?(?:下载|打开|安装|前往)\s*[\p{Han}A-Za-z0-9]{0,12}?\s*(?:APP|App|app|客户端|客戶端)(?:客户端|客戶端)?(?:\s*[，,]\s*[^。；“”「」]{1,20})?\s*[！!]?$|^在?\s*(?:APP|App|app)\s*内\s*(?:打开|阅读|查看|播放)|^(?:打开|下载)\s*[\p{Han}A-Za-z0-9]{2,12}?\s*[，,]?\s*(?:查看|看|浏览)(?:精彩|更多|高清)?(?:图片|大图|视频|图集)(?:详情)?$`)
	// appGuideRe matches a step of the guide a media app's shared page
	// prints over the story, telling the reader of a chat app how to leave
	// it for the app or a browser, bulleted or not: the count of steps
	// and the app (2步打开某某APP), the tap on the top corner's menu
	// (点击右上角“…”按钮, 请点击右上角，选择在浏览器中打开) and the browser
	// to choose (使用浏览器/Safari打开). A chat app's button in the top
	// right corner is the page's, never a report's.
	appGuideRe   = mustLitRe(`^(?:[0-9一二两三]\s*步\s*(?:即可)?打开\s*[\p{Han}A-Za-z0-9]{0,12}?\s*(?:APP|App|app|客户端|客戶端)|(?:请)?点击(?:页面|屏幕)?右上角\s*[“"「]?\s*(?:…|⋯|\.{3}|···)?\s*[”"」]?\s*(?:按钮|图标|菜单)?(?:\s*[，,→>]?\s*(?:再|然后)?\s*选择\s*[“"‘「]?\s*在?\s*(?:系统)?(?:默认)?(?:浏览器|Safari)(?:中)?打开\s*[”"’」]?)?|(?:使用|用)\s*(?:系统)?(?:浏览器|Safari)(?:\s*[/／]\s*(?:浏览器|Safari))?\s*打开)\s*[。!！]?$`)
	commentBoxRe = mustLitRe(`^(?:(?:写|寫|说|說)(?:点|點)(?:什么|什麼|啥)吧?|(?:写下|寫下|发表|發表|说说|說說)(?:你|您)的(?:评论|評論|看法|想法|观点|觀點)|我来说两句|我來說兩句|(?:快来|快來)?(?:抢沙发|搶沙發))[~～!！.。…\s]*$`)
)

// wikiFurnitureRe matches a wiki's tagline under the page's name (维基文库，
// 自由的图书馆) and its note on the collection a work belongs to (本作品收录于
// 《…》), in simplified or traditional characters.
var wikiFurnitureRe = mustLitRe(`^(?:(?:维基文库|維基文庫|维基百科|維基百科)\s*[，,]\s*自由的(?:图书馆|圖書館|百科全书|百科全書)|本作品收[录錄][于於]\s*[《<「].*)$`)

// wikiHeaderRe matches the header a wiki's template draws over a
// government paper, one line: the paper's name maybe, then the body that
// made it (制定机关：某县人民政府（主讲人…）, 发布机关：…) with the date, the
// cell's closing bar maybe left after it.
var wikiHeaderRe = mustLitRe(`^(?:\S.{0,60}?\s)?(?:制定机关|發布機關|发布机关|制定機關)\s*[：:]\s*\S.{0,60}$`)

// moreLinkRe matches a link in brackets to more of a page's column, alone
// on its line: （点击查阅更多2031年地方政府工作报告）, (點擊查閱更多…), 【点击查看更多…】,
// or the same link set bare, the line opening with the click and holding
// no sentence's stop or comma (点击查阅更多2031年地方政府工作报告): a
// report's sentence that asks its reader to click goes on past a comma.
var moreLinkRe = mustLitRe(`^[（(【\[]\s*(?:点击|點擊)\s*(?:查阅|查閱|查看|阅读|閱讀|进入|進入|浏览|瀏覽)?\s*(?:更多|全部)[^（()）]{0,40}[）)】\]]$|^(?:点击|點擊)\s*(?:查阅|查閱|查看|阅读|閱讀|进入|進入|浏览|瀏覽)?\s*(?:更多|全部)[^（()）。，；！？,;]{0,40}$`)

// spamWordRe matches the words of a video site's spam that copy sites get
// injected into their pages.
var spamWordRe = mustLitRe(`国产精品|亚洲|欧美|日韩|久久|无码|有码|不卡|在线观看|在线播放|高清|中文字幕|免费视频|成人|午夜|一本(?:大)?道`)

// gamblingRe matches the words of a gambling site's spam that hijacked
// copy sites carry (足彩app, 买球平台, 博彩); a lottery (彩票) is a word of
// reports. gamblingTailRe matches such a name after a title's separator
// (not a date's hyphen: 2031-11-08). A casino's words are a gambling
// site's too: its live tables (真人游戏, 百家乐), its app's site and login
// (某某体育APP官网在线登录最新版), never a report's (a sports bureau's app
// has users, not a 官网 to log in to).
const gamblingWords = `足彩|买球|博彩|赌球|真人(?:游戏|娱乐|视讯)|百家乐|娱乐城|老虎机|电子游艺|(?i:(?:体育|娱乐|棋牌)\s*app)\s*(?:官网|官方|下载|登录)|官网在线登录`

// gamblingBrandRe matches, in group 1, a gambling brand's name as spam
// injects it into a page's lines, with the words it sells itself with
// (beat365唯一官网, 365bet平台, vip888官方网站): letters and digits run
// together, then a seller's word, no letter or digit before it. A report's
// platforms are named in words or digits alone (12345平台, 5G平台), never
// so.
var gamblingBrandRe = mustLitRe(`(?:^|[^A-Za-z0-9])((?:[A-Za-z]{2,8}[0-9]{2,6}|[0-9]{2,6}[A-Za-z]{2,8})(?:唯一官网|官方网站|官网|平台|网投|用址))`)

// hasSellerWord reports whether l holds a word a gambling brand sells
// itself with: without one (most lines) gamblingBrandRe is not tried.
func hasSellerWord(l string) bool {
	for _, w := range [...]string{"官网", "官方网站", "平台", "网投", "用址", "投注", "网址"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// siteAdContactRe matches the words a copy site's advertisement of itself
// asks the reader to get in touch or pay with: 加微, 微信, QQ, 润笔, 下载网址.
// A short line of its own with such a word and 资料, no clause in it, is
// the site's offer of more materials (更多写作资料+ 微信：【会员…】).
var siteAdContactRe = mustLitRe(`加微|微信[：:号]|QQ|润笔|下载网址|下载地址|客服`)

// cutSiteAds returns l without its sentences that give a web address and a
// contact together (下载网址：www.某某.com，润笔请加微：某某。), as a copy site
// advertises itself; a report's sentence may name a site, never with a
// contact to pay.
func cutSiteAds(l string) string {
	var b strings.Builder
	cut := false
	for rest := l; rest != ""; {
		i := strings.Index(rest, "。")
		sentence := rest
		if i >= 0 {
			sentence = rest[:i+len("。")]
		}
		rest = rest[len(sentence):]
		if (strings.Contains(sentence, "www.") || strings.Contains(sentence, ".com")) && siteAdContactRe.MatchString(sentence) {
			cut = true
			continue
		}
		b.WriteString(sentence)
	}
	if !cut {
		return l
	}
	return strings.TrimSpace(b.String())
}

// brandChainRe matches, in group 1, a hijacked site's names for itself
// joined by underscores, as its page title lists them where the place's
// name was (365bet网上娱乐_365BETAPP官网_365体育平台网址人民政府…): each
// name is a run of letters and digits, maybe a few words, then a seller's
// word (a year before it, 2031年, is the sentence's), and a chain goes only
// when one of its names is a brand by gamblingBrandRe's shape. A report
// joins no names so.
var brandChainRe = mustLitRe(`(?:^|[^A-Za-z0-9_])(` + brandPart + `(?:_+` + brandPart + `)+)`)

// hanBrandChainRe matches a hijacked site's names for itself in words
// alone, each ending with a seller's word, joined by underscores or
// hyphens (某某体育在线_某某体育投注-彩票平台), with the colon it puts after
// them; cutGamblingBrands cuts one only when an underscore joins it and a
// name sells bets (投注). A report joins no names so.
var hanBrandChainRe = mustLitRe(hanBrandPart + `(?:(?:_+|-)` + hanBrandPart + `)+\s*[：:]?`)

const hanBrandPart = `\p{Han}{1,6}?(?:在线|投注|平台|官网|娱乐|网址|入口|下载)`

const brandPart = `[A-Za-z0-9]{2,12}\p{Han}{0,6}?(?:唯一官网|官方网站|官方入口|官网|平台网址|网址|平台|网上娱乐|娱乐|网投|用址|入口|下载)`

// sportsBetBrandRe matches, in group 1, a betting site's names as spam
// splices them into a hijacked page's sentence: a number (or letters and a
// number) glued to 体育 and the word it sells with (365体育投注,
// bet365体育备用网址), several joined by commas, the comma after the last
// too. A report counts venues with a measure word (12处体育场地) and names
// a sports website in words (县体育官网), never a bare number so.
var sportsBetBrandRe = mustLitRe(`(?:^|[^A-Za-z0-9])(` + sportsBetBrand + `(?:[，,、_]` + sportsBetBrand + `)*[，,]?)`)

const sportsBetBrand = `(?:[0-9]{2,6}|[A-Za-z]{2,8}[0-9]{2,6})体育(?:在线)?(?:投注|备用网址|官网|网址|网投)`

// cutGamblingBrands returns l without the brands gamblingBrandRe finds,
// and without the chains of a hijacked site's names one of them is in.
func cutGamblingBrands(l string) string {
	if strings.Contains(l, "_") && strings.Contains(l, "投注") {
		// …and a chain of names in words alone, one of them selling bets
		// (某某体育在线_某某体育投注-彩票平台：公安局召开…)
		l = hanBrandChainRe.ReplaceAllStringFunc(l, func(m string) string {
			if !strings.Contains(m, "_") || !strings.Contains(m, "投注") {
				return m
			}
			return ""
		})
	}
	if strings.Contains(l, "_") {
		l = brandChainRe.ReplaceAllStringFunc(l, func(m string) string {
			sub := brandChainRe.FindStringSubmatchIndex(m)
			chain := m[sub[2]:sub[3]]
			if !gamblingBrandRe.MatchString(strings.ReplaceAll(chain, "_", " ")) {
				return m
			}
			return m[:sub[2]]
		})
	}
	if strings.Contains(l, "体育") {
		// …and a betting site's names of a number and 体育 spliced into a
		// sentence (365体育投注，365体育备用网址), with the comma between
		l = sportsBetBrandRe.ReplaceAllStringFunc(l, func(m string) string {
			sub := sportsBetBrandRe.FindStringSubmatchIndex(m)
			return m[:sub[2]]
		})
	}
	ms := gamblingBrandRe.FindAllStringSubmatchIndex(l, -1)
	if ms == nil {
		return l
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		b.WriteString(l[at:m[2]])
		at = m[3]
	}
	b.WriteString(l[at:])
	return strings.TrimSpace(b.String())
}

// lotteryTipRe matches a lottery tip seller's words that spam splices into
// the middle of a mirrored page's lines, its headline's most of all
// (民生改4949澳门精准免费大全善成亮点, 新疆马会传真内部绝密信封资料“两会”,
// 政府工黄大仙救世作报告): a tip seller's name, then its wares (资料,
// 大全, 开奖结果, 传真, 今晚, 一肖一码 …) and the draw's numbers. A
// place that a report names too (澳门, 香港) counts only with two of the
// wares after it, as no report writes 澳门精准免费 or 香港资料大全.
var lotteryTipRe = mustLitRe(`(?:\d{2,6})?(?:精选|免费|正版)?(?:(?:新)?(?:澳门|香港|澳門)(?:` + lotteryWares + `)(?:` + lotteryWares + `|\d{1,4})+|(?:管家婆|马会|馬會|黄大仙|黃大仙|六合彩|二四六)(?:` + lotteryWares + `|\d{1,4})+)`)

const lotteryWares = `正版|精准|精準|免费|免費|资料|資料|大全|开奖|開獎|六开奖|六開獎|结果|結果|查询|查詢|最新|今晚|今期|内部|內部|绝密|絕密|信封|传真|傳真|更新|天天|救世|记录|記錄|图库|圖庫|一肖|一码|一碼|特马|特碼|码报|碼報|彩票|准确|準確|公开|公開`

var (
	gamblingRe     = mustLitRe(gamblingWords)
	gamblingTailRe = mustLitRe(`\s*[-_—|｜]\s*(?:[^-_—|｜。，；0-9][^-_—|｜。，；]*)?(?:` + gamblingWords + `)[^-_—|｜。，；]*$`)
)

// isSpam reports whether l stacks four different words of a video site's
// spam (国产精品亚洲综合久久…在线观看无码不卡): no report's sentence does.
func isSpam(l string) bool {
	if !strings.Contains(l, "久久") && !strings.Contains(l, "无码") && !strings.Contains(l, "在线") && !strings.Contains(l, "精品") {
		return false
	}
	seen := map[string]bool{}
	for _, w := range spamWordRe.FindAllString(l, -1) {
		seen[w] = true
	}
	return len(seen) >= 4
}

// isBrandStuffing reports whether l is a hijacked site's string of search
// keywords: one brand's name over and over, a list of six items at least
// with no sentence's stop, most of them opening with the same two
// characters and three at least selling it (某某,某某体育,某某官方网站,
// 某某体育登录入口,某某app下载,…). A report's list (各乡镇,各部门) names
// different things and sells none.
func isBrandStuffing(l string) bool {
	if strings.ContainsAny(l, "。；") || !strings.Contains(l, "官网") && !strings.Contains(l, "入口") && !strings.Contains(l, "登录") {
		return false
	}
	items := strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == '，' || r == '、' })
	if len(items) < 6 {
		return false
	}
	first := func(s string) string {
		s = strings.TrimSpace(s)
		if utf8.RuneCountInString(s) < 2 {
			return ""
		}
		_, a := utf8.DecodeRuneInString(s)
		_, b := utf8.DecodeRuneInString(s[a:])
		return s[:a+b]
	}
	heads := map[string]int{}
	top, sells := 0, 0
	for _, it := range items {
		if h := first(it); h != "" {
			heads[h]++
			top = max(top, heads[h])
		}
		if brandSellerRe.MatchString(it) {
			sells++
		}
	}
	return top*3 >= len(items)*2 && sells >= 3
}

// brandSellerRe matches the words a hijacked site's keywords sell its
// brand with: its site, its login, its app and its sign-up.
var brandSellerRe = mustLitRe(`官网|官方网站|登录|入口|下载|注册|(?i:app)`)

// collectionNoteRe matches an online library's note of the collection a
// work is in (本作品收录于《某某文集》), its closing bracket cut or not.
var collectionNoteRe = mustLitRe(`^本(?:作品|文|篇)?(?:收录于|收錄於|收录在|收錄在)\s*《[^《》。；]{1,50}》?$`)

var (
	// columnCrumbRe matches a breadcrumb from a site's column straight to
	// the paper's name, without the home page: 讲话致辞 >在某县…的讲话.
	columnCrumbRe = mustLitRe(`^\p{Han}{2,8}\s*[>›»＞]\s*[^\s，。；！？>›»＞]{4,50}$`)
	// youAreHereRe matches a breadcrumb's label that tells the reader where
	// he is (您的位置, 您现在的位置, 您当前的位置, 您目前的位置), and the
	// labels 所在位置 and 当前页面.
	youAreHereRe = mustLitRe(`^(?:您(?:现在|当前|目前)?的位置|所在位置|当前页面)`)
	// crumbLabelRe matches the label a breadcrumb starts with.
	crumbLabelRe = mustLitRe(`^(?:您的位置|您现在的位置|您当前的位置|当前位置|所在位置|当前的位置|当前页面|(?:您|你)(?:当前|现在|目前)?所在的?位置|当前所在的?位置)\s*[：:]?`)
	// crumbColumnsRe matches what a breadcrumb's label leaves: short column
	// names with a separator between each and nothing else (政务公开 >
	// 工作报告).
	crumbColumnsRe = mustLitRe(`^\s*[^\s，。；！？,>›»＞]{1,10}(?:\s*[>›»＞]\s*[^\s，。；！？,>›»＞]{1,10})+\s*$`)
	// crumbLabelOnlyRe matches a breadcrumb's label alone on its line, its
	// colon after it or not, the crumbs on the next line (您当前所在的位置,
	// 您所在的位置：, 当前位置).
	crumbLabelOnlyRe = mustLitRe(`^(?:您|你)?(?:当前|现在|目前)?(?:所在|所处)?的?位置\s*[：:]?$`)
	// crumbHomeRe matches a breadcrumb that opens with 首页 and a separator
	// (首页 > 新闻, 首页-->新闻, 首页 » 新闻, 首页/ 政务公开 / 正文).
	crumbHomeRe = mustLitRe(`^(?:首页|首頁)\s*(?:[-—=]{0,3}[>›»＞]|/\s*\S)`)
	// bareCrumbsRe matches a breadcrumb whose arrows a scraper lost, alone
	// on its line: the home link and one to three column names, a space
	// between each (首页 规划计划, 首页 政务公开 本局文件).
	bareCrumbsRe = mustLitRe(`^(?:首页|首頁)(?:[ \x{3000}]+\p{Han}{2,6}){1,3}$`)
	// crumbArticleRe matches a breadcrumb whose separators the scraper
	// lost, from the home page to the article's crumb 正文 (首頁某縣—正文,
	// 首页 新闻 正文), with a share button after it; a crumb numbered
	// by a scraped list, down to the article (3. > 正文); and a news
	// site's crumb from its column (or two) down to the article, without
	// the home page (某市> 正文, 国内 > 时政 > 正文), or from the site's
	// name, its arrow lost (某某社某某分社正文, 某某网正文), or from the
	// site's name through a news column's (…要闻, …新闻, …动态, …快讯: the
	// column a crumb names last before 正文), all the arrows lost
	// (某市人大人大要闻正文). A headline does not end with the word 正文.
	crumbArticleRe = mustLitRe(`^(?:(?:首页|首頁)[^，。；：:！？,]{0,24}(?:正文|详细信息|詳細信息|详细内容|内容详情)\s*(?:分享|打印)?|\p{Han}{1,10}(?:社|网|網|站|频道|頻道)\s*正文|\p{Han}{2,16}(?:要闻|要聞|新闻|新聞|动态|動態|快讯|快訊|资讯|資訊)\s*正文|\d{1,2}\.\s*(?:[>›»＞]\s*[^\s，。；：:！？、>›»＞]{1,12}\s*)*[>›»＞]\s*正文|\p{Han}{2,8}(?:\s*[>›»＞]\s*\p{Han}{2,8}){0,2}\s*[>›»＞]\s*正文)$`)
	// crumbTailRe matches a crumb a scraper put on a line of its own under
	// the breadcrumb it belongs to: a separator, then a short column name
	// (> 政务公开, » 2031年).
	crumbTailRe = mustLitRe(`^[>›»＞]\s*[^\s，。；：:！？、]{1,20}$`)
	// todayRe matches a portal's date widget: 今天是：2032年1月5日 星期一,
	// or its label (当前时间为：) with the time a script wrote after it, or
	// left empty.
	// An e-paper's edition date alone on its line with its weekday
	// (2032年01月06日 星期三) is one too: no report dates a line so. So is
	// a news site's live clock, the time of day said in words before it
	// (2031/12/28 上午9:27:28 星期五). The widget may give the day of the
	// lunar calendar after the weekday (今天是：2032年1月5日 星期一 农历
	// 腊月廿三).
	todayRe = mustLitRe(`^(?:今天是|(?:当前|现在)(?:时间|日期)(?:为|是)?\s*[：:])\s*[：:]?\s*(?:` + dateTimePat + `)?\s*(?:星期[一二三四五六日天])?` + lunarDayPat + `$|^` + dateTimePat + `\s*星期[一二三四五六日天]` + lunarDayPat + `$|^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:上午|下午|中午|晚上|凌晨)\s*\d{1,2}:\d{2}(?::\d{2})?\s*星期[一二三四五六日天]$`)
	// siteDateRe matches a portal's header that gives the site's name
	// beside its date widget, today's date and its weekday (某某区人民政府
	// 2032年1月5日星期一): no line of a report dates itself by the weekday
	// alone.
	siteDateRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,24}\s+(?:今天是\s*[：:]?\s*)?` + dateTimePat + `\s*(?:星期|周)[一二三四五六日天]$`)
	// pageTagRe matches a content system's page-break tag: [NextPage],
	// [page].
	pageTagRe = mustLitRe(`\s*\[(?i:nextpage|page|pagebreak)\]\s*`)
	// isoDateRe matches a page's date alone on its line in the form a
	// site prints it (2031-08-10), no form a report dates itself in.
	isoDateRe = mustLitRe(`^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$`)
	// dateColumnRe matches a copy site's date of the copy with the column
	// it filed it under (2031-06-18 总结, 2031-06-18 工作计划).
	dateColumnRe = mustLitRe(`^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+(?:工作)?(?:总结|计划|报告|范文|心得体会|心得|述职报告|述职|讲话稿|发言稿|演讲稿|方案|致辞)$`)
	// editorTitleRe matches the name an HTML editor gives a page its author
	// left unnamed (New Page 1, 无标题文档, Untitled Document).
	editorTitleRe = mustLitRe(`^(?:New Page(?:\s+\d{1,3})?|无标题文档|無標題文件|Untitled(?:\s+Document)?(?:-\d{1,3})?)$`)
	// fieldCodeRe matches a Word hyperlink's field code left in a copied
	// text, with its switches: HYPERLINK /Article/ \t _blank.
	fieldCodeRe = mustLitRe(`\s*HYPERLINK\s+"?[^\s"]*"?(?:\s+\\[a-z]\s+"?[^\s"\p{Han}]*"?)*\s*`)
	// blankFieldsRe matches a template's labels left with blanks before
	// the text: 撰写人：_______ 日期：_______.
	blankFieldsRe = mustLitRe(`(?:^|\s)(?:\p{Han}(?:\s?\p{Han}){0,3}\s*[：:]\s*_{3,}\s*)+`)
	// trailingTagRe matches a copy site's tags after the text: [标签:介绍].
	trailingTagRe = mustLitRe(`\s*[\[【]\s*标签\s*[：:][^\]】]{0,30}[\]】]$`)
	// siteCreditRe matches a news site's name in square brackets after a
	// sentence's end: 。 [某某网].
	siteCreditRe = mustLitRe(`([。！？”])\s*\[\p{Han}{2,10}网\]$`)
	// editLinkRe matches a wiki's edit link after a heading: 关于国内建设[编辑],
	// 關於國內建設[編輯], [编辑源代码].
	editLinkRe = mustLitRe(`\s*\[\s*(?:编辑|編輯|编辑源代码|編輯原始碼|编辑本段|編輯本段)\s*\]$`)
	// slashCounterRe matches a library's page counter glued before a year
	// at a line's start: 1/13 before 2031年….
	slashCounterRe = mustLitRe(`^(\d{1,3})/(\d{1,3})((?:19|20)[0-9]{2}\s*年)`)
	// viewerNameHeadRe matches a document viewer's head glued before a
	// page's text: its page counter, the file's name, and its mark for the
	// text it leaves out (1/9某局2031年工作要点〔...〕).
	viewerNameHeadRe = mustLitRe(`^(\d{1,3})\s*/\s*(\d{1,3})\s*\p{Han}[^〔〕。！？；，,]{2,60}?〔(?:\.{3}|…{1,2})〕`)
	// columnLineRe matches a copy site's line of the column, the date and
	// the count of views: 栏目：工作总结精选 / 发布于： / 人气：5.74K.
	columnLineRe = mustLitRe(`^栏目\s*[：:].{0,30}(?:发布于|人气|浏览)`)
	// posterRe matches a bar before a poster's user name: | cwl2.
	posterRe = mustLitRe(`^[|｜]\s*[A-Za-z][A-Za-z0-9_]{1,19}$`)
	// pieceCountRe matches a collection's label for a piece with the
	// piece's title and its word count: 第1篇 某某工作总结 1850字.
	pieceCountRe = mustLitRe(`^第\s*[0-9一二三四五六七八九十]{1,3}\s*篇\s*\S.{1,60}?\s*\d{3,5}\s*字$`)
	// libraryStatRe matches a library's stats as bullets: its counters (•
	// 20), the length (• 约4.29千字, • 约 7页), the upload (• 2031-12-15 发布于
	// 某省) and the report button (• 举报); a page turned into text may list
	// them with dashes (- 约 7页).
	libraryStatRe = mustLitRe(`^[•·●-]\s*(?:\d{1,6}|约\s*[0-9.]+\s*[千万]?字|约\s*\d+\s*页|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*发布于\s*\p{Han}{0,8}|举报)$`)
	// pageLabelRe matches a page's label left alone on its line: a reading
	// control's with its value gone (文字：, 保护视力色：, the font size or the
	// eye-care colour a script fills in), the label a text extractor puts
	// over the text it pulled from a file (文本内容：), a link to the page's
	// file (文件下载) and the page's menu button (导航菜单), a newspaper site's
	// empty box for the story's summary (阅读提示), a portal's empty list of
	// linked stories (关联稿件：), the caption over a disclosure's table of
	// stamps (信息公开元数据), a disclosure page's tab words (详细信息,
	// 公开具体内容), a forum's caption over a post's attachments (附件列表).
	// An old news page asks the reader to choose the size in words
	// (定义你的浏览字号：, 选择字号：, 调整您的阅读字体：), its buttons pictures.
	// fullTextLinkRe matches a link's label to the full text or to the
	// original alone in its brackets: 【全文链接】, [原文链接], 【点击阅读全文】.
	fullTextLinkRe = mustLitRe(`^[【\[]\s*(?:全文链接|原文链接|全文阅读|阅读全文|点击阅读全文|点击查看全文|查看全文)\s*[】\]]$`)
	pageLabelRe    = mustLitRe(`^(?:(?:(?:定义|选择|调整|设置)(?:[你您]的)?(?:浏览|阅读)?)?(?:文字|字体|字号|保护视力色|视力保护色|护眼色|护眼模式|背景色|背景颜色|文本内容|文档内容|关联稿件)\s*[：:]|文件下载|附件下载|下载附件|附件列表|导航菜单|网站导航|阅读提示|(?:信息公开)?元数据|详细信息|公开具体内容)$`)
	// reviewStampRe matches the stamps a department's budget or final
	// accounts page carries above its text, that the secrecy review and the
	// head's signature were done: 保密审查情况：已审查, 部门主要负责人审签情况：已审签.
	reviewStampRe = mustLitRe(`^(?:保密审查情况|(?:部门|单位)?(?:主要)?负责人审签情况|审签情况)\s*[：:]\s*\p{Han}{0,6}$`)
	// blockLabelRe matches the label of a copy site's block on a line of its
	// own: 【概述】, 【正文】.
	blockLabelRe = mustLitRe(`^【\s*(?:概述|正文|摘要|简介)\s*】$`)
	// lawPropertyRe matches a field of a law database's record of a
	// document, one to a line after its bullet, its label in square
	// brackets (•【制定机关】某市某局, 【公布日期】2031.03.23, 【效力等级】…),
	// and the caption over them (文章属性).
	lawPropertyRe = mustLitRe(`^(?:[•·●]?\s*【\s*(?:制定机关|发布机关|发文机关|发布部门|公布日期|发布日期|施行日期|实施日期|失效日期|效力等级|效力级别|时效性|主题分类|法规类别|发文字号|字号|文号)\s*】|(?:文章|法规|文件)属性$)`)
	// readerCountRe matches a page's count of its readers, alone on its
	// line under the headline (256人看过, 1024次浏览, 88人阅读).
	readerCountRe = mustLitRe(`^[0-9]{1,9}\s*(?:人(?:看过|浏览过?|阅读过?|读过|已读|围观)|次(?:浏览|阅读|查看|点击))$`)
	// lawFieldRunRe matches a field of a law database's record whose label
	// runs into its value, colon and brackets lost, on a line of its own:
	// the validity (时效性现行有效), a date (发文日期2031年10月28日,
	// 施行日期2031-10-28), the rank or the class (效力级别地方规范性文件),
	// the issuing body (发文机关明湖市中级人民法院). No line of a report is
	// a label and its value alone.
	lawFieldRunRe = mustLitRe(`^(?:时效性\s*(?:现行有效|已失效|失效|部分失效|已被修改|已修改|尚未生效|尚未施行|已废止|废止)|(?:发文日期|发布日期|公布日期|颁布日期|施行日期|实施日期|生效日期|失效日期|执行日期)\s*` + dateTimePat + `|(?:效力级别|效力等级|法规类别)\s*\p{Han}{2,12}|(?:发文机关|发布机关|制定机关|发布部门|颁布单位)\s*\p{Han}{2,30})$`)
	// recordFieldRe matches a field of a newspaper archive's record, its
	// label in square brackets and an equals sign before its value
	// (【日期】= 2031.03.13, 【标题】= …, 【作者】=): no line of a report.
	recordFieldRe = mustLitRe(`^【\s*\p{Han}{2,4}\s*】\s*[=＝]`)
	// volumeRe matches a yearbook's or a gazette's volume label alone on
	// its line (2032卷, 2032年卷): no sentence of a report.
	volumeRe = mustLitRe(`^(?:19|20)[0-9]{2}\s*年?\s*卷$`)
	// disclosureLabelRe matches a label of a portal's disclosure table
	// (附件下载 among them, beside 发布机构 in a row whose download is empty),
	// also the fields an old county portal prints one a line and leaves
	// empty (有效时间：, 公开对象：, 状态：; the last only bare, a word of
	// reports too).
	disclosureLabelRe = mustLitRe(`信息索引号|公文时效|有效时间|所属主题|公开对象|发文类型|公开部门|状态(?:\s*[：:])?$|信息索取号|索引号|内容分类|发文日期|生效时间|废止时间|失效时间|失效日期|生效日期|废止日期|备注|公开日期|公布日期|文件编号|统一编号|效力状况|发布单位|内容概述|内容概览|公开责任部门|公开形式|组配分类|生成日期|发布日期|成文日期|公开方式|公开范围|公开时限|发布机构|发文机关|发文机构|发文字号|主题分类|体裁分类|文件分类|信息分类|主题词|所属机构|有效性|效力状态|政策咨询机关|政策咨询电话|文号|附件下载|名称|公开目录|浏览量|浏览次数`)
	// strongDisclosureRe matches the labels no report's own line opens with
	// a value after (索引号 K0000/2032-001), and the issuing-office row
	// whose colon the table lost, an office's name its value (发文机关 某某
	// 区人民政府办公室), the next cell's label after it when its value is
	// empty (发文机构 市发展和改革委员会 文  号).
	strongDisclosureRe = mustLitRe(`^(?:法宝引证码|时效性|公文时效|主题分类|体裁分类|效力级别|法规类别|信息索引号|索引号|组配分类|生成日期|成文日期|公开方式|文件分类|信息分类|所属机构|效力状态|效力状况|文件编号|统一编号|内容概述|内容概览|时效\s*[：:]|(?:发文机关|发布机构|发文机构)\s*\p{Han}{2,30}(?:人民政府|办公室|办公厅|委员会|政府|局|厅|委|办)(?:[(（][\p{Han}]{2,12}[)）])?(?:\s+(?:文\s*号|发文字号)\s*[：:]?)?\s*$)`)
	// copyNoteRe matches a copy site's note on what it republishes, also
	// when it names itself or shares (下面是某某网整理的…，欢迎参考;
	// 下面和大家分享…，欢迎大家阅读; 下面是网友整理分享的…相关资料，供大家
	// 学习参考), run onto the blurb before it.
	// Its lead-in says the same: 导语：如何才能写好一篇…，欢迎阅读由某某网整理的
	// 三篇范文，供你借鉴. Its note that it shows a preview only (说明：文章
	// 内容仅供预览，部分内容可能不全，…请下载word后使用) is the site's too.
	// Its invitation ends it: 下面我就给大家讲一讲…，我们一起来看一看吧;
	// so does its offer to the curious: 这里给大家带来的是某局2031年上半年
	// 工作总结，有兴趣的小伙伴可以进来看看，参考参考！
	// Its intro that says the post presents model texts of the genre
	// (本文旨在呈现多篇《某某工作总结》范文，…; 本文为您精选了三篇…范文).
	copyNoteRe = mustLitRe(`本文(?:旨在)?(?:为(?:大家|您|你))?(?:呈现|提供|精选|收录|汇集|汇总|整理|分享|带来)了?[^。！]{0,24}范文|内容仅供预览|请下载\s*(?i:word)\s*后使用|小编|为(?:大家|您|你)(?:整理|精心准备|精心整理|收集整理|推荐)|(?:下面|以下)[^。！]{0,40}(?:整理|分享|收集)[^。！]{0,60}(?:欢迎(?:大家|你|您)?(?:参考|阅读|借鉴|下载)|供(?:大家|你|您)(?:学习)?(?:参考|借鉴)|希望(?:能)?(?:帮助到(?:大家|你|您)|对(?:大家|你|您)有(?:所)?帮助))|^导语\s*[：:].*(?:范文|供(?:你|您|大家)(?:借鉴|参考))|(?:下面|以下)[^。！]{0,60}(?:一起来看(?:一)?看吧|一起来(?:学习|了解)一下吧)|给(?:大家|您|你)带来(?:的是|了)[^。！]{0,60}?(?:有兴趣|感兴趣|参考|借鉴|阅读|看看)|有兴趣的(?:小伙伴|朋友|同学|读者)们?[^。！]{0,12}?(?:看看|了解|阅读|参考)`)
	// readingModeBylineRe matches a blog theme's byline under a post's
	// headline: the poster, the category, the view count run onto the
	// theme's reading-mode switch (qinghe 计划总结36阅读模式).
	readingModeBylineRe = mustLitRe(`^\S.{0,30}?[0-9][0-9,.]*\s*[万wW]?\s*阅读模式$`)
	// forumPanelRe matches a line of a forum's panel on a post's author:
	// its mood (TA的每日心情), its days signed in, its level ([LV.4]), a
	// counter's label alone or with its number (积分, 帖子 3485); and the
	// thread's counters (查看: 62|回复: 0), the post's stamp (发表于
	// 2031-4-24 11:26:26 | 显示全部楼层) and the post it answers, its title,
	// poster and time run together (回答: 某某帖子标题.某网友2031-01-11
	// 14:58:21).
	forumPanelRe = mustLitRe(`^(?:回答|回复)\s*[：:].{1,60}?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^[•·]?\s*TA的每日心情|^[•·]?\s*签到天数|^发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}|^查看\s*[：:]\s*\d+\s*[|｜]\s*回复\s*[：:]\s*\d+|^签到天数\s*[：:]|^\[LV\.\d+\]|^[-•·]?\s*(?:积分|帖子|主题|精华|威望|金钱|贡献|在线时间|注册时间|最后登录)\s*[：:]?\s*[\d.]*$`)
	// forumLabelRe matches a counter's label alone, whose number a scraper
	// put on the next line.
	forumLabelRe = mustLitRe(`^[-•·]?\s*(?:积分|帖子|主题|精华|威望|金钱|贡献)\s*[：:]?$`)
	// readingTimeRe matches a page's note of the text's length and reading
	// time (共计3120个字，预计阅读时长10分钟), also as a blog's card of
	// label|value lines under its headline: 全文字数|3.2千, 阅读时间|11分钟,
	// and the card's 图片来源|网络.
	readingTimeRe = mustLitRe(`预计阅读(?:时长|时间)\s*[：:]?\s*\d+\s*分钟|阅读(?:全文)?(?:需要|约需|大约需要)\s*\d+\s*分钟|^(?:全文|文章)?字数\s*[|｜]\s*[0-9][0-9.,]*\s*[千万]?\s*字?$|^阅读(?:时间|时长)\s*[|｜]\s*[0-9][0-9.]*\s*分钟$|^图片来源\s*[|｜]\s*\S{1,12}$`)
	// bannerRe matches a copy site's banner: its address, a dash and its
	// slogan (EXAMPLE.COM —— 专注公文写作范文).
	// Or its name, ending in 网, and a slogan set off by a spaced dash
	// (某某公文网 - 某某秘书之家), or by dashes alone when the slogan is the
	// site's full name (某某网--中国某某信息网). Or any short name and a
	// slogan that says it is a site (某某文档 - 专业范文资料分享网站). Or its
	// slogan and its address alone on a line (某某公文写作范文大全：www.example.com),
	// or a portal's name and its host between bars (某某县人民政府办公室.政务
	// | www.example.gov.cn |).
	bannerRe = mustLitRe(`^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?i:com|cn|net|org|cc|top)\s*[—–-]{1,2}\s*\S|^[\p{Han}A-Za-z0-9]{2,12}网\s+[—–-]{1,2}\s+[\p{Han}A-Za-z0-9]{2,16}$|^[\p{Han}A-Za-z0-9]{2,12}\s+[—–-]{1,2}\s+[\p{Han}A-Za-z0-9]{2,24}网站$|^[\p{Han}A-Za-z0-9]{2,12}网\s*[—–-]{1,2}\s*[\p{Han}A-Za-z0-9]{2,16}(?:网|网站)$|^\p{Han}[\p{Han}A-Za-z0-9]{3,23}\s*[：:]\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?$|^\p{Han}[\p{Han}A-Za-z0-9.·]{3,23}\s*[|｜]\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*[|｜]?$`)
	// welcomeBlurbRe matches a copy site's welcome blurb: it welcomes the
	// reader to the site and asks the reader to keep following it or to
	// read on (欢迎来到某某网，本文为大家带来…，欢迎大家阅读借鉴，想了解
	// 更多，请继续关注某某网。).
	welcomeBlurbRe = mustLitRe(`^欢迎来到[^，,。！!]{1,16}[，,！!]\s*(?:本文|本篇|这里|小编).*(?:请?继续关注|欢迎(?:大家|您|你)?阅读)`)
	// welcomeRe matches a site's welcome line, also after a greeting
	// (您好，欢迎访问某某文档), a space maybe after the welcome's verb
	// (欢迎来访 某某新闻网-某某门户网站), or one that asks the reader in
	// (欢迎进入某某网！), or one that names the site first, a comma after
	// the name maybe (某某人大网欢迎您！, 某某文库，欢迎您！), or the government
	// whose portal it is (某某县人民政府欢迎您！).
	welcomeRe = mustLitRe(`^(?:[\p{Han}A-Za-z0-9]{2,24}(?:网|网站|门户|文库|人民政府|政府)[，,]?欢迎(?:您|你)(?:的光临|的访问)?[！!]?|(?:您好|你好)\s*[，,！!]?\s*欢迎(?:来到|访问|光临|来访|进入)\s?\S{1,24}|欢迎(?:来到|访问|光临|来访|进入)\s?\S{1,24}|文档简介|文档介绍|资源简介|资源描述|文本描述|文章导读|(?:文件|文档|资源)预览区?|(?:论文|文章|期刊)?部分内容阅读)$`)
	// welcomeSloganRe matches a site's welcome that goes on to the site's
	// slogan after a dash or a bang (欢迎光临某某人才网-最专业的某某培训基地！是
	// 某某人才的加油站！): too long for welcomeRe, and no sentence of a paper;
	// or to the site's bar of links after a bang and a bar (欢迎来到某某
	// 文库！ | 帮助中心 …), whatever the site calls itself.
	welcomeSloganRe = mustLitRe(`^欢迎(?:来到|访问|光临|来访|进入)\s?(?:[\p{Han}A-Za-z0-9]{2,20}(?:网|网站|门户网?|平台|在线)\s*[-—–－|｜！!]\s*[^。；;，,]{2,50}|[\p{Han}A-Za-z0-9]{2,20}\s*[！!]\s*[|｜]\s*[^。；;，,]{2,60})$`)
	// teaserLinkRe matches a site's teaser cut short before its link to
	// the rest (某某网站长、公文写作专家、公务...[详细], …【更多】).
	teaserLinkRe = mustLitRe(`(?:\.{2,}|…+)\s*[\[【［](?:详细|详情|更多|全文)[\]】］]$`)
	// pageCountRe matches a library's page counter glued before a line:
	// 第1页共9页; innerPageCountRe the same counter inside a line, where
	// the flattened text of a page ran into the next (…地铁第2页共18页1、2号线).
	pageCountRe = mustLitRe(`^第\s*\d+\s*页\s*[，,/]?\s*共\s*\d+\s*页\s*`)
	// downloadBannerRe matches a library's banner glued before a line:
	// 精品文档---下载后可任意编辑.
	downloadBannerRe = mustLitRe(`^(?:精品文档|精品资料|优质文档)?\s*[-—－_:：]*\s*下载后可(?:任意|自由|随意)?编辑\s*`)
	innerPageCountRe = mustLitRe(`第\s*\d+\s*页\s*[，,/]?\s*共\s*\d+\s*页`)
	// shortStampRe matches a news app's stamp that leaves out the year: the
	// month and day, the time and the account (01-14 20:30 某某发布).
	shortStampRe = mustLitRe(`^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s+[\p{Han}A-Za-z0-9]{2,12})?$`)
	// editableStampRe matches a library's stamp on the first page of a
	// file it converted, alone on its line, the page's number and the
	// year maybe before it (1 2031 最新修订（可编辑）, 精品文档（可编辑版）).
	editableStampRe = mustLitRe(`^(?:[0-9]{1,3}\s+)*(?:(?:19|20)[0-9]{2}\s*年?\s*)?(?:最新修订|最新整理|最新版|精品文档|精编版?)?\s*[（(]?\s*可编辑版?\s*[）)]?$`)
	// previewRe matches the name of a library's preview image of a page.
	previewRe = mustLitRe(`_第\s*\d+\s*页$`)
	// readOnRe matches a prompt to read on, pay or log in, a paper site's
	// note that the rest is for its members (全文共3514字，仅供站内会员…,
	// 新来的客人请【点此注册】加入会员), its plea to pay to copy (内容仅供学习，
	// 如需复制请赞助会员…, 赞助会员请点击：开通会员) and its label over the
	// preview (内容预览：), and a trade site's notice that the text is for
	// its members (对不起，当前内容只对会员开放, 登录后即可查看全部信息,
	// 非会员注册可获赠7天免费试用).
	readOnRe = mustLitRe(`(?:预览|试读)(?:阅读)?已?结束|已阅读\s*\d+\s*页|还剩\s*\d+\s*页未读|继续免费阅读|需要先?登录|阅读全部图文|登录后(?:即可|方可|才能|可)?(?:阅读|查看|下载|浏览)|^请先登[录陆]$|仅供站内会员|(?:会员|用户|客人)请【[^】]{2,8}】|^内容预览\s*[：:]?$|如需复制|赞助会员|开通会员|(?:内容|全文|本文|信息)(?:只|仅)(?:对|向|限)\S{0,4}会员(?:开放|可见)|^非会员注册`)
	// shareRe matches a share widget's instructions left in a page's text
	// (打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈),
	// its prompt to open the page on a phone (扫一扫在手机打开当前页) and
	// its prompt to load more (轻触这里，加载下一页), the captions of a
	// news page's share box (分享至好友和朋友圈, 复制本文分享给好友, 打开微信使用
	// “扫一扫”), and the captions under a site's QR codes that name the app
	// to scan them with (打开「微信」扫一扫, 微信“扫一扫”关注, 抖音扫一扫关注抖音号).
	shareRe = mustLitRe(`扫一扫在手机(?:上)?打开|分享(?:至|到)(?:好友(?:和|及|与|、))?朋友圈|打开微信[，,]?\s*(?:点击底部|使用\s*[“"]?扫一扫)|本文分享给(?:好友|朋友)$|^打开\s*[「“"『]?(?:微信|抖音|QQ|支付宝|微博|快手)[」”"』]?\s*(?:扫一扫|扫码)$|^(?:微信|抖音|QQ|微博)\s*[“"「]?扫一扫[”"」]?\s*关注|加载下一页|轻触这里`)
	// flipPageRe matches the running head of a flip-book page saved as
	// text: Page 2 - 某某报告, P. 2.
	flipPageRe = mustLitRe(`^(?:Page\s*\d+\s*[-–—]\s*\S.{0,40}|P\.\s*\d+)$`)
	// fieldRe matches one labelled field of a page's stamp, its value
	// a date and time or a short word (栏目：政策文件), and the bare
	// buttons beside them, bracketed too (【收藏】【小 中 大】), and a count
	// left empty (阅读 次). A news item's closing bracket of its source and
	// who reposted it is such fields too, in either script (（新闻来源：某县
	// 融媒体中心 转载：某某）, （新聞來源：… 轉載：…）). An old news page's
	// link to its special on the event is one too (专题：2031年明湖两会).
	// A source's value may be the site's web address (来源：http://www.
	// example.com), and a list template stamps the time without the year,
	// in square brackets ([05-13 14:52:51]).
	fieldRe = mustLitRe(`(?:新闻来源|新聞來源|信息来源|文章来源|来源网站|来源|來源|转载|轉載|栏目|专题|责任编辑|编辑|作者|供稿|发布时间|发布日期|发布|更新时间|发表时间|时间|日期|点击量|点击数|点击|浏览量|浏览次数|浏览|阅读|访问量|访问次数|索引号|主题分类|发文机构|发文字号|发文日期|成文日期|有效性|内容概述|公布日期|公开方式|发布单位|统一编号|文件编号|效力状况|格式|大小|页数|分类)\s*[：:]\s*(?:` + dateTimePat + `|(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[!-~]*)?|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}月?|[0-9.]+\s*[Ww万]?\s*次?|[^\s:：|｜•·]{1,20})?|收藏|分享|WORD下载|下载|打印|关闭|[|｜•·●>»›＞]|(?:阅读|浏览|点击)\s*次|【[\p{Han}\s]{1,8}】|\[\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\]|` + dateTimePat)
	// disclosureCellRe matches the label cell that opens a row of a
	// portal's disclosure table drawn with bars (索引号 | K0000/2031-01 |),
	// the keyword, office and validity rows too (关键词 | 发布机构 | 某办 |,
	// 责任部门 | 某办 |, 是否有效 | 是 |).
	disclosureCellRe = mustLitRe(`^(?:信息索引号|信息索取号|信息类别|索引号|文件名称|公开目录|公开类别|公开日期|废止日期|失效日期|生效日期|公布日期|文件编号|统一编号|效力状况|发布单位|公开责任部门|公开形式|组配分类|生成日期|主题分类|体裁分类|服务对象分类|公开范围|公开方式|公开时限|发布机构|发文机关|发文机构|发文字号|文号|成文日期|发布日期|有效性|是否有效|信息来源|信息分类|主题词|关键词|关键字|责任部门|内容概述|名称|标题)$`)
	// watermarkRe matches the notice a copy site prints inside the text
	// between dashes (---本文来源于网络，仅供参考，如有侵权请联系删除---).
	watermarkRe = mustLitRe(`-{3,}[^-\n]{0,40}?(?:来源于网络|仅供参考|侵权|联系删除)[^-\n]{0,40}-{3,}`)
	// abstractRe matches a library's abstract, which copies the text's
	// start and ends with its word count or an ellipsis (摘要：… …（全文共：
	// 1831字）), and a teaser's note that the text goes on (（未完，全文共2234
	// 字，当前显示319字）).
	// docShareNoteRe matches a document-sharing or copy site's own lines
	// about the file above its text: who uploaded it (本文由用户“某某”分享
	// 发布 更新时间：… 举报文档), the note that a plain-text preview follows
	// (以下为《某某政府工作报告》的无排版文字预览，完整格式请下载), and a
	// 范文 page's labelled rows, each after the page's headline again
	// (某某政府工作报告 本文关键词：某某，政府工作报告 / … 本文简介：the
	// opening run together and cut / … 本文内容：). The blurb's copy of the
	// opening is the page's, not the report's: the text follows in full.
	docShareNoteRe = mustLitRe(`^(?:[^\s，。；：:]{2,40}\s*)?本文(?:关键词|关键字|简介|内容)\s*[：:]|^本文由(?:用户|会员|网友)\s*[“"「『][^”"」』]{1,40}[”"」』]\s*(?:分享|上传)|^以下为《[^》]{1,80}》的(?:无排版)?(?:文字)?预览`)
	abstractRe     = mustLitRe(`^(?:摘要\s*[：:].*(?:[（(]\s*全文共\s*[：:]?\s*\d+\s*字\s*[）)]|\.{3}|…)|(?:…+|\.{3,})?\s*[（(]\s*未完\s*[，,]?\s*全文共\s*\d+\s*字.*)$`)
	// paywallNoteRe matches a paywalled copy site's note, alone on its
	// line, that it left part of the text out for its members
	// (……（某某文秘网https://…省略612字，正式会员可完整阅读）, also with an
	// ellipsis after it: ……（…）……); bookmarkRe its
	// bookmark button labelled with the title (收藏《某某工作总结》)); and
	// hiddenCutRe its note inside a cut sentence (二是 ……此处隐藏1804个字……元。).
	paywallNoteRe = mustLitRe(`^(?:…+|\.{3,})?\s*[（(][^（()）]{0,60}?(?:省略\s*\d+\s*个?字|会员可(?:完整|全文)?(?:阅读|查看|下载))[^（()）]{0,40}[）)]?\s*(?:…+|\.{3,})?$`)
	bookmarkRe    = mustLitRe(`^(?:收藏|加入收藏)\s*《[^《》]{2,80}》\s*[）)]?$`)
	// docStatsRe matches a document site's line of facts about the file:
	// its date, views, size and pages, and the poster button (2031-05-19
	// 999+ 16.44KB 13 页 海报); archiveStampRe a portal's archive stamp
	// (归档时间：2032-06-15), the day the page was filed, never the paper's.
	docStatsRe     = mustLitRe(`^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*)?(?:\d+\+?\s+)?[0-9.]+\s*(?i:kb|mb)\s*(?:\d+\s*页)?\s*(?:海报|下载|收藏|举报|分享)*$`)
	archiveStampRe = mustLitRe(`^归档(?:时间|日期)\s*[：:]\s*` + dateTimePat + `$`)
	hiddenCutRe    = mustLitRe(`\s*(?:…+|\.{3,})?\s*此处(?:隐藏|省略)\s*\d+\s*个?字\s*(?:…+|\.{3,})?`)
	// abstractMarkRe matches a periodical library's mark that the text
	// begins where an abstract would (<正>), with the label of the abstract
	// before it: 简介：<正>, 摘要：<正>.
	abstractMarkRe = mustLitRe(`^(?:(?:简介|摘要|内容摘要|内容简介|提要)\s*[：:]\s*)?<正>\s*`)
	// abstractLabelRe matches the same label alone on its line, the mark
	// and the text on the next: 摘要 / <正>各位代表：….
	abstractLabelRe = mustLitRe(`^(?:简介|摘要|内容摘要|内容简介|提要)\s*[：:]?$`)
	// blurbLabelRe matches the labels of abstractLabelRe that a copy site
	// puts over its blurb of the text (简介 / 2031年1-10月，区教育局…).
	blurbLabelRe = mustLitRe(`^(?:内容)?简介\s*[：:]?$`)
	// imageEmbedRe matches a Markdown image's embed: ![alt](address).
	imageEmbedRe = mustLitRe(`!\[[^\[\]]{0,40}\]\([^()\s]{0,200}\)`)
	// bracketedRe matches a line wholly in square brackets.
	bracketedRe = mustLitRe(`^\[\s*([^\[\]]{4,80}?)\s*\]$`)
	// nameCellRe matches the label of a disclosure table's cell that holds
	// the file's name.
	nameCellRe = mustLitRe(`^(?:文件名称|文件标题|标题|名称)$`)
	// spacedLabelRe matches a label whose characters are spaced out to fill
	// its column (索 引 号：, 文  号：), with the bullet or the space before it;
	// labelWordRe tells a label from other spaced words.
	spacedLabelRe = mustLitRe(`(?:^|[ •·●|｜])[•·●]?\s*(?:\p{Han}[ \x{3000}]{1,8}){1,4}\p{Han}\s*[：:]`)
	labelWordRe   = mustLitRe(`^(?:` + disclosureLabelRe.String() + `|发布时间|信息来源|来源|作者|分类|标题|时效)$`)
	// titleFieldRe matches a portal's title field and its value.
	titleFieldRe = mustLitRe(`^(?:标题|信息名称|名称|文章标题)\s*[：:]\s*(\S.{3,80})$`)
	// paperCiteRe matches an archive's note of the newspaper that printed
	// a paper, in brackets at the end of its last paragraph or alone: the
	// paper's name, the day, the pages (（《某某日报》20310924第1至2版）,
	// (《某某报》2031年9月24日第3版)).
	paperCiteRe = mustLitRe(`\s*[（(]\s*《[^《》]{1,20}(?:报|報)》\s*(?:(?:19|20)\d{6}|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:第?\s*[0-9一二三四五六七八九十]{1,3}(?:\s*[至、-]\s*[0-9一二三四五六七八九十]{1,3})?\s*版)?\s*[）)]$`)
	// creditTailRe matches a news page's credit in brackets at the end
	// of a paragraph, in either script: （记者：某某 编辑：某某）,
	// (記者 某某 某某 責任編輯：某某).
	creditTailRe = mustLitRe(`\s*[（(]\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*[：:]?\s*\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4})*(?:\s*(?:编辑|編輯|责任编辑|責任編輯|责编|責編|通讯员|通訊員|摄影|攝影)\s*[：:]?\s*\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4})*)*\s*[）)]\s*$`)
	// lengthTagRe matches a copy site's count of a paper's characters
	// after its headline: （全文15213字）, (全文共3120字), the bare count
	// too (8520字).
	lengthTagRe = mustLitRe(`\s*[（(]\s*(?:全文共?\s*[：:]?\s*[0-9]+|[0-9]{3,6})\s*字\s*[）)]\s*$`)
	// yearNoteRe matches the year a title may end with in brackets, after
	// what the paper is (某校工作计划（2031年）).
	yearNoteRe = mustLitRe(`\s*[（(]\s*(?:19|20)[0-9]{2}\s*年?度?\s*[）)]$`)
	// columnTagRe matches a portal's column name in brackets before a
	// headline: 【统计规划】, 【工作动态】, and a forum board's tag before a
	// thread's title in ASCII brackets: [上海].
	columnTagRe = mustLitRe(`^(?:【\s*\p{Han}{2,6}\s*】|\[\s*\p{Han}{2,6}\s*\])\s*`)
	// questionTagRe matches a search question in brackets before a
	// headline: 【某局局长什么级别】, 【工作总结怎么写】, 【…有哪些？】.
	questionTagRe = mustLitRe(`^【[^【】]{1,24}?(?:什么|怎么|怎样|如何|哪些|哪个|哪里|多少|几级|吗|呢|？|\?)[^【】]{0,8}】\s*`)
	// formatTagRe matches a copy site's tag of the file's format before a
	// headline: 【Word文档】, [PDF].
	formatTagRe = mustLitRe(`^[【\[]\s*(?i:word|pdf|docx?|wps)\s*(?:文档|文件|版)?\s*[】\]]\s*`)
	// bareLabelRe matches a field's label left without its value, also
	// after a news site's name in brackets ([ 某某教育网 ] 作者：, its value
	// on the next line), and a disclosure list's bulleted label whose value
	// is never the paper's words (• 信息索引号：, • 公开方式： / 主动公开;
	// 公开主体： / 某区教育局: left in, that office's line reads as the
	// repeat of the notice's signature under it, and the signature goes).
	bareLabelRe = mustLitRe(`^(?:[•·●]|[\[【]\s*[\p{Han}A-Za-z0-9]{2,16}\s*[\]】])?\s*(?:(?:信息)?索引号|公开主体|公开方式|公开范围|公开时限|主题分类|(?:信息|文章)?来源|发文机构|发文字号|发文日期|成文日期|发布日期|发布时间|有效性|效力状态|内容概述|文号|作者)\s*[：:]$`)
	// sourceBracketRe matches a news site's name in brackets on a line of
	// its own, or with a label left empty after it: [ 某某教育网 ],
	// [ 某某日报 ] 作者：.
	sourceBracketRe = mustLitRe(`^[\[【]\s*[\p{Han}A-Za-z0-9]{2,16}(?:网|网站|报|在线)\s*[\]】]\s*(?:(?:作者|来源|编辑|责任编辑)\s*[：:]\s*)?$`)
)

// cellLabelRe matches the label of one cell of a copy site's meta line
// (网站：, 时间：, 移动端：), pageCellLabelRe the labels only a page's cells
// carry.
var (
	cellLabelRe     = mustLitRe(`^(?:网站|站点|来源|作者|时间|日期|发布时间|更新时间|移动端|手机版|手机端|栏目|分类|浏览|阅读|点击|编辑)\s*[：:]\s*\S`)
	pageCellLabelRe = mustLitRe(`^(?:网站|站点|移动端|手机版|手机端)\s*[：:]`)
)

// isLabelledCells reports whether l is a copy site's meta line of labelled
// cells between bars (网站：某某素材库 | 时间：2031-06-18 08:57 | 移动端：
// <the headline>), whatever the values' length: two cells at least, each
// a label and its value, one of them a label only a page has.
func isLabelledCells(l string) bool {
	if !strings.ContainsAny(l, "|｜") {
		return false
	}
	cells := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '｜' })
	if len(cells) < 2 {
		return false
	}
	page := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if !cellLabelRe.MatchString(c) || strings.ContainsAny(c, "。；") {
			return false
		}
		page = page || pageCellLabelRe.MatchString(c)
	}
	return page
}

// continuedRe matches a site's mark before the text of a page that goes
// on from the one before: [接上页], 【接上页】, （接上页）, (续上页).
var continuedRe = mustLitRe(`^[\[【（(]\s*(?:接上页|续上页|接上一页|上接)\s*[\]】）)]\s*`)

// hashSloganRe matches a copy site's slogan after a sentence's end with a
// run of #'s closing the line (。.,某某公文共同的天地#####): group 1 is
// the sentence's end, which stays.
var hashSloganRe = mustLitRe(`([。！？”])[\s.,，、。]*[^\s。！？#]{2,20}#{3,}$`)

// stuffedKinds are the words a stuffed keyword title ends with.
var stuffedKinds = [...][2]rune{{'总', '结'}, {'计', '划'}, {'要', '点'}, {'汇', '报'}, {'思', '路'}, {'打', '算'}, {'安', '排'}}

// dropStuffedTitle returns l without a copy site's keyword title stuffed
// twice in a row into the middle of a sentence (…养护里程某局201x上工作总结
// 及下半年工作计划某局201x上工作总结及下半年工作计划。在开展…): a run of 8
// to 40 characters ending in what a paper is, said twice with nothing
// between after a word of the sentence, is the site's, never the text's
// (a title twice at a line's start is the headline's: dropTitleRepeat).
func dropStuffedTitle(l string) string {
	if !strings.Contains(l, "工作") {
		return l // (most lines: the test below reads every position)
	}
	r := []rune(l)
	for end := 8; end <= len(r); end++ {
		kind := false
		for _, k := range stuffedKinds {
			kind = kind || r[end-2] == k[0] && r[end-1] == k[1]
		}
		if !kind {
			continue
		}
		for n := 8; n <= 40 && n <= end && end+n <= len(r); n++ {
			if end-n > 0 && IsHan(r[end-n-1]) && slices.Equal(r[end-n:end], r[end:end+n]) && strings.Contains(string(r[end-n:end]), "工作") {
				return string(r[:end-n]) + string(r[end+n:])
			}
		}
	}
	return l
}

// copyOutlineLabelRe matches a copy site's label over the outline of the paper
// it shows, with nothing or an ellipsis after it (目录/提纲：……, 提纲：……);
// a bare 目录 over a table of contents is dropContents's.
var copyOutlineLabelRe = mustLitRe(`^(?:(?:目录\s*/\s*提纲|提纲\s*/\s*目录)\s*[：:]?\s*(?:…+|\.{3,})?|(?:目录|提纲)\s*[：:]\s*(?:…+|\.{3,}))$`)

// endDomainRe matches a site's address after a sentence's end at a line's
// end (…的42%。WwW.Example.coM): group 1 is the end mark, group 2 the address.
var endDomainRe = mustLitRe(`([。！？])\s*((?i:www)\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2})\s*$`)

// siteWatermarkRe matches a copy site's name (某某范文, 某某文库, 某某网)
// and its address after a sentence's end, glued to the next sentence: the
// site's mark inside the text, not the text's (a sentence that gives an
// address to visit has its verb before the site's name).
var siteWatermarkRe = mustLitRe(`([。！？])\s*\p{Han}{2,8}(?:范文|文库|作文|文档|网)[0-9]{0,3}\s*https?://[!-~]+`)

// siteDomainCreditRe matches a site's address in square brackets after an
// English sentence's end: . [example.com.cn].
var siteDomainCreditRe = mustLitRe(`([.!?"”])\s*\[[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+\]$`)

// gluedNoteRe finds a copy site's note on the paper glued into a line of
// the head, after the headline or before the text (某局2031年工作小结小编
// 寄语。下面是小编为大家整理的…，请大家参阅。一、…): its label maybe, then
// its sentence that names 小编.
var gluedNoteRe = mustLitRe(`(?:小编寄语|编者按|导语)?\s*[：:。]?\s*(?:下面|以下)[^。！？]{0,60}?小编[^。！？]{0,80}?[。！]`)

// splitGluedNotes returns lines with a copy site's note that a scraper
// glued to the headline before it or to the text after it put on a line
// of its own, which stripChrome then drops as the site's: the headline
// stays a line of its own, the text another. Only the first lines are
// looked at, and a note after words that are no headline (a sentence of
// the text) stays where it is.
func splitGluedNotes(lines []string) []string {
	seen := 0
	for i := 0; i < len(lines) && seen < teaserHeadLines; i++ {
		l := lines[i]
		if l == "" {
			continue
		}
		seen++
		if !strings.Contains(l, "小编") {
			continue
		}
		loc := gluedNoteRe.FindStringIndex(l)
		if loc == nil || loc[0] == 0 && loc[1] == len(l) {
			continue
		}
		before, note, after := strings.TrimSpace(l[:loc[0]]), l[loc[0]:loc[1]], strings.TrimSpace(l[loc[1]:])
		if before != "" && (utf8.RuneCountInString(before) > 60 || strings.ContainsAny(before, "。；，！？") || !titleEndRe.MatchString(before)) {
			continue
		}
		var parts []string
		if before != "" {
			parts = append(parts, before+hardEnd)
		}
		parts = append(parts, strings.TrimSpace(note))
		if after != "" {
			parts = append(parts, after)
		}
		lines = append(lines[:i], append(parts, lines[i+1:]...)...)
		i += len(parts) - 1
	}
	return lines
}

// isCopySiteLine reports whether l, of n characters, is a copy site's
// furniture or a line of a page's labelled fields.
func isCopySiteLine(l string, n int) bool {
	switch {
	case n <= 200 && copyNoteRe.MatchString(l):
		return true
	case n <= 30 && welcomeRe.MatchString(l):
		return true
	case n <= 40 && strings.HasSuffix(l, "阅读模式") && readingModeBylineRe.MatchString(l):
		return true
	case n <= 80 && welcomeSloganRe.MatchString(l):
		return true
	case n <= 80 && teaserLinkRe.MatchString(l):
		return true
	case n <= 80 && previewRe.MatchString(l) && !pageMarkerRe.MatchString(l): // ….docx_第1页 is step 3's
		return true
	case n <= 40 && editableStampRe.MatchString(l):
		return true
	case n <= 60 && libraryStampRe.MatchString(l):
		return true
	case n <= 60 && readOnRe.MatchString(l):
		return true
	case n <= 60 && shareRe.MatchString(l):
		return true
	case n <= 80 && readingTimeRe.MatchString(l):
		return true
	case n <= 80 && forumPanelRe.MatchString(l):
		return true
	case n <= 40 && bannerRe.MatchString(l):
		return true
	case n <= 50 && flipPageRe.MatchString(l):
		return true
	case n <= 400 && abstractRe.MatchString(l):
		return true
	case n <= 400 && docShareNoteRe.MatchString(l):
		return true
	case n <= 120 && (paywallNoteRe.MatchString(l) || bookmarkRe.MatchString(l)):
		return true
	case n <= 40 && (docStatsRe.MatchString(l) || archiveStampRe.MatchString(l)):
		return true
	case n <= 80 && (fileFactsRe.MatchString(l) || buyBoxRe.MatchString(l) || buyNoteRe.MatchString(l)):
		return true // a document-download site's box for selling the file
	case n <= 120 && isLabelledCells(l):
		return true
	case n <= 6 && strings.Trim(l, "`´") == "":
		return true // a stray line of backticks, a page's markup
	}
	return n <= 80 && (isFieldsLine(l) || isDisclosureRow(l))
}

// isKeywordTags reports whether l is a copy site's line of keywords for
// the page, under its furniture at the page's top: words and figures cut
// from the headline, the first line kept, set apart by commas
// (2031年某镇政府工作报告 / … / 镇政府，工作报告，2031), or by spaces, three
// at least (a document library's 2031 教育 督导 月份 工作总结). No line of a
// report is only pieces of its own title.
func isKeywordTags(l string, kept []string) bool {
	headline := ""
	for _, k := range kept {
		if k != "" {
			headline = k
			break
		}
	}
	if headline == "" || utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "。；：！？") {
		return false
	}
	items := strings.FieldsFunc(l, func(r rune) bool { return r == '，' || r == ',' || r == '、' })
	if len(items) == 1 {
		if items = strings.Fields(l); len(items) < 3 {
			return false
		}
	}
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		it = strings.TrimSpace(it)
		if n := utf8.RuneCountInString(it); n < 2 || n > 12 || !strings.Contains(headline, it) {
			return false
		}
	}
	return true
}

// Lengths of a site's tag glued to the end of paragraphs, and the least
// number of lines it must end (dropRepeatedTails).
const (
	minTailRunes = 6
	maxTailRunes = 30
	minTailLines = 3
)

// dropRepeatedTails returns lines without the tag a copy site glues to the
// end of paragraphs (…总结如下。某某百科--为乡村振兴助力, 一、2031年工作总结
// 某某百科--为乡村振兴助力): the same words, with no sentence's punctuation
// in them, end at least minTailLines lines, and at least one of those
// lines ends a sentence before them, which no heading or sentence of the
// text does. The longest such tail goes wherever it ends a line and
// something is left before it. The lines are counted once each: a page
// that prints the report three times repeats each of its lines, and a
// hard-wrapped line that ends a sentence and starts the next
// (…的好势头。全面贯彻落实) is no tag for ending three of them.
func dropRepeatedTails(lines []string) []string {
	count := map[string]int{}
	anchored := map[string]bool{}
	seen := map[string]bool{}
	for _, l := range lines {
		if seen[l] {
			continue
		}
		seen[l] = true
		rs := []rune(l)
		for n := minTailRunes; n <= maxTailRunes && n < len(rs); n++ {
			t := string(rs[len(rs)-n:])
			if strings.ContainsAny(t, "。，；！？：,;!?") {
				break
			}
			count[t]++
			if p := rs[len(rs)-n-1]; p == '。' || p == '！' || p == '？' {
				anchored[t] = true
			}
		}
	}
	tail := ""
	for t, c := range count {
		if c >= minTailLines && anchored[t] && (len(t) > len(tail) || len(t) == len(tail) && t < tail) {
			tail = t
		}
	}
	if tail == "" {
		return lines
	}
	for i, l := range lines {
		if strings.HasSuffix(l, tail) && len(l) > len(tail) {
			lines[i] = strings.TrimSpace(strings.TrimSuffix(l, tail))
		}
	}
	return lines
}

// closeSpacedLabels closes up the labels of l spaced out to fill their
// column (索 引 号：, 文  号：, 有 效 性： read as 索引号：, 文号：, 有效性：),
// a two-character label spread as wide as a four-character one too (名       称：).
func closeSpacedLabels(l string) string {
	if !strings.Contains(l, " ") {
		return l
	}
	if w, rest := paddedLabel(l); w != "" {
		// a table's label that lost its colon too, its value after it
		// (索  引  号 K0000/2032-00501 主题分类)
		l = w + " " + rest
	}
	if !spacedLabelRe.MatchString(l) {
		return l
	}
	return spacedLabelRe.ReplaceAllStringFunc(l, func(m string) string {
		if w := strings.Join(strings.Fields(strings.TrimRight(m, "：: ")), ""); labelWordRe.MatchString(strings.TrimLeft(w, "•·●")) {
			lead := m[:len(m)-len(strings.TrimLeft(m, " •·●"))]
			return lead + strings.TrimLeft(w, "•·●") + "："
		}
		return m
	})
}

// endPaddedLabelRe matches the labels of a disclosure table that paddedLabel
// takes padded and alone on their line, nothing after them: no line of a
// report is one of these words spaced out (文  号, 有 效 性), where a
// table's header or a list may end on a spaced 备  注 or 名  称.
var endPaddedLabelRe = mustLitRe(`^(?:文号|索引号|有效性|时效|公文时效|主题分类|发布机构|发文机关|成文日期|发布日期|发文字号)$`)

// titleFieldBareRe matches a portal table's title or validity field that
// lost its colon, a space before its value: 标题 某局2031年工作总结, 时效 有效.
var titleFieldBareRe = mustLitRe(`^(?:标题|时效)[ \x{3000}]+\S`)

// paddedLabel returns the label l opens with when the label's characters
// are padded apart with spaces to fill a table's column (文  号, 索 引 号,
// 名        称) and spaces follow it, and the rest of l after those spaces;
// "" and l when l opens with no such label.
func paddedLabel(l string) (label, rest string) {
	var w []rune
	rest = l
	for len(w) < 6 {
		r, n := utf8.DecodeRuneInString(rest)
		if !IsHan(r) {
			return "", l
		}
		w = append(w, r)
		if rest[n:] == "" && len(w) >= 2 && endPaddedLabelRe.MatchString(string(w)) {
			// the label alone, its value's cell left empty or printed on
			// the next line (文  号, 公文时效 under 成文日期 2031-02-06)
			return string(w), ""
		}
		t := strings.TrimLeft(rest[n:], " \u3000")
		if len(t) == len(rest[n:]) {
			return "", l // no space after the character: not padded
		}
		rest = t
		if len(w) >= 2 && labelWordRe.MatchString(string(w)) {
			return string(w), rest
		}
	}
	return "", l
}

// issuesReport reports whether l is the headline of a notice that issues
// a report, its issuer before it or not (关于印发《某市2031年工作要点》的
// 通知, 某局关于印发《…计划》的通知): a column's tag before it (【年度工作
// 要点】) is no part of it, as before the report's own title.
func issuesReport(l string) bool {
	i := strings.Index(l, "关于")
	if i < 0 || !strings.HasSuffix(l, "的通知") {
		return false
	}
	m := issuedNameRe.FindStringSubmatch(l[i:])
	return m != nil && titleEndRe.MatchString(m[1])
}

// isBareDisclosure reports whether l is a row of a portal's disclosure
// table that lost its bars and colons (索引号 K0000/2032-00012, 组配分类
// 计划总结 发布机构 某某街道, 名称 on its own): it opens with a label, holds
// no sentence, and has a second label, or a label no report's line opens
// with, or is the label alone.
func isBareDisclosure(l string) bool {
	if strings.HasPrefix(l, "[") || strings.HasPrefix(l, "【") {
		// a table whose labels are set in brackets, not before colons
		// ([ 索 引 号 ] K0000/2032-00012 [ 主题词 ], 【时效性】现行有效): the
		// same row once its labels are read as labels
		l = unbracketLabels(l)
		if w, _, ok := strings.Cut(l, "："); ok && lawRecordLabelRe.MatchString(w) {
			return true // a law database's record: 【法宝引证码】CLI.1.12345
		}
	}
	if w, _ := paddedLabel(l); !strings.ContainsAny(l, "。；！？") && (w != "" && w != "名称" && w != "来源" || titleFieldBareRe.MatchString(l)) {
		// a label padded with spaces to fill its column, its colon lost,
		// its value after it (文  号 无 主 题 词, 时  效 有效), or the title
		// and validity fields of such a table once closed up (标题 某局2031年
		// 工作总结, 时效 有效): only a portal's table writes them so. The
		// name and source rows (名        称, 来        源) are the title
		// block's to read (paddedLabelRe), the name row's value telling
		// the headline above it.
		return true
	}
	if m := cutTailLabelRe.FindStringSubmatch(l); m != nil && (m[2] == "" || (m[1] == "称" || m[1] == "题") && titleEndRe.MatchString(m[2]) && !strings.ContainsAny(m[2], "。，；！？")) {
		// a row whose label the page cut to its last character (称： for
		// 名称, 题： for 标题, 号： for 文号, 性： for 有效性), empty or, the
		// name and title rows, holding the headline printed again below
		return true
	}
	l = closeSpacedLabels(strings.TrimSuffix(l, hardEnd))
	if emptyLabelsRe.MatchString(l) {
		return true // labels with their values left empty: 生效时间： 废止时间：
	}
	if strings.ContainsAny(l, "。；！？") {
		return false // a sentence: neither test below takes one (and most lines are)
	}
	loc := disclosureLabelRe.FindStringIndex(l)
	if loc != nil && loc[0] != 0 && cutLabelRe.MatchString(l) && !strings.ContainsAny(l, "。，；、！？") {
		// a row whose first label the page cut short (号：K0000/2031-00425
		// 信息分类：政府工作报告, for 索引号): the labels after it are a
		// disclosure table's
		return true
	}
	if loc == nil || loc[0] != 0 || strings.ContainsAny(l, "。；！？") {
		return false
	}
	if bareSubjectRowRe.MatchString(l) {
		// a portal's subject row, its colon lost, one word its value (主题词
		// 教育): a paper's own 主题词 line at its foot lists its words after
		// a colon (主题词：教育 工作 要点 通知)
		return true
	}
	if strings.ContainsAny(l, "，、") {
		// a value with a comma in a row of two labelled fields or more
		// (内容分类：综合政务，DOC 发文日期：2031-02-11), or after a label
		// no report's line opens with (索引号 K0000/2032-00012 分类 科技、教育)
		return strongDisclosureRe.MatchString(l) || len(labelledFieldRe.FindAllStringIndex(l, 3)) >= 2
	}
	// (the label alone, its colon after it or not, its value left empty)
	return strings.TrimRight(l[loc[1]:], "：: ") == "" || strongDisclosureRe.MatchString(l) || len(disclosureLabelRe.FindAllStringIndex(l, 3)) >= 2
}

// bareSubjectRowRe matches the subject row of a portal's disclosure table
// without its colon, one short word its value: 主题词 教育.
var bareSubjectRowRe = mustLitRe(`^主题词\s+\p{Han}{1,6}$`)

// bracketLabelRe matches a label set in square brackets, its characters
// maybe spaced to fill the column ([ 索 引 号 ], 【发布机构】).
var bracketLabelRe = mustLitRe(`[\[【]\s*((?:\p{Han}\s*){2,6})[\]】]`)

// unbracketLabels returns l with each bracketed label of a disclosure
// table, or of a law database's record (【法宝引证码】, 【时效性】), written
// as a label before its colon (索引号：); other brackets are left.
func unbracketLabels(l string) string {
	return bracketLabelRe.ReplaceAllStringFunc(l, func(m string) string {
		w := despace(strings.Trim(m, "[]【】 "))
		if disclosureCellRe.MatchString(w) || lawRecordLabelRe.MatchString(w) {
			return w + "："
		}
		return m
	})
}

// lawRecordLabelRe matches the labels of a law database's record above the
// text it stores (【法宝引证码】CLI.1.12345, 【时效性】现行有效, 【效力级别】…):
// no report's line opens with them.
var lawRecordLabelRe = mustLitRe(`^(?:法宝引证码|时效性|效力级别|法规类别|发布部门|发文字号|实施日期)$`)

// labelledFieldRe matches a disclosure table's label with its colon.
var labelledFieldRe = mustLitRe(`(?:` + disclosureLabelRe.String() + `)\s*[：:]`)

// reprintNoticeRe matches a news site's notice of its rights in its
// stories and the terms for reprinting them (版权声明：凡注有稿件来源为
// “某某网”的稿件…, 凡本网注明“来源：某某”的所有作品，版权均属于…, 转载请注明
// 出处): a site's, never a report's words.
var reprintNoticeRe = mustLitRe(`^[【\[]?\p{Han}{0,12}版权(?:与免责)?声明[】\]]?\s*[：:]|凡(?:本网|本站|注有|注明)[^。]{0,40}(?:稿件|作品)[^。]{0,30}(?:版权|转载)|转载(?:请|须|必须)注明(?:来源|出处)`)

// doubledCaption reports whether l is the name of a site's account or
// app written twice over (某某网微信某某网微信, 某某日报客户端某某日报客户端): an
// icon's alt text read before its caption. (A piece of a sentence may
// repeat a phrase, 一个一个, 一项一项: no account's name.)
func doubledCaption(l string) bool {
	r := []rune(strings.TrimSpace(l))
	if len(r) < 4 || len(r)%2 != 0 {
		return false
	}
	h := string(r[:len(r)/2])
	return h == string(r[len(r)/2:]) && accountNameRe.MatchString(h)
}

// accountNameRe matches the name of a site's account or app (某某网微信,
// 某某日报客户端, 某某发布微博).
var accountNameRe = mustLitRe(`^\p{Han}{1,10}(?:微信|微博|客户端|抖音|视频号|公众号|头条号)$`)

// flatDisclosureRow reports whether l is a portal's disclosure table run
// into one line: a label and its colon open it, three labelled fields or
// more, no sentence. It returns the value of its name or title field, cut
// before the field after it, or "" when it has none.
func flatDisclosureRow(l string) (name string, ok bool) {
	// the cheap tests first: every line of a text comes here
	if strings.ContainsAny(l, "。；！？") || strings.Count(l, "：")+strings.Count(l, ":") < 3 {
		return "", false
	}
	fields := labelledFieldRe.FindAllStringIndex(l, -1)
	if len(fields) < 3 || fields[0][0] != 0 {
		return "", false
	}
	for i, f := range fields {
		if w := strings.TrimRight(l[f[0]:f[1]], "：: "); w != "名称" && w != "标题" {
			continue
		}
		end := len(l)
		if i+1 < len(fields) {
			end = fields[i+1][0]
		}
		if v := strings.TrimSpace(l[f[1]:end]); utf8.RuneCountInString(v) >= 4 {
			name = v
		}
	}
	return name, true
}

// emptyLabelsRe matches a row of two labels or more whose values are
// empty (生效时间： 废止时间：, 号： 词：).
var emptyLabelsRe = mustLitRe(`^(?:\p{Han}{1,6}\s*[：:]\s*){2,}$`)

// cutTailLabelRe matches a row of a disclosure table whose label the page
// cut to its last character, a list's bullet before it maybe (• 题：…): the
// label and what follows its colon.
var cutTailLabelRe = mustLitRe(`^(?:[•·●]\s*)?(号|称|题|性|词)\s*[：:]\s*(.*)$`)

// cutLabelRe matches a row that opens with a label of one or two
// characters, what a page left of a longer one (号：, 称：), and its value.
var cutLabelRe = mustLitRe(`^\p{Han}{1,2}\s*[：:]\s*[^\s：:]{1,40}\s+\p{Han}{2,6}\s*[：:]`)

// isDisclosureRow reports whether l is a row of a portal's disclosure
// table drawn with bars: its first cell a label such as 索引号 or 发布机构.
func isDisclosureRow(l string) bool {
	if !strings.ContainsAny(l, "|｜") {
		return false
	}
	cells := tableCells(l)
	if len(cells) == 0 {
		return false
	}
	// a label in square brackets ([ 索引号 ]) is the same label
	label := strings.TrimRight(closeSpacedLabels(strings.Trim(cells[0], "[]【】 ")), "：: ")
	if len(cells) == 1 {
		// the table's last row, its label alone with its colon and the
		// value's cell left empty (废止日期： |)
		return label != cells[0] && disclosureCellRe.MatchString(label)
	}
	return disclosureCellRe.MatchString(label)
}

// bareIndexRe matches a disclosure portal's index number printed alone,
// its label lost: the issuing office's code (letters and digits), a slash,
// the year and the serial (K0000A1B2C3/2032-00017).
var bareIndexRe = mustLitRe(`^[0-9A-Z]{6,20}\s*[/／]\s*(?:19|20)[0-9]{2}\s*[-－]\s*[0-9]{2,10}$`)

// dropBareStamps drops the stamps a disclosure portal prints under its
// headline without their labels, one a line: the index number, and the
// issuing office's name alone on the line after it (the date after them
// goes as any date stamp does). An index number is never a line of a
// paper; an office's name alone is a title block's line elsewhere, so it
// goes only after the number.
func dropBareStamps(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if !strings.ContainsAny(t, "/／") || !bareIndexRe.MatchString(t) { // (the slash first: cheap)
			out = append(out, lines[i])
			continue
		}
		if i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			if utf8.RuneCountInString(next) <= 30 && officeEndRe.MatchString(next) && strings.IndexFunc(next, func(r rune) bool { return !IsHan(r) }) < 0 {
				i++
			}
		}
	}
	return out
}

// dropRepeatedCells drops the values of a portal's disclosure table drawn
// with bars that the page prints again under it, bare and one a line (its
// narrow layout's copy: K0000/2034-00012 / 某某局 / 2035-01-24 / 主动公开):
// a short line within a few lines of the table's last row that is wholly
// one of its cells is the table's, not the paper's. A title's cell is
// kept out, the headline under the table being the paper's.
func dropRepeatedCells(lines []string) []string {
	cells := map[string]bool{}
	var out []string
	table, seen := false, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if isDisclosureRow(t) {
			for _, c := range tableCells(t) {
				if utf8.RuneCountInString(c) <= 40 && !titleEndRe.MatchString(c) {
					cells[c] = true
				}
			}
			table, seen = true, 0
			out = append(out, l)
			continue
		}
		if table && t != "" {
			seen++
		}
		if table && seen <= 8 && cells[t] {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isBareDisclosureLabel reports whether l is only the label of a row of a
// disclosure page's list of stamps, a bullet before it or not, with its
// colon and without its value (• 信息索引号：, 文件名称：): the value, if
// the page gave one, is on the next line.
func isBareDisclosureLabel(l string) bool {
	l = strings.TrimSpace(strings.TrimLeft(strings.TrimSuffix(l, hardEnd), "•·● "))
	t := strings.TrimRight(l, "：:")
	return len(t) < len(l) && disclosureCellRe.MatchString(closeSpacedLabels(strings.TrimSpace(t))) || isBracketedDisclosureLabel(l)
}

// isBracketedDisclosureLabel reports whether l is only a label of a
// disclosure page's list of stamps set in square brackets, a bullet before
// it or not, and no colon (• [ 索引号 ], 【发布机构】): the list prints each
// value as the next item (• K0000/2032-00012), the label never beside it.
func isBracketedDisclosureLabel(l string) bool {
	l = strings.TrimSpace(strings.TrimLeft(strings.TrimSuffix(l, hardEnd), "•·● "))
	m := bracketLabelRe.FindStringIndex(l)
	return m != nil && m[0] == 0 && m[1] == len(l) && disclosureCellRe.MatchString(despace(strings.Trim(l, "[]【】 ")))
}

// lapsedStampRe matches the stamp a disclosure page sets over a file that
// is no longer in force (文件已失效, 该文件已废止, 已失效): a status of the
// page's, never a line of the paper's.
var lapsedStampRe = mustLitRe(`^[【\[]?(?:(?:该|本|此)?文件)?已(?:失效|废止)[】\]]?$`)

// disclosureToggleRe matches the link on a disclosure page that folds its
// list of stamps away or opens it: 点击关闭详细目录信息, 点击展开目录信息.
var disclosureToggleRe = mustLitRe(`^\[?点击(?:关闭|展开|打开|收起|隐藏|显示)(?:详细)?目录信息\]?$`)

// tableCells returns the non-empty cells of a row drawn with bars.
func tableCells(l string) []string {
	var cells []string
	for _, c := range strings.FieldsFunc(strings.TrimSuffix(l, hardEnd), func(r rune) bool { return r == '|' || r == '｜' }) {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// isFieldsLine reports whether l is made of labelled fields (at least one
// with a label and a colon), buttons and at most a short word beside them
// (the page's column: 工作计划, 好学生).
func isFieldsLine(l string) bool {
	if !strings.ContainsAny(l, "：:") || strings.ContainsAny(l, "。；，,") {
		return false
	}
	var b strings.Builder
	end := 0
	domain := false // the stamp opens with the site's web address
	for _, m := range fieldRe.FindAllStringIndex(l, -1) {
		if m[0] > end {
			if end == 0 && siteNameRe.MatchString(strings.TrimSpace(l[:m[0]])) {
				// the site's name opening the stamp (某某政务网 发布日期：…)
				// is the stamp's, not a word beside it
				end = m[0]
			} else if end == 0 && siteDomainRe.MatchString(strings.TrimSpace(l[:m[0]])) {
				// so is its web address, an old portal's way (CCTV.com
				// 2008年03月19日 13:49 来源：…, http://www.sina.com.cn …)
				end, domain = m[0], true
			} else if r, _ := utf8.DecodeLastRuneInString(l[:m[0]]); IsHan(r) {
				// a label glued to a word before it is a paper's own field
				// (实施时间：…, 完成时间：…), not a page's
				return false
			}
		}
		b.WriteString(l[end:m[0]])
		b.WriteByte(' ')
		end = m[1]
	}
	if end == 0 {
		return false
	}
	b.WriteString(l[end:])
	rest := strings.Fields(b.String())
	if domain && len(rest) == 1 && paperNameRe.MatchString(rest[0]) {
		// after the address and the date, the source's name without its
		// label (http://www.sina.com.cn 2005年01月26日07:43 某某日报)
		return true
	}
	if n := utf8.RuneCountInString(strings.Join(rest, "")); n <= 4 {
		return true
	} else if len(rest) == 1 && n <= 8 && countFieldRe.MatchString(l) && len(fieldRe.FindAllStringIndex(l, -1)) >= 3 {
		// a list template's stamp: the time, the source, the column's
		// name and the count of reads ([05-13 14:52:51] 来源：http://
		// www.example.com 个人工作计划 阅读：8616次); the column's name is
		// longer than most, the stamp's other fields leave no doubt
		return true
	}
	return false
}

// countFieldRe matches a page's count of its reads: 阅读：8616次, 浏览：120.
var countFieldRe = mustLitRe(`(?:阅读|浏览|点击)(?:量|数|次数)?\s*[：:]\s*[0-9]+\s*次?`)

// siteDomainRe matches a site's web address opening a page's stamp, its
// name before it or not: CCTV.com, http://www.sina.com.cn, 某某网
// www.example.cn. paperNameRe matches the name of the paper or agency a
// stamp gives as its source without a label: 某某日报, 某某新闻网, 新华社.
var (
	siteDomainRe = mustLitRe(`^(?:\p{Han}{2,12}\s+)?(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?i:com|cn|net|org)(?:\.cn)?/?$`)
	paperNameRe  = mustLitRe(`^\p{Han}{2,10}(?:报|网|社|台|在线)$`)
)

// bareCaption reports whether l, a line opening with 图为 ("pictured:"),
// is a photo's caption with no credit: one sentence, no semicolon. No
// sentence of a report opens so; a longer line with more sentences
// after it is left to the credit rules.
func bareCaption(l string) bool {
	i := strings.IndexAny(l, "。！；;")
	return utf8.RuneCountInString(l) > 3 && (i < 0 || i == len(l)-len("。") && l[i:] == "。")
}

// isCaption reports whether l, of n characters, is a photo caption: a
// short line ending with a photographer's credit, or one of any length
// whose credit is a staff photographer's (a caption that tells the whole
// scene). A numbered line is a heading, and 拍摄 at the end is the verb of
// a plan's own line (小记者开展校园风采拍摄), not a credit's 摄.
func isCaption(l string, n int) bool {
	if headingMarker(l) != nil || strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(l, hardEnd), " ）)"), "拍摄") {
		return false
	}
	return n <= 60 && captionRe.MatchString(l) && !strings.ContainsAny(l, "；") || n <= 200 && creditRe.MatchString(l)
}

// isByline reports whether l is an account article's byline: the mark
// 原创 on its own, or names before a date that either follows 原创 or
// carries its time. A signature's name and date (云岫县人民政府
// 2031年1月21日) has neither, and stays.
func isByline(l string) bool {
	l = strings.TrimSuffix(l, hardEnd)
	if l == "原创" || l == "转载" || l == "文摘" {
		return true // an account article's label on a line of its own
	}
	m := bylineRe.FindStringSubmatch(l)
	// a place after the date comes with its time or its mark (网友投稿
	// 2031-09-02 互联网): 2031年1月18日 望川县 is a signature's date and
	// place, not a byline
	return m != nil && (m[1] != "" || m[2] != "") && (m[3] == "" || m[2] != "" || m[1] != "")
}

// dotStampRe matches a news aggregator's stamp under a headline: the
// source's name, in Han characters or in Latin words (its pinyin), a dot,
// and the date with its time (某某日报·2031-02-09 01:28, Mingliu Ribao ·
// 2031-02-09 01:28), maybe with the account's kind and place between,
// each after its own dot (某某发布 · 公众号 · 望川 · 2031-01-23 12:42);
// group 1 is the time.
var dotStampRe = mustLitRe(`^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9 .&'-]{0,30}?(?:\s*[·•]\s*[\p{Han}A-Za-z0-9]{1,12}){0,3}\s*[·•]\s*` + dateTimePat + `$`)

// isDotStamp reports whether l is an aggregator's stamp (dotStampRe) with
// its time: a name and a date alone may be a signature's.
func isDotStamp(l string) bool {
	m := dotStampRe.FindStringSubmatch(strings.TrimSuffix(l, hardEnd))
	return m != nil && m[1] != ""
}

// appBylineRe matches a news app's byline under a headline: its name, the
// day and time without the year (01-11 22:50), the editor or the source,
// and its share button (某某手机报 01-11 22:50 责编：某某 我要分享).
var appBylineRe = mustLitRe(`^[\p{Han}A-Za-z0-9]{2,12}\s+[01]?[0-9]-[0-3]?[0-9]\s+[0-2]?[0-9]:[0-5][0-9](?:\s*(?:责编|编辑|作者|来源)\s*[：:]\s*[^\s：:]{1,12})+(?:\s*(?:我要分享|分享|收藏|评论))*$`)

// isStampLine reports whether l is a page's publication stamp
// (2024-03-05 09:30 来源：新华社, (2024-03-05 09:30:12) 百科综合).
func isStampLine(l string) bool {
	m := stampLineRe.FindStringSubmatch(strings.TrimSuffix(l, hardEnd))
	if m == nil {
		// the stamp in brackets with the column after it: (2031-02-17
		// 18:52:29) 百科综合
		m = bracketStampRe.FindStringSubmatch(strings.TrimSuffix(l, hardEnd))
		return m != nil && m[1] != ""
	}
	// A date under its label (来源时间为：2031-06-08) is the page's
	// stamp, as is one with its time or the page's other fields after it.
	return m[1] != "" || m[2] != "" || m[3] != ""
}

// jammerRunRe matches a run of short tokens of printable ASCII apart by
// single spaces, which dropJammer weighs.
var jammerRunRe = mustLitRe(`(?:[\x21-\x7e]{1,3} ){4,}[\x21-\x7e]{1,3}`)

// dropJammer removes from l a forum's anti-copy noise, the random tokens it
// mixes into a post's lines (尹某某# u3 E/ |3 I' S1 H: C8 g●…): a run of
// five or more tokens of one to three ASCII characters, standing apart
// from any longer ASCII word, one of them at least a letter and a digit
// run together (u3, C8) and three holding punctuation (E/, I', H:), or
// four at least that glue a letter to a mark (K; b& R/ e:). A formula
// (x + y = z) or a list of codes (A1 B2 C3 D4 E5) has no such mix.
func dropJammer(l string) string {
	runs := jammerRunRe.FindAllStringIndex(l, -1)
	for k := len(runs) - 1; k >= 0; k-- {
		a, b := runs[k][0], runs[k][1]
		dots := false // the run follows the text's ellipsis
		if a > 0 && l[a-1] == '.' {
			// a run glued to the text's ellipsis in ASCII dots (……
			// printed ......$ e) A: F4): the dots are the text's, the
			// run starts after them
			ds, de := a, a
			for ds > 0 && l[ds-1] == '.' {
				ds--
			}
			for de < b && l[de] == '.' {
				de++
			}
			if de-ds >= 3 && de < b && l[de] != ' ' {
				a, dots = de, true
			}
		}
		if a > 0 && isASCIIWordByte(l[a-1]) && !dots || b < len(l) && isASCIIWordByte(l[b]) {
			continue
		}
		if b < len(l) && l[b] != ' ' {
			// a number glued to the text after the run is the text's
			// (… o) \ 1月21日): the run ends before it
			if i := strings.LastIndexByte(l[a:b], ' '); i >= 0 && strings.Trim(l[a+i+1:b], "0123456789") == "" {
				b = a + i + 1
			}
		}
		mixed, punct, glued := 0, 0, 0
		for _, t := range strings.Fields(l[a:b]) {
			if strings.IndexFunc(t, unicode.IsLetter) >= 0 && strings.IndexFunc(t, unicode.IsDigit) >= 0 {
				mixed++
			}
			if strings.IndexFunc(t, func(r rune) bool { return !isASCIIAlnum(r) }) >= 0 {
				punct++
				if strings.IndexFunc(t, isASCIIAlnum) >= 0 {
					glued++
				}
			}
		}
		if mixed >= 1 && punct >= 3 || glued >= 4 {
			l = l[:a] + l[b:]
		}
	}
	return l
}

// isASCIIWordByte reports whether c is a printable ASCII character other
// than a space: a run of noise ends where a longer word would go on.
func isASCIIWordByte(c byte) bool {
	return c > ' ' && c <= '~'
}

// bracketStampRe matches a page's stamp in brackets, a date and its time,
// and the site's column after it (百科综合); group 1 is the time.
var bracketStampRe = mustLitRe(`^[（(]\s*` + dateTimePat + `\s*[）)]\s*\p{Han}{0,6}$`)

// isCloser reports whether l is only closing brackets (the end of a credit
// cut over two lines).
func isCloser(l string) bool {
	return l != "" && strings.Trim(l, "）)】]」』") == ""
}

// dropRelated removes lists of related links: the list's heading, or a
// link's label to the full text (【全文链接】), and the short link titles
// under it. A heading printed as a bullet (- 相关推荐) heads links printed
// so too: the first line without the bullet (the piece's own title) is
// past the list.
func dropRelated(lines []string) []string {
	out := lines[:0]
	skipping, bulleted := false, false
	for _, l := range lines {
		if l == "" {
			out = append(out, l)
			continue
		}
		if relatedRe.MatchString(l) || fullTextLinkRe.MatchString(l) {
			skipping, bulleted = true, strings.ContainsRune("-•·●", firstRune(l))
			continue
		}
		if skipping {
			r, _ := utf8.DecodeLastRuneInString(l)
			// a headline may end with its own ！ or ？ (这就是，长三角！),
			// short as no sentence of a text is
			n := utf8.RuneCountInString(l)
			if n <= 50 && !strings.ContainsRune("。；", r) && (n <= 30 || !strings.ContainsRune("！？", r)) && headingMarker(l) == nil && (!bulleted || strings.ContainsRune("-•·●", firstRune(l))) {
				continue
			}
			skipping = false
		}
		out = append(out, l)
	}
	return out
}

// otherStoriesRe matches the heading of a news page's list of other stories
// that relatedRe leaves out, alone on its line: 猜你喜欢, 编辑推荐, 热门阅读.
var otherStoriesRe = mustLitRe(`^【?\s*(?:猜你喜欢|编辑推荐|热门阅读|热门推荐|精彩推荐|为你推荐|为您推荐)\s*】?\s*[：:]?$`)

// listLabelRe matches a short label alone on its line, its colon last and
// no other mark (经济新闻精选：): a column's name over a list.
var listLabelRe = mustLitRe(`^\p{Han}{2,14}[：:]$`)

// minDatedStories is how many dated items a list of other stories needs
// before cutDatedStoryList takes it.
const minDatedStories = 3

// cutDatedStoryList cuts a news page's list of other stories under its
// text, which shows each story as its headline, its summary maybe and its
// date alone on the next line (相关阅读 / 某县召开… / 近日，… / 2031-09-17
// 17:24:09), or as a headline with the date glued on. Under a relatedRe or
// otherStoriesRe heading, or a column's label with its colon when the
// dates carry the time of day, at least minDatedStories dates each within
// three lines of the one before make the list; a sentence must end above
// the heading. It runs while the dates are still there: the chrome rules drop
// dates first, and a summary line, a sentence, would read as the text's.
// When no paragraph of prose (100 Han characters) follows the list, the
// page goes from the heading on, the other lists and the footer under it
// too; else only the heading and the list go.
func cutDatedStoryList(lines []string) []string {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		// a column's own label over the list (某某新闻精选：) takes only
		// stamps with the time of day, which a report's dated entries
		// never carry
		clocked := !relatedRe.MatchString(t) && !otherStoriesRe.MatchString(t)
		if clocked && !listLabelRe.MatchString(t) {
			continue
		}
		dates, gap, end := 0, 0, i+1
		for j := i + 1; j < len(lines); j++ {
			n := strings.TrimSpace(lines[j])
			if n == "" {
				continue
			}
			m := dateAloneRe.FindStringSubmatch(n)
			if m == nil {
				m = datedLinkRe.FindStringSubmatch(n)
			}
			if m != nil && (!clocked || m[1] != "") {
				dates, gap, end = dates+1, 0, j+1
				continue
			}
			if gap++; gap > 3 {
				break
			}
		}
		if dates < minDatedStories || !sentenceAbove(lines[:i]) {
			continue
		}
		for _, r := range lines[end:] {
			if countHan(r, 100) >= 100 {
				return append(lines[:i:i], lines[end:]...)
			}
		}
		return lines[:i]
	}
	return lines
}

// dropSuffixedTitle drops the page's title, the headline with the site's
// name or a tag after a dash (某局2031年工作总结-某某网), or with the
// document's number glued before it (某政办发〔2031〕9号《…的通知》), when
// the headline itself follows: the suffix or the prefix is the site's, and
// the headline is said once. A picture's placeholder may lead the title
// (图片 某局…-某某网), and the site's name from its tag may stand on a line
// or two between the title and the headline (某某网): those go with it.
func dropSuffixedTitle(lines []string) []string {
	i := slices.IndexFunc(lines, func(l string) bool { return l != "" })
	if i < 0 {
		return lines
	}
	l := pictureLeadRe.ReplaceAllString(lines[i], "")
	drop := []int{i}
	for j := i + 1; j < len(lines); j++ {
		n := lines[j]
		if n == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(l, n); ok && utf8.RuneCountInString(n) >= 6 && siteTagRe.MatchString(rest) {
			return dropLines(lines, drop)
		}
		if lead, ok := strings.CutSuffix(l, n); ok && len(drop) == 1 && utf8.RuneCountInString(n) >= 6 && docNumberLineRe.MatchString(strings.TrimSpace(lead)) {
			return dropLines(lines, drop)
		}
		if len(drop) < 3 && utf8.RuneCountInString(n) >= 4 && strings.Contains(l, n) && !strings.HasPrefix(l, n) {
			drop = append(drop, j) // the site's name, said again from the title's tag
			continue
		}
		break
	}
	return lines
}

// dropLines returns lines without those at the indexes drop (ascending).
func dropLines(lines []string, drop []int) []string {
	out := lines[:0]
	for k, l := range lines {
		if len(drop) > 0 && drop[0] == k {
			drop = drop[1:]
			continue
		}
		out = append(out, l)
	}
	return out
}

// pictureLeadRe matches a picture's placeholder the page prints before its
// title (图片 某局2031年工作总结_某某网).
var pictureLeadRe = mustLitRe(`^(?:图片|[\[【]\s*(?:图片|图)\s*[\]】])\s+`)

// siteTagRe matches what a page's title adds after the headline: a dash
// or a bar and a short name (-某某网, _某某文库, | 某某), two or three of them (_范文_某某网),
// or the site's
// category glued on (…述职报告述职报告范文大全).
var siteTagRe = mustLitRe(`^\s*(?:[-_—|｜]{1,2}\s*[^\s，。；：:！？]{1,16}|(?:[-_—|｜]{1,2}\s*[^\s，。；：:！？_|｜]{1,16}){2,3}|\p{Han}{0,8}(?:范文大全|范文精选|范文汇编|范文|大全|精选))$`)

// isMenuItem reports whether l could be an item of a site's menu: short,
// without punctuation, not numbered.
func isMenuItem(l string) bool {
	n := utf8.RuneCountInString(l)
	return n > 0 && n <= 14 && !strings.ContainsAny(decimalPointRe.ReplaceAllString(l, "$1$2"), menuPunct) && headingMarker(l) == nil
}

// decimalPointRe matches a point between two digits, a number's and no
// mark of a sentence: a shop menu's price item (9.9专区) is a menu item.
var decimalPointRe = mustLitRe(`([0-9])\.([0-9])`)

// dropMenus removes runs of at least menuRun menu items (blank lines
// between them do not break a run). The run's last line stays when it reads
// as a document title: a page's menu often ends just above the title.
func dropMenus(lines []string) []string {
	drop := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		if !isMenuItem(lines[i]) {
			i++
			continue
		}
		var run []int
		j := i
		for ; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			if !isMenuItem(lines[j]) {
				break
			}
			run = append(run, j)
		}
		if len(run) >= menuRun && !numericCells(lines, run) && !phraseLines(lines, run) && !tableHeadCells(lines, run) {
			last := run[len(run)-1]
			if titleEndRe.MatchString(lines[last]) && j < len(lines) {
				run = run[:len(run)-1]
			}
			for _, k := range run {
				drop[k] = true
			}
		}
		i = j
	}
	return without(lines, drop)
}

// phraseLines reports whether the short lines of run are one sentence an
// account broke into phrases, a line each (12月20日 / 某区第十一届 /
// 人民代表大会第二次会议 / 在区会议中心隆重开幕 / …), not a menu: they are
// eight characters long on average, longer than a menu's names, and two of
// them at least hold a word that only joins a sentence (在, 的, 和, 将 …).
func phraseLines(lines []string, run []int) bool {
	total, joined := 0, 0
	for _, k := range run {
		total += utf8.RuneCountInString(lines[k])
		if strings.ContainsAny(lines[k], phraseJoints) {
			joined++
		}
	}
	return total >= 8*len(run) && joined >= 2
}

// phraseJoints are the characters that join a sentence's words (in, of,
// and, will, to, by) and seldom stand in a menu's names.
const phraseJoints = "在的和与将向对把被从了着"

// numericCells reports whether the short lines of run are a table's cells
// saved one a line (信息内容 / 本年制发件数 / 规章 / 0 / 5 / 12), not a menu:
// three of them at least are numbers, and not the pages 1, 2, 3… of a
// pager in order.
func numericCells(lines []string, run []int) bool {
	var nums []int
	for _, k := range run {
		l := strings.TrimSpace(strings.Trim(lines[k], "|｜ "))
		if l != "" && strings.Trim(l, "0123456789.%") == "" && l[0] != '.' {
			nums = append(nums, atoi(strings.TrimRight(l, "%")))
		}
	}
	if len(nums) < 3 {
		return false
	}
	for i := 1; i < len(nums); i++ {
		if nums[i] != nums[i-1]+1 {
			return true
		}
	}
	return false
}

// tableHeadCells reports whether the short lines of run are a table's
// header saved one cell a line (序号 / 主要任务 / 牵头单位 / 完成时限 /
// 1 / …), a task or project list's, not a menu: one of them is the
// column of the row numbers, 序号, which no site's menu names.
func tableHeadCells(lines []string, run []int) bool {
	for _, k := range run {
		if strings.ReplaceAll(strings.Trim(lines[k], "|｜ \t"), " ", "") == "序号" {
			return true
		}
	}
	return false
}

// without returns lines without those drop marks, in place.
func without(lines []string, drop []bool) []string {
	out := lines[:0]
	for i, l := range lines {
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// dropIssueDates removes an e-paper's issue date: a line of a date alone,
// its month or day padded with a zero (paddedDateRe), next to the
// masthead or the page line (mastheadRe, serialRe, epaperRe), one or two
// lines that are not blank away. A date line elsewhere (a portal's
// publication date under a headline, the report's own date) is left to
// the other rules.
func dropIssueDates(lines []string) []string {
	isHead := func(l string) bool {
		l = strings.TrimSuffix(l, hardEnd)
		return l != "" && (mastheadRe.MatchString(l) || serialRe.MatchString(l) || epaperRe.MatchString(l))
	}
	// near reports whether one of the two lines that are not blank from i
	// in the direction step is the masthead's.
	near := func(i, step int) bool {
		for j, k := i+step, 0; j >= 0 && j < len(lines) && k < 2; j += step {
			if lines[j] == "" {
				continue
			}
			if isHead(lines[j]) {
				return true
			}
			k++
		}
		return false
	}
	var drop []bool
	for i, l := range lines {
		if utf8.RuneCountInString(l) > 20 || !paddedDateRe.MatchString(strings.TrimSuffix(l, hardEnd)) || !near(i, -1) && !near(i, 1) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(lines))
		}
		drop[i] = true
	}
	if drop == nil {
		return lines
	}
	return without(lines, drop)
}

// joinPageBreaks removes a newspaper's continuation notes: a line ending
// with （下转第N版）, or the note alone on its line (bracketed or not, 转第N版),
// up to three short header lines of the next page, and （上接第N版） at the
// start of the line that goes on (or 接第N版 alone on the line before it);
// the two halves are joined when the first stops inside a sentence. Both
// notes inside one line, one after the other, go too.
func joinPageBreaks(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := midPageBreakRe.ReplaceAllString(lines[i], "")
		head, alone, ok := nextPageNote(l)
		if !ok {
			if m := prevPageRe.FindString(l); m != "" {
				l = strings.TrimSpace(l[len(m):])
			}
			if barePrevPageRe.MatchString(l) {
				continue
			}
			out = append(out, l)
			continue
		}
		if alone {
			// The note stands under the line it cuts: that line is the head.
			j := len(out) - 1
			for j >= 0 && out[j] == "" {
				j--
			}
			if j >= 0 {
				head = out[j]
				out = out[:j]
			}
		}
		k, rest, found := pageContinuation(lines, i+1)
		if !found {
			out = append(out, head)
			continue
		}
		if endsMidSentence(head) {
			out = append(out, head+rest)
		} else {
			out = append(out, head, rest)
		}
		i = k
	}
	return out
}

// nextPageNote reports whether l holds a note that the text goes on on
// another page, and gives what stands before it; alone says the note is
// the whole line.
func nextPageNote(l string) (head string, alone, ok bool) {
	if bareNextPageRe.MatchString(l) {
		return "", true, true
	}
	loc := nextPageRe.FindStringIndex(l)
	if loc == nil {
		return "", false, false
	}
	head = strings.TrimSpace(l[:loc[0]])
	return head, head == "", true
}

// otherStoryReach is how many lines after a page's continuation note the
// note that the text goes on is looked for past the page's other stories.
const otherStoryReach = 60

// pageContinuation looks from lines[from] for the note that the text goes
// on from another page, past at most three short lines of the new page's
// header: it gives the index of the line it took the text from and that
// text. A copy of the paper's pages whole may give the rest of the page
// first, its other stories (本报讯 …) and their headlines: when a story
// opens right after the note, the lines up to the continuation within
// otherStoryReach are that page's, not the text's.
func pageContinuation(lines []string, from int) (int, string, bool) {
	short, stories := 0, false
	for k := from; k < len(lines) && (short <= 3 || stories && k-from <= otherStoryReach); k++ {
		l := lines[k]
		switch {
		case l == "":
			continue
		case prevPageRe.MatchString(l):
			return k, strings.TrimSpace(l[len(prevPageRe.FindString(l)):]), true
		case barePrevPageRe.MatchString(l):
			for n := k + 1; n < len(lines); n++ {
				if lines[n] != "" {
					return n, lines[n], true
				}
			}
			return 0, "", false
		case !stories && short <= 1 && opensStory(l):
			stories = true
		case !stories && utf8.RuneCountInString(l) > 30:
			return 0, "", false
		}
		short++
	}
	return 0, "", false
}

// headPaperEndRe matches the end of a paper's title (…工作计划的报告,
// …工作要点, …工作思路), its print's note after it or not: not a meeting's
// name, which ends a date line's first half (2031年1月8日在某县第十五届
// 人民代表大会 / 第五次会议上) that the anchor repair joins.
var headPaperEndRe = mustLitRe(`(?:报告|汇报|总结|小结|计划|要点|讲话|规划|纲要|方案|意见|安排|打算|思路)(?:材料)?(?:\s*[（(【]全文[）)】])?$`)

// isAnchor reports whether l could be a link's text on a line of its own.
// An annex's label (附件, 附件2) is not: it opens the annex below it; nor
// is a news story's sub-headline (某某主持并讲话), a line of the story's
// head.
func isAnchor(l string) bool {
	n := utf8.RuneCountInString(l)
	return n > 0 && n <= 8 && !strings.ContainsAny(l, menuPunct+"（）()【】") && headingMarker(l) == nil && !isMarkerOnly(l) && !annexLabelRe.MatchString(l) && !newsHeadLineRe.MatchString(l)
}

// isMarkerOnly reports whether l is a numbering marker and nothing else
// ("（五）"): the heading's words went to the next line.
func isMarkerOnly(l string) bool {
	return l != "" && headingMarker(l+"甲") != nil && utf8.RuneCountInString(l) <= 5
}

// joinAnchors does the link-anchor repair: a line, an anchor and the line
// after it (blank lines between them allowed) become one line when the
// first stops inside a sentence that the anchor and the next line go on
// with. The first line must read as running text (an opening quote at its
// end, a comma inside, or 20 characters or more; or a bare numbering
// marker), so a title, a speaker line and a date are never joined. On a
// page where at least two anchors were found that way, an anchor may also
// start a sentence ("…巩固拓展。" / "新建省" / "级示范区15个…"; on any page
// when the next line opens with a comma), a closing
// quote may end the first line, and the first line may be a heading cut
// after a word or two ("五、民主" / "法制" / "建设…").
func joinAnchors(lines []string, title string) []string {
	linked := 0
	joinAnchorsPass(lines, title, false, &linked)
	return joinAnchorsPass(lines, title, linked >= 2, &linked)
}

func joinAnchorsPass(lines []string, title string, linkified bool, linked *int) []string {
	next := func(i int) int {
		for i++; i < len(lines) && lines[i] == ""; i++ {
		}
		return i
	}
	running := func(l string, open bool) bool {
		last, _ := utf8.DecodeLastRuneInString(l)
		switch {
		case isDateLine(l) || cppccDateLineRe.MatchString(l):
			// A title block's date line (——2031年3月5日在…会议上, or at
			// a CPPCC session: …在政协某县第九届委员会第五次会议上) over
			// its speaker's line, no greeting after them: the speaker is
			// no anchor inside a sentence.
			return false
		case open || strings.ContainsRune("“‘《（(「", last) || isMarkerOnly(l):
			return true
		case isHeadingLike(l):
			// A heading cut after a word or two, on a page known to be
			// cut by anchors.
			hm := headingMarker(l)
			return linkified && utf8.RuneCountInString(l[hm.end:]) <= 4
		case linkified && strings.ContainsRune("”’", last):
			return true
		}
		return endsMidSentence(l) && (strings.ContainsAny(l, "，、") || utf8.RuneCountInString(l) >= 20)
	}
	goesOn := anchorGoesOn // whether c can continue a sentence
	// The text's first line that reads as a whole title (某镇2031年度…年度
	// 报告) is no sentence an anchor goes on with, though it is as long as
	// one: a title block may follow it (某镇人民政府 / 2031年…年度报告).
	// So is the line under a portal's masthead, the office's name alone
	// (某局 / 某局2031年…重点工作任务分解表).
	top := 0
	for top < len(lines) && lines[top] == "" {
		top++
	}
	second := -1
	if top < len(lines) && issuerLineRe.MatchString(lines[top]) && utf8.RuneCountInString(lines[top]) <= 20 {
		second = next(top)
	}
	// browserTitle reports whether lines[i], among the page's first lines,
	// is the page's title as the browser shows it, the headline or the
	// column and then the site's name after a bar, a dash or an underscore
	// (某某会议召开_某市人民政府, 中国新闻_某某大使馆, 某某公告 - 某某网): no
	// sentence goes on from it, and the menu's words under it are no
	// anchors inside one.
	browserTitle := func(i int) bool {
		if i > top+4 {
			return false
		}
		l := strings.TrimSpace(lines[i])
		return siteTitleTailRe.MatchString(l) || pageTitleRe.MatchString(l) || sitesTitleRe.MatchString(l)
	}
	// headTitle reports whether lines[i], among the text's first lines,
	// reads as a whole paper's title (关于2031年工作总结、2032年工作计划的
	// 报告): no sentence goes on from it, though it is as long as one and
	// holds a 、. The office's name and the title printed again under it
	// (某县教育局 / 关于2031年…报告) are its title block, not an anchor and
	// a sentence's end; a portal's disclosure rows left above it do not
	// make it a line of the text's.
	seen := 0
	headTitle := func(l string) bool {
		return seen <= 12 && headPaperEndRe.MatchString(l) && utf8.RuneCountInString(l) <= 60 && !strings.ContainsAny(l, "，。；：:,") && headingMarker(l) == nil && !dateStartRe.MatchString(l)
	}
	out := make([]string, 0, len(lines))
	prevEnds := false // the last line written ends a sentence
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l != "" {
			seen++
		}
		if l == "" || l == title || (i == top || i == second) && firstTitleRe.MatchString(l) && utf8.RuneCountInString(l) <= 60 && !strings.ContainsAny(l, "，。；：:,") || headTitle(l) {
			out = append(out, l)
			continue
		}
		open := false
		if isAnchor(l) {
			if c := next(i); c < len(lines) {
				first, _ := utf8.DecodeRuneInString(lines[c])
				switch {
				case strings.ContainsRune("，、；", first):
					open = true // the next line goes on with the anchor's sentence
				case linkified && prevEnds && (isAnchor(lines[c]) || goesOn(lines[c], false)):
					open = true // an anchor starting a sentence
				}
			}
		}
		for {
			a := next(i)
			if a >= len(lines) || !isAnchor(lines[a]) {
				if open && a < len(lines) && goesOn(lines[a], false) {
					l += lines[a]
					i = a
				}
				break
			}
			last, _ := utf8.DecodeLastRuneInString(l)
			opening := strings.ContainsRune("“‘《（(「", last)
			if !running(l, open) || browserTitle(i) && l == lines[i] || runsIntoFigure(l, lines[a]) {
				// (a number alone after a figure's digits is a page's
				// number, no link: joined, it changes the figure)
				break
			}
			c := next(a)
			if c >= len(lines) {
				break
			}
			if isAnchor(lines[c]) {
				l += lines[a]
				i, open = a, true
				*linked++
				continue
			}
			if !goesOn(lines[c], opening) {
				break
			}
			if isDateLine(l + lines[a]) {
				// A date line broken before its session (——2031年1月8日在
				// 某市第一届人民代表大会 / 第四次会议上): the piece ends it;
				// the speaker's line under it goes on no sentence.
				l += lines[a]
				i = a
				break
			}
			if isYearTitleLine(copyKey(l + lines[a])) {
				// A paper's title printed again under the headline, wrapped
				// before its last word (某县卫健委2031年度工作总结及2032年
				// 工作 / 计划): the piece ends the title; the paragraph under
				// it goes on no sentence of the title's.
				l += lines[a]
				i = a
				break
			}
			l += lines[a] + lines[c]
			i, open = c, false
			*linked++
		}
		out = append(out, l)
		last, _ := utf8.DecodeLastRuneInString(l)
		prevEnds = strings.ContainsRune("。！？；", last)
	}
	return out
}

// siteTitleTailRe matches a page's title as the browser shows it that ends
// with the site's name after one or two underscores, or after a dash or a
// bar, spaced or not (…致贺信_某某新闻网_某某门户网站, …新局面__某某网,
// 中国新闻_某国驻某国大使馆, 某某会议 - 某某办公室): a name of two to
// twenty-four characters with no mark of a sentence in it; or after a
// space only, when the name is a site's or an office's (某某成果涌现
// 某省科学技术厅, …活动启动 某省人民政府门户网站).
var siteTitleTailRe = mustLitRe(`^.{4,80}?(?:(?:[_＿]{1,2}|\s*[-–—|｜]\s*)\p{Han}[\p{Han}A-Za-z0-9]{1,23}|\s+\p{Han}{2,20}(?:门户网站|门户网|网站|人民政府|厅|局|委员会|办公室))$`)

// spacedSiteTagRe matches a copy site's name in square brackets, spaced
// out to pass filters ([某某课 件 ]), that the site injects into a
// sentence: Chinese text or its punctuation before it, Chinese text after.
var spacedSiteTagRe = mustLitRe(`([\p{Han}，。；：、“”）])\[\s*\p{Han}{1,6}(?:\s+\p{Han}{1,6})+\s*\](\p{Han})`)

// cutSpacedSiteTags returns l without the spaced site tags injected into
// its sentences (…共同努力，[某某课 件 ]开发区顺利… -> …共同努力，开发区顺利…).
func cutSpacedSiteTags(l string) string {
	if !strings.Contains(l, "[") {
		return l
	}
	return spacedSiteTagRe.ReplaceAllString(l, "$1$2")
}

// sourceTagRe matches the provenance tag a copy site's plugin glues to the
// end of paragraph after paragraph, and leaves alone on a line: 文章源自某某
// 网-https://… (本文来自…-URL). Only a tag that ends the line with its
// address goes; a sentence that names its source keeps it.
var sourceTagRe = mustLitRe(`\s*(?:文章|本文)(?:源自|来自|出自)[^\s，。；：:]{1,24}?\s*[-—－–]\s*https?://\S+$`)

// provenanceLeadRe matches the lead a material site glues before the text
// it copied: its name, often broken by stray marks (某某素%材[库), its
// address, its account, then that it collected the text (整理汇总。).
var provenanceLeadRe = mustLitRe(`^[^。\n]{0,40}(?:https?://|www\.)[^\s。]{3,80}。(?:[^。\n]{0,30}。){0,2}?[^。\n]{0,12}?(?:整理汇总|收集整理|汇总整理|整理)。`)

// cutProvenanceLead returns l without a material site's lead glued before
// the text (provenanceLeadRe), when ten characters of text at least
// follow it.
func cutProvenanceLead(l string) string {
	if loc := provenanceLeadRe.FindStringIndex(l); loc != nil && utf8.RuneCountInString(l[loc[1]:]) >= 10 {
		return strings.TrimSpace(l[loc[1]:])
	}
	return l
}

// cutSourceTags returns l without a copy site's provenance tag at its end.
func cutSourceTags(l string) string {
	if !strings.Contains(l, "http") {
		return l
	}
	return sourceTagRe.ReplaceAllString(l, "")
}

// liveClockRe matches a live-text page's clock alone on its line: 09:11:36,
// 9:05.
var liveClockRe = mustLitRe(`^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$`)

// liveSpeakerRe matches the speaker a live-text page names under its clock:
// a name (某某), or an office and a name (国务院总理 某某, 委员长某某).
var liveSpeakerRe = mustLitRe(`^[\p{Han}·]{2,16}(?:\s+[\p{Han}·]{2,4})?$`)

// minLiveClocks is the fewest clock lines that make a text a live-text
// page's.
const minLiveClocks = 3

// dropLiveClocks removes a live-text page's marks (以下为文字直播：): the
// clock it stamps every paragraph with, alone on its line (09:11:36), and
// the speaker's name on the line after it (某某, 国务院总理 某某). A speech
// printed so, a report among them, is the speaker's words without the
// page's stamps. Nothing is removed from a text with fewer than
// minLiveClocks clocks.
func dropLiveClocks(lines []string) []string {
	n := 0
	for _, l := range lines {
		if liveClockRe.MatchString(strings.TrimSpace(l)) {
			n++
		}
	}
	if n < minLiveClocks {
		return lines
	}
	out := make([]string, 0, len(lines))
	stamped := false // a clock came last, but for blank lines
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case liveClockRe.MatchString(t):
			stamped = true
			continue
		case t == "":
		case stamped && liveSpeakerRe.MatchString(t):
			stamped = false
			continue
		default:
			stamped = false
		}
		out = append(out, l)
	}
	return out
}

// dropWatermarkTags removes a copy site's watermark: a short random token
// (two to four ASCII letters and digits that mix cases or a letter and a
// digit: F9f, pbY, xcV) that the site glues to the end of paragraph after
// paragraph and sometimes leaves alone on a line. A token is taken for a
// watermark when it ends four lines at least, and a fifth of the non-blank
// lines, right after Chinese text or alone; then every copy of it that
// stands apart from other ASCII letters and digits goes. An abbreviation
// ending a line (GDP, CPI, 5G) is capitals only or never ends so many, and
// a unit that mixes cases (kWh, MW) is known. A line that holds the
// token inside it and is the text's start run together (a copy site's
// teaser) goes whole (dropTokenTeasers).
func dropWatermarkTags(lines []string) []string {
	ends := map[string]int{}
	nonBlank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		nonBlank++
		if t := endTag(l); t != "" {
			ends[t]++
		}
	}
	tag := ""
	for t, n := range ends {
		if n >= 4 && n*5 >= nonBlank && (tag == "" || n > ends[tag]) {
			tag = t
		}
	}
	if tag == "" {
		return lines
	}
	// A teaser of the text that kept the tags (…（全文） 政府工作报告F9f
	// 某县人民政府县长F9f 各位代表：F9f 现在，…) goes whole, as a break
	// token's does: its words stripped of them would be read as the
	// title block's, said twice.
	lines = strings.Split(dropTokenTeasers(strings.Join(lines, "\n"), []string{tag}), "\n")
	for i := 0; i+1 < len(lines); i++ {
		// A tag that a hard wrap cut in two (…稳定健康发展。hd / 9): its
		// head ends the line after Chinese text, its tail is the next
		// line or opens it, apart from other letters and digits.
		for k := 1; k < len(tag); k++ {
			head, tail := tag[:k], tag[k:]
			l, next := strings.TrimRight(lines[i], " \t"), lines[i+1]
			if !strings.HasSuffix(l, head) || !strings.HasPrefix(next, tail) {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(l[:len(l)-len(head)])
			if before < utf8.RuneSelf || len(next) > len(tail) && isASCIIAlnum(rune(next[len(tail)])) {
				continue
			}
			lines[i], lines[i+1] = l[:len(l)-len(head)], next[len(tail):]
			break
		}
	}
	for i, l := range lines {
		if !strings.Contains(l, tag) {
			continue
		}
		var b strings.Builder
		for {
			k := strings.Index(l, tag)
			if k < 0 {
				b.WriteString(l)
				break
			}
			e := k + len(tag)
			if k > 0 && isASCIIAlnum(rune(l[k-1])) || e < len(l) && isASCIIAlnum(rune(l[e])) {
				b.WriteString(l[:e])
			} else {
				b.WriteString(l[:k])
			}
			l = l[e:]
		}
		lines[i] = strings.TrimRight(b.String(), " \t")
		if strings.TrimSpace(lines[i]) == "" {
			lines[i] = ""
		}
	}
	return lines
}

// endTag returns the token of ASCII letters and digits that ends l, when
// it looks like a watermark (see dropWatermarkTags) and follows a
// character other than an ASCII one, or stands alone (repeated) on l.
func endTag(l string) string {
	l = strings.TrimRight(l, " \t\r")
	i := len(l)
	for i > 0 && isASCIIAlnum(rune(l[i-1])) {
		i--
	}
	t := l[i:]
	if len(t) < 2 || len(t) > 4 {
		return ""
	}
	if rest := strings.TrimSpace(l[:i]); rest != "" {
		if r, _ := utf8.DecodeLastRuneInString(l[:i]); r < utf8.RuneSelf {
			if strings.Trim(rest, t+" ") != "" {
				return ""
			}
		}
	}
	var lower, upper, digit bool
	for _, r := range t {
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= 'A' && r <= 'Z':
			upper = true
		default:
			digit = true
		}
	}
	if !(lower && upper) && !(digit && (lower || upper)) || mixedCaseUnits[t] {
		return ""
	}
	return t
}

// mixedCaseUnits are units a report's figures end lines with that mix cases
// like a watermark (发电量12亿kWh).
var mixedCaseUnits = map[string]bool{
	"kWh": true, "MWh": true, "GWh": true, "TWh": true, "mAh": true, "kHz": true, "MHz": true, "GHz": true,
	"kVA": true, "MVA": true, "kPa": true, "MPa": true, "GPa": true, "dB": true, "mL": true, "Gbps": true, "Mbps": true,
	"kW": true, "MW": true, "GW": true, "kV": true, "Mt": true,
}

// datedHeadlineRe matches a page's headline with its publication date after
// it on the same line, in the form a site prints it (某某工作总结 2031-06-15,
// with its time or not); group 1 is the headline.
var datedHeadlineRe = mustLitRe(`^(.*\p{Han}.*?)\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)

// cutHeadlineDates removes the publication date a page prints after its
// headline (datedHeadlineRe) on one of the first six non-blank lines: a
// paper writes its own dates 2031年6月15日, never in a title line.
func cutHeadlineDates(lines []string) []string {
	for i, seen := 0, 0; i < len(lines) && seen < 6; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		seen++
		// (a headline of eight characters at least and no space or colon:
		// a byline, 原创 某某观察 2031-01-21 18:30, or a stamp's field is
		// not one)
		if m := datedHeadlineRe.FindStringSubmatch(lines[i]); m != nil && utf8.RuneCountInString(m[1]) >= 8 && !strings.ContainsAny(m[1], "：: \t\u3000") {
			lines[i] = m[1]
		}
	}
	return lines
}

// headlineStampRe matches a page's stamp after the headline before it on
// the same line, a space between them: a date's, a source's or an
// author's label with its colon (日期：, 发布时间：, 来源：, 作者：), and a
// full date somewhere after it on the line; group 1 is the headline. (A
// stamp glued to the headline with no space is cut where it is read as
// chrome: golden clean/headline_glued_stamp.)
var headlineStampRe = mustLitRe(`^(\S.*?)\s+(?:发布时间|发布日期|更新时间|日期|时间|信息来源|来源|作者)\s*[：:]\s*(?:\S.*?)?` + dateTimePat)

// cutHeadlineStamps splits, on one of the first six non-blank lines, a
// headline that names a paper (titleEndRe) from the page's stamp run into
// it past a space (某某2032年工作要点 日期：2032-02-10 作者：某某 字体：大 中 小): the
// stamp goes on a line of its own, where it is read as chrome. A paper's
// title is never followed on its line by a labelled date; the headline is
// eight characters at least, with no sentence punctuation or colon.
func cutHeadlineStamps(lines []string) []string {
	for i, seen := 0, 0; i < len(lines) && seen < 6; i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		seen++
		m := headlineStampRe.FindStringSubmatchIndex(lines[i])
		if m == nil {
			continue
		}
		head := strings.TrimSpace(lines[i][:m[3]])
		if utf8.RuneCountInString(head) < 8 || strings.ContainsAny(head, "，。；：:,;") || !titleEndRe.MatchString(head) {
			continue
		}
		rest := strings.TrimSpace(lines[i][m[3]:])
		lines = append(lines[:i+1], lines[i:]...)
		lines[i], lines[i+1] = head, rest
		break
	}
	return lines
}

// dropAbstractLabel blanks a periodical library's label of the abstract
// (摘要, 内容简介) on a line of its own at the head of the text, when the
// next line that is not blank opens with its mark that the text begins
// (<正>): the library's heading, not the paper's. A copy site's label of
// its blurb (简介, 内容简介) goes whatever follows it: a report never
// heads its opening words so, while a paper may open with its own 摘要.
func dropAbstractLabel(lines []string) []string {
	for i, seen := 0, 0; i < len(lines) && seen < 8; i++ {
		if lines[i] == "" {
			continue
		}
		seen++
		if !abstractLabelRe.MatchString(lines[i]) {
			continue
		}
		if blurbLabelRe.MatchString(lines[i]) {
			if !slices.ContainsFunc(lines[:i], func(l string) bool { return strings.Contains(l, "简介") }) {
				lines[i] = "" // (an encyclopedia's 简介 that its list of sections above names is its first section's heading)
			}
			break
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j] == "" {
				continue
			}
			if strings.HasPrefix(lines[j], "<正>") {
				lines[i] = ""
			}
			break
		}
		break
	}
	return lines
}

// gazetteIssuePat matches a gazette's issue: its year and number
// (2032年第5期, 2032年第2号), maybe with its whole number after it
// (（总第412期）), or its number with the whole number (第5期 总第412期).
const gazetteIssuePat = `(?:(?:19|20)[0-9]{2}\s*年\s*第\s*[0-9]{1,3}\s*[期号](?:\s*[（(]?\s*总第\s*[0-9]+\s*[期号]\s*[）)]?)?|第\s*[0-9]{1,3}\s*[期号]\s*[（(]?\s*总第\s*[0-9]+\s*[期号]\s*[）)]?)`

// toolbarButtons are the words of a page's buttons that a toolbar row
// needs two of (isToolbarRow).
var toolbarButtons = map[string]bool{
	"打印": true, "分享": true, "收藏": true, "关闭": true, "下载": true, "纠错": true,
	"评论": true, "举报": true, "复制链接": true, "返回": true, "返回顶部": true,
	"打印本页": true, "关闭窗口": true, "我要纠错": true, "我要分享": true,
	// the post button a provincial portal's share bar leaves on a line of
	// its own at the foot of every page, right above 主办单位
	"发布": true,
}

// isButtonWords reports whether l is nothing but a page's buttons, one or
// more of toolbarButtons, each maybe with the colon of its label after it
// (分享：打印, 分享到： 收藏): what a toolbar row leaves once its font-size
// controls are gone.
func isButtonWords(l string) bool {
	words := strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '：' || r == ':' || r == '|' || r == '｜' })
	for _, w := range words {
		if !toolbarButtons[strings.TrimSuffix(w, "到")] {
			return false
		}
	}
	return len(words) > 0
}

// isToolbarRow reports whether l is a row of a page's buttons: three short
// words or more (two to six Han characters each) separated by spaces, two
// of them the usual buttons (打印, 分享, 收藏, 关闭 …) and the rest the
// site's own (官网原文 导出笔记 打印 分享). A report's line is a sentence or a
// heading, never a row of bare words like that.
func isToolbarRow(l string) bool {
	words := strings.Fields(l)
	if len(words) < 3 {
		return false
	}
	buttons := 0
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		if n < 2 || n > 6 || strings.IndexFunc(w, func(r rune) bool { return !IsHan(r) }) >= 0 {
			return false
		}
		if toolbarButtons[w] || isPrintButton(w) {
			buttons++
		}
	}
	return buttons >= 2
}

// isPrintButton reports whether w is a print button that names what it
// prints, two characters after 打印 at most (打印整页, 打印内容, 打印全文):
// a portal's print bar offers one for the page and one for the text.
func isPrintButton(w string) bool {
	return strings.HasPrefix(w, "打印") && utf8.RuneCountInString(w) <= 4
}

// libraryLeadEnd returns the byte offset in l after a document library's
// stamp glued before its first words, its page counter (第1页共3页) or its
// download banner (精品文档---下载后可任意编辑), or 0 when l opens with
// neither or holds nothing else.
//
// The stamps may come one after another: a library's note that its files
// were uploaded and are taken down on a complaint (本资料来源搜集与网络和投稿，
// 如有侵权，…请告知上传人联系删除。), then the page counter of a PDF's
// footer (第 1 页 共 4 页), then the text.
func libraryLeadEnd(l string) int {
	end := 0
	for more := true; more; {
		more = false
		for _, re := range []litRe{pageCountRe, downloadBannerRe, uploadNoteRe} {
			rest := strings.TrimLeft(l[end:], " \u3000")
			if loc := re.FindStringIndex(rest); loc != nil && loc[1] > 0 && loc[1] < len(rest) {
				end = len(l) - len(rest) + loc[1]
				more = true
			}
		}
	}
	return end
}

// uploadNoteRe matches a document library's note glued before the text
// it converted, that its files come from uploads and are taken down on a
// complaint (本资料来源搜集与网络和投稿，如有侵权，牵扯利益关系，请告知上传人
// 联系删除。; 本文档来自网络，如有侵权请联系删除): one sentence.
var uploadNoteRe = mustLitRe(`^(?:本(?:资料|文档|文章|文)|资料)(?:来源|来自|源自|收集|搜集)[^。！!\n]{0,40}?(?:侵权|侵犯)[^。！!\n]{0,30}?(?:删除|处理)[。！!]?`)

// pieceNumber returns the number of a copy site's label for a piece of
// its collection that opens l (篇1, 【篇二】, 篇3：, 第二篇：), alone or
// before the piece's title (【篇二】某镇政府工作报告), or 0. The label of
// the first piece is the site's; a later one starts a piece of its own,
// whose headings are none of the piece before it.
func pieceNumber(l string) int {
	l = strings.TrimSuffix(l, hardEnd)
	m := pieceLabelRe.FindString(l)
	if rest := l[len(m):]; m == "" || utf8.RuneCountInString(rest) > 40 || strings.ContainsAny(rest, "。；！？，") {
		return 0
	}
	t := strings.TrimPrefix(strings.Trim(m, "【】[]：: "), "第")
	return labelNumber(strings.TrimSuffix(strings.TrimPrefix(t, "篇"), "篇"))
}

// labelNumber returns the number t writes whole, in digits (3) or in
// Chinese (三, 十二), or 0.
func labelNumber(t string) int {
	if v, err := strconv.Atoi(t); err == nil {
		return v
	}
	if v, size := cnNumber(t); size == len(t) {
		return v
	}
	return 0
}

// keepFirstPieceLabel protects the first piece's bare label (篇1, 【篇一】)
// from the chrome rules when a later piece's label is on the page: the
// label then opens the first of the page's pieces, which split reads as
// sections at one level. Alone, it is the site's and goes.
func keepFirstPieceLabel(lines []string) []string {
	later := false
	for _, l := range lines {
		later = later || pieceNumber(l) >= 2 || tagPieceNumber(l) >= 2
	}
	for i, l := range lines {
		if later && pieceNumber(l) == 1 {
			lines[i] = "\x00" + l
		}
	}
	return lines
}

// gluedPieceRe matches a line that opens with a collection's label for a
// piece, its headline with the piece's number after it (某某工作报告篇二),
// run into the piece's first words: group 1 is the label.
var gluedPieceRe = mustLitRe(`^(\p{Han}{4,40}?篇(?:[一二三四五六七八九十]{1,2}|[0-9]))(\S.*)$`)

// tagPieceNumber returns the number of a copy site's label for a piece
// written as a paper's name with 篇 and the number after it (某镇政府工作
// 报告篇二, …工作报告范文篇3), or 0.
func tagPieceNumber(l string) int {
	l = strings.TrimSuffix(l, hardEnd)
	m := pieceTagRe.FindString(l)
	head := strings.TrimSpace(l[:len(l)-len(m)])
	if m == "" || utf8.RuneCountInString(head) < 4 || utf8.RuneCountInString(head) > 40 || strings.ContainsAny(head, "。；，：:") || !paperEndRe.MatchString(copyTagRe.ReplaceAllString(head, "")) {
		return 0
	}
	return labelNumber(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m), "篇")))
}

// splitGluedPieceLabels puts a later piece's label of a collection on a
// line of its own where the page ran it into the piece's first words
// (某镇政府工作报告篇二各位代表：…): the label opens the piece, which split
// reads as a section of its own. The first piece's label is split off too
// when a later piece's is on the page: the first piece is a section as
// well. Alone, it stays: it is the site's headline, which the title is
// read from.
func splitGluedPieceLabels(lines []string) []string {
	later := false
	for _, l := range lines {
		if m := gluedPieceRe.FindStringSubmatch(l); m != nil && tagPieceNumber(m[1]) >= 2 || tagPieceNumber(l) >= 2 {
			later = true
		}
	}
	for i := 0; i < len(lines); i++ {
		m := gluedPieceRe.FindStringSubmatch(lines[i])
		if m == nil || utf8.RuneCountInString(m[2]) < 10 {
			continue
		}
		if n := tagPieceNumber(m[1]); n < 1 || n == 1 && !later {
			continue
		}
		lines = append(lines[:i+1], append([]string{m[2]}, lines[i+1:]...)...)
		lines[i] = m[1]
	}
	return lines
}

// shareRuleRe matches a news page's share button set between two rules, as
// a column's template prints it under the headline: —分享—, -分享-.
var shareRuleRe = mustLitRe(`^[—\-－–]{1,3}\s*分享\s*[—\-－–]{1,3}$`)

// bodiesBarRe matches a county or city portal's bar of links to the place's
// bodies, three or more, bars or spaces between them: 县委| 县人大| 县政协,
// 市委 市人大 市政府 市政协.
var bodiesBarRe = mustLitRe(`^(?:[县市区旗州](?:委|人大|政府|政协|纪委)\s*[|｜/·]?\s*){3,}$`)

// placePaperRe matches a paper's name alone on its line: 某某日报, 《某某晚报》;
// group 1 is what stands before the medium.
var placePaperRe = mustLitRe(`^《?(\p{Han}{2,6}?)(?:日报|晚报|都市报)》?$`)

// placePaper reports whether l is a local paper's name alone on its line
// (某某日报, 《某某晚报》), what stands before the medium a place the
// gazetteer knows, by its full or its short name (a province's, a city's,
// a county's): the masthead of an e-edition's page, not a headline.
func placePaper(l string) bool {
	m := placePaperRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	s := m[1]
	if lookupPlace(s) != nil || lookupPlace(s+"市") != nil || lookupPlace(s+"县") != nil {
		return true
	}
	found := false
	walkPlaces(s, func(p place) { found = found || strings.HasPrefix(p.name, s) })
	return found
}

// dropKindColumn drops a copy site's column alone on a line in the page's
// head, named by kinds of paper and nothing else (工作总结/工作汇报 above
// the headline, 工作总结 under it: kindWordsOnly), next to the headline that
// names the paper (a title-like line with one of the column's kinds in
// it). The column says where the site filed the copy, not what the paper
// is. A paper's own part heading of the same words (工作总结 under a
// 总结和计划's title) is followed by its text or its first numbered
// heading, never by a title-like line, and stays.
func dropKindColumn(lines []string) []string {
	var at []int
	for i := 0; i < len(lines) && len(at) < 10; i++ {
		if lines[i] != "" {
			at = append(at, i)
		}
	}
	for k, i := range at {
		l := lines[i]
		if utf8.RuneCountInString(l) > 12 || !kindWordsOnly(l) {
			continue
		}
		named := func(h string) bool {
			h = strings.Trim(h, "#*＃ \\’‘'\"“”")
			if utf8.RuneCountInString(h) < 6 || !titleCandidate(h) || strings.ContainsAny(h, "，,") || kindOf(h, "") == "" {
				return false
			}
			for _, w := range []string{"总结", "计划", "要点", "汇报", "规划"} {
				if strings.Contains(l, w) && strings.Contains(h, w) {
					return true
				}
			}
			return false
		}
		if k > 0 && named(lines[at[k-1]]) && (k+1 == len(at) || !columnStop(lines[at[k+1]])) {
			return append(append([]string{}, lines[:i]...), lines[i+1:]...)
		}
		// (the site's own lines between it and the headline, a hotline
		// or a byline a later pass drops, are passed over; text or a
		// numbered heading is not)
		for j := k + 1; j < len(at) && j <= k+3; j++ {
			if x := lines[at[j]]; columnStop(x) {
				break
			} else if named(x) {
				return append(append([]string{}, lines[:i]...), lines[i+1:]...)
			}
		}
	}
	return lines
}

// columnStop reports whether l reads as a paper's text or heading, which a
// column never stands over: a numbered heading, or a sentence's
// punctuation in a line that is no site chrome.
func columnStop(l string) bool {
	return headingMarker(l) != nil || strings.ContainsAny(l, "，。；,;") && !isChromeClass(l)
}
