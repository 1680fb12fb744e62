package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/govreport/govreport/corpus"
	"github.com/govreport/govreport/embedded"
	"github.com/govreport/govreport/index"
)

// TestFindDocument checks ID prefixes: a unique one finds its document, one
// that starts several IDs says it is ambiguous and names them, one that
// starts none says there is no such document.
func TestFindDocument(t *testing.T) {
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// 17 documents: two IDs at least share their first hex digit.
	for i := 0; i < 17; i++ {
		d, err := corpus.Read(fmt.Sprintf("%d.txt", i), []byte(fmt.Sprintf("云岭市第%d中学2024年工作计划\n一、总体要求\n新建教室%d间。\n", i, i+2)))
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	byFirst := map[string][]string{}
	var ids []string
	for _, d := range ix.Documents() {
		ids = append(ids, d.ID)
		byFirst[d.ID[:1]] = append(byFirst[d.ID[:1]], d.ID)
	}
	for p, match := range byFirst {
		if len(match) < 2 {
			continue
		}
		_, err := findDocument(t.Context(), embedded.New(ix), p)
		if err == nil || !strings.Contains(err.Error(), "ambiguous") || !strings.Contains(err.Error(), match[0][:8]) || errors.Is(err, index.ErrNotFound) {
			t.Errorf("findDocument(%q), a prefix of %v: %v; want an error saying it is ambiguous, naming them", p, match, err)
		}
		break
	}
	id := ids[0]
	if d, err := findDocument(t.Context(), embedded.New(ix), id[:10]); err != nil || d.ID != id {
		t.Errorf("findDocument(%q) = %v, %v; want %s", id[:10], d, err, id)
	}
	if _, err := findDocument(t.Context(), embedded.New(ix), "zzzz"); !errors.Is(err, index.ErrNotFound) {
		t.Errorf("findDocument(zzzz) = %v; want ErrNotFound", err)
	}
}
