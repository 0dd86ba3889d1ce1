/**
 * The store's thread lifecycle on the real LangGraph server, through a recording proxy (what
 * reached the server is asserted from its request list): a submit on a new thread, loading an
 * existing thread, and switching threads while a run streams.
 */
import { describe, expect, it } from "vitest";
import { ChatStore } from "../../src/index";
import { chatThread, messagesOf, proxied } from "../support/fixtures";
import { describeRequest, requestsOf } from "../support/servers";
import { aiText, STORY_REPLY, storyInput } from "../support/story";
import { aiTexts, expectGrowingPrefixes, watch } from "../support/watch";

describe.concurrent("the thread lifecycle on the real server", () => {
  it("submit on a new thread: creates it once, names it, streams the reply token by token, ends on the thread's state", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const named: string[] = [];
    const store = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      onThreadId: (threadId) => named.push(threadId),
    });
    const watcher = watch(store);
    expect(store.getSnapshot()).toMatchObject({ threadId: null, isLoading: false, messages: [] });

    await store.submit(storyInput());

    const snapshot = store.getSnapshot();
    const threadId = snapshot.threadId as string;
    expect(named).toEqual([threadId]);
    expect(
      proxy.requests.filter((r) => r.method === "POST" && r.target === "/threads"),
    ).toHaveLength(1);
    // The runs client reads the run's status once when its stream ends without a terminal
    // event; the store itself reads nothing more (no state request: onFinish is not set).
    expect(requestsOf(proxy, threadId).map((r) => describeRequest(r, threadId))).toEqual([
      "POST /threads/<t>/runs/stream",
      "GET /threads/<t>/runs/<r>",
    ]);
    expect(snapshot).toMatchObject({ isLoading: false, isThreadLoading: false, error: undefined });
    expect(snapshot.runId).toMatch(/\S/);

    // Token by token: one character a notification, every text a prefix of the reply.
    const texts = aiTexts(watcher.snapshots);
    expectGrowingPrefixes(texts, STORY_REPLY);
    const streamed = [...new Set(texts)].filter((text) => text !== "");
    expect(streamed.map((text) => text.length)).toEqual(
      Array.from({ length: STORY_REPLY.length }, (_, i) => i + 1),
    );
    expect(watcher.snapshots.some((s) => s.isLoading && aiText(s.messages).length > 0)).toBe(true);

    // The end: exactly the thread's state, values included.
    const state = await direct.threads.getState(threadId);
    expect(snapshot.messages).toEqual(await messagesOf(direct, threadId));
    expect(snapshot.values).toEqual(state.values);
    expect(aiText(snapshot.messages)).toBe(STORY_REPLY);
    expect(snapshot.messageIds).toEqual(snapshot.messages.map((m) => m.id));
  });

  it("switchThread loads an existing thread with exactly one state request", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const { threadId, messages } = await chatThread(direct);
    const named: string[] = [];
    const store = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onThreadId: (id) => named.push(id),
    });
    const watcher = watch(store);

    await store.switchThread(threadId);

    expect(requestsOf(proxy, threadId).map((r) => describeRequest(r, threadId))).toEqual([
      "GET /threads/<t>/state",
    ]);
    expect(proxy.requests).toHaveLength(1);
    expect(named).toEqual([threadId]);
    expect(watcher.snapshots.map((s) => s.isThreadLoading)).toEqual([true, false]);
    expect(watcher.snapshots[0]?.messages).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({ threadId, isLoading: false, interrupts: [] });
    expect(store.getSnapshot().messages).toEqual(messages);
    expect(messages).toHaveLength(2);

    // The same thread again: nothing more is read.
    await store.switchThread(threadId);
    expect(proxy.requests).toHaveLength(1);
  });

  it("switching threads mid-stream: nothing of thread A reaches the store once it shows B, while A's run goes on", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const b = await chatThread(direct, "And what about B?");
    const store = new ChatStore({ client, assistantId: "story", notify: "sync" });
    const watcher = watch(store);

    const submitted = store.submit(storyInput());
    const streaming = await watcher.until((s) => aiText(s.messages).length >= 20);
    const threadA = streaming.threadId as string;
    const runA = streaming.runId as string;
    const requestsBeforeSwitch = requestsOf(proxy, threadA).length;
    const fromSwitch = watcher.count;

    await store.switchThread(b.threadId);
    await submitted;
    // A's run is left running on the server, and finishes there.
    await direct.runs.join(threadA, runA);
    expect((await direct.runs.get(threadA, runA)).status).toBe("success");
    expect(aiText(await messagesOf(direct, threadA))).toBe(STORY_REPLY);

    const afterSwitch = watcher.snapshots.slice(fromSwitch);
    const idsOfA = new Set((await messagesOf(direct, threadA)).map((m) => m.id));
    for (const snapshot of [...afterSwitch, store.getSnapshot()]) {
      expect(snapshot.threadId).toBe(b.threadId);
      expect(snapshot.isLoading).toBe(false);
      expect(snapshot.messages.filter((m) => idsOfA.has(m.id))).toEqual([]);
    }
    expect(store.getSnapshot().messages).toEqual(b.messages);
    expect(store.getSnapshot().runId).toBeUndefined();
    // The store stopped reading A: no request about A after the switch (no resume, no join).
    expect(requestsOf(proxy, threadA)).toHaveLength(requestsBeforeSwitch);
  });

  it("switching again before a thread's state arrives: its late answer is dropped", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const [a, b] = await Promise.all([chatThread(direct, "Thread A?"), chatThread(direct, "B?")]);
    const named: string[] = [];
    const store = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onThreadId: (id) => named.push(id),
    });
    const watcher = watch(store);

    const loadingA = store.switchThread(a.threadId);
    await store.switchThread(b.threadId);
    await loadingA;

    // A's state was asked for and answered, and nothing of it was shown.
    expect(requestsOf(proxy, a.threadId).map((r) => describeRequest(r, a.threadId))).toEqual([
      "GET /threads/<t>/state",
    ]);
    expect(proxy.requests.find((r) => r.target.includes(a.threadId))?.status).toBe(200);
    const idsOfA = new Set(a.messages.map((m) => m.id));
    for (const snapshot of watcher.snapshots) {
      expect(snapshot.messages.filter((m) => idsOfA.has(m.id))).toEqual([]);
    }
    expect(named).toEqual([a.threadId, b.threadId]);
    expect(store.getSnapshot()).toMatchObject({ threadId: b.threadId, isThreadLoading: false });
    expect(store.getSnapshot().messages).toEqual(b.messages);
  });
});
