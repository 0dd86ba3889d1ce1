import type {
  CheckpointInput,
  Config,
  JsonObject,
  StreamPart,
  Thread,
  ThreadPruneResponse,
  ThreadState,
  ThreadsCountOptions,
  ThreadsCreateOptions,
  ThreadsGetHistoryOptions,
  ThreadsGetOptions,
  ThreadsGetStateOptions,
  ThreadsJoinStreamOptions,
  ThreadsPruneOptions,
  ThreadsRequestOptions,
  ThreadsSearchOptions,
  ThreadsUpdateOptions,
  ThreadsUpdateStateOptions,
  ThreadUpdateStateResponse,
} from "@runwire/types";
import { THREADS_ENDPOINTS, VOID_RESPONSE } from "@runwire/types/runtime";
import { checkArguments } from "../endpoint/arguments";
import { callEndpoint, prepareCall } from "../endpoint/call";
import { readEndpointResponse, responseFor } from "../endpoint/response";
import { RunwireValidationError } from "../errors/validation-error";
import type { HttpClient } from "../request/http-client";
import type { DefaultValues } from "../stream/part-types";
import type { RunStream } from "../stream/run-stream";
import { joinThreadStream } from "./join-thread-stream";

/**
 * The threads API: create, get, update, copy, delete, search, count and prune threads, and read,
 * update and page through their state. Method names and arguments follow
 * `@langchain/langgraph-sdk`'s threads client; every option is checked before anything is sent,
 * and errors are typed. Records come back as the server sent them (snake_case keys).
 *
 * @typeParam State - the graph's state: the type of `values` in threads and states. The methods
 * that read threads and states (`get`, `search`, `getState`, `getHistory`) also take it per call,
 * as the SDK's do, defaulting to the client's: `getState<{ messages: Message[] }>(threadId)`.
 * @example
 * const thread = await client.threads.create({ graphId: "agent" });
 * const state = await client.threads.getState(thread.thread_id);
 */
export class ThreadsClient<State = DefaultValues> {
  /** @internal Made by `Client`. */
  constructor(private readonly http: HttpClient) {}

