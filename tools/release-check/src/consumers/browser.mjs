// A web page bundled by esbuild (platform browser) with @runwire/browser from the consumer's
// node_modules, served from 127.0.0.1 and opened in Chromium (playwright-core drives it; the
// browser is the one @runwire/runtime-smoke finds, as for the browser tests): the page
// streams a run from the real server, cross-origin, as a deployed app would.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { defer } from "../cleanup.mjs";
import { assertChatSummary } from "./chat-summary.mjs";
import { serveFolder } from "./static-server.mjs";

async function runPage({ dir, root, langgraphUrl }) {
  const site = join(dir, "site");
  mkdirSync(site, { recursive: true });
  await build({
    absWorkingDir: dir,
    entryPoints: ["main.js"],
    outfile: join(site, "main.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  copyFileSync(join(dir, "index.html"), join(site, "index.html"));

  const server = await serveFolder(site);
  const profile = mkdtempSync(join(root, "chromium-profile-"));
  let context;
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      await context?.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    })();
    return stopped;
  };
  // Also stopped when the check is interrupted.
  defer(stop);
  try {
    context = await launchChromium(chromium, profile);
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${server.url}/?api=${encodeURIComponent(await langgraphUrl())}`);
    const result = await Promise.race([
      page.evaluate(() => window.releaseCheck),
      timeout(60_000, "the page did not finish its run within 60 s"),
    ]);
    if (result === undefined) throw new Error("the page left no result: did main.js run?");
    assertChatSummary(result);
    // The 404 of the unknown assistant is logged by Chromium as a failed resource load.
    const unexpected = problems.filter((problem) => !/status of 404/.test(problem));
    if (unexpected.length > 0) throw new Error(unexpected.join("\n"));
  } finally {
    await stop();
  }
}

function timeout(ms, message) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref());
}

/** @type {import("./consumer.mjs").Consumer} */
export const browser = {
  name: "browser",
  dependencies: (version) => ({ "@runwire/browser": version }),
  sharedFiles: ["chat-run.js"],
  checks: [{ name: "esbuild bundle in Chromium", run: runPage }],
};
