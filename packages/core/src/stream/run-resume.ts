import type { HeadersInput } from "@runwire/types";
import { APIConnectionError, APITimeoutError } from "../errors/connection-error";
import { encodePathSegment } from "../http/path";
import type { QueryRecord } from "../http/query";
import { runMetadataFromContentLocation } from "../http/run-metadata";
import { childController } from "../request/abort";
import type { HttpClient } from "../request/http-client";
import type { EventCursor, ResumeState, ResumeStrategy, ResumeTarget } from "./sse-engine";

// How a run's stream is resumed (docs/spec/runs.md §4.8 with Appendix B row 10): through the
// run's join-stream endpoint, only for a run that keeps its events, and after a clean end only
// while the run is still live (docs/reliability.md, "The end-of-stream check").

/** A run a stream belongs to, as far as the client has learned it. */
export interface StreamRun {
  runId: string;
  /** `null` for a stateless run (joined at `/runs/{id}/stream`). */
  threadId: string | null;
}

/**
 * What a run stream has learned while it was read, for `RunStream`'s getters: the last event id
 * handed out (the cursor a `joinStream({ lastEventId })` resumes after) and the run.
 */
export interface StreamCursor extends EventCursor {
  run: StreamRun | null;
}

/** What the run strategy needs to know of the call. */
export interface RunResumeCall {
  /** Called with the first response's headers, before its status is checked. */
  readonly onFirstResponse?: ((headers: Headers) => void) | undefined;
  /** The run, when known before the call (`joinStream`). */
  readonly run?: StreamRun | undefined;
  /** The thread of the call (`null` stateless), for a run learned from the `metadata` event. */
  readonly threadId: string | null;
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
}

const LIVE_STATUSES = new Set(["pending", "running"]);

/**
 * The longest the end-of-stream status check may take (or `timeoutMs`, when shorter). A status
 * route that accepts the request and never answers would otherwise hold the end of a delivered
 * stream for the whole idle timeout (300 s by default); past this the stream ends as delivered.
 */
export const STATUS_CHECK_TIMEOUT_MS = 10_000;

/**
 * Resumes a run's stream: learns the run from `Content-Location` or the `metadata` event, ends at
 * `end`/`error`, resumes through the run's join-stream endpoint only a run that keeps its events,
 * and after a clean end asks the run's status (one attempt, its own deadline) only where the
 * answer can change the outcome.
 */
export class RunResumeStrategy implements ResumeStrategy {
  readonly #http: HttpClient;
  readonly #call: RunResumeCall;
  readonly #cursor: StreamCursor;
  // Whether the run keeps its events: undefined until known (given, or read from its record).
  #joinResumable: boolean | undefined;
  // The run's status as asked at the end of the current body (null: unknown, or the check
  // failed); undefined when not asked. Read and cleared by the clean-end verdict.
  #endStatus: string | null | undefined;
  // The live status of the last clean-end check, for the message when resumes run out.
  #liveStatus = "";

  constructor(http: HttpClient, call: RunResumeCall, cursor: StreamCursor) {
    this.#http = http;
    this.#call = call;
    this.#cursor = cursor;
    this.#joinResumable = call.resumable === "ask" ? undefined : call.resumable;
  }

  firstResponse(headers: Headers): void {
    this.#call.onFirstResponse?.(headers);
    this.#cursor.run ??= runFromHeaders(headers, this.#call.threadId);
  }

  isTerminal(name: string): boolean {
    return name === "end" || name === "error";
  }

  // The run, from the `metadata` event, when neither the call nor Content-Location named it.
  learnsFrom(name: string): boolean {
    return name === "metadata" && this.#cursor.run === null;
  }

  onEvent(_name: string, data: unknown): void {
    this.#cursor.run = runFromMetadata(data, this.#call.threadId);
  }

