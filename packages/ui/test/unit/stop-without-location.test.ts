// stop() before the server named the run, on a server (or a proxy, or a CORS policy that does not
// expose the header) whose stream response has no Content-Location: the run is named only by the
// stream's first event. The store must still cancel it — the run was created with
// `onDisconnect: "continue"`, so dropping the stream alone leaves it running.
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

describe("stop() before the run is named, without Content-Location", () => {
  it("cancels the run once its metadata event names it, and shows nothing of it", async () => {
    const streamAsked = deferred();
    const answerStream = deferred();
    const cancelled = deferred();
    const { transport, requests } = memoryTransport(async (request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
      if (path.endsWith("/runs/stream")) {
        streamAsked.resolve();
        await answerStream.promise;
        return sse([
          event(0, "metadata", { run_id: RUN }),
          event(1, "values", { messages: [human] }),
          event(2, "messages", chunk("a1", "Ti")),
        ]);
      }
      if (path.endsWith("/cancel")) {
        cancelled.resolve();
        return { status: 202 };
      }
      return json({ run_id: RUN, thread_id: THREAD, status: "success" });
    });
    const errors: unknown[] = [];
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      onError: (error) => errors.push(error),
    });
    await store.switchThread(THREAD);

    const submitted = store.submit(null);
    await streamAsked.promise;
    await store.stop();
    answerStream.resolve();
    await submitted;
    await cancelled.promise;

    const cancel = requests.find((r) => r.url.pathname.endsWith("/cancel"));
    expect(cancel?.url.pathname).toBe(`/threads/${THREAD}/runs/${RUN}/cancel`);
    expect(cancel?.url.searchParams.get("action")).toBe("interrupt");
    expect(store.getSnapshot()).toMatchObject({ isLoading: false, interrupts: [] });
    expect(store.getSnapshot().messages).toEqual([human]);
    expect(errors).toEqual([]);
  });
});
