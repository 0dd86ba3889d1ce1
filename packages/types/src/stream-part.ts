import * as z from "zod/mini";
import { type Interrupt, InterruptSchema } from "./records";
import { define, defineWith, type JsonObject, JsonObjectSchema } from "./schema-kit";
import { TYPED_STREAM_PART_V2_TYPES } from "./stream-part-types";
import {
  CheckpointPayloadSchema,
  DebugPayloadSchema,
  ErrorPayloadSchema,
  LifecyclePayloadSchema,
  MessageSchema,
  MessagesMetadataPayloadSchema,
  MessageTupleMetadataSchema,
  RunMetadataPayloadSchema,
  type TaskError,
  TaskPayloadSchema,
  TaskResultPayloadSchema,
  ToolsPayloadSchema,
} from "./stream-payloads";

/**
 * A v1 stream item: the SSE event name, its parsed JSON data, and the last event id seen on the
 * connection. Subgraph events carry their namespace in the name (`updates|child:<task_id>`).
 */
export const StreamPartSchema = /*#__PURE__*/ defineWith(z.object, () => ({
  event: z.string(),
  data: z.unknown(),
  id: z.optional(z.string()),
}));
export type StreamPart = z.infer<typeof StreamPartSchema>;

// The envelope is runwire's own (built by the v1 → v2 conversion), so it is a closed object: no
// index signature, which keeps `part.type` a literal through `Omit`/`Extract`. Payloads stay open.
const v2Part = <const Type extends string, Data extends z.ZodMiniType>(type: Type, data: Data) =>
  z.object({
    type: z.literal(type),
    /** Subgraph namespace, outermost first; `[]` for the root graph. */
    ns: z.array(z.string()),
    data,
    /** Always `[]` except on `values` and `updates` parts at a pause. */
    interrupts: z.array(z.unknown()),
  });

/**
 * A static breakpoint (`interruptBefore` / `interruptAfter`) the run stopped at. The server
 * reports it as an empty `__interrupt__` list (there is no interrupt object to resume); runwire
 * puts this entry in the v2 part's `interrupts` so that every pause shows there.
 */
export const BreakpointSchema = /*#__PURE__*/ defineWith(z.object, () => ({
  id: z.null(),
  value: z.null(),
  breakpoint: z.literal(true),
}));
export type Breakpoint = z.infer<typeof BreakpointSchema>;

/** What a v2 part's `interrupts` lists at a pause: `interrupt()` calls, or the breakpoint. */
export const StreamInterruptSchema = /*#__PURE__*/ z.union([InterruptSchema, BreakpointSchema]);
/** An `interrupt()` (`id` a string) or a static breakpoint (`id: null`). */
export type StreamInterrupt = Interrupt | Breakpoint;

// The schema of a `values` or `updates` part. At a pause the server sends `{ __interrupt__ }`
// instead of a state or an update: v2 moves it to `interrupts` (a breakpoint's empty list becomes
// one `Breakpoint`) and marks the part `interrupted: true`; other parts have no `interrupted` key.
const pausablePart = <const Type extends string>(type: Type) =>
  z.object({
    type: z.literal(type),
    ns: z.array(z.string()),
    data: JsonObjectSchema,
    interrupts: z.array(StreamInterruptSchema),
    interrupted: z.optional(z.literal(true)),
  });

/** A pause, as a `values` or `updates` part reports it; see {@link ValuesStreamPart}. */
export interface InterruptedStreamPart<Type extends "values" | "updates", Data> {
  type: Type;
  ns: string[];
  /** `{}` from the LangGraph JS server; the state so far from servers that send it. */
  data: Data;
  /** Every pending `interrupt()`, or one {@link Breakpoint}: never empty. */
  interrupts: [StreamInterrupt, ...StreamInterrupt[]];
  interrupted: true;
}

/**
 * Full state after a step (`values` mode), or the pause the run stopped at: narrow on
 * `interrupted`.
 *
 * @example
 * if (part.type === "values") {
 *   if (part.interrupted) showQuestion(part.interrupts[0].value); // data: Partial<State>
 *   else render(part.data); // data: State
 * }
 */
export const ValuesStreamPartSchema = /*#__PURE__*/ pausablePart("values");
export type ValuesStreamPart<State = JsonObject> =
  | { type: "values"; ns: string[]; data: State; interrupts: []; interrupted?: false }
  | InterruptedStreamPart<"values", Partial<State>>;

/** `{ node: update }` for each node that finished in the step, or the pause (`interrupted`). */
export const UpdatesStreamPartSchema = /*#__PURE__*/ pausablePart("updates");
export type UpdatesStreamPart<Update = unknown> =
  | {
      type: "updates";
      ns: string[];
      data: Record<string, Update>;
      interrupts: [];
      interrupted?: false;
    }
  | InterruptedStreamPart<"updates", Record<string, Update>>;

/** Accumulated message chunks so far (`messages` mode). */
export const MessagesPartialStreamPartSchema = /*#__PURE__*/ define(() =>
  v2Part("messages/partial", z.array(MessageSchema)),
);
export type MessagesPartialStreamPart = z.infer<typeof MessagesPartialStreamPartSchema>;

/** Finished messages (`messages` mode). */
export const MessagesCompleteStreamPartSchema = /*#__PURE__*/ define(() =>
  v2Part("messages/complete", z.array(MessageSchema)),
);
export type MessagesCompleteStreamPart = z.infer<typeof MessagesCompleteStreamPartSchema>;

