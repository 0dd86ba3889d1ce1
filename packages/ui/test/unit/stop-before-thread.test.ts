// `stop()` while the first submit is still creating the thread: the thread that comes is shown
// (empty) and no run is started on it. Over the in-memory transport, which lets the test hold the
// create request open.
import { createClient } from "@runwire/core";
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
import { deferred } from "../support/scripted";

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

describe("stop() then submit again before the first thread exists", () => {
  it("the new submit runs on the thread the first one created: one thread, announced once", async () => {
    const answerCreate = deferred();
    const { transport, requests } = memoryTransport(async (request) => {
      if (request.url.pathname === "/threads") {
        await answerCreate.promise;
        return json({ thread_id: THREAD });
      }
      if (request.url.pathname.endsWith("/runs/stream")) return sse([]);
      return json({ status: "success" });
    });
    const threadIds: string[] = [];
    const store = new ChatStore({
      client: createClient({ apiUrl: "http://server.test", transport }),
      assistantId: "agent",
      notify: "sync",
      onThreadId: (id) => threadIds.push(id),
    });
    const first = store.submit({ messages: [] });
    await store.stop();
    const second = store.submit({ messages: [] });
    answerCreate.resolve();
    await Promise.all([first, second]);

    expect(threadIds).toEqual([THREAD]);
    expect(store.getSnapshot().threadId).toBe(THREAD);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      "POST /threads",
      `POST /threads/${THREAD}/runs/stream`,
    ]);
  });
});
