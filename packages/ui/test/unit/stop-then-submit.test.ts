// stop() before the server named the run, then a submit at once (a user who clicks Stop, then
// Send): the stopped run is on the thread until the store can cancel it, and a run created before
// that is refused (on the real server: 422 "Thread is already running a task"). The submit waits
// for the cancel; the UI still shows the stop at once.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
import {
  deferred,
  event,
  human,
  RUN,
  scriptedClient,
  THREAD,
  threadState,
} from "../support/scripted";

const SECOND_RUN = "00000000-0000-4000-8000-000000000005";

describe("submit right after stop(), before the run was named", () => {
  it("is sent after the stopped run's cancel", async () => {
    const firstAsked = deferred();
    const answerFirst = deferred();
    let runs = 0;
    const { transport, requests } = memoryTransport(async (request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
      if (path.endsWith("/runs/stream")) {
        const run = runs++ === 0 ? RUN : SECOND_RUN;
        if (run === RUN) {
          firstAsked.resolve();
          await answerFirst.promise;
        }
        return sse([event(0, "metadata", { run_id: run })], {
          "content-location": `/threads/${THREAD}/runs/${run}`,
        });
      }
      if (path.endsWith("/cancel")) return { status: 202 };
      return json({ run_id: SECOND_RUN, thread_id: THREAD, status: "success" });
    });
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });
    await store.switchThread(THREAD);
    const first = store.submit(null);
    await firstAsked.promise;

    await store.stop();
    expect(store.getSnapshot().isLoading).toBe(false);
    const second = store.submit({ messages: [] });
    answerFirst.resolve();
    await Promise.all([first, second]);

    const sent = requests
      .map((r) => `${r.method} ${r.url.pathname.replace(`/threads/${THREAD}`, "")}`)
      .filter((line) => !line.startsWith("GET"));
    expect(sent).toEqual(["POST /runs/stream", `POST /runs/${RUN}/cancel`, "POST /runs/stream"]);
    expect(store.getSnapshot()).toMatchObject({ runId: SECOND_RUN, error: undefined });
  });
});