/** Metadata of the messages that follow (`messages` mode). */
export const MessagesMetadataStreamPartSchema = /*#__PURE__*/ v2Part(
  "messages/metadata",
  MessagesMetadataPayloadSchema,
);
export type MessagesMetadataStreamPart = z.infer<typeof MessagesMetadataStreamPartSchema>;

/** One token chunk and its metadata (`messages-tuple` mode; the event is named `messages`). */
export const MessagesTupleStreamPartSchema = /*#__PURE__*/ define(() =>
  v2Part("messages", z.tuple([MessageSchema, MessageTupleMetadataSchema])),
);
export type MessagesTupleStreamPart = z.infer<typeof MessagesTupleStreamPartSchema>;

/** Whatever a node wrote with its stream writer (`custom` mode). */
export const CustomStreamPartSchema = /*#__PURE__*/ define(() => v2Part("custom", z.unknown()));
export type CustomStreamPart = z.infer<typeof CustomStreamPartSchema>;

/** A checkpoint was saved (`checkpoints` mode). */
export const CheckpointsStreamPartSchema = /*#__PURE__*/ v2Part(
  "checkpoints",
  CheckpointPayloadSchema,
);
export type CheckpointsStreamPart = z.infer<typeof CheckpointsStreamPartSchema>;

/** A task about to run: what a `tasks` part carries first. */
export interface TaskStart {
  id: string;
  /** The node. */
  name: string;
  /** What the node is called with. */
  input: unknown;
  /** The channels that triggered it. */
  triggers: string[];
  interrupts?: unknown[];
  metadata?: JsonObject;
}

/** A task that finished or failed: what a `tasks` part carries second. */
export interface TaskResult {
  id: string;
  /** The node. */
  name: string;
  /** Channel → written value (`{}` when the task failed or was interrupted). */
  result: JsonObject | unknown[];
  /** `null` on success; `{ name, message }` from the LangGraph JS server, a string from Python. */
  error: TaskError | null;
  /** The `interrupt()`s the task raised. */
  interrupts: unknown[];
}

/**
 * A task started or finished (`tasks` mode). The data types declare only their own keys, so
 * `"input" in part.data` narrows to a {@link TaskStart} and `"result" in part.data` (or
 * `"error" in part.data`) to a {@link TaskResult}.
 */
export const TasksStreamPartSchema = /*#__PURE__*/ define(() =>
  v2Part("tasks", z.union([TaskPayloadSchema, TaskResultPayloadSchema])),
);
export interface TasksStreamPart {
  type: "tasks";
  ns: string[];
  data: TaskStart | TaskResult;
  interrupts: unknown[];
}

/** Checkpoints and tasks with step numbers (`debug` mode). */
export const DebugStreamPartSchema = /*#__PURE__*/ v2Part("debug", DebugPayloadSchema);
export type DebugStreamPart = z.infer<typeof DebugStreamPartSchema>;

/** The first part of every run: its id and attempt. */
export const MetadataStreamPartSchema = /*#__PURE__*/ v2Part("metadata", RunMetadataPayloadSchema);
export type MetadataStreamPart = z.infer<typeof MetadataStreamPartSchema>;

/** The run failed; the stream ends after this part. Not a stream mode: any stream can carry it. */
export const ErrorStreamPartSchema = /*#__PURE__*/ v2Part("error", ErrorPayloadSchema);
export type ErrorStreamPart = z.infer<typeof ErrorStreamPartSchema>;

/** A tool call's progress (`tools` mode). */
export const ToolsStreamPartSchema = /*#__PURE__*/ v2Part("tools", ToolsPayloadSchema);
export type ToolsStreamPart = z.infer<typeof ToolsStreamPartSchema>;

/** A subgraph started, completed, failed or was interrupted (`lifecycle` mode). */
export const LifecycleStreamPartSchema = /*#__PURE__*/ v2Part("lifecycle", LifecyclePayloadSchema);
export type LifecycleStreamPart = z.infer<typeof LifecycleStreamPartSchema>;

/** A LangChain callback event (`events` mode). */
export const EventsStreamPartSchema = /*#__PURE__*/ v2Part("events", JsonObjectSchema);
export type EventsStreamPart = z.infer<typeof EventsStreamPartSchema>;

/**
 * A v2 stream item, discriminated on `type`: one member per typed variant of docs/spec/runs.md §2.14, plus
 * `error` (any stream can end with one) and the `events`, `tools` and `lifecycle` modes.
 *
 * @example
 * for await (const part of client.runs.stream(null, "agent", { version: "v2" })) {
 *   if (part.type === "values") console.log(part.data, part.interrupts);
 * }
 */
export const StreamPartV2Schema = /*#__PURE__*/ z.discriminatedUnion("type", [
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
  ToolsStreamPartSchema,
  LifecycleStreamPartSchema,
]);
/**
 * Any typed v2 part. `State` is the type of a `values` part's data: pass a client's state type
 * (an interface too) to accept the parts of a `Client<State>`.
 */
export type StreamPartV2<State = JsonObject> =
  | Exclude<z.infer<typeof StreamPartV2Schema>, { type: "values" | "updates" | "tasks" }>
  | ValuesStreamPart<State>
  | UpdatesStreamPart
  | TasksStreamPart;

export { TYPED_STREAM_PART_V2_TYPES };
