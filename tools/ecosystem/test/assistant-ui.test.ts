// assistant-ui's LangGraph runtime (`@assistant-ui/react-langgraph`) driven by a runwire client in
// a real Chromium, against the real LangGraph server: the page (scripts/page.ts, src/app) wires
// `useLangGraphRuntime` to runwire's `Client` as assistant-ui's quickstart wires the official
// SDK's, and renders assistant-ui's primitives. Every check reads the page's DOM and the server's
// state (through the official SDK, so runwire does not check itself); none reads a clock.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficialClient } from "@runwire/langgraph-test-server/official-sdk";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type PageServer, servePage } from "../scripts/page.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");
const QUESTION = "Why are there tides?";

let site: PageServer;
let profileDir: string;
let context: BrowserContext;
let page: Page;
let server: InstanceType<typeof OfficialClient>;
const pageErrors: string[] = [];

beforeAll(async () => {
  const apiUrl = inject("langgraphUrl");
  server = new OfficialClient({ apiUrl, apiKey: null });
  site = await servePage({ apiUrl, assistantId: "story", plugins: [runwireFromSource()] });
  profileDir = mkdtempSync(join(tmpdir(), "runwire-chromium-profile-"));
  context = await launchChromium(chromium, profileDir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(String(error)));
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

interface Row {
  role: string | undefined;
  status: string | undefined;
  text: string;
}

/** The thread as the page shows it: each message's role, status and text. */
const rows = (): Promise<Row[]> =>
  page.$$eval("#thread .row", (elements) =>
    elements.map((element) => ({
      role: (element as HTMLElement).dataset.role,
      status: (element as HTMLElement).dataset.status,
      text: [...element.querySelectorAll(".text")].map((part) => part.textContent).join(""),
    })),
  );

/** The messages of a thread as the server stored them: type and text. */
async function storedMessages(threadId: string) {
  const state = await server.threads.getState<{ messages: { type: string; content: unknown }[] }>(
    threadId,
  );
  return state.values.messages.map(({ type, content }) => ({ type, content }));
}

/**
 * Records the last assistant message's text at every animation frame in which it changed, so a
 * test can tell a reply that grew on screen from one that appeared whole.
 */
async function recordAssistantText(): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { assistantTextFrames: seen });
    const sample = () => {
      const replies = document.querySelectorAll('#thread .row[data-role="assistant"] .text');
      const text = replies[replies.length - 1]?.textContent ?? "";
      if (text !== "" && text !== seen[seen.length - 1]) seen.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const assistantTextFrames = () =>
  page.evaluate(() => (window as unknown as { assistantTextFrames: string[] }).assistantTextFrames);

async function send(text: string): Promise<void> {
  await page.fill("#composer-input", text);
  await page.click("#composer-send");
}

/** Waits for the thread on screen to hold `count` messages, the last one complete. */
async function waitForReply(count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const all = document.querySelectorAll("#thread .row");
      const last = all[all.length - 1] as HTMLElement | undefined;
      return (
        all.length === expected &&
        last?.dataset.role === "assistant" &&
        last.dataset.status === "complete"
      );
    },
    count,
    { timeout: 30_000 },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function shownThreadId(): Promise<string> {
  await page.waitForFunction(() =>
    /^[0-9a-f-]{36}$/.test(document.getElementById("thread-id")?.textContent ?? ""),
  );
  return (await page.textContent("#thread-id")) ?? "";
}

describe("assistant-ui's LangGraph runtime on a runwire Client, in Chromium", () => {
  let firstThread: string;
  // The story graph's reply, as the server stored it.
  let storyReply: string;

  it("creates the thread on the server, streams the reply onto the page, and shows what the server stored", async () => {
    await page.goto(site.url);
    await page.waitForSelector("#composer-input");
    expect(await rows()).toEqual([]);
    await recordAssistantText();

    await send(QUESTION);
    await waitForReply(2);

    firstThread = await shownThreadId();
    expect(firstThread).toMatch(UUID);
    // threads.create went to the server: the thread exists there, on the story graph.
    const thread = await server.threads.get(firstThread);
    expect(thread.thread_id).toBe(firstThread);
    expect(thread.metadata?.graph_id).toBe("story");

    const stored = await storedMessages(firstThread);
    expect(stored.map((m) => m.type)).toEqual(["human", "ai"]);
    expect(stored[0]?.content).toBe(QUESTION);
    const reply = stored[1]?.content;
    expect(typeof reply).toBe("string");
    storyReply = String(reply);
    expect(storyReply.length).toBeGreaterThan(100);
    expect(await rows()).toEqual([
      { role: "user", status: undefined, text: QUESTION },
      { role: "assistant", status: "complete", text: reply },
    ]);

    // Streamed: the reply grew on screen over many frames, each a longer prefix of the last.
    const frames = await assistantTextFrames();
    expect(frames.length).toBeGreaterThan(10);
    expect(frames.at(-1)).toBe(reply);
    for (const [index, text] of frames.entries()) {
      if (index > 0) expect(text.startsWith(frames[index - 1] ?? "")).toBe(true);
    }
    expect(frames[0]?.length).toBeLessThan(storyReply.length / 2);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "assistant-ui-new-thread.png"), fullPage: true });
  });

  it("loads an existing thread through `load` (threads.getState) and goes on with it", async () => {
    const before = (await server.threads.search({ limit: 100 })).length;
    await page.goto(`${site.url}/?thread=${firstThread}`);
    await waitForReply(2);
    const stored = await storedMessages(firstThread);
    expect(await rows()).toEqual([
      { role: "user", status: undefined, text: stored[0]?.content },
      { role: "assistant", status: "complete", text: stored[1]?.content },
    ]);
    expect(await shownThreadId()).toBe(firstThread);

    // A second message goes to the same thread: no new thread, four messages stored.
    await send("And why twice a day?");
    await waitForReply(4);
    const after = await storedMessages(firstThread);
    expect(after.map((m) => m.type)).toEqual(["human", "ai", "human", "ai"]);
    expect(after[2]?.content).toBe("And why twice a day?");
    expect((await rows()).map((row) => row.text)).toEqual(after.map((m) => m.content));
    expect((await server.threads.search({ limit: 100 })).length).toBe(before);
    await page.screenshot({
      path: join(ARTIFACTS, "assistant-ui-loaded-thread.png"),
      fullPage: true,
    });
  });

  it("switches threads in place, loading each one's messages, and back to a new thread", async () => {
    // A second thread with a different question, written through the official SDK.
    const other = await server.threads.create();
    await server.runs.wait(other.thread_id, "story", {
      input: { messages: [{ type: "human", content: "Tell me about the Moon." }] },
    });
    const otherStored = await storedMessages(other.thread_id);

    await page.goto(site.url);
    await page.waitForSelector("#composer-input");
    expect(await rows()).toEqual([]);

    const switchTo = async (threadId: string) => {
      await page.fill("#switch-to", threadId);
      await page.click("#switch-go");
    };
    await switchTo(other.thread_id);
    await waitForReply(2);
    expect((await rows()).map((row) => row.text)).toEqual(otherStored.map((m) => m.content));
    expect(await shownThreadId()).toBe(other.thread_id);

    await switchTo(firstThread);
    await waitForReply(4);
    const firstStored = await storedMessages(firstThread);
    expect((await rows()).map((row) => row.text)).toEqual(firstStored.map((m) => m.content));
    expect(await shownThreadId()).toBe(firstThread);

    await switchTo("");
    await page.waitForFunction(() => document.querySelectorAll("#thread .row").length === 0);
    expect(await page.textContent("#thread-id")).toBe("");
  });

  it("stops a run from the composer: the stream is aborted and the server cancels the run", async () => {
    await page.goto(site.url);
    await page.waitForSelector("#composer-input");
    await recordAssistantText();
    await send(QUESTION);
    // Stop once the reply has started to stream.
    await page.waitForFunction(
      () => (window as unknown as { assistantTextFrames: string[] }).assistantTextFrames.length > 2,
    );
    const threadId = await shownThreadId();
    await page.click("#composer-cancel");

    // `onDisconnect: "cancel"` (what assistant-ui's stream helper sends): the run ends cancelled.
    let runs = await server.runs.list(threadId);
    while (runs[0]?.status === "pending" || runs[0]?.status === "running") {
      await server.runs.join(threadId, runs[0].run_id);
      runs = await server.runs.list(threadId);
    }
    expect(runs.map((run) => run.status)).toEqual(["interrupted"]);
    // The page keeps the part of the reply that had arrived.
    const shown = (await rows()).at(-1)?.text ?? "";
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(storyReply.length);
    expect(storyReply.startsWith(shown)).toBe(true);
  });

  it("raised no uncaught error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
