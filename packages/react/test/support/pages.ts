// Builds the test pages with esbuild, from source (@runwire/* resolved to packages/*/src by the
// runwire-from-source plugin), with React 19 in its development build (so StrictMode runs effects
// twice), served by `@runwire/runtime-smoke/static-pages`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
