// @runwire/react in a real Chromium against the real LangGraph server: a React 19 page
// (test/pages/chat-app.tsx, bundled from source with esbuild) drives useStream and the fast list,
// and these tests check what it shows, what it sent, and what the server holds. Counts, never
// timings.
import { createClient } from "@runwire/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBrowser, type TestBrowser } from "./support/browser.ts";
import {
  aiTextOf,
  CHAT_REPLY,
  human,
  probeOf,
  ready,
  resetProbe,
  STORY,
  startSubmit,
  stateOf,
  submit,
  waitForMessages,
  waitForStreamedText,
} from "./support/page-helpers.ts";

const apiUrl = inject("langgraphUrl");
const server = createClient({ apiUrl, apiKey: null });
let browser: TestBrowser;

beforeAll(async () => {
  browser = await startBrowser(apiUrl, ["chat"]);
});

afterAll(async () => {
  await browser?.close();
});

/** A thread the `chat` graph already answered on: [human, ai]. */
async function answeredThread(question = "Why are there tides?"): Promise<string> {
  const { thread_id } = await server.threads.create();
  await server.runs.wait(thread_id, "chat", { input: human(question) });
  return thread_id;
}

/** The requests' method and path, with the thread and run ids written as `{t}` and `{r}`. */
function shapes(
  requests: { method: string; path: string }[],
  ids: Record<string, string | null | undefined>,
): string[] {
  return requests.map(({ method, path }) => {
    let shown = path;
    for (const [name, id] of Object.entries(ids)) if (id) shown = shown.replaceAll(id, name);
    return `${method} ${shown}`;
  });
}

/**
 * The client's end-of-stream check (docs/reliability.md): the server sends no `end` event, so
 * after a resumable run's stream closes, one GET of the run says whether it is over.
 */
const END_CHECK = "GET /threads/{t}/runs/{r}";

/** Every sample is what the reply looked like at some point: a prefix of it. */
function expectPrefixes(samples: string[], reply: string) {
  const strays = samples.filter((text) => !reply.startsWith(text));
  expect(strays).toEqual([]);
}

