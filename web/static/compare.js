// compare.js: the comparison page. URL: #/compare?from={id}&to={id}&view=side|inline
//
// Without both ids it shows the picker only. With both it fetches
// GET /api/v1/compare and renders the summary first, then the section
// pairs: side by side in two panes whose scrolling is synchronised pair by
// pair, or inline in one column. Switching the view re-renders from the
// report already fetched. The summary's fields beyond the contract are read
// tolerantly: whatever is missing is simply not shown.

import { get, apiURL, seg } from "./api.js";
import { h, link, docLink, docLabel, pct, loading, errorBox, clear, fill, keepFocus, markWords } from "./util.js";

const STATUS = {
  unchanged: "未变",
  equal: "未变",
  same: "未变",
  changed: "修改",
  modified: "修改",
  moved: "移动",
  added: "新增",
  inserted: "新增",
  new: "新增",
  removed: "删除",
  deleted: "删除",
  dropped: "删除",
  merged: "合并",
  split: "拆分",
};
const UNCHANGED = new Set(["unchanged", "equal", "same"]);

export async function renderCompare(main, r, signal) {
  const from = r.params.get("from") || "";
  const to = r.params.get("to") || "";
  // opts are the comparison's own parameters, kept in every link of the page.
  const opts = { from, to };
  if (r.params.get("ignore_punct") === "1") opts.ignore_punct = "1";
  // Whitespace is ignored unless the reader turns it off: blank lines,
  // indentation and line wraps differ between copies of one report.
  opts.ignore_space = spaceOpt(r.params);
  const pickerBox = h("div", { class: "picker-box" });
  const reportBox = h("div", { class: "report" });
  main.appendChild(h("h1", { class: "page-title" }, "文档对比"));
  main.appendChild(pickerBox);
  main.appendChild(reportBox);

  document.title = "文档对比 · govreport";
  const pickerReady = picker(pickerBox, from, to, r.params.get("view"), signal, !(from && to));
  if (!(from && to)) {
    await pickerReady;
    return null;
  }

  let report = null;
  let view = viewOf(r.params);
  let onlyChanged = false;
  const load = async () => {
    clear(reportBox).appendChild(loading("正在对比两份文档…"));
    try {
      report = await get("compare", opts, signal);
      document.title = `对比：${docLabel(report.from || { id: from })} → ${docLabel(report.to || { id: to })} · govreport`;
      draw();
    } catch (e) {
      if (e.name === "AbortError") throw e;
      clear(reportBox).appendChild(errorBox(e, load));
    }
  };
  // draw paints the report again (another view, 只看变化); the control the
  // reader used keeps the keyboard's focus (keepFocus).
  const draw = () => {
    keepFocus(reportBox, () => fill(reportBox, renderReport(report, opts, view, onlyChanged, (v) => ((onlyChanged = v), draw()))));
  };
  document.addEventListener("keydown", changeKeys, { signal });
  await Promise.all([load(), pickerReady]);
  return {
    update(nr) {
      const same =
        ["from", "to", "ignore_punct"].every((k) => (nr.params.get(k) || "") === (opts[k] || "")) && spaceOpt(nr.params) === opts.ignore_space;
      if (!same || !report) return false;
      view = viewOf(nr.params);
      const y = window.scrollY;
      draw();
      window.scrollTo(0, y);
      return true;
    },
  };
}

// viewOf reads the view from the page's parameters: as asked, else inline
// on a narrow screen (two panes stacked would put the whole old report above
// the whole new one) and side by side elsewhere.
function viewOf(params) {
  const v = params.get("view");
  if (v === "inline" || v === "side") return v;
  return window.matchMedia && window.matchMedia("(max-width: 760px)").matches ? "inline" : "side";
}

// spaceOpt reads ignore_space from the page's parameters: on ("1") unless
// set to "0".
function spaceOpt(params) {
  return params.get("ignore_space") === "0" ? "0" : "1";
}

