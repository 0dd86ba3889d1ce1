import * as z from "zod/mini";
import { isNonEmpty } from "../check/predicates";
import {
  type OnConflictBehavior,
  OnConflictBehaviorSchema,
  type SortOrder,
  SortOrderSchema,
} from "../platform-literals";
import {
  type CheckpointInput,
  CheckpointInputSchema,
  type Command,
  CommandSchema,
  type Config,
  ConfigSchema,
} from "../records";
import { type RequestOptions, requestOptionsShape } from "../request-options";
import {
  define,
  defineWith,
  type JsonObject,
  JsonObjectSchema,
  list,
  maybe,
  nonNegativeInt,
} from "../schema-kit";
import {
  type PruneStrategy,
  PruneStrategySchema,
  type ThreadSelectField,
  ThreadSelectFieldSchema,
  type ThreadSortBy,
  ThreadSortBySchema,
  type ThreadStateSelectField,
  ThreadStateSelectFieldSchema,
  type ThreadStatus,
  ThreadStatusSchema,
} from "./literals";

// The camelCase options of each threads method (the names @langchain/langgraph-sdk 1.15 uses), as
// documented interfaces and strict schemas (an unknown option or a value outside a literal's set
// is refused before any request; `null` counts as "not given", as `undefined` does). Schema keys
// are declared in the wire order of PLATFORM_SPEC Appendix A.2.

const nonEmptyString = () => z.string().check(z.minLength(1));

/**
 * A list that must name something: an empty `select` or `ids` would widen into "every field" or
 * "every thread" (platform-decisions: an empty filter never widens), so it is refused.
 */
const nonEmptyList = <S extends z.ZodMiniType>(element: S, option: string) =>
  list(element).check(
    z.refine(isNonEmpty, {
      error: `expected at least one item (leave ${option} out for no filter)`,
    }),
  );

/** A thread's time to live: minutes (a positive number), or the server's own object. */
export type ThreadTtl = number | { ttl: number; strategy?: "delete" | undefined };
const positiveNumber = () => z.number().check(z.positive());
/** Checks a {@link ThreadTtl}. */
export const ThreadTtlSchema = /*#__PURE__*/ define(() =>
  z.union([
    positiveNumber(),
    z.strictObject({ ttl: positiveNumber(), strategy: z.optional(z.literal("delete")) }),
  ]),
);

/** One update of a superstep, as `threads.create({ supersteps })` takes it. */
export interface ThreadSuperstepUpdate {
  /** The values to write; sent as `null` when left out (a `command` alone, for instance). */
  values?: unknown;
  /** A command to apply with the update (e.g. `{ resume }`); sent only when given. */
  command?: Command | null | undefined;
  /** The node the update is applied as (required, not empty): it decides what runs next. */
  asNode: string;
}
/** Checks a {@link ThreadSuperstepUpdate}. */
export const ThreadSuperstepUpdateSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  values: z.optional(z.unknown()),
  command: maybe(CommandSchema),
  asNode: nonEmptyString(),
}));

/** One superstep of a thread's seeded history: the updates applied together. */
export interface ThreadSuperstep {
  /** The updates of this step. */
  updates: readonly ThreadSuperstepUpdate[];
}
/** Checks a {@link ThreadSuperstep}. */
export const ThreadSuperstepSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  updates: list(ThreadSuperstepUpdateSchema),
}));

/** Options of `threads.get`. */
export interface ThreadsGetOptions extends RequestOptions {
  /**
   * Extra fields to include (the Platform documents `ttl`), sent as one `include` query joined
   * with `,`; an empty list sends nothing. Ignored by the LangGraph JS server 1.5.1.
   */
  include?: readonly string[] | null | undefined;
}
/** The strict schema of {@link ThreadsGetOptions}. */
export const ThreadsGetOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  include: maybe(list(nonEmptyString())),
  ...requestOptionsShape,
}));

