import * as z from "zod/mini";

// The literals only crons use (PLATFORM_SPEC §1). runwire checks the union of both SDKs' sets
// (P9): `end_time` is a sort field in the Python SDK only. A cron's `onRunCompleted` takes the
// runs literal `OnCompletionBehavior` (`delete` | `keep`).

/** What `crons.search` may sort by (the Python SDK's set, which adds `end_time` to the JS one). */
export const CRON_SORT_BY_VALUES = [
  "cron_id",
  "assistant_id",
  "thread_id",
  "created_at",
  "updated_at",
  "next_run_date",
  "end_time",
] as const;
/** Checks a `crons.search` `sortBy` (one of {@link CRON_SORT_BY_VALUES}). */
export const CronSortBySchema = /*#__PURE__*/ z.enum(CRON_SORT_BY_VALUES);
/** What `crons.search` may sort by. */
export type CronSortBy = z.infer<typeof CronSortBySchema>;

/** Fields `crons.search` can be asked to return. */
export const CRON_SELECT_FIELDS = [
  "cron_id",
  "assistant_id",
  "thread_id",
  "end_time",
  "schedule",
  "timezone",
  "created_at",
  "updated_at",
  "user_id",
  "payload",
  "next_run_date",
  "metadata",
  "now",
  "on_run_completed",
  "enabled",
] as const;
/** Checks one `crons.search` `select` field (one of {@link CRON_SELECT_FIELDS}). */
export const CronSelectFieldSchema = /*#__PURE__*/ z.enum(CRON_SELECT_FIELDS);
/** A field `crons.search` can be asked to return. */
export type CronSelectField = z.infer<typeof CronSelectFieldSchema>;