// picker lets the user choose two documents; counterparts of the chosen
// one are offered first in the other list.
async function picker(box, from, to, view, signal, open) {
  box.appendChild(loading("加载文档列表…"));
  let docs;
  try {
    docs = await allDocuments(signal);
  } catch (e) {
    if (e.name === "AbortError") throw e;
    clear(box).appendChild(errorBox(e));
    return;
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const selFrom = h("select", { name: "from", "aria-label": "旧文档" });
  const selTo = h("select", { name: "to", "aria-label": "新文档" });
  const hint = h("div", { class: "suggest" });

  const fillSelect = (sel, value, suggested) => {
    clear(sel);
    sel.appendChild(h("option", { value: "" }, "— 选择文档 —"));
    const sug = suggested.filter((d) => d && byId.has(d.id));
    if (sug.length) {
      sel.appendChild(h("optgroup", { label: "推荐（相邻年份、当年计划或总结）" }, sug.map((d) => opt(d, value))));
    }
    const ids = new Set(sug.map((d) => d.id));
    sel.appendChild(h("optgroup", { label: "全部文档" }, docs.filter((d) => !ids.has(d.id)).map((d) => opt(d, value))));
    sel.value = value;
  };
  const opt = (d, value) => h("option", { value: d.id, selected: d.id === value }, docLabel(d));

  // suggest refreshes the other list from the counterparts of the one just chosen.
  const suggest = async (changed) => {
    const id = changed === "to" ? selTo.value : selFrom.value;
    clear(hint);
    if (!id) return;
    let cp;
    try {
      cp = await get("documents/" + seg(id) + "/counterparts", null, signal);
    } catch (e) {
      if (e.name === "AbortError") return;
      return; // suggestions are optional
    }
    const other = changed === "to" ? selFrom : selTo;
    // the year's plan or summary (a summary's plan, a plan's summary) after the adjacent years
    const first = (changed === "to" ? [cp.previous, cp.next] : [cp.next, cp.previous]).concat([cp.plan, cp.summary]);
    // An empty list takes the nearest counterpart: the usual comparison.
    const keep = other.value || (first.find(Boolean) || {}).id || "";
    fillSelect(other, keep, first);
    const quick = [];
    if (cp.previous) {
      quick.push(h("a", { class: "btn small", href: link("compare", { from: cp.previous.id, to: id, view }) }, "与上一年对比：" + docLabel(cp.previous)));
    }
    if (cp.next) {
      quick.push(h("a", { class: "btn small", href: link("compare", { from: id, to: cp.next.id, view }) }, "与下一年对比：" + docLabel(cp.next)));
    }
    if (cp.plan) {
      quick.push(h("a", { class: "btn small", href: link("compare", { from: cp.plan.id, to: id, view }) }, "与当年计划对照：" + docLabel(cp.plan)));
    }
    if (cp.summary) {
      quick.push(h("a", { class: "btn small", href: link("compare", { from: id, to: cp.summary.id, view }) }, "与当年总结对照：" + docLabel(cp.summary)));
    }
    if (quick.length) fill(hint, h("span", { class: "muted" }, "建议："), quick);
  };

  fillSelect(selFrom, from, []);
  fillSelect(selTo, to, []);
  selFrom.addEventListener("change", () => !selTo.value && suggest("from"));
  selTo.addEventListener("change", () => suggest("to"));
  const swap = h(
    "button",
    {
      type: "button",
      class: "btn small",
      title: "交换",
      onclick: () => {
        const a = selFrom.value;
        selFrom.value = selTo.value;
        selTo.value = a;
      },
    },
    "⇄",
  );
  const msg = h("span", { class: "form-msg", role: "alert" });
  const form = h(
    "form",
    {
      class: "picker",
      onsubmit: (e) => {
        e.preventDefault();
        if (!selFrom.value || !selTo.value) {
          msg.textContent = "请选择两份文档。";
          return;
        }
        if (selFrom.value === selTo.value) {
          msg.textContent = "请选择两份不同的文档。";
          return;
        }
        location.hash = link("compare", { from: selFrom.value, to: selTo.value, view });
      },
    },
    h("label", {}, h("span", {}, "旧（从）"), selFrom),
    swap,
    h("label", {}, h("span", {}, "新（到）"), selTo),
    h("button", { type: "submit", class: "btn primary" }, "对比"),
    msg,
  );
  const wrap = h("details", { class: "picker-wrap", open: open || null }, h("summary", {}, open ? "选择两份文档" : "更换文档"), form, hint);
  clear(box).appendChild(wrap);
  if (to) await suggest("to");
  else if (from) await suggest("from");
}

async function allDocuments(signal) {
  const out = [];
  for (let from = 0; from < 2000; ) {
    const res = await get("documents", { from: from || "", size: 100 }, signal);
    const page = res.documents || [];
    out.push(...page);
    from += page.length;
    if (!page.length || from >= (res.total || 0)) break;
  }
  out.sort((a, b) => (a.region || "").localeCompare(b.region || "", "zh") || (b.year || 0) - (a.year || 0) || (a.title || "").localeCompare(b.title || "", "zh"));
  return out;
}

function renderReport(rep, opts, view, onlyChanged, setOnlyChanged) {
  const A = rep.from || { id: opts.from };
  const B = rep.to || { id: opts.to };
  const pairs = rep.pairs || [];
  const here = (changes) => link("compare", { ...opts, view, ...changes });
  const exportHref = apiURL("compare", { ...opts, format: "html" });
  const csvHref = (table) => apiURL("compare", { ...opts, format: "csv", table });
  const switcher = h(
    "div",
    { class: "view-switch", role: "group", "aria-label": "视图" },
    h("a", { href: here({ view: "side" }), class: view === "side" ? "on" : null, "aria-pressed": String(view === "side"), "data-focus": "view:side" }, "并排"),
    h("a", { href: here({ view: "inline" }), class: view === "inline" ? "on" : null, "aria-pressed": String(view === "inline"), "data-focus": "view:inline" }, "合并"),
  );
  const toggle = (key, text, title) =>
    h(
      "label",
      { class: "check", title },
      h("input", {
        type: "checkbox",
        checked: opts[key] === "1",
        "data-focus": key,
        onchange: (e) => (location.hash = here({ [key]: e.target.checked ? "1" : key === "ignore_space" ? "0" : "" })),
      }),
      " " + text,
    );
  const head = h(
    "div",
    { class: "cmp-head" },
    h(
      "div",
      { class: "cmp-docs" },
      h("a", { href: docLink(A.id), class: "cmp-doc from" }, docLabel(A)),
      h("span", { class: "arrow" }, " → "),
      h("a", { href: docLink(B.id), class: "cmp-doc to" }, docLabel(B)),
    ),
    h(
      "div",
      { class: "cmp-tools" },
      switcher,
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", checked: onlyChanged, "data-focus": "only-changed", onchange: (e) => setOnlyChanged(e.target.checked) }),
        " 只看变化",
      ),
      toggle("ignore_punct", "忽略标点", "只有标点不同的地方不算修改"),
      toggle("ignore_space", "忽略空白", "只有空格、换行不同的地方不算修改"),
      h("a", { class: "btn small", href: csvHref("pairs"), download: "", id: "export-csv", title: "下载逐节对比的 CSV 表格（每对章节一行，改动以 [-删除-]{+新增+} 标出），可在 Excel、WPS 中打开" }, "导出 CSV"),
      h("a", { class: "btn small", href: exportHref, download: "", id: "export-html", title: "下载自包含的 HTML 文件，以两份报告命名" }, "导出 HTML"),
      // The summary holds a link per term and per figure (70 and more):
      // from the keyboard the pairs are far past them without this.
      h("button", { type: "button", class: "btn small", id: "to-pairs", "data-focus": "to-pairs", onclick: toPairs }, "跳到逐节对比 ↓"),
    ),
  );
  const shown = pairs.map((p, i) => ({ p, i })).filter(({ p }) => !onlyChanged || !UNCHANGED.has(p.status));
  const nChanged = pairs.filter((p) => !UNCHANGED.has(p.status)).length;
  return [
    head,
    summary(rep, pairs, A, B, csvHref),
    h("h2", { class: "pairs-title", id: "pairs-title", tabindex: "-1" }, `逐节对比（${pairs.length} 对）`),
    shown.length === 0 ? h("p", { class: "muted" }, onlyChanged ? "两份文档的章节没有变化。" : "没有可对比的章节。") : null,
    view === "inline" ? inline(shown, A, B) : side(shown, A, B),
    // Last in the page's order, so that the keyboard reaches the pairs
    // first (n and p step as well); fixed in a corner of the window, so
    // that it is at hand wherever the reader is in a long comparison.
    nChanged
      ? h(
          "div",
          { class: "change-nav", role: "group", "aria-label": "在变化之间跳转" },
          h("button", { type: "button", class: "btn small", id: "prev-change", "data-focus": "prev-change", title: "上一处有变化的章节（快捷键 p）", onclick: () => stepChange(-1) }, "↑ 上一处"),
          h("span", { class: "change-pos", id: "change-pos", "aria-live": "polite" }, `共 ${nChanged} 处变化`),
          h("button", { type: "button", class: "btn small", id: "next-change", "data-focus": "next-change", title: "下一处有变化的章节（快捷键 n）", onclick: () => stepChange(1) }, "下一处 ↓"),
        )
      : null,
  ];
}

