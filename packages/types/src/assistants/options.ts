import * as z from "zod/mini";
import { ConfigInputSchema } from "../options";
import {
  type OnConflictBehavior,
  OnConflictBehaviorSchema,
  type SortOrder,
  SortOrderSchema,
} from "../platform-literals";
import { type Config, type Context, ContextSchema } from "../records";
import { type RequestOptions, requestOptionsShape } from "../request-options";
import {
  defineWith,
  type JsonObject,
  JsonObjectSchema,
  list,
  maybe,
  nonNegativeInt,
} from "../schema-kit";
import {
  type AssistantSelectField,
  AssistantSelectFieldSchema,
  type AssistantSortBy,
  AssistantSortBySchema,
} from "./literals";

// The camelCase options of each assistants method (the names @langchain/langgraph-sdk 1.15 uses),
// as documented interfaces and strict schemas (an unknown option or a value outside a literal's
// set is refused before any request; `null` counts as "not given", as `undefined` does). Schema
// keys are declared in the wire order of PLATFORM_SPEC Appendix A.1: the wire keys are derived
// from them by camelCase → snake_case, in this order.

const nonEmptyString = () => z.string().check(z.minLength(1));

/** Options of `assistants.get`: only the per-call request options. */
export interface AssistantsGetOptions extends RequestOptions {}
/** The strict schema of {@link AssistantsGetOptions}. */
export const AssistantsGetOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `assistants.getSchemas`: only the per-call request options. */
export interface AssistantsGetSchemasOptions extends RequestOptions {}
/** The strict schema of {@link AssistantsGetSchemasOptions}. */
export const AssistantsGetSchemasOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `assistants.setLatest`: only the per-call request options. */
export interface AssistantsSetLatestOptions extends RequestOptions {}
/** The strict schema of {@link AssistantsSetLatestOptions}. */
export const AssistantsSetLatestOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `assistants.getGraph`. */
export interface AssistantsGetGraphOptions extends RequestOptions {
  /**
   * Expand subgraphs into the drawing: `true` for every level, a number for that many levels.
   * Sent as the `xray` query only when given (the server's default is `false`). The LangGraph
   * JS server 1.5.1 reads it as a boolean: only `true` and `1` expand, `2` and up act as `false`.
   */
  xray?: boolean | number | null | undefined;
}
/** The strict schema of {@link AssistantsGetGraphOptions}. */
export const AssistantsGetGraphOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  xray: maybe(z.union([z.boolean(), nonNegativeInt()])),
  ...requestOptionsShape,
}));

/** Options of `assistants.getSubgraphs`. */
export interface AssistantsGetSubgraphsOptions extends RequestOptions {
  /**
   * Only the subgraph at this namespace (a node name such as `child`), sent as an extra path
   * segment; must not be empty. Left out: every subgraph. An unknown namespace answers `{}`.
   */
  namespace?: string | null | undefined;
  /**
   * Also list the subgraphs of subgraphs, their namespaces joined with `|`. Sent as the
   * `recurse` query only when given (the server's default is `false`).
   */
  recurse?: boolean | null | undefined;
}
/** The strict schema of {@link AssistantsGetSubgraphsOptions}. */
export const AssistantsGetSubgraphsOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  namespace: maybe(nonEmptyString()),
  recurse: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `assistants.create`. */
export interface AssistantsCreateOptions extends RequestOptions {
  /**
   * The graph the assistant runs (a graph id from the deployment's `langgraph.json`); required,
   * not empty. The LangGraph JS server 1.5.1 does not check that the graph exists.
   */
  graphId: string;
  /**
   * Configuration for the assistant's runs, sent as the server's own object: snake_case keys
   * (`tags`, `recursion_limit`, `configurable`). Server default `{}`.
   */
  config?: Config | null | undefined;
  /** Static run context for the assistant (any JSON value). Server default `{}`. */
  context?: Context | null | undefined;
  /** Free-form metadata to store, e.g. for `search({ metadata })`. Server default `{}`. */
  metadata?: JsonObject | null | undefined;
  /**
   * The id to create the assistant under (not empty); left out, the server makes one up. The
   * LangGraph JS server 1.5.1 requires a UUID here (400 otherwise).
   */
  assistantId?: string | null | undefined;
  /**
   * What to do when `assistantId` already exists: `raise` (the server's default, a 409
   * `ConflictError`) or `do_nothing` (resolve the existing assistant, unchanged).
   */
  ifExists?: OnConflictBehavior | null | undefined;
  /** Display name. Server default `"Untitled"`; `""` makes the server use the graph id. */
  name?: string | null | undefined;
  /** Free-form description. Server default `null`. */
  description?: string | null | undefined;
}
/** The strict schema of {@link AssistantsCreateOptions}. */
export const AssistantsCreateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  graphId: nonEmptyString(),
  config: maybe(ConfigInputSchema),
  context: maybe(ContextSchema),
  metadata: maybe(JsonObjectSchema),
  assistantId: maybe(nonEmptyString()),
  ifExists: maybe(OnConflictBehaviorSchema),
  name: maybe(z.string()),
  description: maybe(z.string()),
  ...requestOptionsShape,
}));

