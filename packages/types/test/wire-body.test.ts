import { describe, expect, it } from "vitest";
import {
  endpointLayout,
  RUNS_ENDPOINTS,
  RunsCreateBatchItemSchema,
  RunsCreateOptionsSchema,
  RunsStreamOptionsSchema,
  RunsWaitOptionsSchema,
  stripCommand,
  toRunCreateBatchBody,
  toRunCreateBody,
  toRunStreamBody,
  toRunsCancelManyBody,
  toRunsCancelManyQuery,
  toRunsCancelQuery,
  toRunsJoinQuery,
  toRunsJoinStreamQuery,
  toRunsListQuery,
  toRunWaitBody,
} from "../src";

// A distinct, valid value for every body option, so each one can be traced to its wire key.
const sampleValues = {
  input: { messages: [{ type: "human", content: "hi" }] },
  command: { resume: "yes" },
  config: { tags: ["t"], recursion_limit: 5, configurable: { model: "m" } },
  context: { user: "u1" },
  metadata: { source: "test" },
  streamMode: ["values", "updates"],
  streamSubgraphs: true,
  streamResumable: true,
  interruptBefore: ["a"],
  interruptAfter: "*",
  feedbackKeys: ["score"],
  webhook: "https://example.com/hook",
  checkpoint: { checkpoint_id: "c1", checkpoint_ns: "" },
  checkpointId: "c2",
  checkpointDuring: false,
  multitaskStrategy: "enqueue",
  ifNotExists: "create",
  onDisconnect: "continue",
  onCompletion: "keep",
  afterSeconds: 0,
  durability: "exit",
  langsmithTracing: { project_name: "p", example_id: "e" },
  threadId: "t1",
  assistantId: "a1",
} as const;

// The wire key of every body option, as docs/spec/runs.md §3.14 names it: the oracle the derived
// mapping (toWireKey) is checked against.
const EXPECTED_WIRE_KEY: Record<string, string> = {
  threadId: "thread_id",
  assistantId: "assistant_id",
  input: "input",
  command: "command",
  config: "config",
  context: "context",
  metadata: "metadata",
  streamMode: "stream_mode",
  streamSubgraphs: "stream_subgraphs",
  streamResumable: "stream_resumable",
  interruptBefore: "interrupt_before",
  interruptAfter: "interrupt_after",
  feedbackKeys: "feedback_keys",
  webhook: "webhook",
  checkpoint: "checkpoint",
  checkpointId: "checkpoint_id",
  checkpointDuring: "checkpoint_during",
  multitaskStrategy: "multitask_strategy",
  ifNotExists: "if_not_exists",
  onDisconnect: "on_disconnect",
  onCompletion: "on_completion",
  afterSeconds: "after_seconds",
  durability: "durability",
  langsmithTracing: "langsmith_tracer",
};

// The body keys each method sends (docs/spec/runs.md §3.1–§3.4), as a set.
const EXPECTED_BODY_WIRE_KEYS: Record<string, readonly string[]> = {
  stream: [
    "input",
    "command",
    "config",
    "context",
    "metadata",
    "stream_mode",
    "stream_subgraphs",
    "stream_resumable",
    "assistant_id",
    "interrupt_before",
    "interrupt_after",
    "feedback_keys",
    "webhook",
    "checkpoint",
    "checkpoint_id",
    "checkpoint_during",
    "multitask_strategy",
    "if_not_exists",
    "on_disconnect",
    "on_completion",
    "after_seconds",
    "durability",
    "langsmith_tracer",
  ],
  create: [
    "input",
    "command",
    "stream_mode",
    "stream_subgraphs",
    "stream_resumable",
    "config",
    "context",
    "metadata",
    "assistant_id",
    "interrupt_before",
    "interrupt_after",
    "webhook",
    "checkpoint",
    "checkpoint_id",
    "checkpoint_during",
    "multitask_strategy",
    "if_not_exists",
    "on_completion",
    "after_seconds",
    "durability",
    "langsmith_tracer",
  ],
  wait: [
    "input",
    "command",
    "config",
    "context",
    "metadata",
    "assistant_id",
    "interrupt_before",
    "interrupt_after",
    "webhook",
    "checkpoint",
    "checkpoint_id",
    "multitask_strategy",
    "checkpoint_during",
    "if_not_exists",
    "on_disconnect",
    "on_completion",
    "after_seconds",
    "durability",
    "langsmith_tracer",
  ],
};
EXPECTED_BODY_WIRE_KEYS.createBatch = ["thread_id", ...(EXPECTED_BODY_WIRE_KEYS.create ?? [])];

// Options that shape the request, not the body: they must never reach the body.
const requestLevel = new Set([
  "signal",
  "headers",
  "apiKey",
  "params",
  "onRunCreated",
  "version",
  "raiseError",
]);

