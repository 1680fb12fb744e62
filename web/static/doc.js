// doc.js: the document page. URL: #/doc/{id}?s={section id}&hl={word}...
//
// Words named by hl (the words a search hit marked) are marked in the text.
// The outline (headings by level) sits beside the text; every section has a
// permalink, and a change of ?s= inside the same document scrolls to the
// section without reloading. Counterparts give "compare with the previous
// year"; "相似段落" asks the API for similar passages of one section. The
// metadata can be corrected in a folded form (edit.js); once saved, the page
// is painted again with the corrected document and its new counterparts.

import { get, seg } from "./api.js";
import { h, link, docLink, meta, loading, errorBox, clear, markWords } from "./util.js";
import { editForm } from "./edit.js";

export async function renderDoc(main, r, signal) {
  const id = r.args[0];
  if (!id) {
    main.appendChild(errorBox({ code: "bad_request", message: "链接中缺少文档编号" }));
    return null;
  }
  main.appendChild(loading("加载文档…"));
  let article = null; // the painted text, for focus
  // hl: the words the search hit that led here marked, marked here too.
  let words = r.params.getAll("hl");
  await paint("");
  const page = {
    update(nr) {
      if (nr.args[0] !== id) return false;
      words = nr.params.getAll("hl");
      markWords(article, words);
      focus(nr.params.get("s"), true);
      return true;
    },
  };
  focus(r.params.get("s"), false);
  return page;

  // paint fetches the document and its counterparts and draws the page;
  // notice, when set, is shown under the header (after a correction).
  async function paint(notice) {
    const [doc, cp] = await Promise.all([
      get("documents/" + seg(id), null, signal),
      get("documents/" + seg(id) + "/counterparts", null, signal).catch((e) => {
        if (e.name === "AbortError") throw e;
        return null; // counterparts are optional; the document still shows
      }),
    ]);
    clear(main);
    article = drawDoc(main, doc, cp, signal, notice, async () => {
      try {
        await paint("已保存更正。");
      } catch (e) {
        if (e.name === "AbortError") return;
        main.prepend(errorBox(e));
      }
    });
    markWords(article, words);
  }

  function focus(sid, smooth) {
    for (const el of main.querySelectorAll(".section.target")) el.classList.remove("target");
    for (const el of main.querySelectorAll(".outline a.on")) el.classList.remove("on");
    if (!sid) return;
    const el = document.getElementById("sec-" + sid);
    if (!el) {
      article.prepend(errorBox({ code: "not_found", message: "本文档中没有章节 " + sid }));
      return;
    }
    el.classList.add("target");
    const a = main.querySelector(`.outline a[data-sid="${CSS.escape(sid)}"]`);
    if (a) a.classList.add("on");
    el.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  }
}

// drawDoc draws doc into main and returns its article element; saved is
// called once a correction of its metadata is committed.
function drawDoc(main, doc, cp, signal, notice, saved) {
  document.title = (doc.title || doc.id) + " · govreport";

  const sections = doc.sections || [];
  const outline = h(
    "nav",
    { class: "outline", "aria-label": "目录" },
    h("h2", {}, "目录"),
    h(
      "ol",
      {},
      sections
        .filter((s) => s.heading)
        .map((s) =>
          h(
            "li",
            { class: "lvl" + Math.min(s.level || 1, 4) },
            h("a", { href: docLink(doc.id, s.id), "data-sid": s.id }, s.heading),
          ),
        ),
    ),
  );

  const actions = [];
  if (cp && cp.previous) {
    actions.push(
      h(
        "a",
        { class: "btn primary", id: "compare-prev", href: link("compare", { from: cp.previous.id, to: doc.id }) },
        `与上一年对比（${cp.previous.year || cp.previous.title}）`,
      ),
    );
  }
  if (cp && cp.next) {
    actions.push(
      h(
        "a",
        { class: "btn", href: link("compare", { from: doc.id, to: cp.next.id }) },
        `与下一年对比（${cp.next.year || cp.next.title}）`,
      ),
    );
  }
  if (cp && cp.plan) {
    // A summary's own plan of the same year: what was planned against what was reported.
    actions.push(
      h("a", { class: "btn", href: link("compare", { from: cp.plan.id, to: doc.id }) }, `与当年计划对照（${cp.plan.title || cp.plan.id}）`),
    );
  }
  if (cp && cp.summary) {
    // A plan's own summary of the same year: what was reported against what was planned.
    actions.push(
      h(
        "a",
        { class: "btn", id: "compare-summary", href: link("compare", { from: doc.id, to: cp.summary.id }) },
        `与当年总结对照（${cp.summary.title || cp.summary.id}）`,
      ),
    );
  }
  actions.push(h("a", { class: "btn", href: link("compare", { to: doc.id }) }, "与其他文档对比…"));

  const header = h(
    "header",
    { class: "doc-head" },
    h("h1", {}, doc.title || doc.id),
    h("p", { class: "doc-meta" }, meta(doc), doc.source ? h("span", { class: "muted" }, " · 来源文件 " + doc.source) : null),
    h("div", { class: "actions" }, actions),
    notice ? h("p", { class: "edit-notice", role: "status" }, notice) : null,
    editForm(doc, saved),
    warnings(doc.warnings),
  );

  const article = h(
    "article",
    { class: "doc-text" },
    sections.map((s) => section(doc, s, signal)),
  );
  main.appendChild(header);
  main.appendChild(h("div", { class: "doc-grid" }, outline, article));

  spy(outline, article);
  return article;
}

