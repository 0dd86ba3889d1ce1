// Cold import time in a fresh process: imports one layer after another and prints the
// milliseconds each `import()` took, then their total, as one JSON line.
//   node src/import-child.mjs <specifier>                  one layer
//   node src/import-child.mjs '[["undici"],["file:///…/zod/v4/mini/index.js"], …]'
// A layer is a list of specifiers or file URLs imported together (`Promise.all`); modules an
// earlier layer loaded are not loaded again, so each layer's time is what it adds.
// With BENCH_IMPORT_TRACE=<file> the child also records what is loaded (never used for timing:
// the hooks slow loading): the resolves of the ES module loader (import-hooks.mjs) and, after
// each layer, a `{"step": i, "cjs": […]}` line with the CommonJS files `require.cache` gained.

const [first = "@runwire/node", ...rest] = process.argv.slice(2);
const layers = first.startsWith("[") ? JSON.parse(first) : [first, ...rest].map((s) => [s]);
const trace = process.env.BENCH_IMPORT_TRACE;

let cjsBefore = new Set();
let traced;
if (trace) {
  const { register, createRequire } = await import("node:module");
  const { appendFileSync } = await import("node:fs");
  register(new URL("./import-hooks.mjs", import.meta.url), { data: { file: trace } });
  const cache = createRequire(import.meta.url).cache;
  cjsBefore = new Set(Object.keys(cache));
  traced = (step) => {
    const cjs = Object.keys(cache).filter((path) => !cjsBefore.has(path));
    for (const path of cjs) cjsBefore.add(path);
    appendFileSync(trace, `${JSON.stringify({ step, cjs })}\n`);
  };
}

const steps = [];
const start = performance.now();
for (const [step, layer] of layers.entries()) {
  const at = performance.now();
  await Promise.all(layer.map((specifier) => import(specifier)));
  steps.push(performance.now() - at);
  traced?.(step);
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ specifier: layers.flat().join(" "), ms, steps })}\n`);