const methods = [
  ["stream", RunsStreamOptionsSchema, (o: object) => toRunStreamBody("a1", o)],
  ["create", RunsCreateOptionsSchema, (o: object) => toRunCreateBody("a1", o)],
  ["wait", RunsWaitOptionsSchema, (o: object) => toRunWaitBody("a1", o)],
  [
    "createBatch",
    RunsCreateBatchItemSchema,
    (o: object) => toRunCreateBatchBody([{ assistantId: "a1", ...o }])[0],
  ],
] as const;

describe.each(methods)("%s body", (method, schema, toBody) => {
  const bodyOptions = Object.keys(schema.shape).filter((key) => !requestLevel.has(key));

  it("sends exactly the body keys the reference sends", () => {
    const endpoint =
      method === "createBatch" ? RUNS_ENDPOINTS.createBatch : RUNS_ENDPOINTS[method].stateless;
    const layout = endpointLayout(endpoint);
    const keys = method === "createBatch" ? bodyOptions : layout.body;
    const everything = Object.fromEntries(
      keys.map((key) => [key, sampleValues[key as keyof typeof sampleValues]]),
    );
    const body = toBody(everything) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([...(EXPECTED_BODY_WIRE_KEYS[method] ?? [])].sort());
  });

  it.each(bodyOptions)("sends %s under its snake_case wire key", (option) => {
    const value = sampleValues[option as keyof typeof sampleValues];
    expect(value, `test sample for ${option}`).toBeDefined();
    const options = { [option]: value };
    expect(
      schema.safeParse(method === "createBatch" ? { assistantId: "a1", ...options } : options)
        .success,
    ).toBe(true);
    const body = toBody(options) as Record<string, unknown>;
    const wireKey = EXPECTED_WIRE_KEY[option] as string;
    expect(body[wireKey]).toEqual(value);
    expect(Object.keys(body)).not.toContain(option === wireKey ? "__never__" : option);
  });

  it("never sends request-level options", () => {
    const body = toBody({
      signal: new AbortController().signal,
      headers: { a: "b" },
      apiKey: "tenant-key",
      params: { x: 1 },
      onRunCreated: () => {},
      version: "v2",
      raiseError: false,
    }) as Record<string, unknown>;
    for (const key of Object.keys(body)) {
      expect(requestLevel.has(key)).toBe(false);
      expect(key).toMatch(/^[a-z_]+$/);
    }
  });
});

describe("body rules (docs/spec/runs.md §3.1, §3.14, §6.F)", () => {
  it("renames langsmithTracing to langsmith_tracer and never sends langsmith_tracing (74-76)", () => {
    const tracing = { project_name: "my-project", example_id: "example-123" };
    const body = toRunCreateBody("a1", { langsmithTracing: tracing });
    expect(body.langsmith_tracer).toEqual(tracing);
    expect(body).not.toHaveProperty("langsmith_tracing");
    expect(toRunCreateBody("a1")).not.toHaveProperty("langsmith_tracer");
    expect(
      toRunWaitBody("a1", { langsmithTracing: { project_name: "p" } }).langsmith_tracer,
    ).toEqual({
      project_name: "p",
    });
  });

  it("builds the stream body of case 78 as parsed JSON", () => {
    const body = toRunStreamBody("a1", {
      input: { x: 1 },
      command: { resume: null, goto: "n", update: null },
    });
    expect(body).toEqual(
      JSON.parse(
        '{"input":{"x":1},"command":{"goto":"n"},"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1"}',
      ),
    );
  });

  it("builds the stateless v2 stream body of case 79", () => {
    const body = toRunStreamBody("a1", {
      version: "v2",
      streamMode: ["values", "updates"],
      langsmithTracing: { project_name: "p" },
    });
    expect(body).toEqual(
      JSON.parse(
        '{"stream_mode":["values","updates"],"stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1","langsmith_tracer":{"project_name":"p"}}',
      ),
    );
  });

  it("always sends the stream defaults for create (case 80) but not for wait (case 84)", () => {
    expect(toRunCreateBody("a1")).toEqual(
      JSON.parse(
        '{"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1"}',
      ),
    );
    expect(toRunWaitBody("a1")).toEqual(JSON.parse('{"assistant_id":"a1"}'));
  });

  it("keeps falsy values and drops only null and undefined (case 82)", () => {
    const body = toRunCreateBody("a1", {
      onCompletion: "keep",
      afterSeconds: 0,
      checkpointDuring: false,
      webhook: null,
      metadata: undefined,
      input: null,
    });
    expect(body).toEqual(
      JSON.parse(
        '{"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1","checkpoint_during":false,"on_completion":"keep","after_seconds":0}',
      ),
    );
    const falsy = toRunStreamBody("a1", { input: {}, interruptBefore: [], webhook: "" });
    expect(falsy.input).toEqual({});
    expect(falsy.interrupt_before).toEqual([]);
    expect(falsy.webhook).toBe("");
  });

  it("accepts readonly (as const) lists and leaves the caller's array untouched", () => {
    const modes = ["values", "updates"] as const;
    const body = toRunStreamBody("a1", { streamMode: modes });
    expect(body.stream_mode).toEqual(["values", "updates"]);
    expect(Object.isFrozen(modes)).toBe(false);
  });

  it("treats a null stream default as not given and sends the default", () => {
    const body = toRunStreamBody("a1", { streamMode: null, streamSubgraphs: null });
    expect(body.stream_mode).toBe("values");
    expect(body.stream_subgraphs).toBe(false);
  });

  it("strips a command shallowly (case 85)", () => {
    expect(toRunWaitBody("a1", { command: { resume: null } }).command).toEqual({});
    expect(toRunWaitBody("a1", { command: {} })).not.toHaveProperty("command");
    expect(toRunWaitBody("a1", { command: null })).not.toHaveProperty("command");
    const nested = {
      goto: [{ node: "n", input: null }, "m"],
      update: [["k", 1]],
      resume: 0,
    } as const;
    expect(toRunWaitBody("a1", { command: nested }).command).toEqual(
      JSON.parse('{"goto":[{"node":"n","input":null},"m"],"update":[["k",1]],"resume":0}'),
    );
    expect(stripCommand(undefined)).toBeUndefined();
  });

  it("does not mutate the caller's command", () => {
    const command = { resume: null, goto: "n" };
    toRunStreamBody("a1", { command });
    expect(command).toEqual({ resume: null, goto: "n" });
  });

  it("sends wait's given keys and nothing else", () => {
    const body = toRunWaitBody("a1", {
      durability: "sync",
      checkpointDuring: true,
      multitaskStrategy: "reject",
      input: {},
      onDisconnect: "cancel",
    });
    expect(Object.keys(body).sort()).toEqual([
      "assistant_id",
      "checkpoint_during",
      "durability",
      "input",
      "multitask_strategy",
      "on_disconnect",
    ]);
  });

  it("builds batch items with thread ids and no defaults (case 83)", () => {
    expect(
      toRunCreateBatchBody([
        { assistantId: "a1", input: null, threadId: null },
        {
          assistantId: "a2",
          threadId: "t2",
          streamMode: "updates",
          langsmithTracing: { project_name: "p" },
        },
      ]),
    ).toEqual([
      { assistant_id: "a1" },
      {
        thread_id: "t2",
        stream_mode: "updates",
        assistant_id: "a2",
        langsmith_tracer: { project_name: "p" },
      },
    ]);
  });
});