/** Options of `threads.create`. */
export interface ThreadsCreateOptions extends RequestOptions {
  /**
   * The id to create the thread under (not empty); left out, the server makes one up. The
   * LangGraph JS server 1.5.1 requires a UUID (400 otherwise).
   */
  threadId?: string | null | undefined;
  /** Free-form metadata. Sent only when given (or with `graphId`). */
  metadata?: JsonObject | null | undefined;
  /**
   * What to do when `threadId` already exists: `raise` (the server's default, a 409
   * `ConflictError`) or `do_nothing` (resolve the existing thread, unchanged).
   */
  ifExists?: OnConflictBehavior | null | undefined;
  /**
   * Seed the thread's history: each superstep's updates are applied in turn. The thread needs a
   * graph for that (`graphId`); without one 1.5.1 answers 400 after creating the thread.
   */
  supersteps?: readonly ThreadSuperstep[] | null | undefined;
  /** Time to live in minutes (sent as `{ ttl, strategy: "delete" }`), or the server's object. */
  ttl?: ThreadTtl | null | undefined;
  /**
   * The graph of the thread, stored as `metadata.graph_id` (over a `graph_id` in `metadata`). It
   * lets `getState`, `updateState` and supersteps work before any run.
   */
  graphId?: string | null | undefined;
}
/** The strict schema of {@link ThreadsCreateOptions}. */
export const ThreadsCreateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  threadId: maybe(nonEmptyString()),
  metadata: maybe(JsonObjectSchema),
  ifExists: maybe(OnConflictBehaviorSchema),
  supersteps: maybe(list(ThreadSuperstepSchema)),
  ttl: maybe(ThreadTtlSchema),
  graphId: maybe(nonEmptyString()),
  ...requestOptionsShape,
}));

/** Options of `threads.update`. */
export interface ThreadsUpdateOptions extends RequestOptions {
  /** Metadata merged, key by key, into the thread's (a shallow merge). Default `{}`, always sent. */
  metadata?: JsonObject | null | undefined;
  /** Time to live in minutes (sent as `{ ttl, strategy: "delete" }`), or the server's object. */
  ttl?: ThreadTtl | null | undefined;
  /**
   * Ask the server not to send the thread back (`Prefer: return=minimal`); the call then resolves
   * `undefined` whatever the server answers.
   */
  returnMinimal?: boolean | null | undefined;
}
/** The strict schema of {@link ThreadsUpdateOptions}. */
export const ThreadsUpdateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  metadata: maybe(JsonObjectSchema),
  ttl: maybe(ThreadTtlSchema),
  returnMinimal: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `threads.delete`, `threads.copy` and `threads.patchState`: the request options. */
export interface ThreadsRequestOptions extends RequestOptions {}
/** The strict schema of {@link ThreadsRequestOptions}. */
export const ThreadsRequestOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `threads.search`. */
export interface ThreadsSearchOptions extends RequestOptions {
  /** Page size (a whole number); default `10`, always sent. */
  limit?: number | null | undefined;
  /** Threads to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
  /** Only threads whose metadata contains every one of these keys with an equal value. */
  metadata?: JsonObject | null | undefined;
  /**
   * Only threads whose values contain these keys with equal values. The LangGraph JS server
   * 1.5.1 also matches every thread that has no values yet.
   */
  values?: JsonObject | null | undefined;
  /** Only these threads; an empty list is refused (it would widen into every thread). */
  ids?: readonly string[] | null | undefined;
  /** Only threads in this status. */
  status?: ThreadStatus | null | undefined;
  /** Sort field (1.5.1 refuses `state_updated_at`). */
  sortBy?: ThreadSortBy | null | undefined;
  /** Sort direction. */
  sortOrder?: SortOrder | null | undefined;
  /** Return only these fields of each thread; an empty list is refused. */
  select?: readonly ThreadSelectField[] | null | undefined;
  /** Extract values by path into `extracted` (`{ last: "values.messages[-1]" }`), where supported. */
  extract?: Readonly<Record<string, string>> | null | undefined;
}
/** The strict schema of {@link ThreadsSearchOptions}. */
export const ThreadsSearchOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  metadata: maybe(JsonObjectSchema),
  values: maybe(JsonObjectSchema),
  ids: maybe(nonEmptyList(nonEmptyString(), "ids")),
  status: maybe(ThreadStatusSchema),
  sortBy: maybe(ThreadSortBySchema),
  sortOrder: maybe(SortOrderSchema),
  select: maybe(nonEmptyList(ThreadSelectFieldSchema, "select")),
  extract: maybe(z.readonly(z.record(z.string(), z.string()))),
  ...requestOptionsShape,
}));

/** Options of `threads.count`: the filters of `search`. */
export interface ThreadsCountOptions extends RequestOptions {
  /** Only threads whose metadata contains every one of these keys with an equal value. */
  metadata?: JsonObject | null | undefined;
  /** Only threads whose values contain these keys with equal values. */
  values?: JsonObject | null | undefined;
  /** Only threads in this status. */
  status?: ThreadStatus | null | undefined;
}
/** The strict schema of {@link ThreadsCountOptions}. */
export const ThreadsCountOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  metadata: maybe(JsonObjectSchema),
  values: maybe(JsonObjectSchema),
  status: maybe(ThreadStatusSchema),
  ...requestOptionsShape,
}));

