import { describe, expect, it } from "vitest";
import {
  DebugPayloadSchema,
  StreamPartSchema,
  type StreamPartV2,
  StreamPartV2Schema,
  TasksStreamPartSchema,
  TYPED_STREAM_PART_V2_TYPES,
} from "../src";

// Payloads shaped as the real LangGraph server sends them (see shared/reference transcript).
const humanMessage = {
  content: "hi",
  additional_kwargs: {},
  response_metadata: {},
  id: "0529bac8-5994-4a5d-901a-d44eb9f8e94d",
  type: "human",
};
const aiChunk = {
  id: "ai-first-0",
  content: "echo",
  tool_calls: [],
  invalid_tool_calls: [],
  additional_kwargs: {},
  response_metadata: {},
  type: "AIMessageChunk",
};
const checkpointPayload = {
  values: { messages: [humanMessage], steps: 0 },
  metadata: { source: "loop", step: 0, parents: {} },
  next: ["first"],
};

const realisticParts: Record<(typeof TYPED_STREAM_PART_V2_TYPES)[number], StreamPartV2> = {
  values: {
    type: "values",
    ns: [],
    data: {},
    interrupts: [{ id: "927c45145a4008fab90054ed6d593585", value: { question: "ok?" } }],
    interrupted: true,
  },
  updates: {
    type: "updates",
    ns: ["child:95a1fa6f-bb17-54d5-b61b-5dce5df86604"],
    data: { first: { messages: [aiChunk], steps: 1 } },
    interrupts: [],
  },
  "messages/partial": { type: "messages/partial", ns: [], data: [aiChunk], interrupts: [] },
  "messages/complete": {
    type: "messages/complete",
    ns: [],
    data: [{ ...aiChunk, type: "ai" }],
    interrupts: [],
  },
  "messages/metadata": {
    type: "messages/metadata",
    ns: [],
    data: { "ai-first-0": { metadata: { langgraph_step: 1, langgraph_node: "first" } } },
    interrupts: [],
  },
  messages: {
    type: "messages",
    ns: [],
    data: [aiChunk, { tags: ["graph:step:1"], name: "first", langgraph_node: "first" }],
    interrupts: [],
  },
  custom: { type: "custom", ns: [], data: { node: "first", progress: 0.5 }, interrupts: [] },
  checkpoints: { type: "checkpoints", ns: [], data: checkpointPayload, interrupts: [] },
  tasks: {
    type: "tasks",
    ns: [],
    data: {
      id: "95a1fa6f-bb17-54d5-b61b-5dce5df86604",
      name: "first",
      input: { messages: [humanMessage], steps: 0 },
      triggers: ["branch:to:first"],
      interrupts: [],
    },
    interrupts: [],
  },
  debug: {
    type: "debug",
    ns: [],
    data: {
      step: -1,
      type: "checkpoint",
      timestamp: "2026-11-24T19:45:27.167Z",
      payload: {
        ...checkpointPayload,
        config: { configurable: { checkpoint_ns: "" } },
        parent_config: null,
        tasks: [{ id: "t1", name: "first", interrupts: [], state: null }],
      },
    },
    interrupts: [],
  },
  metadata: {
    type: "metadata",
    ns: [],
    data: { run_id: "01a20f17-79e5-7467-a90d-fa48033faf48", attempt: 1 },
    interrupts: [],
  },
  error: { type: "error", ns: [], data: { error: "CustomError", message: "Boo!" }, interrupts: [] },
  events: {
    type: "events",
    ns: [],
    data: { event: "on_chain_start", name: "first", run_id: "r", data: {} },
    interrupts: [],
  },
  tools: {
    type: "tools",
    ns: [],
    data: { event: "on_tool_start", toolCallId: "call-1", name: "add", input: { a: 1, b: 2 } },
    interrupts: [],
  },
  lifecycle: {
    type: "lifecycle",
    ns: ["child:1"],
    data: { event: "started", namespace: ["child:1"] },
    interrupts: [],
  },
};

