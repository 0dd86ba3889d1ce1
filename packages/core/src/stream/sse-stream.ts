import type { HeadersInput, StreamPart } from "@runwire/types";
import { APIConnectionError, APITimeoutError } from "../errors/connection-error";
import { InvalidResponseError } from "../errors/invalid-response-error";
import { mergeHeaders } from "../http/headers";
import { checkReconnectLocation } from "../http/location";
import { encodePathSegment } from "../http/path";
import type { QueryRecord } from "../http/query";
import { runMetadataFromContentLocation } from "../http/run-metadata";
import { childController, sleep } from "../request/abort";
import {
  type HttpClient,
  type OpenResponse,
  type RequestSpec,
  throwIfError,
} from "../request/http-client";
import { backoffDelayMs } from "../request/retry-policy";
import { createSseDecoder, type SseEvent } from "../sse/decoder";
import { isEmptyPart, toStreamPart } from "./parts";
import type { PartBatch } from "./run-stream";

/** A run a stream belongs to, as far as the client has learned it. */
export interface StreamRun {
  runId: string;
  /** `null` for a stateless run (joined at `/runs/{id}/stream`). */
  threadId: string | null;
}

/**
 * What a stream has learned while it was read, for `RunStream`'s getters: updated as the reader
 * takes each part (not as a chunk is decoded ahead), so `lastEventId` is always the id of the last
 * part handed out, the cursor a `joinStream({ lastEventId })` resumes after.
 */
export interface StreamCursor {
  lastEventId: string | undefined;
  run: StreamRun | null;
}

/** One SSE call: the first request and what is needed to resume it. */
export interface SseCall {
  readonly initial: RequestSpec;
  /** Called with the first response's headers, before its status is checked. */
  readonly onFirstResponse?: ((headers: Headers) => void) | undefined;
  /** The run, when known before the call (`joinStream`). */
  readonly run?: StreamRun | undefined;
  /** The thread of the call (`null` stateless), for a run learned from the `metadata` event. */
  readonly threadId: string | null;
  /** Resume after this event id (`joinStream`'s `lastEventId`). */
  readonly lastEventId?: string | undefined;
  /**
   * Whether the run keeps its events for a resume through its join-stream endpoint: known for a
   * run this call creates (`streamResumable`), asked of the server (`kwargs`) for a joined run.
   * A run that does not keep them hands each event out once, so a resume would lose events.
   */
  readonly resumable: boolean | "ask";
  /** The join-stream query to resume with (`joinStream`'s `stream_mode`). */
  readonly resumeQuery?: QueryRecord | undefined;
  readonly callHeaders?: HeadersInput | undefined;
  readonly signal: AbortSignal;
  /** Kept up to date with the run and the last event id handed out. */
  readonly cursor?: StreamCursor | undefined;
}

/**
 * How a decoded event becomes what the stream hands out: a parsed part, or (to relay a stream as
 * SSE bytes) the event itself, never parsed.
 */
export interface EventReader<T> {
  /** What is handed out for `event`, or `undefined` to skip it (an empty event). */
  read(event: SseEvent, status: number): T | undefined;
  /** The parsed data of what was handed out (read only for a `metadata` event, to learn the run). */
  data(value: T, event: SseEvent): unknown;
}

/** Parts: each event's data parsed as JSON; empty parts are not delivered (docs/spec/runs.md §5.5). */
const PART_READER: EventReader<StreamPart> = {
  read(event, status) {
    const part = toStreamPart(event, status);
    return isEmptyPart(part) ? undefined : part;
  },
  data: (part) => part.data,
};

/** The events as decoded, data unparsed; the same events are skipped as by {@link PART_READER}. */
export const EVENT_READER: EventReader<SseEvent> = {
  read: (event) =>
    event.event === "" && (event.data === "" || event.data === "null") ? undefined : event,
  data(_value, event) {
    try {
      return JSON.parse(event.data);
    } catch {
      return null;
    }
  },
};

/** What every SSE request asks for. */
export const SSE_HEADERS = { accept: "text/event-stream", "cache-control": "no-store" } as const;
const LIVE_STATUSES = new Set(["pending", "running"]);

