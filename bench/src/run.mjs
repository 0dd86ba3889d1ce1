// runwire's benchmark suite: one command, every section, ratios measured in the same run.
//   pnpm --filter @runwire/bench bench        (or `pnpm bench` at the root, through turbo)
// Environment: BENCH_SECTIONS=decode,e2e,memory,size,import,many,endcheck picks sections (a
// partial run prints its figures but leaves RESULTS.md alone); BENCH_REPS (default 5) sets the
// repetitions (the import section runs twice as many: its target is a difference of a few ms).

import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { throughputChart } from "./chart.mjs";
import { fixed, machine, median, table, writeResults } from "./common.mjs";
import { loadCorpus } from "./corpus.mjs";
import { importReport, runImports } from "./import-time.mjs";
import { MILLION, SMALL_EVENTS, startServer } from "./server.mjs";
import { runSize } from "./size.mjs";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "..");
const ALL = ["decode", "e2e", "memory", "size", "import", "many", "endcheck"];
const SECTIONS = (process.env.BENCH_SECTIONS ?? ALL.join(",")).split(",").filter(Boolean);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const DECODE_WARMUP = 2;
const DECODE_ROUNDS = 9;
const MANY_STREAMS = 200;
const DECODERS = ["floor", "runwire", "eventsource-parser"];
const CLIENTS = ["floor", "runwire", "sdk"];
const IMPORT_REPS = 2 * REPS;
const END_CHECK_RUNS = 40;
const KIB = 1024;
const MIB = 1024 * 1024;

const log = (...args) => console.log(...args);

/** Runs `node [nodeArgs] script args` in BENCH; resolves with its wall time and its JSON line. */
function child(script, args, nodeArgs = [], env = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const proc = spawn(process.execPath, [...nodeArgs, join(BENCH, "src", script), ...args], {
      cwd: BENCH,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        LANGGRAPH_API_KEY: "",
        LANGSMITH_API_KEY: "",
        LANGCHAIN_API_KEY: "",
        ...env,
      },
    });
    let out = "";
    proc.stdout.on("data", (data) => {
      out += data;
    });
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) {
        reject(new Error(`${script} ${args.join(" ")} exited with ${code}`));
        return;
      }
      try {
        resolve({ wallMs, ...JSON.parse(out.trim().split("\n").pop() ?? "{}") });
      } catch (error) {
        reject(
          new Error(`${script} ${args.join(" ")} printed no result: ${out}`, { cause: error }),
        );
      }
    });
  });
}

// 1. Decode only ---------------------------------------------------------------------------

async function decodeSection(corpus) {
  log(`\n## 1. Decode only: ${corpus.events} events, ${fixed(corpus.body.length / 1e6, 1)} MB`);
  // One process for all decoders, taking turns pass by pass (see decode-child.mjs).
  const result = await child("decode-child.mjs", [
    String(DECODE_WARMUP),
    String(DECODE_ROUNDS),
    ...DECODERS,
  ]);
  const { bytes, events } = result;
  const passes = result.decoders;
  const rows = [];
  for (const name of DECODERS) {
    const row = { name, passes: passes[name] };
    for (const mode of ["raw", "json"]) {
      // Throughput per CPU-second: on a machine shared with other work, the CPU time a pass
      // used is steadier than its wall time (which counts time spent waiting for a core).
      const cpuMs = median(passes[name][mode].cpu);
      const wallMs = median(passes[name][mode].wall);
      row[mode] = {
        cpuMs,
        wallMs,
        mbPerS: bytes / 1e3 / cpuMs,
        eventsPerS: (events / cpuMs) * 1e3,
        wallMbPerS: bytes / 1e3 / wallMs,
        // The least disturbed pass: when the load changes in the middle of the section, the
        // medians of two decoders can come from different phases; the best passes cannot.
        bestMbPerS: bytes / 1e3 / Math.min(...passes[name][mode].cpu),
      };
    }
    // Throughput relative to each other decoder: the median over rounds of the ratio of the two
    // passes of the same round, which ran side by side under the same load.
    for (const mode of ["raw", "json"]) {
      row[mode].vs = {};
      row[mode].wallVs = {};
      for (const other of DECODERS) {
        const mine = passes[name][mode];
        const theirs = passes[other][mode];
        row[mode].vs[other] = median(mine.cpu.map((ms, i) => (theirs.cpu[i] ?? ms) / ms));
        row[mode].wallVs[other] = median(mine.wall.map((ms, i) => (theirs.wall[i] ?? ms) / ms));
      }
    }
    rows.push(row);
    log(
      `${name.padEnd(20)} no JSON ${fixed(row.raw.mbPerS, 0)} MB/s (wall ${fixed(row.raw.wallMbPerS, 0)})  with JSON ${fixed(row.json.mbPerS, 0)} MB/s (wall ${fixed(row.json.wallMbPerS, 0)})`,
    );
  }
  return rows;
}

