package corpus_test

import (
	"fmt"

	"github.com/govreport/govreport/corpus"
)

func ExampleRead() {
	text := "明湖市教育局2024年工作要点.docxVIP\n" +
		"上传人：a1****9 文档编号：10203040\n" +
		"明湖市教育局2024年工作要点 一、基础教育 （一）学前教育 新建幼儿园4所，新增学\n" +
		"第1页 / 共2页\n" +
		"位1200个。 二、职业教育 深化产教融合。\n"
	d, err := corpus.Read("要点.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title, d.Year, d.Kind, d.Issuer, d.Region)
	for _, s := range d.Sections {
		fmt.Printf("%d %q %q %q\n", s.Level, s.Heading, s.Path, s.Text)
	}
	// Output:
	// 明湖市教育局2024年工作要点 2024 要点 教育局 明湖市
	// 0 "" [] "明湖市教育局2024年工作要点"
	// 1 "一、基础教育" [] ""
	// 2 "（一）学前教育" ["一、基础教育"] "新建幼儿园4所，新增学位1200个。"
	// 1 "二、职业教育" [] "深化产教融合。"
}
