// Package sample holds the embedded sample corpus: fictional reports of two
// fictional places, 明湖市教育局 (work plans and summaries, 2022-2024) and
// 望川县 (government work reports 2022-2024, education bureau plans
// 2023-2024), written for this project. `govreport serve` indexes it when the
// data folder is empty; the README demo, the UI and many tests run on it.
//
// CHANGES.md lists, pair by pair, what was deliberately renamed, moved,
// added, dropped and re-numbered between years, and which paragraphs one
// place copied from the other.
package sample

import "embed"

// FS holds the sample reports as .txt files at its root.
//
//go:embed *.txt
var FS embed.FS
