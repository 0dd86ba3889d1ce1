// A CPU profile of one reply (BENCH_UI_PROFILE=<variant>/<size>): started and stopped over CDP
// around the reply, saved for Chrome DevTools, and summed up by package and by function. The
// pages are then built unminified, so esbuild's `// <path>` comment at the start of each module
// says which package a sampled line belongs to.

import { readFileSync, writeFileSync } from "node:fs";
import { fixed } from "../common.mjs";

export async function startProfile(cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
}

const MODULE_COMMENT = /^\/\/ ((?:\.\.\/)+\S+|src\/\S+)$/;

/** `[startLine, package]` pairs of a bundle (0-based lines, as the profile counts them). */
function moduleStarts(bundle) {
  const starts = [];
  readFileSync(bundle, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const path = MODULE_COMMENT.exec(line)?.[1];
      if (path !== undefined) starts.push([index, packageOf(path)]);
    });
  return starts;
}

function packageOf(path) {
  const nm = path.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const [scope, name] = path.slice(nm + "node_modules/".length).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? path);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  if (workspace) return `@runwire/${workspace[1]}`;
  return path.startsWith("src/") ? "the page" : path;
}

/**
 * Stops the profiler, writes `file`, and prints self time by package and the top functions.
 *
 * @param {string} bundle the page's script (to name the packages)
 */
export async function saveProfile(cdp, file, bundle) {
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync(file, JSON.stringify(profile));
  const starts = moduleStarts(bundle);
  const packageAt = (line) => {
    let found = "(other)";
    for (const [start, pkg] of starts) {
      if (start > line) break;
      found = pkg;
    }
    return found;
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const byPackage = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1e3;
    const inBundle = url.endsWith(bundle.split("/").pop());
    const pkg = inBundle ? packageAt(lineNumber) : functionName || "(native)";
    const key = `${functionName || "(anonymous)"} [${pkg}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  });
  const top = (map, n) =>
    [...map]
      .filter(([key]) => !key.startsWith("(idle)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `  ${fixed(ms, 1).padStart(8)} ms  ${key}`);
  console.log(`CPU profile: ${file}\nSelf time by package:\n${top(byPackage, 10).join("\n")}`);
  console.log(`Self time by function:\n${top(byFunction, 15).join("\n")}`);
}
