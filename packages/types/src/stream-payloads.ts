import * as z from "zod/mini";
import type { DEBUG_PAYLOAD_TYPES } from "./literals";
import { JsonObjectSchema } from "./schema-kit";

// Payloads carried by stream events (RUNS_SPEC §2.14). All parsed leniently: servers add keys,
// and the JS server leaves some out (its `checkpoints` events carry no config or tasks).

/** A chat message as LangChain serialises it; every other key is kept. */
export const MessageSchema = z.looseObject({
  /** `human`, `ai`, `tool`, `system`, or a chunk type such as `AIMessageChunk`. */
  type: z.optional(z.string()),
  id: z.optional(z.nullable(z.string())),
  content: z.optional(z.union([z.string(), z.array(z.unknown())])),
});
export type Message = z.infer<typeof MessageSchema>;

/** A task about to run (`tasks` mode, and `debug` parts of type `task`). */
export const TaskPayloadSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
  triggers: z.array(z.string()),
});
export type TaskPayload = z.infer<typeof TaskPayloadSchema>;

/** A task that finished (`tasks` mode, and `debug` parts of type `task_result`). */
export const TaskResultPayloadSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  error: z.nullable(z.string()),
  interrupts: z.array(z.unknown()),
  /** Channel → written value. */
  result: z.union([JsonObjectSchema, z.array(z.unknown())]),
});
export type TaskResultPayload = z.infer<typeof TaskResultPayloadSchema>;

/** A task inside a checkpoint: pending, done (`result`) or failed (`error`). */
export const CheckpointTaskPayloadSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  error: z.optional(z.string()),
  result: z.optional(z.unknown()),
  interrupts: z.optional(z.array(z.unknown())),
  /** Absent from the LangGraph JS server's debug checkpoints. */
  state: z.optional(z.nullable(z.unknown())),
});
export type CheckpointTaskPayload = z.infer<typeof CheckpointTaskPayloadSchema>;

/**
 * A checkpoint as streamed (`checkpoints` mode, and `debug` parts of type `checkpoint`). With
 * `streamSubgraphs` the JS server also sends light envelopes `{ id, parent_id, step, source }`
 * on the same event name, so every key is optional.
 */
export const CheckpointPayloadSchema = z.looseObject({
  config: z.optional(z.nullable(JsonObjectSchema)),
  metadata: z.optional(JsonObjectSchema),
  values: z.optional(JsonObjectSchema),
  next: z.optional(z.array(z.string())),
  parent_config: z.optional(z.nullable(JsonObjectSchema)),
  tasks: z.optional(z.array(CheckpointTaskPayloadSchema)),
  /** Light envelope: the checkpoint's id. */
  id: z.optional(z.string()),
  /** Light envelope: the parent checkpoint's id. */
  parent_id: z.optional(z.nullable(z.string())),
  /** Light envelope: the step number. */
  step: z.optional(z.int()),
  /** Light envelope: what made the checkpoint (`input`, `loop`, `update`, …). */
  source: z.optional(z.string()),
});
export type CheckpointPayload = z.infer<typeof CheckpointPayloadSchema>;

const debugPart = <
  const Type extends (typeof DEBUG_PAYLOAD_TYPES)[number],
  P extends z.ZodMiniType,
>(
  type: Type,
  payload: P,
) =>
  z.looseObject({
    step: z.int(),
    /** ISO-8601 string. */
    timestamp: z.string(),
    type: z.literal(type),
    payload,
  });

/** A `debug` event: a checkpoint, a task, or a task result, with its step. */
export const DebugPayloadSchema = z.discriminatedUnion("type", [
  debugPart("checkpoint", CheckpointPayloadSchema),
  debugPart("task", TaskPayloadSchema),
  debugPart("task_result", TaskResultPayloadSchema),
]);
export type DebugPayload = z.infer<typeof DebugPayloadSchema>;

/** The first event of every run stream. */
export const RunMetadataPayloadSchema = z.looseObject({
  run_id: z.string(),
  /** Which attempt of the run this is (the server retries a failed worker). */
  attempt: z.optional(z.int()),
});
export type RunMetadataPayload = z.infer<typeof RunMetadataPayloadSchema>;

/** What an `error` event carries when the graph fails. */
export const ErrorPayloadSchema = z.looseObject({
  /** The error's class name, e.g. `ValueError`. */
  error: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type ErrorPayload = z.infer<typeof ErrorPayloadSchema>;

/** The metadata half of a `messages-tuple` event: node, step, tags and more. */
export const MessageTupleMetadataSchema = JsonObjectSchema;
export type MessageTupleMetadata = z.infer<typeof MessageTupleMetadataSchema>;

/** `messages/metadata` data: message id → its metadata. */
export const MessagesMetadataPayloadSchema = z.record(
  z.string(),
  z.looseObject({ metadata: z.optional(JsonObjectSchema) }),
);
export type MessagesMetadataPayload = z.infer<typeof MessagesMetadataPayloadSchema>;