// toPair brings the pair that holds the new section id into view and
// gives it the keyboard's focus: a figure of the summary is read in its
// pair, word by word, without leaving the comparison (the section's link
// opens the document). The figure (figure, its new value) is marked in the
// pair and brought into view: a rewritten pair runs to pages. In the side
// view it is the new side's block, and the old pane follows (syncScroll).
function toPair(id, figure) {
  return showInPair("to", id, (el) => markFigure(el, figure == null ? "" : String(figure)));
}

// showInPair gives the focus to the pair whose section on side ("from",
// "to") is id, marks in it what mark marks (returning the mark, or null),
// and brings the mark, else the pair, into view; with primary, the pair
// of the section itself rather than a merge's or split's link that names
// it. It reports whether the pair is on the page (只看变化 may hide it).
function showInPair(side, id, mark, primary) {
  const key = side === "from" ? "from" : "to";
  const other = key === "from" ? ".pane.to" : ".pane.from";
  let blocks = [...document.querySelectorAll(`.pairs [data-${key}]`)].filter((b) => b.dataset[key] === id);
  // primary: the section's own pair before the links of a merge or split
  // that name it too
  if (primary) blocks = [...blocks.filter((b) => !b.matches(".st-merged, .st-split")), ...blocks];
  const el = blocks.find((b) => !b.closest(other)) || blocks[0];
  if (!el) return false;
  el.tabIndex = -1;
  el.focus({ preventScroll: true });
  markWords(el.closest(".pairs"), []); // what was marked before
  const m = mark(el);
  if (m) m.scrollIntoView({ block: "center" });
  else el.scrollIntoView({ block: "start" });
  return true;
}

