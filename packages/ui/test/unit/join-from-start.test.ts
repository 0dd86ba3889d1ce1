// joinStream(runId, "-1") — the official hook's default cursor — replays the run from its first
// event: what this store had streamed of it must go first, or every replayed token is appended
// to the partial message a second time.
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
import { aiText, textOf } from "../support/story";
import { aiTexts, watch } from "../support/watch";

describe('joinStream from "-1" with a partial message shown', () => {
  it.each(["disconnect", "stop"] as const)(
    "after %s(): the replay replaces the partial, no token doubled",
    async (leave) => {
      const hold = deferred();
      const replay = [
        event(0, "metadata", { run_id: RUN }),
        event(1, "values", { messages: [human] }),
        event(2, "messages", chunk("a1", "Ti")),
        event(3, "messages", chunk("a1", "des")),
      ];
      const { transport } = memoryTransport((request) => {
        const path = request.url.pathname;
        if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
        if (path.endsWith("/runs/stream") && request.method === "POST") {
          return sse([...replay, { waitFor: hold.promise }], {
            "content-location": `/threads/${THREAD}/runs/${RUN}`,
          });
        }
        if (path.endsWith(`/runs/${RUN}/stream`)) {
          return sse([
            ...replay,
            event(4, "messages", chunk("a1", " rise")),
            event(5, "values", {
              messages: [human, { type: "ai", id: "a1", content: "Tides rise" }],
            }),
          ]);
        }
        return json({ run_id: RUN, thread_id: THREAD, status: "success" });
      });
      const store = new ChatStore({
        client: scriptedClient(transport),
        assistantId: "agent",
        notify: "sync",
      });
      const watcher = watch(store);
      await store.switchThread(THREAD);

      const submitted = store.submit(null);
      await watcher.until((s) => aiText(s.messages) === "Tides");
      await store[leave]();
      hold.resolve();
      await submitted;

      await store.joinStream(RUN, "-1");

      const final = store.getSnapshot();
      expect(final.messages.map((m) => [m.id, textOf(m)])).toEqual([
        ["h1", "Why are there tides?"],
        ["a1", "Tides rise"],
      ]);
      // Each text shown is a prefix of the reply (a doubled one reads "TidesTi…").
      const texts = aiTexts(watcher.snapshots);
      expect(texts.filter((text) => !"Tides rise".startsWith(text))).toEqual([]);
    },
  );
});
