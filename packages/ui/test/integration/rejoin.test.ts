/**
 * `disconnect()` leaves a run streaming on the real LangGraph server; `switchThread` to the same
 * thread joins it again after the last event the store read (Last-Event-ID, not "-1"), and the
 * store ends on what an uncut run of the same graph gives, no token lost or doubled.
 */
import { describe, expect, it } from "vitest";
import { ChatStore } from "../../src/index";
import { messagesOf, proxied } from "../support/fixtures";
import { describeRequest, requestsOf } from "../support/servers";
import { aiText, STORY_REPLY, storyInput, valuesWithoutIds, withoutIds } from "../support/story";
import { aiTexts, expectGrowingPrefixes, watch } from "../support/watch";

describe("disconnect, then rejoin on the real server", () => {
  it("switchThread(sameThread) after disconnect() joins after the last event read and ends as an uncut run", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const uncutStore = new ChatStore({ client, assistantId: "story" });
    const uncut = uncutStore.submit(storyInput());
    let finished = 0;
    const store = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      onFinish: () => {
        finished += 1;
      },
    });
    const watcher = watch(store);

    const submitted = store.submit(storyInput());
    await watcher.until((s) => aiText(s.messages).length >= 40);
    store.disconnect();
    await submitted;

    const left = store.getSnapshot();
    const threadId = left.threadId as string;
    const runId = left.runId as string;
    const partial = aiText(left.messages);
    expect(left.isLoading).toBe(false);
    expect(partial.length).toBeGreaterThanOrEqual(40);
    expect(STORY_REPLY.startsWith(partial)).toBe(true);
    expect(finished).toBe(0);
    const before = requestsOf(proxy, threadId).length;

    await store.switchThread(threadId);

    const rejoin = requestsOf(proxy, threadId).slice(before);
    expect(rejoin.map((r) => describeRequest(r, threadId))[0]).toBe(
      "GET /threads/<t>/runs/<r>/stream",
    );
    expect(rejoin.map((r) => describeRequest(r, threadId))).not.toContain("GET /threads/<t>/state");
    expect(rejoin[0]?.target).toContain(`/runs/${runId}/stream`);
    // Metadata is event 0, the input's state event 1, then one event per character.
    expect(rejoin[0]?.headers["last-event-id"]).toBe(String(partial.length + 1));

    expectGrowingPrefixes(aiTexts(watcher.snapshots), STORY_REPLY);
    const final = store.getSnapshot();
    expect(final).toMatchObject({ threadId, runId, isLoading: false, error: undefined });
    expect(final.messages).toEqual(await messagesOf(direct, threadId));
    await uncut;
    const reference = uncutStore.getSnapshot();
    expect(withoutIds(final.messages)).toEqual(withoutIds(reference.messages));
    expect(valuesWithoutIds(final.values)).toEqual(valuesWithoutIds(reference.values));
    expect(finished).toBe(1);
  });
});
