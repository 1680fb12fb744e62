package corpus

import "testing"

func TestSimplify(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"雙減", "双减"},
		{"新質生產力", "新质生产力"},
		{"關於若干問題", "关于若干问题"}, // 於 folds, 若干 stays
		{"双减 ABC １２", "双减 ABC １２"},
		{"報\xff告", "报\xff告"}, // invalid UTF-8 kept, offsets kept
	} {
		got := Simplify(c.in)
		if got != c.want {
			t.Errorf("Simplify(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("Simplify(%q) is %d bytes, want %d", c.in, len(got), len(c.in))
		}
	}
}

func TestHantShare(t *testing.T) {
	simp := "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。关于教育工作，於某某同志发言。"
	trad := "各位代表：現在，我代表市人民政府，向大會報告工作，請予審議。關於教育工作，於某某同志發言。"
	if s := hantShare(simp); s >= minHantShare {
		t.Errorf("hantShare(simplified) = %.2f, want under %.2f", s, minHantShare)
	}
	if s := hantShare(trad); s < minHantShare {
		t.Errorf("hantShare(traditional) = %.2f, want %.2f or more", s, minHantShare)
	}
}

// TestHantRestore: what cleaning made of the simplified reading (a line
// left out, two lines joined) gets the characters of the text back, each
// 干 the character that stood at its place (幹 of 幹部, 干 of 若干).
func TestHantRestore(t *testing.T) {
	h := newHantText("返回首頁 幹線\n幹部\n若干幹部\n")
	for _, c := range []struct{ in, want string }{
		{"干部若干干部", "幹部若干幹部"},
		{"若干干部", "若干幹部"},
		{"若干", "若干"},
		{"heading 干部 follows 若干", "heading 幹部 follows 若干"},
	} {
		if got := h.restore(c.in); got != c.want {
			t.Errorf("restore(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzHantRestore checks that restore never changes a text's length or
// its simplified reading, whatever text it is given and whatever the
// original: it only ever puts back a character of which the text holds
// the simplified form.
func FuzzHantRestore(f *testing.F) {
	f.Add("返回首頁 幹線\n幹部\n若干幹部\n", "干部若干干部")
	f.Add("政府工作報告\n各位代表：\n現在，我代表國務院", "政府工作报告⏎现在，我代表国务院")
	f.Add("後來的皇后", "后后后\xff后")
	f.Fuzz(func(t *testing.T, orig, s string) {
		got := newHantText(orig).restore(s)
		if len(got) != len(s) || Simplify(got) != Simplify(s) {
			t.Errorf("restore(%q) with original %q = %q", s, orig, got)
		}
	})
}
