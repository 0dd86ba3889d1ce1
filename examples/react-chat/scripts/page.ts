// Builds the page (esbuild bundles src/main.tsx with React and @runwire/react for the browser) and
// serves it from a tiny static server on 127.0.0.1. Used by `start` and by test/chromium.test.ts.
// In your own app, your bundler (Vite, Next.js, …) does this part.
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const exampleDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Writes `index.html` and `main.js` (with its source map) into `outDir`. */
export async function buildPage(outDir: string, plugins: Plugin[] = []): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(exampleDir, "public", "index.html"), join(outDir, "index.html"));
  await build({
    entryPoints: [join(exampleDir, "src", "main.tsx")],
    outfile: join(outDir, "main.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    // React's development build: StrictMode mounts every effect twice (the hooks are made for
    // it) and React's warnings reach the console. A production build would say "production".
    define: { "process.env.NODE_ENV": JSON.stringify("development") },
    sourcemap: true,
    logLevel: "warning",
    plugins,
  });
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
  ".map": "application/json",
};

/** Serves the files of `root` (GET only, nothing outside it) on 127.0.0.1, on a free port. */
export async function servePage(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const inside = file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
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
