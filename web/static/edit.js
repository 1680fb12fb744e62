// edit.js: the form on the document page that corrects a document's
// metadata (PATCH /api/v1/documents/{id}). Corrections are stored apart
// from what was inferred and stick (re-ingesting, reindex); an emptied
// field goes back to what inference found. Only the fields changed are
// sent. The write token, when the server asks for one (401), is asked for
// in the form and kept for the browser session only (api.js saveToken).

import { send, seg, savedToken, saveToken } from "./api.js";
import { h } from "./util.js";

const FIELDS = [
  ["title", "标题"],
  ["year", "年份"],
  ["kind", "类型"],
  ["region", "地区"],
  ["issuer", "发文机关"],
];


// The kinds a correction may take (corpus.Kinds and corpus.KindOther).
const KINDS = ["总结", "半年总结", "计划", "要点", "政府工作报告", "新闻", "其他"];

// Where an inferred value came from, as the API names it (corpus.Origin*).
const ORIGINS = {
  title: "标题行",
  "date line": "日期行",
  speaker: "报告人",
  opening: "开场白",
  "collector header": "采集信息",
  body: "正文",
  "file name": "文件名",
  "another copy": "同文副本",
};

// editForm returns the folded form for doc; onSaved gets the document as
// corrected once the server has committed the change.
export function editForm(doc, onSaved) {
  const origins = doc.origins || {};
  const inputs = {};
  const rows = FIELDS.map(([f, label]) => {
    const current = doc[f] == null ? "" : String(doc[f]);
    const input = h("input", {
      id: "edit-" + f,
      name: f,
      type: f === "year" ? "number" : "text",
      inputmode: f === "year" ? "numeric" : null,
      min: f === "year" ? "1900" : null,
      max: f === "year" ? "2100" : null,
      maxlength: f === "year" ? null : f === "title" ? "200" : "40",
      list: f === "kind" ? "edit-kinds" : null,
      value: current,
    });
    inputs[f] = input;
    let note;
    if (origins[f] === "user") {
      note = h(
        "span",
        { class: "edit-origin user" },
        "已更正 · ",
        h(
          "button",
          {
            type: "button",
            class: "linkish edit-reset",
            "data-field": f,
            onclick: () => {
              input.value = "";
              input.focus();
            },
          },
          "恢复自动识别",
        ),
      );
    } else {
      note = h("span", { class: "edit-origin muted" }, origins[f] ? "自动识别（" + (ORIGINS[origins[f]] || origins[f]) + "）" : current ? "自动识别" : "未识别");
    }
    // a kind is one of the server's seven (corpus.Kinds and 其他): offered as
    // suggestions, any other is refused with a message naming them
    const kinds = f === "kind" ? h("datalist", { id: "edit-kinds" }, ...KINDS.map((k) => h("option", { value: k }))) : null;
    return h("div", { class: "edit-row" }, h("label", { for: "edit-" + f }, label), input, kinds, note);
  });
  const tokenInput = h("input", { id: "edit-token", name: "token", type: "password", autocomplete: "current-password" });
  const tokenRow = h("div", { class: "edit-row edit-token", hidden: true }, h("label", { for: "edit-token" }, "写入令牌"), tokenInput);
  const status = h("p", { class: "edit-status", role: "status" });
  const button = h("button", { type: "submit", class: "btn primary" }, "保存更正");
  const form = h(
    "form",
    { class: "edit-form", onsubmit: submit },
    h("p", { class: "muted" }, "自动识别有误时在此更正。更正单独保存，重新导入同一文件或重建索引后仍然有效；清空一项即恢复自动识别的结果。"),
    rows,
    tokenRow,
    h("div", { class: "edit-actions" }, button),
    status,
  );
  return h("details", { class: "edit-meta" }, h("summary", {}, "更正元数据"), form);

  async function submit(ev) {
    ev.preventDefault();
    const body = {};
    for (const [f] of FIELDS) {
      const v = inputs[f].value.trim();
      const was = doc[f] == null ? "" : String(doc[f]);
      if (v === was) continue;
      if (v === "") body[f] = null;
      else if (f === "year") body[f] = /^\d+$/.test(v) ? Number(v) : v;
      else body[f] = v;
    }
    status.classList.remove("error");
    if (Object.keys(body).length === 0) {
      status.textContent = "没有改动。";
      return;
    }
    const token = tokenInput.value.trim() || savedToken();
    button.disabled = true;
    status.textContent = "保存中…";
    try {
      const saved = await send("PATCH", "documents/" + seg(doc.id), body, token);
      if (token) saveToken(token);
      status.textContent = "";
      onSaved(saved);
    } catch (e) {
      status.classList.add("error");
      if (e.status === 401) {
        saveToken("");
        tokenRow.hidden = false;
        tokenInput.focus();
        status.textContent = token ? "令牌无效：" + e.message : "服务器要求写入令牌，请填写后再保存。（" + e.message + "）";
      } else {
        status.textContent = e.message;
      }
    } finally {
      button.disabled = false;
    }
  }
}
