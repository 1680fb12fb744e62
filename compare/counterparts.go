package compare

import "github.com/govreport/govreport"

// Counterparts
//
// Reports come in series: one issuer of one region writes one kind of
// report every year. A series is keyed by (Region, Issuer, Kind), all three
// equal. Documents whose region, kind or year is unknown belong to no
// series, since pairing them would pair strangers; an unknown issuer is
// matched only by another unknown issuer of the same region and kind. Within a series the
// previous document is the one of the nearest earlier year and the next the
// one of the nearest later year. Two documents of one series and one year
// (a re-issued plan, a copy from another site) are told apart by ID, the
// smaller first, so the answer never depends on the order of the list.

// planKinds are the kinds that set out what a summary reports on, most
// specific first.
var planKinds = []string{"计划", "要点"}

// summaryKinds are the kinds that report on a year's work.
var summaryKinds = []string{"总结", "半年总结"}

// Counterparts returns the documents of id's series (same region, issuer
// and kind) of the nearest earlier and the nearest later year, or nil. It
// returns nil, nil when id is not in docs, or its year, region or kind is
// unknown.
func Counterparts(docs []govreport.DocInfo, id string) (prev, next *govreport.DocInfo) {
	self := find(docs, id)
	if self == nil || self.Year == 0 || self.Region == "" || self.Kind == "" {
		return nil, nil
	}
	for i := range docs {
		d := &docs[i]
		if d.ID == self.ID || d.Region != self.Region || d.Issuer != self.Issuer || d.Kind != self.Kind || d.Year == 0 {
			continue
		}
		switch {
		case d.Year < self.Year:
			if prev == nil || d.Year > prev.Year || (d.Year == prev.Year && d.ID < prev.ID) {
				prev = d
			}
		case d.Year > self.Year:
			if next == nil || d.Year < next.Year || (d.Year == next.Year && d.ID < next.ID) {
				next = d
			}
		}
	}
	return prev, next
}

// PlanFor returns, for a summary (总结, 半年总结), the plan of the same
// region, issuer and year: a 计划 if there is one, else a 要点, the
// smaller ID among equals. It returns nil when id is not a summary or no
// plan matches.
func PlanFor(docs []govreport.DocInfo, id string) *govreport.DocInfo {
	self := find(docs, id)
	if self == nil || self.Year == 0 || self.Region == "" || !contains(summaryKinds, self.Kind) {
		return nil
	}
	var best *govreport.DocInfo
	rank := func(kind string) int {
		for i, k := range planKinds {
			if k == kind {
				return i
			}
		}
		return len(planKinds)
	}
	for i := range docs {
		d := &docs[i]
		if d.Region != self.Region || d.Issuer != self.Issuer || d.Year != self.Year || !contains(planKinds, d.Kind) {
			continue
		}
		if best == nil || rank(d.Kind) < rank(best.Kind) || (rank(d.Kind) == rank(best.Kind) && d.ID < best.ID) {
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
