package corpus

import "testing"

// TestRequestedSummaryOpening: an office's page kept without its title
// opens by citing the notice that asked for its summary and sending
// "the material" (根据县两办《关于报送2031年工作总结和2032年工作思路的
// 通知》要求，现将我局相关材料汇报如下): it is that summary. The same
// opening citing a notice that asked for a plan alone is no summary.
func TestRequestedSummaryOpening(t *testing.T) {
	rest := "\n一、“十四五”成效及主要指标完成情况\n1.促进学前教育提档升级。完成了4所中心幼儿园迁建新建工程，学前三年适龄幼儿入园率达98.7%。\n2.加快义务教育均衡发展。义务教育学校标准化建设比例达到80%。\n"
	for _, c := range []struct{ opening, want string }{
		{"根据县两办《关于报送2031年工作总结和2032年工作思路的通知》要求，现将我局相关材料汇报如下：", "总结"},
		{"根据区委办《关于报送2031年上半年工作总结的通知》精神，现将有关情况报告如下：", "半年总结"},
		{"根据县两办《关于报送2032年工作计划的通知》要求，现将我局相关材料汇报如下：", ""},
	} {
		d, err := Read("page.txt", []byte(c.opening+rest))
		if err != nil {
			t.Fatal(err)
		}
		if d.Kind != c.want && !(c.want == "" && d.Kind != "总结" && d.Kind != "半年总结") {
			t.Errorf("%s: kind %q, want %q", c.opening, d.Kind, c.want)
		}
	}
}
