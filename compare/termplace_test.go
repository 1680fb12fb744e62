package compare

import "testing"

// TestTermsNotCutBeforePlaceWord: a county education bureau's summary
// (fictional) that names a television programme whose name holds a place
// word (天下, which the dictionary tags s, not a noun). The programme's
// name is a new term whole, not cut before the place word where the text
// goes on with the same name (青川电视台乡音 of 青川电视台乡音天下栏目) nor
// after it (天下栏目); a body's name that opens with a place word
// (校外托管驿站) stays a new term.
func TestTermsNotCutBeforePlaceWord(t *testing.T) {
	a := build("a",
		"0||白塔县教育局2030年工作总结",
		"1|一、主要成绩|全县新建公办幼儿园3所，职业学校招生1200人。",
	)
	b := build("b",
		"0||白塔县教育局2031年工作总结",
		"1|一、主要成绩|全县新建公办幼儿园5所。3月6日，青川电视台乡音天下栏目播出了白塔县职业学校学生作品，"+
			"10月又有3件作品在青川电视台乡音天下栏目中展播。建成校外托管驿站12个，校外托管驿站服务学生3000人。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"青川电视台乡音", "天下栏目"}, []string{"青川电视台乡音天下栏目", "校外托管驿站"})
}
