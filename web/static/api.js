// api.js: the client of the JSON API (contract: issue 6). Every failure,
// whether an {"error":{code,message}} body, a non-JSON reply or a network
// error, becomes an ApiError so pages can show it as a message.

export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status || 0;
  }
}

// apiURL builds /api/v1/... with params (object; arrays repeat a key).
export function apiURL(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v == null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => x !== "" && q.append(k, x));
    else q.append(k, v);
  }
  const qs = q.toString();
  return "api/v1/" + path + (qs ? "?" + qs : "");
}

// get fetches a JSON resource; signal aborts it when the page changes.
export async function get(path, params, signal) {
  const url = apiURL(path, params);
  let res;
  try {
    res = await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch (e) {
    if (e && e.name === "AbortError") throw e;
    throw new ApiError("network", "请求 " + url + " 失败：" + (e && e.message ? e.message : e));
  }
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (body && body.error) {
    throw new ApiError(body.error.code || "error", body.error.message || res.statusText, res.status);
  }
  if (!res.ok) {
    throw new ApiError("http_" + res.status, "服务器返回 " + res.status + " " + res.statusText, res.status);
  }
  if (body == null) {
    throw new ApiError("bad_response", "服务器返回的不是 JSON：" + url, res.status);
  }
  return body;
}

// path escapes one path segment (ids).
export const seg = encodeURIComponent;

// The write token, when the server asks for one (401), is asked for by the
// page that writes and kept for the browser session only (sessionStorage),
// so that the correction form and the upload page ask once between them.
const TOKEN_KEY = "govreport-token";

function tokenStore() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: ask every time
  }
}

// savedToken returns the token kept for this session, or "".
export function savedToken() {
  const store = tokenStore();
  return (store && store.getItem(TOKEN_KEY)) || "";
}

// saveToken keeps token for this session once a write with it succeeded;
// an empty token forgets it (after a 401).
export function saveToken(token) {
  const store = tokenStore();
  if (!store) return;
  if (token) store.setItem(TOKEN_KEY, token);
  else store.removeItem(TOKEN_KEY);
}

// send makes a write (PATCH, POST, DELETE) with a JSON body and, when
// token is set, the bearer token the server asks for; errors as in get.
export async function send(method, path, body, token) {
  const headers = { "Content-Type": "application/json" };
  return write(method, path, JSON.stringify(body), headers, token);
}

// upload posts one file (a File or Blob with a name) to POST
// /api/v1/documents and returns the document as read and indexed.
export async function upload(file, token) {
  const form = new FormData();
  form.append("file", file, file.name);
  return write("POST", "documents", form, {}, token);
}

async function write(method, path, body, headers, token) {
  const url = apiURL(path);
  headers = { Accept: "application/json", ...headers };
  if (token) headers.Authorization = "Bearer " + token;
  let res;
  try {
    res = await fetch(url, { method, headers, body });
  } catch (e) {
    throw new ApiError("network", "请求 " + url + " 失败：" + (e && e.message ? e.message : e));
  }
  const text = await res.text();
  let out = null;
  try {
    out = text ? JSON.parse(text) : null;
  } catch {
    out = null;
  }
  if (out && out.error) {
    throw new ApiError(out.error.code || "error", out.error.message || res.statusText, res.status);
  }
  if (!res.ok) {
    throw new ApiError("http_" + res.status, "服务器返回 " + res.status + " " + res.statusText, res.status);
  }
  return out;
}
