package compare

import "github.com/govreport/govreport"

// Counterparts
//
// Reports come in series: one issuer of one region writes one kind of
// report every year. A series is keyed by (Region, Issuer, series kind),
// all three equal, where the series kind is the document's kind except that
// 计划 and 要点 are one: both are the issuer's plan for the year, and a
// bureau that titles it 工作要点 one year and 工作计划 the next writes one
// series (a reader asking for last year's plan means whichever it issued).
// A 半年总结 is not a 总结's counterpart, nor the reverse. Documents whose
// region, kind or year is unknown belong to no series, since pairing them
// would pair strangers, and so do news pages (新闻): a page that reports on
// a session or a report is no issue of a yearly series, whoever published
// it. An unknown issuer is matched only by another unknown issuer of the
// same region and kind.
//
// Within a series the previous document is one of the nearest earlier year
// and the next one of the nearest later year. A year may hold several: a
// copy of the report from another site or in another format, a truncated
// copy, a plan issued as 要点 and as 计划. Among them the one of the
// document's own kind comes first, then the one with more sections (of two
// copies of one report, the complete one rather than a collector's prefix
// or abridgement), then the smaller ID, so the answer never depends on the
// order of the list. A document of the same year is never a counterpart:
// it is a copy of the document itself or a sibling, not last year's.

// planKinds are the kinds that set out what a summary reports on, most
// specific first.
var planKinds = []string{"计划", "要点"}

// summaryKinds are the kinds that report on a year's work.
var summaryKinds = []string{"总结", "半年总结"}

// Counterparts returns the documents of id's series (same region, issuer
// and series kind) of the nearest earlier and the nearest later year, or
// nil. It returns nil, nil when id is not in docs, or its year, region or
// kind is unknown, or it is a news page.
func Counterparts(docs []govreport.DocInfo, id string) (prev, next *govreport.DocInfo) {
	self := find(docs, id)
	if self == nil || self.Year == 0 || self.Region == "" || seriesKind(self.Kind) == "" {
		return nil, nil
	}
	series := seriesKind(self.Kind)
	for i := range docs {
		d := &docs[i]
		if d.ID == self.ID || d.Region != self.Region || d.Issuer != self.Issuer || seriesKind(d.Kind) != series || d.Year == 0 {
			continue
		}
		switch {
		case d.Year < self.Year:
			if prev == nil || d.Year > prev.Year || (d.Year == prev.Year && preferred(d, prev, self.Kind)) {
				prev = d
			}
		case d.Year > self.Year:
			if next == nil || d.Year < next.Year || (d.Year == next.Year && preferred(d, next, self.Kind)) {
				next = d
			}
		}
	}
	return prev, next
}

// seriesKind returns the series a document of kind belongs to: the kind
// itself, 计划 for 要点 too, and "" (no series) for an unknown kind or a
// news page.
func seriesKind(kind string) string {
	switch kind {
	case "", "新闻":
		return ""
	case "要点":
		return "计划"
	}
	return kind
}

// preferred reports whether a is a better counterpart than b, two
// documents of one series and one year, for a document of kind: the one of
// that kind, then the one with more sections (the complete copy of a
// report rather than a truncated one), then the smaller ID.
func preferred(a, b *govreport.DocInfo, kind string) bool {
	if (a.Kind == kind) != (b.Kind == kind) {
		return a.Kind == kind
	}
	if a.Sections != b.Sections {
		return a.Sections > b.Sections
	}
	return a.ID < b.ID
}

// PlanFor returns, for a summary (总结, 半年总结), the plan of the same
// region, issuer and year: a 计划 if there is one, else a 要点, the
// smaller ID among equals. It returns nil when id is not a summary or no
// plan matches.
func PlanFor(docs []govreport.DocInfo, id string) *govreport.DocInfo {
	return sameYear(docs, id, summaryKinds, planKinds, false)
}

// SummaryFor returns, for a plan (计划, 要点), the summary of the same
// region, issuer and year, the other way round from PlanFor: what was
// reported against what was planned. A 总结 comes before a 半年总结 (the
// year's whole account rather than its first half), then the one with
// more sections (of two copies, the complete one), then the smaller ID.
// It returns nil when id is not a plan or no summary matches.
func SummaryFor(docs []govreport.DocInfo, id string) *govreport.DocInfo {
	return sameYear(docs, id, planKinds, summaryKinds, true)
}

// sameYear returns the document of one of the kinds want, most specific
// first, of the same region, issuer and year as id, which must be of one
// of the kinds self; among equal kinds the one with more sections when
// bySections, then the smaller ID.
func sameYear(docs []govreport.DocInfo, id string, self, want []string, bySections bool) *govreport.DocInfo {
	me := find(docs, id)
	if me == nil || me.Year == 0 || me.Region == "" || !contains(self, me.Kind) {
		return nil
	}
	var best *govreport.DocInfo
	rank := func(kind string) int {
		for i, k := range want {
			if k == kind {
				return i
			}
		}
		return len(want)
	}
	better := func(d *govreport.DocInfo) bool {
		if rank(d.Kind) != rank(best.Kind) {
			return rank(d.Kind) < rank(best.Kind)
		}
		if bySections && d.Sections != best.Sections {
			return d.Sections > best.Sections
		}
		return d.ID < best.ID
	}
	for i := range docs {
		d := &docs[i]
		if d.Region != me.Region || d.Issuer != me.Issuer || d.Year != me.Year || !contains(want, d.Kind) {
			continue
		}
		if best == nil || better(d) {
			best = d
		}
	}
	return best
}

func find(docs []govreport.DocInfo, id string) *govreport.DocInfo {
	for i := range docs {
		if docs[i].ID == id {
			return &docs[i]
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
