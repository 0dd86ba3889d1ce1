import { RunwireValidationError } from "../errors/validation-error";
import { hasScheme } from "./location";

/**
 * Joins a request path or a relative `Location` onto the base URL the way the official SDKs do,
 * not the RFC 3986 way: the base path is kept as a prefix even for targets starting with `/`.
 * Leading slashes of the target are dropped (so `//host` is never an authority), literal `.`/`..`
 * segments are resolved, and the fragment is dropped. A target with a scheme (a same-origin
 * Location, checked before) is returned as it is.
 *
 * Percent-encoded dots (`%2E%2E`) stay as they are: they are an id's bytes, and WHATWG `URL`,
 * which reads them as `..`, is why this join is not `new URL(target, base)`.
 *
 * @example
 * joinUrl("https://h/api", "/threads/t/runs"); // "https://h/api/threads/t/runs"
 * joinUrl("https://h/api", "../x"); // "https://h/x"
 */
export function joinUrl(baseUrl: string, pathOrLocation: string): string {
  if (hasScheme(pathOrLocation)) return pathOrLocation;
  const base = new URL(baseUrl);
  const basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  const relative = pathOrLocation.replace(/^\/+/, "").replace(/#.*$/s, "");
  const queryAt = relative.indexOf("?");
  const path = queryAt === -1 ? relative : relative.slice(0, queryAt);
  const query = queryAt === -1 ? "" : relative.slice(queryAt);
  return `${base.origin}${removeDotSegments(`${basePath}${path}`)}${query}`;
}

/**
 * Validates a client's `apiUrl` and returns it without trailing slashes, ready for
 * {@link joinUrl}. Accepts absolute `http:`/`https:` URLs without credentials, query or fragment.
 *
 * @example
 * normalizeBaseUrl("https://example.com/api/"); // "https://example.com/api"
 * @throws RunwireValidationError naming `apiUrl`.
 */
export function normalizeBaseUrl(apiUrl: string): string {
  const url = typeof apiUrl === "string" ? parseUrl(apiUrl) : null;
  if (url === null) {
    throw new RunwireValidationError(
      `Invalid apiUrl: expected an absolute http(s) URL, got ${JSON.stringify(apiUrl)}`,
      { field: "apiUrl", received: apiUrl },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new RunwireValidationError(
      `Invalid apiUrl: the scheme must be http or https, got ${JSON.stringify(url.protocol)}`,
      { field: "apiUrl", allowed: ["http:", "https:"], received: apiUrl },
    );
  }
  if (url.username !== "" || url.password !== "") {
    // Never echo the URL here: its userinfo is a credential.
    url.username = "";
    url.password = "";
    throw new RunwireValidationError(
      "Invalid apiUrl: credentials in the URL are not supported; pass apiKey or headers instead",
      { field: "apiUrl", received: url.href },
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new RunwireValidationError(
      "Invalid apiUrl: it must not have a query string or fragment; pass per-call params instead",
      { field: "apiUrl", received: apiUrl },
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** `URL.parse` without it: that static is too recent for some supported browsers. */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * RFC 3986's dot-segment removal on literal `.` and `..` segments only. Percent-encoded dots are
 * data, so `%2E%2E` survives.
 */
function removeDotSegments(path: string): string {
  const segments = path.split("/");
  const output: string[] = [];
  segments.forEach((segment, index) => {
    const isLast = index === segments.length - 1;
    if (segment === "." || segment === "..") {
      // Never pop the empty first segment that stands for the leading slash.
      if (segment === ".." && output.length > 1) output.pop();
      // A trailing dot segment still denotes a directory: keep the trailing slash.
      if (isLast) output.push("");
    } else {
      output.push(segment);
    }
  });
  return output.join("/");
}
