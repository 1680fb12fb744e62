package corpus

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// FuzzReadHTML reads saved web pages of any bytes (seeded with the pages
// of the read goldens: menus, hidden bits, pages saved one after another,
// titles set as <h2>, meta titles): a page reads to a document or to an
// error, never trips a bug of the reading (ErrInternal, a panic
// recovered), and a document's sections hold no markup of the page.
func FuzzReadHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/read/*html*.txt")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range ar.Files {
			if ext := filepath.Ext(p.Name); ext == ".html" || ext == ".htm" || ext == ".shtml" {
				f.Add(p.Data)
			}
		}
	}
	f.Add([]byte(`<html><head><title>a</title></head><body><title>b</title><h2>a</h2><p>一、甲</p></body></html><html><body><p>二、乙</p></body></html>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		d, err := Read("fuzz.html", page)
		if errors.Is(err, ErrInternal) || (d == nil) == (err == nil) {
			t.Fatalf("Read gave %v, %v", d, err)
		}
		if d == nil {
			return
		}
		for _, s := range d.Sections {
			if strings.Contains(s.Text, "</p>") || strings.Contains(s.Text, "<title>") {
				t.Fatalf("markup left in section %q: %q", s.Heading, s.Text)
			}
		}
	})
}
