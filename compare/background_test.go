package compare

import (
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
)

// A panic in one of the goroutines a comparison starts must reach the
// goroutine that waits for it, where the server recovers it as a 500;
// unrecovered in its own goroutine it would end the process.
func TestBackgroundPanicReachesTheWaiter(t *testing.T) {
	caught := func(f func()) (v any) {
		defer func() { v = recover() }()
		f()
		return nil
	}
	v := caught(func() {
		wait := background(func() { panic("in the background") })
		wait()
	})
	if v != "in the background" {
		t.Errorf("background: recovered %v, want the goroutine's panic", v)
	}
	v = caught(func() {
		parallel(64, func(k int) {
			if k == 37 {
				panic("item 37")
			}
		})
	})
	if s, _ := v.(string); !strings.Contains(s, "37") {
		t.Errorf("parallel: recovered %v, want the worker's panic", v)
	}
	done := 0
	if v := caught(func() { background(func() { done++ })() }); v != nil || done != 1 {
		t.Errorf("background without a panic: recovered %v, ran %d times", v, done)
	}
}

// A section that is in several pairs (the old side of a split) comes to
// tokenize once per pair; cutting it from two goroutines at once raced on
// its words (go test -race -run TestTokenizeRepeated ./compare/).
func TestTokenizeRepeated(t *testing.T) {
	d := &corpus.Document{ID: "d", Title: "云岫市教育局2025年工作要点", Sections: []corpus.Section{
		{ID: "d-001", Heading: "一、学位供给", Level: 1, Text: "新建改扩建中小学15所，新增学位2万个。"},
		{ID: "d-002", Heading: "二、课后服务", Level: 1, Text: "课后服务覆盖率达到98%。"},
	}}
	ps := prepare(d)
	var repeated []*prepared
	for range 32 {
		repeated = append(repeated, ps...)
	}
	tokenize(repeated, nil)
	for _, p := range ps {
		if len(p.headWords()) == 0 || len(p.textWords()) == 0 {
			t.Errorf("section %s was not cut into words", p.s.ID)
		}
	}
}
