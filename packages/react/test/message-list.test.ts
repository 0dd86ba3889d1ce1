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
  it("holds every id once, in order: blocks of fanout ids, groups of branching blocks", () => {
    for (const n of [0, 1, 5, 16, 17, 256, 257, 10_000]) {
      const [blocks = [], groups = []] = treeOf(ids(n), 16, [], 8);
      expect(leaves(groups)).toEqual(ids(n));
      for (const block of blocks) expect((block as unknown[]).length).toBeLessThanOrEqual(16);
      for (const group of groups) expect((group as unknown[]).length).toBeLessThanOrEqual(8);
    }
  });

  it("keeps every block and group a new message does not touch, and never changes depth", () => {
    // 16 × 16 = 256: the 257th message starts a new group, one level as before.
    const before = treeOf(ids(256), 16, []);
    const after = treeOf(ids(257), 16, before);
    expect(after).toHaveLength(2);
    expect(after[0]?.[0]).toBe(before[0]?.[0]);
    expect(after[1]?.[0]).toBe(before[1]?.[0]);
    expect(after[1]).toHaveLength(2);
    const again = treeOf(ids(257), 16, after);
    expect(again[0]).toBe(after[0]);
    expect(again[1]).toBe(after[1]);
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
  it.each([0, -1, 2.5])("refuses fanout %s, naming the field", (fanout) => {
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
