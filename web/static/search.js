// search.js: the search page. URL: #/search?q=&year=&region=&kind=&issuer=&sort=&group=&from=
//
// The query box takes the search language as is; facet values toggle
// filters in the URL, so the back button and shared links keep them. Hits
// are reports (one per report, its best section; counts and facets in
// reports) unless group=section asks for a hit per section. With no query
// the page lists documents instead (GET /api/v1/documents). The 关注
// button saves the query as a watch (watches.js).

import { get, apiURL } from "./api.js";
import { timelinePanel } from "./timeline.js";
import { watchButton } from "./watches.js";
import { h, svg, link, docLink, meta, safeMarkHTML, loading, errorBox, clear, fill } from "./util.js";

const PAGE = 20;
const FACETS = [
  ["year", "年份"],
  ["province", "省份"],
  ["region", "地区"],
  ["kind", "类别"],
  ["issuer", "发文机关"],
];
// FOLD is how many values a facet lists before "更多" (selected values
// always show).
const FOLD = 8;
// MAXBARS is how many bars the year chart draws before it bins years.
const MAXBARS = 24;
const FILTERS = ["year", "region", "kind", "issuer"];

// state reads the search state from the URL parameters.
function state(params) {
  const s = { q: params.get("q") || "", sort: params.get("sort") || "", from: Math.max(0, parseInt(params.get("from") || "0", 10) || 0) };
  for (const f of FILTERS) s[f] = params.getAll(f).filter(Boolean);
  // A hit per report (its best section) unless group=section.
  s.group = params.get("group") === "section" ? "section" : "document";
  return s;
}

// byReport reports whether the hits of s are reports.
const byReport = (s) => s.group !== "section";

function hashOf(s, changes) {
  const n = { ...s, ...changes };
  const p = { q: n.q, sort: n.sort, group: n.group === "section" ? "section" : "", from: n.from ? n.from : "" };
  for (const f of FILTERS) p[f] = n[f];
  return link("search", p);
}

export async function renderSearch(main, r, signal) {
  const s = state(r.params);
  document.title = (s.q ? s.q + " · " : "") + "govreport 检索";
  const input = h("input", {
    type: "search",
    name: "q",
    value: s.q,
    placeholder: "例如：\"双减\" 课后服务 -托管 year:2022..2024 region:明湖市",
    "aria-label": "检索式",
    autocomplete: "off",
    "data-focus": "q",
  });
  const sort = h(
    "select",
    { name: "sort", "aria-label": "排序", "data-focus": "sort", onchange: () => go() },
    h("option", { value: "", selected: !s.sort || s.sort === "relevance" }, "按相关度"),
    h("option", { value: "-year", selected: s.sort === "-year" }, "按年份（新→旧）"),
    h("option", { value: "year", selected: s.sort === "year" }, "按年份（旧→新）"),
  );
  const go = () => {
    location.hash = hashOf(s, { q: input.value.trim(), sort: sort.value, from: 0 });
  };
  const form = h(
    "form",
    { class: "searchbar", role: "search", onsubmit: (e) => (e.preventDefault(), go()) },
    input,
    sort,
    h("button", { type: "submit", class: "btn primary" }, "检索"),
  );
  main.appendChild(form);
  const help = syntaxHelp();
  main.appendChild(help);
  main.appendChild(activeFilters(s));

  const body = h("div", { class: "search-body" });
  main.appendChild(body);
  if (!s.q) input.focus();

  const run = async () => {
    clear(body).appendChild(loading(s.q ? "检索中…" : "加载文档列表…"));
    try {
      if (s.q) {
        const filters = { q: s.q, region: s.region, kind: s.kind, issuer: s.issuer };
        // With a year filter the response's year facet covers the chosen
        // years only; the trend chart asks once more without it.
        const [res, trend] = await Promise.all([
          get("search", { ...filters, year: s.year, sort: s.sort, group: s.group, from: s.from || "", size: PAGE }, signal),
          s.year.length ? get("search", { ...filters, group: s.group, size: 0 }, signal).catch(() => null) : null,
        ]);
        // A zero under filters: how many reports the filters alone pass,
        // so that a filter no report matches (a place
        // not indexed) does not read as an answer about the wording.
        const base = res.total ? null : await filterBase(s, res.query, signal);
        fill(body, results(s, res, trend, base));
        if (res.total) showTimeline(body, s, signal);
      } else {
        const res = await get(
          "documents",
          { year: s.year, region: s.region, kind: s.kind, issuer: s.issuer, from: s.from || "", size: PAGE },
          signal,
        );
        fill(body, documents(s, res));
      }
    } catch (e) {
      if (e.name === "AbortError") throw e;
      clear(body).appendChild(errorBox(e, run));
      // A malformed query: show the syntax next to the message.
      if (e.code === "bad_query") help.open = true;
    }
  };
  await run();
  return null;
}

