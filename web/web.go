// Package web holds the embedded user interface of govreport: plain HTML,
// CSS and JavaScript modules with no build step, served by package api at /.
//
// # Layout
//
// The UI is a single page (static/index.html) whose state lives in the URL
// fragment, so every view can be shared as a link and no server fallback
// route is needed:
//
//	#/search?q=双减&year=2023&region=明湖市&from=20    search with filters, page
//	#/search?q=双减&year=2019..2023                   a span of years (the year facet's 从/到)
//	#/doc/{id}?s={section id}                         a document, one section highlighted
//	#/compare?from={id}&to={id}&view=side|inline      two documents compared
//	#/upload                                          report files added (POST /api/v1/documents)
//
// The modules under static/ split along the same lines: app.js routes,
// api.js talks to /api/v1 and turns error bodies into exceptions, util.js
// builds DOM nodes (text is always inserted as text; the only HTML taken
// from the API is a search snippet, which the API escapes and marks with
// <mark>), and search.js, doc.js, compare.js, upload.js render one page
// each (edit.js is the document page's correction form).
//
// A page painted again (a facet, a pager link, a comparison's view) keeps
// the keyboard's focus on the control with the same data-focus key, else on
// #main (util.js keepFocus): a followed link is gone once the page is
// painted, and the focus must not fall back to the top of the document.
//
// The end-to-end tests in e2e_test.go drive the UI in headless Chromium
// against a real api.Server over the embedded sample corpus.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var static embed.FS

// FS returns the UI's files with index.html at the root.
func FS() fs.FS {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		// fs.Sub fails only on an invalid path; "static" is a constant.
		return static
	}
	return sub
}
