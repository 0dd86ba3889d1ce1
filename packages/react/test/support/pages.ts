// Builds the test pages with esbuild, from source (@runwire/* resolved to packages/*/src by the
// runwire-from-source plugin), with React 19 in its development build (so StrictMode runs effects
// twice), and serves them from a tiny static server on 127.0.0.1.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { build, type Plugin } from "esbuild";

const pagesDir = join(import.meta.dirname, "..", "pages");

/** The pages: the chat page, and the differential page with each hook. */
export type PageName = "chat" | "diff-runwire" | "diff-official";

// The official build of the differential page: its hook module swapped for the official one.
const officialHook: Plugin = {
  name: "official-use-stream",
  setup(build) {
    build.onResolve({ filter: /\/use-stream-under-test\.ts$/ }, () => ({
      path: join(pagesDir, "use-stream-official.ts"),
    }));
  },
};

const entries: Record<PageName, { entry: string; plugins: Plugin[] }> = {
  chat: { entry: "chat-app.tsx", plugins: [] },
  "diff-runwire": { entry: "diff-app.tsx", plugins: [] },
  "diff-official": { entry: "diff-app.tsx", plugins: [officialHook] },
};

/** Writes `<name>.html` and `<name>.js` for each page into `outDir`. */
export async function buildPages(outDir: string, names: readonly PageName[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await Promise.all(
    names.map(async (name) => {
      const { entry, plugins } = entries[name];
      writeFileSync(
        join(outDir, `${name}.html`),
        `<!doctype html><meta charset="utf-8"><title>${name}</title><div id="root"></div><script type="module" src="/${name}.js"></script>\n`,
      );
      await build({
        entryPoints: [join(pagesDir, entry)],
        outfile: join(outDir, `${name}.js`),
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        jsx: "automatic",
        define: { "process.env.NODE_ENV": '"development"' },
        sourcemap: "inline",
        logLevel: "warning",
        plugins: [...plugins, runwireFromSource()],
      });
    }),
  );
}

/** A running static server. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** Serves the files of `root` (GET only, nothing outside it) on 127.0.0.1, on a free port. */
export async function servePages(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path));
    const inside = file.startsWith(`${root}${sep}`);
    if (
      request.method !== "GET" ||
      !inside ||
      !statSync(file, { throwIfNoEntry: false })?.isFile()
    ) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    response.end(readFileSync(file));
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
