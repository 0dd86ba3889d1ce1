import * as z from "zod/mini";
import {
  AllSchema,
  BulkCancelRunsStatusSchema,
  CancelActionSchema,
  DisconnectModeSchema,
  DurabilitySchema,
  IfNotExistsSchema,
  MultitaskStrategySchema,
  OnCompletionBehaviorSchema,
  RunSelectFieldSchema,
  RunStatusSchema,
  StreamModeSchema,
  StreamVersionSchema,
} from "./literals";
import {
  CheckpointInputSchema,
  CommandSchema,
  ConfigSchema,
  ContextSchema,
  InputSchema,
  LangSmithTracingSchema,
} from "./records";
import { OnRunCreatedSchema, requestOptionsShape } from "./request-options";
import { define, defineWith, JsonObjectSchema, list } from "./schema-kit";

// The camelCase options of each runs method, named as @langchain/langgraph-sdk names them, checked
// strictly: an unknown option or a value outside a literal's set is an error before any request.
// `null` counts as "not given", as `undefined` does.

const maybe = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));

const NodeSelectionSchema = /*#__PURE__*/ define(() => z.union([AllSchema, list(z.string())]));

/** One stream mode or several; an empty list is refused (it would stream nothing useful). */
export const StreamModeInputSchema = /*#__PURE__*/ z.union([
  StreamModeSchema,
  /*#__PURE__*/ list(StreamModeSchema).check(
    /*#__PURE__*/ z.refine((modes) => modes.length > 0, {
      error: "expected at least one stream mode (leave streamMode out for the default)",
    }),
  ),
]);

/**
 * `RunnableConfig`'s snake_case keys that a JavaScript caller is likely to camelCase. The server
 * takes `config` as it is and ignores keys it does not know, so `recursionLimit: 1` would be
 * silently dropped: it is refused, with the key to use.
 */
const CONFIG_KEY_SPELLINGS: Readonly<Record<string, string>> = {
  recursionLimit: "recursion_limit",
  runName: "run_name",
  maxConcurrency: "max_concurrency",
  runId: "run_id",
  threadId: "configurable.thread_id",
  checkpointId: "configurable.checkpoint_id",
};

/** `config` as a caller gives it: the server's own object, with camelCase slips refused. */
const ConfigInputSchema = /*#__PURE__*/ ConfigSchema.check(
  /*#__PURE__*/ z.superRefine((config, context) => {
    for (const key of Object.keys(config)) {
      const wire = CONFIG_KEY_SPELLINGS[key];
      if (wire === undefined) continue;
      context.addIssue({
        code: "custom",
        path: [key],
        input: (config as Record<string, unknown>)[key],
        message: `config is sent to the server as it is, and its keys are snake_case: use "${wire}"`,
      });
    }
  }),
);

/** Options shared by `stream`, `create` and `wait`: what the run is and how it starts. */
const runShape = /*#__PURE__*/ define(() => ({
  /** Input to the graph. `null` or left out resumes from the thread's current state. */
  input: maybe(InputSchema),
  /** Resume an interrupt, update state, or jump to nodes. */
  command: maybe(CommandSchema),
  /** Metadata stored with the run. */
  metadata: maybe(JsonObjectSchema),
  /**
   * Run configuration, sent as the server's own object: snake_case keys (`tags`,
   * `recursion_limit`, `configurable`, `run_name`, `max_concurrency`, `metadata`). A camelCase
   * spelling of one of them (`recursionLimit`) is refused, naming the key to use.
   */
  config: maybe(ConfigInputSchema),
  /** Static context for the assistant. */
  context: maybe(ContextSchema),
  /** Start from this checkpoint of the thread. */
  checkpoint: maybe(CheckpointInputSchema),
  /** Start from the checkpoint with this id. */
  checkpointId: maybe(z.string()),
  /** @deprecated Use `durability` instead. */
  checkpointDuring: maybe(z.boolean()),
  /** Pause before these nodes (`"*"` for all). */
  interruptBefore: maybe(NodeSelectionSchema),
  /** Pause after these nodes (`"*"` for all). */
  interruptAfter: maybe(NodeSelectionSchema),
  /** URL the server calls when the run finishes. */
  webhook: maybe(z.string()),
  /** What happens to a run already in flight on the thread. */
  multitaskStrategy: maybe(MultitaskStrategySchema),
  /** What to do if the thread does not exist (server default `reject`). */
  ifNotExists: maybe(IfNotExistsSchema),
  /** For stateless runs: delete or keep the temporary thread afterwards. */
  onCompletion: maybe(OnCompletionBehaviorSchema),
  /** Delay the start by this many seconds. */
  afterSeconds: maybe(z.number().check(z.nonnegative())),
  /** When checkpoints are persisted. */
  durability: maybe(DurabilitySchema),
  /** Where LangSmith traces go; sent as `langsmith_tracer`. */
  langsmithTracing: maybe(LangSmithTracingSchema),
}));

