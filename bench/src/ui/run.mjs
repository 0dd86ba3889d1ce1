// runwire's UI benchmark: the official React `useStream` and `@runwire/react` side by side, in one
// headless Chromium, against the real LangGraph server, in one run.
//   pnpm --filter @runwire/bench bench:ui            (or `pnpm bench:ui` at the root, through turbo)
//   … bench:ui --full     also runs the official hook's reply on the 10,000-message thread (minutes)
//   … bench:ui --report   rewrites the UI section of RESULTS.md from the last run's raw figures
// Environment: BENCH_UI_REPS (default 3) repetitions; BENCH_UI_VARIANTS=official,runwire,… picks
// pages (a partial run prints its figures but leaves RESULTS.md alone); BENCH_UI_PROFILE=runwire/10000
// saves a CPU profile of that variant's reply on that thread length to .cache/ (open it in
// Chrome DevTools) and prints the functions with the most self time.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLangGraphServer } from "@runwire/langgraph-test-server";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { chromium } from "playwright-core";
import { fixed, machine, writeResults } from "../common.mjs";
import { buildPages, VARIANTS } from "./pages.mjs";
import { saveProfile, startProfile } from "./profile.mjs";
import { uiReport } from "./report.mjs";
import { seedThread } from "./seed.mjs";
import { startSite } from "./site.mjs";
import { runUiSize } from "./size-ui.mjs";

const BENCH = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FULL = process.argv.includes("--full");
const REPS = Number(process.env.BENCH_UI_REPS ?? 3);
/** Thread lengths of the reply measure. */
const SIZES = [2, 1_000, 10_000];
const LONG = 10_000;
const QUESTION = "Why are there tides?";
const STORY =
  "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.";
/** Characters of the reply on screen when the reload measure reloads the page (about half). */
const RELOAD_AT_CHARS = 90;

const log = (...args) => console.log(...args);

// `--report`: rewrite the UI section from the last run's raw figures, measuring nothing.
if (process.argv.includes("--report")) {
  const raw = JSON.parse(readFileSync(join(BENCH, ".cache", "ui-results.json"), "utf8"));
  writeResults(join(BENCH, "RESULTS.md"), { ui: uiReport(raw) });
  log("Rewrote the UI section of RESULTS.md from .cache/ui-results.json");
  process.exit(0);
}
const hasRunwireReact = (() => {
  try {
    createRequire(join(BENCH, "package.json")).resolve("@runwire/react");
    return true;
  } catch {
    return false;
  }
})();
const requested = process.env.BENCH_UI_VARIANTS?.split(",").filter(Boolean);
const variants = (requested ?? Object.keys(VARIANTS)).filter(
  (variant) => variant === "official" || hasRunwireReact,
);
const complete = variants.length === Object.keys(VARIANTS).length;
if (!hasRunwireReact) log("@runwire/react is not installed: measuring the official hook only.");

// The npm Chromium unless told otherwise: the same browser on every machine.
process.env.RUNWIRE_BROWSER ??= "npm";

/**
 * The tree of blocks (MessageList) differs from runwire-fast only on long threads: it is measured there alone
 * (not on 2 messages, the renders measure).
 */
const atAllSizes = (variant) => variant !== "runwire-chunked";

/** Which variants reply on a thread of `size` messages (the official hook at 10k only with --full). */
const replyVariants = (size) =>
  variants.filter((variant) => size < LONG || variant !== "official" || FULL);

/** The `messages` events (one per token) of a logged request. */
const tokenEvents = (entry) => entry.events.filter((event) => event.event.startsWith("messages"));
/** A run's stream: `POST …/runs/stream` or a join, `GET …/runs/{run}/stream`. */
const isRunStream = (entry) => /\/runs(\/[^/]+)?\/stream$/.test(entry.path.split("?")[0]);

/** What the run's stream carried: token events, and `values` events (the whole state each). */
function streamSummary(entries) {
  const events = entries.flatMap((entry) => entry.events);
  const values = events.filter((event) => event.event === "values");
  return {
    tokens: entries.flatMap(tokenEvents).length,
    valuesEvents: values.length,
    valuesBytes: values.reduce((sum, event) => sum + event.bytes, 0),
    streamBytes: events.reduce((sum, event) => sum + event.bytes, 0),
  };
}

