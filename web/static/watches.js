// watches.js: watches (saved queries, GET/POST/DELETE /api/v1/watches).
//
// watchButton is the search page's 关注 button: it saves the query and
// filters of the search (saving one that is saved already answers the
// same watch) and shows the watch's Atom feed, which lists the reports
// that match and enter the index later. renderWatches is the list page,
// #/watches: each watch with its new reports, its feed and a delete
// button. Saving and deleting are writes: when the server asks for the
// token (401) a field for it appears, and the token is kept for the
// browser session (api.js saveToken), as the upload page does.

import { get, send, seg, savedToken, saveToken } from "./api.js";
import { h, link, clear, fill, loading, errorBox } from "./util.js";

const FILTERS = ["year", "region", "kind", "issuer"];

// feedURL is the absolute address of a watch's feed, for a feed reader.
function feedURL(w) {
  return new URL(w.feed.replace(/^\//, ""), document.baseURI).href;
}

// searchOf is the search page of a watch's query and filters.
function searchOf(w) {
  const p = { q: w.q };
  for (const f of FILTERS) p[f] = w[f] || [];
  return link("search", p);
}

// describe says a watch's filters in words.
function describe(w) {
  const names = { year: "年份", region: "地区", kind: "类别", issuer: "发文机关" };
  return FILTERS.filter((f) => (w[f] || []).length)
    .map((f) => names[f] + "：" + w[f].join("、"))
    .join(" · ");
}

// tokenWrite runs write(token) with the session's token; on a 401 it shows
// tokenRow (an input and a button) and runs the write again when the user
// gives one. status receives messages; done receives the result.
function tokenWrite(write, status, tokenRow, done) {
  const input = tokenRow.querySelector("input");
  const attempt = async () => {
    const token = input.value.trim() || savedToken();
    status.textContent = "保存中…";
    try {
      const out = await write(token);
      if (token) saveToken(token);
      tokenRow.hidden = true;
      status.textContent = "";
      done(out);
    } catch (e) {
      if (e.status === 401 && e.code === "unauthorized" && !/writes are disabled/.test(e.message)) {
        saveToken("");
        tokenRow.hidden = false;
        status.textContent = (token ? "令牌无效：" : "服务器要求写入令牌：") + e.message;
        input.focus();
        return;
      }
      status.textContent = (e.status === 401 ? "此服务器不接受写入：" : "未能保存：") + e.message;
    }
  };
  tokenRow.onsubmit = (e) => (e.preventDefault(), attempt());
  attempt();
}

function tokenForm(id) {
  return h(
    "form",
    { class: "watch-token", hidden: true },
    h("label", { for: id }, "写入令牌"),
    h("input", { id, name: "token", type: "password", autocomplete: "current-password" }),
    h("button", { type: "submit", class: "btn small" }, "确定"),
  );
}

// watchButton returns the 关注 control for the search state s.
export function watchButton(s) {
  const status = h("span", { class: "watch-status muted", role: "status" });
  const tokenRow = tokenForm("watch-token");
  const box = h("span", { class: "watch" });
  const saved = (w) => {
    fill(
      box,
      h("span", { class: "watch-on" }, "已关注"),
      h("a", { class: "small-link watch-feed", href: feedURL(w), type: "application/atom+xml", title: "新收录且符合此检索的报告（Atom 订阅）" }, "订阅（Atom）"),
      h("a", { class: "small-link", href: link("watches") }, "全部关注"),
    );
  };
  const button = h(
    "button",
    {
      type: "button",
      class: "btn small watch-btn",
      title: "保存此检索：之后收录的、符合此检索的报告会出现在订阅中",
      onclick: () => {
        const body = { q: s.q };
        for (const f of FILTERS) if (s[f].length) body[f] = s[f];
        tokenWrite((token) => send("POST", "watches", body, token), status, tokenRow, saved);
      },
    },
    "关注",
  );
  box.append(button, status, tokenRow);
  return box;
}

export async function renderWatches(main, r, signal) {
  document.title = "关注 · govreport";
  main.appendChild(h("h2", { class: "list-title" }, "关注的检索"));
  main.appendChild(
    h(
      "p",
      { class: "muted" },
      "在检索页点“关注”保存检索式；之后收录的、符合检索式的报告会列入它的订阅（Atom），导入时也会提示。",
    ),
  );
  const body = h("div", { class: "watch-list" });
  main.appendChild(body);
  const status = h("p", { class: "watch-status muted", role: "status" });
  const tokenRow = tokenForm("watches-token");
  main.append(status, tokenRow);
  const run = async () => {
    clear(body).appendChild(loading("加载关注列表…"));
    try {
      const res = await get("watches", {}, signal);
      fill(body, table(res.watches || []));
    } catch (e) {
      if (e.name === "AbortError") throw e;
      clear(body).appendChild(errorBox(e, run));
    }
  };
  const table = (watches) =>
    watches.length === 0
      ? h("p", { class: "hint" }, "还没有关注的检索。")
      : h(
          "table",
          { class: "doclist watches" },
          h("thead", {}, h("tr", {}, ["检索式", "筛选", "关注于", "新报告", "", ""].map((t) => h("th", {}, t)))),
          h(
            "tbody",
            {},
            watches.map((w) =>
              h(
                "tr",
                { "data-watch": w.id },
                h("td", {}, h("a", { href: searchOf(w) }, w.q)),
                h("td", {}, describe(w) || "—"),
                h("td", {}, new Date(w.created).toLocaleString("zh-CN", { hour12: false })),
                h("td", { class: "num" }, String(w.new)),
                h("td", {}, h("a", { class: "small-link watch-feed", href: feedURL(w), type: "application/atom+xml" }, "订阅（Atom）")),
                h(
                  "td",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "btn small watch-delete",
                      onclick: () => tokenWrite((token) => send("DELETE", "watches/" + seg(w.id), undefined, token), status, tokenRow, run),
                    },
                    "取消关注",
                  ),
                ),
              ),
            ),
          ),
        );
  await run();
  return null;
}
