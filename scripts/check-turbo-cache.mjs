// Fails when a change to @runwire/core's source would leave a downstream task's turbo cache key
// unchanged, i.e. when `npm test` would replay a cached pass for code it never ran against.
// Tests and typechecks read their sibling packages from source (vitest.base.ts aliases them), so
// each task's key must cover its upstream packages (the `transit` task in turbo.json does).
//
// How: copies the working tree (tracked and untracked, not ignored files) to a temporary folder,
// asks turbo for the task hashes (`--dry=json`, nothing runs), appends a comment to a core source
// file in the copy, asks again, and lists every test/typecheck task of core and of the packages
// depending on it whose hash stayed the same. The checkout itself is never touched.
//
//   node scripts/check-turbo-cache.mjs [--turbo-json=<file>]   (another turbo.json, to try one)
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const turbo = join(root, "node_modules", ".bin", "turbo");
const TASKS = ["test", "typecheck"];
const CHANGED_FILE = "packages/core/src/index.ts";
// Named so a broken dependency graph (an empty filter) cannot pass as "nothing to check".
const MUST_COVER = [
  "@runwire/node#test",
  "@runwire/browser#test",
  "@runwire/edge#test",
  "@runwire/react#test",
  "@runwire/react#typecheck",
  "@runwire/example-proxy-service#test",
  "@runwire/example-browser#test",
  "@runwire/example-edge-worker#test",
  "@runwire/example-node-quickstart#test",
  "@runwire/example-browser#typecheck",
  "@runwire/example-edge-worker#typecheck",
  "@runwire/example-node-quickstart#typecheck",
];

const turboJsonArg = process.argv.find((arg) => arg.startsWith("--turbo-json="));

function fail(message) {
  console.error(`check-turbo-cache: ${message}`);
  process.exit(1);
}

function workingTreeFiles() {
  const listed = spawnSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (listed.status !== 0) fail(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split("\0").filter(Boolean);
}

/** Task id -> hash, for the script-bearing tasks of core and everything depending on it. */
function taskHashes(dir) {
  const run = spawnSync(turbo, ["run", ...TASKS, "--filter=...@runwire/core", "--dry=json"], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
  });
  if (run.status !== 0) fail(`turbo --dry=json failed:\n${run.stderr}`);
  const { tasks } = JSON.parse(run.stdout);
  return new Map(
    tasks
      .filter((task) => TASKS.includes(task.task) && task.command !== "<NONEXISTENT>")
      .map((task) => [task.taskId, task.hash]),
  );
}

const copy = mkdtempSync(join(tmpdir(), "runwire-turbo-cache-"));
try {
  for (const file of workingTreeFiles()) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      copyFileSync(join(root, file), join(copy, file));
    } catch (error) {
      // A tracked file deleted in the working tree is not part of it.
      if (error.code !== "ENOENT") throw error;
    }
  }
  if (turboJsonArg)
    copyFileSync(turboJsonArg.slice("--turbo-json=".length), join(copy, "turbo.json"));

  const before = taskHashes(copy);
  appendFileSync(join(copy, CHANGED_FILE), "\n// a change turbo must see downstream\n");
  const after = taskHashes(copy);

  const missing = MUST_COVER.filter((id) => !before.has(id));
  if (missing.length > 0)
    fail(`turbo does not list these tasks downstream of core: ${missing.join(", ")}`);
  const stale = [...before].filter(([id, hash]) => after.get(id) === hash).map(([id]) => id);
  if (stale.length > 0) {
    fail(
      `a change to ${CHANGED_FILE} leaves these task hashes unchanged, so turbo would replay cached results:\n` +
        `${stale.map((id) => `  ${id}`).join("\n")}\n` +
        'Make the task depend on its upstream packages (turbo.json: "dependsOn": ["transit"]).',
    );
  }
  console.log(
    `check-turbo-cache: a core change re-keys all ${before.size} test/typecheck tasks of core and its dependents.`,
  );
} finally {
  rmSync(copy, { recursive: true, force: true });
}
