package watch

// Atom feed
//
// A watch's feed (RFC 4287) lists the reports new to it, newest first, at
// most MaxFeed of them. Identifiers are tag URIs (RFC 4151) that never
// change: the feed's names the watch and the day it was made, an entry's
// the report and the day it entered the index, so a reader that saw an
// entry once does not show it again. An entry is updated when its report
// entered the index; links point to the server's pages at base.

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/govreport/govreport/search"
)

// MaxFeed is the number of entries a feed lists at most (the newest).
const MaxFeed = 100

const atomNS = "http://www.w3.org/2005/Atom"

type atomFeed struct {
	XMLName   xml.Name    `xml:"feed"`
	NS        string      `xml:"xmlns,attr"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Author    atomAuthor  `xml:"author"`
	Links     []atomLink  `xml:"link"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     string     `xml:"title"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published"`
	Links     []atomLink `xml:"link"`
	Summary   string     `xml:"summary"`
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func tagURI(t time.Time, specific string) string {
	return "tag:govreport," + t.UTC().Format("2006-01-02") + ":" + specific
}

// WriteAtom writes the Atom feed of w with its new reports (as New returns
// them: newest first), the first MaxFeed of them. base is the server's
// address (scheme://host) for links.
func WriteAtom(out io.Writer, w Watch, reports []search.Report, base string) error {
	base = strings.TrimSuffix(base, "/")
	updated := w.Created
	if len(reports) > 0 && reports[0].Added.After(updated) {
		updated = reports[0].Added
	}
	q := url.Values{"q": {w.Query}}
	for _, f := range []struct {
		key  string
		vals []string
	}{{"year", w.Years}, {"region", w.Regions}, {"kind", w.Kinds}, {"issuer", w.Issuers}} {
		for _, v := range f.vals {
			q.Add(f.key, v)
		}
	}
	f := atomFeed{
		NS:       atomNS,
		ID:       tagURI(w.Created, "watch/"+w.ID),
		Title:    "govreport 关注：" + w.String(),
		Subtitle: fmt.Sprintf("自 %s 起新收录、符合此检索的报告 (reports added since the watch was made)", w.Created.UTC().Format("2006-01-02 15:04 UTC")),
		Updated:  atomTime(updated),
		Author:   atomAuthor{Name: "govreport"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/api/v1/watches/" + url.PathEscape(w.ID) + "/feed"},
			{Rel: "alternate", Type: "text/html", Href: base + "/#/search?" + q.Encode()},
		},
		Generator: "govreport",
	}
	for _, r := range reports[:min(len(reports), MaxFeed)] {
		title := r.Title
		if title == "" {
			title = r.Source
		}
		if title == "" {
			title = r.ID
		}
		f.Entries = append(f.Entries, atomEntry{
			ID:        tagURI(r.Added, "document/"+r.ID),
			Title:     title,
			Updated:   atomTime(r.Added),
			Published: atomTime(r.Added),
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/#/doc/" + url.PathEscape(r.ID)}},
			Summary:   summary(r),
		})
	}
	if _, err := io.WriteString(out, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(out)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("writing the feed of watch %s: %w", w.ID, err)
	}
	_, err := io.WriteString(out, "\n")
	return err
}

// summary describes a report in one line: year, region, kind, issuer and
// its matching sections.
func summary(r search.Report) string {
	var parts []string
	if r.Year != 0 {
		parts = append(parts, fmt.Sprint(r.Year))
	}
	for _, v := range []string{r.Region, r.Kind, r.Issuer} {
		if v != "" {
			parts = append(parts, v)
		}
	}
	parts = append(parts, fmt.Sprintf("%d 个章节匹配", r.Sections))
	return strings.Join(parts, " · ")
}
