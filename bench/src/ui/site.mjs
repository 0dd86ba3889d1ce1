// The benchmark's web server on 127.0.0.1: serves the built pages, and forwards `/lg/*` to the
// LangGraph server, so the page and the API share one origin (no CORS preflight in any figure,
// full resource timing for every request). Each forwarded request is logged with the events of
// its event-stream answer (id and name, in the order they reached the browser): the reload
// measure counts tokens delivered twice from this log.

import { readFileSync, statSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};
export const API_PREFIX = "/lg";

/**
 * Serves `root` and proxies `/lg/*` to `apiUrl`; resolves with its URL, the request log and `close`.
 *
 * @param {string} root folder of the built pages
 * @param {string} apiUrl the LangGraph server, e.g. `http://127.0.0.1:41234`
 */
export async function startSite(root, apiUrl) {
  const api = new URL(apiUrl);
  /** @type {Array<{ method: string, path: string, lastEventId: string | undefined, status: number, events: Array<{ id: string | undefined, event: string, bytes: number }>, open: boolean }>} */
  const log = [];
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith(`${API_PREFIX}/`)) {
      forward(req, res, api, url.slice(API_PREFIX.length), log);
      return;
    }
    serveFile(root, url, req, res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

function serveFile(root, url, req, res) {
  const path = decodeURIComponent(new URL(url, "http://x").pathname);
  const file = normalize(join(root, path === "/" ? "index.html" : path));
  const inside = file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
  if (req.method !== "GET" || !inside || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    return;
  }
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
  });
  res.end(readFileSync(file));
}

function forward(req, res, api, path, log) {
  const headers = { ...req.headers, host: api.host };
  // Identity encoding, so the event-stream answers can be read as they pass.
  delete headers["accept-encoding"];
  const entry = {
    method: req.method ?? "GET",
    path,
    lastEventId: req.headers["last-event-id"],
    status: 0,
    events: [],
    open: true,
  };
  log.push(entry);
  const upstream = httpRequest(
    { host: api.hostname, port: api.port, method: req.method, path, headers },
    (answer) => {
      entry.status = answer.statusCode ?? 0;
      res.writeHead(entry.status, answer.headers);
      const isStream = String(answer.headers["content-type"] ?? "").includes("text/event-stream");
      let pending = "";
      answer.on("data", (chunk) => {
        if (isStream) {
          pending += chunk.toString("utf8");
          pending = takeEvents(pending, entry.events);
        }
        res.write(chunk);
      });
      answer.on("end", () => {
        entry.open = false;
        res.end();
      });
      answer.on("error", () => res.destroy());
    },
  );
  upstream.on("error", (error) => {
    entry.open = false;
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end(String(error));
  });
  // The browser went away (a reload, an abort): stop reading upstream too, as a direct
  // connection would.
  res.on("close", () => {
    entry.open = false;
    upstream.destroy();
  });
  req.pipe(upstream);
}

/** Moves the complete events of `text` into `events`; returns the incomplete tail. */
function takeEvents(text, events) {
  const normalized = text.replace(/\r\n?/g, "\n");
  let start = 0;
  for (let end = normalized.indexOf("\n\n"); end !== -1; end = normalized.indexOf("\n\n", start)) {
    const block = normalized.slice(start, end);
    start = end + 2;
    let id;
    let event = "message";
    for (const line of block.split("\n")) {
      if (line.startsWith("id:")) id = line.slice(3).trim();
      else if (line.startsWith("event:")) event = line.slice(6).trim();
    }
    if (block.trim() !== "") events.push({ id, event, bytes: block.length });
  }
  return normalized.slice(start);
}
