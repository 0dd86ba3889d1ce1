import { afterAll, describe, expect, it } from "vitest";
import type { StreamRunCreated } from "../../src/index";
import {
  CHAT_SENTENCE,
  collect,
  contents,
  expectUuid,
  human,
  recordingClient,
  runIdOf,
} from "./helpers";
import { newThread, realClient } from "./support";

const client = realClient();
afterAll(() => client.close());

// `echo` runs two nodes: `first` appends "echo: <input>", `second` appends "steps so far: 1";
// each writes a custom event and adds 1 to `steps`.
const ECHO_INPUT = human("hi");

describe.concurrent("runs.stream: stream modes (echo and chat graphs)", () => {
  it("values: the state after input and after each node, with ids 0..3", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "values" }),
    );
    expect(parts.map((part) => part.event)).toEqual(["metadata", "values", "values", "values"]);
    expect(parts.map((part) => part.id)).toEqual(["0", "1", "2", "3"]);
    const values = parts.filter((part) => part.event === "values").map((part) => part.data);
    expect(values.map(contents)).toEqual([
      ["hi"],
      ["hi", "echo: hi"],
      ["hi", "echo: hi", "steps so far: 1"],
    ]);
    expect(values.map((state) => state.steps)).toEqual([0, 1, 2]);
  });

  it("updates: one part per node, keyed by node name", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: ["updates"] }),
    );
    expect(parts.map((part) => part.event)).toEqual(["metadata", "updates", "updates"]);
    const updates = parts.filter((part) => part.event === "updates").map((part) => part.data);
    expect(updates).toEqual([
      {
        first: {
          messages: [expect.objectContaining({ id: "ai-first-0", content: "echo: hi" })],
          steps: 1,
        },
      },
      {
        second: {
          messages: [expect.objectContaining({ id: "ai-second-1", content: "steps so far: 1" })],
          steps: 1,
        },
      },
    ]);
  });

  it("messages (legacy): messages/metadata, growing messages/partial, then messages/complete", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "chat", { input: human("why tides?"), streamMode: "messages" }),
    );
    const events = parts.map((part) => part.event);
    // The server first reports the human input as complete, then streams the AI message.
    expect(events).toEqual([
      "metadata",
      "messages/complete",
      "messages/metadata",
      ...Array.from(CHAT_SENTENCE, () => "messages/partial"),
      "messages/complete",
    ]);
    const partials = parts.filter((part) => part.event === "messages/partial");
    // Each partial holds the whole message so far: every one extends the previous.
    const texts = partials.map((part) => String(part.data[0]?.content));
    texts.forEach((text, index) => {
      expect(text).toBe(CHAT_SENTENCE.slice(0, index + 1));
    });
    const complete = parts.filter((part) => part.event === "messages/complete");
    expect(complete.map((part) => part.data)).toEqual([
      [expect.objectContaining({ type: "human", content: "why tides?" })],
      [expect.objectContaining({ type: "ai", content: CHAT_SENTENCE })],
    ]);
    const aiId = complete[1]?.data[0]?.id;
    expect(typeof aiId).toBe("string");
    const metadata = parts.find((part) => part.event === "messages/metadata");
    expect(Object.keys(metadata?.data ?? {})).toEqual([aiId]);
    expect(metadata?.data[aiId as string]?.metadata).toMatchObject({
      langgraph_node: "agent",
      graph_id: "chat",
      thread_id: threadId,
    });
  });

  it("messages-tuple: token chunks that reassemble to the scripted sentence", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "chat", {
        input: human("why tides?"),
        streamMode: "messages-tuple",
      }),
    );
    const tokens = parts.filter((part) => part.event === "messages");
    expect(parts.map((part) => part.event)).toEqual(["metadata", ...tokens.map(() => "messages")]);
    expect(tokens.map((part) => part.data[0].content).join("")).toBe(CHAT_SENTENCE);
    expect(tokens).toHaveLength(CHAT_SENTENCE.length);
    // One message: every chunk carries the same id; the metadata names the node.
    expect(new Set(tokens.map((part) => part.data[0].id)).size).toBe(1);
    for (const part of tokens) {
      expect(part.data[1]).toMatchObject({ langgraph_node: "agent", thread_id: threadId });
    }
  });

  it("custom: what each node wrote with its stream writer", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "custom" }),
    );
    expect(parts.map((part) => [part.event, part.data])).toEqual([
      ["metadata", expect.objectContaining({ attempt: 1 })],
      ["custom", { node: "first", progress: 0.5 }],
      ["custom", { node: "second", progress: 1 }],
    ]);
  });

  it("tasks: a start and a result per node, paired by task id", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "tasks" }),
    );
    const tasks = parts.filter((part) => part.event === "tasks").map((part) => part.data);
    expect(tasks).toHaveLength(4);
    // A start has `input` and `triggers`, a result `result` and `error`: the keys narrow them.
    const starts = tasks.filter((task) => "input" in task);
    const results = tasks.filter((task) => "result" in task);
    expect(tasks.map((task) => ("input" in task ? "start" : "result"))).toEqual([
      "start",
      "result",
      "start",
      "result",
    ]);
    const [firstStart, secondStart] = starts;
    const [firstResult, secondResult] = results;
    expect(firstStart).toMatchObject({ name: "first", triggers: ["branch:to:first"] });
    expect(contents(firstStart?.input)).toEqual(["hi"]);
    expect(firstResult).toMatchObject({ name: "first", error: null, interrupts: [] });
    expect(contents(firstResult?.result)).toEqual(["echo: hi"]);
    expect(secondStart).toMatchObject({ name: "second", triggers: ["branch:to:second"] });
    expect(secondResult).toMatchObject({ name: "second", error: null, interrupts: [] });
    expect(firstResult?.id).toBe(firstStart?.id);
    expect(secondResult?.id).toBe(secondStart?.id);
    expect(firstStart?.id).not.toBe(secondStart?.id);
  });

  it("checkpoints: one per step, from the input checkpoint to the final one", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "checkpoints" }),
    );
    const checkpoints = parts
      .filter((part) => part.event === "checkpoints")
      .map((part) => part.data);
    expect(checkpoints.map((checkpoint) => checkpoint.metadata)).toEqual([
      { source: "input", step: -1, parents: {} },
      { source: "loop", step: 0, parents: {} },
      { source: "loop", step: 1, parents: {} },
      { source: "loop", step: 2, parents: {} },
    ]);
    expect(checkpoints.map((checkpoint) => checkpoint.next)).toEqual([
      ["__start__"],
      ["first"],
      ["second"],
      [],
    ]);
    expect(checkpoints.map((checkpoint) => contents(checkpoint.values).length)).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it("debug: checkpoints, tasks and task results with their steps", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "debug" }),
    );
    const debug = parts.filter((part) => part.event === "debug").map((part) => part.data);
    expect(
      debug.map((item) => [
        item.step,
        item.type,
        item.type === "checkpoint" ? item.payload.next : item.payload.name,
      ]),
    ).toEqual([
      [-1, "checkpoint", ["__start__"]],
      [0, "checkpoint", ["first"]],
      [1, "task", "first"],
      [1, "task_result", "first"],
      [1, "checkpoint", ["second"]],
      [2, "task", "second"],
      [2, "task_result", "second"],
      [2, "checkpoint", []],
    ]);
    for (const item of debug) expect(Date.parse(item.timestamp)).not.toBeNaN();
  });

  it("events: LangChain callback events from the graph's start to its end", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", { input: ECHO_INPUT, streamMode: "events" }),
    );
    const events = parts.filter((part) => part.event === "events").map((part) => part.data);
    expect(events.map((event) => [event.event, event.name])).toEqual([
      ["on_chain_start", "LangGraph"],
      ["on_chain_start", "first"],
      ["on_chain_end", "first"],
      ["on_chain_start", "second"],
      ["on_chain_end", "second"],
      ["on_chain_end", "LangGraph"],
    ]);
    expect(events[0]?.data).toEqual({ input: ECHO_INPUT });
    expect(contents((events.at(-1)?.data as { output?: unknown } | undefined)?.output)).toEqual([
      "hi",
      "echo: hi",
      "steps so far: 1",
    ]);
  });

  it("several modes at once: one metadata part, then parts in server order with ids 0..n", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", {
        input: ECHO_INPUT,
        streamMode: ["values", "updates", "messages-tuple", "custom", "tasks", "checkpoints"],
      }),
    );
    expect(parts.map((part) => part.event)).toEqual([
      "metadata",
      "checkpoints",
      "values",
      "checkpoints",
      "tasks",
      "custom",
      "messages",
      "updates",
      "tasks",
      "values",
      "checkpoints",
      "tasks",
      "custom",
      "messages",
      "updates",
      "tasks",
      "values",
      "checkpoints",
    ]);
    expect(parts.map((part) => part.id)).toEqual(parts.map((_, index) => String(index)));
  });

  it("v2: typed { type, ns, data, interrupts } parts without ids", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "echo", {
        input: ECHO_INPUT,
        streamMode: ["values", "updates", "custom", "messages-tuple"],
        version: "v2",
      }),
    );
    for (const part of parts) {
      expect(Object.keys(part).sort()).toEqual(["data", "interrupts", "ns", "type"]);
      expect(part.ns).toEqual([]);
      expect(part.interrupts).toEqual([]);
    }
    expect(parts.map((part) => part.type)).toEqual([
      "metadata",
      "values",
      "custom",
      "messages",
      "updates",
      "values",
      "custom",
      "messages",
      "updates",
      "values",
    ]);
    const last = parts.at(-1);
    expect(last?.type === "values" && contents(last.data)).toEqual([
      "hi",
      "echo: hi",
      "steps so far: 1",
    ]);
    const tuple = parts.find((part) => part.type === "messages");
    expect(tuple?.type === "messages" && tuple.data[0].content).toBe("echo: hi");
  });

  it("v2: legacy messages mode keeps its messages/* types; chat tokens reassemble", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "chat", {
        input: human("why tides?"),
        streamMode: ["messages", "messages-tuple"],
        version: "v2",
      }),
    );
    const types = new Set(parts.map((part) => part.type));
    expect([...types].sort()).toEqual([
      "messages",
      "messages/complete",
      "messages/metadata",
      "messages/partial",
      "metadata",
    ]);
    const tokens = parts.flatMap((part) =>
      part.type === "messages" ? [part.data[0].content] : [],
    );
    expect(tokens.join("")).toBe(CHAT_SENTENCE);
    const lastPartial = parts.filter((part) => part.type === "messages/partial").at(-1);
    expect(lastPartial?.type === "messages/partial" && lastPartial.data[0]?.content).toBe(
      CHAT_SENTENCE,
    );
  });

  it("onRunCreated gets { run_id, thread_id } matching the metadata part", async () => {
    const threadId = await newThread();
    const created: StreamRunCreated[] = [];
    const parts = await collect(
      client.runs.stream(threadId, "echo", {
        input: ECHO_INPUT,
        onRunCreated: (metadata) => {
          created.push(metadata);
        },
      }),
    );
    const metadata = parts[0];
    const runId = runIdOf(metadata);
    expectUuid(runId);
    expect(created).toEqual([{ run_id: runId, thread_id: threadId }]);
    const run = await client.runs.get(threadId, runId);
    expect(run.status).toBe("success");
  });

  it("stateless (null thread): POST /runs/stream, parts carry no id, onRunCreated has a null thread", async () => {
    const recording = recordingClient();
    try {
      const created: StreamRunCreated[] = [];
      const parts = await collect(
        recording.client.runs.stream(null, "echo", {
          input: human("stateless"),
          streamMode: ["updates"],
          onRunCreated: (metadata) => {
            created.push(metadata);
          },
        }),
      );
      expect(recording.requests.map((request) => [request.method, request.path])).toEqual([
        ["POST", "/runs/stream"],
      ]);
      expect(recording.requests[0]?.body).toEqual({
        input: human("stateless"),
        stream_mode: ["updates"],
        stream_subgraphs: false,
        stream_resumable: false,
        assistant_id: "echo",
      });
      // The server sends no `id:` lines on stateless streams, so the parts have no `id` key.
      for (const part of parts) expect(part).not.toHaveProperty("id");
      expect(parts.map((part) => part.event)).toEqual(["metadata", "updates", "updates"]);
      expect(parts[1]?.data).toEqual({
        first: { messages: [expect.objectContaining({ content: "echo: stateless" })], steps: 1 },
      });
      const runId = runIdOf(parts[0]);
      expect(created).toEqual([{ run_id: runId, thread_id: null }]);
    } finally {
      await recording.client.close();
    }
  });

  it("stateless v2 with values: the final state of a temporary thread", async () => {
    const parts = await collect(
      client.runs.stream(null, "echo", { input: human("v2"), version: "v2" }),
    );
    expect(parts.map((part) => part.type)).toEqual(["metadata", "values", "values", "values"]);
    const last = parts.at(-1);
    expect(last?.type === "values" && contents(last.data)).toEqual([
      "v2",
      "echo: v2",
      "steps so far: 1",
    ]);
  });

  // `validateResponses: true` checks every part against @runwire/types' schemas: each mode, on the
  // graph that exercises it, in both versions, must pass on what the real server sends.
  it.each([
    ["values", "echo"],
    ["updates", "echo"],
    ["messages", "chat"],
    ["messages-tuple", "chat"],
    ["custom", "echo"],
    ["tasks", "echo"],
    ["checkpoints", "echo"],
    ["debug", "echo"],
    ["events", "echo"],
  ] as const)(
    "validateResponses: the real server's %s parts (%s) match runwire's schemas, v1 and v2",
    async (mode, graph) => {
      const validating = realClient({ validateResponses: true });
      try {
        for (const version of ["v1", "v2"] as const) {
          const parts = await collect(
            validating.runs.stream(await newThread(), graph, {
              input: human("validate"),
              streamMode: mode,
              version,
            }),
          );
          expect(parts.length).toBeGreaterThan(1);
        }
      } finally {
        await validating.close();
      }
    },
  );
});
