// A callback's `mutate` during a part, with `notify: "sync"`: the resume token each flush saves
// must name only parts whose content it holds. Over the in-memory transport (runwire's own
// Transport contract with a scripted server), so the custom event needs no graph that emits one.
import { createClient } from "@runwire/core";
import { describe, expect, it } from "vitest";
import { memoryTransport } from "../../../core/test/support/memory-transport";
import { ChatStore } from "../../src/index";
import { MemoryStorage } from "../support/memory-storage";

const THREAD = "00000000-0000-4000-8000-000000000001";
const RUN = "00000000-0000-4000-8000-000000000002";

const event = (id: number, name: string, data: unknown) =>
  `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
const chunk = (content: string) => [
  { type: "AIMessageChunk", id: "a1", content },
  { langgraph_node: "agent" },
];

describe("mutate inside a callback", () => {
  it("is announced with its part, and no saved token names a part the partial lacks", async () => {
    const { transport } = memoryTransport((request) => {
      if (request.url.pathname === "/threads") {
        return {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ thread_id: THREAD }),
        };
      }
      if (request.url.pathname.endsWith("/runs/stream")) {
        return {
          headers: {
            "content-type": "text/event-stream",
            "content-location": `/threads/${THREAD}/runs/${RUN}`,
          },
          body: [
            event(1, "metadata", { run_id: RUN, thread_id: THREAD }),
            event(2, "messages", chunk("Ti")),
            event(3, "custom", { progress: 1 }),
            event(4, "messages", chunk("des")),
            event(5, "custom", { progress: 2 }),
          ],
        };
      }
      // The end-of-stream status check: the run succeeded.
      return {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ run_id: RUN, thread_id: THREAD, status: "success" }),
      };
    });
    const storage = new MemoryStorage();
    const store = new ChatStore<{ messages: unknown[]; progress?: number }>({
      client: createClient({ apiUrl: "http://server.test", transport }),
      assistantId: "agent",
      notify: "sync",
      reconnectOnMount: storage,
      streamMode: "custom",
      onCustomEvent: (data, { mutate }) =>
        mutate({ progress: (data as { progress: number }).progress }),
    });
    const seen: string[] = [];
    store.subscribe(() => {
      const { values, messages } = store.getSnapshot();
      seen.push(`${values.progress ?? "-"}:${String(messages.at(-1)?.content ?? "")}`);
    });
    await store.submit({ messages: [] });

    const tokens = storage.writes
      .filter((write) => write.value !== null)
      .map((write) => JSON.parse(write.value as string));
    expect(tokens.length).toBeGreaterThan(2);
    const textAt: Record<string, string | undefined> = {
      1: undefined,
      2: "Ti",
      3: "Ti",
      4: "Tides",
      5: "Tides",
    };
    for (const token of tokens) {
      expect(token.partial[0]?.content).toBe(textAt[token.lastEventId]);
    }
    expect(store.getSnapshot().values.progress).toBe(2);
    // One notification per part, the mutation with it (then the end of the run's): a callback's
    // mutate does not notify on its own in the middle of a part.
    expect(seen.filter((entry) => !entry.startsWith("-"))).toEqual([
      "1:Ti",
      "1:Tides",
      "2:Tides",
      "2:Tides",
    ]);
  });
});
