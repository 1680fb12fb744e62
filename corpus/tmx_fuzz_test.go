package corpus

import (
	"errors"
	"testing"
)

// FuzzReadTMX reads any translation memory (seeded with the shapes of the
// tests: codes on every variant and on none, inline codes holding <sub>,
// a file cut off inside a unit): a file reads to a document or to an
// error, and never trips a bug of the reading (ErrInternal, a panic
// recovered).
func FuzzReadTMX(f *testing.F) {
	f.Add(tmxOf(tmxUnit("望川县人民政府工作报告", "Report on the Work of the Government", true),
		tmxUnit("一、2031年工作回顾", "I. Review of Our Work in 2031", false)))
	f.Add([]byte(`<tmx version="1.4"><body><tu><tuv><seg>望川县<bpt i="1">&lt;b&gt;<sub>注</sub></bpt>全年</seg></tuv><tuv lang="en"><seg>x</seg></tuv></tu></body></tmx>`))
	f.Add([]byte(`<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><body><tu><tuv xml:lang="zh-CN"><seg>各位代表：`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read("fuzz.tmx", data)
		if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
			t.Fatalf("Read(fuzz.tmx) gave %v, %v", d, err)
		}
	})
}