// 2. End to end ----------------------------------------------------------------------------

async function e2eSection(server) {
  log(`\n## 2. End to end: one stream of the corpus, ${REPS} repetitions (+1 warm-up)`);
  const runs = Object.fromEntries(CLIENTS.map((c) => [c, []]));
  for (let rep = 0; rep <= REPS; rep += 1) {
    for (const client of CLIENTS) {
      const result = await child("client-child.mjs", [client, `${server.url}/full`, "one"]);
      if (rep > 0) runs[client].push(result);
    }
  }
  // Ratios are the median over repetitions of the ratio within one repetition (the clients of a
  // repetition run one after the other, under much the same load).
  const paired = (client, other, key) =>
    median(runs[client].map((r, i) => r[key] / (runs[other][i]?.[key] ?? r[key])));
  const rows = CLIENTS.map((client) => {
    const list = runs[client];
    return {
      wallVsFloor: paired(client, "floor", "wallMs"),
      cpuVsFloor: paired(client, "floor", "cpuMs"),
      wallVsRunwire: paired(client, "runwire", "wallMs"),
      cpuVsRunwire: paired(client, "runwire", "cpuMs"),
      client,
      wallMs: median(list.map((r) => r.wallMs)),
      cpuMs: median(list.map((r) => r.cpuMs)),
      streamMs: median(list.map((r) => r.streamMs)),
      importMs: median(list.map((r) => r.importMs)),
      maxRssBytes: median(list.map((r) => r.maxRssBytes)),
      events: list[0]?.events ?? 0,
      walls: list.map((r) => r.wallMs),
    };
  });
  for (const row of rows) {
    log(
      `${row.client.padEnd(8)} wall ${fixed(row.wallMs, 0)} ms  cpu ${fixed(row.cpuMs, 0)} ms  stream ${fixed(row.streamMs, 0)} ms  (${row.walls.map((w) => fixed(w, 0)).join(", ")})`,
    );
  }
  return rows;
}

// 3. Memory --------------------------------------------------------------------------------

async function memorySection(server) {
  log(`\n## 3. Memory: ${MILLION.toLocaleString("en-US")} events through each client`);
  const rows = [];
  for (const client of CLIENTS) {
    const result = await child(
      "client-child.mjs",
      [client, `${server.url}/million`, "memory"],
      ["--expose-gc"],
    );
    if (result.events !== MILLION) throw new Error(`${client}: ${result.events} events`);
    const samples = result.heapSamples;
    const at = (events) => samples.find((s) => s.events === events)?.heapUsed ?? Number.NaN;
    const steady = samples.filter((s) => s.events >= 100_000).map((s) => s.heapUsed);
    const row = {
      client,
      maxRssBytes: result.maxRssBytes,
      heapStart: at(0),
      heapAt100k: at(100_000),
      heapAt1M: at(MILLION),
      growthBytes: at(MILLION) - at(100_000),
      spreadBytes: Math.max(...steady) - Math.min(...steady),
      streamMs: result.streamMs,
    };
    rows.push(row);
    log(
      `${client.padEnd(8)} peak RSS ${fixed(row.maxRssBytes / MIB, 1)} MiB  heap 100k→1M ${fixed(row.heapAt100k / MIB, 1)}→${fixed(row.heapAt1M / MIB, 1)} MiB  (${fixed(row.streamMs / 1000, 1)} s)`,
    );
  }
  return rows;
}