// filterBase returns the number of reports that pass the filters of a
// search, those of the URL and those written in the query (read from its
// canonical form, query: field:value or field:"v w"), or null when it has
// none or the count fails.
async function filterBase(s, query, signal) {
  const own = (String(query || "").match(/(?:^|\s)(?:year|region|kind|issuer):(?:"[^"]*"|\S+)/g) || []).map((x) => x.trim());
  if (!own.length && !FILTERS.some((f) => s[f].length)) return null;
  const filters = { year: s.year, region: s.region, kind: s.kind, issuer: s.issuer };
  try {
    const r = own.length
      ? await get("search", { q: own.join(" "), ...filters, group: "document", size: 0 }, signal)
      : await get("documents", { ...filters, size: 0 }, signal);
    return typeof r.total === "number" ? r.total : null;
  } catch (e) {
    if (e.name === "AbortError") throw e;
    return null;
  }
}

// showTimeline puts the timeline panel (timeline.js) above the hits.
function showTimeline(body, s, signal) {
  const panel = timelinePanel(s, signal);
  const results = body.querySelector(".results");
  const count = results && results.querySelector(".result-count");
  if (count) results.insertBefore(panel, count);
  else body.appendChild(panel);
}

function syntaxHelp() {
  const ex = [
    ['"立德树人" 或 “立德树人”', "精确短语（可跨词）"],
    ["课后服务 -托管", "排除词"],
    ["集团化 OR 联盟", "任一词"],
    ["year:2023", "某一年"],
    ["year:2021..2023", "年份范围"],
    ["region:明湖市 kind:计划 issuer:教育局", "地区、类别、发文机关"],
  ];
  return h(
    "details",
    { class: "syntax" },
    h("summary", {}, "检索语法"),
    h("dl", {}, ex.map(([code, what]) => [h("dt", {}, h("code", {}, code)), h("dd", {}, what)])),
  );
}

function activeFilters(s) {
  const chips = [];
  for (const f of FILTERS) {
    for (const v of s[f]) {
      const rest = s[f].filter((x) => x !== v);
      chips.push(
        h("a", { class: "chip", href: hashOf(s, { [f]: rest, from: 0 }), title: "移除此筛选" }, label(f) + "：" + v + " ×"),
      );
    }
  }
  if (!chips.length) return h("div", { class: "chips empty" });
  const none = {};
  for (const f of FILTERS) none[f] = [];
  return h("div", { class: "chips" }, chips, h("a", { class: "chip clear", href: hashOf(s, { ...none, from: 0 }) }, "清除全部"));
}

function label(f) {
  return (FACETS.find((x) => x[0] === f) || [f, f])[1];
}

function results(s, res, trend, base) {
  const hits = res.hits || [];
  const total = res.total || 0;
  const facets = res.facets || {};
  const summary = h(
    "p",
    { class: "result-count" },
    total ? count(s, total, res.sections || 0) : zeroCount(s),
    typeof res.took_ms === "number" ? h("span", { class: "muted" }, `（${res.took_ms < 10 ? res.took_ms.toFixed(1) : Math.round(res.took_ms)} 毫秒）`) : null,
    total ? groupToggle(s) : null,
    watchButton(s),
  );
  // An unquoted term that gse cut (两新 into 两 and 新) but that occurs
  // whole: say how many sections hold the exact wording (ranked first) and
  // offer the quoted search.
  // (With a hit per report, total counts reports; the note counts sections.)
  const sectionTotal = byReport(s) ? res.sections || 0 : total;
  const exact = (res.exact || [])
    .filter((x) => x.sections < sectionTotal)
    .map((x) =>
      h(
        "p",
        { class: "exact-note" },
        h("a", { href: hashOf(s, { q: x.query, from: 0 }), title: "只看含有这一完整字串的章节：" + x.query }, `“${x.term}” 精确匹配 ${x.sections} 个章节`),
        h("span", { class: "muted" }, x.sections && !byReport(s) ? "（已排在最前；其余章节只是分别含有其中的字词）" : "（其余章节只是分别含有其中的字词）"),
      ),
    );
  const side = h(
    "aside",
    { class: "facets", "aria-label": "筛选" },
    // what the facets' figures count (facets follow the hits' unit)
    h("p", { class: "facets-unit muted small" }, byReport(s) ? "数字为报告数" : "数字为章节数"),
    FACETS.map(([f, name]) => facet(s, f, name, facets[f], f === "year" ? yearRange(s, ((trend && trend.facets) || facets).year) : null)),
  );
  const list = h(
    "ol",
    { class: "hits", start: s.from + 1 },
    hits.map((hit) =>
      h(
        "li",
        { class: "hit" },
        h("a", { class: "hit-title", href: docLink(hit.doc_id, hit.section_id, markedWords(hit.snippet)) }, hit.title || hit.doc_id),
        h("div", { class: "hit-meta" }, meta(hit)),
        hit.heading || (hit.path && hit.path.length)
          ? h("div", { class: "hit-path" }, [...(hit.path || []), hit.heading].filter(Boolean).join(" › "))
          : null,
        h("p", { class: "snippet" }, safeMarkHTML(hit.snippet)),
        hit.sections ? h("div", { class: "hit-sections muted" }, `本报告 ${hit.sections} 个章节匹配（上为最相关的一节）`) : null,
      ),
    ),
  );
  const content = h(
    "section",
    { class: "results" },
    yearChart(s, ((trend && trend.facets) || facets).year, byReport(s) ? "篇报告" : "个章节"),
    summary,
    exact,
    total === 0 ? noHits(s, trend, base) : null,
    list,
    pager(s, total),
  );
  return [h("div", { class: "search-grid" }, side, content)];
}

// groupToggle switches between a hit per section and a hit per report.
function groupToggle(s) {
  const opt = (group, text) =>
    s.group === group
      ? h("span", { class: "on", "aria-current": "true" }, text)
      : h("a", { href: hashOf(s, { group, from: 0 }) }, text);
  return h("span", { class: "group-toggle" }, opt("document", "按报告"), opt("section", "按章节"));
}

// count is the line that counts the hits, the page's only count (the
// timeline panel above it shows none): sections, or reports and their
// sections, where a query that is one quoted wording says it, as a zero
// does (12 篇报告 · 15 个章节含有“双减”).
function count(s, total, sections) {
  const phrase = onePhrase(s.q);
  if (!byReport(s)) return `共 ${total} 个章节匹配`;
  return `${total} 篇报告 · ${sections} 个章节` + (phrase ? `含有“${phrase}”` : "");
}

// zeroCount says a search that found nothing as the count it is: a zero
// of an exact search is an answer a journalist can print ("0 个章节含有
// “双减”"), so it reads as one, naming the wording and the filters it
// was counted under, not as a failure.
function zeroCount(s) {
  const phrase = onePhrase(s.q);
  const scope = FILTERS.filter((f) => s[f].length).map((f) => label(f) + " " + s[f].join("、"));
  return h(
    "span",
    { class: "zero-count" },
    byReport(s) ? "0 篇报告 · " : "",
    phrase ? `0 个章节含有“${phrase}”` : ["0 个章节匹配 ", h("code", {}, s.q)],
    scope.length ? `（${scope.join("；")}）` : "",
  );
}

// onePhrase returns the wording of a query that is one quoted phrase and
// nothing else ("双减" or “双减”), else "".
function onePhrase(q) {
  const m = /^\s*["“”「『](?<w>[^"“”「」『』]+)["“”」』]\s*$/.exec(q || "");
  return m ? m.groups.w.trim() : "";
}

// noHits follows a zero: under filters, how many reports they pass (base,
// null when unknown): none is a filter that matches nothing, not a count of
// the wording; with a year filter, how many reports use the query in any
// year (the trend the chart was drawn from); then the ways to widen the
// search.
function noHits(s, trend, base) {
  const elsewhere = s.year.length && trend && trend.total ? trend.total : 0;
  return h(
    "div",
    { class: "hint" },
    base === 0
      ? h("p", { class: "zero-base none" }, "没有一篇报告符合这些筛选条件：这个 0 说的是筛选，不是检索词。请检查地区、类别、发文机关或年份的写法。")
      : base
        ? h("p", { class: "zero-base" }, `符合筛选条件的报告共 ${base} 篇，其中没有一篇匹配。`)
        : null,
    elsewhere
      ? h(
          "p",
          { class: "zero-elsewhere" },
          h("a", { href: hashOf(s, { year: [], from: 0 }) }, `不限年份：${elsewhere} ${byReport(s) ? "篇报告" : "个章节"}`),
        )
      : null,
    "试试：减少关键词，去掉筛选，或把短语的引号去掉。",
    FILTERS.some((f) => s[f].length) ? h("a", { href: hashOf(s, { year: [], region: [], kind: [], issuer: [], from: 0 }) }, " 去掉所有筛选") : null,
  );
}

// facet lists the values of one facet as filter links. A province filters
// on the region parameter (a region filter matches the places under it).
// Past FOLD values the rest fold behind a "更多" button; a selected value
// always shows.
function facet(s, f, name, buckets, extra) {
  buckets = (buckets || []).slice();
  if (f === "province" && buckets.length === 0) return null;
  if (f === "year") buckets.sort((a, b) => String(b.value).localeCompare(String(a.value)));
  const param = f === "province" ? "region" : f;
  let folded = 0;
  const items = buckets.map((b, i) => {
    const v = String(b.value);
    // A year inside a span in force (year=2021..2023) is on too; following
    // it narrows the search to that year.
    const within = f === "year" && !s.year.includes(v) && yearsCover(s.year, v);
    const on = s[param].includes(v) || within;
    // Years combine (a set of years); other facets pick one value.
    const next = within ? [v] : on ? s[param].filter((x) => x !== v) : f === "year" ? [...s[param], v] : [v];
    const hide = i >= FOLD && !on;
    if (hide) folded++;
    return h(
      "li",
      { class: hide ? "folded" : null, hidden: hide },
      h(
        "a",
        { href: hashOf(s, { [param]: next, from: 0 }), class: on ? "on" : null, "aria-pressed": on ? "true" : "false", "data-focus": `facet:${f}:${v}` },
        h("span", { class: "fv" }, v || "（未知）"),
        h("span", { class: "fc" }, String(b.count)),
      ),
    );
  });
  const list = items.length ? h("ul", {}, items) : null;
  let more = null;
  if (folded) {
    more = h(
      "button",
      {
        type: "button",
        class: "linkish facet-more",
        "aria-expanded": "false",
        onclick: () => {
          const open = more.getAttribute("aria-expanded") !== "true";
          for (const li of list.querySelectorAll("li.folded")) li.hidden = !open;
          more.setAttribute("aria-expanded", String(open));
          more.textContent = open ? "收起" : `更多（${folded}）`;
        },
      },
      `更多（${folded}）`,
    );
  }
  return h(
    "div",
    { class: "facet", "data-facet": f },
    h("h3", {}, name),
    h("div", { class: "facet-values" }, list || h("p", { class: "muted" }, "—"), more, extra),
  );
}

// yearsCover reports whether the year filter's values (years and spans,
// 2021..2023) cover every year of value (a year or a span).
function yearsCover(filter, value) {
  const span = (v) => {
    const m = /^(\d+)(?:\.\.(\d+))?$/.exec(String(v));
    return m ? [parseInt(m[1], 10), parseInt(m[2] || m[1], 10)] : null;
  };
  const want = span(value);
  if (!want) return false;
  return filter.map(span).some((r) => r && r[0] <= want[0] && want[1] <= r[1]);
}

// yearRange is the year facet's span form: 从 [2019] 到 [2023] filters on
// year=2019..2023 (the year filter takes a range, as the query's
// year:2019..2023 does). A blank end stands for the first or last year the
// search has hits in (buckets: the year counts of the search without its
// year filter), ends given backwards are swapped, and the fields show the
// range in force.
function yearRange(s, buckets) {
  const years = (buckets || []).map((b) => parseInt(b.value, 10)).filter((y) => !isNaN(y));
  const lo = years.length ? Math.min(...years) : null;
  const hi = years.length ? Math.max(...years) : null;
  const cur = s.year.length === 1 ? /^(\d{4})(?:\.\.(\d{4}))?$/.exec(s.year[0]) : null;
  const field = (name, label, value, hint) =>
    h("input", {
      type: "number",
      name,
      min: 1949,
      max: 2100,
      step: 1,
      inputmode: "numeric",
      value: value || "",
      placeholder: hint != null ? String(hint) : "",
      "aria-label": label,
      "data-focus": "year-" + name,
    });
  const a = field("from", "起始年份", cur && cur[1], lo);
  const b = field("to", "截止年份", cur && (cur[2] || cur[1]), hi);
  const msg = h("span", { class: "form-msg", role: "alert" });
  return h(
    "form",
    {
      class: "year-range",
      "aria-label": "年份范围",
      onsubmit: (e) => {
        e.preventDefault();
        let x = parseInt(a.value || lo, 10);
        let y = parseInt(b.value || hi, 10);
        if (isNaN(x) || isNaN(y)) {
          msg.textContent = "请填写年份。";
          return;
        }
        if (x > y) [x, y] = [y, x];
        location.hash = hashOf(s, { year: [x === y ? String(x) : `${x}..${y}`], from: 0 });
      },
    },
    a,
    h("span", { class: "dash" }, "–"),
    b,
    h("button", { type: "submit", class: "btn small", "data-focus": "year-go" }, "筛选"),
    msg,
  );
}

// yearBins groups the year facet for the chart: one bar a year over a short
// span, else bars of 5 (or 10, 20...) years aligned on round years, so that
// the chart stays readable whatever the collection spans. A bar's value is a
// year or a range (1990..1994), both of which the year filter takes.
function yearBins(buckets) {
  const data = (buckets || [])
    .map((b) => ({ year: parseInt(b.value, 10), count: b.count || 0 }))
    .filter((d) => !isNaN(d.year))
    .sort((a, b) => a.year - b.year);
  if (data.length === 0) return [];
  const lo = data[0].year, hi = data[data.length - 1].year;
  let step = 1;
  while ((Math.floor(hi / step) - Math.floor(lo / step) + 1) > MAXBARS) step = step === 1 ? 5 : step * 2;
  const bins = [];
  for (let y = Math.floor(lo / step) * step; y <= hi; y += step) {
    const a = Math.max(y, lo), b = Math.min(y + step - 1, hi);
    const count = data.filter((d) => d.year >= a && d.year <= b).reduce((n, d) => n + d.count, 0);
    bins.push({
      value: a === b ? String(a) : `${a}..${b}`,
      label: a === b ? String(a) : `${a}–${String(b).slice(-2)}`,
      title: a === b ? `${a}年` : `${a}–${b}年`,
      count,
    });
  }
  return bins;
}

// yearChart draws matches per year (or per bin of years) from the year facet
// as SVG bars; a bar is a link that filters on its years. Past the width of
// its box the chart scrolls inside the box, never the page.
function yearChart(s, buckets, unit) {
  const bins = yearBins(buckets);
  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((d) => d.count), 1);
  const wide = bins.some((d) => d.label.length > 4);
  const W = wide ? 44 : bins.length > 12 ? 28 : 36, gap = bins.length > 12 ? 6 : 10, H = 90, top = 16, bottom = 18;
  const width = bins.length * (W + gap) + gap;
  const bars = bins.map((d, i) => {
    const bh = Math.round((d.count / max) * H);
    const x = gap + i * (W + gap);
    const y = top + H - bh;
    // A bar inside a span in force is on too; following it narrows to its years.
    const within = !s.year.includes(d.value) && yearsCover(s.year, d.value);
    const on = s.year.includes(d.value) || within;
    return svg(
      "a",
      { href: hashOf(s, { year: on && !within ? s.year.filter((v) => v !== d.value) : [d.value], from: 0 }), "data-focus": "bar:" + d.value },
      svg("title", {}, `${d.title}：${d.count} ${unit}`),
      svg("rect", { x, y, width: W, height: Math.max(bh, d.count ? 2 : 0), rx: 3, class: on ? "bar on" : "bar" }),
      svg("text", { x: x + W / 2, y: y - 4, "text-anchor": "middle", class: "bar-count" }, d.count ? String(d.count) : ""),
      svg("text", { x: x + W / 2, y: top + H + 14, "text-anchor": "middle", class: "bar-year" }, d.label),
    );
  });
  return h(
    "figure",
    { class: "chart" },
    // The unit in the caption: with a hit per section the bars count
    // sections, and the timeline's chart below counts reports; two
    // captions without one read as two counts of the same thing.
    h("figcaption", {}, (bins.length && bins[0].value.includes("..") ? "各时段匹配" : "各年份匹配") + unit.slice(1) + "数"),
    h(
      "div",
      { class: "chart-scroll" },
      svg(
        "svg",
        { viewBox: `0 0 ${width} ${top + H + bottom}`, width, height: top + H + bottom, role: "img", "aria-label": "各年份匹配" + unit.slice(1) + "数" },
        bars,
      ),
    ),
  );
}

// markedWords returns the distinct texts a snippet marks, for the document
// page to mark in turn.
function markedWords(snippet) {
  const out = [];
  for (const m of safeMarkHTML(snippet).querySelectorAll("mark")) {
    const w = m.textContent.trim();
    if (w && !out.includes(w) && out.length < 8) out.push(w);
  }
  return out;
}

function pager(s, total) {
  if (total <= PAGE) return null;
  const pages = Math.ceil(total / PAGE);
  const cur = Math.floor(s.from / PAGE);
  const want = new Set([0, pages - 1, cur - 2, cur - 1, cur, cur + 1, cur + 2].filter((p) => p >= 0 && p < pages));
  const items = [];
  let last = -1;
  for (const p of [...want].sort((a, b) => a - b)) {
    if (p > last + 1) items.push(h("span", { class: "gap" }, "…"));
    items.push(
      p === cur
        ? h("span", { class: "page cur", "aria-current": "page" }, String(p + 1))
        : h("a", { class: "page", href: hashOf(s, { from: p * PAGE }), "data-focus": "page:" + (p + 1) }, String(p + 1)),
    );
    last = p;
  }
  return h(
    "nav",
    { class: "pager", "aria-label": "分页" },
    cur > 0 ? h("a", { class: "page prev", href: hashOf(s, { from: (cur - 1) * PAGE }), "data-focus": "page:prev" }, "‹ 上一页") : null,
    items,
    cur < pages - 1 ? h("a", { class: "page next", href: hashOf(s, { from: (cur + 1) * PAGE }), "data-focus": "page:next" }, "下一页 ›") : null,
  );
}

// KINDS are the kinds a document may have (search.CheckKind).
const KINDS = ["总结", "半年总结", "计划", "要点", "政府工作报告", "新闻", "其他"];

// docFilters is the document list's filter form: a year or a span
// (2023, 2021..2023), a region (a province lists every place under it),
// a kind and an issuer, each also taking several values apart by commas,
// as the API does. Without it the list is filtered from the URL only, and
// finding this year's plan means paging through everything indexed.
function docFilters(s) {
  const field = (name, label, attrs) =>
    h(
      "label",
      { class: "doc-filter" },
      h("span", {}, label),
      h("input", { type: "text", name, value: s[name].join(","), "data-focus": "docs:" + name, autocomplete: "off", ...attrs }),
    );
  const kind = h(
    "select",
    { name: "kind", "data-focus": "docs:kind" },
    h("option", { value: "" }, "全部"),
    // a kind in force that is not one of the list (工作计划) stays chosen
    [...new Set([...KINDS, ...s.kind])].map((k) => h("option", { value: k, selected: s.kind.length === 1 && s.kind[0] === k }, k)),
  );
  const split = (v) => String(v || "").split(/[,，、]/).map((x) => x.trim()).filter(Boolean);
  return h(
    "form",
    {
      class: "doc-filters",
      "aria-label": "筛选文档",
      onsubmit: (e) => {
        e.preventDefault();
        const f = e.target.elements;
        location.hash = hashOf(s, { year: split(f.year.value).map((y) => y.replace(/年/g, "").replace(/\s*[-–—~～至到]+\s*/, "..")), region: split(f.region.value), kind: split(f.kind.value), issuer: split(f.issuer.value), from: 0 });
      },
    },
    field("year", "年份", { inputmode: "numeric", placeholder: "2024 或 2021..2024", size: 12 }),
    field("region", "地区", { placeholder: "江苏、常州市", size: 10 }),
    h("label", { class: "doc-filter" }, h("span", {}, "类别"), kind),
    field("issuer", "发文机关", { placeholder: "教育局", size: 8 }),
    h("button", { type: "submit", class: "btn small", "data-focus": "docs:go" }, "筛选"),
  );
}

// documents lists what is indexed under the filters, a page at a time,
// with the whole list (every row, not the page) as CSV for a spreadsheet.
function documents(s, res) {
  const docs = res.documents || [];
  const total = res.total || 0;
  const filtered = FILTERS.some((f) => s[f].length);
  const csv = apiURL("documents", { year: s.year, region: s.region, kind: s.kind, issuer: s.issuer, format: "csv" });
  return [
    docFilters(s),
    h(
      "div",
      { class: "list-head" },
      h("h2", { class: "list-title" }, `${filtered ? "筛选出的文档" : "全部文档"}（${total}）`),
      total ? h("a", { class: "small-link doc-csv", href: csv, download: "", title: `全部 ${total} 篇文档的元数据，UTF-8 CSV，可用 Excel 打开` }, "下载 CSV") : null,
    ),
    docs.length === 0
      ? h("p", { class: "hint" }, "索引中还没有文档。用 govreport ingest 导入报告。")
      : h(
          "table",
          { class: "doclist" },
          h("thead", {}, h("tr", {}, ["年份", "地区", "类别", "标题", "章节", ""].map((t) => h("th", {}, t)))),
          h(
            "tbody",
            {},
            docs.map((d) =>
              h(
                "tr",
                {},
                h("td", {}, d.year ? String(d.year) : "—"),
                h("td", {}, d.region || "—"),
                h("td", {}, d.kind || "—"),
                h("td", {}, h("a", { href: docLink(d.id) }, d.title || d.id)),
                h("td", { class: "num" }, d.sections != null ? String(d.sections) : ""),
                h("td", {}, h("a", { class: "small-link", href: link("compare", { to: d.id }) }, "对比")),
              ),
            ),
          ),
        ),
    pager(s, total),
  ];
}