  /**
   * Gets a thread. An unknown id is a `NotFoundError` (a non-UUID id is a 400 on the LangGraph
   * JS server).
   *
   * @example
   * const thread = await client.threads.get(threadId, { include: ["ttl"] });
   */
  async get<Values = State>(
    threadId: string,
    options?: ThreadsGetOptions,
  ): Promise<Thread<Values>> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.get, { threadId }, options) as Promise<
      Thread<Values>
    >;
  }

  /**
   * Creates a thread. `graphId` is stored as `metadata.graph_id`, which lets the thread's state be
   * read and written before any run; `supersteps` seed its history. With `threadId` and
   * `ifExists: "do_nothing"`, an existing thread is returned unchanged.
   *
   * @example
   * const thread = await client.threads.create({ graphId: "agent", metadata: { user: "u1" } });
   */
  async create(payload?: ThreadsCreateOptions): Promise<Thread<State>> {
    const { create } = THREADS_ENDPOINTS;
    const checked = checkArguments(create.options, payload, create.id);
    const graphId = checked.graphId ?? undefined;
    // P17: the metadata is merged with the graph id only when one is given, so that a caller's
    // own `metadata.graph_id` survives a call without `graphId` (the JS SDK drops it).
    const options =
      graphId === undefined
        ? checked
        : { ...checked, metadata: { ...(checked.metadata ?? {}), graph_id: graphId } };
    return callEndpoint(this.http, create, {}, options) as Promise<Thread<State>>;
  }

  /**
   * Updates a thread: `metadata` is merged into the thread's (shallowly), `ttl` replaces its time
   * to live. With `returnMinimal: true` the server is asked not to answer the thread, and the
   * call resolves `undefined`.
   *
   * @example
   * const thread = await client.threads.update(threadId, { metadata: { reviewed: true } });
   */
  update(
    threadId: string,
    payload: ThreadsUpdateOptions & { returnMinimal: true },
  ): Promise<undefined>;
  update(threadId: string, payload?: ThreadsUpdateOptions): Promise<Thread<State>>;
  async update(
    threadId: string,
    payload?: ThreadsUpdateOptions,
  ): Promise<Thread<State> | undefined> {
    const { update } = THREADS_ENDPOINTS;
    const { spec, options } = prepareCall<ThreadsUpdateOptions>(update, { threadId }, payload);
    const response = await this.http.open(spec);
    // P18: resolve nothing whatever the body: the LangGraph JS server ignores `Prefer` and
    // answers the thread, the Platform answers 204.
    if (options.returnMinimal === true) {
      await readEndpointResponse(this.http, response, VOID_RESPONSE, update.id);
      return undefined;
    }
    return readEndpointResponse(this.http, response, update.response, update.id) as Promise<
      Thread<State>
    >;
  }

  /**
   * Deletes a thread with its runs and checkpoints. Resolves with nothing.
   *
   * @example
   * await client.threads.delete(threadId);
   */
  async delete(threadId: string, options?: ThreadsRequestOptions): Promise<void> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.delete, { threadId }, options);
  }

  /**
   * Lists threads matching the filters, newest first (10 by default). With `select`, each thread
   * has only the selected fields; an empty `select` or `ids` is refused (leave it out instead).
   *
   * @example
   * const threads = await client.threads.search({ status: "interrupted", limit: 20 });
   */
  async search<Values = State>(query?: ThreadsSearchOptions): Promise<Thread<Values>[]> {
    const { search } = THREADS_ENDPOINTS;
    const { spec, options } = prepareCall<ThreadsSearchOptions>(search, {}, query);
    const response = await this.http.open(spec);
    return readEndpointResponse(
      this.http,
      response,
      responseFor(search, options),
      search.id,
    ) as Promise<Thread<Values>[]>;
  }

  /**
   * Counts the threads matching the filters (the `metadata`, `values` and `status` of `search`).
   *
   * @example
   * const busy = await client.threads.count({ status: "busy" });
   */
  async count(query?: ThreadsCountOptions): Promise<number> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.count, {}, query);
  }

  /**
   * Copies a thread: a new thread with the same metadata and checkpoints (its state and
   * history). The LangGraph JS server answers an unknown source with a `ConflictError`.
   *
   * @example
   * const copy = await client.threads.copy(threadId);
   */
  async copy(threadId: string, options?: ThreadsRequestOptions): Promise<Thread<State>> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.copy, { threadId }, options) as Promise<
      Thread<State>
    >;
  }

  /**
   * Prunes threads: `delete` (the server's default) removes them, `keep_latest` keeps each with
   * its latest state only. Not implemented by the LangGraph JS server 1.5.1 (`NotFoundError`).
   *
   * @example
   * const { pruned_count } = await client.threads.prune([threadId], { strategy: "keep_latest" });
   */
  async prune(
    threadIds: readonly string[],
    options?: ThreadsPruneOptions,
  ): Promise<ThreadPruneResponse> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.prune, { threadIds }, options);
  }

  /**
   * Gets a thread's state: the latest, or the one at `checkpoint` (a checkpoint id, or a
   * checkpoint object such as `state.parent_checkpoint`). `subgraphs: true` also gives the state
   * of subgraphs of pending tasks. An empty checkpoint id is refused.
   *
   * @example
   * const state = await client.threads.getState(threadId);
   * const interrupt = state.tasks[0]?.interrupts[0];
   *
   * @typeParam Values - the values' type for this call only (the client's `State` otherwise), as
   * in the SDK
   */
  async getState<Values = State>(
    threadId: string,
    checkpoint?: string | CheckpointInput | null,
    options?: ThreadsGetStateOptions,
  ): Promise<ThreadState<Values>> {
    const { getState } = THREADS_ENDPOINTS;
    // A string, even an empty one, names a checkpoint id: the path builder refuses `""`.
    const endpoint =
      checkpoint === undefined || checkpoint === null
        ? getState.latest
        : typeof checkpoint === "string"
          ? getState.atId
          : getState.atCheckpoint;
    const args = endpoint === getState.latest ? { threadId } : { threadId, checkpoint };
    const { spec, options: checked } = prepareCall<ThreadsGetStateOptions>(endpoint, args, options);
    const response = await this.http.open(spec);
    return readEndpointResponse(
      this.http,
      response,
      responseFor(endpoint, checked),
      endpoint.id,
    ) as Promise<ThreadState<Values>>;
  }

  /**
   * Writes values to a thread's state, as if `asNode` had just run; from `checkpoint` or
   * `checkpointId` to fork. Resolves the new checkpoint. A thread with a run in progress answers
   * a `ConflictError`.
   *
   * @example
   * const { checkpoint } = await client.threads.updateState(threadId, {
   *   values: { answer: "yes" },
   *   asNode: "review",
   * });
   */
  async updateState(
    threadId: string,
    options?: ThreadsUpdateStatePayload<State>,
  ): Promise<ThreadUpdateStateResponse> {
    return callEndpoint(this.http, THREADS_ENDPOINTS.updateState, { threadId }, options);
  }

  /**
   * Merges metadata into the metadata of a thread's latest checkpoint. The thread is named by its
   * id or by a config carrying `configurable.thread_id`. Not implemented by the LangGraph JS
   * server 1.5.1 (`NotFoundError`).
   *
   * @example
   * await client.threads.patchState(threadId, { reviewed: true });
   */
  async patchState(
    threadIdOrConfig: string | Config,
    metadata: JsonObject,
    options?: ThreadsRequestOptions,
  ): Promise<void> {
    const threadId = threadIdOf(threadIdOrConfig);
    return callEndpoint(this.http, THREADS_ENDPOINTS.patchState, { threadId, metadata }, options);
  }

  /**
   * Lists a thread's past states, newest first (10 by default). `before` pages back: a
   * checkpoint id (the LangGraph JS server's form), a checkpoint or a config, sent as given.
   *
   * @example
   * const history = await client.threads.getHistory(threadId, { limit: 5 });
   * const older = await client.threads.getHistory(threadId, {
   *   before: history.at(-1)?.checkpoint?.checkpoint_id ?? undefined,
   * });
   */
  async getHistory<Values = State>(
    threadId: string,
    options?: ThreadsGetHistoryOptions,
  ): Promise<ThreadState<Values>[]> {
    const { getHistory } = THREADS_ENDPOINTS;
    const prepared = prepareCall<ThreadsGetHistoryOptions>(getHistory, { threadId }, options);
    const response = await this.http.open(prepared.spec);
    return readEndpointResponse(
      this.http,
      response,
      responseFor(getHistory, prepared.options),
      getHistory.id,
    ) as Promise<ThreadState<Values>[]>;
  }

  /**
   * Streams the thread's events: the output of every run on the thread, for as long as the stream
   * is read (the LangGraph Platform never ends it by itself). A dropped connection is resumed at
   * the same URL with `Last-Event-ID`, under the client's `streamResume` policy; `lastEventId`
   * starts after that event (`"-"`: from the start). The LangGraph JS server 1.5.1 has no such
   * route: the first read rejects with a `NotFoundError` there.
   *
   * @example
   * for await (const part of client.threads.joinStream(threadId, { streamMode: "run_modes" })) {
   *   console.log(part.event, part.data);
   * }
   */
  joinStream(threadId: string, options?: ThreadsJoinStreamOptions): RunStream<StreamPart> {
    return joinThreadStream(this.http, threadId, options);
  }
}

