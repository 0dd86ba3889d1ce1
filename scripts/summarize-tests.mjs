// Adds up the vitest JSON reports every workspace package (packages/*, examples/*, tools/*) wrote
// during `pnpm verify` into one closing line, so a reader (or CI) sees the whole run's count at
// the end instead of one count per package.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const packageDirs = ["packages", "examples", "tools"].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name))
    : [],
);
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const dir of packageDirs) {
  const reportPath = join(dir, "test-results", "vitest.json");
  if (!existsSync(reportPath)) continue;
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (reports === 0) {
  console.error("No vitest report found: did the test step run?");
  process.exit(1);
}
console.log(`\nAll workspace packages (${reports} reports):`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
