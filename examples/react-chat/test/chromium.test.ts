// The example's React page in a real Chromium, driven by playwright-core: built as `start` builds
// it (scripts/page.ts; the runwire packages from source), against the real LangGraph server. It
// asserts what the page shows and what the server stored, never how long anything took.
// The browser is the one @runwire/runtime-smoke finds (RUNWIRE_BROWSER=npm forces the npm one).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient } from "@runwire/browser";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildPage, type StaticServer, servePage } from "../scripts/page.ts";
import type { Values } from "../src/graphs";

const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");
const QUESTION = "Why are there tides?";
// The `story` graph's reply, streamed a character at a time.
const STORY =
  "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.";

let pageDir: string;
let profileDir: string;
let site: StaticServer;
let context: BrowserContext;
let page: Page;
let client: Client<Values>;
const pageErrors: string[] = [];

/** What the page records for the test: each text the last AI row showed, in order. */
interface Recorded {
  aiTexts: string[];
}

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), "runwire-react-chat-page-"));
  profileDir = mkdtempSync(join(tmpdir(), "runwire-chromium-profile-"));
  await buildPage(pageDir, [runwireFromSource()]);
  site = await servePage(pageDir);
  client = createClient<Values>({ apiUrl: inject("langgraphUrl"), apiKey: null });
  context = await launchChromium(chromium, profileDir);
  // In every document the page loads (reloads too): a log of each text the reply row showed, so
  // the test sees the reply grow over several renders and never go back or double.
  await context.addInitScript(() => {
    const recorded: Recorded = { aiTexts: [] };
    (window as unknown as { recorded: Recorded }).recorded = recorded;
    new MutationObserver(() => {
      const rows = document.querySelectorAll('#messages li[data-type="ai"]');
      const text = rows[rows.length - 1]?.textContent;
      if (text != null && text !== recorded.aiTexts.at(-1)) recorded.aiTexts.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console: ${message.text()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  for (const dir of [pageDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the page on a new thread of `graph`. */
async function open(graph: string) {
  const api = encodeURIComponent(inject("langgraphUrl"));
  await page.goto(`${site.url}/?api=${api}&graph=${graph}`);
  await page.waitForSelector('#status[data-status="idle"]');
}

async function send(text: string) {
  await page.fill("#text", text);
  await page.click("#send");
}

const aiText = async () =>
  page.$$eval('#messages li[data-type="ai"]', (rows) => rows.at(-1)?.textContent ?? "");
const recordedTexts = () =>
  page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded.aiTexts);
const threadInAddress = () => new URL(page.url()).searchParams.get("thread");

/** Waits until the reply row shows at least `length` characters. */
async function replyReaches(length: number) {
  await page.waitForFunction(
    (min) =>
      (document.querySelector('#messages li[data-type="ai"]')?.textContent ?? "").length >= min,
    length,
    { timeout: 30_000 },
  );
}

/** Waits until the page shows a reply and is idle: the run ended (or was stopped). */
async function replyDone() {
  await page.waitForFunction(
    () =>
      document.querySelector("#status")?.getAttribute("data-status") === "idle" &&
      document.querySelector('#messages li[data-type="ai"]') !== null,
    undefined,
    { timeout: 30_000 },
  );
}

/** The messages as the page shows them, and as the server stored them. */
async function shownAndStored(threadId: string) {
  const shown = await page.$$eval("#messages li", (rows) =>
    rows.map((row) => ({ type: row.dataset.type, text: row.textContent })),
  );
  const state = await client.threads.getState(threadId);
  const stored = (state.values.messages ?? []).map((m) => ({ type: m.type, text: m.content }));
  return { shown, stored };
}

describe("examples/react-chat in Chromium", () => {
  it("streams a reply live into a new thread, named in the address", async () => {
    await open("story");
    expect(threadInAddress()).toBeNull();
    await send(QUESTION);
    await replyDone();

    const threadId = threadInAddress();
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.textContent("#thread-id")).toBe(threadId);
    expect(await aiText()).toBe(STORY);
    const { shown, stored } = await shownAndStored(threadId as string);
    expect(stored).toEqual([
      { type: "human", text: QUESTION },
      { type: "ai", text: STORY },
    ]);
    expect(shown).toEqual(stored);

    // Shown as it streamed: many growing prefixes (one per render), never a step back.
    const texts = await recordedTexts();
    expect(texts.at(-1)).toBe(STORY);
    expect(texts.length).toBeGreaterThan(5);
    texts.forEach((text, i) => {
      expect(STORY.startsWith(text)).toBe(true);
      if (i > 0) expect(text.length).toBeGreaterThan(texts[i - 1]?.length ?? 0);
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "react-chat.png"), fullPage: true });

    // "New thread": an empty chat, no thread in the address until the next message.
    await page.click("#new-thread");
    await page.waitForFunction(() => document.querySelectorAll("#messages li").length === 0);
    expect(threadInAddress()).toBeNull();
    expect(await page.textContent("#thread-id")).toBe("new");
  });

  it("resumes after a reload mid-reply, after its last event: the reply exact, never doubled", async () => {
    await open("story");
    await send(QUESTION);
    await replyReaches(20);
    const threadId = threadInAddress();
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);

    // The GET of the run's stream the reloaded page makes, with the Last-Event-ID it sends.
    const rejoins: Promise<string | undefined>[] = [];
    const onRequest = (request: Request) => {
      if (request.method() !== "GET") return;
      if (!/\/threads\/[^/]+\/runs\/[^/]+\/stream$/.test(new URL(request.url()).pathname)) return;
      rejoins.push(request.allHeaders().then((headers) => headers["last-event-id"]));
    };
    page.on("request", onRequest);
    await page.reload();
    await replyDone();
    page.off("request", onRequest);

    expect(threadInAddress()).toBe(threadId);
    const lastEventIds = await Promise.all(rejoins);
    expect(lastEventIds.length).toBeGreaterThan(0);
    for (const id of lastEventIds) {
      expect(id).toBeDefined();
      expect(id).not.toBe("-1");
    }
    expect(await aiText()).toBe(STORY);
    const { shown, stored } = await shownAndStored(threadId as string);
    expect(stored).toEqual([
      { type: "human", text: QUESTION },
      { type: "ai", text: STORY },
    ]);
    expect(shown).toEqual(stored);
    // The reloaded page showed the part streamed before the reload at once, then grew it: a
    // replay would have started again from a few characters, a doubled token broken the prefix.
    const texts = await recordedTexts();
    expect(texts[0]?.length).toBeGreaterThanOrEqual(20);
    for (const text of texts) expect(STORY.startsWith(text)).toBe(true);
  });

  it("Stop keeps the partial reply and shows no interrupt", async () => {
    await open("story");
    await send(QUESTION);
    await replyReaches(10);
    await page.click("#stop");
    await replyDone();
    const partial = await aiText();
    expect(partial.length).toBeGreaterThanOrEqual(10);
    expect(partial.length).toBeLessThan(STORY.length);
    expect(STORY.startsWith(partial)).toBe(true);
    expect(await page.$("#interrupt")).toBeNull();

    // The server cancelled the run (it did not finish), so its state holds the question only.
    const threadId = threadInAddress() as string;
    const [run] = await client.runs.list(threadId);
    expect(run).toBeDefined();
    await client.runs.join(threadId, run?.run_id as string);
    expect((await client.runs.get(threadId, run?.run_id as string)).status).toBe("interrupted");
    const state = await client.threads.getState(threadId);
    expect(state.values.messages?.map((m) => m.type)).toEqual(["human"]);
    expect(state.tasks?.flatMap((task) => task.interrupts ?? [])).toEqual([]);
    // Nothing more reached the page once the run was over on the server either.
    expect(await aiText()).toBe(partial);
    expect(await page.getAttribute("#status", "data-status")).toBe("idle");
  });

  it("hitl: shows the interrupt's question, still after a reload; answering finishes the run", async () => {
    await open("story");
    await page.selectOption("#graph", "hitl");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("graph") === "hitl");
    await send("Deploy to production?");
    // The run pauses: its stream ends with the interrupt, which the page shows and asks about.
    await page.waitForSelector('#status[data-status="interrupted"]', { timeout: 30_000 });
    expect(await page.textContent("#interrupt-question")).toBe("Deploy to production?");
    const threadId = threadInAddress() as string;
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);

    // The paused thread, mounted again from the address: the question comes from its state.
    await page.reload();
    await page.waitForSelector('#status[data-status="interrupted"]');
    expect(await page.textContent("#interrupt-question")).toBe("Deploy to production?");

    await page.fill("#interrupt-answer", "yes");
    await page.click("#resume");
    await page.waitForSelector("#stored-answer");
    await page.waitForSelector('#status[data-status="idle"]');
    expect(await page.textContent("#stored-answer")).toBe("yes");
    expect(await page.$("#interrupt")).toBeNull();

    const state = await client.threads.getState(threadId);
    expect(state.values).toEqual({ question: "Deploy to production?", answer: "yes" });
    expect(state.next).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "react-chat-hitl.png"), fullPage: true });
  });

  it("raised no uncaught error and logged no console error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
