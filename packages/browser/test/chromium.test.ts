// @runwire/browser in a real Chromium, driven by playwright-core: a page bundles the package from
// source (esbuild), sends every verb through the client's methods (to its own server, which
// answers as LangGraph would and records the wire, and to the real LangGraph server), and closes a client through `await using`
// mid-stream against the real LangGraph server. (The example page's test, which streams and
// cancels runs from a page, is examples/browser/test/chromium.test.ts.) The browser is the one
// @runwire/runtime-smoke finds: CHROMIUM_PATH, a system Chromium/Chrome, Playwright's cache, else
// the npm package @sparticuz/chromium (RUNWIRE_BROWSER=npm forces it).
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LoopbackListener, listenOnLoopback } from "@runwire/fault-server";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import {
  EXPECTED_ROUND_TRIP,
  expectEveryVerb,
  verbsRecorder,
} from "@runwire/runtime-smoke/verbs-recorder";
import type { LangGraphRoundTrip, VerbOutcome } from "@runwire/runtime-smoke/verbs-round-trip";
import { build } from "esbuild";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CloseScenarioResult } from "./close-page/scenario.ts";

let profileDir: string;
let site: LoopbackListener;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
// The calls the page makes to its own origin (`/verbs/…`), answered and recorded by the site.
const recorder = verbsRecorder();

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), "runwire-chromium-profile-"));
  const bundle = await build({
    entryPoints: {
      scenario: join(import.meta.dirname, "close-page", "scenario.ts"),
      verbs: join(import.meta.dirname, "verbs-page", "scenario.ts"),
    },
    outdir: "bundle",
    write: false,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
    plugins: [runwireFromSource()],
  });
  // The page, served from memory by a real HTTP server on 127.0.0.1: its calls to the LangGraph
  // server are cross-origin, as a deployed page's are.
  const script = (name: string) => ({
    contentType: "text/javascript; charset=utf-8",
    body: bundle.outputFiles.find((file) => file.path.endsWith(`/${name}`))?.text ?? "",
  });
  const files: Record<string, { contentType: string; body: string }> = {
    "/": {
      contentType: "text/html; charset=utf-8",
      body: '<!doctype html><script src="scenario.js"></script><script src="verbs.js"></script>\n',
    },
    "/scenario.js": script("scenario.js"),
    "/verbs.js": script("verbs.js"),
  };
  site = await listenOnLoopback(
    createServer((request, response) => {
      if (recorder.handle(request, response)) return;
      const file = files[new URL(request.url ?? "/", "http://x").pathname];
      if (file) response.writeHead(200, { "content-type": file.contentType }).end(file.body);
      else response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }),
  );
  context = await launchChromium(chromium, profileDir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.goto(`${site.url}/`);
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe("every verb from Chromium, through the @runwire/browser client's methods", () => {
  it("reaches the page's server with its method, body bytes, content type and length", async () => {
    const outcomes = await page.evaluate(() =>
      (globalThis as unknown as { verbsToOrigin: () => Promise<VerbOutcome[]> }).verbsToOrigin(),
    );
    expectEveryVerb(outcomes, recorder.received);
  });

  it("does each verb's work on the real LangGraph server, cross-origin", async () => {
    const result = await page.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            verbsOnLangGraph: (apiUrl: string) => Promise<LangGraphRoundTrip>;
          }
        ).verbsOnLangGraph(url),
      inject("langgraphUrl"),
    );
    expect(result).toEqual(EXPECTED_ROUND_TRIP);
  });
});

describe("client.close() in Chromium", () => {
  it("`await using` aborts a paused stream, the server cancels its run, later calls are refused", async () => {
    const apiUrl = inject("langgraphUrl");
    const result = await page.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            closeScenario: (apiUrl: string) => Promise<CloseScenarioResult>;
          }
        ).closeScenario(url),
      apiUrl,
    );
    expect(result).toMatchObject({
      readAfterClose: "ClientClosedError",
      callAfterClose: "ClientClosedError",
      // Chromium has the standard symbol: the client's key is Symbol.asyncDispose itself.
      nativeAsyncDispose: true,
    });
    // The page closed its connection: the server cancelled the run (onDisconnect: "cancel").
    expect(await finalStatus(apiUrl, result.threadId, result.runId)).toBe("interrupted");
  });

  it("raised no uncaught error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The run's status once it has ended: the join endpoint answers when the run ends. */
async function finalStatus(apiUrl: string, threadId: string, runId: string): Promise<string> {
  await (await fetch(`${apiUrl}/threads/${threadId}/runs/${runId}/join`)).arrayBuffer();
  const response = await fetch(`${apiUrl}/threads/${threadId}/runs/${runId}`);
  return ((await response.json()) as { status: string }).status;
}