  async resumeAfterError(error: APIConnectionError, state: ResumeState): Promise<void> {
    // A stateless run (no thread) has no status to ask and, from the LangGraph server, no event
    // ids: nothing to resume, so the connection error stands as it is.
    const { run } = this.#cursor;
    if (!run || (run.threadId === null && this.#call.resumable !== true)) throw error;
    if (!(await this.#mayResumeByJoin(run))) throw notResumable(run, error);
    if (this.resumeCursor(state) === undefined) throw error;
  }

  // The block is the stream's last word only if the run is over; while the run is live the
  // connection was cut. A check that cannot be made delivers it, as received.
  async dropCutBlock(): Promise<boolean> {
    const { run } = this.#cursor;
    if (run === null || run.threadId === null) return false;
    this.#endStatus = await this.#checkRun(run);
    return isLive(this.#endStatus);
  }

  // docs/reliability.md, "The end-of-stream check". Final if there is no run to ask about.
  async atCleanEnd(state: ResumeState): Promise<"end" | "resume"> {
    let status = this.#endStatus;
    this.#endStatus = undefined;
    const { run } = this.#cursor;
    if (!run || run.threadId === null) return "end";
    if (status === undefined) {
      // The body ended on a block boundary, the connection closed in order: nothing suggests a
      // cut. The check's only use is then a resume, so it is made only where one is possible: a
      // Location, or a run that keeps its events. A joined run whose record was not read yet is
      // asked (the same answer says whether it keeps them), so that a joined run cut while live
      // is still reported rather than ended silently.
      if (state.location === null && this.#joinResumable === false) return "end";
      status = await this.#checkRun(run);
    }
    if (status === null || !isLive(status)) return "end";
    this.#liveStatus = status;
    if (state.location === null) {
      if (!(await this.#mayResumeByJoin(run))) throw notResumable(run, undefined);
      if (this.resumeCursor(state) === undefined) {
        throw new APIConnectionError({
          message: `The stream of run ${run.runId} ended while the run is still ${status}, and it cannot be resumed without an event id.`,
        });
      }
    }
    return "resume";
  }

  endedTooOften(maxAttempts: number): Error {
    return new APIConnectionError({
      message: `The stream of run ${this.#cursor.run?.runId} kept ending while the run is still ${this.#liveStatus} (${maxAttempts} resumes).`,
    });
  }

  // A run this call created (its id learned from the response) whose stream broke before its
  // first event is asked for everything: "-1" (LangGraph).
  resumeCursor(state: ResumeState): string | undefined {
    const { lastEventId } = this.#cursor;
    if (lastEventId === undefined && !state.deliveredAny && state.location === null) {
      if (!this.#call.run) return "-1";
    }
    return lastEventId;
  }

  resumeTarget(): ResumeTarget {
    return { path: joinStreamPath(this.#cursor.run as StreamRun), query: this.#call.resumeQuery };
  }

  // The run's status as the server reports it now, noting whether it keeps events for a resume.
  // One attempt, never retried: a check that cannot be made (404/405 from a backend that exposes
  // only the stream route, 5xx, a network error, a timeout) gives null, and the stream ends as
  // delivered. The check may only add a resume; it never turns a delivered stream into an error.
  async #checkRun(target: StreamRun): Promise<string | null> {
    const { signal } = this.#call;
    let record: unknown;
    try {
      record = await fetchRun(this.#http, target, this.#call.callHeaders, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      return null;
    }
    this.#joinResumable ??= isResumableRecord(record);
    const status = (record as { status?: unknown } | null)?.status;
    return typeof status === "string" ? status : null;
  }

  // Resuming through the join-stream endpoint is exact only for a run that keeps its events.
  async #mayResumeByJoin(target: StreamRun): Promise<boolean> {
    if (this.#joinResumable === undefined) {
      if (target.threadId === null) return false;
      await this.#checkRun(target);
    }
    return this.#joinResumable === true;
  }
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

function isLive(status: string | null): boolean {
  return status !== null && LIVE_STATUSES.has(status);
}

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