/**
 * Streams a call's parts, resuming a broken stream (docs/spec/runs.md §4.8 with Appendix B row 10): after
 * a dropped connection, or a clean end while the run is still live, it reconnects to the server's
 * `Location`, or to the run's join-stream endpoint, with `Last-Event-ID`, backing off with jitter;
 * the attempt budget resets once events flow again. A part is never delivered twice: on a resumed
 * connection, parts a server replays at or below the cursor (numeric ids) are skipped.
 *
 * Parts come in batches, one per chunk of body: a synchronous iterator the reader drains without
 * an async step per part, which was most of a stream's overhead on top of `JSON.parse`. This
 * generator resumes (and may reconnect) only once the reader has drained the batch.
 */
export function streamParts(
  http: HttpClient,
  call: SseCall,
): AsyncGenerator<PartBatch<StreamPart>> {
  return streamEvents(http, call, PART_READER);
}

/**
 * {@link streamParts} with what is handed out for each event chosen by `reader`: the same
 * requests, resumes, skips and end-of-stream check whatever it is.
 */
export async function* streamEvents<T>(
  http: HttpClient,
  call: SseCall,
  reader: EventReader<T>,
): AsyncGenerator<PartBatch<T>> {
  const { signal } = call;
  // The run and the last event id handed out: the call's cursor when it has one (RunStream's
  // getters read it), kept up to date as the reader takes each part.
  const cursor: StreamCursor = call.cursor ?? {
    lastEventId: call.lastEventId,
    run: call.run ?? null,
  };
  const policy = http.config.streamResume;
  let spec: RequestSpec = { ...call.initial, signal };
  let location: string | null = null;
  // Set on each resume: a server that ignores Last-Event-ID replays from the start; skip those.
  // A joinStream's own lastEventId counts too: a server that ignores it replays from the start.
  let skipThrough: number | undefined = numericId(cursor.lastEventId);
  let failures = 0;
  let first = true;
  let deliveredAny = false;
  let joinResumable: boolean | undefined = call.resumable === "ask" ? undefined : call.resumable;

  for (;;) {
    const response = await http.open(spec);
    let finished = false;
    // The run's status once asked at the end of this body (null: unknown, or the check failed).
    let endStatus: string | null | undefined;
    try {
      if (first) {
        call.onFirstResponse?.(response.headers);
        cursor.run ??= runFromHeaders(response.headers, call.threadId);
      }
      await throwIfError(response);
      checkEventStream(response);
      const movedTo = response.headers.get("location");
      if (movedTo) {
        checkReconnectLocation(movedTo, http.config.baseUrl, { status: response.status });
        location = movedTo;
      }
      first = false;

      const pending: SseEvent[] = [];
      const decoder = createSseDecoder({
        onEvent: (event) => pending.push(event),
        maxEventLength: http.config.maxEventBytes,
      });
      let deliveredHere = false;
      let ended = false;
      // The parts of one chunk's events, each parsed as the reader takes it: what is parsed stays
      // short-lived (200 streams in one process would otherwise hold a whole chunk's parsed parts
      // each), and the bookkeeping below follows what was handed out.
      function* parts(events: SseEvent[]): Generator<T, void, undefined> {
        for (const event of events) {
          if (event.id !== undefined) {
            // Ids are read as numbers only after a resume: the common case skips the parse.
            if (skipThrough !== undefined) {
              const numeric = numericId(event.id);
              if (numeric !== undefined && numeric <= skipThrough) continue;
            }
            cursor.lastEventId = event.id;
          }
          const value = reader.read(event, response.status);
          if (value === undefined) continue;
          const name = event.event;
          if (name === "end" || name === "error") finished = true;
          if (name === "metadata" && cursor.run === null) {
            cursor.run = runFromMetadata(reader.data(value, event), call.threadId);
          }
          deliveredHere = true;
          deliveredAny = true;
          failures = 0;
          yield value;
        }
      }
      try {
        for (;;) {
          const chunk = await response.body.read();
          if (chunk) decoder.feed(chunk);
          else {
            const cutInBlock = decoder.end();
            ended = true;
            // The body ended inside a block: a cut is likely. That block is the stream's last
            // word only if the run is over; while the run is live the connection was cut: drop
            // the block and resume. A check that cannot be made delivers it, as received.
            if (cutInBlock && !finished && cursor.run !== null && cursor.run.threadId !== null) {
              endStatus = await checkRun(cursor.run);
              if (isLive(endStatus)) pending.length = 0;
            }
          }
          if (pending.length > 0) yield parts(pending.splice(0));
          if (ended) break;
        }
      } catch (error) {
        decoder.reset();
        if (signal.aborted || !APIConnectionError.isInstance(error)) throw error;
        if (!location) {
          // A stateless run (no thread) has no status to ask and, from the LangGraph server, no
          // event ids: nothing to resume, so the connection error stands as it is.
          const { run } = cursor;
          if (!run || (run.threadId === null && call.resumable !== true)) throw error;
          if (!(await mayResumeByJoin(run))) throw notResumable(run, error);
          if (resumeCursor() === undefined) throw error;
        }
        failures = deliveredHere ? 1 : failures + 1;
        if (failures > policy.maxAttempts) throw error;
        await sleep(backoffDelayMs(failures - 1, retryPolicyOf(policy)), signal);
        spec = resumeSpec();
        continue;
      }
    } finally {
      response.body.cancel();
    }

    // A clean end of body (docs/reliability.md, "The end-of-stream check"). Final if the run
    // said so, or if there is no run to ask about.
    const run = cursor.run;
    if (finished || !run || run.threadId === null) return;
    if (endStatus === undefined) {
      // The body ended on a block boundary, the connection closed in order: nothing suggests a
      // cut. The check's only use is then a resume, so it is made only where one is possible: a
      // Location, or a run that keeps its events. A joined run whose record was not read yet is
      // asked (the same answer says whether it keeps them), so that a joined run cut while live
      // is still reported rather than ended silently.
      if (!location && joinResumable === false) return;
      endStatus = await checkRun(run);
    }
    const status = endStatus;
    if (!isLive(status)) return;
    if (!location && !(await mayResumeByJoin(run))) throw notResumable(run, undefined);
    if (!location && resumeCursor() === undefined) {
      throw new APIConnectionError({
        message: `The stream of run ${run.runId} ended while the run is still ${status}, and it cannot be resumed without an event id.`,
      });
    }
    failures += 1;
    if (failures > policy.maxAttempts) {
      throw new APIConnectionError({
        message: `The stream of run ${run.runId} kept ending while the run is still ${status} (${policy.maxAttempts} resumes).`,
      });
    }
    await sleep(backoffDelayMs(failures - 1, retryPolicyOf(policy)), signal);
    spec = resumeSpec();
  }

  // The run's status as the server reports it now, noting whether it keeps events for a resume.
  // One attempt, never retried: a check that cannot be made (404/405 from a backend that exposes
  // only the stream route, 5xx, a network error, a timeout) gives null, and the stream ends as
  // delivered. The check may only add a resume; it never turns a delivered stream into an error.
  async function checkRun(target: StreamRun): Promise<string | null> {
    let record: unknown;
    try {
      record = await fetchRun(http, target, call.callHeaders, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      return null;
    }
    joinResumable ??= isResumableRecord(record);
    const status = (record as { status?: unknown } | null)?.status;
    return typeof status === "string" ? status : null;
  }

  // Resuming through the join-stream endpoint is exact only for a run that keeps its events.
  async function mayResumeByJoin(target: StreamRun): Promise<boolean> {
    if (joinResumable === undefined) {
      if (target.threadId === null) return false;
      await checkRun(target);
    }
    return joinResumable === true;
  }

  // The Last-Event-ID to resume with. A run this call created (its id learned from the response)
  // whose stream broke before its first event is asked for everything: "-1" (LangGraph).
  function resumeCursor(): string | undefined {
    if (cursor.lastEventId === undefined && !deliveredAny && !location && !call.run) return "-1";
    return cursor.lastEventId;
  }

  function resumeSpec(): RequestSpec {
    skipThrough = numericId(cursor.lastEventId);
    const resumeAfter = resumeCursor();
    const target = location ?? joinStreamPath(cursor.run as StreamRun);
    return {
      method: "GET",
      path: target,
      query: location ? undefined : call.resumeQuery,
      headers: { ...SSE_HEADERS },
      // The cursor overrides any Last-Event-ID the caller gave for the first request.
      callHeaders: mergeHeaders(
        call.callHeaders,
        resumeAfter === undefined ? undefined : { "last-event-id": resumeAfter },
      ),
      signal,
      idempotent: true,
    };
  }
}

function retryPolicyOf(policy: { initialDelayMs: number; maxDelayMs: number }) {
  return { maxRetries: 0, maxRetryAfterMs: 0, ...policy };
}

/** `/threads/{thread}/runs/{run}/stream`, or `/runs/{run}/stream` for a stateless run. */
export function joinStreamPath(run: StreamRun): string {
  const runPath = `runs/${encodePathSegment(run.runId)}/stream`;
  return run.threadId === null
    ? `/${runPath}`
    : `/threads/${encodePathSegment(run.threadId)}/${runPath}`;
}

// Content-Location carries the ids as they appear in a URL (percent-encoded): decoded here, so
// they are encoded exactly once again when a resume or status path is built from them. The
// call's own thread id wins over the header's.
function runFromHeaders(headers: Headers, threadId: string | null): StreamRun | null {
  const metadata = runMetadataFromContentLocation(headers.get("content-location"));
  if (!metadata) return null;
  const headerThread = metadata.thread_id === null ? null : decodeSegment(metadata.thread_id);
  return { runId: decodeSegment(metadata.run_id), threadId: threadId ?? headerThread };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// A timeout keeps its own class (the caller may handle it apart); any other failure is explained.
function notResumable(run: StreamRun, cause: unknown): APIConnectionError {
  if (APITimeoutError.isInstance(cause)) return cause;
  return new APIConnectionError({
    message: `The stream of run ${run.runId} broke and cannot be resumed without losing events: the run was not created with \`streamResumable: true\`. Join it (runs.join) for its final state, or create runs with streamResumable to stream through outages.`,
    cause,
  });
}

// The LangGraph JS server records `kwargs.resumable`; the request field is `stream_resumable`.
function isResumableRecord(record: unknown): boolean {
  const kwargs = (record as { kwargs?: Record<string, unknown> } | null)?.kwargs;
  return kwargs?.resumable === true || kwargs?.stream_resumable === true;
}

function runFromMetadata(data: unknown, threadId: string | null): StreamRun | null {
  if (typeof data !== "object" || data === null) return null;
  const runId = (data as { run_id?: unknown }).run_id;
  return typeof runId === "string" ? { runId, threadId } : null;
}

function numericId(id: string | undefined): number | undefined {
  if (id === undefined || id === "") return undefined;
  const numeric = Number(id);
  return Number.isInteger(numeric) ? numeric : undefined;
}

function isLive(status: string | null): boolean {
  return status !== null && LIVE_STATUSES.has(status);
}

/**
 * The longest the end-of-stream status check may take (or `timeoutMs`, when shorter). A status
 * route that accepts the request and never answers would otherwise hold the end of a delivered
 * stream for the whole idle timeout (300 s by default); past this the stream ends as delivered.
 */
export const STATUS_CHECK_TIMEOUT_MS = 10_000;

async function fetchRun(
  http: HttpClient,
  run: StreamRun,
  callHeaders: HeadersInput | undefined,
  signal: AbortSignal,
): Promise<unknown> {
  const { controller, dispose } = childController(signal);
  const limit = Math.min(
    http.config.timeoutMs ?? Number.POSITIVE_INFINITY,
    STATUS_CHECK_TIMEOUT_MS,
  );
  const timer = setTimeout(() => controller.abort(new APITimeoutError()), limit);
  try {
    return await http.json({
      method: "GET",
      path: `/threads/${encodePathSegment(run.threadId ?? "")}/runs/${encodePathSegment(run.runId)}`,
      callHeaders,
      signal: controller.signal,
      // Safe to repeat, but sent once: a retried status route would hold the end of a complete
      // stream for seconds (the answer only ever adds a resume).
      idempotent: false,
    });
  } finally {
    clearTimeout(timer);
    dispose();
  }
}

// docs/spec/runs.md Appendix B row 9: the media type is compared case-insensitively.
function checkEventStream(response: OpenResponse): void {
  const contentType = response.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  if (mediaType === "text/event-stream") return;
  throw new InvalidResponseError(
    `Expected response header Content-Type to be 'text/event-stream', got '${contentType}'`,
    { status: response.status },
  );
}
