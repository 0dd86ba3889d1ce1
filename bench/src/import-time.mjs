// Cold import time of each runtime package, and what it is spent on.
//
// For each package, three kinds of fresh process (import-child.mjs):
// 1. Census, once, traced (import-hooks.mjs + `require.cache`): import the package and record
//    every module loaded and who imported it. Imports that cross from one package to another
//    give the dependency graph (`@runwire/node` → `undici`, `@runwire/core` → `@runwire/types` →
//    `zod/mini`, …) and the exact entry each dependency is loaded through. Nothing about which
//    packages are on the path is assumed: a dependency dropped from the runtime path drops out.
// 2. Layers, once, traced: the dependencies imported one layer at a time, leaves first (the
//    package's own third-party dependencies, then the rest bottom-up), by the URLs found in 1;
//    what each layer newly loads, counted by package, checks that it loads what its name says.
// 3. Timed, every repetition, untraced (the hooks slow loading): the package imported alone, and
//    the layers imported one after another in one process, each `import()` timed. A layer's time
//    is what it adds to what the layers before it already loaded.
// Plus, in each repetition, undici alone (the copy `@runwire/node` loads) and the official SDK:
// the floor and the peer of `@runwire/node`'s import.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, table } from "./common.mjs";

export const IMPORT_TARGETS = [
  "@runwire/node",
  "@runwire/browser",
  "@runwire/edge",
  "@runwire/ui",
  "@runwire/react",
];
export const IMPORT_PEER = "@langchain/langgraph-sdk";
const BENCH_PACKAGE = "@runwire/bench";

const packageNames = new Map();

/** The package a file belongs to: by its `node_modules/` path, else its nearest named package.json. */
export function packageOfFile(path) {
  const nm = path.lastIndexOf("/node_modules/");
  if (nm !== -1) {
    const [scope = path, name = ""] = path.slice(nm + "/node_modules/".length).split("/");
    return scope.startsWith("@") ? `${scope}/${name}` : scope;
  }
  let dir = dirname(path);
  const visited = [];
  while (!packageNames.has(dir)) {
    visited.push(dir);
    const manifest = join(dir, "package.json");
    const name = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).name : undefined;
    if (typeof name === "string") {
      packageNames.set(dir, name);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      packageNames.set(dir, path);
      break;
    }
    dir = parent;
  }
  const name = packageNames.get(dir) ?? path;
  for (const seen of visited) packageNames.set(seen, name);
  return name;
}

const fileOf = (url) => (url?.startsWith("file:") ? fileURLToPath(url) : null);