// 4. Size -----------------------------------------------------------------------------------

async function sizeSection() {
  log("\n## 4. Size (min+gzip: runs only, the whole client, the whole package)");
  const size = await runSize(BENCH);
  for (const bundle of size.bundles) {
    log(
      `${bundle.label.padEnd(46)} ${fixed(bundle.minBytes / KIB, 1)} KiB min  ${fixed(bundle.gzipBytes / KIB, 2)} KiB min+gzip`,
    );
  }
  return size;
}

// 5. Import time -----------------------------------------------------------------------------

async function importSection() {
  log(`\n## 5. Cold import time, by layer: ${IMPORT_REPS} repetitions (+1 warm-up)`);
  return runImports({ child, reps: IMPORT_REPS, log });
}

// 6. Many streams --------------------------------------------------------------------------

async function manySection(server) {
  log(
    `\n## 6. Many streams: ${MANY_STREAMS} concurrent streams of ${SMALL_EVENTS} events, one client`,
  );
  const rows = [];
  for (const client of CLIENTS) {
    const result = await child("client-child.mjs", [
      client,
      `${server.url}/small`,
      "many",
      String(MANY_STREAMS),
    ]);
    if (result.events !== MANY_STREAMS * SMALL_EVENTS) {
      throw new Error(`${client}: ${result.events} events`);
    }
    rows.push({
      client,
      streamMs: result.streamMs,
      wallMs: result.wallMs,
      maxRssBytes: result.maxRssBytes,
      events: result.events,
    });
    log(
      `${client.padEnd(8)} ${fixed(result.streamMs, 0)} ms  peak RSS ${fixed(result.maxRssBytes / MIB, 1)} MiB`,
    );
  }
  return rows;
}

// 7. End of stream -------------------------------------------------------------------------

async function endCheckSection() {
  log(`\n## 7. End of stream: last byte → end of the loop, ${END_CHECK_RUNS} runs per case`);
  const result = await child("end-check.mjs", [String(END_CHECK_RUNS), "--json"]);
  for (const row of result.cases) {
    log(
      `${row.label.padEnd(74)} median ${fixed(row.medianMs, 1)} ms  p90 ${fixed(row.p90Ms, 1)} ms  ${row.requestsPerStream} request(s)`,
    );
  }
  return result;
}

// RESULTS.md -------------------------------------------------------------------------------

const NAMES = {
  floor: "floor",
  runwire: "runwire",
  sdk: "official SDK",
  "eventsource-parser": "eventsource-parser 3.1.1",
};

function verdict(ok) {
  return ok ? "**met**" : "**missed**";
}

const signedMs = (ms) => `${ms < 0 ? "−" : "+"}${fixed(Math.abs(ms), 0)} ms`;

