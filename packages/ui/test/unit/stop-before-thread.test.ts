// `stop()` while the first submit is still creating the thread: the thread that comes is shown
// (empty) and no run is started on it. Over the in-memory transport, which lets the test hold the
// create request open.
import { createClient } from "@runwire/core";
import { describe, expect, it } from "vitest";
import { memoryTransport } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";

const THREAD = "00000000-0000-4000-8000-000000000001";

describe("stop() before the thread exists", () => {
  it("shows the created thread, starts no run, and calls onThreadId once", async () => {
    let answerCreate: () => void = () => {};
    const created = new Promise<void>((resolve) => {
      answerCreate = resolve;
    });
    const { transport, requests } = memoryTransport(async () => {
      await created;
      return {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ thread_id: THREAD }),
      };
    });
    const threadIds: string[] = [];
    const store = new ChatStore({
      client: createClient({ apiUrl: "http://server.test", transport }),
      assistantId: "agent",
      notify: "sync",
      onThreadId: (id) => threadIds.push(id),
    });
    const submitted = store.submit({ messages: [] });
    await store.stop();
    expect(store.getSnapshot().isLoading).toBe(false);
    answerCreate();
    await submitted;

    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(["POST /threads"]);
    expect(store.getSnapshot().threadId).toBe(THREAD);
    expect(store.getSnapshot().isLoading).toBe(false);
    expect(threadIds).toEqual([THREAD]);
  });
});
