// Checks or updates a package's API report (etc/<name>.api.md) with API Extractor, from its built
// dist/index.d.ts. Run from the package folder, after its build:
//   node ../../scripts/api-report.mjs check    fails when the report is stale (or on any warning)
//   node ../../scripts/api-report.mjs update   rewrites the report (API Extractor's --local)
// A wrapper rather than `api-extractor run`, so a stale report fails with the command that fixes it
// and the diff, instead of API Extractor's advice to copy a temp file by hand.
import { join, relative } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const mode = process.argv[2];
if (mode !== "check" && mode !== "update") {
  console.error(`usage: node scripts/api-report.mjs check|update (got ${mode ?? "nothing"})`);
  process.exit(2);
}

const config = ExtractorConfig.loadFileAndPrepare(join(process.cwd(), "api-extractor.json"));
const result = Extractor.invoke(config, {
  localBuild: mode === "update",
  printApiReportDiff: mode === "check",
});

const report = relative(
  process.cwd(),
  join(config.reportFolder, `${config.reportConfigs[0].fileName}`),
);
const name = config.packageJson?.name ?? process.cwd();
if (result.succeeded) {
  const what = mode === "update" && result.apiReportChanged ? "updated" : "up to date";
  console.log(`${name}: API report ${report} is ${what}.`);
  process.exit(0);
}
if (mode === "check" && result.apiReportChanged) {
  console.error(
    `\n${name}: ${report} does not match the public API built in dist/ (diff above).\n` +
      "If the change is intended, run `pnpm api:update` (at the repository root, or here) and commit the report.",
  );
} else {
  console.error(
    `\n${name}: API Extractor reported ${result.errorCount} error(s) and ${result.warningCount} warning(s) (above).\n` +
      "Fix them in the TSDoc or exports of src/, or suppress one in api-extractor.base.json with the reason.",
  );
}
process.exit(1);
