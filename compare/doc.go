// Package compare shows what changed between two reports.
//
// The pipeline is align -> diff -> summarize:
//
//   - Counterparts links the documents of one series (same region, issuer
//     and kind, 要点 and 计划 one kind; no news pages) year to year, the
//     whole copy of a year before a truncated one; PlanFor finds the plan a
//     summary answers to, SummaryFor the summary a plan is reported in.
//   - Align pairs the sections of two documents even when headings were
//     renamed, sections moved, merged, split, added or dropped, and gives
//     each pair a status (unchanged, changed, moved, added, removed) and a
//     similarity.
//   - Diff shows the difference of two texts word by word: edits land on
//     gse word boundaries and numbers stay whole (中小学[-12-]{+15+}所).
//   - Compare adds the summary: counts per status, the overall similarity,
//     the changed numbers and the new and dropped terms (新提法).
//
// WriteText and WriteHTML render a Report for the terminal and for a
// self-contained HTML file; the API serializes the same types as JSON.
// go-diff is used in this package only.
package compare
