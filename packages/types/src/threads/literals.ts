import * as z from "zod/mini";

// The literals only threads use (PLATFORM_SPEC §1), as the union of both SDKs' sets (P9): a value
// either SDK accepts is accepted, a typo is refused before any request.

/** A thread's status: `busy` while a run is pending or running, `interrupted` at an interrupt. */
export const THREAD_STATUSES = ["idle", "busy", "interrupted", "error"] as const;
/** Checks a thread status (one of {@link THREAD_STATUSES}). */
export const ThreadStatusSchema = /*#__PURE__*/ z.enum(THREAD_STATUSES);
/** A thread's status. */
export type ThreadStatus = z.infer<typeof ThreadStatusSchema>;

/**
 * What `threads.search` may sort by. `state_updated_at` is in the JS SDK's set; the LangGraph JS
 * server 1.5.1 refuses it (400).
 */
export const THREAD_SORT_BY_VALUES = [
  "thread_id",
  "status",
  "created_at",
  "updated_at",
  "state_updated_at",
] as const;
/** Checks a `threads.search` `sortBy` (one of {@link THREAD_SORT_BY_VALUES}). */
export const ThreadSortBySchema = /*#__PURE__*/ z.enum(THREAD_SORT_BY_VALUES);
/** What `threads.search` may sort by. */
export type ThreadSortBy = z.infer<typeof ThreadSortBySchema>;

/** Fields `threads.search` can be asked to return. */
export const THREAD_SELECT_FIELDS = [
  "thread_id",
  "created_at",
  "updated_at",
  "state_updated_at",
  "metadata",
  "config",
  "context",
  "status",
  "values",
  "interrupts",
] as const;
/** Checks one `threads.search` `select` field (one of {@link THREAD_SELECT_FIELDS}). */
export const ThreadSelectFieldSchema = /*#__PURE__*/ z.enum(THREAD_SELECT_FIELDS);
/** A field `threads.search` can be asked to return. */
export type ThreadSelectField = z.infer<typeof ThreadSelectFieldSchema>;

/** Fields of a thread state `getState` and `getHistory` can be asked for (besides `values.<key>`). */
export const THREAD_STATE_SELECT_FIELDS = [
  "values",
  "next",
  "tasks",
  "checkpoint",
  "metadata",
  "created_at",
  "parent_checkpoint",
  "interrupts",
] as const;
/** A field of a thread state: one of {@link THREAD_STATE_SELECT_FIELDS}, or `values.<key>`. */
export type ThreadStateSelectField =
  | (typeof THREAD_STATE_SELECT_FIELDS)[number]
  | `values.${string}`;
/** Checks one `getState` / `getHistory` `select` field. */
export const ThreadStateSelectFieldSchema = /*#__PURE__*/ z.union([
  /*#__PURE__*/ z.enum(THREAD_STATE_SELECT_FIELDS),
  /*#__PURE__*/ z.templateLiteral(["values.", /*#__PURE__*/ z.string()]),
]);

/** What `threads.prune` does: `delete` whole threads, or `keep_latest` state of each. */
export const PRUNE_STRATEGIES = ["delete", "keep_latest"] as const;
/** Checks a `threads.prune` `strategy` (one of {@link PRUNE_STRATEGIES}). */
export const PruneStrategySchema = /*#__PURE__*/ z.enum(PRUNE_STRATEGIES);
/** What `threads.prune` does. */
export type PruneStrategy = z.infer<typeof PruneStrategySchema>;
