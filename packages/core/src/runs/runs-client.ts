import type {
  CancelAction,
  OnCompletionBehavior,
  Run,
  RunsCancelManyOptions,
  RunsCreateBatchItem,
  RunsCreateOptions,
  RunsJoinOptions,
  RunsJoinStreamOptions,
  RunsListOptions,
  RunsRequestOptions,
  RunsStreamOptions,
  RunsWaitOptions,
  StreamMode,
  StreamPart,
  StreamVersion,
} from "@runwire/types";
import {
  RUNS_ENDPOINTS,
  RunsCreateBatchItemCheck,
  StreamPartCheck,
  StreamPartV2Check,
  TYPED_STREAM_PART_V2_TYPES,
} from "@runwire/types/runtime";
import { checkArguments, checkId, checkOptionalThreadId, checkSelect } from "../endpoint/arguments";
import { callEndpoint, prepareCall } from "../endpoint/call";
import { warnIfCheckpointDuring } from "../endpoint/checkpoint-during";
import { checkRecord, readEndpointResponse, responseFor } from "../endpoint/response";
import { RunError } from "../errors/run-error";
import { RunwireValidationError } from "../errors/validation-error";
import { runMetadataFromContentLocation } from "../http/run-metadata";
import type { HttpClient } from "../request/http-client";
import { reconnectingJson } from "../request/reconnecting-request";
import { eventReaderWithout, eventTypeOf, unrequestedEventTypes } from "../stream/mode-filter";
import type { DefaultValues, StreamPartFor } from "../stream/part-types";
import { toStreamPartV2 } from "../stream/parts";
import { type PartBatch, RunStream } from "../stream/run-stream";
import {
  SSE_HEADERS,
  type SseCall,
  type StreamCursor,
  streamEvents,
  streamParts,
} from "../stream/sse-stream";

/**
 * `runs.stream` options, generic in the modes, subgraph flag and version so parts are typed.
 * `context`, `onCompletion` and `onRunCreated` are typed as wide as the official SDK types them, so
 * that a runwire client fits where an SDK-typed `runs.stream` is expected; the values are still
 * checked when the call is made (docs/migrating.md, "Stream part types").
 */
export type RunsStreamPayload<
  Mode extends StreamMode | readonly StreamMode[] = StreamMode | readonly StreamMode[],
  Subgraphs extends boolean = boolean,
  Version extends StreamVersion = StreamVersion,
> = Omit<
  RunsStreamOptions,
  "streamMode" | "streamSubgraphs" | "version" | "context" | "onCompletion" | "onRunCreated"
> & {
  /** What to stream (default `"values"`); the parts' type follows it. */
  streamMode?: Mode | null | undefined;
  /** Also stream subgraph output; v1 event names then gain `|<namespace>`. */
  streamSubgraphs?: Subgraphs | null | undefined;
  /** `v1` (default) yields `{ event, data, id? }`; `v2` yields typed `{ type, ns, data, interrupts }`. */
  version?: Version | null | undefined;
  /** Static context for the assistant: a JSON value (anything else is refused when called). */
  context?: unknown;
  /**
   * For stateless runs: `"delete"` (the server's default) or `"keep"` the temporary thread. Any
   * other string compiles (the official SDK types this option `"complete" | "continue"`, values
   * the server does not know) but is refused with a `RunwireValidationError` when called.
   */
  onCompletion?: OnCompletionBehavior | (string & {}) | null | undefined;
  /**
   * Called with the new run's ids as soon as the response headers arrive; `thread_id` is `null`
   * for a stateless run. (Method syntax on purpose: a callback the official SDK types with
   * `thread_id?: string` fits too.)
   */
  onRunCreated?(metadata: StreamRunCreated): void;
};

/** What `runs.stream`'s `onRunCreated` receives: `thread_id` is `null` for a stateless run. */
export interface StreamRunCreated {
  run_id: string;
  thread_id?: string | null;
}

/** `runs.joinStream` options, generic in the modes and version so parts are typed. */
export type RunsJoinStreamPayload<
  Mode extends StreamMode | readonly StreamMode[] = StreamMode | readonly StreamMode[],
  Version extends StreamVersion = StreamVersion,
> = Omit<RunsJoinStreamOptions, "streamMode" | "version"> & {
  /** Only these modes (default: the modes the run was created with). */
  streamMode?: Mode | null | undefined;
  /** `v1` (default) or `v2`. */
  version?: Version | null | undefined;
};

