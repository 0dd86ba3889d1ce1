// Fails when the committed API reference (docs/api) is not what typedoc.json generates from the
// sources today: regenerates it into a temporary folder with the same config and compares the two
// trees file by file. `pnpm docs:api` is the fix it names.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const committed = join(root, "docs", "api");
const fresh = mkdtempSync(join(tmpdir(), "runwire-docs-api-"));

try {
  const typedoc = join(root, "node_modules", "typedoc", "bin", "typedoc");
  const run = spawnSync(process.execPath, [typedoc, "--out", fresh], {
    cwd: root,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(`docs:api:check: TypeDoc failed (exit ${run.status ?? run.signal}); see above.`);
    process.exit(1);
  }
  const differences = compareTrees(committed, fresh);
  if (differences.length > 0) {
    const shown = differences.slice(0, 20).map((line) => `  ${line}`);
    if (differences.length > shown.length) shown.push(`  … and ${differences.length - 20} more`);
    console.error(
      `docs/api is out of date with the sources (${differences.length} file(s)):\n${shown.join("\n")}\n` +
        "Run `pnpm docs:api` and commit docs/api.",
    );
    process.exit(1);
  }
  console.log("docs/api is up to date.");
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

/** Relative paths that differ between the two trees, each with what is wrong with it. */
function compareTrees(expectedRoot, actualRoot) {
  const expected = existsSync(expectedRoot) ? filesUnder(expectedRoot) : new Set();
  const actual = filesUnder(actualRoot);
  const differences = [];
  for (const file of [...new Set([...expected, ...actual])].sort()) {
    if (!actual.has(file)) differences.push(`docs/api/${file}: no longer generated`);
    else if (!expected.has(file)) differences.push(`docs/api/${file}: missing`);
    else if (!readFileSync(join(expectedRoot, file)).equals(readFileSync(join(actualRoot, file)))) {
      differences.push(`docs/api/${file}: changed`);
    }
  }
  return differences;
}

function filesUnder(folder) {
  const entries = readdirSync(folder, { recursive: true, encoding: "utf8" });
  return new Set(entries.filter((entry) => statSync(join(folder, entry)).isFile()));
}
