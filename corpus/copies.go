package corpus

import "maps"

// Copies of one text
//
// A document's ID is the hash of its cleaned body, so the same report
// saved by two collectors (one with a header 标题：/发文单位：, one without;
// a .txt and a .docx) is one document, and ingesting the second replaces
// the first. What the two readings can differ in is only what lies outside
// the text: a collector's header, a file name. Left alone, the last copy
// read wins, and a bare copy wipes what the header told: a report whose
// kind, region and year came from its header keeps them only until a
// header-less copy of its text is ingested, and then drops out of its
// series (no previous or next report of its place).
//
// Inherit keeps that evidence: a field the earlier reading took from a
// collector's header survives a copy that has no header evidence for it,
// and a field the new reading leaves empty keeps the earlier value (a file
// name's year, say). What is kept is marked OriginCopy, and stays kept
// while later copies bring nothing better. A correction (OriginUser) is not
// inherited here: corrections are stored apart and applied on top anyway.
// The same file read again (same File: a later version of govreport) is no
// copy: its new reading replaces what it had read itself, so an improved
// reading can also empty a field; only what it had from other copies
// (OriginCopy) is kept.

// Inherit lays over d, a reading of a file, the metadata that prev, the
// stored reading of the same text (prev.ID == d.ID), took from outside the
// text of another file, marks it OriginCopy and returns the fields it
// took. It does nothing when prev is nil or has another ID.
func (d *Document) Inherit(prev *Document) []string {
	if prev == nil || prev.ID != d.ID {
		return nil
	}
	same := prev.File == d.File
	var took []string
	for _, f := range OverrideFields {
		po, no := prev.Origins[f], d.Origins[f]
		if po == "" || po == OriginUser || !prev.hasField(f) || (same && po != OriginCopy) {
			continue
		}
		outside := po == OriginCollector || po == OriginCopy
		if no == OriginCollector || (!outside && d.hasField(f)) {
			continue
		}
		d.copyField(prev, f)
		if d.Origins == nil {
			d.Origins = map[string]string{}
		} else if len(took) == 0 {
			d.Origins = maps.Clone(d.Origins) // d may share the map
		}
		d.Origins[f] = OriginCopy
		took = append(took, f)
	}
	return took
}

// hasField reports whether d has a value for metadata field f.
func (d *Document) hasField(f string) bool {
	switch f {
	case "title":
		return d.Title != ""
	case "year":
		return d.Year != 0
	case "kind":
		return d.Kind != ""
	case "region":
		return d.Region != ""
	case "issuer":
		return d.Issuer != ""
	}
	return false
}

// copyField sets field f of d to p's; a region brings its chain
// (Province, Prefecture) with it.
func (d *Document) copyField(p *Document, f string) {
	switch f {
	case "title":
		d.Title = p.Title
	case "year":
		d.Year = p.Year
	case "kind":
		d.Kind = p.Kind
	case "region":
		d.Region, d.Province, d.Prefecture = p.Region, p.Province, p.Prefecture
	case "issuer":
		d.Issuer = p.Issuer
	}
}
