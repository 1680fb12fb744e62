package corpus

import "testing"

// TestReadCountyUnderCityUnknownToGazetteer checks that a bureau's paper
// whose title names its county after its city (某市某县教育局) is filed
// under the county, at its own level, when the gazetteer does not hold the
// county's name: a fictional county of a fictional city, and a real
// county since made a district (新津县 of 成都市, now 新津区), which keeps
// its name as the paper gives it and its successor's province and
// prefecture. A district the gazetteer holds resolves as before, and a
// city's zone (青川市高新区) is no county.
func TestReadCountyUnderCityUnknownToGazetteer(t *testing.T) {
	body := "\n2019年，我局在县委、县政府的坚强领导下，坚持立德树人根本任务，全县教育事业持续健康发展，现将全年工作总结如下。\n" +
		"一、主要工作\n全县新建幼儿园五所，新增学位一千二百个，义务教育巩固率达到百分之百，高考本科上线率再创新高。\n" +
		"二、存在问题\n教育资源总量不足，优质资源分布不均，教师队伍结构性缺编问题仍较突出，需要下一步着力解决。\n"
	for _, c := range []struct {
		title, sign           string
		region, prov, prefect string
	}{
		{"青川市白塔县教育局2019年工作总结", "白塔县教育局", "白塔县", "", ""},
		{"成都市新津县教育局2019年工作总结", "新津县教育局", "新津县", "四川省", "成都市"},
		{"成都市双流区教育局2019年工作总结", "双流区教育局", "双流区", "四川省", "成都市"},
		{"青川市高新区教育局2019年工作总结", "高新区教育局", "青川市", "", ""},
	} {
		d, err := Read("总结.txt", []byte(c.title+body+c.sign+"\n2019年12月20日\n"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Region != c.region || d.Province != c.prov || d.Prefecture != c.prefect || d.Issuer != "教育局" {
			t.Errorf("%s: region %q in %q %q, issuer %q; want %q in %q %q, 教育局", c.title, d.Region, d.Province, d.Prefecture, d.Issuer, c.region, c.prov, c.prefect)
		}
	}
}
