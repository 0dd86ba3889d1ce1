import * as z from "zod/mini";
import {
  type All,
  type Durability,
  DurabilitySchema,
  type MultitaskStrategy,
  MultitaskStrategySchema,
  type OnCompletionBehavior,
  OnCompletionBehaviorSchema,
  type StreamMode,
} from "../literals";
import { ConfigInputSchema, NodeSelectionSchema, StreamModeInputSchema } from "../options";
import { type SortOrder, SortOrderSchema } from "../platform-literals";
import { type Config, type Context, ContextSchema, type Input, InputSchema } from "../records";
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
  type CronSelectField,
  CronSelectFieldSchema,
  type CronSortBy,
  CronSortBySchema,
} from "./literals";

// The camelCase options of each crons method (the names @langchain/langgraph-sdk 1.15 uses), as
// documented interfaces and strict schemas (an unknown option or a value outside a literal's set
// is refused before any request; `null` counts as "not given", as `undefined` does, except for
// `update`'s `endTime`). Schema keys are declared in the wire order of PLATFORM_SPEC Appendix A.3
// (P27, P28): the wire keys are derived from them by camelCase → snake_case, in this order.

const nonEmptyString = () => z.string().check(z.minLength(1));

/**
 * When a cron stops: an ISO-8601 timestamp as text (sent as given, not empty), or a `Date` (sent
 * as its `toISOString()`; an invalid `Date` is refused).
 */
export const CronEndTimeSchema = /*#__PURE__*/ define(() => z.union([nonEmptyString(), z.date()]));

/** What a cron's runs are: the options both create methods share with `update`. */
const cronRunShape = /*#__PURE__*/ define(() => ({
  input: maybe(InputSchema),
  config: maybe(ConfigInputSchema),
  metadata: maybe(JsonObjectSchema),
  context: maybe(ContextSchema),
}));

/** Options of `crons.create` and `crons.createForThread`: the schedule and what each run is. */
export interface CronsCreateOptions extends RequestOptions {
  /**
   * The cron expression (`"0 9 * * *"`: every day at 09:00), read in UTC unless `timezone` is
   * given; required, not empty.
   */
  schedule: string;
  /** Input to the graph for each run. */
  input?: Input | null | undefined;
  /**
   * Run configuration, sent as the server's own object: snake_case keys (`tags`,
   * `recursion_limit`, `configurable`). A camelCase spelling of one of them (`recursionLimit`) is
   * refused, naming the key to use.
   */
  config?: Config | null | undefined;
  /** Metadata stored with each run. */
  metadata?: JsonObject | null | undefined;
  /** Static context for the assistant: any JSON value but `null`. */
  context?: Context | null | undefined;
  /**
   * Whether checkpoints are saved while each run is in progress. Still sent, with a console
   * warning on each call that gives it.
   *
   * @deprecated Use `durability` instead: `"async"` for `true`, `"exit"` for `false`.
   */
  checkpointDuring?: boolean | null | undefined;
  /** Pause before these nodes run (`"*"`: every node). */
  interruptBefore?: All | readonly string[] | null | undefined;
  /** Pause after these nodes run (`"*"`: every node). */
  interruptAfter?: All | readonly string[] | null | undefined;
  /** URL the server POSTs each run to when it finishes. */
  webhook?: string | null | undefined;
  /**
   * For a stateless cron: `delete` each run's thread when the run ends (the server's default) or
   * `keep` it. Sent on a thread cron too when given (the Python SDK leaves it out there).
   */
  onRunCompleted?: OnCompletionBehavior | null | undefined;
  /**
   * When the cron stops: an ISO-8601 timestamp, sent as given, or a `Date`, sent as its
   * `toISOString()`. Left out: never.
   */
  endTime?: string | Date | null | undefined;
  /** Whether the cron runs; the server's default is enabled. */
  enabled?: boolean | null | undefined;
  /** IANA time zone the schedule is read in (`"Europe/Paris"`); left out: UTC. */
  timezone?: string | null | undefined;
  /** What each run streams: one mode or a non-empty list. */
  streamMode?: StreamMode | readonly StreamMode[] | null | undefined;
  /** Also stream subgraph output. */
  streamSubgraphs?: boolean | null | undefined;
  /** Keep each run's events on the server, so its stream can be joined and resumed. */
  streamResumable?: boolean | null | undefined;
  /** When checkpoints are saved: `sync`, `async` or `exit`. */
  durability?: Durability | null | undefined;
  /**
   * What to do when the thread already has a run in flight when the cron fires: `reject`,
   * `interrupt`, `rollback` or `enqueue` (the Platform's default for thread crons).
   */
  multitaskStrategy?: MultitaskStrategy | null | undefined;
}
/** The strict schema of {@link CronsCreateOptions}. */
export const CronsCreateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  schedule: nonEmptyString(),
  ...cronRunShape,
  checkpointDuring: maybe(z.boolean()),
  interruptBefore: maybe(NodeSelectionSchema),
  interruptAfter: maybe(NodeSelectionSchema),
  webhook: maybe(z.string()),
  onRunCompleted: maybe(OnCompletionBehaviorSchema),
  endTime: maybe(CronEndTimeSchema),
  enabled: maybe(z.boolean()),
  timezone: maybe(z.string()),
  streamMode: maybe(StreamModeInputSchema),
  streamSubgraphs: maybe(z.boolean()),
  streamResumable: maybe(z.boolean()),
  durability: maybe(DurabilitySchema),
  multitaskStrategy: maybe(MultitaskStrategySchema),
  ...requestOptionsShape,
}));

