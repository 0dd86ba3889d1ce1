import * as z from "zod/mini";
import { STREAM_PART_V2_TYPES } from "./stream-part-types";

// Every literal of docs/spec/runs.md §1, as a readonly list of its values (for UIs and validators that
// enumerate them), a strict zod schema (for caller input) and the inferred type.

/** `"*"`: every node, for `interruptBefore` / `interruptAfter`. */
export const ALL_VALUES = ["*"] as const;
export const AllSchema = /*#__PURE__*/ z.enum(ALL_VALUES);
export type All = z.infer<typeof AllSchema>;

/** Which runs `cancelMany` selects by status. */
export const BULK_CANCEL_RUNS_STATUSES = ["pending", "running", "all"] as const;
export const BulkCancelRunsStatusSchema = /*#__PURE__*/ z.enum(BULK_CANCEL_RUNS_STATUSES);
export type BulkCancelRunsStatus = z.infer<typeof BulkCancelRunsStatusSchema>;

/** `interrupt` just cancels; `rollback` cancels, then deletes the run and its checkpoints. */
export const CANCEL_ACTIONS = ["interrupt", "rollback"] as const;
export const CancelActionSchema = /*#__PURE__*/ z.enum(CANCEL_ACTIONS);
export type CancelAction = z.infer<typeof CancelActionSchema>;

/** What the server does with a run when the client streaming or waiting on it goes away. */
export const DISCONNECT_MODES = ["cancel", "continue"] as const;
export const DisconnectModeSchema = /*#__PURE__*/ z.enum(DISCONNECT_MODES);
export type DisconnectMode = z.infer<typeof DisconnectModeSchema>;

/**
 * When checkpoints are persisted: `sync` before the next step starts, `async` while it runs,
 * `exit` only when the graph exits.
 */
export const DURABILITIES = ["sync", "async", "exit"] as const;
export const DurabilitySchema = /*#__PURE__*/ z.enum(DURABILITIES);
export type Durability = z.infer<typeof DurabilitySchema>;

/** What to do when the thread does not exist. The server's default is `reject`. */
export const IF_NOT_EXISTS_VALUES = ["create", "reject"] as const;
export const IfNotExistsSchema = /*#__PURE__*/ z.enum(IF_NOT_EXISTS_VALUES);
export type IfNotExists = z.infer<typeof IfNotExistsSchema>;

/** How a new run treats a run already in flight on the same thread. */
export const MULTITASK_STRATEGIES = ["reject", "interrupt", "rollback", "enqueue"] as const;
export const MultitaskStrategySchema = /*#__PURE__*/ z.enum(MULTITASK_STRATEGIES);
export type MultitaskStrategy = z.infer<typeof MultitaskStrategySchema>;

/** Whether a stateless run's temporary thread is deleted or kept when the run completes. */
export const ON_COMPLETION_BEHAVIORS = ["delete", "keep"] as const;
export const OnCompletionBehaviorSchema = /*#__PURE__*/ z.enum(ON_COMPLETION_BEHAVIORS);
export type OnCompletionBehavior = z.infer<typeof OnCompletionBehaviorSchema>;

/** Fields `list` can be asked to return. */
export const RUN_SELECT_FIELDS = [
  "run_id",
  "thread_id",
  "assistant_id",
  "created_at",
  "updated_at",
  "status",
  "metadata",
  "kwargs",
  "multitask_strategy",
] as const;
export const RunSelectFieldSchema = /*#__PURE__*/ z.enum(RUN_SELECT_FIELDS);
export type RunSelectField = z.infer<typeof RunSelectFieldSchema>;

/** A run's lifecycle state. */
export const RUN_STATUSES = [
  "pending",
  "running",
  "error",
  "success",
  "timeout",
  "interrupted",
] as const;
export const RunStatusSchema = /*#__PURE__*/ z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatusSchema>;

/**
 * What a run streams. `messages-tuple` arrives as events named `messages`. Every mode the official
 * SDK or the LangGraph server accepts: `tools` (tool-call progress) is served by the LangGraph JS
 * server; `lifecycle` (subgraph started/finished) is sent as asked, though the JS server in-memory
 * build answers it with a 400 (docs/migrating.md, "Stream part types").
 */
export const STREAM_MODES = [
  "values",
  "messages",
  "updates",
  "events",
  "tasks",
  "checkpoints",
  "debug",
  "custom",
  "messages-tuple",
  "tools",
  "lifecycle",
] as const;
export const StreamModeSchema = /*#__PURE__*/ z.enum(STREAM_MODES);
export type StreamMode = z.infer<typeof StreamModeSchema>;

/** `v1` yields `{ event, data, id? }`; `v2` yields typed `{ type, ns, data, interrupts }` parts. */
export const STREAM_VERSIONS = ["v1", "v2"] as const;
export const StreamVersionSchema = /*#__PURE__*/ z.enum(STREAM_VERSIONS);
export type StreamVersion = z.infer<typeof StreamVersionSchema>;

export { STREAM_PART_V2_TYPES };
export const StreamPartV2TypeSchema = /*#__PURE__*/ z.enum(STREAM_PART_V2_TYPES);
export type StreamPartV2Type = z.infer<typeof StreamPartV2TypeSchema>;

/** The `type` of a `debug` event's payload. */
export const DEBUG_PAYLOAD_TYPES = ["checkpoint", "task", "task_result"] as const;
export const DebugPayloadTypeSchema = /*#__PURE__*/ z.enum(DEBUG_PAYLOAD_TYPES);
export type DebugPayloadType = z.infer<typeof DebugPayloadTypeSchema>;

/** The `event` of a `tools` part's data. */
export const TOOL_EVENT_TYPES = [
  "on_tool_start",
  "on_tool_event",
  "on_tool_end",
  "on_tool_error",
] as const;
export const ToolEventTypeSchema = /*#__PURE__*/ z.enum(TOOL_EVENT_TYPES);
export type ToolEventType = z.infer<typeof ToolEventTypeSchema>;

/** The `event` of a `lifecycle` part's data. */
export const LIFECYCLE_EVENT_TYPES = ["started", "completed", "failed", "interrupted"] as const;
export const LifecycleEventTypeSchema = /*#__PURE__*/ z.enum(LIFECYCLE_EVENT_TYPES);
export type LifecycleEventType = z.infer<typeof LifecycleEventTypeSchema>;