// markFigure marks a new figure (72.1亿元) in a pair and returns the mark,
// or null: in the insertion that holds its number, when there is one (the
// diff often inserts the number alone before a unit that stayed,
// {+72.1+}亿元), not an equal number elsewhere in the text.
function markFigure(el, figure) {
  const num = (/\d[\d.,]*/.exec(figure) || [""])[0];
  if (!figure) return null;
  const ins = [...el.querySelectorAll("ins")].find((i) => i.textContent.includes(num || figure));
  return (ins && markText(ins, figure, "to")) || (ins && num && markText(ins, num, "to")) || markText(el, figure, "to");
}

// markText marks the first occurrence of word in the text of one side
// ("from", "to") under root, across the diff's nodes (教育[-信息化-]{+数字化+}建设
// holds 教育信息化建设 on the old side), and returns the first mark, or null.
function markText(root, word, side) {
  if (!word) return null;
  const skip = side === "from" ? "ins, .repl" : "del, .repl";
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (!(n.parentElement && n.parentElement.closest(skip))) nodes.push(n);
  }
  const at = nodes.map((n) => n.textContent).join("").indexOf(word);
  if (at < 0) return null;
  let pos = 0;
  let first = null;
  for (const n of nodes) {
    const len = n.textContent.length;
    const a = Math.max(at, pos);
    const b = Math.min(at + word.length, pos + len);
    if (a < b) {
      const r = document.createRange();
      r.setStart(n, a - pos);
      r.setEnd(n, b - pos);
      const m = h("mark", { class: "hl" });
      r.surroundContents(m);
      first = first || m;
    }
    pos += len;
    if (pos >= at + word.length) break;
  }
  return first;
}

// stepChange brings the next (dir 1) or previous (dir -1) changed pair
// into view and gives it the keyboard's focus: a long report's comparison
// runs to dozens of pairs and pages of text, most of them unchanged or
// changed in a word. It steps from the pair that holds the focus (a
// figure or term followed, a link clicked in a pair), else from the last
// pair it stepped to, else from before the first pair, and says which
// change of how many it is on.
// Moved, added, removed, merged and split pairs are changes too.
function stepChange(dir) {
  // one block per pair: the inline view's, or the new pane's in the side view
  const blocks = [...document.querySelectorAll(".pairs.inline > .pair, .pairs.side .pane.to > .pblock")];
  const changed = blocks.filter((b) => ![...UNCHANGED].some((st) => b.classList.contains("st-" + st)));
  if (!changed.length) return;
  // the pair the reader is in (focused), else the last one stepped to (a
  // click on the buttons takes the focus), else before the first
  const pos = document.getElementById("change-pos");
  const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest(".pairs [data-i]") : null;
  const at = focused ? Number(focused.dataset.i) : pos && pos.dataset.at ? Number(pos.dataset.at) : -1;
  const i = (b) => Number(b.dataset.i);
  let target = dir > 0 ? changed.find((b) => i(b) > at) : changed.findLast((b) => i(b) < at);
  // past the last change: stay on it (and before the first, on the first)
  if (!target) target = dir > 0 ? changed[changed.length - 1] : changed[0];
  target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
  if (pos) {
    pos.dataset.at = target.dataset.i;
    pos.textContent = `第 ${changed.indexOf(target) + 1} / ${changed.length} 处变化`;
  }
}

