import type { HeadersInput } from "@runwire/types";
import { APIConnectionError } from "../errors/connection-error";
import { InvalidResponseError } from "../errors/invalid-response-error";
import { mergeHeaders } from "../http/headers";
import { checkReconnectLocation } from "../http/location";
import type { QueryParams, QueryRecord } from "../http/query";
import { sleep } from "../request/abort";
import {
  type HttpClient,
  type OpenResponse,
  type RequestSpec,
  throwIfError,
} from "../request/http-client";
import { backoffDelayMs } from "../request/retry-policy";
import { createSseDecoder, type SseEvent } from "../sse/decoder";
import type { EventReader } from "./event-reader";
import type { PartBatch } from "./run-stream";

/** What every SSE request asks for. */
export const SSE_HEADERS = { accept: "text/event-stream", "cache-control": "no-store" } as const;

/**
 * Where a stream is: the id of the last event handed out, updated as the reader takes each part
 * (not as a chunk is decoded ahead), so it is the cursor a resume, or a later join, goes on from.
 * Starts as the caller's own `lastEventId`, if any.
 */
export interface EventCursor {
  lastEventId: string | undefined;
}

/** What the engine knows of the call when it asks its {@link ResumeStrategy}. */
export interface ResumeState {
  readonly cursor: EventCursor;
  /** The reconnect target a response's `Location` gave; `null` until one does. */
  readonly location: string | null;
  /** Whether any event was handed out, over any connection of this call. */
  readonly deliveredAny: boolean;
}

/** Where a resume goes when no `Location` was given. */
export interface ResumeTarget {
  readonly path: string;
  readonly query?: QueryRecord | undefined;
  readonly params?: QueryParams | undefined;
}

/**
 * What the stream engine asks of what it streams: the engine reads, decodes, skips replayed ids,
 * follows a `Location`, backs off and counts attempts; the strategy says what a broken or ended
 * body means for this kind of stream and where a resume goes. A strategy may keep state: it
 * serves one call (one `streamSse`).
 */
export interface ResumeStrategy {
  /** The first response's headers, before its status is checked. */
  firstResponse(headers: Headers): void;
  /** Whether an event named `name` is the stream's last word: a clean end after it is final. */
  isTerminal(name: string): boolean;
  /**
   * Whether the strategy has something to learn from an event named `name` (asked of each event
   * handed out, so it is cheap; most events teach nothing).
   */
  learnsFrom(name: string): boolean;
  /** An event it learns from, as it is handed out, with its parsed data. */
  onEvent(name: string, data: unknown): void;
  /**
   * A connection broke mid-body and no `Location` was given: resolves to resume, rejects with
   * the error the stream ends with. (The engine bounds resumes by its attempt budget.)
   */
  resumeAfterError(error: APIConnectionError, state: ResumeState): Promise<void>;
  /**
   * The body ended inside a block, with no terminal event before it: a cut is likely. True: the
   * connection was cut, that block is dropped (the end verdict then resumes or fails); false: it
   * is the stream's last word and is delivered as received.
   */
  dropCutBlock(state: ResumeState): Promise<boolean>;
  /**
   * A clean end of body, with no terminal event: `"end"` ends the stream, `"resume"` goes on
   * after the cursor; rejects with the error the stream ends with.
   */
  atCleanEnd(state: ResumeState): Promise<"end" | "resume">;
  /** The error once `maxAttempts` resumes after clean ends in a row did not help. */
  endedTooOften(maxAttempts: number): Error;
  /** The `Last-Event-ID` a resume sends; `undefined` sends none. */
  resumeCursor(state: ResumeState): string | undefined;
  /** Where a resume goes when no `Location` was given. */
  resumeTarget(): ResumeTarget;
}

/** One SSE call: its first request, and who decides about resumes. */
export interface SseRequest {
  readonly initial: RequestSpec;
  /** The caller's headers, sent again on every resume (with the cursor's `Last-Event-ID`). */
  readonly callHeaders?: HeadersInput | undefined;
  readonly signal: AbortSignal;
  /** Kept up to date with the last event id handed out. */
  readonly cursor: EventCursor;
  readonly strategy: ResumeStrategy;
}

