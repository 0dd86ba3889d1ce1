// MessageList: every message rendered once, in order, by the given row; and the tree of blocks
// it renders keeps every block whose members did not change, so React skips it whole.
import { RunwireValidationError } from "@runwire/browser";
import { type ChatClient, ChatStore, type Message } from "@runwire/ui";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageList, type MessageRowProps, useMessage } from "../src/index.ts";
import { treeOf } from "../src/message-list.ts";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);
const leaves = (node: unknown): string[] =>
  typeof node === "string" ? [node] : (node as unknown[]).flatMap(leaves);

describe("treeOf", () => {
  it("holds every id once, in order, each block at most fanout wide, one root", () => {
    for (const n of [0, 1, 5, 32, 33, 1024, 1025, 10_000]) {
      const levels = treeOf(ids(n), 32, []);
      const root = levels.at(-1) ?? [];
      expect(leaves(root)).toEqual(ids(n));
      expect(root.length).toBeLessThanOrEqual(32);
      for (const level of levels)
        for (const block of level) expect((block as unknown[]).length).toBeLessThanOrEqual(32);
    }
  });

  it("keeps every block a new message does not touch, at every level", () => {
    const before = treeOf(ids(2000), 32, []);
    const after = treeOf(ids(2001), 32, before);
    expect(after[0]?.[0]).toBe(before[0]?.[0]);
    expect(after[1]?.[0]).toBe(before[1]?.[0]);
    expect(after[0]?.at(-1)).not.toBe(before[0]?.at(-1));
    expect(treeOf(ids(2001), 32, after)).toEqual(after);
    expect(treeOf(ids(2001), 32, after)[1]).toBe(after[1]);
  });
});

function Row({ store, id }: MessageRowProps<Record<string, unknown>>) {
  return createElement("li", null, String(useMessage(store, id)?.content));
}
const Nothing = () => null;

describe("MessageList", () => {
  it("renders each message with the row, in order", () => {
    const messages: Message[] = ids(70).map((id) => ({ type: "human", id, content: `text ${id}` }));
    const store = new ChatStore<Record<string, unknown>>({
      client: {} as ChatClient,
      assistantId: "agent",
      initialValues: { messages },
    });
    const html = renderToString(
      createElement(
        "ol",
        null,
        createElement(MessageList<Record<string, unknown>>, { store, row: Row, fanout: 8 }),
      ),
    );
    const texts = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
    expect(texts).toEqual(messages.map((m) => m.content));
  });
});

describe("MessageList with a bad fanout", () => {
  it.each([1, 0, 2.5])("refuses fanout %s, naming the field", (fanout) => {
    const store = new ChatStore<Record<string, unknown>>({
      client: {} as ChatClient,
      assistantId: "agent",
    });
    const render = () =>
      renderToString(
        createElement(MessageList<Record<string, unknown>>, { store, row: Nothing, fanout }),
      );
    expect(render).toThrow(RunwireValidationError);
    expect(render).toThrow(/fanout/);
  });
});