// changeKeys steps between changes with n and p (stepChange), unless the
// reader is typing or choosing in a form control.
function changeKeys(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const t = e.target;
  if (t && t.closest && t.closest("input, select, textarea, [contenteditable]")) return;
  if (e.key === "n" || e.key === "p") {
    e.preventDefault();
    stepChange(e.key === "n" ? 1 : -1);
  }
}

// toPairs moves the keyboard's focus to the pairs' title, so that the next
// Tab reaches the first pair.
function toPairs() {
  const t = document.getElementById("pairs-title");
  if (!t) return;
  t.focus({ preventScroll: true });
  t.scrollIntoView({ block: "start" });
}

// summary renders the change summary (compare.Summary), reading fields
// tolerantly: a missing one is left out.
function summary(rep, pairs, A, B, csvHref) {
  const s = rep.summary || {};
  const cards = [];
  const sim = firstNumber(s.similarity, rep.similarity);
  if (sim != null) cards.push(stat("sim", pct(sim), "整体相似度"));
  for (const [st, n] of Object.entries(statusCounts(s, pairs))) cards.push(stat("st-" + st, n, STATUS[st] || st));
  for (const [k, label] of [
    ["renamed", "标题改动"],
    ["merged", "合并"],
    ["split", "拆分"],
  ]) {
    if (typeof s[k] === "number" && s[k] > 0) cards.push(stat("extra", s[k], label));
  }
  const newTerms = firstArray(rep.new_terms, s.new_terms);
  const dropped = firstArray(rep.dropped_terms, s.dropped_terms);
  const numbers = firstArray(s.changed_numbers, s.numbers, rep.changed_numbers);
  return h(
    "section",
    { class: "summary", "aria-label": "变化摘要" },
    h("h2", {}, "变化摘要"),
    h("div", { class: "stats" }, cards),
    h("div", { class: "terms-grid" }, terms("新出现的词", newTerms, "new", B, "to"), terms("不再出现的词", dropped, "dropped", A, "from")),
    newTerms.length || dropped.length
      ? h("p", { class: "small" }, h("a", { href: csvHref("terms"), download: "", id: "export-terms", title: "新出现和不再出现的词，每个一行" }, "导出词表 CSV"))
      : null,
    numbers.length ? numberTable(numbers, B, csvHref("numbers")) : null,
  );
}

function stat(cls, n, label) {
  return h("div", { class: "stat " + cls }, h("div", { class: "stat-n" }, String(n)), h("div", { class: "stat-l" }, label));
}

// statusCounts returns the count of each pair status, from the summary's
// fields when it has them, else from the pairs.
function statusCounts(s, pairs) {
  const out = {};
  for (const k of ["unchanged", "changed", "moved", "added", "removed"]) {
    if (typeof s[k] === "number") out[k] = s[k];
  }
  if (Object.keys(out).length === 0) {
    for (const p of pairs) out[p.status] = (out[p.status] || 0) + 1;
  }
  return out;
}

function firstNumber(...xs) {
  return xs.find((x) => typeof x === "number" && isFinite(x)) ?? null;
}
function firstArray(...xs) {
  return xs.find((x) => Array.isArray(x) && x.length) || [];
}

// terms lists compare.Term values ({text, count, sections}); each links to
// its first section in the document that has it.
// A term is a link to its first section in its document; followed without
// a modifier key it stays in the comparison: the pair of its section (on
// side: "to" for a new term, "from" for a dropped one) takes the focus with
// the term marked, and following it again goes on to its next section.
function terms(title, list, cls, doc, side) {
  return h(
    "div",
    { class: "terms " + cls },
    h("h3", {}, title),
    list.length
      ? h(
          "ul",
          {},
          list.slice(0, 40).map((t) => {
            const text = typeof t === "object" && t ? String(t.text ?? t.term ?? "") : String(t);
            const count = typeof t === "object" && t && typeof t.count === "number" && t.count > 1 ? t.count : null;
            const sec = t && Array.isArray(t.sections) && t.sections[0];
            const label = [text, count != null ? h("span", { class: "tc" }, "×" + count) : null];
            // where it occurs: the headings of its sections
            const where = t && Array.isArray(t.headings) ? t.headings.map((x) => x || "（开头）").join("；") : "";
            const tip = where ? "出现于：" + where : "在文中查看";
            const secs = Array.isArray(t.sections) ? t.sections : [];
            let next = 0;
            const inPair = (e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button) return; // a new tab: the document
              for (let k = 0; k < secs.length; k++) {
                const id = secs[(next + k) % secs.length];
                if (showInPair(side, id, (el) => markText(el, text, side))) {
                  next = (next + k + 1) % secs.length;
                  e.preventDefault();
                  return;
                }
              }
            };
            return h("li", { title: where ? tip : null }, sec ? h("a", { href: docLink(doc.id, sec), title: tip, onclick: inPair }, label) : label);
          }),
        )
      : h("p", { class: "muted" }, "无"),
  );
}