// A failing task as the LangGraph JS server reports it: `error` is an object, not a string.
const failedTask = {
  id: "2dacf643-ed43-5afb-b4d5-f69eea58666a",
  name: "fail",
  result: {},
  interrupts: [],
  error: { message: "Boo!", name: "CustomError" },
};

describe("StreamPartV2", () => {
  it.each(Object.entries(realisticParts))("parses a realistic %s part unchanged", (type, part) => {
    const parsed = StreamPartV2Schema.parse(part);
    expect(parsed.type).toBe(type);
    expect(parsed).toEqual(part);
  });

  it("has one schema member per typed variant", () => {
    expect(Object.keys(realisticParts).sort()).toEqual([...TYPED_STREAM_PART_V2_TYPES].sort());
    expect(StreamPartV2Schema.def.options).toHaveLength(TYPED_STREAM_PART_V2_TYPES.length);
  });

  it("keeps payload keys a newer server adds", () => {
    const parsed = StreamPartV2Schema.parse({
      ...realisticParts.metadata,
      data: { run_id: "r", attempt: 2, worker: "w1" },
    });
    expect(parsed).toMatchObject({ data: { worker: "w1" } });
  });

  it("rejects a part whose data does not match its type", () => {
    const result = StreamPartV2Schema.safeParse({
      type: "metadata",
      ns: [],
      data: {},
      interrupts: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["data", "run_id"]);
  });

  it("rejects an unknown type from the typed union, naming the discriminator", () => {
    const result = StreamPartV2Schema.safeParse({
      type: "feedback",
      ns: [],
      data: {},
      interrupts: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["type"]);
  });

  it("parses both task payloads: a task starting and a task result", () => {
    const result = {
      id: "95a1fa6f",
      name: "first",
      result: { messages: [aiChunk], steps: 1 },
      interrupts: [],
      error: null,
    };
    const parsed = TasksStreamPartSchema.parse({
      type: "tasks",
      ns: [],
      data: result,
      interrupts: [],
    });
    expect(parsed.data).toEqual(result);
  });

  it("accepts a failed task's error as the JS server sends it ({ name, message })", () => {
    expect(
      TasksStreamPartSchema.parse({ type: "tasks", ns: [], data: failedTask, interrupts: [] }),
    ).toMatchObject({ data: { error: { name: "CustomError", message: "Boo!" } } });
    const debug = DebugPayloadSchema.safeParse({
      step: 1,
      type: "task_result",
      timestamp: "2026-12-04T19:21:37.987Z",
      payload: failedTask,
    });
    expect(debug.success).toBe(true);
  });

  it("accepts a static breakpoint in a paused part's interrupts", () => {
    const paused = {
      type: "updates",
      ns: [],
      data: {},
      interrupts: [{ id: null, value: null, breakpoint: true }],
      interrupted: true,
    };
    expect(StreamPartV2Schema.parse(paused)).toEqual(paused);
  });

  it("discriminates debug payloads by their type", () => {
    const taskResult = DebugPayloadSchema.parse({
      step: 1,
      timestamp: "2026-11-24T19:45:27.169Z",
      type: "task_result",
      payload: { id: "t", name: "n", error: "boom", interrupts: [], result: {} },
    });
    expect(taskResult.type).toBe("task_result");
    const bad = DebugPayloadSchema.safeParse({
      step: 1,
      timestamp: "x",
      type: "task",
      payload: {},
    });
    expect(bad.success).toBe(false);
  });
});

describe("StreamPart (v1)", () => {
  it("is { event, data, id? } with any JSON data", () => {
    expect(StreamPartSchema.parse({ event: "end", data: null })).toEqual({
      event: "end",
      data: null,
    });
    expect(StreamPartSchema.parse({ event: "values", data: [1], id: "3" })).toEqual({
      event: "values",
      data: [1],
      id: "3",
    });
    expect(StreamPartSchema.safeParse({ event: 1, data: null }).success).toBe(false);
  });
});
