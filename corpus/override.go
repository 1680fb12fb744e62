package corpus

// Corrections
//
// Inference can be wrong; a user corrects a document's metadata with an
// Override: any of title, year, kind, region and issuer. An Override is kept
// apart from what was inferred (the index stores it on its own and applies
// it whenever the document is read), so clearing a field brings the
// inferred value back, and a later version that reads the file better
// changes the fields the user left alone and none of those they set.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// OverrideFields are the metadata fields a user can correct, in the order
// they are shown and written (CSV manifests, JSON).
var OverrideFields = []string{"title", "year", "kind", "region", "issuer"}

// Kinds are the kinds of report a document can be of, as Document.Kind
// holds them. A correction of kind is one of them or KindOther, so that the
// kind filter and its facet see a corrected document under a kind a reader
// can ask for (a free-text 工作总结 would be counted alone in the facet).
var Kinds = []string{"总结", "半年总结", "计划", "要点", "政府工作报告", "新闻"}

// KindOther names the kind of a document that is none of Kinds (a notice,
// a speech): the kind filter's name for a document whose kind was left
// empty, and the correction that says a reading's kind is wrong and none
// fits.
const KindOther = "其他"

// An Override is a user's correction of a document's metadata. A zero
// field is no correction: the inferred value stands.
type Override struct {
	Title  string `json:"title,omitempty"`
	Year   int    `json:"year,omitempty"`
	Kind   string `json:"kind,omitempty"`
	Region string `json:"region,omitempty"`
	Issuer string `json:"issuer,omitempty"`
}

// Bounds of corrected values.
const (
	minYear      = 1900
	maxYear      = 2100
	maxTitleLen  = 200 // characters
	maxFieldLen  = 40  // characters, for kind, region and issuer
	yearRangeMsg = "a year from 1900 to 2100"
)

// IsZero reports whether o corrects nothing.
func (o Override) IsZero() bool { return o == Override{} }

// Fields returns the names of the fields o corrects, in OverrideFields order.
func (o Override) Fields() []string {
	var out []string
	for _, f := range OverrideFields {
		if o.Get(f) != "" {
			out = append(out, f)
		}
	}
	return out
}

// Get returns the correction of field as text ("" when there is none or the
// field is unknown).
func (o Override) Get(field string) string {
	switch field {
	case "title":
		return o.Title
	case "year":
		if o.Year == 0 {
			return ""
		}
		return strconv.Itoa(o.Year)
	case "kind":
		return o.Kind
	case "region":
		return o.Region
	case "issuer":
		return o.Issuer
	}
	return ""
}

// Set sets field to value, given as text (a year as digits). Surrounding
// space is trimmed; an empty value clears the correction. It fails, naming
// the field, on an unknown field, a year that is not a number from 1900 to
// 2100, a kind that is not one of Kinds or KindOther, a value with a line
// break or control character, or one too long (200 characters for a
// title, 40 for the others).
func (o *Override) Set(field, value string) error {
	value = strings.TrimSpace(value)
	if !utf8.ValidString(value) {
		return fmt.Errorf("%s: not valid UTF-8", field)
	}
	if strings.IndexFunc(value, unicode.IsControl) >= 0 {
		return fmt.Errorf("%s: %q has a line break or control character", field, value)
	}
	limit := maxFieldLen
	if field == "title" {
		limit = maxTitleLen
	}
	if n := utf8.RuneCountInString(value); n > limit {
		return fmt.Errorf("%s: %d characters, at most %d", field, n, limit)
	}
	switch field {
	case "title":
		o.Title = value
	case "year":
		if value == "" {
			o.Year = 0
			return nil
		}
		y, err := strconv.Atoi(value)
		if err != nil || y < minYear || y > maxYear {
			return fmt.Errorf("year: %q is not %s", value, yearRangeMsg)
		}
		o.Year = y
	case "kind":
		if value != "" && value != KindOther && !slices.Contains(Kinds, value) {
			return fmt.Errorf("kind: %q is not a kind (want one of %s, %s)", value, strings.Join(Kinds, ", "), KindOther)
		}
		o.Kind = value
	case "region":
		o.Region = value
	case "issuer":
		o.Issuer = value
	default:
		return fmt.Errorf("%q: not a field that can be corrected (want one of %s)", field, strings.Join(OverrideFields, ", "))
	}
	return nil
}

// SetYear sets the year correction; 0 clears it. It fails on a year outside
// 1900 to 2100.
func (o *Override) SetYear(y int) error {
	if y != 0 && (y < minYear || y > maxYear) {
		return fmt.Errorf("year: %d is not %s", y, yearRangeMsg)
	}
	o.Year = y
	return nil
}

// Merge returns o with the corrections of p laid over it: a field p
// corrects takes p's value, the others keep o's.
func (o Override) Merge(p Override) Override {
	if p.Title != "" {
		o.Title = p.Title
	}
	if p.Year != 0 {
		o.Year = p.Year
	}
	if p.Kind != "" {
		o.Kind = p.Kind
	}
	if p.Region != "" {
		o.Region = p.Region
	}
	if p.Issuer != "" {
		o.Issuer = p.Issuer
	}
	return o
}

// Apply sets the fields o corrects on d and marks their origin OriginUser.
// A corrected region replaces the administrative chain (Province,
// Prefecture) with the gazetteer's chain of the new region, empty when the
// gazetteer does not know it. d.Origins is copied before it is changed, so
// a document sharing the map with another is safe to correct.
func (o Override) Apply(d *Document) {
	if o.IsZero() {
		return
	}
	origins := make(map[string]string, len(d.Origins)+len(OverrideFields))
	for k, v := range d.Origins {
		origins[k] = v
	}
	if o.Title != "" {
		d.Title = o.Title
	}
	if o.Year != 0 {
		d.Year = o.Year
	}
	if o.Kind != "" {
		d.Kind = o.Kind
	}
	if o.Region != "" {
		d.Region = o.Region
		d.Province, d.Prefecture = PlaceChain(o.Region)
	}
	if o.Issuer != "" {
		d.Issuer = o.Issuer
	}
	for _, f := range o.Fields() {
		origins[f] = OriginUser
	}
	d.Origins = origins
}