// numberTable lists compare.NumberChange values: what is measured, the
// old and the new figure with their units and qualifiers, and both
// sentences (old above, new below) with the new section. A figure whose
// role differs from the other's (last year's target against this year's
// result) is tagged 目标 or 实际.
function numberTable(list, B, csv) {
  const rows = list.slice(0, 200).map((n) => {
    const sec = n.section && typeof n.section === "object" ? n.section : null;
    const oldText = String(n.old_sentence || n.old_context || "");
    const newText = String(n.sentence || n.context || "");
    return h(
      "tr",
      {},
      h("td", { class: "ind" }, String(n.indicator || n.context || "")),
      h("td", { class: "num" }, roleTag(n.old_role, n.role), h("del", {}, String(n.from ?? "—"))),
      h("td", { class: "num" }, roleTag(n.role, n.old_role), h("ins", {}, String(n.to ?? "—"))),
      h(
        "td",
        { class: "sentences" },
        oldText ? h("div", { class: "old-sentence" }, h("span", { class: "tag" }, "旧"), " ", figureIn(oldText, String(n.from ?? ""), n.indicator, "del")) : null,
        newText ? h("div", { class: "new-sentence" }, h("span", { class: "tag" }, "新"), " ", figureIn(newText, String(n.to ?? ""), n.indicator, "ins")) : null,
        sec
          ? h(
              "div",
              { class: "muted small" },
              h("a", { href: docLink(B.id, sec.id) }, [...(sec.path || []), sec.heading].filter(Boolean).join(" › ")),
              h("button", { type: "button", class: "linkish to-pair", title: "跳到这一节的逐节对比", onclick: () => toPair(sec.id, n.to) }, "对比中查看"),
            )
          : null,
      ),
    );
  });
  return h(
    "details",
    { class: "numbers", open: list.length <= 12 || null },
    h("summary", {}, h("h3", {}, `数字变化（${list.length}）`)),
    h("p", { class: "small" }, h("a", { href: csv, download: "", id: "export-numbers", title: "每个变化的数字一行：指标、原值、新值、单位、原句、新句" }, "导出数字变化 CSV")),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {}, "指标"), h("th", {}, "原"), h("th", {}, "新"), h("th", {}, "原句 / 新句"))),
      h("tbody", {}, rows),
    ),
  );
}

// figureIn returns a sentence with its figure marked (tag del in the old
// sentence, ins in the new one): a sentence of a review lists five figures
// and more (生产总值增长5.5%，一般公共预算收入增长5.7%，…), and the reader
// looks for the one the row is about. The figure is the first whole
// occurrence after the indicator (增长6%左右 is not the 6%左右 of 增长6.6%左右),
// else the first whole one; a sentence without it is left as it is.
function figureIn(sentence, figure, indicator, tag) {
  const at = wholeFigure(sentence, figure, indicator ? Math.max(0, sentence.indexOf(indicator)) : 0);
  const k = at >= 0 ? at : wholeFigure(sentence, figure, 0);
  if (!figure || k < 0) return sentence;
  return [sentence.slice(0, k), h(tag, { class: "fig" }, figure), sentence.slice(k + figure.length)];
}

// wholeFigure returns where figure occurs in s from position from on, not
// inside a longer number (no digit or point before it, no digit after it
// when it ends in one), or -1.
function wholeFigure(s, figure, from) {
  if (!figure) return -1;
  for (let k = s.indexOf(figure, from); k >= 0; k = s.indexOf(figure, k + 1)) {
    const before = s[k - 1] || "";
    const after = s[k + figure.length] || "";
    if (/[0-9.．０-９]/.test(before)) continue;
    if (/[0-9０-９]$/.test(figure) && /[0-9.．０-９]/.test(after)) continue;
    return k;
  }
  return -1;
}