/**
 * Options of `assistants.update`. Every update, even one with no option, makes a new version
 * of the assistant (`version` + 1).
 */
export interface AssistantsUpdateOptions extends RequestOptions {
  /** Switch the assistant to this graph (not empty). */
  graphId?: string | null | undefined;
  /**
   * Replace the configuration (snake_case keys, as the server takes it). `{}` clears it.
   */
  config?: Config | null | undefined;
  /** Replace the static run context. */
  context?: Context | null | undefined;
  /** Metadata to merge, key by key, into the assistant's metadata (a shallow merge). */
  metadata?: JsonObject | null | undefined;
  /** Replace the display name. */
  name?: string | null | undefined;
  /** Replace the description. */
  description?: string | null | undefined;
}
/** The strict schema of {@link AssistantsUpdateOptions}. */
export const AssistantsUpdateOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  graphId: maybe(nonEmptyString()),
  config: maybe(ConfigInputSchema),
  context: maybe(ContextSchema),
  metadata: maybe(JsonObjectSchema),
  name: maybe(z.string()),
  description: maybe(z.string()),
  ...requestOptionsShape,
}));

/** Options of `assistants.delete`. */
export interface AssistantsDeleteOptions extends RequestOptions {
  /**
   * Also delete every thread whose `metadata.assistant_id` is this assistant, with its runs and
   * checkpoints. Default `false`; sent as `delete_threads=true` only when `true`.
   */
  deleteThreads?: boolean | null | undefined;
}
/** The strict schema of {@link AssistantsDeleteOptions}. */
export const AssistantsDeleteOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  deleteThreads: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `assistants.search`. */
export interface AssistantsSearchOptions extends RequestOptions {
  /** Page size (a whole number); default `10`, always sent. The server takes 1 to 1000. */
  limit?: number | null | undefined;
  /** Assistants to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
  /**
   * Only assistants whose metadata contains every one of these keys with an equal value
   * (nested objects compared the same way).
   */
  metadata?: JsonObject | null | undefined;
  /** Only assistants of this graph. */
  graphId?: string | null | undefined;
  /** Only assistants whose name contains this text (case-insensitive). */
  name?: string | null | undefined;
  /** Sort field. The LangGraph JS server 1.5.1 checks it, then always sorts newest first. */
  sortBy?: AssistantSortBy | null | undefined;
  /** Sort direction. Ignored by the LangGraph JS server 1.5.1, as `sortBy` is. */
  sortOrder?: SortOrder | null | undefined;
  /**
   * Return only these fields of each assistant. An empty list is not sent (the server would
   * answer empty objects).
   */
  select?: readonly AssistantSelectField[] | null | undefined;
  /**
   * Resolve `{ assistants, next }` instead of the plain array, `next` being the server's
   * `X-Pagination-Next` header or `null`. Never sent. Default `false`.
   */
  includePagination?: boolean | null | undefined;
}
/** The strict schema of {@link AssistantsSearchOptions}. */
export const AssistantsSearchOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  metadata: maybe(JsonObjectSchema),
  graphId: maybe(z.string()),
  name: maybe(z.string()),
  sortBy: maybe(AssistantSortBySchema),
  sortOrder: maybe(SortOrderSchema),
  select: maybe(list(AssistantSelectFieldSchema)),
  includePagination: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `assistants.count`: the same filters as `search`. */
export interface AssistantsCountOptions extends RequestOptions {
  /** Only assistants whose metadata contains every one of these keys with an equal value. */
  metadata?: JsonObject | null | undefined;
  /** Only assistants of this graph. */
  graphId?: string | null | undefined;
  /** Only assistants whose name contains this text (case-insensitive). */
  name?: string | null | undefined;
}
/** The strict schema of {@link AssistantsCountOptions}. */
export const AssistantsCountOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  metadata: maybe(JsonObjectSchema),
  graphId: maybe(z.string()),
  name: maybe(z.string()),
  ...requestOptionsShape,
}));

/** Options of `assistants.getVersions`. */
export interface AssistantsGetVersionsOptions extends RequestOptions {
  /** Page size (a whole number); default `10`, always sent. The server takes 1 to 1000. */
  limit?: number | null | undefined;
  /** Versions to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
  /**
   * Only versions whose metadata contains every one of these keys with an equal value. The
   * LangGraph JS server 1.5.1 answers 404 (`NotFoundError`) when no version matches.
   */
  metadata?: JsonObject | null | undefined;
}
/** The strict schema of {@link AssistantsGetVersionsOptions}. */
export const AssistantsGetVersionsOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  metadata: maybe(JsonObjectSchema),
  ...requestOptionsShape,
}));

/**
 * The `version` argument of `assistants.setLatest`: a version number of the assistant, a whole
 * number (the server numbers versions from 1).
 */
export const AssistantVersionNumberSchema = /*#__PURE__*/ nonNegativeInt();