describe("useStream in Chromium", () => {
  it("submit on a new thread: the reply streams live, and the final messages are the thread's state", async () => {
    const { page, requests, errors } = await browser.open("chat");
    await ready(page);
    await resetProbe(page);
    const done = submit(page, human("Why are there tides?"));
    // On screen while the run still streams: rendered live, not at the end.
    await waitForStreamedText(page, 20);
    await done;
    await waitForMessages(page, 2);

    const state = await stateOf(page);
    expect(state.threadId).toMatch(/^[0-9a-f-]{36}$/);
    const thread = await server.threads.getState(state.threadId as string);
    expect(state.messages).toEqual(thread.values.messages);
    expect(state.values).toEqual(thread.values);
    expect(await aiTextOf(page)).toBe(STORY);
    expect(state.interrupt).toBeNull();

    const probe = await probeOf(page);
    // Every frame showed a prefix of the reply, and many different ones: it grew token by token.
    expectPrefixes(probe.samples, STORY);
    expect(probe.samples.length).toBeGreaterThan(20);
    // At most one render per animation frame (the parent reads every token through useStream).
    expect(probe.renders.parent).toBeLessThanOrEqual(probe.frames);

    const created = await page.evaluate(() => window.app.created);
    const announced = await page.evaluate(() => window.app.announced);
    expect(announced).toEqual([state.threadId]);
    expect(created).toHaveLength(1);
    // The callbacks (and defaultHeaders) are new on every render: the store stays, nothing is
    // loaded twice, and every request carries the headers.
    const sent = await requests();
    expect(sent.map((r) => r.headers["x-page"])).toEqual(sent.map(() => "chat-app"));
    expect(shapes(sent, { "{t}": state.threadId, "{r}": created[0] })).toEqual([
      "POST /threads",
      "POST /threads/{t}/runs/stream",
      END_CHECK,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("mounting an existing thread reads its state once; a new threadId prop reads the next once", async () => {
    const first = await answeredThread();
    const second = await answeredThread("And the Sun?");
    const { page, requests, errors } = await browser.open("chat", { thread: first });
    await ready(page);
    await waitForMessages(page, 2);

    const firstState = await server.threads.getState(first);
    expect((await stateOf(page)).messages).toEqual(firstState.values.messages);
    expect(await page.textContent("#thread-loading")).toBe("false");
    expect(shapes(await requests(), { "{first}": first })).toEqual(["GET /threads/{first}/state"]);

    // The controlled prop changes: that thread is shown, read once; nothing of the first stays.
    await page.evaluate((id) => window.app.setThread(id), second);
    await page.waitForFunction(
      (text) => document.querySelector("#messages li[data-type=human]")?.textContent === text,
      "And the Sun?",
    );
    await waitForMessages(page, 2);
    const secondState = await server.threads.getState(second);
    expect((await stateOf(page)).messages).toEqual(secondState.values.messages);
    expect(shapes(await requests(), { "{first}": first, "{second}": second })).toEqual([
      "GET /threads/{first}/state",
      "GET /threads/{second}/state",
    ]);
    // The component chose these threads itself: onThreadId is not called for them.
    expect(await page.evaluate(() => window.app.announced)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("page.reload() mid-stream with reconnectOnMount resumes after the last event: nothing lost or doubled", async () => {
    const { page, requests, errors } = await browser.open("chat", { reconnect: "1" });
    await ready(page);
    await startSubmit(page, human("Why are there tides?"));
    await waitForStreamedText(page, 40);
    const beforeReload = await aiTextOf(page);
    const sentBefore = (await requests()).length;

    await page.reload();
    await ready(page);
    await page.waitForFunction(
      (story) =>
        document.getElementById("status")?.textContent === "idle" &&
        document.querySelector("#messages li[data-type=ai]")?.textContent === story,
      STORY,
      { timeout: 30_000 },
    );

    const state = await stateOf(page);
    const threadId = state.threadId as string;
    const thread = await server.threads.getState(threadId);
    expect(state.messages).toEqual(thread.values.messages);
    expect(await aiTextOf(page)).toBe(STORY);

    // Every frame after the reload showed a prefix of the reply, starting from the partial text
    // kept before the reload (not from nothing, as a replay from the start would).
    const { samples } = await probeOf(page);
    expectPrefixes(samples, STORY);
    const firstShown = samples.find((text) => text.length > 0) ?? "";
    expect(firstShown.length).toBeGreaterThanOrEqual(beforeReload.length);

    // The run ended: its resume token is gone.
    expect(
      await page.evaluate((t) => sessionStorage.getItem(`runwire:stream:${t}`), threadId),
    ).toBeNull();
    const afterReload = (await requests()).slice(sentBefore);
    const joins = afterReload.filter(
      (r) => r.method === "GET" && /\/runs\/[^/]+\/stream$/.test(r.path),
    );
    expect(joins).toHaveLength(1);
    const lastEventId = joins[0]?.headers["last-event-id"];
    expect(lastEventId).toBeDefined();
    expect(lastEventId).not.toBe("-1");
    const runId = /\/runs\/([^/]+)\/stream$/.exec(joins[0]?.path ?? "")?.[1];
    expect(shapes(afterReload, { "{t}": threadId, "{r}": runId })).toEqual([
      "GET /threads/{t}/state",
      "GET /threads/{t}/runs/{r}/stream",
      END_CHECK,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("interrupt then resume: the interrupt is shown (also after a reload), and resuming answers it", async () => {
    const { page, errors } = await browser.open("chat", { assistant: "hitl" });
    await ready(page);
    await submit(page, { question: "Ship it?" });

    let state = await stateOf(page);
    expect(state.isLoading).toBe(false);
    expect(state.interrupts).toHaveLength(1);
    expect(state.interrupt).toMatchObject({ value: { question: "Ship it?" } });
    expect(JSON.parse((await page.textContent("#interrupt")) ?? "null")).toMatchObject({
      value: { question: "Ship it?" },
    });

    // A fresh mount of the paused thread shows the same interrupt, from the thread's state.
    await page.reload();
    await ready(page);
    await page.waitForFunction(
      () => document.getElementById("thread-loading")?.textContent === "false",
    );
    expect((await stateOf(page)).interrupt).toEqual(state.interrupt);

    await submit(page, null, { command: { resume: "yes" } });
    state = await stateOf(page);
    expect(state.interrupt).toBeNull();
    expect(await page.textContent("#interrupt")).toBe("none");
    expect(state.values).toEqual({ question: "Ship it?", answer: "yes" });
    const thread = await server.threads.getState(state.threadId as string);
    expect(thread.values).toEqual(state.values);
    expect(thread.next).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stop() mid-stream cancels the run: the partial text stays, no interrupt is invented", async () => {
    const { page, requests, errors } = await browser.open("chat");
    await ready(page);
    await startSubmit(page, human("Why are there tides?"));
    await waitForStreamedText(page, 30);
    await page.evaluate(() => window.app.stop());
    await page.waitForFunction(() => document.getElementById("status")?.textContent === "idle");

    const partial = await aiTextOf(page);
    expect(partial.length).toBeGreaterThanOrEqual(30);
    expect(STORY.startsWith(partial)).toBe(true);
    expect(partial).not.toBe(STORY);
    const state = await stateOf(page);
    expect(state.interrupt).toBeNull();
    expect(state.interrupts).toEqual([]);
    expect(await page.textContent("#interrupt")).toBe("none");

    const threadId = state.threadId as string;
    const [runId] = await page.evaluate(() => window.app.created);
    const cancels = (await requests()).filter((r) => r.path.endsWith("/cancel"));
    expect(cancels.map((r) => `${r.method} ${r.path}${r.search}`)).toEqual([
      `POST /threads/${threadId}/runs/${runId}/cancel?action=interrupt`,
    ]);
    // On the server the run ends as interrupted; nothing more of it reaches the page.
    await server.runs.join(threadId, runId as string);
    expect((await server.runs.get(threadId, runId as string)).status).toBe("interrupted");
    expect(await aiTextOf(page)).toBe(partial);
    expect((await stateOf(page)).interrupt).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switchThread mid-stream: nothing of the first thread appears after the switch", async () => {
    const other = await answeredThread();
    const { page, errors } = await browser.open("chat", { uncontrolled: "1" });
    await ready(page);
    await startSubmit(page, human("Why are there tides?"));
    await waitForStreamedText(page, 20);
    const streamed = await stateOf(page);
    const [runId] = await page.evaluate(() => window.app.created);

    await page.evaluate((id) => {
      window.probe.reset();
      void window.app.switchThread(id);
    }, other);
    await waitForMessages(page, 2);
    // The first run goes on to its end on the server (switching leaves it running) …
    await server.runs.join(streamed.threadId as string, runId as string);
    const first = await server.threads.getState(streamed.threadId as string);
    expect((first.values.messages as { content: unknown }[])[1]?.content).toBe(STORY);
    // … and no frame since the switch showed any of it: only the other thread's reply.
    const { samples } = await probeOf(page);
    expect(samples.filter((text) => text !== "" && text !== CHAT_REPLY)).toEqual([]);
    const state = await stateOf(page);
    expect(state.threadId).toBe(other);
    expect(state.messages).toEqual((await server.threads.getState(other)).values.messages);
    expect(await aiTextOf(page)).toBe(CHAT_REPLY);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("toolCalls and getToolCalls pair each call with its result; onFinish and onUpdateEvent are called", async () => {
    const { page, errors } = await browser.open("chat", {
      assistant: "tool-agent",
      uncontrolled: "1",
      callbacks: "1",
    });
    await ready(page);
    await submit(page, human("What is 1 + 2?"));
    await waitForMessages(page, 4);

    const state = await stateOf(page);
    expect((state.messages as { type: string }[]).map((m) => m.type)).toEqual([
      "human",
      "ai",
      "tool",
      "ai",
    ]);
    expect(state.toolCalls).toEqual([
      { id: "call-add", name: "add", args: { a: 1, b: 2 }, state: "completed", result: "3" },
    ]);
    expect(state.toolCallsByMessage).toEqual([["add"], []]);
    const thread = await server.threads.getState(state.threadId as string);
    expect(state.messages).toEqual(thread.values.messages);
    // onFinish declares a parameter: it was given the thread's state, read after the run.
    await page.waitForFunction(() => window.app.finished.length > 0);
    expect(await page.evaluate(() => window.app.finished)).toEqual([thread.values]);
    // onUpdateEvent given: the `updates` mode was asked for, one update per step.
    expect(await page.evaluate(() => window.app.updates)).toEqual(["agent", "tools", "agent"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("useStream under React StrictMode", () => {
  it("one POST per submit and the right final messages, though effects run twice", async () => {
    const { page, requests, errors } = await browser.open("chat", { strict: "1" });
    await ready(page);
    await submit(page, human("Why are there tides?"));
    await waitForMessages(page, 2);

    const state = await stateOf(page);
    const thread = await server.threads.getState(state.threadId as string);
    expect(state.messages).toEqual(thread.values.messages);
    expect(await aiTextOf(page)).toBe(STORY);
    const [runId] = await page.evaluate(() => window.app.created);
    // StrictMode is on (a development build of React): every effect ran twice on mount.
    expect((await probeOf(page)).renders["mount-effect"]).toBe(2);
    expect(shapes(await requests(), { "{t}": state.threadId, "{r}": runId })).toEqual([
      "POST /threads",
      "POST /threads/{t}/runs/stream",
      END_CHECK,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("mounting an existing thread still reads its state once", async () => {
    const threadId = await answeredThread();
    const { page, requests, errors } = await browser.open("chat", {
      strict: "1",
      thread: threadId,
    });
    await ready(page);
    await waitForMessages(page, 2);
    expect((await stateOf(page)).messages).toEqual(
      (await server.threads.getState(threadId)).values.messages,
    );
    expect((await probeOf(page)).renders["mount-effect"]).toBe(2);
    expect(shapes(await requests(), { "{t}": threadId })).toEqual(["GET /threads/{t}/state"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the fast list (useChatStore + useMessageIds + useMessage)", () => {
  it("re-renders only the streaming row; the parent renders a few times, not per token", async () => {
    const threadId = await answeredThread();
    const { page, errors } = await browser.open("chat", { view: "list", thread: threadId });
    await ready(page);
    await waitForMessages(page, 2);
    const [oldHuman, oldAi] = ((await stateOf(page)).messages as { id: string }[]).map((m) => m.id);
    const mounted = await probeOf(page);
    expect(mounted.renders[`row:${oldHuman}`]).toBe(1);
    expect(mounted.renders[`row:${oldAi}`]).toBe(1);

    await resetProbe(page);
    await submit(page, human("Tell me more."));
    await waitForMessages(page, 4);
    const { renders, frames } = await probeOf(page);
    const ids = ((await stateOf(page)).messages as { id: string }[]).map((m) => m.id);
    const [, , newHuman, newAi] = ids;

    // The rows already there did not render again: each rendered once, at mount.
    expect(renders[`row:${oldHuman}`]).toBeUndefined();
    expect(renders[`row:${oldAi}`]).toBeUndefined();
    expect(renders[`row:${newHuman}`]).toBe(1);
    // The streaming row rendered many times (the reply is ~180 tokens), at most once a frame.
    expect(renders[`row:${newAi}`]).toBeGreaterThan(20);
    expect(renders[`row:${newAi}`]).toBeLessThanOrEqual(frames);
    // The parent: when a row came and when the run started and ended, never for a token.
    expect(renders.parent).toBeLessThanOrEqual(6);
    expect(await page.textContent("#count")).toBe("4");
    expect(await aiTextOf(page)).toBe(`${CHAT_REPLY}|${STORY}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