// `#__PURE__`, and no top-level destructuring of RUNS_ENDPOINTS: either would be a side effect to a
// bundler, which would then keep the runs endpoints and schemas in a bundle without runs.
const TYPED_V2 = /*#__PURE__*/ new Set<string>(TYPED_STREAM_PART_V2_TYPES);

/**
 * The runs API: create runs, stream them, wait for or join them, list, get, cancel and delete
 * them. Method names and arguments follow `@langchain/langgraph-sdk`'s runs client; every option
 * is checked before anything is sent, and errors are typed.
 *
 * @typeParam State - the graph's state (what `values` parts and `wait` return)
 * @typeParam Update - what a node's update holds (`updates` parts)
 * @typeParam Custom - what nodes write with their stream writer (`custom` parts)
 */
export class RunsClient<State = DefaultValues, Update = Partial<State>, Custom = unknown> {
  /** @internal Made by `Client`. */
  constructor(private readonly http: HttpClient) {}

  /**
   * Creates a run and streams its output. Nothing is sent until the stream is first read. A
   * dropped connection is resumed without losing or repeating a part when the run keeps its
   * events (`streamResumable: true`, or a reconnect `Location` from the server); otherwise it
   * fails with an `APIConnectionError` that says so.
   *
   * @param threadId - the thread, or `null` for a stateless run
   * @example
   * for await (const part of client.runs.stream(null, "agent", {
   *   input: { messages: [{ type: "human", content: "hi" }] },
   *   streamMode: ["messages-tuple", "values"],
   * })) {
   *   if (part.event === "messages") process.stdout.write(String(part.data[0].content));
   * }
   */
  stream<
    const Mode extends StreamMode | readonly StreamMode[] = "values",
    Subgraphs extends boolean = false,
    Version extends StreamVersion = "v1",
  >(
    threadId: string | null | undefined,
    assistantId: string,
    payload?: RunsStreamPayload<Mode, Subgraphs, Version>,
  ): RunStream<StreamPartFor<Mode, Version, Subgraphs, State, Update, Custom>> {
    const method = "runs.stream";
    const thread = checkOptionalThreadId(threadId, method);
    checkId(assistantId, "assistantId", method);
    // Everything that can fail locally fails now, not at the first read of the lazy stream.
    const { spec, options, callHeaders } = prepareCall<RunsStreamOptions>(
      thread === null ? RUNS_ENDPOINTS.stream.stateless : RUNS_ENDPOINTS.stream.threaded,
      { threadId: thread, assistantId },
      payload,
    );
    warnIfCheckpointDuring(options);
    // The server sends parts of modes nobody asked for only along with subgraph output.
    const dropped =
      options.streamSubgraphs === true
        ? unrequestedEventTypes(options.streamMode ?? "values")
        : null;
    return this.runStream<StreamPartFor<Mode, Version, Subgraphs, State, Update, Custom>>(
      {
        initial: { ...spec, headers: SSE_HEADERS, signal: undefined },
        onFirstResponse: runCreatedCallback(options.onRunCreated),
        threadId: thread,
        resumable: options.streamResumable === true,
        callHeaders,
      },
      { signal: options.signal, version: options.version ?? "v1", dropped },
    );
  }

  /**
   * Creates a background run and returns it at once.
   *
   * @example
   * const run = await client.runs.create(threadId, "agent", { input: { topic: "tides" } });
   * const state = await client.runs.join(threadId, run.run_id);
   */
  async create(
    threadId: string | null | undefined,
    assistantId: string,
    payload?: RunsCreateOptions,
  ): Promise<Run> {
    const method = "runs.create";
    const thread = checkOptionalThreadId(threadId, method);
    checkId(assistantId, "assistantId", method);
    const { spec, options } = prepareCall<RunsCreateOptions>(
      thread === null ? RUNS_ENDPOINTS.create.stateless : RUNS_ENDPOINTS.create.threaded,
      { threadId: thread, assistantId },
      payload,
    );
    warnIfCheckpointDuring(options);
    const response = await this.http.open(spec);
    try {
      runCreatedCallback(options.onRunCreated)?.(response.headers);
    } catch (error) {
      response.body.cancel();
      throw error;
    }
    return readEndpointResponse(
      this.http,
      response,
      RUNS_ENDPOINTS.create.threaded.response,
      method,
    );
  }

