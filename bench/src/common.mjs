// Helpers both benchmark runners share (`run.mjs` and `ui/run.mjs`): medians, number formatting,
// Markdown tables, and the machine line every report opens with.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "..");

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
export const fixed = (value, digits = 2) => Number(value).toFixed(digits);

/** A read-only git query (the commit measured); "" when git is not there. */
function git(args) {
  try {
    return execFileSync("git", args, { cwd: BENCH, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

export function machine() {
  let model = cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) model = line.split(":")[1]?.trim() ?? model;
  } catch {}
  return {
    cores: cpus().length,
    model,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg()[0] ?? 0,
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--", ":(top)packages"]) !== "",
  };
}

export function table(head, rows) {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

// RESULTS.md holds three parts, in this order: the main report (`pnpm bench`), the UI section
// (`pnpm bench:ui`, between these markers), and the Analysis, written by hand. Each runner
// rewrites its own part and keeps the other two.
const UI_START = "<!-- bench:ui start: written by `pnpm bench:ui`; do not edit -->";
const UI_END = "<!-- bench:ui end -->";
const ANALYSIS = "\n## Analysis";

/** Splits RESULTS.md into its main report, UI section and Analysis (each "" when absent). */
export function splitResults(text) {
  const uiStart = text.indexOf(UI_START);
  const uiEnd = uiStart === -1 ? -1 : text.indexOf(UI_END, uiStart);
  const ui = uiEnd === -1 ? "" : text.slice(uiStart, uiEnd + UI_END.length);
  const rest = uiEnd === -1 ? text : text.slice(0, uiStart) + text.slice(uiEnd + UI_END.length);
  const at = rest.indexOf(ANALYSIS);
  return {
    main: (at === -1 ? rest : rest.slice(0, at)).trimEnd(),
    ui,
    analysis: at === -1 ? "" : rest.slice(at).trim(),
  };
}

/** Rewrites `file` with `main` and/or `ui` replaced (`ui` without its markers); keeps the rest. */
export function writeResults(file, { main, ui }) {
  const previous = splitResults(existsSync(file) ? readFileSync(file, "utf8") : "");
  const parts = [
    main === undefined ? previous.main : main.trimEnd(),
    ui === undefined ? previous.ui : `${UI_START}\n${ui.trim()}\n${UI_END}`,
    previous.analysis || "## Analysis\n\n(Not written yet.)",
  ];
  writeFileSync(file, `${parts.filter((part) => part !== "").join("\n\n")}\n`);
}
