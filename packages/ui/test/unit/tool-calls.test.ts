import type { Message } from "@runwire/types";
import { describe, expect, it } from "vitest";
import { toolCallsWithResults } from "../../src/tool-calls";

const call = (id: string, name = "add") => ({ id, name, args: { a: 1 }, type: "tool_call" });

describe("toolCallsWithResults", () => {
  it("pairs each call with its tool message and says where it stands", () => {
    const messages: Message[] = [
      { type: "human", id: "h", content: "add" },
      { type: "ai", id: "a1", content: "", tool_calls: [call("c1"), call("c2"), call("c3")] },
      { type: "tool", id: "t1", content: "2", tool_call_id: "c1" },
      { type: "tool", id: "t2", content: "boom", tool_call_id: "c2", status: "error" },
    ];
    const calls = toolCallsWithResults(messages);
    expect(calls.map((c) => [c.id, c.state, c.result?.id, c.index])).toEqual([
      ["c1", "completed", "t1", 0],
      ["c2", "error", "t2", 1],
      ["c3", "pending", undefined, 2],
    ]);
    expect(calls[0]?.aiMessage).toBe(messages[1]);
  });

  it("counts an unanswered call as completed once a later AI message exists", () => {
    const messages: Message[] = [
      { type: "ai", id: "a1", content: "", tool_calls: [{ name: "x", args: {} }] },
      { type: "ai", id: "a2", content: "done" },
    ];
    expect(toolCallsWithResults(messages)).toMatchObject([{ id: "a1-0", state: "completed" }]);
  });
});
