package compare

import "testing"

// TestTermsNumberedSeries: two years of a county's report (fictional)
// that name the same plan period, plenums, party congress and policy a
// year on, with another number or the number written the other way. None
// of them is new or dropped; a programme whose count changed (九大攻坚
// after 三大攻坚) and the year's own formulation (“一园三带”) are new.
func TestTermsNumberedSeries(t *testing.T) {
	a := build("a",
		"0||白塔县2030年政府工作报告",
		"1|一、过去一年工作回顾|全面贯彻党的十九大精神，认真落实省委九届六次全会、县委十三届三次全会部署，"+
			"“十三五”规划圆满收官。产业结构形成“三二一”格局。出台“促进就业9条”，新增就业3200人。"+
			"打好“三大攻坚”战，落实“两个确保”要求。",
		"2|二、今年主要任务|深入推进“三大攻坚”，开局“十四五”规划，持续落实“促进就业9条”。",
	)
	b := build("b",
		"0||白塔县2031年政府工作报告",
		"1|一、过去一年工作回顾|全面贯彻党的二十大精神，认真落实省委九届八次全会、县委十三届四次全会部署，"+
			"“十四五”规划开局良好。产业结构形成“二三一”格局。深化“促进就业九条”，新增就业3500人。"+
			"实施“九大攻坚”行动，落实“三个确保”要求。",
		"2|二、今年主要任务|深入推进“九大攻坚”行动，建设“一园三带”，持续落实“促进就业九条”，编制“十五五”规划。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r,
		[]string{"二十大精神", "二十大", "省委九届八次全会", "县委十三届四次全会", "十三届四次全会", "十四五", "十五五", "二三一", "促进就业九条"},
		[]string{"九大攻坚", "三个确保", "一园三带"})
	dropped := map[string]bool{}
	var list []string
	for _, term := range r.DroppedTerms {
		dropped[term.Text] = true
		list = append(list, term.Text)
	}
	for _, bad := range []string{"十九大精神", "省委九届六次全会", "县委十三届三次全会", "十三五", "三二一", "促进就业9条"} {
		if dropped[bad] {
			t.Errorf("Compare: dropped terms %v hold %s", list, bad)
		}
	}
	for _, want := range []string{"三大攻坚", "两个确保"} {
		if !dropped[want] {
			t.Errorf("Compare: dropped terms %v lack %s", list, want)
		}
	}
}

// TestSeriesAndFigures: which terms are a plan period, the order of the
// sectors, or a session the other report names with another number
// (fictional phrases).
func TestSeriesAndFigures(t *testing.T) {
	for _, c := range []struct {
		term          string
		period, order bool
	}{
		{"十四五", true, false},
		{"五五", true, false},
		{"九五", true, false},
		{"十五五", true, false},
		{"十六五", false, false}, // no such plan
		{"五五普法", false, false},
		{"二三一", false, true},
		{"二、一、三", false, true},
		{"二一三四", false, false}, // four numerals: a formula, not the sectors
		{"三三一", false, false},
	} {
		if got := planPeriodAlone(c.term); got != c.period {
			t.Errorf("planPeriodAlone(%q) = %v, want %v", c.term, got, c.period)
		}
		if got := sectorOrder(c.term); got != c.order {
			t.Errorf("sectorOrder(%q) = %v, want %v", c.term, got, c.order)
		}
	}
	other := newTermDoc(prepare(build("o",
		"1|一、回顾|贯彻党的十九大精神和省委九届六次全会精神，深化“四五”普法，编制十四五规划。实施十大提升工程，打好三大攻坚战，出台“促进就业9条”和“稳企12条”。")))
	for _, c := range []struct {
		term   string
		series bool
		form   bool
	}{
		{"二十大精神", true, false},
		{"二十大", true, false},
		{"省委九届八次全会", true, false},
		{"省委九届八次全会精神", true, false},
		{"县委九届八次全会", false, false}, // another body
		{"五五普法", true, false},
		{"十五五规划", true, false},
		{"九大攻坚", false, false},    // a count: 九大 is no congress
		{"二十大提升工程", false, false}, // a count before what is counted
		{"促进就业九条", false, true},
		{"稳企十二条", false, true},
		{"促进就业十条", false, false}, // another number
	} {
		if got := seriesIn(other, c.term); got != c.series {
			t.Errorf("seriesIn(%q) = %v, want %v", c.term, got, c.series)
		}
		if got := numeralFormIn(other, c.term); got != c.form {
			t.Errorf("numeralFormIn(%q) = %v, want %v", c.term, got, c.form)
		}
	}
}