  /**
   * Creates several stateless background runs in one request.
   *
   * @example
   * const runs = await client.runs.createBatch([
   *   { assistantId: "agent", input: { topic: "a" } },
   *   { assistantId: "agent", input: { topic: "b" } },
   * ]);
   */
  async createBatch(
    payloads: readonly RunsCreateBatchItem[],
    options?: RunsRequestOptions,
  ): Promise<Run[]> {
    const method = "runs.createBatch";
    if (!Array.isArray(payloads) || payloads.length === 0) {
      throw new RunwireValidationError(`${method}: payloads must be a non-empty array`, {
        field: "payloads",
        received: payloads,
      });
    }
    for (const [index, item] of payloads.entries()) {
      const checked = checkArguments(RunsCreateBatchItemCheck, item, method, `payloads[${index}]`);
      // The ids travel in the body here; they must still be well-formed Unicode.
      checkId(checked.assistantId, `payloads[${index}].assistantId`, method);
      checkOptionalThreadId(checked.threadId, method, `payloads[${index}].threadId`);
    }
    return callEndpoint(this.http, RUNS_ENDPOINTS.createBatch, { payloads }, options);
  }

  /**
   * Creates a run and waits for its final state. A run that fails throws a `RunError` (unless
   * `raiseError: false`); the wait survives a dropped connection by picking the result up again.
   * `timeoutMs` bounds the POST (an idle connection is given up); the pick-up at the run's join
   * endpoint then waits for the run like `join`, unbounded by `timeoutMs` (use `signal` for that).
   *
   * @example
   * const state = await client.runs.wait(null, "agent", { input: { question: "2+2?" } });
   */
  async wait(
    threadId: string | null | undefined,
    assistantId: string,
    payload?: RunsWaitOptions,
  ): Promise<State> {
    const method = "runs.wait";
    const thread = checkOptionalThreadId(threadId, method);
    checkId(assistantId, "assistantId", method);
    const { spec, options } = prepareCall<RunsWaitOptions>(
      thread === null ? RUNS_ENDPOINTS.wait.stateless : RUNS_ENDPOINTS.wait.threaded,
      { threadId: thread, assistantId },
      payload,
    );
    warnIfCheckpointDuring(options);
    const result = await reconnectingJson(this.http, spec, {
      onFirstResponse: runCreatedCallback(options.onRunCreated),
      fallbackPath: joinPathFromContentLocation,
    });
    if (options.raiseError !== false) throwIfRunFailed(result);
    return result as State;
  }

  /**
   * Lists a thread's runs. `select` picks the fields returned; an empty `select` is refused
   * (leave it out for every field).
   *
   * @example
   * const running = await client.runs.list(threadId, { status: "running", limit: 20 });
   */
  async list(threadId: string, options?: RunsListOptions): Promise<Run[]> {
    const method = "runs.list";
    const call = prepareCall<RunsListOptions>(RUNS_ENDPOINTS.list, { threadId }, options);
    checkSelect(call.options.select, method);
    const answer = responseFor(RUNS_ENDPOINTS.list, call.options);
    return readEndpointResponse(this.http, await this.http.open(call.spec), answer, method);
  }

  /**
   * Gets one run.
   *
   * @example
   * const { status } = await client.runs.get(threadId, runId);
   */
  async get(threadId: string, runId: string, options?: RunsRequestOptions): Promise<Run> {
    return callEndpoint(this.http, RUNS_ENDPOINTS.get, { threadId, runId }, options);
  }

  /**
   * Cancels a run: `interrupt` (default) stops it, `rollback` also discards what it did. With
   * `wait`, resolves once the run has stopped (not bounded by `timeoutMs`, as with `join`).
   *
   * @example
   * await client.runs.cancel(threadId, runId, true, "interrupt");
   */
  async cancel(
    threadId: string,
    runId: string,
    wait = false,
    action: CancelAction = "interrupt",
    options?: RunsRequestOptions,
  ): Promise<void> {
    const method = "runs.cancel";
    checkId(threadId, "threadId", method);
    checkId(runId, "runId", method);
    if (typeof wait !== "boolean") {
      throw new RunwireValidationError(`${method}: invalid wait: expected a boolean`, {
        field: "wait",
        received: wait,
      });
    }
    const { spec } = prepareCall(RUNS_ENDPOINTS.cancel, { threadId, runId, wait, action }, options);
    if (wait) await reconnectingJson(this.http, { ...spec, awaitsRun: true });
    else {
      const response = await this.http.open(spec);
      await readEndpointResponse(this.http, response, RUNS_ENDPOINTS.cancel.response, method);
    }
  }

