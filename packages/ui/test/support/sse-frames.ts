import { serverUrl } from "./servers";

/** One event of a recorded event stream: its id and where its bytes lie in the body. */
export interface Frame {
  readonly id: string | undefined;
  /** Offset of its first byte. */
  readonly start: number;
  /** Offset just past the blank line that ends it: a reader dispatches it once this arrives. */
  readonly end: number;
}

const LF = 0x0a;

/** The events of an SSE body, by byte offset (LangGraph's lines end with `\n`). */
export function framesOf(body: Uint8Array): Frame[] {
  const frames: Frame[] = [];
  const decoder = new TextDecoder();
  let start = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    if (body[i] !== LF || body[i + 1] !== LF) continue;
    const text = decoder.decode(body.subarray(start, i + 1));
    const id = /^id: ?(.*)$/m.exec(text)?.[1];
    if (text.trim() !== "") frames.push({ id, start, end: i + 2 });
    start = i + 2;
    i += 1;
  }
  return frames;
}

/** The id of the last event whose bytes all lie within the first `bytes` bytes, if any. */
export function lastCompleteId(frames: readonly Frame[], bytes: number): string | undefined {
  let id: string | undefined;
  for (const frame of frames) if (frame.end <= bytes) id = frame.id;
  return id;
}

/** Where the body resumed after event `id` starts (0 for `"-1"`: from the beginning). */
export function offsetAfter(frames: readonly Frame[], id: string): number {
  if (id === "-1") return 0;
  const frame = frames.find((f) => f.id === id);
  if (frame === undefined) throw new Error(`no event with id ${id}`);
  return frame.end;
}

/**
 * The whole event stream of a resumable run, as the server replays it from the start: byte for
 * byte the body the run's `runs/stream` response carried (same modes, same ids).
 */
export async function replayOf(
  threadId: string,
  runId: string,
  streamMode: readonly string[] = ["values", "messages-tuple"],
): Promise<Uint8Array> {
  const query = streamMode.map((mode) => `stream_mode=${encodeURIComponent(mode)}`).join("&");
  const response = await fetch(`${serverUrl}/threads/${threadId}/runs/${runId}/stream?${query}`, {
    headers: { "last-event-id": "-1" },
  });
  if (!response.ok) throw new Error(`replay: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}
