package corpus

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestMetaGolden runs Read over testdata/meta/*.txt: the first file of each
// archive is the input (its name is the file name Read sees), "meta" the
// expected metadata, where each field came from, the metadata warnings and
// any line of a collector's header left in the body (there should be none).
func TestMetaGolden(t *testing.T) {
	runGolden(t, "testdata/meta/*.txt", "meta", func(t *testing.T, ar *txtar.Archive) string {
		if len(ar.Files) == 0 {
			t.Fatal("no input file")
		}
		in := ar.Files[0]
		d, err := Read(in.Name, in.Data)
		if err != nil {
			return fmt.Sprintf("error: %v\n", err)
		}
		checkTiling(t, d)
		var b strings.Builder
		fmt.Fprintf(&b, "title: %s\nyear: %d\nkind: %s\nissuer: %s\nregion: %s\nprovince: %s\nprefecture: %s\n",
			d.Title, d.Year, d.Kind, d.Issuer, d.Region, d.Province, d.Prefecture)
		var fields []string
		for f := range d.Origins {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			fmt.Fprintf(&b, "origin %s: %s\n", f, d.Origins[f])
		}
		for _, w := range d.Warnings {
			if isMetaWarning(w.Message) {
				fmt.Fprintf(&b, "warning: %s\n", w.Message)
			}
		}
		for _, l := range strings.Split(d.Body, "\n") {
			if collectorKeyRe.MatchString(l) {
				fmt.Fprintf(&b, "collector line left in the body: %s\n", l)
			}
		}
		return b.String()
	})
}

// isMetaWarning reports whether msg is one of fillMeta's warnings (the
// others belong to Clean and Split and have goldens of their own).
func isMetaWarning(msg string) bool {
	for _, p := range []string{"region unknown", "year unknown", "the collector's header", "the file name says"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