const ROLE = { target: "目标", result: "实际" };

// roleTag tags a figure with its role when the other figure's role is
// known and another: 目标 6%左右 against 实际 5.2% is no change of target.
function roleTag(role, other) {
  if (!ROLE[role] || !ROLE[other] || role === other) return null;
  return h("span", { class: "tag role role-" + role, title: role === "target" ? "目标值" : "实际完成值" }, ROLE[role]);
}

function badge(p) {
  const st = p.status || "";
  return h("span", { class: "badge st-" + st, title: st }, STATUS[st] || st);
}

function pathText(sec) {
  return sec ? (sec.path || []).filter(Boolean).join(" › ") : "";
}

// notes flags what a reader must know about a pair beyond its diff: a
// moved section's old and new place, a merge or split, a rewrite.
function notes(p, A, B) {
  const out = [];
  if (p.status === "moved" && p.from_section && p.to_section) {
    out.push(h("div", { class: "note moved-note" }, "位置变化：", pathText(p.from_section) || "（顶层）", " → ", pathText(p.to_section) || "（顶层）"));
  }
  if (p.related_section && p.relation) {
    const r = p.related_section;
    const into = p.relation === "merged_into";
    // Followed without a modifier key, the link stays in the comparison:
    // the pair of the section the text went into (or came from) takes the
    // focus, so that the two halves of a merge or split read as one change.
    const side = into ? "to" : "from";
    const inPair = (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button) return; // a new tab: the document
      if (showInPair(side, r.id, () => null, true)) e.preventDefault();
    };
    out.push(
      h(
        "div",
        { class: "note relation-note" },
        into ? "内容并入新文档的 " : "内容拆分自旧文档的 ",
        h("a", { href: docLink((into ? B : A).id, r.id), class: "related", title: "跳到这一节的逐节对比", onclick: inPair }, r.heading || r.id),
      ),
    );
  }
  if (p.rewritten) out.push(h("div", { class: "note" }, "改写幅度较大，整段标为删除和新增。"));
  return out;
}

// ops renders the diff for one side: "from" keeps equal+delete, "to" keeps
// equal+insert, "both" keeps all (inline view).
//
// In the inline view a delete next to an insert is one text replaced by
// another, and an arrow stands between them: without it the two run
// together, and a figure changed (增长[-6.5-]{+7+}%) reads as one number,
// 6.57%, the strike-through and colours being no gap.
function ops(diff, side) {
  const out = [];
  let last = ""; // the op of the last marked change pushed, until text comes between
  for (const d of diff || []) {
    const text = d.text || "";
    if (!text) continue;
    let el = null;
    if (d.op === "equal") {
      el = document.createTextNode(text);
    } else if (d.op === "delete" && side !== "to") {
      // An ignored delete differs only in punctuation or spaces: the old
      // side shows it plainly, the inline view shows the new text instead.
      if (!d.ignored) el = h("del", {}, text);
      else if (side === "from") el = document.createTextNode(text);
    } else if (d.op === "insert" && side !== "from") {
      el = d.ignored ? document.createTextNode(text) : h("ins", {}, text);
    }
    if (!el) continue;
    const marked = el.nodeType === Node.ELEMENT_NODE ? d.op : "";
    if (marked && last && marked !== last) out.push(h("span", { class: "repl", title: "改为" }, "→"));
    last = marked;
    out.push(el);
  }
  return out;
}

// splitHead splits a pair's diff into the heading's ops and the text's: the
// diff covers the heading, a line break, then the text (compare.Pair).
// Characters are counted on one side (the new one when it exists) up to
// the end of its heading and the line break.
function splitHead(p) {
  const counted = p.to_section ? "to" : "from";
  const sec = p.to_section || p.from_section;
  const n = sec && sec.heading ? sec.heading.length + 1 : 0;
  const head = [];
  const body = [];
  let seen = 0;
  for (const d of p.diff || []) {
    const onSide = d.op === "equal" || (counted === "to" ? d.op === "insert" : d.op === "delete");
    const text = d.text || "";
    if (seen >= n) {
      body.push(d);
    } else if (!onSide) {
      head.push(d);
    } else if (seen + text.length <= n) {
      head.push(d);
      seen += text.length;
    } else {
      head.push({ ...d, text: text.slice(0, n - seen) });
      body.push({ ...d, text: text.slice(n - seen) });
      seen = n;
    }
  }
  // Headings hold no line breaks: the one that ends the heading goes.
  return [head.map((d) => ({ ...d, text: (d.text || "").replace(/\n$/, "") })), body];
}

