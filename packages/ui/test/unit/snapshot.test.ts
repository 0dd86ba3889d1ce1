import type { Message } from "@runwire/types";
import { describe, expect, it } from "vitest";
import { initialChatState, reduceChat } from "../../src/chat-state";
import {
  buildSnapshot,
  changedMessageIds,
  emptySnapshotCache,
  type SnapshotCache,
} from "../../src/snapshot";
import type { ChatStreamPart } from "../../src/types";

type State = { messages: Message[]; topic: string };
const status = {
  threadId: "t",
  isLoading: true,
  isThreadLoading: false,
  error: undefined,
  runId: "r",
};
const human: Message = { type: "human", id: "h1", content: "Hi" };
const token = (content: string): ChatStreamPart<State> => ({
  type: "messages",
  ns: [],
  data: [{ type: "AIMessageChunk", id: "a1", content }, {}],
  interrupts: [],
});

describe("buildSnapshot", () => {
  it("shows streamed messages in messages and in values, and keeps the id list while only text changes", () => {
    const cache: SnapshotCache<State> = emptySnapshotCache();
    const loaded = initialChatState<State>({ messages: [human], topic: "tides" }, "messages");
    const before = buildSnapshot(cache, loaded, status, "messages");
    expect(before.values).toBe(loaded.values);
    expect(before.messageIds).toEqual(["h1"]);

    const first = reduceChat(loaded, token("T"), "messages");
    const one = buildSnapshot(cache, first, status, "messages");
    expect(one.messages.map((m) => m.content)).toEqual(["Hi", "T"]);
    expect(one.values).toEqual({ topic: "tides", messages: one.messages });
    expect(one.messageIds).toEqual(["h1", "a1"]);

    const second = reduceChat(first, token("i"), "messages");
    const two = buildSnapshot(cache, second, status, "messages");
    expect(two.messages[1]?.content).toBe("Ti");
    expect(two.messages).not.toBe(one.messages);
    expect(two.messageIds).toBe(one.messageIds);
    expect(Object.isFrozen(two)).toBe(true);

    // Nothing changed: the same arrays again.
    const three = buildSnapshot(cache, second, status, "messages");
    expect(three.messages).toBe(two.messages);
    expect(three.values).toBe(two.values);
  });
});

describe("changedMessageIds", () => {
  it("names only the message a token changed, and messages that came or went", () => {
    const loaded = initialChatState<State>({ messages: [human], topic: "" }, "messages");
    const first = reduceChat(loaded, token("T"), "messages");
    expect([...changedMessageIds(loaded, first)]).toEqual(["a1"]);
    const second = reduceChat(first, token("i"), "messages");
    expect([...changedMessageIds(first, second)]).toEqual(["a1"]);
    const settled = reduceChat(
      second,
      {
        type: "values",
        ns: [],
        data: {
          topic: "",
          messages: [
            { type: "human", id: "h1", content: "Hi" },
            { type: "ai", id: "a1", content: "Ti", response_metadata: {} },
          ],
        },
        interrupts: [],
      },
      "messages",
    );
    // h1 is the same message (kept); a1 is now the state's copy.
    expect([...changedMessageIds(second, settled)]).toEqual(["a1"]);
    expect(settled.settled[0]).toBe(second.settled[0]);
    // A state without a still-streaming message leaves it streaming: nothing changes.
    const more = reduceChat(second, token("!"), "messages");
    const without = reduceChat(
      more,
      { type: "values", ns: [], data: { topic: "", messages: [human] }, interrupts: [] },
      "messages",
    );
    expect([...changedMessageIds(more, without)]).toEqual([]);
  });
});