function report(results, corpus) {
  const { machine: m, decode, e2e, memory, size, imports, many, endcheck } = results;
  const by = (rows, key, name) => rows.find((row) => row[key] === name);
  const dRunwire = by(decode, "name", "runwire");
  const eRunwire = by(e2e, "client", "runwire");
  const eSdk = by(e2e, "client", "sdk");
  const mFloor = by(memory, "client", "floor");
  const mRunwire = by(memory, "client", "runwire");
  const edge = by(size.bundles, "id", "edge");
  const edgeRunsClient = by(size.bundles, "id", "edge-runs-client");
  const edgeWhole = by(size.bundles, "id", "edge-whole");
  const edgeNoZod = by(size.bundles, "id", "edge-no-zod");
  const nodeBundle = by(size.bundles, "id", "node");
  const nodeWithUndici = by(size.bundles, "id", "node-with-undici");
  const sdkBundle = by(size.bundles, "id", "sdk");
  const iNode = by(imports.targets, "name", "@runwire/node");
  const nRunwire = by(many, "client", "runwire");
  const nSdk = by(many, "client", "sdk");
  const end = (id) => by(endcheck.cases, "id", id);
  const mb = corpus.body.length / 1e6;

  // Issue 17's targets, then the memory targets kept from before.
  const targets = [
    [
      "End to end, one 100k-event stream, whole process wall, vs the undici floor",
      "≤ 1.15×",
      `${fixed(eRunwire.wallVsFloor)}× (CPU ${fixed(eRunwire.cpuVsFloor)}×)`,
      verdict(eRunwire.wallVsFloor <= 1.15),
    ],
    [
      "End to end vs the official SDK (wall)",
      "≥ 4× faster",
      `${fixed(eSdk.wallVsRunwire)}× faster (CPU ${fixed(eSdk.cpuVsRunwire)}×)`,
      verdict(eSdk.wallVsRunwire >= 4),
    ],
    [
      "Import of `@runwire/node` (cold process) vs importing undici alone",
      "≤ +25 ms",
      `${signedMs(imports.nodeOverUndiciMs)} (${fixed(iNode.ms, 0)} against ${fixed(imports.floor.ms, 0)} ms; median of ${imports.nodeOverUndiciSamples.length} paired differences)`,
      verdict(imports.nodeOverUndiciMs <= 25),
    ],
    [
      "`@runwire/edge` bundle, `createClient` + `runs.stream`, min+gzip",
      "≤ 16 KiB",
      `${fixed(edge.gzipBytes / KIB)} KiB`,
      verdict(edge.gzipBytes <= 16 * KIB),
    ],
    [
      "`@runwire/edge` bundle, the whole client (every resource), min+gzip",
      "≤ 30 KiB",
      `${fixed(edgeWhole.gzipBytes / KIB)} KiB`,
      verdict(edgeWhole.gzipBytes <= 30 * KIB),
    ],
    [
      `From the stream's last byte to the end of the \`for await\` loop, a run that ended cleanly, ${endcheck.delayMs} ms added per request (median)`,
      "measured",
      `runwire default ${fixed(end("runwire-default").medianMs, 1)} ms; \`streamResumable: true\` ${fixed(end("runwire-resumable").medianMs, 1)} ms; official SDK ${fixed(end("sdk").medianMs, 1)} ms`,
      "no target",
    ],
    [
      "Decode, no JSON, vs the floor",
      "≥ 0.95×",
      `${fixed(dRunwire.raw.vs.floor)}× (wall ${fixed(dRunwire.raw.wallVs.floor)}×)`,
      verdict(dRunwire.raw.vs.floor >= 0.95),
    ],
    [
      `${MANY_STREAMS} concurrent streams vs the official SDK`,
      "≥ 6.7× faster",
      `${fixed(nSdk.streamMs / nRunwire.streamMs)}× faster`,
      verdict(nSdk.streamMs / nRunwire.streamMs >= 6.7),
    ],
    [
      "Memory: flat over 1M events (retained heap 100k → 1M)",
      "grows < 1 MiB",
      `${fixed(mRunwire.growthBytes / MIB)} MiB`,
      verdict(mRunwire.growthBytes < MIB),
    ],
    [
      "Memory: runwire peak RSS vs the floor's",
      "≤ 1.2×",
      `${fixed(mRunwire.maxRssBytes / mFloor.maxRssBytes)}×`,
      verdict(mRunwire.maxRssBytes <= 1.2 * mFloor.maxRssBytes),
    ],
  ];

  const lines = [
    "# runwire benchmarks",
    "",
    "Generated by `pnpm --filter @runwire/bench bench` (or `pnpm bench` at the root); every figure",
    "and ratio below comes from that one run, except the UI section (the React bindings in",
    "Chromium), which `pnpm bench:ui` writes from its own run. Do not edit above the Analysis",
    "heading: the next run rewrites it.",
    "",
    `- Machine: ${m.cores} cores, ${m.model} (from /proc/cpuinfo), ${m.memoryGiB} GiB, ${m.platform}`,
    `- Node ${m.node}; date ${m.date}; the run took ${fixed(results.seconds, 0)} s`,
    `- Load average (1 min): ${fixed(m.loadAtStart)} at the start, ${fixed(m.loadAtEnd)} at the end (other work shares this machine: ratios, measured side by side and interleaved, are steadier than absolute figures)`,
    `- Corpus: ${corpus.events.toLocaleString("en-US")} events, ${fixed(mb, 1)} MB (1 metadata, ${corpus.kinds.messages.toLocaleString("en-US")} messages-tuple token chunks, ${corpus.kinds.updates} updates, ${corpus.kinds.values} values up to ${fixed(corpus.largestValues / KIB, 0)} KiB); MB = 10^6 bytes`,
    `- Compared: runwire (\`@runwire/node\` for streaming; every runtime package for size and import; built from commit ${m.commit || "?"}${m.dirty ? " plus uncommitted changes under packages/" : ""}), \`@langchain/langgraph-sdk\` 1.15.0`,
    "  (the official SDK, on Node's global fetch), `eventsource-parser` 3.1.1, undici 7.30.2, esbuild 0.28.2",
    "",
    "![throughput per client](./throughput.svg)",
    "",
    "## Targets",
    "",
    "Issue 17's targets, each measured in this run (the sections below say how), then the memory",
    "targets kept from before.",
    "",
    table(["Measure", "Target", "Measured", "Verdict"], targets),
    "",
    "## 1. Decode only",
    "",
    `The corpus fed in 16 KiB chunks to each decoder in one process, the decoders taking turns pass by pass (order rotating each round): ${DECODE_WARMUP} warm-up rounds, then ${DECODE_ROUNDS} timed passes each.`,
    "Throughput is per CPU-second (the pass's process CPU time: on a shared machine it is steadier",
    "than wall time, which the raw figures in `.cache/results.json` also keep): the median pass and",
    'the best pass. "vs floor" is the median over rounds of the ratio between the two passes of the',
    "same round (run side by side, under the same load): the ratio the targets use. The floor is a streaming TextDecoder and",
    "`indexOf` on blank lines, cutting out the `data:` line: not a conforming SSE parser (no CR",
    "line ends, multi-line data, ids, event names or comments).",
    "",
    table(
      [
        "Decoder",
        "No JSON MB/s (median)",
        "(best)",
        "events/s (median)",
        "vs floor",
        "+ JSON.parse MB/s (median)",
        "(best)",
        "events/s (median)",
        "vs floor",
      ],
      decode.map((row) => [
        NAMES[row.name],
        fixed(row.raw.mbPerS, 0),
        fixed(row.raw.bestMbPerS, 0),
        Math.round(row.raw.eventsPerS).toLocaleString("en-US"),
        `${fixed(row.raw.vs.floor)}×`,
        fixed(row.json.mbPerS, 0),
        fixed(row.json.bestMbPerS, 0),
        Math.round(row.json.eventsPerS).toLocaleString("en-US"),
        `${fixed(row.json.vs.floor)}×`,
      ]),
    ),
    "",
    "## 2. End to end",
    "",
    "A local node:http server on 127.0.0.1 streams the corpus on `/runs/stream`",
    "(`text/event-stream`, `Content-Location`, 16 KiB writes with backpressure). Each client",
    "runs in a child process that imports it, streams the run to its end (`JSON.parse` of every",
    "event's data) and exits; wall is the whole child process, spawn to exit. Floor: `undici.request`",
    "and the floor splitter above. runwire: `createClient` from `@runwire/node`, `client.runs.stream`.",
    `Official SDK: \`new Client()\`, \`client.runs.stream\`. Median of ${REPS}, after one warm-up round.`,
    "",
    table(
      [
        "Client",
        "Wall ms",
        "Wall vs floor",
        "CPU ms",
        "CPU vs floor",
        "Import ms",
        "Stream ms",
        "Stream MB/s",
        "Events/s",
        "Peak RSS MiB",
      ],
      e2e.map((row) => [
        NAMES[row.client],
        fixed(row.wallMs, 0),
        `${fixed(row.wallVsFloor)}×`,
        fixed(row.cpuMs, 0),
        `${fixed(row.cpuVsFloor)}×`,
        fixed(row.importMs, 0),
        fixed(row.streamMs, 0),
        fixed(mb / (row.streamMs / 1e3), 1),
        Math.round(row.events / (row.streamMs / 1e3)).toLocaleString("en-US"),
        fixed(row.maxRssBytes / MIB, 1),
      ]),
    ),
    "",
    `runwire is ${fixed(eSdk.wallVsRunwire)}× faster than the official SDK end to end (wall), and uses ${fixed(eSdk.cpuVsRunwire)}× less CPU. Ratios are medians of per-repetition ratios (the three clients of a repetition run back to back), so they need not equal the ratio of the medians.`,
    "",
    "## 3. Memory",
    "",
    `${MILLION.toLocaleString("en-US")} events (the metadata event, then the corpus cycled: ${fixed((mb * MILLION) / corpus.events / 1e3, 2)} GB) through each client`,
    "in its own process, run with `--expose-gc`. Peak RSS is the process's `maxRSS`; heap is",
    "`heapUsed` right after a full GC, sampled every 100,000 events.",
    "",
    table(
      [
        "Client",
        "Peak RSS MiB",
        "vs floor",
        "Heap at start MiB",
        "Heap at 100k MiB",
        "Heap at 1M MiB",
        "Growth 100k→1M MiB",
        "Spread 100k…1M MiB",
        "Time s",
      ],
      memory.map((row) => [
        NAMES[row.client],
        fixed(row.maxRssBytes / MIB, 1),
        `${fixed(row.maxRssBytes / mFloor.maxRssBytes)}×`,
        fixed(row.heapStart / MIB, 1),
        fixed(row.heapAt100k / MIB, 1),
        fixed(row.heapAt1M / MIB, 1),
        fixed(row.growthBytes / MIB, 2),
        fixed(row.spreadBytes / MIB, 2),
        fixed(row.streamMs / 1e3, 1),
      ]),
    ),
    "",
    "## 4. Size",
    "",
    "esbuild bundle (ESM, minified, es2022) of an entry that imports `createRunsClient` or",
    "`createClient` (`Client` for the SDK), creates a client and iterates `client.runs.stream`",
    "(runs only), or that takes every method of every resource member of the client (whole client;",
    "the members are read from a live client); for `@runwire/ui` and `@runwire/react`, which have no",
    "client of their own, everything the package exports (`export *`: nothing can be shaken off).",
    "`platform: browser` (`@runwire/edge` with the `worker` condition), except `@runwire/node`:",
    "`platform: node`, undici left external (Node loads it from `node_modules`; an app bundling",
    "for Node usually keeps it external too) and reported apart by a second bundle with undici",
    "in. gzip level 9, from the package builds in the workspace. `createClient` builds every",
    "resource in its constructor, so its runs-only bundle holds them all; `createRunsClient` holds",
    "the runs resource alone. Contributors: bytes in the minified output, by package (esbuild's",
    "metafile).",
    "",
    table(
      ["Bundle", "Min KiB", "Min+gzip KiB", "Includes ky", "Top contributors (minified bytes)"],
      size.bundles.map((b) => [
        b.label,
        fixed(b.minBytes / KIB, 1),
        fixed(b.gzipBytes / KIB, 2),
        b.includesKy ? "yes" : "no",
        b.packages
          .slice(0, 4)
          .map((p) => `${p.name} ${fixed(p.bytes / KIB, 1)} KiB`)
          .join(", "),
      ]),
    ),
    "",
    `Runs only, @runwire/edge ships ${fixed(edgeRunsClient.gzipBytes / KIB)} KiB via \`createRunsClient\` and ${fixed(edge.gzipBytes / KIB)} KiB via \`createClient\`; the whole client is ${fixed(edgeWhole.gzipBytes / KIB)} KiB. The official SDK's bundle is ${fixed(sdkBundle.gzipBytes / edge.gzipBytes, 1)}× the size of @runwire/edge's \`createClient\` one. zod accounts for ${fixed((edge.gzipBytes - edgeNoZod.gzipBytes) / KIB, 2)} KiB of that bundle's min+gzip (the diagnostic row: the same bundle with zod left out). @runwire/node's runs bundle is ${fixed(nodeBundle.gzipBytes / KIB)} KiB without undici; undici adds ${fixed((nodeWithUndici.gzipBytes - nodeBundle.gzipBytes) / KIB, 1)} KiB.`,
    "",
    "What the smallest runs bundle (@runwire/edge, `createRunsClient` + `runs.stream`) is made of,",
    "rebuilt from the workspace sources so the metafile can name",
    `each module (${fixed(size.edgeSources.totalBytes / KIB, 1)} KiB minified; top 15 modules):`,
    "",
    table(
      ["Module", "Minified bytes", "Share"],
      size.edgeSources.modules.map((mod) => [
        `\`${mod.path}\``,
        mod.bytes.toLocaleString("en-US"),
        `${fixed((100 * mod.bytes) / size.edgeSources.totalBytes, 1)} %`,
      ]),
    ),
    "",
    ...importReport(imports),
    "## 6. Many streams",
    "",
    `${MANY_STREAMS} concurrent streams of the corpus's first ${SMALL_EVENTS.toLocaleString("en-US")} events (${fixed((corpus.ends[SMALL_EVENTS - 1] * MANY_STREAMS) / 1e6, 0)} MB in all) through one client in one process;`,
    "time from the first request to the last event. The floor uses one undici Agent.",
    "",
    table(
      ["Client", "Total ms", "vs runwire", "Events/s", "Peak RSS MiB", "RSS vs runwire"],
      many.map((row) => [
        NAMES[row.client],
        fixed(row.streamMs, 0),
        `${fixed(row.streamMs / nRunwire.streamMs)}×`,
        Math.round(row.events / (row.streamMs / 1e3)).toLocaleString("en-US"),
        fixed(row.maxRssBytes / MIB, 1),
        `${fixed(row.maxRssBytes / nRunwire.maxRssBytes)}×`,
      ]),
    ),
    "",
    `runwire finishes ${MANY_STREAMS} streams ${fixed(nSdk.streamMs / nRunwire.streamMs)}× faster than the official SDK, at ${fixed(nRunwire.maxRssBytes / nSdk.maxRssBytes)}× its peak RSS.`,
    "",
    "## 7. End of stream",
    "",
    `What a stream costs after its last byte (\`bench/src/end-check.mjs\`; docs/reliability.md, "The end-of-stream check"). A local server that answers every request ${endcheck.delayMs} ms late (a round trip to a distant backend) streams a threaded run of ${endcheck.events} events with no \`end\` event, as LangGraph does, with its \`Content-Location\` and no \`Location\`. Time from the server's last byte (the write's callback) to the end of the client's \`for await\` loop; server and clients share one process and its clock. ${endcheck.runs} streams per case, the cases taking turns (the order rotating), after ${endcheck.warmup} warm-up streams each. Requests per stream are counted by the server.`,
    "",
    table(
      ["Case", "Median ms", "p90 ms", "Requests per stream"],
      endcheck.cases.map((row) => [
        row.label,
        fixed(row.medianMs, 1),
        fixed(row.p90Ms, 1),
        String(row.requestsPerStream),
      ]),
    ),
    "",
    "runwire checks a run's status after a clean end only when it could resume the run; the",
    "official SDK checks only after a `Location` header, which this server does not send.",
    "",
  ];
  return lines.join("\n");
}

