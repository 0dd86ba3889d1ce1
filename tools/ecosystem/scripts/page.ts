// Builds the test page (esbuild bundles src/app/main.tsx with React and assistant-ui for the
// browser) into memory and serves it (`@runwire/runtime-smoke/static-pages`). The LangGraph
// server's URL and the assistant are compiled in where the docs' code reads them from
// `process.env`, as a Next.js build inlines `NEXT_PUBLIC_*` variables.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type StaticFile,
  type StaticServer,
  serveFiles,
} from "@runwire/runtime-smoke/static-pages";
import { build, type Plugin } from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>assistant-ui on runwire</title>
    <style>
      body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; }
      .row { margin: 0.5rem 0; padding: 0.5rem 0.8rem; border-radius: 6px; white-space: pre-wrap; }
      .row[data-role="user"] { background: #e3e8f0; }
      .row[data-role="assistant"] { background: #f1f4f9; }
      #composer { display: flex; gap: 0.5rem; }
      #composer-input { flex: 1; }
    </style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

/** What the page is built with. */
export interface PageOptions {
  /** The LangGraph server the page talks to. */
  readonly apiUrl: string;
  /** The graph the runtime runs. */
  readonly assistantId: string;
  readonly plugins?: Plugin[];
}

/** A running static server. */
export type PageServer = StaticServer;

/** Bundles the page and serves `/` (index.html) and `/main.js` (with its source map). */
export async function servePage(options: PageOptions): Promise<PageServer> {
  const result = await build({
    entryPoints: [join(packageDir, "src", "app", "main.tsx")],
    outdir: "/",
    write: false,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    sourcemap: "linked",
    logLevel: "warning",
    define: {
      "process.env.NODE_ENV": JSON.stringify("development"),
      "process.env.NEXT_PUBLIC_LANGGRAPH_API_URL": JSON.stringify(options.apiUrl),
      "process.env.NEXT_PUBLIC_LANGGRAPH_ASSISTANT_ID": JSON.stringify(options.assistantId),
    },
    plugins: options.plugins ?? [],
  });
  const files = new Map<string, StaticFile>([
    ["/", { type: "text/html; charset=utf-8", body: INDEX_HTML }],
  ]);
  for (const file of result.outputFiles) {
    const type = file.path.endsWith(".map") ? "application/json" : "text/javascript; charset=utf-8";
    files.set(file.path, { type, body: file.contents });
  }
  return serveFiles((path) => files.get(path));
}
