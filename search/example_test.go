package search_test

import (
	"fmt"

	"github.com/govreport/govreport/search"
)

func ExampleParse() {
	q, err := search.Parse(`双减 "育现代" -培训 课后服务 OR 托管 year:2021..2023 region:江城`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q)
	_, err = search.Parse(`双减 "课后服务`)
	fmt.Println(err)
	// Output:
	// 双减 "育现代" 课后服务 OR 托管 -"培训" year:2021..2023 region:江城
	// query "双减 \"课后服务": column 4: quote not closed
}
