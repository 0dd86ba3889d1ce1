import type { Message } from "@runwire/types";
import { parsePartialJson } from "./partial-json";

// Accumulates the chunks of a streamed message (`messages-tuple` parts) into one plain message,
// as LangChain's `AIMessageChunk.concat` would, without loading LangChain: text by plain string
// concatenation, content blocks and tool-call chunks merged by `index`.

/** A piece of a streamed tool call: `args` is a piece of JSON text. */
type ToolCallChunk = Indexed;

const CHUNK_SUFFIX = "MessageChunk";

/**
 * `AIMessageChunk` → `ai`, `HumanMessageChunk` → `human`, …; other types are kept.
 *
 * @example
 * messageTypeOf("AIMessageChunk"); // "ai"
 */
export function messageTypeOf(type: unknown): string | undefined {
  if (typeof type !== "string") return undefined;
  if (type === "AIMessageChunk") return "ai";
  return type.endsWith(CHUNK_SUFFIX) ? type.slice(0, -CHUNK_SUFFIX.length).toLowerCase() : type;
}

/**
 * The first chunk of a message, as a message: its type normalised, tool calls parsed.
 *
 * @example
 * messageFromChunk({ type: "AIMessageChunk", id: "a1", content: "Ti" }); // { type: "ai", … }
 */
export function messageFromChunk(chunk: Message): Message {
  const type = messageTypeOf(chunk.type);
  const message: Message = type === chunk.type ? { ...chunk } : { ...chunk, type };
  const chunks = chunk.tool_call_chunks;
  if (Array.isArray(chunks) && chunks.length > 0) {
    message.tool_calls = toolCallsOf(chunks as ToolCallChunk[]);
  }
  return message;
}

/**
 * `previous` with `chunk` appended: a new object; `previous` is not changed.
 *
 * @example
 * const chunk = { type: "AIMessageChunk", id: "a1", content: "des" };
 * appendChunk({ type: "ai", id: "a1", content: "Ti" }, chunk); // { …, content: "Tides" }
 */
export function appendChunk(previous: Message, chunk: Message): Message {
  const next: Message = { ...previous };
  if (chunk.content !== undefined) next.content = mergeContent(previous.content, chunk.content);
  for (const key of Object.keys(chunk)) {
    switch (key) {
      case "content":
      case "type":
      case "id":
        break;
      case "tool_call_chunks": {
        const merged = mergeIndexed(
          previous.tool_call_chunks as ToolCallChunk[] | undefined,
          chunk.tool_call_chunks as ToolCallChunk[] | undefined,
        );
        next.tool_call_chunks = merged;
        next.tool_calls = toolCallsOf(merged);
        break;
      }
      case "tool_calls":
        // Derived from the chunks when there are any; a chunk that carries whole calls (no
        // chunks) brings them as they are.
        if (!Array.isArray(chunk.tool_call_chunks) || chunk.tool_call_chunks.length === 0) {
          if (Array.isArray(chunk.tool_calls) && chunk.tool_calls.length > 0) {
            next.tool_calls = chunk.tool_calls;
          }
        }
        break;
      case "additional_kwargs":
        // Function-call arguments stream as string pieces here, like tool-call chunks.
        next[key] = mergeObjects(previous[key], chunk[key], true);
        break;
      case "response_metadata":
        next[key] = mergeObjects(previous[key], chunk[key], false);
        break;
      default: {
        const value = chunk[key];
        // Chunks repeat empty defaults ("", [], null); a value once given is kept.
        if (value !== undefined && value !== null && value !== "" && !isEmptyArray(value)) {
          next[key] = value;
        }
      }
    }
  }
  return next;
}

function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function mergeContent(previous: Message["content"], chunk: Message["content"]): Message["content"] {
  if (typeof chunk === "string") {
    if (previous === undefined || typeof previous === "string") return (previous ?? "") + chunk;
    if (chunk === "") return previous;
    return [...previous, { type: "text", text: chunk }];
  }
  if (chunk === undefined) return previous;
  const blocks =
    previous === undefined || previous === ""
      ? []
      : typeof previous === "string"
        ? [{ type: "text", text: previous }]
        : previous;
  return mergeIndexed(blocks as Indexed[], chunk as Indexed[]);
}

type Indexed = { index?: number | string | null; [key: string]: unknown };

/** Items with the same `index` are merged (strings concatenated); the others appended. */
function mergeIndexed<T extends Indexed>(previous: T[] | undefined, chunk: T[] | undefined): T[] {
  const merged = [...(previous ?? [])];
  for (const item of chunk ?? []) {
    const at =
      item.index === undefined || item.index === null
        ? -1
        : merged.findIndex((other) => other.index === item.index);
    const target = at === -1 ? undefined : merged[at];
    if (target === undefined) {
      merged.push(item);
      continue;
    }
    const combined: Indexed = { ...target };
    for (const [key, value] of Object.entries(item)) {
      if (key === "index" || value === undefined || value === null) continue;
      const current = combined[key];
      if (key === "type" && current !== undefined) continue;
      combined[key] =
        typeof current === "string" && typeof value === "string" ? current + value : value;
    }
    merged[at] = combined as T;
  }
  return merged;
}

function mergeObjects(previous: unknown, chunk: unknown, concatStrings: boolean): unknown {
  if (!isRecord(chunk)) return previous ?? chunk;
  if (!isRecord(previous)) return chunk;
  const merged: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(chunk)) {
    const current = merged[key];
    merged[key] =
      concatStrings && typeof current === "string" && typeof value === "string"
        ? current + value
        : isRecord(current) && isRecord(value)
          ? mergeObjects(current, value, concatStrings)
          : (value ?? current);
  }
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Tool calls from streamed chunks: each call's arguments parsed as far as they have arrived. */
function toolCallsOf(chunks: readonly ToolCallChunk[]): unknown[] {
  const calls: unknown[] = [];
  for (const chunk of chunks) {
    if (typeof chunk.name !== "string" || chunk.name === "") continue;
    const args =
      typeof chunk.args === "string" && chunk.args !== "" ? parsePartialJson(chunk.args) : {};
    calls.push({
      name: chunk.name,
      args: isRecord(args) ? args : {},
      id: typeof chunk.id === "string" ? chunk.id : undefined,
      type: "tool_call",
    });
  }
  return calls;
}
