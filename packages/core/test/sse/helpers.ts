import { createSseDecoder, type SseEvent } from "../../src/sse";

export const encoder = new TextEncoder();

export interface Decoded {
  events: SseEvent[];
  comments: string[];
  retries: number[];
}

/** Feeds each chunk (strings are UTF-8 encoded first) to a new decoder, then `end()` unless told not to. */
export function decode(
  chunks: readonly (string | Uint8Array)[],
  options: { end?: boolean } = {},
): Decoded {
  const out: Decoded = { events: [], comments: [], retries: [] };
  const decoder = createSseDecoder({
    onEvent: (event) => out.events.push(event),
    onComment: (comment) => out.comments.push(comment),
    onRetry: (ms) => out.retries.push(ms),
  });
  for (const chunk of chunks)
    decoder.feed(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
  if (options.end ?? true) decoder.end();
  return out;
}

/** The events of `decode()`. */
export function events(...chunks: (string | Uint8Array)[]): SseEvent[] {
  return decode(chunks).events;
}

/** Shorthand for an expected event. */
export function ev(event: string, data: string, id?: string): SseEvent {
  return { event, data, id };
}

/** Cuts `bytes` into pieces of `size` bytes (the last may be shorter). */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Cuts `bytes` at the given offsets. */
export function splitAt(bytes: Uint8Array, ...offsets: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (const offset of [...offsets, bytes.length]) {
    out.push(bytes.subarray(start, offset));
    start = offset;
  }
  return out;
}
