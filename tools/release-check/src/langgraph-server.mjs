// The real LangGraph server, started with @runwire/langgraph-test-server's startLangGraphServer().
// That package is TypeScript source, so it is loaded through the tsx it depends on itself (the
// tsx API's scoped `tsImport`), which leaves this process's own module loading untouched.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** @returns {Promise<{ url: string, logs(): string, stop(): Promise<void> }>} */
export async function startLangGraph() {
  const entry = fileURLToPath(import.meta.resolve("@runwire/langgraph-test-server"));
  const { tsImport } = await import(esmEntry(createRequire(entry), "tsx", "./esm/api"));
  const { startLangGraphServer } = await tsImport(pathToFileURL(entry).href, import.meta.url);
  return startLangGraphServer();
}

// `require.resolve` would pick the CommonJS build of the subpath; this one must be ESM.
function esmEntry(require, name, subpath) {
  const manifestFile = require.resolve(`${name}/package.json`);
  const target = JSON.parse(readFileSync(manifestFile, "utf8")).exports?.[subpath]?.import;
  const file = typeof target === "string" ? target : target?.default;
  if (typeof file !== "string") throw new Error(`${name} has no ESM export ${subpath}`);
  return pathToFileURL(join(dirname(manifestFile), file)).href;
}
