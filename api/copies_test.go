package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestServer_UploadCopy uploads a fictional report with its collector's
// header, then the same text without it (another site's copy): the copy is
// the same document and keeps the header's kind, region and year, marked as
// coming from another copy.
func TestServer_UploadCopy(t *testing.T) {
	const body = "——奋力建设山水宜居的澜沧湾\n今年政府工作的总体要求是：坚持稳中求进，扎实推进高质量发展。\n一、主要目标\n地区生产总值增长6%左右，城镇新增就业3.2万人。\n二、重点任务\n（一）扩大有效投资\n实施重点项目120个，完成投资400亿元。\n（二）办好民生实事\n新建幼儿园8所，改造老旧小区46个。\n"
	const header = "标题：2031年澜沧湾市政府工作报告\n发文单位：澜沧湾市人民政府\n发文时间：未知\n来源URL：http://example.gov.cn/2031/report.html\n\n正文：\n\n"
	ts := newTestServer(t, Config{Token: "sekret", MaxBody: 1 << 20})
	auth := []string{"Authorization", "Bearer sekret", "Content-Type", "text/plain"}
	var got [2]struct {
		ID      string            `json:"id"`
		Year    int               `json:"year"`
		Kind    string            `json:"kind"`
		Region  string            `json:"region"`
		Origins map[string]string `json:"origins"`
	}
	for i, text := range []string{header + body, body} {
		rec := ts.do("POST", "/api/v1/documents?filename=report.txt", strings.NewReader(text), auth...)
		if rec.Code != 201 {
			t.Fatalf("upload %d = %d: %s", i, rec.Code, rec.Body.String())
		}
		json.Unmarshal(rec.Body.Bytes(), &got[i])
	}
	if got[0].ID != got[1].ID {
		t.Fatalf("the two copies are two documents (%s, %s): the test text needs one body", got[0].ID, got[1].ID)
	}
	c := got[1]
	if c.Year != 2031 || c.Kind != "政府工作报告" || c.Region != "澜沧湾市" || c.Origins["kind"] != "another copy" {
		t.Errorf("after the bare copy: %d %s %s, origins %v; want 2031 政府工作报告 澜沧湾市, kind from another copy", c.Year, c.Kind, c.Region, c.Origins)
	}
}
