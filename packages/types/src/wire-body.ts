import type { BulkCancelRunsStatus, CancelAction, StreamMode } from "./literals";
import type {
  RunsCancelManyOptions,
  RunsCreateBatchItem,
  RunsCreateOptions,
  RunsJoinOptions,
  RunsJoinStreamOptions,
  RunsListOptions,
  RunsStreamOptions,
  RunsWaitOptions,
} from "./options";
import type { Command } from "./records";
import type { QueryPrimitive } from "./request-options";
import { define } from "./schema-kit";

// The one mapping from camelCase options to the snake_case wire (docs/spec/runs.md §3.14). The core builds
// every body and query from these functions, so a field can be neither dropped nor mis-cased.

/** The wire key of every body option of `stream`, `create`, `wait` and `createBatch`. */
export const RUN_BODY_WIRE_KEYS = {
  threadId: "thread_id",
  assistantId: "assistant_id",
  input: "input",
  command: "command",
  config: "config",
  context: "context",
  metadata: "metadata",
  streamMode: "stream_mode",
  streamSubgraphs: "stream_subgraphs",
  streamResumable: "stream_resumable",
  interruptBefore: "interrupt_before",
  interruptAfter: "interrupt_after",
  feedbackKeys: "feedback_keys",
  webhook: "webhook",
  checkpoint: "checkpoint",
  checkpointId: "checkpoint_id",
  checkpointDuring: "checkpoint_during",
  multitaskStrategy: "multitask_strategy",
  ifNotExists: "if_not_exists",
  onDisconnect: "on_disconnect",
  onCompletion: "on_completion",
  afterSeconds: "after_seconds",
  durability: "durability",
  langsmithTracing: "langsmith_tracer",
} as const;

/** A camelCase option that travels in a request body. */
export type BodyOption = keyof typeof RUN_BODY_WIRE_KEYS;
/** The snake_case wire key of body option `K`. */
export type WireKey<K extends BodyOption> = (typeof RUN_BODY_WIRE_KEYS)[K];

// Field order follows the reference SDK's bodies (no meaning to the server; stable for tests).
const STREAM_FIELDS = [
  "input",
  "command",
  "config",
  "context",
  "metadata",
  "streamMode",
  "streamSubgraphs",
  "streamResumable",
  "assistantId",
  "interruptBefore",
  "interruptAfter",
  "feedbackKeys",
  "webhook",
  "checkpoint",
  "checkpointId",
  "checkpointDuring",
  "multitaskStrategy",
  "ifNotExists",
  "onDisconnect",
  "onCompletion",
  "afterSeconds",
  "durability",
  "langsmithTracing",
] as const satisfies readonly BodyOption[];

const CREATE_FIELDS = [
  "input",
  "command",
  "streamMode",
  "streamSubgraphs",
  "streamResumable",
  "config",
  "context",
  "metadata",
  "assistantId",
  "interruptBefore",
  "interruptAfter",
  "webhook",
  "checkpoint",
  "checkpointId",
  "checkpointDuring",
  "multitaskStrategy",
  "ifNotExists",
  "onCompletion",
  "afterSeconds",
  "durability",
  "langsmithTracing",
] as const satisfies readonly BodyOption[];

const WAIT_FIELDS = [
  "input",
  "command",
  "config",
  "context",
  "metadata",
  "assistantId",
  "interruptBefore",
  "interruptAfter",
  "webhook",
  "checkpoint",
  "checkpointId",
  "multitaskStrategy",
  "checkpointDuring",
  "ifNotExists",
  "onDisconnect",
  "onCompletion",
  "afterSeconds",
  "durability",
  "langsmithTracing",
] as const satisfies readonly BodyOption[];

// Built inside `define` (schema-kit.ts): a bare array spread keeps the list it spreads in a bundle.
const BATCH_FIELDS = /*#__PURE__*/ define(
  () => ["threadId", ...CREATE_FIELDS] as const satisfies readonly BodyOption[],
);

/** The body option names each method sends, in wire order. */
export const RUN_BODY_FIELDS = {
  stream: STREAM_FIELDS,
  create: CREATE_FIELDS,
  wait: WAIT_FIELDS,
  createBatch: BATCH_FIELDS,
} as const;

/** `stream` and `create` always send these, with these defaults (docs/spec/runs.md §3.1 rule 6). */
const STREAM_DEFAULTS = {
  streamMode: "values",
  streamSubgraphs: false,
  streamResumable: false,
} as const;

/** The option names method `M` sends in its body (see {@link RUN_BODY_FIELDS}). */
export type BodyFieldOf<M extends keyof typeof RUN_BODY_FIELDS> =
  (typeof RUN_BODY_FIELDS)[M][number];

/** The snake_case body built from the camelCase options `Source`, for the option names `Fields`. */
export type WireBody<Source, Fields extends BodyOption> = {
  [K in Fields & keyof Source as WireKey<K>]?: Exclude<Source[K], null | undefined>;
};

/** What `stream` and `create` bodies always hold. */
export type StreamDefaultsOnWire = {
  assistant_id: string;
  stream_mode: StreamMode | readonly StreamMode[];
  stream_subgraphs: boolean;
  stream_resumable: boolean;
};

/** The JSON body of `POST …/runs/stream`. */
export type RunStreamBody = WireBody<RunsStreamOptions, BodyFieldOf<"stream">> &
  StreamDefaultsOnWire;
/** The JSON body of `POST …/runs`. */
export type RunCreateBody = WireBody<RunsCreateOptions, BodyFieldOf<"create">> &
  StreamDefaultsOnWire;
