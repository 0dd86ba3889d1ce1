import * as z from "zod/mini";

// The literals only assistants use (PLATFORM_SPEC §1). Both SDKs declare the same sets.

/**
 * What `assistants.search` may sort by. The LangGraph JS server 1.5.1 checks the value, then
 * ignores it and always answers newest first.
 */
export const ASSISTANT_SORT_BY_VALUES = [
  "assistant_id",
  "graph_id",
  "name",
  "created_at",
  "updated_at",
] as const;
/** Checks an `assistants.search` `sortBy` (one of {@link ASSISTANT_SORT_BY_VALUES}). */
export const AssistantSortBySchema = /*#__PURE__*/ z.enum(ASSISTANT_SORT_BY_VALUES);
/** What `assistants.search` may sort by. */
export type AssistantSortBy = z.infer<typeof AssistantSortBySchema>;

/** Fields `assistants.search` can be asked to return. */
export const ASSISTANT_SELECT_FIELDS = [
  "assistant_id",
  "graph_id",
  "name",
  "description",
  "config",
  "context",
  "created_at",
  "updated_at",
  "metadata",
  "version",
] as const;
/** Checks one `assistants.search` `select` field (one of {@link ASSISTANT_SELECT_FIELDS}). */
export const AssistantSelectFieldSchema = /*#__PURE__*/ z.enum(ASSISTANT_SELECT_FIELDS);
/** A field `assistants.search` can be asked to return. */
export type AssistantSelectField = z.infer<typeof AssistantSelectFieldSchema>;
