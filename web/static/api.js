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

// send makes a write (PATCH, POST, DELETE) with a JSON body and, when
// token is set, the bearer token the server asks for; errors as in get.
export async function send(method, path, body, token) {
  const url = apiURL(path);
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  let res;
  try {
    res = await fetch(url, { method, headers, body: JSON.stringify(body) });
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
