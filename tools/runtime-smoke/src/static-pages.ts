// The tiny static server the Chromium tests load their pages from (the React binding's tests,
// the assistant-ui test, the UI benchmark): GET only, on 127.0.0.1, a free port, nothing cached.
// The examples keep their own copy in scripts/page.ts: an example is copied whole by users.
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/** A running static server. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  close(): Promise<void>;
}

/** A file to serve: its content type and body. */
export interface StaticFile {
  readonly type: string;
  readonly body: Uint8Array | string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/** Serves what `lookup` gives for each GET path (`/main.js`); 404 for anything else. */
export async function serveFiles(
  lookup: (path: string) => StaticFile | undefined,
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = request.method === "GET" ? lookup(path) : undefined;
    if (file === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    response.end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves the files of the folder `root` (nothing outside it; `/` is `index.html`). */
export function serveFolder(root: string): Promise<StaticServer> {
  const inside = root.endsWith(sep) ? root : `${root}${sep}`;
  return serveFiles((path) => {
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(inside) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      return undefined;
    }
    return {
      type: CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      body: readFileSync(file),
    };
  });
}