/** Runs import-child.mjs traced; returns its steps: the resolves and CommonJS files of each. */
async function traced(child, layers) {
  const dir = mkdtempSync(join(tmpdir(), "runwire-bench-import-"));
  const file = join(dir, "trace.jsonl");
  try {
    await child("import-child.mjs", [JSON.stringify(layers)], [], { BENCH_IMPORT_TRACE: file });
    const steps = [{ resolves: [], cjs: [] }];
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      const record = JSON.parse(line);
      const step = steps[steps.length - 1];
      if ("step" in record) {
        step.cjs = record.cjs;
        steps.push({ resolves: [], cjs: [] });
      } else {
        step.resolves.push(record);
      }
    }
    return steps.slice(0, layers.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The layers of `target`, leaves first, from the resolves of a process that imported it: one
 * layer per package, holding every entry URL through which another package imported it.
 */
function layersOf(resolves) {
  const edges = new Map(); // importing package -> the packages it imports, in the order met
  const entries = new Map(); // package -> { urls, specifiers } it is imported through
  let root;
  for (const { specifier, parent, url } of resolves) {
    const file = fileOf(url);
    const from = fileOf(parent);
    if (file === null || from === null) continue; // node: built-ins
    const to = packageOfFile(file);
    const by = packageOfFile(from);
    if (by === to) continue;
    if (by === BENCH_PACKAGE) root ??= to;
    else {
      if (!edges.has(by)) edges.set(by, new Set());
      edges.get(by).add(to);
    }
    if (!entries.has(to)) entries.set(to, { urls: new Set(), specifiers: new Set() });
    entries.get(to).urls.add(url);
    entries.get(to).specifiers.add(specifier);
  }
  const order = [];
  const seen = new Set();
  const visit = (pkg) => {
    if (seen.has(pkg)) return;
    seen.add(pkg);
    // A package's own third-party dependencies first (undici, ky, react: what it wraps), then
    // runwire's packages; within each, in the order the imports were met.
    const imported = [...(edges.get(pkg) ?? [])];
    const runwire = (name) => (name.startsWith("@runwire/") ? 1 : 0);
    for (const next of imported.sort((a, b) => runwire(a) - runwire(b))) visit(next);
    order.push(pkg);
  };
  visit(root);
  return order.map((pkg) => ({
    pkg,
    urls: [...entries.get(pkg).urls],
    specifiers: [...entries.get(pkg).specifiers],
  }));
}

/** What each step of a traced run newly loaded, by package: files and bytes of source. */
function loadedBySteps(steps) {
  const seen = new Set();
  return steps.map(({ resolves, cjs }) => {
    const files = [...resolves.map((r) => fileOf(r.url)).filter((f) => f !== null), ...cjs];
    const byPackage = new Map();
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const pkg = packageOfFile(file);
      if (pkg === BENCH_PACKAGE) continue;
      const row = byPackage.get(pkg) ?? { pkg, files: 0, bytes: 0 };
      row.files += 1;
      row.bytes += statSync(file).size;
      byPackage.set(pkg, row);
    }
    return [...byPackage.values()].sort((a, b) => b.bytes - a.bytes);
  });
}

/**
 * Measures every target: `child(script, args, nodeArgs, env)` runs one child process and
 * resolves with its JSON line; `reps` timed repetitions follow one warm-up repetition.
 */
export async function runImports({ child, reps, log }) {
  const targets = [];
  for (const name of IMPORT_TARGETS) {
    const [census] = await traced(child, [[name]]);
    const layers = layersOf(census.resolves);
    const steps = await traced(
      child,
      layers.map((layer) => layer.urls),
    );
    const loaded = loadedBySteps(steps);
    targets.push({
      name,
      layers: layers.map((layer, i) => ({ ...layer, loaded: loaded[i] ?? [], times: [] })),
      direct: [],
      chain: [],
    });
  }
  // The floor of `@runwire/node`'s import: the undici it loads, alone (bare `undici` if it
  // loads none).
  const node = targets.find((row) => row.name === "@runwire/node");
  const undici = node?.layers.find((layer) => layer.pkg === "undici");
  const floor = { name: "undici", specifier: undici?.urls[0] ?? "undici", direct: [] };
  const peer = { name: IMPORT_PEER, specifier: IMPORT_PEER, direct: [] };

  // Each repetition runs every job, the order rotating, so that a load that comes and goes falls
  // on every job alike. A job is one process, except the target's pair: undici alone and
  // `@runwire/node` alone, back to back (which goes first alternates), so that the difference
  // of the two is taken under the same load.
  const importAlone = async (row) => {
    const result = await child("import-child.mjs", [row.specifier ?? row.name]);
    row.direct.push(result.ms);
    return result.ms;
  };
  const pairs = [];
  const jobs = [
    async (rep) => {
      if (!node) return importAlone(floor);
      const undiciFirst = rep % 2 === 0;
      const first = await importAlone(undiciFirst ? floor : node);
      const second = await importAlone(undiciFirst ? node : floor);
      pairs.push(undiciFirst ? second - first : first - second);
    },
    ...[peer, ...targets.filter((row) => row !== node)].map((row) => () => importAlone(row)),
    ...targets.map((row) => async () => {
      const result = await child("import-child.mjs", [
        JSON.stringify(row.layers.map((layer) => layer.urls)),
      ]);
      row.chain.push(result.ms);
      for (const [i, layer] of row.layers.entries()) layer.times.push(result.steps[i] ?? 0);
    }),
  ];
  for (let rep = 0; rep <= reps; rep += 1) {
    for (let i = 0; i < jobs.length; i += 1) await jobs[(i + rep) % jobs.length](rep);
    // The first repetition warms the file system cache and is not kept.
    if (rep === 0) {
      for (const row of [floor, peer, ...targets]) row.direct.length = 0;
      for (const row of targets) {
        row.chain.length = 0;
        for (const layer of row.layers) layer.times.length = 0;
      }
      pairs.length = 0;
    }
  }

  const summary = (row) => ({ name: row.name, ms: median(row.direct), samples: row.direct });
  const result = {
    reps,
    floor: summary(floor),
    peer: summary(peer),
    nodeOverUndiciMs: median(pairs),
    nodeOverUndiciSamples: pairs,
    targets: targets.map((row) => ({
      name: row.name,
      ms: median(row.direct),
      chainMs: median(row.chain),
      samples: row.direct,
      layers: row.layers.map((layer) => ({
        pkg: layer.pkg,
        specifiers: layer.specifiers,
        urls: layer.urls,
        ms: median(layer.times),
        samples: layer.times,
        loaded: layer.loaded,
      })),
      files: row.layers.reduce((n, l) => n + l.loaded.reduce((m, p) => m + p.files, 0), 0),
      bytes: row.layers.reduce((n, l) => n + l.loaded.reduce((m, p) => m + p.bytes, 0), 0),
    })),
  };
  for (const row of [result.floor, ...result.targets, result.peer]) {
    const layers = row.layers
      ? `  (${row.layers.map((l) => `${l.pkg} +${l.ms.toFixed(0)}`).join(", ")})`
      : "";
    log(`import ${row.name.padEnd(28)} ${row.ms.toFixed(0)} ms${layers}`);
  }
  log(
    `@runwire/node over undici alone: +${result.nodeOverUndiciMs.toFixed(0)} ms (median of ${pairs.length} paired differences)`,
  );
  return result;
}

const KIB = 1024;
const ms0 = (ms) => ms.toFixed(0);
const loadedText = (loaded) =>
  loaded
    .map((p) => `${p.pkg}: ${p.files} file${p.files === 1 ? "" : "s"}, ${ms0(p.bytes / KIB)} KiB`)
    .join("; ") || "–";

/** The "Import time" section of RESULTS.md, as lines. */
export function importReport(imports) {
  const head = ["Package", "Alone ms", "Sum of layers ms", "Files", "Source KiB", "Layers (+ms)"];
  const summary = [
    [`undici alone (the copy \`@runwire/node\` loads)`, ms0(imports.floor.ms), "–", "–", "–", "–"],
    ...imports.targets.map((row) => [
      `\`${row.name}\``,
      ms0(row.ms),
      ms0(row.layers.reduce((sum, layer) => sum + layer.ms, 0)),
      String(row.files),
      ms0(row.bytes / KIB),
      row.layers.map((layer) => `${layer.pkg} +${ms0(layer.ms)}`).join(", "),
    ]),
    [`\`${imports.peer.name}\` (the official SDK)`, ms0(imports.peer.ms), "–", "–", "–", "–"],
  ];
  const perPackage = imports.targets.flatMap((row) => {
    const sum = row.layers.reduce((total, layer) => total + layer.ms, 0);
    return [
      `**\`${row.name}\`**: ${ms0(row.ms)} ms imported alone; its layers one after another, ${ms0(row.chainMs)} ms in all (median of the totals).`,
      "",
      table(
        ["Layer", "Imported as", "+ms", "Share", "Newly loaded (package: files, source on disk)"],
        row.layers.map((layer) => [
          layer.pkg,
          layer.specifiers.map((specifier) => `\`${specifier}\``).join(", "),
          ms0(layer.ms),
          `${sum > 0 ? ms0((100 * layer.ms) / sum) : "0"} %`,
          loadedText(layer.loaded),
        ]),
      ),
      "",
    ];
  });
  const pairs = imports.nodeOverUndiciSamples;
  return [
    "## 5. Import time",
    "",
    "Cold import of each runtime package: a fresh process, `performance.now()` around",
    `\`await import()\`; median of ${imports.reps} repetitions after one warm-up, the processes of a`,
    "repetition run back to back in an order that rotates. Where the time goes, by layer: a",
    "first, traced process imports the package and records every module loaded and which module",
    "imported it (a `module.register` resolve hook for ES modules, `require.cache` for CommonJS),",
    "which gives the dependency graph and the entry each dependency is loaded through; nothing",
    "about which packages are on the path (zod or not) is assumed. A second traced process imports",
    "those entries one layer at a time, leaves first (the package's own third-party dependency,",
    "then runwire's packages bottom-up), and counts what each layer newly loads (a package that",
    "only a CommonJS `require()` loads has no layer of its own: it counts in the layer that",
    "required it). The timed processes are not traced (the hook slows loading): one imports the",
    "package alone, another imports the layers one after another and times each `import()`. A",
    "layer's time is what it adds on top of the layers before it; the sum of the layers is close",
    "to the import alone, usually a little above it (one module graph loaded at once, against",
    "several in turn).",
    "",
    table(head, summary),
    "",
    `\`@runwire/node\` over undici alone: ${imports.nodeOverUndiciMs < 0 ? "−" : "+"}${ms0(Math.abs(imports.nodeOverUndiciMs))} ms, the median of ${pairs.length} differences, each between undici alone and \`@runwire/node\` imported in the same repetition (${pairs.map((d) => ms0(d)).join(", ")} ms).`,
    "",
    ...perPackage,
  ];
}