/** The JSON body of `POST …/runs/wait`. */
export type RunWaitBody = WireBody<RunsWaitOptions, BodyFieldOf<"wait">> & {
  assistant_id: string;
};
/** One item of the JSON body of `POST /runs/batch`. */
export type RunCreateBatchBodyItem = WireBody<RunsCreateBatchItem, BodyFieldOf<"createBatch">>;

/**
 * A command as sent: `null`/`undefined`/`{}` → left out; otherwise a copy without its top-level
 * `null` values. Shallow on purpose (docs/spec/runs.md §3.1 rule 5): `{ resume: null }` is sent as `{}`.
 */
export function stripCommand(command: Command | null | undefined): Command | undefined {
  if (command === null || command === undefined || Object.keys(command).length === 0) {
    return undefined;
  }
  const stripped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(command)) {
    if (value !== null && value !== undefined) stripped[key] = value;
  }
  return stripped as Command;
}

function buildBody(
  fields: readonly BodyOption[],
  source: Partial<Record<BodyOption, unknown>>,
  defaults: Partial<Record<BodyOption, unknown>> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    let value = source[field] ?? defaults[field];
    if (field === "command") value = stripCommand(value as Command | null | undefined);
    // Only "not given" is dropped: false, 0, "" and [] are real values and are sent.
    if (value !== null && value !== undefined) body[RUN_BODY_WIRE_KEYS[field]] = value;
  }
  return body;
}

/**
 * The body of `runs.stream`.
 *
 * @example
 * toRunStreamBody("agent", { streamMode: ["values"], langsmithTracing: { project_name: "p" } });
 * // { stream_mode: ["values"], stream_subgraphs: false, stream_resumable: false,
 * //   assistant_id: "agent", langsmith_tracer: { project_name: "p" } }
 */
export function toRunStreamBody(
  assistantId: string,
  options: RunsStreamOptions = {},
): RunStreamBody {
  return buildBody(STREAM_FIELDS, { ...options, assistantId }, STREAM_DEFAULTS) as RunStreamBody;
}

/** The body of `runs.create`. */
export function toRunCreateBody(
  assistantId: string,
  options: RunsCreateOptions = {},
): RunCreateBody {
  return buildBody(CREATE_FIELDS, { ...options, assistantId }, STREAM_DEFAULTS) as RunCreateBody;
}

/** The body of `runs.wait` (`raiseError` is handled by the client and never sent). */
export function toRunWaitBody(assistantId: string, options: RunsWaitOptions = {}): RunWaitBody {
  return buildBody(WAIT_FIELDS, { ...options, assistantId }) as RunWaitBody;
}

/** The body of `runs.createBatch`: one snake_case item per run, no defaults added. */
export function toRunCreateBatchBody(
  items: readonly RunsCreateBatchItem[],
): RunCreateBatchBodyItem[] {
  return items.map((item) => buildBody(BATCH_FIELDS, item) as RunCreateBatchBodyItem);
}

/**
 * The body of `runs.cancelMany`: only the filters given. An empty `runIds` is left out here, which
 * the server reads as "every run": `runs.cancelMany` therefore sends no request at all for it.
 */
export function toRunsCancelManyBody(options: RunsCancelManyOptions): {
  thread_id?: string;
  run_ids?: readonly string[];
  status?: BulkCancelRunsStatus;
} {
  const body: { thread_id?: string; run_ids?: readonly string[]; status?: BulkCancelRunsStatus } =
    {};
  if (options.threadId !== undefined && options.threadId !== null)
    body.thread_id = options.threadId;
  if (options.runIds && options.runIds.length > 0) body.run_ids = options.runIds;
  if (options.status) body.status = options.status;
  return body;
}

/** An ordered query: insertion order is wire order; arrays become repeated keys. */
export type WireQuery = Record<string, QueryPrimitive | QueryPrimitive[]>;

/** The query of `runs.list`: `limit` and `offset` always (10 and 0 by default). */
export function toRunsListQuery(options: RunsListOptions = {}): WireQuery {
  const query: WireQuery = { limit: options.limit ?? 10, offset: options.offset ?? 0 };
  if (options.status) query.status = options.status;
  if (options.select && options.select.length > 0) query.select = [...options.select];
  return query;
}

/** The query of `runs.cancelMany`. */
export function toRunsCancelManyQuery(options: RunsCancelManyOptions): WireQuery {
  return { action: options.action ?? "interrupt" };
}

/**
 * The query of `runs.cancel`. `wait` is sent only when true: the JS server reads the parameter
 * with a boolean coercion that turns `wait=0` into "wait", so leaving it out is the one spelling
 * of "don't wait" every server reads the same way.
 */
export function toRunsCancelQuery(
  wait: boolean | null | undefined,
  action: CancelAction | null | undefined,
): WireQuery {
  return wait ? { wait: 1, action: action ?? "interrupt" } : { action: action ?? "interrupt" };
}

/** The query of `runs.join`. `cancel_on_disconnect` only when true (see `toRunsCancelQuery`). */
export function toRunsJoinQuery(options: RunsJoinOptions = {}): WireQuery {
  return options.cancelOnDisconnect ? { cancel_on_disconnect: true } : {};
}

/**
 * The query of `runs.joinStream`: `cancel_on_disconnect` only when true, `stream_mode` only when
 * given (one key per mode). The reference SDK's empty `stream_mode=` is not sent.
 */
export function toRunsJoinStreamQuery(options: RunsJoinStreamOptions = {}): WireQuery {
  const query: WireQuery = {};
  if (options.cancelOnDisconnect) query.cancel_on_disconnect = true;
  const mode = options.streamMode;
  if (typeof mode === "string") query.stream_mode = mode;
  else if (mode && mode.length > 0) query.stream_mode = [...mode];
  return query;
}
