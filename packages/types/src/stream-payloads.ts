import * as z from "zod/mini";
import { type DEBUG_PAYLOAD_TYPES, LIFECYCLE_EVENT_TYPES, TOOL_EVENT_TYPES } from "./literals";
import { define, defineWith, JsonObjectSchema, openEnum } from "./schema-kit";

// Payloads carried by stream events (docs/spec/runs.md §2.14). All parsed leniently: servers add keys,
// and the JS server leaves some out (its `checkpoints` events carry no config or tasks).

/** A chat message as LangChain serialises it; every other key is kept. */
export const MessageSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  /** `human`, `ai`, `tool`, `system`, or a chunk type such as `AIMessageChunk`. */
  type: z.optional(z.string()),
  id: z.optional(z.nullable(z.string())),
  content: z.optional(z.union([z.string(), z.array(z.unknown())])),
}));
export type Message = z.infer<typeof MessageSchema>;

/**
 * Why a task failed. The LangGraph JS server sends the error as an object (`{ name, message }`);
 * the Python server and docs/spec/runs.md as a string. Both are accepted.
 */
export const TaskErrorSchema = /*#__PURE__*/ define(() =>
  z.union([
    z.string(),
    z.looseObject({
      /** The error's class name, e.g. `ValueError`. */
      name: z.string(),
      message: z.string(),
    }),
  ]),
);
export type TaskError = z.infer<typeof TaskErrorSchema>;

/** A task about to run (`tasks` mode, and `debug` parts of type `task`). */
export const TaskPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
  triggers: z.array(z.string()),
  /** Interrupts already pending for the task (the JS server sends `[]`). */
  interrupts: z.optional(z.array(z.unknown())),
  /** The run's metadata (`run_id`, `graph_id`, …), sent by the JS server. */
  metadata: z.optional(JsonObjectSchema),
}));
export type TaskPayload = z.infer<typeof TaskPayloadSchema>;

/** A task that finished (`tasks` mode, and `debug` parts of type `task_result`). */
export const TaskResultPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  id: z.string(),
  name: z.string(),
  /** `null` when the task succeeded. */
  error: z.nullable(TaskErrorSchema),
  /** The `interrupt()`s the task raised. */
  interrupts: z.array(z.unknown()),
  /** Channel → written value. */
  result: z.union([JsonObjectSchema, z.array(z.unknown())]),
}));
export type TaskResultPayload = z.infer<typeof TaskResultPayloadSchema>;

/** A task inside a checkpoint: pending, done (`result`) or failed (`error`). */
export const CheckpointTaskPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  id: z.string(),
  name: z.string(),
  error: z.optional(TaskErrorSchema),
  result: z.optional(z.unknown()),
  interrupts: z.optional(z.array(z.unknown())),
  /** Absent from the LangGraph JS server's debug checkpoints. */
  state: z.optional(z.nullable(z.unknown())),
}));
export type CheckpointTaskPayload = z.infer<typeof CheckpointTaskPayloadSchema>;

/**
 * A checkpoint as streamed (`checkpoints` mode, and `debug` parts of type `checkpoint`). With
 * `streamSubgraphs` the JS server also sends light envelopes `{ id, parent_id, step, source }`
 * on the same event name, so every key is optional.
 */
export const CheckpointPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
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
}));
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
export const DebugPayloadSchema = /*#__PURE__*/ define(() =>
  z.discriminatedUnion("type", [
    debugPart("checkpoint", CheckpointPayloadSchema),
    debugPart("task", TaskPayloadSchema),
    debugPart("task_result", TaskResultPayloadSchema),
  ]),
);
export type DebugPayload = z.infer<typeof DebugPayloadSchema>;

/** The first event of every run stream. */
export const RunMetadataPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  run_id: z.string(),
  /** Which attempt of the run this is (the server retries a failed worker). */
  attempt: z.optional(z.int()),
}));
export type RunMetadataPayload = z.infer<typeof RunMetadataPayloadSchema>;

/** What an `error` event carries when the graph fails. */
export const ErrorPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  /** The error's class name, e.g. `ValueError`. */
  error: z.optional(z.string()),
  message: z.optional(z.string()),
}));
export type ErrorPayload = z.infer<typeof ErrorPayloadSchema>;

/** The metadata half of a `messages-tuple` event: node, step, tags and more. */
export const MessageTupleMetadataSchema = JsonObjectSchema;
export type MessageTupleMetadata = z.infer<typeof MessageTupleMetadataSchema>;

/** `messages/metadata` data: message id → its metadata. */
export const MessagesMetadataPayloadSchema = /*#__PURE__*/ define(() =>
  z.record(z.string(), z.looseObject({ metadata: z.optional(JsonObjectSchema) })),
);
export type MessagesMetadataPayload = z.infer<typeof MessagesMetadataPayloadSchema>;

/**
 * A tool call's progress (`tools` mode): `on_tool_start` with its `input`, `on_tool_event` with
 * what the tool streamed (`data`), then `on_tool_end` with its `output` or `on_tool_error`.
 */
export const ToolsPayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  event: openEnum(TOOL_EVENT_TYPES),
  /** The id of the tool call in the AI message, when the tool was called with one. */
  toolCallId: z.optional(z.string()),
  /** The tool's name. */
  name: z.string(),
  input: z.optional(z.unknown()),
  data: z.optional(z.unknown()),
  output: z.optional(z.unknown()),
  error: z.optional(z.unknown()),
}));
export type ToolsPayload = z.infer<typeof ToolsPayloadSchema>;

/** A subgraph started, finished, failed or was interrupted (`lifecycle` mode). */
export const LifecyclePayloadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  event: openEnum(LIFECYCLE_EVENT_TYPES),
  /** The subgraph's namespace, outermost first. */
  namespace: z.array(z.string()),
  /** The tool call that started the subgraph, if one did. */
  tool_call_id: z.optional(z.string()),
  /** Why the subgraph failed (`failed` only). */
  error: z.optional(
    z.looseObject({ error: z.optional(z.string()), message: z.optional(z.string()) }),
  ),
}));
export type LifecyclePayload = z.infer<typeof LifecyclePayloadSchema>;
