// Builds the benchmark's pages: one esbuild bundle per variant (React's production build,
// minified, as an app ships), each with its own HTML page. runwire comes from the workspace
// builds (`dist`), the official hook from npm, as in the size section.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "page");

/** The variants: the page entry and what the report calls it. */
export const VARIANTS = {
  official: { entry: "official.jsx", label: "official `useStream`" },
  runwire: { entry: "runwire.jsx", label: "runwire `useStream` (memo rows)" },
  "runwire-fast": {
    entry: "runwire-fast.jsx",
    label: "runwire `useChatStore` + `useMessage` rows",
  },
  "runwire-chunked": {
    entry: "runwire-chunked.jsx",
    label: "runwire `useChatStore` + `MessageList` (a tree of memoised blocks)",
  },
};

const html = (variant) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>runwire UI bench: ${variant}</title></head>
  <body><div id="root"></div><script type="module" src="/${variant}.js"></script></body>
</html>
`;

/**
 * Writes `<variant>.html` and `<variant>.js` for each variant into `outDir`; `readable` keeps the
 * names (for a CPU profile that names functions).
 */
export async function buildPages(outDir, variants, { readable = false } = {}) {
  mkdirSync(outDir, { recursive: true });
  for (const variant of variants) {
    writeFileSync(join(outDir, `${variant}.html`), html(variant));
    await build({
      entryPoints: [join(PAGE_DIR, VARIANTS[variant].entry)],
      outfile: join(outDir, `${variant}.js`),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: !readable,
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
  }
}
