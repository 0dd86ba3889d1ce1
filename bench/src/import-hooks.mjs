// Module hooks for `import-child.mjs` when it traces (BENCH_IMPORT_TRACE): record every module
// specifier the ES module loader resolves, who asked for it and the URL it resolved to, one JSON
// line each, appended to the trace file. Registered with `module.register`, so these hooks run on
// the loader's own thread; `appendFileSync` has finished before the `import()` that caused the
// resolve settles, so the main thread's step markers land after their step's records.
// `require()` calls inside CommonJS packages do not pass through these hooks in Node 20: the
// child reads those from `require.cache` instead.

import { appendFileSync } from "node:fs";

let file = "";

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  appendFileSync(
    file,
    `${JSON.stringify({ specifier, parent: context.parentURL ?? null, url: result.url })}\n`,
  );
  return result;
}
