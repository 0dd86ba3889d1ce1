// The deterministic run the fault server streams: what its events are, how they look on the wire
// (LangGraph's frame shape), and what a client must deliver for them. Tests use the same functions
// to compute the exact sequence they expect.

/** One event as a client delivers it (runwire's v1 part). */
export interface RunEvent {
  readonly event: string;
  readonly data: unknown;
  /** Absent for a stateless run: LangGraph gives those events no id. */
  readonly id?: string;
}

/** How a run's events are written. */
export interface FrameOptions {
  /** Line terminator of every line (default `"\n"`, as LangGraph writes). */
  readonly lineEnding?: "\n" | "\r\n";
  /** Write `id:` lines (default true; a stateless LangGraph run has none). */
  readonly ids?: boolean;
}

/** Text with 2-, 3- and 4-byte UTF-8 characters, so cut points land inside characters. */
const TEXTS = [
  "plain ascii",
  "héllo wörld",
  "日本語のテキスト",
  "emoji 😀🎉 mixed",
  "line sep \u2028 para sep \u2029",
  "ünïcödé 🚀 中文",
];

/**
 * Event `index` of run `runId`: `metadata` first (as LangGraph sends it), then a fixed rotation of
 * `values`, `updates`, `messages`, `custom` and a subgraph's `updates|child:…`, all carrying
 * multi-byte text. Pure: the same arguments give the same event.
 */
export function runEvent(runId: string, index: number): { event: string; data: unknown } {
  if (index === 0) return { event: "metadata", data: { run_id: runId, attempt: 1 } };
  const text = TEXTS[index % TEXTS.length] ?? "";
  switch (index % 5) {
    case 0:
      return { event: "values", data: { step: index, messages: [{ type: "ai", content: text }] } };
    case 1:
      return { event: "updates", data: { [`node_${index % 3}`]: { out: index, text } } };
    case 2:
      return {
        event: "messages",
        data: [
          { type: "AIMessageChunk", content: text, id: `msg-${index}` },
          { langgraph_node: "agent", langgraph_step: index },
        ],
      };
    case 3:
      return { event: "custom", data: `${text} #${index}` };
    default:
      return { event: "updates|child:7f3a", data: { inner: { step: index, text } } };
  }
}

/** The wire text of one event: `event: X\ndata: <json>\nid: N\n\n`. */
export function frameText(
  event: string,
  data: string,
  id: number | undefined,
  options: FrameOptions = {},
): string {
  const eol = options.lineEnding ?? "\n";
  const idLine = id === undefined || options.ids === false ? "" : `id: ${id}${eol}`;
  return `event: ${event}${eol}data: ${data}${eol}${idLine}${eol}`;
}

/** Event `index` of a run as it is written on the wire. */
export function runFrame(runId: string, index: number, options: FrameOptions = {}): string {
  const { event, data } = runEvent(runId, index);
  return frameText(event, JSON.stringify(data), index, options);
}

const TEXTS_JSON = TEXTS.map((text) => JSON.stringify(text));

/**
 * `[event, JSON.stringify(data)]` of {@link runEvent}, built as text without the object: the
 * server streams a million of these. Same output as the object path (the self-test checks it).
 */
export function runEventJson(runId: string, index: number): [string, string] {
  if (index === 0) return ["metadata", JSON.stringify(runEvent(runId, 0).data)];
  const text = TEXTS_JSON[index % TEXTS_JSON.length] ?? '""';
  switch (index % 5) {
    case 0:
      return ["values", `{"step":${index},"messages":[{"type":"ai","content":${text}}]}`];
    case 1:
      return ["updates", `{"node_${index % 3}":{"out":${index},"text":${text}}}`];
    case 2:
      return [
        "messages",
        `[{"type":"AIMessageChunk","content":${text},"id":"msg-${index}"},{"langgraph_node":"agent","langgraph_step":${index}}]`,
      ];
    case 3:
      return ["custom", `${text.slice(0, -1)} #${index}"`];
    default:
      return ["updates|child:7f3a", `{"inner":{"step":${index},"text":${text}}}`];
  }
}

/** The events `from` .. `count - 1` of a run as a client must deliver them. */
export function runEvents(
  runId: string,
  count: number,
  options: FrameOptions & { from?: number } = {},
): RunEvent[] {
  const events: RunEvent[] = [];
  for (let index = options.from ?? 0; index < count; index += 1) {
    const { event, data } = runEvent(runId, index);
    events.push(options.ids === false ? { event, data } : { event, data, id: String(index) });
  }
  return events;
}

const encoder = new TextEncoder();

/** A run's whole stream as bytes, and the byte offset where each frame starts. */
export interface RunBytes {
  readonly bytes: Uint8Array;
  /** `offsets[i]` is where frame i starts; `offsets[count]` is the total length. */
  readonly offsets: readonly number[];
}

/** The bytes of a run's stream (for tests that pick cut points inside it). */
export function runBytes(runId: string, count: number, options: FrameOptions = {}): RunBytes {
  const frames = Array.from({ length: count }, (_, index) =>
    encoder.encode(runFrame(runId, index, options)),
  );
  const offsets: number[] = [];
  let total = 0;
  for (const frame of frames) {
    offsets.push(total);
    total += frame.byteLength;
  }
  offsets.push(total);
  const bytes = new Uint8Array(total);
  frames.forEach((frame, index) => {
    bytes.set(frame, offsets[index] ?? 0);
  });
  return { bytes, offsets };
}

/** How many frames lie wholly (final blank line included) in the first `at` bytes. */
export function framesWithin(run: RunBytes, at: number): number {
  let count = 0;
  while (count + 1 < run.offsets.length && (run.offsets[count + 1] ?? Infinity) <= at) count += 1;
  return count;
}

/** The final state `wait` and `join` answer with: deterministic, with multi-byte text. */
export function finalState(runId: string, count: number): Record<string, unknown> {
  return {
    run_id: runId,
    events: count,
    messages: [
      { type: "human", content: "tell me about tides" },
      { type: "ai", content: `done after ${count} events: 日本語 😀 héllo` },
    ],
  };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
