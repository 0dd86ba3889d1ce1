import * as z from "zod/mini";
import { configKeySlips, isNonEmpty } from "./check/predicates";
import {
  type All,
  AllSchema,
  type BulkCancelRunsStatus,
  BulkCancelRunsStatusSchema,
  type CancelAction,
  CancelActionSchema,
  type DisconnectMode,
  DisconnectModeSchema,
  type Durability,
  DurabilitySchema,
  type IfNotExists,
  IfNotExistsSchema,
  type MultitaskStrategy,
  MultitaskStrategySchema,
  type OnCompletionBehavior,
  OnCompletionBehaviorSchema,
  type RunSelectField,
  RunSelectFieldSchema,
  type RunStatus,
  RunStatusSchema,
  type StreamMode,
  StreamModeSchema,
  type StreamVersion,
  StreamVersionSchema,
} from "./literals";
import {
  type CheckpointInput,
  CheckpointInputSchema,
  type Command,
  CommandSchema,
  type Config,
  ConfigSchema,
  type Context,
  ContextSchema,
  type Input,
  InputSchema,
  type LangSmithTracing,
  LangSmithTracingSchema,
} from "./records";
import {
  type OnRunCreated,
  OnRunCreatedSchema,
  type RequestOptions,
  requestOptionsShape,
} from "./request-options";
import {
  define,
  defineWith,
  type JsonObject,
  JsonObjectSchema,
  list,
  refineWithIssues,
} from "./schema-kit";

// The camelCase options of each runs method, named as @langchain/langgraph-sdk names them, checked
// strictly: an unknown option or a value outside a literal's set is an error before any request.
// `null` counts as "not given", as `undefined` does.
//
// Each method's options are declared twice: a zod schema (the run-time check) and a hand-written
// interface (the published type, whose TSDoc editors show on hover; a type inferred from a schema
// loses it in the built declarations). test/option-types.test.ts fails the typecheck when a
// schema and its interface differ.

const maybe = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));

/** Nodes to pause at: `"*"` for every node, or a list of node names. */
export const NodeSelectionSchema = /*#__PURE__*/ define(() =>
  z.union([AllSchema, list(z.string())]),
);

/** One stream mode or several; an empty list is refused (it would stream nothing useful). */
export const StreamModeInputSchema = /*#__PURE__*/ z.union([
  StreamModeSchema,
  /*#__PURE__*/ list(StreamModeSchema).check(
    /*#__PURE__*/ z.refine(isNonEmpty, {
      error: "expected at least one stream mode (leave streamMode out for the default)",
    }),
  ),
]);

/** `config` as a caller gives it: the server's own object, with camelCase slips refused. */
export const ConfigInputSchema = /*#__PURE__*/ ConfigSchema.check(
  /*#__PURE__*/ refineWithIssues(configKeySlips),
);

/** Options shared by `stream`, `create` and `wait`: what the run is and how it starts. */
const runShape = /*#__PURE__*/ define(() => ({
  input: maybe(InputSchema),
  command: maybe(CommandSchema),
  metadata: maybe(JsonObjectSchema),
  config: maybe(ConfigInputSchema),
  context: maybe(ContextSchema),
  checkpoint: maybe(CheckpointInputSchema),
  checkpointId: maybe(z.string()),
  checkpointDuring: maybe(z.boolean()),
  interruptBefore: maybe(NodeSelectionSchema),
  interruptAfter: maybe(NodeSelectionSchema),
  webhook: maybe(z.string()),
  multitaskStrategy: maybe(MultitaskStrategySchema),
  ifNotExists: maybe(IfNotExistsSchema),
  onCompletion: maybe(OnCompletionBehaviorSchema),
  afterSeconds: maybe(z.number().check(z.nonnegative())),
  durability: maybe(DurabilitySchema),
  langsmithTracing: maybe(LangSmithTracingSchema),
}));

