// upload.js: the upload page. URL: #/upload
//
// Files dropped on the page or chosen with the picker are sent one at a
// time to POST /api/v1/documents (one request a file, so one bad file
// stops nothing). Each file gets one line: what the reader made of it
// (title, year, region, kind, sections, a link to the document) and the
// reader's warnings, or why it failed. When the server asks for the write
// token (401), the page asks for it once, keeps it for the session (the
// same token the correction form uses) and sends the waiting files again.

import { upload, savedToken, saveToken } from "./api.js";
import { h, docLink, meta, clear, link } from "./util.js";

const ACCEPT = ".txt,.md,.html,.htm,.doc,.docx,.wps,.odt,.fodt,.rtf,.pdf,.ofd,.tmx,.json,.jsonl,.csv";

export async function renderUpload(main) {
  document.title = "导入报告 · govreport";
  const input = h("input", { type: "file", id: "upload-files", name: "files", multiple: true, accept: ACCEPT, class: "upload-input" });
  const zone = h(
    "label",
    { class: "dropzone", for: "upload-files" },
    h("strong", {}, "把报告文件拖到这里"),
    h("span", {}, "或点击选择文件（可多选）"),
    h("span", { class: "muted small" }, "txt、md、html、doc、docx、odt、pdf、ofd，或一条 json/csv 记录；UTF-8、GBK、GB18030 自动识别"),
  );
  const tokenInput = h("input", { id: "upload-token", name: "token", type: "password", autocomplete: "current-password" });
  const tokenNote = h("span", { class: "muted small upload-token-note" });
  const tokenRow = h(
    "form",
    { class: "upload-token", hidden: true, onsubmit: (e) => (e.preventDefault(), retry()) },
    h("label", { for: "upload-token" }, "写入令牌"),
    tokenInput,
    h("button", { type: "submit", class: "btn primary" }, "用此令牌重试"),
    tokenNote,
  );
  const list = h("ol", { class: "upload-results", "aria-live": "polite" });
  main.appendChild(h("h1", { class: "page-title" }, "导入报告"));
  main.appendChild(
    h("p", { class: "muted" }, "每个文件单独导入，一个文件失败不影响其他文件；同一内容再次导入会替换原有文档，已保存的元数据更正仍然有效。"),
  );
  main.appendChild(zone);
  main.appendChild(input);
  main.appendChild(tokenRow);
  main.appendChild(list);

  // jobs waiting for a token, sent again by retry.
  let waiting = [];
  let queue = Promise.resolve();

  const add = (files) => {
    for (const file of files) {
      const line = h("li", { class: "upload-line pending" });
      list.appendChild(line);
      const job = { file, line };
      status(job, "等待中…");
      queue = queue.then(() => send(job));
    }
  };

  input.addEventListener("change", () => {
    add([...input.files]);
    input.value = "";
  });
  for (const ev of ["dragenter", "dragover"]) {
    zone.addEventListener(ev, (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
  }
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer && e.dataTransfer.files) add([...e.dataTransfer.files]);
  });

  async function send(job) {
    const token = tokenInput.value.trim() || savedToken();
    status(job, "导入中…");
    try {
      const doc = await upload(job.file, token);
      if (token) saveToken(token);
      done(job, doc);
      window.dispatchEvent(new Event("govreport:changed"));
    } catch (e) {
      if (e.status === 401) {
        saveToken("");
        waiting.push(job);
        status(job, "等待写入令牌", "wait");
        tokenRow.hidden = false;
        tokenNote.textContent = (token ? "令牌无效：" : "服务器要求写入令牌：") + e.message;
        tokenInput.focus();
        return;
      }
      status(job, "失败：" + e.message, "fail", e.code);
    }
  }

  function retry() {
    const jobs = waiting;
    waiting = [];
    tokenRow.hidden = true;
    for (const job of jobs) queue = queue.then(() => send(job));
  }
}

// status shows a file's state on its line.
function status(job, text, cls, code) {
  job.line.className = "upload-line " + (cls || "pending");
  if (code) job.line.dataset.code = code;
  clear(job.line).append(h("span", { class: "upload-name" }, job.file.name), " ", h("span", { class: "upload-state" }, text));
}

// done shows what the reader made of a file, and its warnings.
function done(job, doc) {
  const n = (doc.sections || []).length;
  const warnings = doc.warnings || [];
  job.line.className = "upload-line ok";
  job.line.dataset.id = doc.id;
  clear(job.line).append(
    h("span", { class: "upload-name" }, job.file.name),
    " ",
    h("a", { class: "upload-doc", href: docLink(doc.id) }, doc.title || doc.id),
    h("span", { class: "muted" }, ` （${[meta(doc), n + " 个章节"].filter(Boolean).join(" · ")}）`),
    warnings.length
      ? h(
          "ul",
          { class: "upload-warnings" },
          warnings.map((w) => h("li", {}, "提示：", w.line ? `第 ${w.line} 行：` : "", w.message || "")),
        )
      : null,
    // The watches this new report matched (watches.js).
    (doc.watches || []).length
      ? h("div", { class: "upload-watches" }, "符合关注：", doc.watches.map((w, i) => [i ? "、" : "", h("a", { href: link("watches") }, w.watch)]))
      : null,
  );
}
