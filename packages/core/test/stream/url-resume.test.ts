/**
 * The stream engine with `UrlResumeStrategy`, the resume a thread's stream uses
 * (`GET /threads/{id}/stream`, PLATFORM_SPEC P25): a dropped connection is resumed at the same
 * URL with `Last-Event-ID` = the last id received, no part lost or repeated; a clean end of body
 * ends the stream with no further request.
 */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config";
import { APIConnectionError, type StreamPart } from "../../src/index";
import { HttpClient, type RequestSpec } from "../../src/request/http-client";
import { PART_READER } from "../../src/stream/event-reader";
import { SSE_HEADERS, streamSse } from "../../src/stream/sse-engine";
import { UrlResumeStrategy } from "../../src/stream/url-resume";
import {
  type BodyStep,
  json,
  memoryTransport,
  type RecordedRequest,
  reset,
  type ScriptedResponse,
  sse,
} from "../support/memory-transport";
import { prng } from "./helpers";
import { type BuiltRun, buildRun, type Cut, framesWithin } from "./run-server";

const run = buildRun(400);
const total = run.bytes.byteLength;
const STREAM_PATH = "/api/threads/t1/stream";

interface ThreadServerOptions {
  /** Per connection (0 = the first), where its body stops; none: it sends to the end. */
  readonly plan?: ReadonlyArray<Cut | undefined>;
  /** Answer `Last-Event-ID` (default) or replay from the first frame. */
  readonly honoursLastEventId?: boolean;
  readonly chunkSize?: () => number;
}

/**
 * A scripted thread stream over `frames`: `GET /threads/t1/stream` sends the frames after
 * `Last-Event-ID` (all of them without one), in chunks, stopping where the plan says.
 */
function threadServer(frames: BuiltRun, options: ThreadServerOptions = {}) {
  const chunkSize = options.chunkSize ?? (() => 4096);
  let connections = 0;
  return (request: RecordedRequest): ScriptedResponse => {
    if (request.method !== "GET" || request.url.pathname !== STREAM_PATH) {
      return json({ detail: `no route ${request.method} ${request.url.pathname}` }, 404);
    }
    const after = request.headers.get("last-event-id");
    const from =
      after === null || options.honoursLastEventId === false
        ? 0
        : Math.min(frames.frames, Number(after) + 1);
    const tail = frames.bytes.subarray(frames.offsets[from] ?? frames.bytes.byteLength);
    const cut = options.plan?.[connections];
    connections += 1;
    const sent = cut ? tail.subarray(0, Math.min(cut.at, tail.byteLength)) : tail;
    const steps: BodyStep[] = [];
    for (let at = 0; at < sent.byteLength; ) {
      const size = Math.max(1, chunkSize());
      steps.push(sent.subarray(at, at + size));
      at += size;
    }
    if (cut?.how === "error") steps.push(reset());
    return sse(steps);
  };
}

/** The thread stream's first request, as `threads.joinStream` will build it. */
function initialRequest(lastEventId?: string): RequestSpec {
  return {
    method: "GET",
    path: "/threads/t1/stream",
    query: { stream_mode: ["run_modes", "lifecycle"] },
    params: { tenant: "a b" },
    headers:
      lastEventId === undefined ? SSE_HEADERS : { ...SSE_HEADERS, "last-event-id": lastEventId },
    idempotent: true,
  };
}

/** Streams the thread with the URL strategy; every part, or the failure after the last one. */
async function streamThread(
  handler: (request: RecordedRequest) => ScriptedResponse,
  options: { lastEventId?: string; maxAttempts?: number } = {},
) {
  const memory = memoryTransport(handler);
  const http = new HttpClient(
    resolveConfig({
      apiUrl: "https://example.com/api",
      apiKey: null,
      transport: memory.transport,
      streamResume: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: options.maxAttempts ?? 5 },
    }),
  );
  const initial = initialRequest(options.lastEventId);
  const cursor = { lastEventId: options.lastEventId };
  const batches = streamSse(
    http,
    {
      initial,
      signal: new AbortController().signal,
      cursor,
      strategy: new UrlResumeStrategy(initial),
    },
    PART_READER,
  );
  const parts: StreamPart[] = [];
  let error: unknown;
  try {
    for await (const batch of batches) {
      for (let taken = batch.next(); !taken.done; taken = batch.next()) parts.push(taken.value);
    }
  } catch (failure) {
    error = failure;
  }
  return { parts, error, cursor, requests: memory.requests, openBodies: memory.openBodies };
}

