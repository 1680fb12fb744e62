package web_test

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/govreport/govreport/search"
)

// TestE2E_Terms opens the new-terms page without a year: it lands on the
// latest year of the sample corpus and lists its terms as the terms route
// does; another year chosen in the selector lists that year's; a term leads
// to the search page, whose timeline follows it.
func TestE2E_Terms(t *testing.T) {
	_, srv := server(t)
	var latest search.Terms
	getJSON(t, srv.URL+"/api/v1/terms?year=2024&limit=100", &latest)
	if len(latest.Years) < 2 || latest.Years[0].Value != "2024" || len(latest.Terms) == 0 {
		t.Fatalf("the sample corpus's terms of 2024: years %v, %d terms; the test needs several years and terms of 2024", latest.Years, len(latest.Terms))
	}
	ctx := browser(t, 1280, 900)
	do(t, ctx, "open the new-terms page", chromedp.Navigate(srv.URL+"/#/terms"), visible(`.terms-table tbody tr`))
	shot(t, ctx, "terms")
	type page struct {
		Hash, Year, First, Count, After string
		Rows                            int
	}
	read := func() page {
		return eval[page](t, ctx, `({
			Hash: location.hash,
			Year: document.querySelector(".terms-controls select[name=year]").value,
			First: document.querySelector(".terms-table tbody tr td a.term").textContent,
			Count: document.querySelector(".terms-count").textContent,
			Rows: document.querySelectorAll(".terms-table tbody tr").length,
			After: document.querySelector(".terms-table tbody tr td:last-child").textContent,
		})`)
	}
	p := read()
	if p.Year != "2024" || p.First != latest.Terms[0].Term || p.Rows != len(latest.Terms) {
		t.Errorf("new-terms page: year %s, %d rows from %q; the route has %d terms of 2024 from %q", p.Year, p.Rows, p.First, len(latest.Terms), latest.Terms[0].Term)
	}
	var earlier search.Terms
	year := latest.Years[1].Value
	getJSON(t, srv.URL+"/api/v1/terms?limit=100&year="+year, &earlier)
	eval[bool](t, ctx, `(() => {
		const s = document.querySelector(".terms-controls select[name=year]");
		s.value = "`+year+`";
		s.dispatchEvent(new Event("change"));
		return true;
	})()`)
	do(t, ctx, "choose "+year, until(`location.hash.includes("year=`+year+`") && (document.querySelector(".terms-controls select[name=year]") || {}).value === "`+year+`" && document.querySelector(".terms-table tbody tr")`))
	shot(t, ctx, "terms-"+year)
	p = read()
	if len(earlier.Terms) == 0 || p.Rows != len(earlier.Terms) || p.First != earlier.Terms[0].Term {
		t.Errorf("after choosing %s: %d rows from %q; the route has %d terms", year, p.Rows, p.First, len(earlier.Terms))
	} else if want := strconv.Itoa(earlier.Terms[0].After); p.After != want {
		t.Errorf("after choosing %s: %q is in %s later reports, the route says %s", year, p.First, p.After, want)
	}
	do(t, ctx, "follow a term to its timeline", click(`.terms-table tbody tr td a.term`), visible(`.timeline .tl-chart`))
	q := eval[string](t, ctx, `document.querySelector('form.searchbar input[name="q"]').value`)
	if q != earlier.Terms[0].Query {
		t.Errorf("the term's link searches %q, want %q", q, earlier.Terms[0].Query)
	}
}
