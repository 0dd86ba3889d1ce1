/**
 * A simulated page reload mid-run (`reconnectOnMount` with an in-memory storage): at seeded points
 * of a streaming run the store is dropped (`disconnect()`, then discarded) and a new store on the
 * same storage shows the thread. It joins the run after the stored Last-Event-ID (never a replay
 * from "-1"), restores the partial message, and ends on the uncut run's messages with no token
 * lost or doubled. The token goes when the run ends; a malformed one reads as none.
 */
import { randomUUID } from "node:crypto";
import { type CuttingProxy, prng } from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatSnapshot, ChatStore, type Message, resumeKey } from "../../src/index";
import { chatThread } from "../support/fixtures";
import { MemoryStorage } from "../support/memory-storage";
import {
  describeRequest,
  type NodeClient,
  nodeClient,
  recordingProxy,
  requestsOf,
  serverUrl,
} from "../support/servers";
import { aiText, STORY_REPLY, storyInput, valuesWithoutIds, withoutIds } from "../support/story";
import { aiTexts, expectGrowingPrefixes, watch } from "../support/watch";

let proxy: CuttingProxy;
let client: NodeClient;
let direct: NodeClient;
/** An uncut run of the same graph, started at once and awaited where a test compares with it. */
let uncut: Promise<{ snapshot: ChatSnapshot; parts: number }>;

beforeAll(async () => {
  proxy = await recordingProxy();
  client = nodeClient(proxy.url);
  direct = nodeClient(serverUrl);
  uncut = (async () => {
    let parts = 0;
    const store = new ChatStore({ client, assistantId: "story", onPart: () => (parts += 1) });
    await store.submit(storyInput());
    return { snapshot: store.getSnapshot(), parts };
  })();
});

afterAll(async () => {
  await uncut?.catch(() => undefined);
  await client?.close();
  await direct?.close();
  await proxy?.close();
});

interface StoredToken {
  runId: string;
  lastEventId?: string;
  partial: Message[];
}

function storedToken(storage: MemoryStorage, threadId: string): StoredToken | undefined {
  const text = storage.getItem(resumeKey(threadId));
  return text === null ? undefined : (JSON.parse(text) as StoredToken);
}

/** The first page: a store that streams the story run until its text is `atLeast` long, then is dropped. */
async function firstPage(
  storage: MemoryStorage,
  atLeast: number,
  notify: "sync" | "frame",
): Promise<{ threadId: string; runId: string; token: StoredToken }> {
  const threadId = randomUUID();
  const store = new ChatStore({ client, assistantId: "story", notify, reconnectOnMount: storage });
  const watcher = watch(store);
  const submitted = store.submit(storyInput(), { threadId });
  const streaming = await watcher.until((s) => aiText(s.messages).length >= atLeast);
  store.disconnect();
  watcher.unsubscribe();
  await submitted;
  const token = storedToken(storage, threadId);
  if (token === undefined) throw new Error("no resume token was stored");
  return { threadId, runId: streaming.runId as string, token };
}

/** The page after the reload: a new store on the same storage shows the thread. */
async function reloadedPage(storage: MemoryStorage, threadId: string) {
  let parts = 0;
  const store = new ChatStore({
    client,
    assistantId: "story",
    notify: "sync",
    reconnectOnMount: storage,
    onPart: () => {
      parts += 1;
    },
  });
  const watcher = watch(store);
  const before = requestsOf(proxy, threadId).length;
  await store.switchThread(threadId);
  return {
    store,
    snapshots: watcher.snapshots,
    parts,
    requests: requestsOf(proxy, threadId).slice(before),
  };
}

// Where each page is dropped (the length of the reply streamed by then) and how it notified.
const random = prng(3);
const DROPS = Array.from({ length: 6 }, (_, i) => ({
  atLeast: 3 + Math.floor(random() * 165),
  notify: i % 2 === 0 ? ("sync" as const) : ("frame" as const),
}));

