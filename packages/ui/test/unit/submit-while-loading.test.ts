// A submit while the thread's state is still loading (a user quicker than the network, or an app
// that submits on mount): the state that arrives late is older than what the run has streamed.
// It must not wipe the streamed tokens, show the interrupt the run is answering, or join the run
// stored for a reload (the submit's own, by then) over the stream already reading it.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
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
import { aiText, textOf } from "../support/story";
import { aiTexts, watch } from "../support/watch";

const interrupt = { id: "i1", value: { question: "Ship it?" } };
const reply = { type: "ai", id: "a1", content: "Tides" };

describe("submit while the thread loads", () => {
  it("keeps the run's tokens and cleared interrupt when the late state arrives, and joins nothing", async () => {
    const stateAsked = deferred();
    const answerState = deferred();
    const finishRun = deferred();
    const { transport, requests } = memoryTransport(async (request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) {
        stateAsked.resolve();
        await answerState.promise;
        return json(
          threadState({ messages: [human] }, [{ id: "t1", name: "ask", interrupts: [interrupt] }]),
        );
      }
      if (path.endsWith("/runs/stream") && request.method === "POST") {
        return sse(
          [
            event(0, "metadata", { run_id: RUN }),
            event(1, "values", { messages: [human] }),
            event(2, "messages", chunk("a1", "Ti")),
            { waitFor: finishRun.promise },
            event(3, "messages", chunk("a1", "des")),
            event(4, "values", { messages: [human, reply] }),
          ],
          { "content-location": `/threads/${THREAD}/runs/${RUN}` },
        );
      }
      return json({ run_id: RUN, thread_id: THREAD, status: "success" });
    });
    const storage = new MemoryStorage();
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      reconnectOnMount: storage,
    });
    const watcher = watch(store);

    const loaded = store.switchThread(THREAD);
    await stateAsked.promise;
    const submitted = store.submit(null, { command: { resume: "yes" } });
    await watcher.until((s) => aiText(s.messages) === "Ti");
    const fromLoad = watcher.count;
    answerState.resolve();
    await loaded;
    finishRun.resolve();
    await submitted;

    const afterLoad = watcher.snapshots.slice(fromLoad);
    expect(afterLoad.map((s) => aiText(s.messages)).filter((text) => text === "")).toEqual([]);
    expect(afterLoad.filter((s) => s.interrupts.length > 0)).toEqual([]);
    expect(aiTexts(watcher.snapshots).filter((text) => !"Tides".startsWith(text))).toEqual([]);
    // The submit's flushes stored its own token; the load must not rejoin that run either.
    const joins = requests.filter((r) => r.method === "GET" && r.url.pathname.endsWith("/stream"));
    expect(joins.map((r) => r.url.pathname)).toEqual([]);
    const final = store.getSnapshot();
    expect(final.messages.map((m) => [m.id, textOf(m)])).toEqual([
      ["h1", "Why are there tides?"],
      ["a1", "Tides"],
    ]);
    expect(final).toMatchObject({ isLoading: false, isThreadLoading: false, interrupts: [] });
  });

  it("keeps the run's result when the run ended before the late state arrived", async () => {
    const stateAsked = deferred();
    const answerState = deferred();
    const { transport } = memoryTransport(async (request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) {
        stateAsked.resolve();
        await answerState.promise;
        return json(
          threadState({ messages: [human] }, [{ id: "t1", name: "ask", interrupts: [interrupt] }]),
        );
      }
      if (path.endsWith("/runs/stream") && request.method === "POST") {
        return sse(
          [
            event(0, "metadata", { run_id: RUN }),
            event(1, "values", { messages: [human] }),
            event(2, "messages", chunk("a1", "Tides")),
            event(3, "values", { messages: [human, reply] }),
          ],
          { "content-location": `/threads/${THREAD}/runs/${RUN}` },
        );
      }
      return json({ run_id: RUN, thread_id: THREAD, status: "success" });
    });
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });

    const loaded = store.switchThread(THREAD);
    await stateAsked.promise;
    await store.submit(null, { command: { resume: "yes" } });
    answerState.resolve();
    await loaded;

    const final = store.getSnapshot();
    expect(final.messages.map((m) => [m.id, textOf(m)])).toEqual([
      ["h1", "Why are there tides?"],
      ["a1", "Tides"],
    ]);
    expect(final).toMatchObject({ isLoading: false, isThreadLoading: false, interrupts: [] });
  });
});
