package compare

import "testing"

// TestTermsNotVariants: two years of a county's report (fictional) that
// reword names without leaving them: a word put inside (新型农业经营主体 of
// 新型经营主体, 国家级 of 国家, 地区, 专项), a compound gse keeps whole
// written with a word inside (乡村全面振兴 of 乡村振兴), a slogan written
// with and without its enumeration comma. None is new or dropped; the
// wording the new report took up (乡村全面振兴) is new, and what it really
// leaves (棚户区改造) is dropped.
func TestTermsNotVariants(t *testing.T) {
	a := build("a",
		"1|一、工作回顾|培育新型农业经营主体，新增国家高新技术企业40家，开展河道整治行动。推进乡村振兴，推进乡村振兴示范带建设。"+
			"推行“双随机、一公开”监管。深化澜川湾地区协同发展。完成棚户区改造1200户，棚户区改造任务全面完成。",
	)
	b := build("b",
		"1|一、工作回顾|培育新型经营主体，新增国家级高新技术企业52家，开展河道整治专项行动。推进乡村全面振兴，推进乡村全面振兴示范带建设。"+
			"推行双随机一公开监管。深化澜川湾协同发展。建成智慧菜场6个，推动智慧菜场连锁经营。",
	)
	r := Compare(a, b, Options{})
	wantNewTerms(t, r, []string{"新型经营主体", "国家级高新技术企业", "整治专项行动", "双随机一公开", "澜川湾协同"},
		[]string{"乡村全面振兴", "智慧菜场"})
	dropped := map[string]bool{}
	var list []string
	for _, term := range r.DroppedTerms {
		dropped[term.Text] = true
		list = append(list, term.Text)
	}
	for _, bad := range []string{"新型农业经营主体", "国家高新技术企业", "整治行动", "乡村振兴", "双随机、一公开", "澜川湾地区协同"} {
		if dropped[bad] {
			t.Errorf("Compare: dropped terms %v hold %s", list, bad)
		}
	}
	if !dropped["棚户区改造"] {
		t.Errorf("Compare: dropped terms %v lack 棚户区改造", list)
	}
}

// TestVariantIn: which rewordings of a term the other report holds it in
// (fictional phrases).
func TestVariantIn(t *testing.T) {
	other := newTermDoc(prepare(build("o",
		"1|一、回顾|推进乡村全面振兴。培育新型农业经营主体。推行双随机一公开。建设国际体系和秩序。加强河道治理，整治工作有序推进。对问题实行清单管理。配备专职或兼职心理教师。")))
	for _, c := range []struct {
		term string
		want bool
	}{
		{"乡村振兴", true},      // 全面 inside a compound gse keeps whole
		{"新型经营主体", true},    // 农业 between two words
		{"双随机、一公开", true},   // without the enumeration comma
		{"国际秩序", true},      // 体系和: three characters
		{"河道整治", false},     // a clause mark between 治理 and 整治
		{"乡村全面振兴", false},   // the other report holds it whole, not with a word inside
		{"新型农业经营主体", false}, // the other way round: a word left out is no insertion
		{"问题清单", false},     // 实行: a verb makes a clause
		{"专职心理教师", false},   // 或兼职: another choice, which asks less
	} {
		if got := variantIn(other, c.term, words(c.term)); got != c.want {
			t.Errorf("variantIn(%q) = %v, want %v", c.term, got, c.want)
		}
	}
}