function chart(results, corpus) {
  const mb = corpus.body.length / 1e6;
  const manyMb = (corpus.ends[SMALL_EVENTS - 1] * MANY_STREAMS) / 1e6;
  return throughputChart(
    [
      {
        title: "Decode only, no JSON",
        unit: `MB per CPU-second, best of ${DECODE_ROUNDS} passes`,
        bars: results.decode.map((row) => ({ client: row.name, value: row.raw.bestMbPerS })),
      },
      {
        title: "Decode + JSON.parse",
        unit: `MB per CPU-second, best of ${DECODE_ROUNDS} passes`,
        bars: results.decode.map((row) => ({ client: row.name, value: row.json.bestMbPerS })),
      },
      {
        title: "End to end, one stream over HTTP",
        unit: `MB/s of body over the stream time, median of ${REPS}`,
        bars: results.e2e.map((row) => ({ client: row.client, value: mb / (row.streamMs / 1e3) })),
      },
      {
        title: `${MANY_STREAMS} concurrent streams, one client`,
        unit: "MB/s in all",
        bars: results.many.map((row) => ({
          client: row.client,
          value: manyMb / (row.streamMs / 1e3),
        })),
      },
    ],
    `${results.machine.cores} × ${results.machine.model}, Node ${results.machine.node}, ${results.machine.date.slice(0, 10)}; ${corpus.events.toLocaleString("en-US")}-event corpus, ${fixed(mb, 1)} MB`,
  );
}

