// A submit's own onError gets the run as the store's does (the official hook's per-submit
// `onError(error, run)`): an app that shows "retry run X" needs which run failed.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
import { event, human, RUN, scriptedClient, THREAD, threadState } from "../support/scripted";

describe("submit's onError", () => {
  it("is called instead of the store's, with the error and the run", async () => {
    const { transport } = memoryTransport((request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
      if (path.endsWith("/runs/stream")) {
        return sse(
          [
            event(0, "metadata", { run_id: RUN }),
            event(1, "error", { error: "ValueError", message: "boom" }),
          ],
          { "content-location": `/threads/${THREAD}/runs/${RUN}` },
        );
      }
      return json({ run_id: RUN, thread_id: THREAD, status: "error" });
    });
    const storeErrors: unknown[] = [];
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      onError: (error) => storeErrors.push(error),
    });
    await store.switchThread(THREAD);
    const calls: [unknown, unknown][] = [];

    await store.submit(null, { onError: (error, run) => calls.push([error, run]) });

    const { error } = store.getSnapshot();
    expect(error).toBeInstanceOf(Error);
    expect(calls).toEqual([[error, { run_id: RUN, thread_id: THREAD }]]);
    expect(storeErrors).toEqual([]);
  });
});
