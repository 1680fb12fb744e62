package corpus

import (
	"reflect"
	"testing"
)

func TestInherit(t *testing.T) {
	// prev: the copy a collector saved with its header (标题：/发文单位：)
	prev := func() *Document {
		return &Document{ID: "d1", File: "f-header", Title: "澜沧湾市2031年政府工作报告", Year: 2031,
			Kind: "政府工作报告", Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginCollector, "year": OriginCollector,
				"kind": OriginCollector, "region": OriginCollector, "issuer": OriginOpening}}
	}
	cases := []struct {
		name string
		prev *Document
		d    *Document
		want *Document
		took []string
	}{{
		name: "a bare copy keeps what the header told",
		prev: prev(),
		d: &Document{ID: "d1", File: "f-bare", Year: 2031, Issuer: "人民政府",
			Origins: map[string]string{"year": OriginBody, "issuer": OriginOpening}},
		want: &Document{ID: "d1", File: "f-bare", Title: "澜沧湾市2031年政府工作报告", Year: 2031,
			Kind: "政府工作报告", Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginCopy, "year": OriginCopy,
				"kind": OriginCopy, "region": OriginCopy, "issuer": OriginOpening}},
		took: []string{"title", "year", "kind", "region"},
	}, {
		name: "the text's own reading does not outvote the header",
		prev: prev(),
		d: &Document{ID: "d1", File: "f-bare", Title: "澜沧湾市2031年政府工作报告", Year: 2031, Kind: "新闻",
			Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginFileName, "year": OriginFileName, "kind": OriginBody,
				"region": OriginBody, "issuer": OriginOpening}},
		want: &Document{ID: "d1", File: "f-bare", Title: "澜沧湾市2031年政府工作报告", Year: 2031,
			Kind: "政府工作报告", Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginCopy, "year": OriginCopy,
				"kind": OriginCopy, "region": OriginCopy, "issuer": OriginOpening}},
		took: []string{"title", "year", "kind", "region"},
	}, {
		name: "a header in the new copy is its own",
		prev: prev(),
		d: &Document{ID: "d1", File: "f-other", Title: "2031年澜沧湾市政府工作报告", Year: 2031, Kind: "政府工作报告",
			Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginCollector, "year": OriginCollector,
				"kind": OriginCollector, "region": OriginCollector, "issuer": OriginOpening}},
		want: &Document{ID: "d1", File: "f-other", Title: "2031年澜沧湾市政府工作报告", Year: 2031, Kind: "政府工作报告",
			Region: "澜沧湾市", Province: "云泽省", Issuer: "人民政府",
			Origins: map[string]string{"title": OriginCollector, "year": OriginCollector,
				"kind": OriginCollector, "region": OriginCollector, "issuer": OriginOpening}},
	}, {
		name: "the same file read again replaces its own reading",
		prev: prev(),
		d:    &Document{ID: "d1", File: "f-header", Year: 2031, Origins: map[string]string{"year": OriginBody}},
		want: &Document{ID: "d1", File: "f-header", Year: 2031, Origins: map[string]string{"year": OriginBody}},
	}, {
		name: "the same bare file read again keeps what other copies told",
		prev: &Document{ID: "d1", File: "f-bare", Year: 2031, Kind: "政府工作报告", Region: "澜沧湾市",
			Origins: map[string]string{"year": OriginBody, "kind": OriginCopy, "region": OriginCopy}},
		d: &Document{ID: "d1", File: "f-bare", Year: 2031, Kind: "新闻",
			Origins: map[string]string{"year": OriginBody, "kind": OriginBody}},
		want: &Document{ID: "d1", File: "f-bare", Year: 2031, Kind: "政府工作报告", Region: "澜沧湾市",
			Origins: map[string]string{"year": OriginBody, "kind": OriginCopy, "region": OriginCopy}},
		took: []string{"kind", "region"},
	}, {
		name: "a file name's year fills a copy without one",
		prev: &Document{ID: "d1", File: "f-named", Year: 2031, Origins: map[string]string{"year": OriginFileName}},
		d:    &Document{ID: "d1", File: "f-id", Origins: map[string]string{}},
		want: &Document{ID: "d1", File: "f-id", Year: 2031, Origins: map[string]string{"year": OriginCopy}},
		took: []string{"year"},
	}, {
		name: "another text is no copy",
		prev: prev(),
		d:    &Document{ID: "d2", File: "f-bare", Year: 2032, Origins: map[string]string{"year": OriginBody}},
		want: &Document{ID: "d2", File: "f-bare", Year: 2032, Origins: map[string]string{"year": OriginBody}},
	}, {
		name: "a correction is not inherited (it is stored apart)",
		prev: &Document{ID: "d1", File: "f-header", Kind: "要点", Region: "云溪县",
			Origins: map[string]string{"kind": OriginUser, "region": OriginBody}},
		d: &Document{ID: "d1", File: "f-bare", Origins: map[string]string{}},
		want: &Document{ID: "d1", File: "f-bare", Region: "云溪县",
			Origins: map[string]string{"region": OriginCopy}},
		took: []string{"region"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			took := c.d.Inherit(c.prev)
			if !reflect.DeepEqual(took, c.took) {
				t.Errorf("Inherit took %q, want %q", took, c.took)
			}
			if !reflect.DeepEqual(c.d, c.want) {
				t.Errorf("after Inherit:\n got %+v\nwant %+v", c.d, c.want)
			}
		})
	}
	// the new reading's Origins map may be shared: Inherit copies it first
	shared := map[string]string{"year": OriginBody}
	d := &Document{ID: "d1", File: "f-bare", Year: 2031, Origins: shared}
	d.Inherit(prev())
	if len(shared) != 1 {
		t.Errorf("Inherit changed the shared Origins map: %v", shared)
	}
}
