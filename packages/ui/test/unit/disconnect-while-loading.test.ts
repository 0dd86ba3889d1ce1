// disconnect() while the thread's state is loading — a component unmounted before its thread
// arrived — with a run stored for a reload: the load must not open a stream afterwards, into a
// store nobody shows. A switch to the thread again (a remount, StrictMode's second mount) joins
// it after the stored event, once.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore, resumeKey } from "../../src/index";
import { MemoryStorage } from "../support/memory-storage";
import {
  chunk,
  deferred,
  event,
  human,
  RUN,
  scriptedClient,
  THREAD,
  threadState,
} from "../support/scripted";
import { aiText } from "../support/story";

function setup() {
  const stateAsked = deferred();
  const answerState = deferred();
  const { transport, requests } = memoryTransport(async (request) => {
    const path = request.url.pathname;
    if (path === `/threads/${THREAD}/state`) {
      stateAsked.resolve();
      await answerState.promise;
      return json(threadState({ messages: [human] }));
    }
    if (path.endsWith(`/runs/${RUN}/stream`)) {
      return sse([
        event(4, "messages", chunk("a1", "des")),
        event(5, "values", { messages: [human, { type: "ai", id: "a1", content: "Tides" }] }),
      ]);
    }
    return json({ run_id: RUN, thread_id: THREAD, status: "success" });
  });
  const storage = new MemoryStorage();
  storage.setItem(
    resumeKey(THREAD),
    JSON.stringify({
      runId: RUN,
      lastEventId: "3",
      partial: [{ type: "ai", id: "a1", content: "Ti" }],
    }),
  );
  const store = new ChatStore({
    client: scriptedClient(transport),
    assistantId: "agent",
    notify: "sync",
    reconnectOnMount: storage,
  });
  const joins = () =>
    requests
      .filter((r) => r.method === "GET" && r.url.pathname.endsWith("/stream"))
      .map((r) => r.headers.get("last-event-id"));
  return { store, stateAsked, answerState, joins };
}

describe("disconnect() while the thread loads", () => {
  it("opens no stream when the state arrives; switching to the thread again joins it", async () => {
    const { store, stateAsked, answerState, joins } = setup();
    const loaded = store.switchThread(THREAD);
    await stateAsked.promise;
    store.disconnect();
    answerState.resolve();
    await loaded;

    expect(joins()).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({ isLoading: false, isThreadLoading: false });
    expect(aiText(store.getSnapshot().messages)).toBe("Ti");

    await store.switchThread(THREAD);
    expect(joins()).toEqual(["3"]);
    expect(aiText(store.getSnapshot().messages)).toBe("Tides");
  });

  it("mount, unmount, mount (StrictMode) before the state arrives: one join", async () => {
    const { store, stateAsked, answerState, joins } = setup();
    const loaded = store.switchThread(THREAD);
    await stateAsked.promise;
    store.disconnect();
    await store.switchThread(THREAD);
    answerState.resolve();
    await loaded;

    expect(joins()).toEqual(["3"]);
    expect(aiText(store.getSnapshot().messages)).toBe("Tides");
  });
});
