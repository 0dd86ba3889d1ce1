import * as z from "zod/mini";
import { STREAM_PART_V2_TYPES } from "./literals";
import { InterruptSchema } from "./records";
import { JsonObjectSchema } from "./schema-kit";
import {
  CheckpointPayloadSchema,
  DebugPayloadSchema,
  ErrorPayloadSchema,
  MessageSchema,
  MessagesMetadataPayloadSchema,
  MessageTupleMetadataSchema,
  RunMetadataPayloadSchema,
  TaskPayloadSchema,
  TaskResultPayloadSchema,
} from "./stream-payloads";

/**
 * A v1 stream item: the SSE event name, its parsed JSON data, and the last event id seen on the
 * connection. Subgraph events carry their namespace in the name (`updates|child:<task_id>`).
 */
export const StreamPartSchema = z.object({
  event: z.string(),
  data: z.unknown(),
  id: z.optional(z.string()),
});
export type StreamPart = z.infer<typeof StreamPartSchema>;

// The envelope is runwire's own (built by the v1 → v2 conversion), so it is a closed object: no
// index signature, which keeps `part.type` a literal through `Omit`/`Extract`. Payloads stay open.
const v2Part = <const Type extends string, Data extends z.ZodMiniType>(type: Type, data: Data) =>
  z.object({
    type: z.literal(type),
    /** Subgraph namespace, outermost first; `[]` for the root graph. */
    ns: z.array(z.string()),
    data,
    /** Always `[]` except on `values` parts, where it holds the state's pending interrupts. */
    interrupts: z.array(z.unknown()),
  });

/** Full state after a step; `__interrupt__` is moved out of `data` into `interrupts`. */
export const ValuesStreamPartSchema = z.object({
  type: z.literal("values"),
  ns: z.array(z.string()),
  data: JsonObjectSchema,
  interrupts: z.array(InterruptSchema),
});
export type ValuesStreamPart = z.infer<typeof ValuesStreamPartSchema>;

/** `{ node: update }` for each node that finished in the step. */
export const UpdatesStreamPartSchema = v2Part("updates", JsonObjectSchema);
export type UpdatesStreamPart = z.infer<typeof UpdatesStreamPartSchema>;

/** Accumulated message chunks so far (`messages` mode). */
export const MessagesPartialStreamPartSchema = v2Part("messages/partial", z.array(MessageSchema));
export type MessagesPartialStreamPart = z.infer<typeof MessagesPartialStreamPartSchema>;

/** Finished messages (`messages` mode). */
export const MessagesCompleteStreamPartSchema = v2Part("messages/complete", z.array(MessageSchema));
export type MessagesCompleteStreamPart = z.infer<typeof MessagesCompleteStreamPartSchema>;

/** Metadata of the messages that follow (`messages` mode). */
export const MessagesMetadataStreamPartSchema = v2Part(
  "messages/metadata",
  MessagesMetadataPayloadSchema,
);
export type MessagesMetadataStreamPart = z.infer<typeof MessagesMetadataStreamPartSchema>;

/** One token chunk and its metadata (`messages-tuple` mode; the event is named `messages`). */
export const MessagesTupleStreamPartSchema = v2Part(
  "messages",
  z.tuple([MessageSchema, MessageTupleMetadataSchema]),
);
export type MessagesTupleStreamPart = z.infer<typeof MessagesTupleStreamPartSchema>;

/** Whatever a node wrote with its stream writer (`custom` mode). */
export const CustomStreamPartSchema = v2Part("custom", z.unknown());
export type CustomStreamPart = z.infer<typeof CustomStreamPartSchema>;

/** A checkpoint was saved (`checkpoints` mode). */
export const CheckpointsStreamPartSchema = v2Part("checkpoints", CheckpointPayloadSchema);
export type CheckpointsStreamPart = z.infer<typeof CheckpointsStreamPartSchema>;

/** A task started or finished (`tasks` mode). */
export const TasksStreamPartSchema = v2Part(
  "tasks",
  z.union([TaskPayloadSchema, TaskResultPayloadSchema]),
);
export type TasksStreamPart = z.infer<typeof TasksStreamPartSchema>;

/** Checkpoints and tasks with step numbers (`debug` mode). */
export const DebugStreamPartSchema = v2Part("debug", DebugPayloadSchema);
export type DebugStreamPart = z.infer<typeof DebugStreamPartSchema>;

/** The first part of every run: its id and attempt. */
export const MetadataStreamPartSchema = v2Part("metadata", RunMetadataPayloadSchema);
export type MetadataStreamPart = z.infer<typeof MetadataStreamPartSchema>;

/** The run failed; the stream ends after this part. Not a stream mode: any stream can carry it. */
export const ErrorStreamPartSchema = v2Part("error", ErrorPayloadSchema);
export type ErrorStreamPart = z.infer<typeof ErrorStreamPartSchema>;

/** A LangChain callback event (`events` mode). */
export const EventsStreamPartSchema = v2Part("events", JsonObjectSchema);
export type EventsStreamPart = z.infer<typeof EventsStreamPartSchema>;

/**
 * A v2 stream item, discriminated on `type`: one member per typed variant of RUNS_SPEC §2.14, plus
 * `error` (any stream can end with one) and `events` (a stream mode whose parts would otherwise be
 * untyped).
 *
 * @example
 * for await (const part of client.runs.stream(null, "agent", { version: "v2" })) {
 *   if (part.type === "values") console.log(part.data, part.interrupts);
 * }
 */
export const StreamPartV2Schema = z.discriminatedUnion("type", [
  ValuesStreamPartSchema,
  UpdatesStreamPartSchema,
  MessagesPartialStreamPartSchema,
  MessagesCompleteStreamPartSchema,
  MessagesMetadataStreamPartSchema,
  MessagesTupleStreamPartSchema,
  CustomStreamPartSchema,
  CheckpointsStreamPartSchema,
  TasksStreamPartSchema,
  DebugStreamPartSchema,
  MetadataStreamPartSchema,
  ErrorStreamPartSchema,
  EventsStreamPartSchema,
]);
export type StreamPartV2 = z.infer<typeof StreamPartV2Schema>;

/** Every `type` a typed v2 part can have, including `error` and `events`. */
export const TYPED_STREAM_PART_V2_TYPES = [...STREAM_PART_V2_TYPES, "error", "events"] as const;
