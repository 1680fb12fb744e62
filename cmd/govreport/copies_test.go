package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govreport/govreport/index"
)

// An abridged report of a fictional city, the way a collector saves it
// (its header names the report) and the way another site keeps it (the
// text alone: no title, no place, no year of its own).
const (
	copyBody   = "——奋力建设山水宜居的澜沧湾\n今年政府工作的总体要求是：坚持稳中求进，扎实推进高质量发展。\n一、主要目标\n地区生产总值增长6%左右，城镇新增就业3.2万人。\n二、重点任务\n（一）扩大有效投资\n实施重点项目120个，完成投资400亿元。\n（二）办好民生实事\n新建幼儿园8所，改造老旧小区46个。\n"
	copyHeader = "标题：2031年澜沧湾市政府工作报告\n发文单位：澜沧湾市人民政府\n发文时间：未知\n来源URL：http://example.gov.cn/2031/report.html\n\n正文：\n\n"
)

// TestIngestCopyKeepsHeader ingests a report with its collector's header
// and then the same text without it, in two calls and in one: the bare copy
// must not wipe what the header told (kind, region, year), which put the
// report in its series.
func TestIngestCopyKeepsHeader(t *testing.T) {
	for _, oneCall := range []bool{false, true} {
		dir := t.TempDir()
		data := filepath.Join(dir, "data")
		full := filepath.Join(dir, "a", "report.txt")
		bare := filepath.Join(dir, "b", "report.txt")
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.MkdirAll(filepath.Dir(bare), 0o755)
		os.WriteFile(full, []byte(copyHeader+copyBody), 0o644)
		os.WriteFile(bare, []byte(copyBody), 0o644)
		var out string
		var err error
		if oneCall {
			out, err = runCmd(t, "ingest", "--data", data, full, bare)
		} else {
			if out, err = runCmd(t, "ingest", "--data", data, full); err == nil {
				var more string
				more, err = runCmd(t, "ingest", "--data", data, bare, bare) // read twice: the second is the same file
				out += more
			}
		}
		if err != nil {
			t.Fatalf("ingest (one call %v): %v\n%s", oneCall, err, out)
		}
		if !strings.Contains(out, "kept from an earlier copy of the same text") {
			t.Errorf("ingest (one call %v) does not say what the copy kept:\n%s", oneCall, out)
		}
		ix, err := index.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		docs := ix.Documents()
		if len(docs) != 1 {
			t.Fatalf("one call %v: %d documents, want 1 (one text)", oneCall, len(docs))
		}
		d := docs[0]
		if d.Year != 2031 || d.Kind != "政府工作报告" || d.Region != "澜沧湾市" {
			t.Errorf("one call %v: after the bare copy: %d %s %s, want 2031 政府工作报告 澜沧湾市", oneCall, d.Year, d.Kind, d.Region)
		}
		ix.Close()
	}
}
