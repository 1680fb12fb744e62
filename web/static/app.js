// app.js: the hash router. Each route renders into #main; a new route aborts
// the requests of the previous one, so a slow reply never paints over the
// page the user has moved on to.

import { get } from "./api.js";
import { parseHash, clear, errorBox, keepFocus } from "./util.js";
import { renderSearch } from "./search.js";
import { renderDoc } from "./doc.js";
import { renderCompare } from "./compare.js";
import { renderUpload } from "./upload.js";
import { renderTerms } from "./terms.js";
import { renderWatches } from "./watches.js";

const main = document.getElementById("main");
let current = null; // {route, controller, page}

const routes = {
  search: renderSearch,
  doc: renderDoc,
  compare: renderCompare,
  upload: renderUpload,
  terms: renderTerms,
  watches: renderWatches,
};

async function route() {
  const r = parseHash(location.hash);
  if (!routes[r.route]) {
    location.replace("#/search");
    return;
  }
  for (const a of document.querySelectorAll("header nav a")) {
    a.classList.toggle("active", a.dataset.route === r.route);
  }
  // A page may handle a change of its own URL in place (a section anchor
  // inside the same document, the view switch of a comparison).
  // Either way the keyboard's focus stays on the page (keepFocus): a link
  // or a facet followed with Enter is gone once the page is painted again.
  if (current && current.route === r.route && current.page && current.page.update) {
    const page = current.page;
    let done = false;
    await keepFocus(main, () => (done = page.update(r)));
    if (done) return;
  }
  if (current) current.controller.abort();
  const controller = new AbortController();
  current = { route: r.route, controller, page: null };
  const mine = current;
  await keepFocus(main, async () => {
    clear(main);
    window.scrollTo(0, 0);
    try {
      mine.page = (await routes[r.route](main, r, controller.signal)) || null;
    } catch (e) {
      if (e && e.name === "AbortError") return;
      clear(main).appendChild(errorBox(e, route));
    }
  }, () => current === mine);
}

async function status() {
  try {
    const res = await fetch("healthz");
    const s = await res.json();
    document.getElementById("status").textContent = `${s.documents ?? "?"} 篇文档 · ${s.sections ?? "?"} 个章节`;
  } catch {
    document.getElementById("status").textContent = "";
  }
}

window.addEventListener("hashchange", route);
// A page that changed the collection (an upload) asks for fresh counts.
window.addEventListener("govreport:changed", status);
// "/" jumps to the search box, as on most search sites.
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const box = document.querySelector('form.searchbar input[name="q"]');
  e.preventDefault();
  if (box) box.focus();
  else location.hash = "#/search";
});
route();
status();
// get is re-exported for debugging from the console.
window.govreport = { get };
