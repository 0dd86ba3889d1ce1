import { describe, expect, it } from "vitest";
import { appendChunk, messageFromChunk, messageTypeOf } from "../../src/message-chunk";

describe("messageTypeOf", () => {
  it("names a chunk type as its message type and keeps the others", () => {
    expect(messageTypeOf("AIMessageChunk")).toBe("ai");
    expect(messageTypeOf("HumanMessageChunk")).toBe("human");
    expect(messageTypeOf("ToolMessageChunk")).toBe("tool");
    expect(messageTypeOf("ai")).toBe("ai");
    expect(messageTypeOf(undefined)).toBeUndefined();
  });
});

describe("appendChunk", () => {
  const first = messageFromChunk({ type: "AIMessageChunk", id: "m1", content: "Ti" });

  it("joins text by plain concatenation into a new object, leaving the previous one as it was", () => {
    const next = appendChunk(first, { type: "AIMessageChunk", id: "m1", content: "des" });
    expect(next).toEqual({ type: "ai", id: "m1", content: "Tides" });
    expect(first.content).toBe("Ti");
    expect(next).not.toBe(first);
  });

  it("keeps a value once given when later chunks repeat empty defaults", () => {
    const named = appendChunk(first, { id: "m1", content: "", name: "bot" });
    const next = appendChunk(named, { id: "m1", content: "!", name: "", invalid_tool_calls: [] });
    expect(next.name).toBe("bot");
    expect(next.content).toBe("Ti!");
    expect(next.invalid_tool_calls).toBeUndefined();
  });

  it("merges content blocks by index and appends the others", () => {
    const blocks = messageFromChunk({
      id: "m2",
      type: "AIMessageChunk",
      content: [{ type: "text", text: "Hel", index: 0 }],
    });
    const next = appendChunk(blocks, {
      id: "m2",
      content: [
        { type: "text", text: "lo", index: 0 },
        { type: "image_url", image_url: "x", index: 1 },
      ],
    });
    expect(next.content).toEqual([
      { type: "text", text: "Hello", index: 0 },
      { type: "image_url", image_url: "x", index: 1 },
    ]);
  });

  it("turns text then blocks into blocks, keeping the text first", () => {
    const next = appendChunk(first, { id: "m1", content: [{ type: "text", text: "!" }] });
    expect(next.content).toEqual([
      { type: "text", text: "Ti" },
      { type: "text", text: "!" },
    ]);
  });

  it("joins tool-call chunks by index and parses their arguments as far as they have come", () => {
    let message = messageFromChunk({
      type: "AIMessageChunk",
      id: "m3",
      content: "",
      tool_call_chunks: [{ name: "weather", args: '{"ci', id: "call-1", index: 0 }],
    });
    expect(message.tool_calls).toEqual([
      { name: "weather", args: {}, id: "call-1", type: "tool_call" },
    ]);
    message = appendChunk(message, {
      id: "m3",
      content: "",
      tool_call_chunks: [{ args: 'ty": "Par', index: 0 }],
    });
    expect(message.tool_calls).toEqual([
      { name: "weather", args: { city: "Par" }, id: "call-1", type: "tool_call" },
    ]);
    message = appendChunk(message, {
      id: "m3",
      content: "",
      tool_call_chunks: [
        { args: 'is"}', index: 0 },
        { name: "time", args: "{}", id: "call-2", index: 1 },
      ],
    });
    expect(message.tool_call_chunks).toEqual([
      { name: "weather", args: '{"city": "Paris"}', id: "call-1", index: 0 },
      { name: "time", args: "{}", id: "call-2", index: 1 },
    ]);
    expect(message.tool_calls).toEqual([
      { name: "weather", args: { city: "Paris" }, id: "call-1", type: "tool_call" },
      { name: "time", args: {}, id: "call-2", type: "tool_call" },
    ]);
  });

  it("merges response metadata (latest value wins) and concatenates function-call pieces", () => {
    let message = messageFromChunk({
      id: "m4",
      type: "AIMessageChunk",
      content: "",
      response_metadata: { model_name: "fake" },
      additional_kwargs: { function_call: { arguments: '{"a"' } },
    });
    message = appendChunk(message, {
      id: "m4",
      content: "",
      response_metadata: { model_name: "fake", finish_reason: "stop" },
      additional_kwargs: { function_call: { arguments: ": 1}" } },
    });
    expect(message.response_metadata).toEqual({ model_name: "fake", finish_reason: "stop" });
    expect(message.additional_kwargs).toEqual({ function_call: { arguments: '{"a": 1}' } });
  });

  it("gives the same text whatever the chunk boundaries (seeded)", () => {
    const text = "Tides come from the Moon's gravity — and the Sun's, a little: 🌊🌕 twice a day.";
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 200; trial++) {
      const pieces: string[] = [];
      for (let at = 0; at < text.length; ) {
        const size = 1 + Math.floor(random() * 6);
        pieces.push(text.slice(at, at + size));
        at += size;
      }
      let message = messageFromChunk({ type: "AIMessageChunk", id: "m", content: pieces[0] ?? "" });
      for (const piece of pieces.slice(1))
        message = appendChunk(message, { id: "m", content: piece });
      expect(message.content).toBe(text);
    }
  });
});