/** Raw URL and Last-Event-ID of each request. */
function resumes(requests: readonly RecordedRequest[]): Array<[string, string | null]> {
  return requests.map((request) => [request.rawUrl, request.headers.get("last-event-id")]);
}

const URL_SENT =
  "https://example.com/api/threads/t1/stream?stream_mode=run_modes&stream_mode=lifecycle&tenant=a%20b";

describe("UrlResumeStrategy: a dropped connection", () => {
  it("is resumed once, at the same URL, with the last id received; every part once", async () => {
    const cutAt = (run.offsets[120] ?? 0) + 10;
    const { parts, error, cursor, requests, openBodies } = await streamThread(
      threadServer(run, { plan: [{ at: cutAt, how: "error" }] }),
    );
    expect(error).toBeUndefined();
    expect(resumes(requests)).toEqual([
      [URL_SENT, null],
      [URL_SENT, "119"],
    ]);
    expect(requests.map((request) => request.method)).toEqual(["GET", "GET"]);
    expect(parts).toEqual(run.parts);
    expect(cursor.lastEventId).toBe("399");
    expect(openBodies()).toBe(0);
  });

  it("at 150 seeded cut points and chunk sizes: one resume each, every part exactly once", async () => {
    const random = prng(14);
    for (let round = 0; round < 150; round += 1) {
      const cut = Math.floor(random() * (total + 1));
      const chunkSize = () => 1 + Math.floor(random() * 600);
      const { parts, error, requests } = await streamThread(
        threadServer(run, { plan: [{ at: cut, how: "error" }], chunkSize }),
      );
      const complete = framesWithin(run, 0, cut);
      expect(error, `cut at ${cut}`).toBeUndefined();
      // Before the first whole frame nothing was received: the resume asks the URL afresh.
      expect(resumes(requests), `cut at ${cut}`).toEqual([
        [URL_SENT, null],
        [URL_SENT, complete === 0 ? null : String(complete - 1)],
      ]);
      expect(parts.length, `cut at ${cut}`).toBe(run.frames);
      expect(parts, `cut at ${cut}`).toEqual(run.parts);
    }
  });

  it("against a server that ignores Last-Event-ID and replays from the start: nothing doubled", async () => {
    const cutAt = (run.offsets[250] ?? 0) + 3;
    const { parts, error, requests } = await streamThread(
      threadServer(run, { plan: [{ at: cutAt, how: "error" }], honoursLastEventId: false }),
    );
    expect(error).toBeUndefined();
    expect(resumes(requests)).toEqual([
      [URL_SENT, null],
      [URL_SENT, "249"],
    ]);
    expect(parts).toEqual(run.parts);
  });

  it("before any event resumes with the caller's lastEventId", async () => {
    const { parts, error, requests } = await streamThread(
      threadServer(run, { plan: [{ at: 5, how: "error" }] }),
      { lastEventId: "41" },
    );
    expect(error).toBeUndefined();
    expect(resumes(requests)).toEqual([
      [URL_SENT, "41"],
      [URL_SENT, "41"],
    ]);
    expect(parts).toEqual(run.parts.slice(42));
  });

  it("that breaks on every connection ends with the connection error after maxAttempts resumes", async () => {
    const { parts, error, requests } = await streamThread(
      threadServer(run, {
        plan: Array.from({ length: 10 }, () => ({ at: 2, how: "error" as const })),
      }),
      { maxAttempts: 3 },
    );
    expect(parts).toEqual([]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(4);
  });
});

describe("UrlResumeStrategy: a clean end of body", () => {
  it("ends the stream, with no request after the first", async () => {
    const { parts, error, requests } = await streamThread(threadServer(run));
    expect(error).toBeUndefined();
    expect(parts).toEqual(run.parts);
    expect(requests).toHaveLength(1);
  });

  it("mid-stream on a frame boundary ends too: no status check, no resume", async () => {
    const { parts, error, requests } = await streamThread(
      threadServer(run, { plan: [{ at: run.offsets[50] ?? 0, how: "close" }] }),
    );
    expect(error).toBeUndefined();
    expect(parts).toEqual(run.parts.slice(0, 50));
    expect(resumes(requests)).toEqual([[URL_SENT, null]]);
  });

  it("inside a block (no blank line after it) delivers that block as received, and ends", async () => {
    const { parts, error, requests } = await streamThread(
      threadServer(run, { plan: [{ at: (run.offsets[61] ?? 0) - 1, how: "close" }] }),
    );
    expect(error).toBeUndefined();
    expect(parts).toEqual(run.parts.slice(0, 61));
    expect(requests).toHaveLength(1);
  });
});
