// timeline.js: the timeline panel of the search page (GET /api/v1/timeline).
//
// For the query and filters of the search it draws, per year, the reports
// that use the query (bars) and their share of all reports of the year
// (the line; the API gives both counts, so the share is exact), lists the
// reports that used it first, and offers the result as CSV (sections,
// reports, and the timeline's tables). The panel loads after the hits and
// never holds them up; a failure leaves a short note, not an error page.
// It prints no count of its own: it sits above the search's count line,
// which counts the same reports and sections (the timeline's set is the
// search's), and the same line twice read as two different numbers.

import { get, apiURL } from "./api.js";
import { h, svg, docLink, clear } from "./util.js";

// timelinePanel returns the panel for the search state s (q and filters),
// filled in when the timeline arrives.
export function timelinePanel(s, signal) {
  const params = { q: s.q, year: s.year, region: s.region, kind: s.kind, issuer: s.issuer };
  const box = h("section", { class: "timeline", "aria-label": "时间线" }, h("p", { class: "muted" }, "时间线加载中…"));
  get("timeline", params, signal)
    .then((tl) => {
      clear(box);
      for (const el of [chart(tl), firstUse(tl), downloads(params)]) if (el) box.appendChild(el);
    })
    .catch((e) => {
      if (e.name === "AbortError") return;
      clear(box).appendChild(h("p", { class: "muted" }, "时间线暂不可用：" + e.message));
    });
  return box;
}

// chart draws the years from two before the first use to the last year of
// the collection: bars are reports that use the query, the line their share
// of the year's reports (the right-hand scale, 0-100%).
function chart(tl) {
  const years = tl.years || [];
  const used = years.filter((y) => y.documents > 0);
  if (!used.length) return null;
  const from = used[0].year - 2;
  const data = years.filter((y) => y.year >= from);
  const max = Math.max(...data.map((d) => d.documents), 1);
  const W = data.length > 16 ? 26 : 34, gap = data.length > 16 ? 6 : 10, H = 90, top = 16, bottom = 32;
  const width = data.length * (W + gap) + gap;
  // The share line breaks at a year with no report (the API lists it,
  // 0 of 0, so that the years stay evenly apart): it has no share, and a
  // point at 0% would read as reports that do not use the query.
  const lines = [[]];
  const bars = data.map((d, i) => {
    const x = gap + i * (W + gap);
    const bh = Math.round((d.documents / max) * H);
    const share = d.all_documents ? d.documents / d.all_documents : 0;
    if (d.all_documents) lines[lines.length - 1].push(`${x + W / 2},${top + H - Math.round(share * H)}`);
    else if (lines[lines.length - 1].length) lines.push([]);
    return svg(
      "g",
      { class: "tl-year" },
      svg("title", {}, d.all_documents ? `${d.year}年：${d.documents} / ${d.all_documents} 篇报告（${Math.round(share * 100)}%），${d.sections} 个章节` : `${d.year}年：没有这一年的报告`),
      svg("rect", { x, y: top + H - bh, width: W, height: Math.max(bh, d.documents ? 2 : 0), rx: 3, class: "tl-bar" }),
      // The count sits inside a tall bar, where the share line cannot cross it.
      bh > 16
        ? svg("text", { x: x + W / 2, y: top + H - bh + 13, "text-anchor": "middle", class: "tl-count in" }, String(d.documents))
        : svg("text", { x: x + W / 2, y: top + H - bh - 4, "text-anchor": "middle", class: "tl-count" }, d.documents ? String(d.documents) : ""),
      svg("text", { x: x + W / 2, y: top + H + 14, "text-anchor": "middle", class: "tl-year-label" }, String(d.year)),
      svg("text", { x: x + W / 2, y: top + H + 27, "text-anchor": "middle", class: "tl-share" }, d.all_documents ? `${Math.round(share * 100)}%` : ""),
    );
  });
  return h(
    "figure",
    { class: "tl-chart" },
    h("figcaption", {}, "各年份使用该说法的报告数（柱）及占当年报告的比例（线）"),
    h(
      "div",
      { class: "tl-scroll" },
      svg(
        "svg",
        { viewBox: `0 0 ${width} ${top + H + bottom}`, width, height: top + H + bottom, role: "img", "aria-label": "各年份报告数与占比" },
        bars,
        lines.filter((l) => l.length).map((l) => svg("polyline", { points: l.join(" "), class: "share-line" })),
      ),
    ),
  );
}

function firstUse(tl) {
  const first = tl.first || [];
  if (!first.length) return null;
  // Three show; the rest of the ten fold, so that the hits stay in view.
  const item = (f) =>
    h("li", {}, h("span", { class: "fy" }, String(f.year)), " ", f.region ? h("span", { class: "muted" }, f.region + " ") : null, h("a", { href: docLink(f.id) }, f.title || f.id));
  const regions = (tl.regions || []).filter((r) => r.first_year);
  return h(
    "div",
    { class: "first-use" },
    h("h3", {}, "最早使用"),
    h("ol", {}, first.slice(0, 3).map(item)),
    first.length > 3 ? h("details", { class: "first-more" }, h("summary", {}, `更多（${first.length - 3}）`), h("ol", { start: 4 }, first.slice(3).map(item))) : null,
    regions.length ? regionTable(tl, regions) : null,
  );
}

// regionTable is a province x year table of matching reports (a region
// without a province is its own row), cells shaded by count, rows by the
// first year of use.
function regionTable(tl, regions) {
  const rows = new Map();
  for (const r of regions) {
    const name = r.province || r.region;
    let row = rows.get(name);
    if (!row) rows.set(name, (row = { name, first: r.first_year, total: 0, years: new Map() }));
    row.first = Math.min(row.first, r.first_year);
    row.total += r.documents;
    for (const y of r.years || []) row.years.set(y.year, (row.years.get(y.year) || 0) + y.documents);
  }
  const list = [...rows.values()].sort((a, b) => a.first - b.first || b.total - a.total || a.name.localeCompare(b.name));
  const first = Math.min(...list.map((r) => r.first));
  const years = (tl.years || []).map((y) => y.year).filter((y) => y >= first);
  const max = Math.max(1, ...list.flatMap((r) => [...r.years.values()]));
  return h(
    "details",
    { class: "first-regions" },
    h("summary", {}, `地区 × 年份（${list.length} 个省份或地区）`),
    h(
      "div",
      { class: "tl-scroll" },
      h(
        "table",
        { class: "region-years" },
        h("thead", {}, h("tr", {}, h("th", {}, "省份/地区"), h("th", {}, "首次"), years.map((y) => h("th", {}, String(y))))),
        h(
          "tbody",
          {},
          list.map((r) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, r.name),
              h("td", {}, String(r.first)),
              years.map((y) => {
                const n = r.years.get(y) || 0;
                return h(
                  "td",
                  { class: "num", style: n ? `background: rgba(179, 38, 30, ${(0.12 + 0.6 * (n / max)).toFixed(2)})` : null, title: `${r.name} ${y}年：${n} 篇报告` },
                  n ? String(n) : "",
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

// downloads links the CSV exports of the same query and filters.
function downloads(params) {
  const a = (label, path, extra) => h("a", { class: "small-link", href: apiURL(path, { ...params, ...extra, format: "csv" }), download: "" }, label);
  return h(
    "p",
    { class: "downloads" },
    "下载 CSV：",
    a("章节", "search", {}),
    " · ",
    a("报告", "search", { group: "document" }),
    " · ",
    a("年份", "timeline", { table: "years" }),
    " · ",
    a("地区", "timeline", { table: "regions" }),
  );
}
