// The blocks a long list is rendered in: each block array survives while its ids do, so memoised
// blocks skip a render; a bad size is refused while rendering, naming the field.
import { RunwireValidationError } from "@runwire/browser";
import { type ChatClient, ChatStore } from "@runwire/ui";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useMessageBlocks } from "../src/index.ts";
import { blocksOf } from "../src/use-message-blocks.ts";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

describe("blocksOf", () => {
  it("cuts the ids in blocks of the size, the last one shorter", () => {
    expect(blocksOf(ids(5), 2, [])).toEqual([["m0", "m1"], ["m2", "m3"], ["m4"]]);
    expect(blocksOf([], 2, [])).toEqual([]);
  });

  it("keeps every block whose ids did not change: only the last one is new when a message comes", () => {
    const before = blocksOf(ids(250), 100, []);
    const after = blocksOf(ids(251), 100, before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]).toHaveLength(51);
  });

  it("gives the same outer array when nothing changed, and a new block where an id was replaced", () => {
    const before = blocksOf(ids(150), 100, []);
    expect(blocksOf(ids(150), 100, before)).toBe(before);
    const replaced = ids(150);
    replaced[120] = "other";
    const after = blocksOf(replaced, 100, before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });
});

const store = new ChatStore({ client: {} as ChatClient, assistantId: "agent" });
function Probe({ size }: { size: number }) {
  useMessageBlocks(store, size);
  return null;
}

describe("useMessageBlocks", () => {
  it.each([0, -1, 1.5, Number.NaN])("refuses size %s, naming the field", (size) => {
    const render = () => renderToString(createElement(Probe, { size }));
    expect(render).toThrow(RunwireValidationError);
    expect(render).toThrow(/size/);
  });
});
