import { describe, expect, it } from "vitest";
import {
  ALL_VALUES,
  AllSchema,
  BULK_CANCEL_RUNS_STATUSES,
  BulkCancelRunsStatusSchema,
  CANCEL_ACTIONS,
  CancelActionSchema,
  DEBUG_PAYLOAD_TYPES,
  DebugPayloadTypeSchema,
  DISCONNECT_MODES,
  DisconnectModeSchema,
  DURABILITIES,
  DurabilitySchema,
  IF_NOT_EXISTS_VALUES,
  IfNotExistsSchema,
  MULTITASK_STRATEGIES,
  MultitaskStrategySchema,
  ON_COMPLETION_BEHAVIORS,
  OnCompletionBehaviorSchema,
  RUN_SELECT_FIELDS,
  RUN_STATUSES,
  RunSelectFieldSchema,
  RunStatusSchema,
  STREAM_MODES,
  STREAM_PART_V2_TYPES,
  STREAM_VERSIONS,
  StreamModeSchema,
  StreamPartV2TypeSchema,
  StreamVersionSchema,
} from "../src";

// RUNS_SPEC §1, value for value and in the spec's order.
const literals = [
  ["All", ALL_VALUES, AllSchema, ["*"]],
  [
    "BulkCancelRunsStatus",
    BULK_CANCEL_RUNS_STATUSES,
    BulkCancelRunsStatusSchema,
    ["pending", "running", "all"],
  ],
  ["CancelAction", CANCEL_ACTIONS, CancelActionSchema, ["interrupt", "rollback"]],
  ["DisconnectMode", DISCONNECT_MODES, DisconnectModeSchema, ["cancel", "continue"]],
  ["Durability", DURABILITIES, DurabilitySchema, ["sync", "async", "exit"]],
  ["IfNotExists", IF_NOT_EXISTS_VALUES, IfNotExistsSchema, ["create", "reject"]],
  [
    "MultitaskStrategy",
    MULTITASK_STRATEGIES,
    MultitaskStrategySchema,
    ["reject", "interrupt", "rollback", "enqueue"],
  ],
  ["OnCompletionBehavior", ON_COMPLETION_BEHAVIORS, OnCompletionBehaviorSchema, ["delete", "keep"]],
  [
    "RunSelectField",
    RUN_SELECT_FIELDS,
    RunSelectFieldSchema,
    [
      "run_id",
      "thread_id",
      "assistant_id",
      "created_at",
      "updated_at",
      "status",
      "metadata",
      "kwargs",
      "multitask_strategy",
    ],
  ],
  [
    "RunStatus",
    RUN_STATUSES,
    RunStatusSchema,
    ["pending", "running", "error", "success", "timeout", "interrupted"],
  ],
  [
    "StreamMode",
    STREAM_MODES,
    StreamModeSchema,
    [
      "values",
      "messages",
      "updates",
      "events",
      "tasks",
      "checkpoints",
      "debug",
      "custom",
      "messages-tuple",
      // Beyond RUNS_SPEC: the official SDK 1.15 and the LangGraph JS server accept these.
      "tools",
      "lifecycle",
    ],
  ],
  ["StreamVersion", STREAM_VERSIONS, StreamVersionSchema, ["v1", "v2"]],
  [
    "StreamPartV2Type",
    STREAM_PART_V2_TYPES,
    StreamPartV2TypeSchema,
    [
      "values",
      "updates",
      "messages/partial",
      "messages/complete",
      "messages/metadata",
      "messages",
      "custom",
      "checkpoints",
      "tasks",
      "debug",
      "metadata",
    ],
  ],
  [
    "DebugPayloadType",
    DEBUG_PAYLOAD_TYPES,
    DebugPayloadTypeSchema,
    ["checkpoint", "task", "task_result"],
  ],
] as const;

describe.each(literals)("%s", (_name, values, schema, expected) => {
  it("lists exactly the spec's values, in order", () => {
    expect([...values]).toEqual(expected);
  });

  it("accepts every listed value", () => {
    for (const value of values) expect(schema.safeParse(value).success).toBe(true);
  });

  it("rejects a value outside the list, a near miss in case, and a non-string", () => {
    expect(schema.safeParse("not-a-value").success).toBe(false);
    expect(schema.safeParse(String(values[0]).toUpperCase()).success).toBe(
      String(values[0]).toUpperCase() === values[0],
    );
    expect(schema.safeParse(1).success).toBe(false);
  });
});
