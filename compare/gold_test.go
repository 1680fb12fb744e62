package compare

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/index"
)

// devDir holds the development corpus beside the repository: real reports
// and hand-made gold alignments of consecutive years (dev/align/*.json,
// conventions in dev/README.md).
const devDir = "../../shared/dev"

// goldAlignment is one dev/align/*.json file.
type goldAlignment struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Pairs []struct {
		From  string `json:"from"`
		To    string `json:"to"`
		Moved bool   `json:"moved"`
	} `json:"pairs"`
	Removed   []string `json:"removed"`
	Added     []string `json:"added"`
	Uncertain []struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"uncertain"`
}

// goldKey returns the one key contained in heading, or "" when none or
// several are.
func goldKey(heading string, keys map[string]bool) string {
	found := ""
	for k := range keys {
		if strings.Contains(heading, k) {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

// TestAlignGold scores Compare against the gold alignments of the dev
// corpus the way the dev-corpus check does: a pair whose two headings hold
// gold keys is right when the gold pairs them, neither right nor wrong when
// the gold calls it uncertain, and wrong otherwise (also when only one
// heading holds a key); merges and splits are several pairs. It prints
// every missed and wrong pair and fails when precision or recall is under
// 0.90. Run: go test ./compare -run AlignGold -v
//
// It also counts, over the gold pairs that Compare makes primary pairs
// (unchanged, changed or moved), how often its moved agrees with the
// gold's "moved", and logs each disagreement; these do not fail the test
// (where two orders tie, the gold's choice is an annotator's reading).
//
// With GOVREPORT_GOLD_COLLECTION=1 every file of the dev corpus is indexed
// first (a minute or two) and terms are weighed against that collection,
// as the API does: go test ./compare -run AlignGold -v
// GOVREPORT_GOLD_COLLECTION=1.
//
// GOVREPORT_GOLD_DIR names another folder of gold alignments in the same
// format, whose files name reports of the dev corpus (golds labelled
// blind and kept outside the repository, so that they stay unseen by the
// rules they score): GOVREPORT_GOLD_DIR=/path/to/align go test ./compare
// -run AlignGold -v.
func TestAlignGold(t *testing.T) {
	dir := filepath.Join(devDir, "align")
	if d := os.Getenv("GOVREPORT_GOLD_DIR"); d != "" {
		dir = d
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no gold alignments in %s (the dev corpus lives beside the repository, in shared/dev)", dir)
	}
	var opt Options
	if os.Getenv("GOVREPORT_GOLD_COLLECTION") != "" {
		opt.Collection = devCollection(t)
	}
	var tp, fp, goldN, movedAgree, movedN int
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var g goldAlignment
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		a, err := corpus.ReadFile(filepath.Join(devDir, g.From))
		if err != nil {
			t.Fatal(err)
		}
		b, err := corpus.ReadFile(filepath.Join(devDir, g.To))
		if err != nil {
			t.Fatal(err)
		}
		gold, unsure := map[[2]string]bool{}, map[[2]string]bool{}
		goldMoved := map[[2]string]bool{}
		fkeys, tkeys := map[string]bool{}, map[string]bool{}
		for _, p := range g.Pairs {
			gold[[2]string{p.From, p.To}] = true
			goldMoved[[2]string{p.From, p.To}] = p.Moved
			fkeys[p.From], tkeys[p.To] = true, true
		}
		for _, u := range g.Uncertain {
			unsure[[2]string{u.From, u.To}] = true
			fkeys[u.From], tkeys[u.To] = true, true
		}
		for _, k := range g.Removed {
			fkeys[k] = true
		}
		for _, k := range g.Added {
			tkeys[k] = true
		}
		name := filepath.Base(file)
		var wrong, missed []string
		found := map[[2]string]bool{}
		t0, f0 := tp, fp
		for _, p := range Compare(a, b, opt).Pairs {
			if p.From == nil || p.To == nil {
				continue
			}
			k := [2]string{goldKey(p.From.Heading, fkeys), goldKey(p.To.Heading, tkeys)}
			switch {
			case k[0] == "" && k[1] == "":
			case gold[k]:
				if !found[k] {
					tp++
				}
				found[k] = true
				if p.Status == Unchanged || p.Status == Changed || p.Status == Moved {
					movedN++
					if (p.Status == Moved) == goldMoved[k] {
						movedAgree++
					} else {
						t.Logf("%s: %q -> %q: moved %v, gold %v", name, k[0], k[1], p.Status == Moved, goldMoved[k])
					}
				}
			case unsure[k]:
			default:
				fp++
				wrong = append(wrong, fmt.Sprintf("%s: paired %q with %q (%s %.2f %s)", name,
					orHeading(k[0], p.From.Heading), orHeading(k[1], p.To.Heading), p.Status, p.Similarity, p.Relation))
			}
		}
		for k := range gold {
			if !found[k] {
				missed = append(missed, fmt.Sprintf("%s: missed %q -> %q", name, k[0], k[1]))
			}
		}
		goldN += len(gold)
		sort.Strings(missed)
		for _, l := range append(wrong, missed...) {
			t.Log(l)
		}
		t.Logf("%s: %d/%d gold pairs, %d wrong", name, tp-t0, len(gold), fp-f0)
	}
	precision := float64(tp) / float64(max(1, tp+fp))
	recall := float64(tp) / float64(max(1, goldN))
	t.Logf("precision %.2f recall %.2f over %d gold pairs", precision, recall, goldN)
	t.Logf("moved agrees with the gold on %d of %d primary pairs", movedAgree, movedN)
	if precision < 0.9 || recall < 0.9 {
		t.Errorf("alignment precision %.2f, recall %.2f over the gold pairs of %s; want both at least 0.90", precision, recall, dir)
	}
}

func orHeading(key, heading string) string {
	if key != "" {
		return key
	}
	r := []rune(heading)
	if len(r) > 20 {
		r = r[:20]
	}
	return string(r)
}

// devCollection indexes every file of the dev corpus in a temporary
// folder.
func devCollection(t *testing.T) Collection {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var docs []*corpus.Document
	err = filepath.WalkDir(filepath.Join(devDir, "files"), func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		d, err := corpus.ReadFile(path)
		if err != nil {
			t.Logf("skipping %s: %v", path, err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var batch []*corpus.Document
	for _, d := range docs {
		if !seen[d.ID] {
			seen[d.ID] = true
			batch = append(batch, d)
		}
	}
	if err := ix.Add(batch...); err != nil {
		t.Fatal(err)
	}
	return ix
}
