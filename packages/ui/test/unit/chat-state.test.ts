import type { Message } from "@runwire/types";
import { describe, expect, it } from "vitest";
import {
  beginRun,
  type ChatState,
  chatStateFromThread,
  initialChatState,
  reduceChat,
  restoreStreaming,
} from "../../src/chat-state";
import type { ChatStreamPart } from "../../src/types";

type State = { messages: Message[]; topic?: string };
const KEY = "messages";

const human: Message = { type: "human", id: "h1", content: "Why are there tides?" };
const values = (messages: Message[], extra: Partial<State> = {}): ChatStreamPart<State> => ({
  type: "values",
  ns: [],
  data: { messages, ...extra },
  interrupts: [],
});
const token = (id: string, content: string, ns: string[] = []): ChatStreamPart<State> => ({
  type: "messages",
  ns,
  data: [{ type: "AIMessageChunk", id, content }, { langgraph_node: "agent" }],
  interrupts: [],
});
const reduce = (state: ChatState<State>, ...parts: ChatStreamPart<State>[]) =>
  parts.reduce((current, part) => reduceChat(current, part, KEY), state);
const shown = (state: ChatState<State>) =>
  [...state.settled, ...state.leftover, ...state.streaming].map((m) => [m.id, m.content]);

const empty = initialChatState<State>({ messages: [] }, KEY);

describe("reduceChat", () => {
  it("joins the tokens of a message by id and settles it when the state arrives", () => {
    const streamed = reduce(empty, values([human]), token("a1", "Ti"), token("a1", "des"));
    expect(shown(streamed)).toEqual([
      ["h1", "Why are there tides?"],
      ["a1", "Tides"],
    ]);
    expect(streamed.streaming[0]?.type).toBe("ai");
    const final: Message = { type: "ai", id: "a1", content: "Tides", response_metadata: {} };
    const settled = reduce(streamed, values([human, final]));
    expect(settled.settled).toEqual([human, final]);
    expect(settled.streaming).toEqual([]);
  });

  it("keeps the message objects a new state did not change, so their rows do not re-render", () => {
    const first = reduce(empty, values([human, { type: "ai", id: "a0", content: "Hi" }]));
    const again = reduce(
      first,
      values([
        { type: "human", id: "h1", content: "Why are there tides?" },
        { content: "Hi", id: "a0", type: "ai" },
        { type: "human", id: "h2", content: "More?" },
      ]),
    );
    expect(again.settled[0]).toBe(first.settled[0]);
    expect(again.settled[1]).toBe(first.settled[1]);
    expect(again.settled[2]).not.toBe(undefined);
    expect(again.settledIndex.get("h2")).toBe(2);
    const same = reduce(again, values([...(again.values.messages as Message[])]));
    expect(same.settled).toBe(again.settled);
  });

  it("touches only the streaming list on a token: the settled array stays the same object", () => {
    const start = reduce(empty, values([human]));
    const next = reduce(start, token("a1", "T"), token("a1", "i"));
    expect(next.settled).toBe(start.settled);
    expect(next.settledIndex).toBe(start.settledIndex);
  });

  it("ignores a token for a message the state already holds (a replayed event)", () => {
    const settled = reduce(empty, values([human, { type: "ai", id: "a1", content: "Tides" }]));
    expect(reduce(settled, token("a1", "Tides"))).toBe(settled);
  });

  it("ignores a token without an id", () => {
    const part: ChatStreamPart<State> = {
      type: "messages",
      ns: [],
      data: [{ type: "AIMessageChunk", content: "x" }, {}],
      interrupts: [],
    };
    expect(reduce(empty, part)).toBe(empty);
  });

  it("streams a subgraph's tokens but ignores its values", () => {
    const state = reduce(empty, values([human]), token("s1", "sub", ["child:1"]));
    expect(shown(state).at(-1)).toEqual(["s1", "sub"]);
    const after = reduce(state, {
      type: "values",
      ns: ["child:1"],
      data: { messages: [] },
      interrupts: [],
    });
    expect(after).toBe(state);
  });

  it("records the interrupts of a paused run and keeps the values it had", () => {
    const interrupt = { id: "i1", value: { question: "Proceed?" } };
    const paused = reduce(empty, values([human]), {
      type: "values",
      ns: [],
      data: {},
      interrupts: [interrupt],
      interrupted: true,
    } as ChatStreamPart<State>);
    expect(paused.interrupts).toEqual([interrupt]);
    expect(paused.settled).toEqual([human]);
  });

  it("keeps a stopped run's partial message until the next run's state replaces it", () => {
    const stopped = reduce(empty, values([human]), token("a1", "Tid"));
    const next = beginRun(stopped);
    expect(shown(next)).toEqual(shown(stopped));
    expect(next.leftover.map((m) => m.id)).toEqual(["a1"]);
    const human2: Message = { type: "human", id: "h2", content: "Again" };
    const replaced = reduce(next, values([human, human2]));
    expect(shown(replaced)).toEqual([
      ["h1", "Why are there tides?"],
      ["h2", "Again"],
    ]);
  });

  it("clears the interrupts when the graph steps on (a joined run answered them)", () => {
    const paused = { ...empty, interrupts: [{ id: "i1", value: 1 }] };
    expect(reduce(paused, values([human])).interrupts).toEqual([]);
  });

  it("clears the interrupts when a new run begins", () => {
    const paused = { ...empty, interrupts: [{ id: "i1", value: 1 }] };
    expect(beginRun(paused).interrupts).toEqual([]);
  });
});

describe("restoreStreaming", () => {
  it("restores the partial messages the state does not hold yet, once", () => {
    const loaded = reduce(empty, values([human]));
    const restored = restoreStreaming(loaded, [
      { type: "ai", id: "a1", content: "Tid" },
      { type: "human", id: "h1", content: "Why are there tides?" },
    ]);
    expect(shown(restored)).toEqual([
      ["h1", "Why are there tides?"],
      ["a1", "Tid"],
    ]);
    expect(shown(reduce(restored, token("a1", "es")))).toContainEqual(["a1", "Tides"]);
  });
});

// The checkpoint fields of a thread state, which the store does not read.
const HEAD = { checkpoint: null, created_at: null, parent_checkpoint: null, metadata: {} };

describe("chatStateFromThread", () => {
  it("takes the interrupts of every task, each once, and never invents one", () => {
    const interrupt = { id: "i1", value: "Proceed?" };
    const state = chatStateFromThread<State>(
      {
        values: { messages: [human] },
        ...HEAD,
        next: ["ask"],
        tasks: [
          { id: "t1", name: "ask", interrupts: [interrupt], checkpoint: null, state: null },
          {
            id: "t2",
            name: "other",
            interrupts: [{ id: "i2", value: 2 }],
            checkpoint: null,
            state: null,
          },
        ],
        interrupts: [interrupt],
      },
      KEY,
    );
    expect(state.interrupts).toEqual([interrupt, { id: "i2", value: 2 }]);
    expect(state.settled).toEqual([human]);
    // A cancelled run leaves `next` set and no interrupt: nothing is reported.
    const cancelled = chatStateFromThread<State>(
      {
        values: { messages: [human] },
        ...HEAD,
        next: ["agent"],
        tasks: [{ id: "t", name: "agent", interrupts: [], checkpoint: null, state: null }],
      },
      KEY,
    );
    expect(cancelled.interrupts).toEqual([]);
  });
});