/** `threads.updateState` options, with `values` typed by the graph's state. */
export type ThreadsUpdateStatePayload<State> = Omit<ThreadsUpdateStateOptions, "values"> & {
  /**
   * The values to write (some of the state's keys, or a list of such updates); always sent,
   * `null` when left out (with `asNode`: "no new values").
   */
  values?: Partial<State> | readonly Partial<State>[] | null | undefined;
};

/**
 * The thread `patchState` names (P23): the id itself, or a config's `configurable.thread_id`,
 * which must then be a non-empty string. Anything else goes on as the id, for the path builder to
 * refuse naming `threadId`.
 */
function threadIdOf(threadIdOrConfig: unknown): unknown {
  if (typeof threadIdOrConfig !== "object" || threadIdOrConfig === null) return threadIdOrConfig;
  const configurable = (threadIdOrConfig as { configurable?: unknown }).configurable;
  const id =
    typeof configurable === "object" && configurable !== null
      ? (configurable as { thread_id?: unknown }).thread_id
      : undefined;
  if (typeof id === "string" && id !== "") return id;
  throw new RunwireValidationError(
    "threads.patchState: invalid configurable.thread_id: a config names the thread by a non-empty configurable.thread_id",
    { field: "configurable.thread_id", received: id },
  );
}