/** Stream options that `stream` and `create` send. */
const streamShape = /*#__PURE__*/ define(() => ({
  /** What to stream; default `"values"`. */
  streamMode: maybe(StreamModeInputSchema),
  /** Also stream subgraph output (event names gain `|namespace`). */
  streamSubgraphs: maybe(z.boolean()),
  /** Keep the run's events so a dropped stream can be resumed or replayed. */
  streamResumable: maybe(z.boolean()),
}));

/** Options of `runs.stream`. */
export const RunsStreamOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  ...streamShape,
  /** Request signed LangSmith feedback URLs for these keys. */
  feedbackKeys: maybe(list(z.string())),
  /** What the server does with the run if this stream disconnects. */
  onDisconnect: maybe(DisconnectModeSchema),
  /** `v1` (default) yields `{ event, data, id? }`; `v2` yields typed `{ type, ns, data, interrupts }`. */
  version: maybe(StreamVersionSchema),
  /** Called with the new run's ids as soon as the response headers arrive. */
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));
export type RunsStreamOptions = z.infer<typeof RunsStreamOptionsSchema>;

/** Options of `runs.create` (a background run). */
export const RunsCreateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  ...streamShape,
  /** Called with the new run's ids as soon as the response headers arrive. */
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));
export type RunsCreateOptions = z.infer<typeof RunsCreateOptionsSchema>;

/** Options of `runs.wait`. */
export const RunsWaitOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  ...runShape,
  /** What the server does with the run if this request disconnects. */
  onDisconnect: maybe(DisconnectModeSchema),
  /** Throw a `RunError` when the run fails (default `true`); never sent to the server. */
  raiseError: maybe(z.boolean()),
  /** Called with the new run's ids as soon as the response headers arrive. */
  onRunCreated: maybe(OnRunCreatedSchema),
  ...requestOptionsShape,
}));
export type RunsWaitOptions = z.infer<typeof RunsWaitOptionsSchema>;

/** One run of `runs.createBatch`: a background run's options plus its assistant and thread. */
export const RunsCreateBatchItemSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** The assistant (or graph id) to run. */
  assistantId: z.string().check(z.minLength(1)),
  /** The thread to run on; left out or `null` for a stateless run. */
  threadId: maybe(z.string().check(z.minLength(1))),
  ...runShape,
  ...streamShape,
}));
export type RunsCreateBatchItem = z.infer<typeof RunsCreateBatchItemSchema>;

/** Options of `runs.createBatch`, `runs.get`, `runs.delete` and `runs.cancel`. */
export const RunsRequestOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);
export type RunsRequestOptions = z.infer<typeof RunsRequestOptionsSchema>;

/** Options of `runs.list`. */
export const RunsListOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Page size (default 10). */
  limit: maybe(z.int().check(z.positive())),
  /** Runs to skip (default 0). */
  offset: maybe(z.int().check(z.nonnegative())),
  /** Only runs with this status. */
  status: maybe(RunStatusSchema),
  /** Return only these fields of each run. */
  select: maybe(list(RunSelectFieldSchema)),
  ...requestOptionsShape,
}));
export type RunsListOptions = z.infer<typeof RunsListOptionsSchema>;

/** Options of `runs.cancelMany`: which runs, and how to cancel them. */
export const RunsCancelManyOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Cancel runs of this thread. */
  threadId: maybe(z.string()),
  /** Cancel these runs. */
  runIds: maybe(list(z.string())),
  /** Cancel runs in this state. */
  status: maybe(BulkCancelRunsStatusSchema),
  /** `interrupt` (default) or `rollback`. */
  action: maybe(CancelActionSchema),
  ...requestOptionsShape,
}));
export type RunsCancelManyOptions = z.infer<typeof RunsCancelManyOptionsSchema>;

/** Options of `runs.join`. */
export const RunsJoinOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Cancel the run if this request disconnects. */
  cancelOnDisconnect: maybe(z.boolean()),
  ...requestOptionsShape,
}));
export type RunsJoinOptions = z.infer<typeof RunsJoinOptionsSchema>;

/** Options of `runs.joinStream`. */
export const RunsJoinStreamOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Cancel the run if this stream disconnects. */
  cancelOnDisconnect: maybe(z.boolean()),
  /** Only these modes (default: the modes the run was created with). */
  streamMode: maybe(StreamModeInputSchema),
  /** Resume after this event id (`"-1"` replays a resumable run from the start). */
  lastEventId: maybe(z.string()),
  /** `v1` (default) yields `{ event, data, id? }`; `v2` yields typed parts. */
  version: maybe(StreamVersionSchema),
  ...requestOptionsShape,
}));
export type RunsJoinStreamOptions = z.infer<typeof RunsJoinStreamOptionsSchema>;

/** The `wait` and `action` arguments of `runs.cancel`. */
export const RunsCancelArgumentsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  wait: maybe(z.boolean()),
  action: maybe(CancelActionSchema),
}));
export type RunsCancelArguments = z.infer<typeof RunsCancelArgumentsSchema>;