/** Stream options that `stream` and `create` send. */
const streamShape = /*#__PURE__*/ define(() => ({
  streamMode: maybe(StreamModeInputSchema),
  streamSubgraphs: maybe(z.boolean()),
  streamResumable: maybe(z.boolean()),
}));

/**
 * What a run is and how it starts: the options `runs.stream`, `runs.create`, `runs.wait` and each
 * `runs.createBatch` item share. `null` counts as "not given", as `undefined` does.
 */
export interface RunStartOptions {
  /** Input to the graph. `null` or left out continues from the thread's current state. */
  input?: Input | null | undefined;
  /**
   * Steer the run instead of (or beside) `input`: resume an `interrupt()` (`{ resume }`), update
   * the state (`{ update }`) or jump to nodes (`{ goto }`).
   */
  command?: Command | null | undefined;
  /** Metadata stored with the run. */
  metadata?: JsonObject | null | undefined;
  /**
   * Run configuration, sent as the server's own object: snake_case keys (`tags`,
   * `recursion_limit`, `configurable`, `run_name`, `max_concurrency`, `metadata`). A camelCase
   * spelling of one of them (`recursionLimit`) is refused, naming the key to use.
   */
  config?: Config | null | undefined;
  /** Static context for the assistant (LangGraph.js 0.4+): any JSON value but `null`. */
  context?: Context | null | undefined;
  /** Start from this checkpoint of the thread (a thread run's option). */
  checkpoint?: CheckpointInput | null | undefined;
  /** Start from the thread's checkpoint with this id (a thread run's option). */
  checkpointId?: string | null | undefined;
  /**
   * Whether checkpoints are saved while the run is in progress. Still sent, with a console
   * warning on each call that gives it.
   *
   * @deprecated Use `durability` instead: `"async"` for `true`, `"exit"` for `false`.
   */
  checkpointDuring?: boolean | null | undefined;
  /** Pause before these nodes run (`"*"`: every node); the run then ends `interrupted`. */
  interruptBefore?: All | readonly string[] | null | undefined;
  /** Pause after these nodes run (`"*"`: every node); the run then ends `interrupted`. */
  interruptAfter?: All | readonly string[] | null | undefined;
  /** URL the server POSTs the run to when it finishes. */
  webhook?: string | null | undefined;
  /**
   * What to do when the thread already has a run in flight: `reject` this one (the server's
   * default), `interrupt` or `rollback` the other, or `enqueue` this one after it.
   */
  multitaskStrategy?: MultitaskStrategy | null | undefined;
  /** When the thread does not exist: `create` it, or `reject` the run (the server's default). */
  ifNotExists?: IfNotExists | null | undefined;
  /**
   * For a stateless run (no thread id): `delete` the temporary thread when the run ends (the
   * server's default) or `keep` it.
   */
  onCompletion?: OnCompletionBehavior | null | undefined;
  /** Start the run after this many seconds (a number ≥ 0) instead of at once. */
  afterSeconds?: number | null | undefined;
  /**
   * When checkpoints are saved: `sync` (before the next step starts), `async` (while the next
   * step runs; LangGraph's default) or `exit` (only when the run ends).
   */
  durability?: Durability | null | undefined;
  /** Where LangSmith traces of the run go (`project_name`, `example_id`); sent as `langsmith_tracer`. */
  langsmithTracing?: LangSmithTracing | null | undefined;
}

/** What a run streams: the options `runs.stream`, `runs.create` and `runs.createBatch` items share. */
export interface RunStreamingOptions {
  /**
   * What to stream: one mode or a non-empty list (default `"values"`). With `runs.stream`, the
   * parts' type follows it.
   */
  streamMode?: StreamMode | readonly StreamMode[] | null | undefined;
  /** Also stream subgraph output; v1 event names then gain `|<namespace>` (default `false`). */
  streamSubgraphs?: boolean | null | undefined;
  /**
   * Keep the run's events on the server, so a dropped stream can be resumed and `runs.joinStream`
   * can replay them from the start (`lastEventId: "-1"`). Default `false`.
   */
  streamResumable?: boolean | null | undefined;
}

