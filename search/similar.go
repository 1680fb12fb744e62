package search

// A SimilarHit is a section of another document that shares passages with
// the section asked about.
type SimilarHit struct {
	SectionID string    `json:"section_id"`
	DocID     string    `json:"doc_id"`
	Title     string    `json:"title"`
	Year      int       `json:"year"`
	Region    string    `json:"region"`
	Score     float64   `json:"score"`
	Passages  []Passage `json:"passages"`
}

// A Passage is wording the two sections share: Text is quoted from the
// section asked about, at byte offsets Start..End of its text; OtherStart
// and OtherEnd are the byte offsets of the aligned wording in the hit's text.
type Passage struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	OtherStart int    `json:"other_start"`
	OtherEnd   int    `json:"other_end"`
}
