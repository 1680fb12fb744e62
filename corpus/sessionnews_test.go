package corpus

import (
	"strings"
	"testing"
)

// Undated news of a county session held in the middle of a year (a session
// put off by an epidemic): the report it tells of reviewed one year and set
// out the next (回顾了2031年工作，提出了2032年工作的总体思路), so the session
// sits in the year it plans, not the one it reviews.
func TestSessionNewsReviewedAndProposed(t *testing.T) {
	page := strings.Join([]string{
		"白塔县第十八届人民代表大会第五次会议开幕",
		"6月3日上午，全县人民瞩目的白塔县第十八届人民代表大会第五次会议在县大礼堂开幕。来自全县各行业、各条战线的县人大代表肩负着全县人民的重托和期望，走向会场。",
		"大会主席团常务主席、执行主席某某主持本次会议。本次大会应到代表166名，实到代表152人，符合法定人数。",
		"会上，县长某某代表县政府向大会作《政府工作报告》。报告回顾了2031年工作，提出了2032年工作的总体思路和重点任务。",
		"某某指出，2031年全县上下紧盯整县脱贫摘帽目标，聚焦高质量发展要求，较好地完成了全年主要目标任务。",
	}, "\n")
	d, err := Read("news.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != "新闻" {
		t.Errorf("kind = %q, want 新闻", d.Kind)
	}
	if d.Year != 2032 {
		t.Errorf("year = %d, want 2032", d.Year)
	}
}
