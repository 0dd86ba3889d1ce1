import * as z from "zod/mini";
import { MULTITASK_STRATEGIES, RUN_STATUSES } from "./literals";
import { ConfigSchema } from "./records";
import { defineWith, JsonObjectSchema, openEnum } from "./schema-kit";

/**
 * A run as the server reports it (create, get, list, createBatch). Parsed leniently: fields a
 * newer server adds are kept, and a status this version does not know still parses.
 */
export const RunSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  run_id: z.string(),
  thread_id: z.string(),
  assistant_id: z.string(),
  /** ISO-8601 string, left unparsed. */
  created_at: z.string(),
  /** ISO-8601 string, left unparsed. */
  updated_at: z.string(),
  status: openEnum(RUN_STATUSES),
  metadata: z.nullable(JsonObjectSchema),
  multitask_strategy: z.optional(z.nullable(openEnum(MULTITASK_STRATEGIES))),
  /** The run's creation arguments; present unless `select` left it out. */
  kwargs: z.optional(JsonObjectSchema),
}));
export type Run = z.infer<typeof RunSchema>;

/**
 * One item of `POST /runs/batch` as it goes on the wire (docs/spec/runs.md §2.8). runwire builds it from
 * camelCase options with `toRunCreateBatchBody`; keys with no value are left out.
 */
export const RunCreateSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  thread_id: z.optional(z.nullable(z.string())),
  assistant_id: z.string(),
  input: z.optional(z.unknown()),
  metadata: z.optional(z.nullable(JsonObjectSchema)),
  config: z.optional(z.nullable(ConfigSchema)),
  context: z.optional(z.unknown()),
  checkpoint_id: z.optional(z.nullable(z.string())),
  interrupt_before: z.optional(z.nullable(z.union([z.literal("*"), z.array(z.string())]))),
  interrupt_after: z.optional(z.nullable(z.union([z.literal("*"), z.array(z.string())]))),
  webhook: z.optional(z.nullable(z.string())),
  multitask_strategy: z.optional(z.nullable(openEnum(MULTITASK_STRATEGIES))),
}));
export type RunCreate = z.infer<typeof RunCreateSchema>;

/** What `onRunCreated` receives, read from the response's `Content-Location`. */
export const RunCreateMetadataSchema = /*#__PURE__*/ defineWith(z.object, () => ({
  run_id: z.string(),
  /** `null` for a stateless run. */
  thread_id: z.nullable(z.string()),
}));
export type RunCreateMetadata = z.infer<typeof RunCreateMetadataSchema>;