/** Options of `runs.stream`. */
export const RunsStreamOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  ...streamShape,
  feedbackKeys: maybe(list(z.string())),
  onDisconnect: maybe(DisconnectModeSchema),
  version: maybe(StreamVersionSchema),
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));

/**
 * Options of `runs.stream`: the run, what it streams, and how this call behaves.
 *
 * @example
 * const options: RunsStreamOptions = { input: { messages: [] }, streamMode: ["values", "updates"] };
 */
export interface RunsStreamOptions extends RunStartOptions, RunStreamingOptions, RequestOptions {
  /** Ask for signed LangSmith feedback URLs for these feedback keys. */
  feedbackKeys?: readonly string[] | null | undefined;
  /**
   * What the server does with the run when this stream's connection drops: `cancel` it or let it
   * `continue`. Left out: the server's default.
   */
  onDisconnect?: DisconnectMode | null | undefined;
  /**
   * The part format: `v1` (default) yields `{ event, data, id? }`; `v2` yields typed
   * `{ type, ns, data, interrupts }`.
   */
  version?: StreamVersion | null | undefined;
  /** Called once with the new run's ids as soon as the response headers arrive. */
  onRunCreated?: OnRunCreated | null | undefined;
}

/** Options of `runs.create` (a background run). */
export const RunsCreateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  ...streamShape,
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));

/** Options of `runs.create` (a background run): the run, what it streams, and this call. */
export interface RunsCreateOptions extends RunStartOptions, RunStreamingOptions, RequestOptions {
  /** Called once with the new run's ids as soon as the response headers arrive. */
  onRunCreated?: OnRunCreated | null | undefined;
}

/** Options of `runs.wait`. */
export const RunsWaitOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  onDisconnect: maybe(DisconnectModeSchema),
  raiseError: maybe(z.boolean()),
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));

/** Options of `runs.wait`: the run, and how this call behaves. */
export interface RunsWaitOptions extends RunStartOptions, RequestOptions {
  /**
   * What the server does with the run when this request's connection drops: `cancel` it or let it
   * `continue`. Left out: the server's default.
   */
  onDisconnect?: DisconnectMode | null | undefined;
  /**
   * Throw a `RunError` when the run fails (default `true`); `false` returns the server's answer
   * as it is. Never sent to the server.
   */
  raiseError?: boolean | null | undefined;
  /** Called once with the new run's ids as soon as the response headers arrive. */
  onRunCreated?: OnRunCreated | null | undefined;
}

/** One run of `runs.createBatch`: a background run's options plus its assistant and thread. */
export const RunsCreateBatchItemSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  assistantId: z.string().check(z.minLength(1)),
  threadId: maybe(z.string().check(z.minLength(1))),
  ...runShape,
  ...streamShape,
}));

/** One run of `runs.createBatch`: a background run's options plus its assistant and thread. */
export interface RunsCreateBatchItem extends RunStartOptions, RunStreamingOptions {
  /** The assistant (or graph id) to run; not empty. */
  assistantId: string;
  /** The thread to run on; left out or `null` for a stateless run. Not empty. */
  threadId?: string | null | undefined;
}

/** The runs of `runs.createBatch`: a list of {@link RunsCreateBatchItemSchema}. */
export const RunsCreateBatchSchema = /*#__PURE__*/ list(RunsCreateBatchItemSchema);

/** The assistant of `runs.stream`, `runs.create` and `runs.wait`: a non-empty id (or graph id). */
export const RunAssistantIdSchema = /*#__PURE__*/ define(() => z.string().check(z.minLength(1)));

/** `runs.cancel`'s `wait`: whether the call returns only once the run has stopped. */
export const RunCancelWaitSchema = /*#__PURE__*/ z.boolean();

