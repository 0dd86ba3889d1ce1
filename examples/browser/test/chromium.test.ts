// The example's page in a real Chromium, driven by playwright-core: built as `start` builds it
// (scripts/page.ts bundles src/main.ts with @runwire/browser, here from source), it streams runs
// from the real LangGraph server and cancels one. The browser is the one @runwire/runtime-smoke
// finds: CHROMIUM_PATH, a system Chromium/Chrome, Playwright's cache, else the npm package
// @sparticuz/chromium (RUNWIRE_BROWSER=npm forces it).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildPage, type StaticServer, servePage } from "../scripts/page.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");
const STORY =
  "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.";

let pageDir: string;
let profileDir: string;
let site: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), "runwire-browser-page-"));
  profileDir = mkdtempSync(join(tmpdir(), "runwire-chromium-profile-"));
  await buildPage(pageDir, [runwireFromSource()]);
  site = await servePage(pageDir);
  context = await launchChromium(chromium, profileDir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.goto(`${site.url}/?api=${encodeURIComponent(inject("langgraphUrl"))}`);
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  for (const dir of [pageDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function streamFromPage(graph: string) {
  await page.selectOption("#graph", graph);
  await page.click("#stream");
}

const statusText = () => page.textContent("#stream-status");

describe("examples/browser in Chromium", () => {
  it("streams a run, rendering each token as it arrives, then the final state", async () => {
    await streamFromPage("story");
    // Text on the page while the run is still streaming: rendered live, not at the end.
    await page.waitForFunction(
      () =>
        (document.getElementById("answer")?.textContent ?? "").length > 0 &&
        document.getElementById("stream-status")?.textContent === "streaming",
    );
    await page.waitForFunction(
      () => document.getElementById("stream-status")?.textContent?.startsWith("done"),
      undefined,
      { timeout: 30_000 },
    );

    expect(await page.textContent("#answer")).toBe(STORY);
    const parts = await page.$$eval("#events li", (items) =>
      items.map((li) => ({ type: li.dataset.type, at: Number(li.dataset.at) })),
    );
    expect(await statusText()).toBe(`done: ${parts.length} parts`);
    expect(parts[0]?.type).toBe("metadata");
    expect(parts.at(-1)?.type).toBe("values");
    const tokens = parts.filter((p) => p.type === "messages");
    expect(tokens.length).toBeGreaterThan(100);
    // The model sleeps 25 ms a token: rendered over seconds, not in one go. A lower bound (load
    // only stretches it): a page that buffered would render every token at the same moment.
    expect((tokens.at(-1)?.at ?? 0) - (tokens[0]?.at ?? 0)).toBeGreaterThan(1_000);

    const state = JSON.parse((await page.textContent("#final-state")) ?? "null");
    expect(state.messages.map((m: { type: string }) => m.type)).toEqual(["human", "ai"]);
    expect(state.messages[0].content).toBe("Why are there tides?");
    expect(state.messages[1].content).toBe(STORY);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "browser-example.png"), fullPage: true });
  });

  it("cancels a background run from the page", async () => {
    await page.click("#start-slow");
    await page.waitForFunction(() =>
      /^[0-9a-f-]{36}$/.test(document.getElementById("run-id")?.textContent ?? ""),
    );
    expect(await page.textContent("#run-status")).toBe("pending");
    await page.click("#cancel");
    await page.waitForFunction(
      () =>
        !["pending", "cancelling"].includes(
          document.getElementById("run-status")?.textContent ?? "",
        ),
    );
    expect(await page.textContent("#run-status")).toBe("interrupted");
    await page.screenshot({
      path: join(ARTIFACTS, "browser-example-cancelled.png"),
      fullPage: true,
    });
  });

  it("shows runwire's typed errors: an unknown graph, a failing run", async () => {
    await streamFromPage("no-such-graph");
    await page.waitForFunction(() =>
      document.getElementById("stream-status")?.textContent?.startsWith("failed"),
    );
    expect(await statusText()).toMatch(/^failed: NotFoundError: /);

    await streamFromPage("error");
    await page.waitForFunction(() =>
      document.getElementById("stream-status")?.textContent?.startsWith("run error"),
    );
    expect(await statusText()).toBe("run error: CustomError: Boo!");
  });

  it("raised no uncaught error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