/**
 * The resumable SSE engine. Opens `request.initial`, checks status and content type, takes a
 * `Location` as the reconnect target, decodes the body and hands out what `reader` makes of each
 * event, in batches, one per chunk of body: a synchronous iterator the reader drains without an
 * async step per part, which was most of a stream's overhead on top of `JSON.parse`. The
 * generator resumes (and may reconnect) only once the reader has drained the batch.
 *
 * A broken connection, or a clean end the strategy wants resumed, reconnects to the `Location`
 * or the strategy's target with `Last-Event-ID`, backing off with jitter under
 * `http.config.streamResume`; the attempt budget resets once events flow again. A part is never
 * delivered twice: on a resumed connection, events at or below the cursor (numeric ids) that a
 * server replays are skipped. Aborting `request.signal` stops it at any point.
 */
export async function* streamSse<T>(
  http: HttpClient,
  request: SseRequest,
  reader: EventReader<T>,
): AsyncGenerator<PartBatch<T>> {
  const { signal, cursor, strategy } = request;
  const policy = http.config.streamResume;
  const state: { cursor: EventCursor; location: string | null; deliveredAny: boolean } = {
    cursor,
    location: null,
    deliveredAny: false,
  };
  let spec: RequestSpec = { ...request.initial, signal };
  // Set on each resume: a server that ignores Last-Event-ID replays from the start; skip those.
  // A caller's own lastEventId counts too: a server that ignores it replays from the start.
  let skipThrough: number | undefined = numericId(cursor.lastEventId);
  let failures = 0;
  let first = true;

  for (;;) {
    const response = await http.open(spec);
    let finished = false;
    try {
      if (first) strategy.firstResponse(response.headers);
      await throwIfError(response);
      checkEventStream(response);
      const movedTo = response.headers.get("location");
      if (movedTo) {
        checkReconnectLocation(movedTo, http.config.baseUrl, { status: response.status });
        state.location = movedTo;
      }
      first = false;

      const pending: SseEvent[] = [];
      const decoder = createSseDecoder({
        onEvent: (event) => pending.push(event),
        maxEventLength: http.config.maxEventBytes,
      });
      let deliveredHere = false;
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
          if (strategy.isTerminal(name)) finished = true;
          if (strategy.learnsFrom(name)) strategy.onEvent(name, reader.data(value, event));
          if (!deliveredHere) {
            deliveredHere = true;
            state.deliveredAny = true;
          }
          failures = 0;
          yield value;
        }
      }
      try {
        for (;;) {
          const chunk = await response.body.read();
          if (chunk) decoder.feed(chunk);
          else {
            // The body ended inside a block: whether that block is the stream's last word or
            // the connection was cut is the strategy's call.
            const cutInBlock = decoder.end();
            if (cutInBlock && !finished && (await strategy.dropCutBlock(state))) {
              pending.length = 0;
            }
          }
          if (pending.length > 0) yield parts(pending.splice(0));
          if (!chunk) break;
        }
      } catch (error) {
        decoder.reset();
        if (signal.aborted || !APIConnectionError.isInstance(error)) throw error;
        if (state.location === null) await strategy.resumeAfterError(error, state);
        failures = deliveredHere ? 1 : failures + 1;
        if (failures > policy.maxAttempts) throw error;
        await sleep(backoffDelayMs(failures - 1, retryPolicyOf(policy)), signal);
        spec = resumeSpec();
        continue;
      }
    } finally {
      response.body.cancel();
    }

    // A clean end of body: final after a terminal event, else as the strategy rules.
    if (finished || (await strategy.atCleanEnd(state)) === "end") return;
    failures += 1;
    if (failures > policy.maxAttempts) throw strategy.endedTooOften(policy.maxAttempts);
    await sleep(backoffDelayMs(failures - 1, retryPolicyOf(policy)), signal);
    spec = resumeSpec();
  }

  function resumeSpec(): RequestSpec {
    skipThrough = numericId(cursor.lastEventId);
    const resumeAfter = strategy.resumeCursor(state);
    const target: ResumeTarget =
      state.location === null ? strategy.resumeTarget() : { path: state.location };
    return {
      method: "GET",
      path: target.path,
      query: target.query,
      ...(target.params === undefined ? {} : { params: target.params }),
      headers: { ...SSE_HEADERS },
      // The cursor overrides any Last-Event-ID the caller gave for the first request.
      callHeaders: mergeHeaders(
        request.callHeaders,
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

// An event id as an integer, for the skip of replayed events; undefined when it is not one.
function numericId(id: string | undefined): number | undefined {
  if (id === undefined || id === "") return undefined;
  const numeric = Number(id);
  return Number.isInteger(numeric) ? numeric : undefined;
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
