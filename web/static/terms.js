// terms.js: the new-terms page (新提法). URL: #/terms?year=&region=&kind=&issuer=&dropped=1
//
// For one year (chosen among the years of the index's reports, which the
// API returns with every list) it shows the terms the year's reports use
// and earlier reports did not (GET /api/v1/terms), or with dropped=1 the
// terms of the previous year's reports that the year's no longer use:
// each with its reports, places, first year and earlier reports, linked to
// the search page, whose timeline follows it through the years. Without a
// year the page opens on the latest year that has reports.

import { get, apiURL } from "./api.js";
import { h, link, loading, errorBox, clear } from "./util.js";

const LIMIT = 100;
const FILTERS = ["region", "kind", "issuer"];

function state(params) {
  const s = { year: params.get("year") || "", dropped: params.get("dropped") === "1" };
  for (const f of FILTERS) s[f] = params.get(f) || "";
  return s;
}

function hashOf(s, changes) {
  const n = { ...s, ...changes };
  return link("terms", { year: n.year, region: n.region, kind: n.kind, issuer: n.issuer, dropped: n.dropped ? "1" : "" });
}

export async function renderTerms(main, r, signal) {
  const s = state(r.params);
  document.title = (s.year ? s.year + "年" : "") + (s.dropped ? "不再出现的提法" : "新提法") + " · govreport";
  main.appendChild(h("h1", { class: "page-title" }, "新提法"));
  const body = h("div", { class: "terms-page" });
  main.appendChild(body);
  const run = async () => {
    clear(body).appendChild(loading("统计各年份报告中的提法…"));
    try {
      const year = s.year || String(new Date().getFullYear());
      const params = { year, region: s.region, kind: s.kind, issuer: s.issuer, dropped: s.dropped ? "true" : "", limit: LIMIT };
      const res = await get("terms", params, signal);
      const years = res.years || [];
      // No year asked for, or one without reports: the latest year that has some.
      if (years.length && !years.some((y) => y.value === String(res.year)) && (!s.year || !res.documents)) {
        location.replace(hashOf(s, { year: years[0].value }));
        return;
      }
      clear(body);
      body.appendChild(controls(s, res));
      body.appendChild(summary(res));
      body.appendChild(table(s, res));
      body.appendChild(
        h("p", { class: "downloads" }, "下载 CSV：", h("a", { href: apiURL("terms", { ...params, limit: "", format: "csv" }), download: "" }, "全部提法")),
      );
    } catch (e) {
      if (e.name === "AbortError") throw e;
      clear(body).appendChild(errorBox(e, run));
    }
  };
  await run();
  return null;
}

// controls: the year (among the years of the reports under the filters),
// new or dropped, and the filters.
function controls(s, res) {
  const year = h(
    "select",
    { name: "year", "aria-label": "年份" },
    (res.years || []).map((y) => h("option", { value: y.value, selected: y.value === String(res.year) }, `${y.value}年（${y.count} 篇）`)),
  );
  const mode = h(
    "select",
    { name: "mode", "aria-label": "新出现或不再出现" },
    h("option", { value: "", selected: !s.dropped }, "新出现的提法"),
    h("option", { value: "1", selected: s.dropped }, "不再出现的提法"),
  );
  const inputs = {};
  for (const [f, label, hint] of [
    ["region", "地区", "如 江苏、明湖市"],
    ["kind", "类别", "如 政府工作报告"],
  ]) {
    inputs[f] = h("input", { type: "search", name: f, value: s[f], placeholder: hint, "aria-label": label, class: "terms-filter" });
  }
  const go = () => {
    location.hash = hashOf(s, { year: year.value, dropped: mode.value === "1", region: inputs.region.value.trim(), kind: inputs.kind.value.trim() });
  };
  year.addEventListener("change", go);
  mode.addEventListener("change", go);
  return h(
    "form",
    { class: "searchbar terms-controls", onsubmit: (e) => (e.preventDefault(), go()) },
    year,
    mode,
    inputs.region,
    inputs.kind,
    h("button", { type: "submit", class: "btn primary" }, "筛选"),
  );
}

function summary(res) {
  let text;
  if (res.dropped) {
    text = res.since
      ? `${res.since}年 ${res.against_documents} 篇报告用过、${res.year}年 ${res.documents} 篇报告不再使用的提法：${res.total} 个`
      : `${res.year}年之前没有可对照的报告`;
  } else if (!res.since) {
    text = `${res.year}年 ${res.documents} 篇报告中的提法：${res.total} 个（此前没有报告可对照）`;
  } else {
    const span = res.since < res.year - 1 ? `${res.since}–${res.year - 1}年` : `${res.since}年`;
    text = `${res.year}年 ${res.documents} 篇报告中的新提法：${res.total} 个（对照 ${span} ${res.against_documents} 篇报告）`;
  }
  if (!res.unstored) return h("p", { class: "terms-count" }, text);
  // reports without their terms stored: just written (the index's worker
  // stores them shortly), or written by an older govreport or an ingest
  // stopped early (govreport reindex stores them); found for this list
  return h(
    "div",
    {},
    h("p", { class: "terms-count" }, text),
    h("p", { class: "hint" }, `其中 ${res.unstored} 篇报告的提法尚未保存，本次现找，较慢：刚导入的报告由后台逐篇保存，稍后即快；旧版本写入或导入中途停止的，运行 govreport reindex 可保存。`),
  );
}

// table lists the terms; each links to the search page of its quoted
// wording under the same filters, where the timeline follows it.
function table(s, res) {
  const terms = res.terms || [];
  if (!terms.length) return h("p", { class: "hint" }, "没有找到符合条件的提法。");
  const countHead = res.dropped ? `${res.since}年报告` : "报告";
  // a new term's later reports: whether it stuck (none for dropped terms)
  const heads = ["提法", countHead, "地区", "首次出现", "此前报告"].concat(res.dropped ? [] : ["此后报告"]);
  return h(
    "table",
    { class: "doclist terms-table" },
    h("thead", {}, h("tr", {}, heads.map((t, i) => h("th", { class: i ? "num" : null }, t)))),
    h(
      "tbody",
      {},
      terms.map((t) =>
        h(
          "tr",
          {},
          h("td", {}, h("a", { class: "term", href: link("search", { q: t.query, region: s.region, kind: s.kind, issuer: s.issuer, group: "document" }), title: "查看时间线" }, t.term)),
          h("td", { class: "num" }, String(t.documents)),
          h("td", { class: "num" }, String(t.places)),
          h("td", { class: "num" }, t.first_year ? String(t.first_year) : "—"),
          h("td", { class: "num" }, String(t.before)),
          res.dropped ? null : h("td", { class: "num" }, String(t.after)),
        ),
      ),
    ),
  );
}
