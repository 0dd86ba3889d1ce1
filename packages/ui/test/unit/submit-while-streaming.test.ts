// A second submit while a run streams (Send clicked again): the server refuses a second run on a
// busy thread by default (422), which would leave the first reply frozen half-way. The submit
// waits for the streaming run to end, as the official hook's does; with a multitask strategy the
// server decides, so it is sent at once.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
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

const SECOND_RUN = "00000000-0000-4000-8000-000000000005";

function server() {
  const firstStreaming = deferred();
  const endFirst = deferred();
  let runs = 0;
  const memory = memoryTransport(async (request) => {
    const path = request.url.pathname;
    if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
    if (path.endsWith("/runs/stream")) {
      const run = runs++ === 0 ? RUN : SECOND_RUN;
      const head = `id: 0\nevent: metadata\ndata: ${JSON.stringify({ run_id: run })}\n\n`;
      if (run === RUN) {
        firstStreaming.resolve();
        return sse([head, event(1, "messages", chunk("a1", "Ti")), { waitFor: endFirst.promise }], {
          "content-location": `/threads/${THREAD}/runs/${RUN}`,
        });
      }
      return sse([head], { "content-location": `/threads/${THREAD}/runs/${run}` });
    }
    return json({ run_id: RUN, thread_id: THREAD, status: "success" });
  });
  const streams = () =>
    memory.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/runs/stream"));
  return { ...memory, firstStreaming, endFirst, streams };
}

describe("submit while a run streams", () => {
  it("waits for the streaming run to end, then sends its run", async () => {
    const { transport, firstStreaming, endFirst, streams } = server();
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });
    await store.switchThread(THREAD);
    const first = store.submit(null);
    await firstStreaming.promise;
    const second = store.submit({ messages: [] });
    // Give the second submit every chance to send early: it must not.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(streams()).toHaveLength(1);
    expect(store.getSnapshot().isLoading).toBe(true);

    endFirst.resolve();
    await Promise.all([first, second]);
    expect(streams()).toHaveLength(2);
    expect(store.getSnapshot()).toMatchObject({
      runId: SECOND_RUN,
      isLoading: false,
      error: undefined,
    });
  });

  it("with multitaskStrategy interrupt, is sent at once (the server decides)", async () => {
    const { transport, firstStreaming, endFirst, streams } = server();
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });
    await store.switchThread(THREAD);
    const first = store.submit(null);
    await firstStreaming.promise;
    const second = store.submit({ messages: [] }, { multitaskStrategy: "interrupt" });
    await second;
    expect(streams()).toHaveLength(2);
    expect(JSON.parse(streams()[1]?.body ?? "{}").multitask_strategy).toBe("interrupt");
    endFirst.resolve();
    await first;
    expect(store.getSnapshot().runId).toBe(SECOND_RUN);
  });

  it("shows loading while a thread with a stored run loads, before the run is joined", async () => {
    const stateAsked = deferred();
    const answerState = deferred();
    const { transport } = memoryTransport(async (request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) {
        stateAsked.resolve();
        await answerState.promise;
        return json(threadState({ messages: [human] }));
      }
      if (path.endsWith(`/runs/${RUN}/stream`)) {
        return sse([event(3, "messages", chunk("a1", "des"))]);
      }
      return json({ run_id: RUN, thread_id: THREAD, status: "success" });
    });
    const items = new Map([
      [
        `runwire:stream:${THREAD}`,
        JSON.stringify({
          runId: RUN,
          lastEventId: "2",
          partial: [{ type: "ai", id: "a1", content: "Ti" }],
        }),
      ],
    ]);
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      reconnectOnMount: storage,
    });
    const loading = store.switchThread(THREAD);
    await stateAsked.promise;
    expect(store.getSnapshot()).toMatchObject({ isThreadLoading: true, isLoading: true });
    answerState.resolve();
    await loading;
    expect(store.getSnapshot().isLoading).toBe(false);
    expect(store.getSnapshot().messages.at(-1)?.content).toBe("Tides");
  });
});