/** Options of `runs.createBatch`, `runs.get`, `runs.delete` and `runs.cancel`. */
export const RunsRequestOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `runs.createBatch`, `runs.get`, `runs.delete` and `runs.cancel`: the request options alone. */
export interface RunsRequestOptions extends RequestOptions {}

/** Options of `runs.list`. */
export const RunsListOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  limit: maybe(z.int().check(z.positive())),
  offset: maybe(z.int().check(z.nonnegative())),
  status: maybe(RunStatusSchema),
  select: maybe(list(RunSelectFieldSchema)),
  ...requestOptionsShape,
}));

/** Options of `runs.list`: which page of the thread's runs, and which fields. */
export interface RunsListOptions extends RequestOptions {
  /** Most runs to return, an integer > 0 (default 10). */
  limit?: number | null | undefined;
  /** Runs to skip, an integer ≥ 0 (default 0). */
  offset?: number | null | undefined;
  /** Only runs in this status. */
  status?: RunStatus | null | undefined;
  /** Return only these fields of each run (left out or empty: all of them). */
  select?: readonly RunSelectField[] | null | undefined;
}

/** Options of `runs.cancelMany`: which runs, and how to cancel them. */
export const RunsCancelManyOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  threadId: maybe(z.string()),
  runIds: maybe(list(z.string())),
  status: maybe(BulkCancelRunsStatusSchema),
  action: maybe(CancelActionSchema),
  ...requestOptionsShape,
}));

/** Options of `runs.cancelMany`: which runs, and how to cancel them. */
export interface RunsCancelManyOptions extends RequestOptions {
  /** Cancel runs of this thread. */
  threadId?: string | null | undefined;
  /** Cancel these runs; `[]` selects none, and nothing is sent. */
  runIds?: readonly string[] | null | undefined;
  /** Cancel runs in this state: `pending`, `running` or `all`. */
  status?: BulkCancelRunsStatus | null | undefined;
  /**
   * `interrupt` (default) just stops the runs; `rollback` stops them, then deletes them and their
   * checkpoints.
   */
  action?: CancelAction | null | undefined;
}

/** Options of `runs.join`. */
export const RunsJoinOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  cancelOnDisconnect: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `runs.join`. */
export interface RunsJoinOptions extends RequestOptions {
  /** Cancel the run if this request's connection drops (default `false`). */
  cancelOnDisconnect?: boolean | null | undefined;
}

/** Options of `runs.joinStream`. */
export const RunsJoinStreamOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  cancelOnDisconnect: maybe(z.boolean()),
  streamMode: maybe(StreamModeInputSchema),
  lastEventId: maybe(z.string()),
  version: maybe(StreamVersionSchema),
  ...requestOptionsShape,
}));

/** Options of `runs.joinStream`. */
export interface RunsJoinStreamOptions extends RequestOptions {
  /** Cancel the run if this stream's connection drops (default `false`). */
  cancelOnDisconnect?: boolean | null | undefined;
  /** Only these modes, one or a non-empty list (default: the modes the run was created with). */
  streamMode?: StreamMode | readonly StreamMode[] | null | undefined;
  /**
   * Resume after this event id, sent as `Last-Event-ID` (`"-1"` replays a run created with
   * `streamResumable: true` from its start). Left out: only output produced after the join.
   */
  lastEventId?: string | null | undefined;
  /** The part format: `v1` (default) yields `{ event, data, id? }`; `v2` yields typed parts. */
  version?: StreamVersion | null | undefined;
}

/** The `wait` and `action` arguments of `runs.cancel`. */
export const RunsCancelArgumentsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  wait: maybe(z.boolean()),
  action: maybe(CancelActionSchema),
}));

/** The `wait` and `action` arguments of `runs.cancel`. */
export interface RunsCancelArguments {
  /** Wait until the run has stopped before resolving (default `false`). */
  wait?: boolean | null | undefined;
  /**
   * `interrupt` (default) just stops the run; `rollback` stops it, then deletes it and its
   * checkpoints.
   */
  action?: CancelAction | null | undefined;
}