/** The `threadIds` argument of `threads.prune`: thread ids, none empty. */
export const ThreadIdsSchema = /*#__PURE__*/ define(() => list(nonEmptyString()));

/** Options of `threads.prune`. */
export interface ThreadsPruneOptions extends RequestOptions {
  /** `delete` (the server's default) or `keep_latest`; sent only when given. */
  strategy?: PruneStrategy | null | undefined;
}
/** The strict schema of {@link ThreadsPruneOptions}. */
export const ThreadsPruneOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  strategy: maybe(PruneStrategySchema),
  ...requestOptionsShape,
}));

/** Options of `threads.getState`. */
export interface ThreadsGetStateOptions extends RequestOptions {
  /** Include the states of subgraphs of pending tasks (`tasks[].state`); sent only when `true`. */
  subgraphs?: boolean | null | undefined;
  /** Only these fields (or `values.<key>`); an empty list is refused. Ignored by 1.5.1. */
  select?: readonly ThreadStateSelectField[] | null | undefined;
}
/** The strict schema of {@link ThreadsGetStateOptions}. */
export const ThreadsGetStateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  subgraphs: maybe(z.boolean()),
  select: maybe(nonEmptyList(ThreadStateSelectFieldSchema, "select")),
  ...requestOptionsShape,
}));

/** The `checkpoint` argument of `threads.getState`: a checkpoint id, or a checkpoint. */
export const ThreadStateCheckpointSchema = /*#__PURE__*/ define(() =>
  z.union([nonEmptyString(), CheckpointInputSchema]),
);

/** The values of `threads.updateState`: an object, a list of objects, or `null`. */
export type ThreadStateValues = JsonObject | readonly JsonObject[];

/** Options of `threads.updateState`. */
export interface ThreadsUpdateStateOptions extends RequestOptions {
  /** The values to write; always sent, `null` when left out (with `asNode`: "no new values"). */
  values?: ThreadStateValues | null | undefined;
  /** Fork from this checkpoint id instead of the latest. */
  checkpointId?: string | null | undefined;
  /** Fork from this checkpoint instead of the latest. */
  checkpoint?: CheckpointInput | null | undefined;
  /** Apply the update as if this node had just run (it decides what runs next). */
  asNode?: string | null | undefined;
}
/** The strict schema of {@link ThreadsUpdateStateOptions}. */
export const ThreadsUpdateStateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  values: maybe(z.union([JsonObjectSchema, list(JsonObjectSchema)])),
  checkpointId: maybe(nonEmptyString()),
  checkpoint: maybe(CheckpointInputSchema),
  asNode: maybe(nonEmptyString()),
  ...requestOptionsShape,
}));

/** The `metadata` argument of `threads.patchState`. */
export const ThreadPatchStateMetadataSchema = JsonObjectSchema;

/**
 * Where `getHistory` starts: states strictly older than this. A checkpoint id (the only form
 * the LangGraph JS server 1.5.1 takes), a checkpoint (the Platform's form) or a config with
 * `configurable.checkpoint_id` (the JS SDK's type); sent as given.
 */
export type ThreadHistoryBefore = string | CheckpointInput | Config;

/** Options of `threads.getHistory`. */
export interface ThreadsGetHistoryOptions extends RequestOptions {
  /** How many states (a whole number); default `10`, always sent. */
  limit?: number | null | undefined;
  /** A cursor: only states older than this checkpoint. */
  before?: ThreadHistoryBefore | null | undefined;
  /** Only states whose checkpoint metadata contains these keys with equal values. */
  metadata?: JsonObject | null | undefined;
  /** Which (sub)graph's history: `{ checkpoint_ns }`; default the root graph. */
  checkpoint?: CheckpointInput | null | undefined;
  /** Only these fields (or `values.<key>`); an empty list is refused. Ignored by 1.5.1. */
  select?: readonly ThreadStateSelectField[] | null | undefined;
}
/** The strict schema of {@link ThreadsGetHistoryOptions}. */
export const ThreadsGetHistoryOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  limit: maybe(nonNegativeInt()),
  before: maybe(z.union([nonEmptyString(), CheckpointInputSchema, ConfigSchema])),
  metadata: maybe(JsonObjectSchema),
  checkpoint: maybe(CheckpointInputSchema),
  select: maybe(nonEmptyList(ThreadStateSelectFieldSchema, "select")),
  ...requestOptionsShape,
}));
