// util.js: DOM building and URL-state helpers shared by the pages.
//
// Everything from the API goes into the page as text (h() makes text
// nodes), except search snippets, which pass through safeMarkHTML: it keeps
// text and <mark> elements and drops every other tag and attribute.

// h builds an element. attrs: class, text, html-free props; on* keys are
// event listeners; null/undefined/false attrs and children are skipped.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") {
      el.addEventListener(k.slice(2), v);
    } else if (k === "class") {
      el.className = v;
    } else if (k === "dataset") {
      Object.assign(el.dataset, v);
    } else if (k === "value" || k === "checked" || k === "selected") {
      el[k] = v;
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

// svg builds an SVG element (same conventions as h, no listeners on children).
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

// safeMarkHTML turns an API snippet (escaped text with <mark> spans) into a
// fragment holding only text nodes and <mark> elements.
export function safeMarkHTML(html) {
  const tpl = document.createElement("template");
  tpl.innerHTML = String(html || "");
  const out = document.createDocumentFragment();
  const walk = (src, dst) => {
    for (const n of src.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        dst.appendChild(document.createTextNode(n.textContent));
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.localName === "mark") {
          const m = document.createElement("mark");
          walk(n, m);
          dst.appendChild(m);
        } else {
          walk(n, dst);
        }
      }
    }
  };
  walk(tpl.content, out);
  return out;
}

// fill replaces el's children (same conventions as h) and returns el.
export function fill(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

// clear empties el and returns it.
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// parseHash splits location.hash into a route ("search", "doc", "compare"),
// path arguments and query parameters.
export function parseHash(hash) {
  let s = (hash || "").replace(/^#\/?/, "");
  let query = "";
  const qi = s.indexOf("?");
  if (qi >= 0) {
    query = s.slice(qi + 1);
    s = s.slice(0, qi);
  }
  const parts = s.split("/").filter(Boolean).map(safeDecode);
  return { route: parts[0] || "", args: parts.slice(1), params: new URLSearchParams(query) };
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// link returns a hash URL for a route; params is an object (arrays repeat a
// key) or URLSearchParams; empty values are left out.
export function link(path, params) {
  const q = new URLSearchParams();
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) if (v !== "") q.append(k, v);
  } else {
    for (const [k, v] of Object.entries(params || {})) {
      if (v == null || v === "") continue;
      if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
      else q.append(k, v);
    }
  }
  const qs = q.toString();
  return "#/" + path + (qs ? "?" + qs : "");
}

// docLink returns the permalink of a document, or of one of its sections;
// words (optional) are marked on arrival (the words a search hit marked).
export function docLink(docID, sectionID, words) {
  return link("doc/" + encodeURIComponent(docID), { s: sectionID, hl: words && words.length ? words : null });
}

// markWords wraps every occurrence of any of words (case-insensitively) in
// the text under root in <mark class="hl">, and returns how many it marked.
// Marks left by an earlier call are removed first.
export function markWords(root, words) {
  for (const m of root.querySelectorAll("mark.hl")) m.replaceWith(document.createTextNode(m.textContent));
  root.normalize();
  words = [...new Set((words || []).map((w) => String(w).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return 0;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let n = 0;
  for (const t of nodes) {
    const text = t.textContent;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > at) frag.appendChild(document.createTextNode(text.slice(at, m.index)));
      frag.appendChild(h("mark", { class: "hl" }, m[0]));
      at = m.index + m[0].length;
      n++;
    }
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    t.replaceWith(frag);
  }
  return n;
}

// meta joins a document's year, region, kind and issuer for a subtitle.
export function meta(d) {
  return [d.year ? d.year + "年" : "", d.region, d.kind, d.issuer].filter(Boolean).join(" · ");
}

// docLabel is how a document is named in pickers and headers.
export function docLabel(d) {
  const head = [d.year, d.region].filter(Boolean).join(" ");
  return (head ? head + " · " : "") + (d.title || d.id);
}

// pct formats a 0..1 similarity as a percentage.
export function pct(x) {
  if (typeof x !== "number" || !isFinite(x)) return "";
  return (x * 100).toFixed(x >= 0.995 || x === 0 ? 0 : 1) + "%";
}

// loading returns a placeholder shown while a request runs.
export function loading(what) {
  return h("div", { class: "loading", role: "status" }, h("span", { class: "spinner" }), what || "加载中…");
}

// errorBox renders an API or network error as a message, with a retry.
export function errorBox(err, retry) {
  const code = err && err.code ? err.code : "error";
  const msg = err && err.message ? err.message : String(err);
  return h(
    "div",
    { class: "error", role: "alert", "data-code": code },
    h("strong", {}, errorTitle(code)),
    " ",
    h("span", { class: "error-message" }, msg),
    h("span", { class: "error-code" }, " (" + code + ")"),
    retry && transient(code) ? h("button", { type: "button", class: "btn small", onclick: retry }, "重试") : null,
  );
}

// transient reports whether retrying the same request may succeed.
function transient(code) {
  return !["bad_query", "bad_request", "not_found", "unauthorized", "too_large", "unsupported_media"].includes(code);
}

function errorTitle(code) {
  switch (code) {
    case "bad_query":
    case "bad_request":
      return "请求有误：";
    case "not_found":
      return "未找到：";
    case "timeout":
      return "超时：";
    case "network":
      return "无法连接服务器：";
    default:
      return "出错了：";
  }
}

// keepFocus runs paint, which replaces what is under root, and puts the
// keyboard's focus back where it was: on the new element with the same
// data-focus key as the one focused before (a facet value, a view switch,
// a checkbox), else, when the focused element went with the old content,
// on root, so that the next Tab starts from the page the reader is on and
// not from the top of the document. Neither moves the page.
// current (optional) tells whether the paint is still the page's: a paint
// a newer one overtook leaves the focus to that one.
export async function keepFocus(root, paint, current) {
  const was = document.activeElement;
  const key = was && root.contains(was) && was.dataset ? was.dataset.focus || "" : "";
  try {
    return await paint();
  } finally {
    if (!current || current()) restore();
  }
  function restore() {
    const el = key ? root.querySelector(`[data-focus="${CSS.escape(key)}"]`) : null;
    const now = document.activeElement;
    if (el) el.focus({ preventScroll: true });
    else if (!now || now === document.body || !now.isConnected) (root.closest("[tabindex]") || root).focus({ preventScroll: true });
  }
}