function section(doc, s, signal) {
  const level = Math.min(Math.max(s.level || 1, 1), 4) + 1; // h2..h5
  const similarBox = h("div", { class: "similar", hidden: true });
  let loaded = false;
  const toggle = async (ev) => {
    const btn = ev.currentTarget;
    if (!similarBox.hidden) {
      similarBox.hidden = true;
      btn.setAttribute("aria-expanded", "false");
      return;
    }
    similarBox.hidden = false;
    btn.setAttribute("aria-expanded", "true");
    if (loaded) return;
    clear(similarBox).appendChild(loading("查找相似段落…"));
    try {
      const res = await get("sections/" + seg(s.id) + "/similar", { size: 5 }, signal);
      clear(similarBox).appendChild(similar(doc, res.hits || []));
      loaded = true;
    } catch (e) {
      if (e.name === "AbortError") return;
      clear(similarBox).appendChild(errorBox(e));
    }
  };
  const paras = String(s.text || "")
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return h(
    "section",
    { class: "section", id: "sec-" + s.id, "data-level": String(s.level || 0) },
    h(
      "div",
      { class: "sec-head" },
      s.heading
        ? h(
            "h" + level,
            { class: "sec-title" },
            s.heading,
            // A heading read from the paragraphs of a report that lost its
            // heading lines (the API's inferred): say so.
            s.inferred ? h("span", { class: "inferred-tag", title: "原文没有这一标题行：按段落推断（导语、部分的开头或结束语）" }, "推断") : null,
          )
        : null,
      h(
        "span",
        { class: "sec-tools" },
        h("a", { class: "permalink", href: docLink(doc.id, s.id), title: "本节的固定链接" }, "¶ 链接"),
        h("button", { type: "button", class: "linkish similar-btn", "aria-expanded": "false", onclick: toggle }, "相似段落"),
      ),
    ),
    paras.map((p) => h("p", {}, p)),
    similarBox,
  );
}

function similar(doc, hits) {
  if (!hits.length) return h("p", { class: "muted" }, "其他文档中没有找到相似的段落。");
  return h(
    "ul",
    { class: "similar-list" },
    hits.map((x) =>
      h(
        "li",
        {},
        h(
          "div",
          { class: "similar-head" },
          h("a", { href: docLink(x.doc_id, x.section_id) }, x.title || x.doc_id),
          h("span", { class: "muted" }, " " + [x.year ? x.year + "年" : "", x.region].filter(Boolean).join(" · ")),
          x.doc_id !== doc.id
            ? h(
                "a",
                // the older report is the "from" side
                { class: "small-link", href: link("compare", x.year > doc.year ? { from: doc.id, to: x.doc_id } : { from: x.doc_id, to: doc.id }) },
                "对比全文",
              )
            : null,
        ),
        (x.passages || []).map((p) => h("blockquote", {}, p.text || "")),
      ),
    ),
  );
}

// spy marks in the outline the section being read (class "current") and
// keeps that entry in view inside the outline without moving the page.
function spy(outline, article) {
  if (!("IntersectionObserver" in window)) return;
  const links = new Map();
  for (const a of outline.querySelectorAll("a[data-sid]")) links.set("sec-" + a.dataset.sid, a);
  const visible = new Set();
  let current = null;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
      const first = [...article.children].find((el) => visible.has(el) && links.has(el.id));
      const a = first ? links.get(first.id) : null;
      if (!a || a === current) return;
      if (current) current.classList.remove("current");
      a.classList.add("current");
      current = a;
      const top = a.getBoundingClientRect().top - outline.getBoundingClientRect().top + outline.scrollTop;
      if (top < outline.scrollTop || top > outline.scrollTop + outline.clientHeight - a.offsetHeight) {
        outline.scrollTop = top - outline.clientHeight / 3;
      }
    },
    { rootMargin: "-64px 0px -55% 0px" },
  );
  for (const el of article.children) if (links.has(el.id)) io.observe(el);
}

// warnings lists the dubious spots the reader found in the file (a broken
// numbering, a guessed encoding), folded: they concern the staff who
// ingest reports more than readers.
function warnings(list) {
  if (!Array.isArray(list) || list.length === 0) return null;
  return h(
    "details",
    { class: "warnings" },
    h("summary", {}, `读取提示（${list.length}）`),
    h(
      "ul",
      {},
      list.map((w) => h("li", {}, w.line ? `第 ${w.line} 行：` : "", w.message || "")),
    ),
  );
}