function simText(p) {
  return typeof p.similarity === "number" && !UNCHANGED.has(p.status) && p.from_section && p.to_section
    ? h("span", { class: "pair-sim" }, "相似度 " + pct(p.similarity))
    : null;
}

function headLink(doc, sec, content) {
  return h(
    "div",
    { class: "pair-sec" },
    pathText(sec) ? h("div", { class: "pair-path" }, pathText(sec)) : null,
    h("a", { href: docLink(doc.id, sec.id), class: "pair-heading", title: "在文中查看" }, content.length ? content : "（正文开头）"),
  );
}

function inline(shown, A, B) {
  return h(
    "div",
    { class: "pairs inline" },
    shown.map(({ p, i }) => {
      const [head, body] = splitHead(p);
      const sec = p.to_section || p.from_section;
      const doc = p.to_section ? B : A;
      return h(
        "article",
        { class: "pair st-" + p.status, "data-i": String(i), "data-to": p.to_section ? p.to_section.id : null, "data-from": p.from_section ? p.from_section.id : null },
        h("header", {}, badge(p), simText(p), sec ? headLink(doc, sec, ops(head, "both")) : null),
        notes(p, A, B),
        h("div", { class: "diff" }, ops(body, "both")),
      );
    }),
  );
}

// side renders two panes, one per document, with one block per pair;
// scrolling one pane keeps the matching block of the other at the same
// place.
function side(shown, A, B) {
  const block = (p, i, which) => {
    const sec = which === "from" ? p.from_section : p.to_section;
    const doc = which === "from" ? A : B;
    const [head, body] = sec ? splitSide(p, which) : [[], []];
    return h(
      "article",
      { class: "pblock st-" + p.status + (sec ? "" : " absent"), "data-i": String(i), "data-to": p.to_section ? p.to_section.id : null, "data-from": p.from_section ? p.from_section.id : null },
      h(
        "header",
        {},
        badge(p),
        simText(p),
        sec ? headLink(doc, sec, ops(head, which)) : h("div", { class: "pair-sec muted" }, which === "from" ? "（旧文档中没有此节）" : "（新文档中已删去此节）"),
      ),
      which === "to" || !p.to_section ? notes(p, A, B) : null,
      sec ? h("div", { class: "diff" }, ops(body, which)) : null,
    );
  };
  const left = h("div", { class: "pane from", tabindex: "0", "aria-label": docLabel(A) }, shown.map(({ p, i }) => block(p, i, "from")));
  const right = h("div", { class: "pane to", tabindex: "0", "aria-label": docLabel(B) }, shown.map(({ p, i }) => block(p, i, "to")));
  syncScroll(left, right);
  return h(
    "div",
    { class: "pairs side" },
    h("div", { class: "pane-heads" }, h("div", {}, docLabel(A)), h("div", {}, docLabel(B))),
    h("div", { class: "panes" }, left, right),
  );
}

// splitSide splits the ops one side shows into its heading and its text.
function splitSide(p, which) {
  const sec = which === "from" ? p.from_section : p.to_section;
  const keep = which === "from" ? "delete" : "insert";
  const mine = (p.diff || []).filter((d) => d.op === "equal" || d.op === keep);
  return splitHead({ ...p, diff: mine, to_section: which === "to" ? sec : null, from_section: which === "from" ? sec : null });
}

// syncScroll keeps two panes aligned block by block: the block at the top
// of the pane being scrolled, and how far into it the top is, decide where
// the other pane scrolls to.
function syncScroll(a, b) {
  let driver = null;
  let release = 0;
  const follow = (src, dst) => {
    if (driver && driver !== src) return;
    driver = src;
    clearTimeout(release);
    release = setTimeout(() => (driver = null), 120);
    const top = src.scrollTop;
    const blocks = src.children;
    let k = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i].offsetTop - src.firstElementChild.offsetTop <= top) k = i;
      else break;
    }
    const sb = blocks[k];
    if (!sb) return;
    const base = src.firstElementChild.offsetTop;
    const frac = sb.offsetHeight ? (top - (sb.offsetTop - base)) / sb.offsetHeight : 0;
    const db = dst.children[k];
    if (!db) return;
    const dbase = dst.firstElementChild.offsetTop;
    dst.scrollTop = db.offsetTop - dbase + Math.max(0, Math.min(1, frac)) * db.offsetHeight;
  };
  a.addEventListener("scroll", () => follow(a, b), { passive: true });
  b.addEventListener("scroll", () => follow(b, a), { passive: true });
}