  /**
   * Cancels every run matching the filters. An empty selection selects nothing: with
   * `runIds: []` no request is sent and the call resolves (the server would read a missing
   * `run_ids` as "every run of the thread", so the empty list is never dropped into a wider one).
   *
   * @example
   * await client.runs.cancelMany({ threadId, status: "pending" });
   * await client.runs.cancelMany({ threadId, runIds: [] }); // cancels nothing, sends nothing
   */
  async cancelMany(options: RunsCancelManyOptions): Promise<void> {
    const method = "runs.cancelMany";
    const { cancelMany } = RUNS_ENDPOINTS;
    const checked = checkArguments(cancelMany.options, options, method);
    // An empty id would be dropped from the body and widen the selection to every thread's runs.
    if (checked.threadId !== undefined && checked.threadId !== null) {
      checkId(checked.threadId, "threadId", method);
    }
    checked.runIds?.forEach((runId, index) => {
      checkId(runId, `runIds[${index}]`, method);
    });
    // Nothing selected: nothing to send (the call's headers and params are not even looked at).
    if (checked.runIds?.length === 0) return;
    const { spec } = prepareCall(cancelMany, {}, options);
    await readEndpointResponse(
      this.http,
      await this.http.open(spec),
      RUNS_ENDPOINTS.cancelMany.response,
      method,
    );
  }

  /**
   * Waits for a run to finish and returns the thread's final state; a failed run throws a
   * `RunError`. The server answers only when the run ends, so `timeoutMs` does not apply: bound
   * the wait with `signal` (e.g. `AbortSignal.timeout(ms)`).
   *
   * @example
   * const state = await client.runs.join(threadId, run.run_id);
   */
  async join(threadId: string, runId: string, options?: RunsJoinOptions): Promise<State> {
    const { spec } = prepareCall(RUNS_ENDPOINTS.join, { threadId, runId }, options);
    const result = await reconnectingJson(this.http, { ...spec, awaitsRun: true });
    throwIfRunFailed(result);
    return result as State;
  }

  /**
   * Streams the output of a run that already exists, typed like `stream`. With a resumable run
   * (`streamResumable: true`), `lastEventId` picks up after that event (`"-1"` replays all).
   *
   * @param threadId - the run's thread, or `null` for a stateless run
   * @example
   * for await (const part of client.runs.joinStream(threadId, runId, { streamMode: "values" })) {
   *   console.log(part.event, part.data);
   * }
   */
  joinStream<
    const Mode extends StreamMode | readonly StreamMode[] = StreamMode,
    Version extends StreamVersion = "v1",
  >(
    threadId: string | null | undefined,
    runId: string,
    options?: RunsJoinStreamPayload<Mode, Version> | AbortSignal,
  ): RunStream<StreamPartFor<Mode, Version, boolean, State, Update, Custom>> {
    const method = "runs.joinStream";
    const thread = checkOptionalThreadId(threadId, method);
    const payload = isAbortSignal(options) ? { signal: options } : options;
    const {
      spec,
      options: checked,
      callHeaders,
    } = prepareCall<RunsJoinStreamOptions>(
      thread === null ? RUNS_ENDPOINTS.joinStream.stateless : RUNS_ENDPOINTS.joinStream.threaded,
      { threadId: thread, runId },
      payload,
    );
    // A join asked for some modes gets only theirs (the server also relays the run's subgraph
    // `checkpoints` envelopes); without `streamMode` it gets the run's own modes, unfiltered.
    const dropped =
      checked.streamMode === undefined || checked.streamMode === null
        ? null
        : unrequestedEventTypes(checked.streamMode);
    const lastEventId = checked.lastEventId ?? undefined;
    return this.runStream<StreamPartFor<Mode, Version, boolean, State, Update, Custom>>(
      {
        initial: { ...spec, headers: { ...SSE_HEADERS, ...spec.headers }, signal: undefined },
        run: { runId, threadId: thread },
        threadId: thread,
        // A cursor only means something for a resumable run: giving one says the run is.
        resumable: lastEventId !== undefined ? true : "ask",
        resumeQuery: spec.query,
        lastEventId,
        callHeaders,
      },
      { signal: checked.signal, version: checked.version ?? "v1", dropped },
    );
  }