/**
 * Options of `crons.update`: each given option replaces its field; nothing given sends `{}`.
 * `endTime: null` clears the end time (the one option where `null` is sent).
 */
export interface CronsUpdateOptions extends RequestOptions {
  /** A new cron expression (not empty). */
  schedule?: string | null | undefined;
  /** Replace the input of each run. */
  input?: Input | null | undefined;
  /** Replace the metadata of each run. */
  metadata?: JsonObject | null | undefined;
  /** Replace the run configuration (snake_case keys, as the server takes it). */
  config?: Config | null | undefined;
  /** Replace the static context. */
  context?: Context | null | undefined;
  /** Replace the webhook URL. */
  webhook?: string | null | undefined;
  /** Pause before these nodes run (`"*"`: every node). */
  interruptBefore?: All | readonly string[] | null | undefined;
  /** Pause after these nodes run (`"*"`: every node). */
  interruptAfter?: All | readonly string[] | null | undefined;
  /** For a stateless cron: `delete` or `keep` each run's thread. */
  onRunCompleted?: OnCompletionBehavior | null | undefined;
  /** Turn the cron on or off. */
  enabled?: boolean | null | undefined;
  /** IANA time zone the schedule is read in. */
  timezone?: string | null | undefined;
  /** What each run streams: one mode or a non-empty list. */
  streamMode?: StreamMode | readonly StreamMode[] | null | undefined;
  /** Also stream subgraph output. */
  streamSubgraphs?: boolean | null | undefined;
  /** Keep each run's events on the server. */
  streamResumable?: boolean | null | undefined;
  /** When checkpoints are saved: `sync`, `async` or `exit`. */
  durability?: Durability | null | undefined;
  /**
   * A new end: an ISO-8601 timestamp (sent as given) or a `Date` (sent as its `toISOString()`);
   * `null` sends `"end_time": null`, which clears it (the cron then never stops). Left out: kept.
   */
  endTime?: string | Date | null | undefined;
}
/** The strict schema of {@link CronsUpdateOptions}. */
export const CronsUpdateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  schedule: maybe(nonEmptyString()),
  input: maybe(InputSchema),
  metadata: maybe(JsonObjectSchema),
  config: maybe(ConfigInputSchema),
  context: maybe(ContextSchema),
  webhook: maybe(z.string()),
  interruptBefore: maybe(NodeSelectionSchema),
  interruptAfter: maybe(NodeSelectionSchema),
  onRunCompleted: maybe(OnCompletionBehaviorSchema),
  enabled: maybe(z.boolean()),
  timezone: maybe(z.string()),
  streamMode: maybe(StreamModeInputSchema),
  streamSubgraphs: maybe(z.boolean()),
  streamResumable: maybe(z.boolean()),
  durability: maybe(DurabilitySchema),
  endTime: maybe(CronEndTimeSchema),
  ...requestOptionsShape,
}));

/** Options of `crons.delete`: only the per-call request options. */
export interface CronsDeleteOptions extends RequestOptions {}
/** The strict schema of {@link CronsDeleteOptions}. */
export const CronsDeleteOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `crons.search`. */
export interface CronsSearchOptions extends RequestOptions {
  /** Only crons of this assistant (not empty). */
  assistantId?: string | null | undefined;
  /** Only crons of this thread (not empty). */
  threadId?: string | null | undefined;
  /** Only enabled (`true`) or disabled (`false`) crons. */
  enabled?: boolean | null | undefined;
  /** Page size (a whole number); default `10`, always sent. */
  limit?: number | null | undefined;
  /** Crons to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
  /** Only crons whose metadata contains every one of these keys with an equal value. */
  metadata?: JsonObject | null | undefined;
  /** Sort field. */
  sortBy?: CronSortBy | null | undefined;
  /** Sort direction. */
  sortOrder?: SortOrder | null | undefined;
  /**
   * Return only these fields of each cron. An empty list is refused (leave `select` out for
   * every field).
   */
  select?: readonly CronSelectField[] | null | undefined;
}
/** The strict schema of {@link CronsSearchOptions}. */
export const CronsSearchOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  assistantId: maybe(nonEmptyString()),
  threadId: maybe(nonEmptyString()),
  enabled: maybe(z.boolean()),
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  metadata: maybe(JsonObjectSchema),
  sortBy: maybe(CronSortBySchema),
  sortOrder: maybe(SortOrderSchema),
  select: maybe(list(CronSelectFieldSchema)),
  ...requestOptionsShape,
}));

/** Options of `crons.count`: the id and metadata filters of `search`. */
export interface CronsCountOptions extends RequestOptions {
  /** Only crons of this assistant (not empty). */
  assistantId?: string | null | undefined;
  /** Only crons of this thread (not empty). */
  threadId?: string | null | undefined;
  /** Only crons whose metadata contains every one of these keys with an equal value. */
  metadata?: JsonObject | null | undefined;
}
/** The strict schema of {@link CronsCountOptions}. */
export const CronsCountOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  assistantId: maybe(nonEmptyString()),
  threadId: maybe(nonEmptyString()),
  metadata: maybe(JsonObjectSchema),
  ...requestOptionsShape,
}));

/** The `assistantId` argument of the create methods, sent in the body: a non-empty string. */
export const CronAssistantIdSchema = /*#__PURE__*/ nonEmptyString();
