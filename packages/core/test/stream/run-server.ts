/**
 * A scripted LangGraph server for one resumable run (thread `t1`, run `r1`), as
 * langgraph-server-notes.md describes the real one: frames `event: X\ndata: <json>\nid: N\n\n`
 * with per-run integer ids from 0 (metadata first), no `end` event, `Content-Location` on the
 * POST, a join-stream endpoint that honours `Last-Event-ID` (or, optionally, ignores it and
 * replays from 0), and a run status that stays `running` until every event was sent.
 */
import type { StreamPart } from "../../src/index";
import {
  type BodyStep,
  type Handler,
  json,
  type RecordedRequest,
  reset,
  type ScriptedResponse,
  sse,
} from "../support/memory-transport";

export const encoder = new TextEncoder();

/** The run's stream: its bytes, where each frame starts, and the parts a client must deliver. */
export interface BuiltRun {
  readonly bytes: Uint8Array;
  /** Byte offset of frame i; `offsets[frames]` is the total length. */
  readonly offsets: readonly number[];
  readonly parts: readonly StreamPart[];
  readonly frames: number;
}

const TEXTS = ["plain", "héllo wörld", "日本語のテキスト", "emoji 😀🎉 mixed", "sep \u2028 line"];

/** `count` frames of varied modes, multi-byte text, and now and then data split over lines. */
export function buildRun(count: number): BuiltRun {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  const parts: StreamPart[] = [];
  let total = 0;
  for (let id = 0; id < count; id += 1) {
    const [event, data] = frameContent(id);
    const text = JSON.stringify(data);
    // Every seventh object or array splits its data over two lines after the opening bracket
    // (joined with "\n", which JSON reads as whitespace).
    const split = id % 7 === 3 && (text.startsWith("{") || text.startsWith("["));
    const dataLines = split
      ? `data: ${text.slice(0, 1)}\ndata: ${text.slice(1)}\n`
      : `data: ${text}\n`;
    const frame = encoder.encode(`event: ${event}\n${dataLines}id: ${id}\n\n`);
    offsets.push(total);
    chunks.push(frame);
    total += frame.byteLength;
    parts.push({ event, data, id: String(id) });
  }
  offsets.push(total);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, offsets, parts, frames: count };
}

function frameContent(id: number): [string, unknown] {
  if (id === 0) return ["metadata", { run_id: "r1", attempt: 1 }];
  const text = TEXTS[id % TEXTS.length] ?? "";
  switch (id % 5) {
    case 0:
      return ["values", { step: id, messages: [{ type: "ai", content: text }] }];
    case 1:
      return ["updates", { [`node_${id % 3}`]: { out: id, text } }];
    case 2:
      return ["messages", [{ type: "AIMessageChunk", content: text }, { langgraph_node: "agent" }]];
    case 3:
      return ["custom", `${text} #${id}`];
    default:
      return ["updates|child:7f3a", { inner: { step: id } }];
  }
}

/** How one stream connection ends: after `at` bytes of its body, broken or closed cleanly. */
export interface Cut {
  readonly at: number;
  readonly how: "error" | "close";
}

export interface RunServerOptions {
  /** Per stream connection (0 = the first), where it is cut; none: it sends to the end. */
  readonly plan?: ReadonlyArray<Cut | undefined>;
  /** Answer `Last-Event-ID` (default) or replay from id 0 like a non-resumable run. */
  readonly honoursLastEventId?: boolean;
  /** Size of each body chunk (default 4096). */
  readonly chunkSize?: () => number;
  /** `Content-Location` of the POST (default `/threads/t1/runs/r1`; null: none). */
  readonly contentLocation?: string | null;
}

export interface RunServer {
  readonly handler: Handler;
  /** For each stream connection, the first frame it sent. */
  readonly starts: number[];
  /** How many status requests were answered. */
  statusRequests: number;
}

const STREAM_POST = "/api/threads/t1/runs/stream";
const JOIN_STREAM = "/api/threads/t1/runs/r1/stream";
const RUN = "/api/threads/t1/runs/r1";

export function runServer(run: BuiltRun, options: RunServerOptions = {}): RunServer {
  const plan = options.plan ?? [];
  const honours = options.honoursLastEventId ?? true;
  const chunkSize = options.chunkSize ?? (() => 4096);
  let sentAll = false;
  const server: RunServer = {
    starts: [],
    statusRequests: 0,
    handler: (request: RecordedRequest): ScriptedResponse => {
      const path = request.url.pathname;
      if (request.method === "GET" && path === RUN) {
        server.statusRequests += 1;
        return json({
          run_id: "r1",
          thread_id: "t1",
          status: sentAll ? "success" : "running",
          // The LangGraph JS server's record of a run created with stream_resumable.
          kwargs: { resumable: true },
        });
      }
      let from: number;
      let headers: Record<string, string> = {};
      if (request.method === "POST" && path === STREAM_POST) {
        from = 0;
        const location =
          options.contentLocation === undefined ? "/threads/t1/runs/r1" : options.contentLocation;
        if (location !== null) headers = { "content-location": location };
      } else if (request.method === "GET" && path === JOIN_STREAM) {
        const after = request.headers.get("last-event-id");
        // A resumable run: no header → only events from now on (none are left to produce).
        if (!honours) from = 0;
        else from = after === null ? run.frames : Math.max(0, Number(after) + 1);
      } else {
        return json({ detail: `no route ${request.method} ${path}` }, 404);
      }
      const connection = server.starts.length;
      server.starts.push(from);
      const tail = run.bytes.subarray(run.offsets[from] ?? run.bytes.byteLength);
      const cut = plan[connection];
      const sent = cut ? tail.subarray(0, Math.min(cut.at, tail.byteLength)) : tail;
      if (sent.byteLength === tail.byteLength) sentAll = true;
      const steps: BodyStep[] = [];
      for (let at = 0; at < sent.byteLength; ) {
        const size = Math.max(1, chunkSize());
        steps.push(sent.subarray(at, at + size));
        at += size;
      }
      if (cut?.how === "error") steps.push(reset());
      return sse(steps, headers);
    },
  };
  return server;
}

/** How many frames lie wholly (blank line included) in the first `at` bytes from frame `from`. */
export function framesWithin(run: BuiltRun, from: number, at: number): number {
  const start = run.offsets[from] ?? 0;
  let count = 0;
  while (from + count < run.frames && (run.offsets[from + count + 1] ?? Infinity) - start <= at) {
    count += 1;
  }
  return count;
}