/** Counts the event kinds of the corpus and its largest `values` event, for the report. */
function describe(corpus) {
  const kinds = { metadata: 0, messages: 0, updates: 0, values: 0 };
  let largestValues = 0;
  let start = 0;
  for (const end of corpus.ends) {
    const name = corpus.body.toString("latin1", start + 7, start + 16).split("\n")[0] ?? "";
    kinds[name] = (kinds[name] ?? 0) + 1;
    if (name === "values") largestValues = Math.max(largestValues, end - start);
    start = end;
  }
  return { ...corpus, kinds, largestValues };
}

// Main -------------------------------------------------------------------------------------

const began = performance.now();
const corpus = describe(loadCorpus());
log(`runwire bench: ${SECTIONS.join(", ")}; ${REPS} repetitions`);
const results = { machine: machine() };
const server = await startServer(corpus);
try {
  if (SECTIONS.includes("decode")) results.decode = await decodeSection(corpus);
  if (SECTIONS.includes("size")) results.size = await sizeSection();
  if (SECTIONS.includes("import")) results.imports = await importSection();
  if (SECTIONS.includes("e2e")) results.e2e = await e2eSection(server);
  if (SECTIONS.includes("memory")) results.memory = await memorySection(server);
  if (SECTIONS.includes("many")) results.many = await manySection(server);
  if (SECTIONS.includes("endcheck")) results.endcheck = await endCheckSection();
} finally {
  await server.close();
}
results.seconds = (performance.now() - began) / 1e3;
results.machine.loadAtEnd = loadavg()[0] ?? 0;
const raw = join(corpus.file, "..", "results.json");
writeFileSync(raw, `${JSON.stringify(results, null, 2)}\n`);
log(`\nDone in ${fixed(results.seconds, 0)} s; raw figures in ${raw}`);

if (ALL.every((section) => SECTIONS.includes(section))) {
  const file = join(BENCH, "RESULTS.md");
  // The UI section (`bench:ui`) and the hand-written Analysis are kept from the previous file.
  writeResults(file, { main: report(results, corpus) });
  writeFileSync(join(BENCH, "throughput.svg"), chart(results, corpus));
  log(`Wrote ${file} and throughput.svg`);
} else {
  log("Partial run: RESULTS.md left as it was.");
}