describe("queries and the cancelMany body", () => {
  it("list: limit and offset always, then status and repeated select (case 86)", () => {
    expect(toRunsListQuery()).toEqual({ limit: 10, offset: 0 });
    const query = toRunsListQuery({
      limit: 5,
      offset: 2,
      status: "running",
      select: ["run_id", "status"],
    });
    expect(Object.entries(query)).toEqual([
      ["limit", 5],
      ["offset", 2],
      ["status", "running"],
      ["select", ["run_id", "status"]],
    ]);
    expect(toRunsListQuery({ select: [] })).not.toHaveProperty("select");
  });

  it("cancel: wait only when true, action defaulting to interrupt", () => {
    expect(Object.entries(toRunsCancelQuery(true, "rollback"))).toEqual([
      ["wait", 1],
      ["action", "rollback"],
    ]);
    expect(toRunsCancelQuery(false, undefined)).toEqual({ action: "interrupt" });
    expect(toRunsCancelQuery(undefined, null)).toEqual({ action: "interrupt" });
  });

  it("cancelMany: the given filters in the body, action in the query (case 90)", () => {
    expect(toRunsCancelManyBody({ threadId: "t1", runIds: ["a", "b"], status: "all" })).toEqual({
      thread_id: "t1",
      run_ids: ["a", "b"],
      status: "all",
    });
    expect(toRunsCancelManyBody({ runIds: [] })).toEqual({});
    // A given thread is never dropped (that would widen the selection to every thread's runs);
    // runs.cancelMany refuses an empty one before building the body.
    expect(toRunsCancelManyBody({ threadId: "" })).toEqual({ thread_id: "" });
    expect(toRunsCancelManyQuery({})).toEqual({ action: "interrupt" });
    expect(toRunsCancelManyQuery({ action: "rollback" })).toEqual({ action: "rollback" });
  });

  it("joinStream: stream_mode only when given, one key per mode (case 93, docs/spec/runs.md Appendix B 12)", () => {
    expect(toRunsJoinStreamQuery()).toEqual({});
    expect(
      toRunsJoinStreamQuery({ streamMode: ["values", "debug"], cancelOnDisconnect: true }),
    ).toEqual({
      cancel_on_disconnect: true,
      stream_mode: ["values", "debug"],
    });
    expect(toRunsJoinStreamQuery({ streamMode: "values", cancelOnDisconnect: false })).toEqual({
      stream_mode: "values",
    });
  });

  it("join: cancel_on_disconnect only when true", () => {
    expect(toRunsJoinQuery()).toEqual({});
    expect(toRunsJoinQuery({ cancelOnDisconnect: true })).toEqual({ cancel_on_disconnect: true });
  });
});