  /**
   * Deletes a run.
   *
   * @example
   * await client.runs.delete(threadId, runId);
   */
  async delete(threadId: string, runId: string, options?: RunsRequestOptions): Promise<void> {
    return callEndpoint(this.http, RUNS_ENDPOINTS.delete, { threadId, runId }, options);
  }

  // A RunStream over one SSE call: tracked by the client's lifetime (close() aborts it; a closed
  // client refuses it now), its parts converted to `version` without the `dropped` event types,
  // and the same events unparsed for `toEventStream`.
  private runStream<Part>(
    call: Omit<SseCall, "signal" | "cursor">,
    options: {
      signal: AbortSignal | null | undefined;
      version: StreamVersion;
      dropped: ReadonlySet<string> | null;
    },
  ): RunStream<Part> {
    const scope = this.http.lifetime.stream(options.signal ?? undefined);
    const cursor: StreamCursor = { lastEventId: call.lastEventId, run: call.run ?? null };
    const open = (signal: AbortSignal): SseCall => ({ ...call, signal, cursor });
    return RunStream.open(
      (signal) =>
        scope.track(
          this.parts(streamParts(this.http, open(signal)), options.version, options.dropped),
        ) as AsyncGenerator<PartBatch<Part>>,
      scope.signal,
      {
        cursor,
        events: (signal) =>
          scope.track(streamEvents(this.http, open(signal), eventReaderWithout(options.dropped))),
      },
    );
  }

  // v1 parts as decoded, or converted to v2; checked against the schemas when asked to. Plain v1
  // batches go out as the stream layer yields them: no extra async step on the hot path
  // (bench/RESULTS.md).
  // `dropped`: the event types of modes that were not requested (see mode-filter.ts).
  private parts(
    source: AsyncGenerator<PartBatch<StreamPart>>,
    version: StreamVersion,
    dropped: ReadonlySet<string> | null,
  ): AsyncGenerator<PartBatch<unknown>> {
    if (version === "v1" && !this.http.config.validateResponses && dropped === null) return source;
    return this.checkedParts(source, version, dropped);
  }

  private async *checkedParts(
    source: AsyncGenerator<PartBatch<StreamPart>>,
    version: StreamVersion,
    dropped: ReadonlySet<string> | null,
  ): AsyncGenerator<PartBatch<unknown>> {
    for await (const batch of source) yield this.checkedBatch(batch, version, dropped);
  }

  private *checkedBatch(
    batch: PartBatch<StreamPart>,
    version: StreamVersion,
    dropped: ReadonlySet<string> | null,
  ): Generator<unknown, void, undefined> {
    const validate = this.http.config.validateResponses;
    for (let taken = batch.next(); !taken.done; taken = batch.next()) {
      const part = taken.value;
      if (dropped?.has(eventTypeOf(part.event))) continue;
      if (version === "v1") {
        if (validate) checkRecord(StreamPartCheck, part, `stream part "${part.event}"`);
        yield part;
        continue;
      }
      const converted = toStreamPartV2(part);
      if (converted === null) continue;
      if (validate && TYPED_V2.has(converted.type)) {
        checkRecord(StreamPartV2Check, converted, `stream part "${converted.type}"`);
      }
      yield converted;
    }
  }
}

function runCreatedCallback(
  callback: RunsStreamOptions["onRunCreated"],
): ((headers: Headers) => void) | undefined {
  if (!callback) return undefined;
  return (headers) => {
    const metadata = runMetadataFromContentLocation(headers.get("content-location"));
    if (metadata) callback(metadata);
  };
}

// A wait whose connection breaks resumes at the run's join endpoint, when the server said which
// run it was (the LangGraph server sends Content-Location, never Location).
function joinPathFromContentLocation(headers: Headers): string | null {
  const metadata = runMetadataFromContentLocation(headers.get("content-location"));
  if (!metadata || metadata.thread_id === null) return null;
  // The ids arrive as the server wrote them (already encoded); one that is not a single plain
  // segment could change the route, so then there is no fallback.
  const segment = /^[^/?#]+$/;
  const { thread_id: threadId, run_id: runId } = metadata;
  if (![threadId, runId].every((id) => segment.test(id) && id !== "." && id !== "..")) return null;
  return `/threads/${threadId}/runs/${runId}/join`;
}

function throwIfRunFailed(result: unknown): void {
  const failure = RunError.fromResult(result);
  if (failure) throw failure;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return typeof AbortSignal !== "undefined" && value instanceof AbortSignal;
}