/** Chromium's per-renderer metrics, by name (seconds and bytes, as CDP gives them). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Opens the variant's page in a new tab with a CDP session on it. */
async function openPage(context, site, variant, query = "") {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${site.url}/${variant}.html${query}`);
  await page.waitForFunction(() => window.bench !== undefined);
  return { page, cdp, errors };
}

/** Waits until the page is idle: a full GC, then a frame and 100 ms. */
async function settle(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
}

/**
 * One trial: mount `threadId` (holding `size` messages; `null`: a new thread) in a fresh tab,
 * then (unless `reply: false`) submit one message and measure the reply: main-thread script time
 * (CDP `ScriptDuration` delta around the reply only), renders, and with `frames` the animation
 * frames.
 */
async function trial(
  context,
  site,
  variant,
  size,
  threadId,
  { reply = true, frames = false } = {},
) {
  const { page, cdp, errors } = await openPage(context, site, variant);
  try {
    const mount = await page.evaluate(
      ({ threadId, size }) => window.bench.mount({ threadId, expected: size }),
      { threadId, size },
    );
    await settle(page, cdp);
    const idle = await metrics(cdp);
    const result = { variant, size, mount, heapAfterMount: idle.JSHeapUsedSize };
    if (reply) {
      const profiling = process.env.BENCH_UI_PROFILE === `${variant}/${size}`;
      if (profiling) await startProfile(cdp);
      const logAt = site.log.length;
      const answer = await page.evaluate(
        ({ text, countFrames }) => window.bench.submit(text, { countFrames }),
        { text: QUESTION, countFrames: frames },
      );
      const after = await metrics(cdp);
      if (profiling) {
        mkdirSync(join(BENCH, ".cache"), { recursive: true });
        const file = join(BENCH, ".cache", `ui-${variant}-${size}.cpuprofile`);
        await saveProfile(cdp, file, join(site.root, `${variant}.js`));
      }
      result.reply = {
        ...answer,
        scriptMs: (after.ScriptDuration - idle.ScriptDuration) * 1e3,
        taskMs: (after.TaskDuration - idle.TaskDuration) * 1e3,
        layoutMs:
          (after.LayoutDuration -
            idle.LayoutDuration +
            after.RecalcStyleDuration -
            idle.RecalcStyleDuration) *
          1e3,
        correct: answer.lastText === STORY && answer.added === 2,
        ...streamSummary(site.log.slice(logAt).filter(isRunStream)),
      };
    }
    if (errors.length > 0) result.errors = errors;
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Reload mid-run: submit on a new thread with `reconnectOnMount`, reload the page once about
 * half the reply is on screen, and let the hook rejoin the run. The site's log says which
 * `messages` events reached the browser before the reload and which were sent again after it.
 */
async function reloadTrial(context, site, variant) {
  const { page, errors } = await openPage(context, site, variant, "?reconnect=1");
  try {
    await page.evaluate(() => window.bench.mount({ threadId: null, expected: 0, reconnect: true }));
    const first = site.log.length;
    await page.evaluate((text) => {
      void window.bench.submit(text);
    }, QUESTION);
    await page.waitForFunction(
      (chars) =>
        document.querySelector("#messages > li:last-child")?.getAttribute("data-type") === "ai" &&
        window.bench.lastRowText().length >= chars,
      RELOAD_AT_CHARS,
      { polling: 20, timeout: 60_000 },
    );
    const shownBefore = (await page.evaluate(() => window.bench.lastRowText())).length;
    const reloadedAt = site.log.length;
    await page.reload();
    await page.waitForFunction(() => window.bench?.settled === true, undefined, {
      polling: 100,
      timeout: 60_000,
    });
    const lastText = await page.evaluate(() => window.bench.lastRowText());
    const messageCount = await page.evaluate(() => window.bench.messageCount());
    const before = site.log.slice(first, reloadedAt).filter(isRunStream);
    const after = site.log.slice(reloadedAt).filter(isRunStream);
    const deliveredIds = new Set(before.flatMap(tokenEvents).map((e) => e.id));
    const rejoin = after.flatMap(tokenEvents);
    return {
      variant,
      shownBefore,
      deliveredBefore: before.flatMap(tokenEvents).length,
      rejoinRequests: after.map((entry) => ({
        method: entry.method,
        path: entry.path.replace(/[0-9a-f-]{36}/g, "…"),
        lastEventId: entry.lastEventId,
      })),
      receivedAfter: rejoin.length,
      replayed: rejoin.filter((e) => e.id !== undefined && deliveredIds.has(e.id)).length,
      idsPresent: rejoin.every((e) => e.id !== undefined),
      lastText,
      messageCount,
      correct: lastText === STORY && messageCount === 2,
      errors,
    };
  } finally {
    await page.close();
  }
}

// Main -------------------------------------------------------------------------------------

const began = performance.now();
const results = { machine: machine(), reps: REPS, full: FULL, variants };
log(`runwire UI bench: ${variants.join(", ")}; ${REPS} repetitions${FULL ? "; --full" : ""}`);

log("\n## Bundle size");
results.size = await runUiSize(BENCH, { runwire: hasRunwireReact });
for (const row of results.size) log(`${row.label}: ${fixed(row.gzipBytes / 1024)} KiB min+gzip`);

const pageDir = mkdtempSync(join(tmpdir(), "runwire-ui-bench-"));
const profileDir = mkdtempSync(join(tmpdir(), "runwire-ui-bench-profile-"));
const server = await startLangGraphServer({});
let site;
let context;
try {
  await buildPages(pageDir, variants, { readable: process.env.BENCH_UI_PROFILE !== undefined });
  site = await startSite(pageDir, server.url);

  // Every thread is seeded before anything is measured, so seeding never competes with a trial.
  log("\n## Seeding threads");
  const seeded = performance.now();
  const threads = new Map();
  for (let rep = 0; rep < REPS; rep++) {
    for (const size of SIZES) {
      for (const variant of replyVariants(size)) {
        if (size < 1_000 && !atAllSizes(variant)) continue;
        threads.set(`${variant}/${size}/${rep}`, await seedThread(server.url, size));
      }
    }
  }
  // The official hook's mount of the long thread, when it does not reply there: one thread, read only.
  const longReadOnly = await seedThread(server.url, LONG);
  log(`${threads.size + 1} threads in ${fixed((performance.now() - seeded) / 1e3, 1)} s`);

  context = await launchChromium(chromium, profileDir);
  const probe = await context.newPage();
  const cdp = await context.newCDPSession(probe);
  results.browser = (await cdp.send("Browser.getVersion")).product;
  await probe.close();
  log(`Browser: ${results.browser}`);

  const describe = (row) =>
    `${row.variant.padEnd(15)} ${String(row.size).padStart(6)} msgs: mount ${fixed(row.mount.mountMs, 0)} ms` +
    (row.reply
      ? `; reply script ${fixed(row.reply.scriptMs, 0)} ms, ${row.reply.renders.chat} chat renders, ${row.reply.renders.rows} row renders (${row.reply.renders.seedRows} seeded)${row.reply.frames === undefined ? "" : `, ${row.reply.frames} frames`}${row.reply.correct ? "" : " WRONG TEXT"}`
      : "") +
    (row.errors ? ` errors: ${row.errors.join("; ")}` : "");
  // The variants take turns, in an order rotating by repetition, so load on the machine falls on
  // each alike.
  const rotate = (list, by) => [
    ...list.slice(by % list.length),
    ...list.slice(0, by % list.length),
  ];

  log("\n## Replies and mounts");
  results.trials = [];
  for (let rep = 0; rep < REPS; rep++) {
    for (const size of SIZES) {
      for (const variant of rotate(variants, rep)) {
        if (size < 1_000 && !atAllSizes(variant)) continue;
        const replies = replyVariants(size).includes(variant);
        const threadId = replies ? threads.get(`${variant}/${size}/${rep}`) : longReadOnly;
        if (!replies && size !== LONG) continue;
        // On the shortest thread the page also counts animation frames (the renders measure).
        const row = await trial(context, site, variant, size, threadId, {
          reply: replies,
          frames: size === SIZES[0],
        });
        results.trials.push({ rep, ...row });
        log(describe(row));
      }
    }
  }

  log("\n## Reload mid-run");
  results.reloads = [];
  // runwire's two list shapes share one store, so one runwire page stands for both.
  for (const variant of variants.filter((v) => v === "official" || v === "runwire")) {
    const row = await reloadTrial(context, site, variant);
    results.reloads.push(row);
    log(
      `${variant.padEnd(13)} ${row.deliveredBefore} token events before the reload; rejoin ${row.rejoinRequests.map((r) => `${r.method} ${r.path} Last-Event-ID ${r.lastEventId ?? "(none)"}`).join(", ")}; ${row.receivedAfter} after, ${row.replayed} replayed; ${row.correct ? "text right" : "TEXT WRONG"}`,
    );
  }
} finally {
  await context?.close();
  await site?.close();
  await server.stop();
  rmSync(pageDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
}

results.seconds = (performance.now() - began) / 1e3;
results.machine.loadAtEnd = loadavg()[0] ?? 0;
mkdirSync(join(BENCH, ".cache"), { recursive: true });
const raw = join(BENCH, ".cache", "ui-results.json");
writeFileSync(raw, `${JSON.stringify(results, null, 2)}\n`);
log(`\nDone in ${fixed(results.seconds, 0)} s; raw figures in ${raw}`);

if (complete) {
  const file = join(BENCH, "RESULTS.md");
  writeResults(file, { ui: uiReport(results) });
  log(`Wrote the UI section of ${file}`);
} else {
  log("Partial run: RESULTS.md left as it was.");
}