describe.concurrent("a reload mid-run resumes after the stored event (real server)", () => {
  it.for(DROPS)(
    "dropped once the reply is $atLeast characters long (notify $notify): joins after the stored event, restores the partial, ends as the uncut run",
    async ({ atLeast, notify }) => {
      const storage = new MemoryStorage();
      const { threadId, runId, token } = await firstPage(storage, atLeast, notify);

      // The token names the run and the last event applied, and holds the partial as it stood
      // then: metadata is event 0, the input's state event 1, then one event per character.
      const partialText = aiText(token.partial);
      expect(token.runId).toBe(runId);
      expect(partialText.length).toBeGreaterThanOrEqual(atLeast);
      expect(STORY_REPLY.startsWith(partialText)).toBe(true);
      expect(token.lastEventId).toBe(String(partialText.length + 1));

      const page = await reloadedPage(storage, threadId);

      const requests = page.requests.map((r) => describeRequest(r, threadId));
      expect(requests.slice(0, 2)).toEqual([
        "GET /threads/<t>/state",
        "GET /threads/<t>/runs/<r>/stream",
      ]);
      expect(requests.filter((r) => r.startsWith("POST"))).toEqual([]);
      expect(page.requests[1]?.headers["last-event-id"]).toBe(token.lastEventId);

      // From the restored partial on, the text only grows, token by token, to the reply.
      const shown = page.snapshots.filter((s) => !s.isThreadLoading);
      const texts = aiTexts(shown);
      expect(texts[0]?.length).toBeGreaterThanOrEqual(partialText.length);
      expectGrowingPrefixes(texts, STORY_REPLY);
      // Every event after the stored one, once.
      const { snapshot: reference, parts: referenceParts } = await uncut;
      expect(page.parts).toBe(referenceParts - 1 - Number(token.lastEventId));

      const final = page.store.getSnapshot();
      expect(final).toMatchObject({ isLoading: false, error: undefined, runId });
      expect(withoutIds(final.messages)).toEqual(withoutIds(reference.messages));
      expect(valuesWithoutIds(final.values)).toEqual(valuesWithoutIds(reference.values));
      expect(final.values).toEqual((await direct.threads.getState(threadId)).values);
      // The run ended: its token is gone.
      expect(storage.getItem(resumeKey(threadId))).toBeNull();
    },
  );

  it("a second reload before any event arrived still resumes after the first page's event", async () => {
    const storage = new MemoryStorage();
    const { threadId, token } = await firstPage(storage, 60, "sync");

    // The second page is dropped as soon as it starts joining: no event has reached it.
    const second = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      reconnectOnMount: storage,
    });
    const joining = new Promise<void>((resolve) => {
      const unsubscribe = second.subscribe(() => {
        if (!second.getSnapshot().isLoading) return;
        unsubscribe();
        queueMicrotask(() => {
          second.disconnect();
          resolve();
        });
      });
    });
    const switched = second.switchThread(threadId);
    await joining;
    await switched;
    expect(aiText(second.getSnapshot().messages)).toBe(aiText(token.partial));

    const page = await reloadedPage(storage, threadId);

    const join = page.requests.find((r) => r.target.includes("/stream"));
    expect(join?.headers["last-event-id"]).toBe(token.lastEventId);
    expectGrowingPrefixes(aiTexts(page.snapshots.filter((s) => !s.isThreadLoading)), STORY_REPLY);
    expect(aiText(page.store.getSnapshot().messages)).toBe(STORY_REPLY);
  });

  it("a run streamed to its end leaves no token; tokens were kept while it streamed", async () => {
    const storage = new MemoryStorage();
    const threadId = randomUUID();
    const store = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      reconnectOnMount: storage,
    });
    await store.submit(storyInput(), { threadId });

    const key = resumeKey(threadId);
    const kept = storage.writes.filter((w) => w.key === key && w.value !== null);
    expect(kept.length).toBeGreaterThan(STORY_REPLY.length);
    const ids = kept.map((w) => (JSON.parse(w.value as string) as StoredToken).lastEventId);
    expect(ids.at(-1)).toMatch(/^\d+$/);
    expect(storage.writes.filter((w) => w.key === key).at(-1)).toEqual({ key, value: null });
    expect(storage.getItem(key)).toBeNull();
    expect(aiText(store.getSnapshot().messages)).toBe(STORY_REPLY);
  });

  it.for([
    ["not JSON", "{runId:"],
    ["JSON null", "null"],
    ["no run id", JSON.stringify({ lastEventId: "7", partial: [] })],
    ["a run id that is not a string", JSON.stringify({ runId: 42, lastEventId: "7" })],
    ["an empty run id", JSON.stringify({ runId: "", lastEventId: "7" })],
  ])(
    "a malformed token (%s) reads as none: the thread loads, nothing is joined",
    async ([, stored]) => {
      const { threadId, messages } = await chatThread(direct);
      const storage = new MemoryStorage();
      storage.setItem(resumeKey(threadId), stored as string);

      const page = await reloadedPage(storage, threadId);

      expect(page.requests.map((r) => describeRequest(r, threadId))).toEqual([
        "GET /threads/<t>/state",
      ]);
      const snapshot = page.store.getSnapshot();
      expect(snapshot).toMatchObject({ isLoading: false, error: undefined });
      expect(snapshot.messages).toEqual(messages);
      expect(page.snapshots.some((s) => s.isLoading)).toBe(false);
    },
  );
});
