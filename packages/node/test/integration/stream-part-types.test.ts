import { STREAM_MODES } from "@runwire/types";
import { afterAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  type StreamMode,
  type StreamVersion,
  type TaskResult,
} from "../../src/index";
import { collect, human, recordingClient } from "./helpers";
import { newThread, realClient } from "./support";

// What the real server sends against what runwire's schemas and part types say, with
// `validateResponses: true` so that a schema that disagrees with the server fails the stream.

const validating = realClient({ validateResponses: true });
afterAll(() => validating.close());

/** Every mode the LangGraph JS server serves: all of runwire's but `lifecycle` (refused, 400). */
const SERVED_MODES = STREAM_MODES.filter((mode) => mode !== "lifecycle");
const BOO = { error: "CustomError", message: "Boo!" };
const BREAKPOINT = { id: null, value: null, breakpoint: true };

describe.concurrent("the error graph in every stream mode, v1 and v2, validated", () => {
  it.each(
    SERVED_MODES.flatMap((mode) => (["v1", "v2"] as const).map((version) => [mode, version])),
  )("%s, %s: the stream ends with the run's error part", async (mode, version) => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "error", {
        input: {},
        streamMode: mode as StreamMode,
        version: version as StreamVersion,
      }),
    );
    const last = parts.at(-1) as { event?: string; type?: string; data: unknown };
    expect(last.event ?? last.type).toBe("error");
    expect(last.data).toEqual(BOO);
  });

  it("tasks: the failed task's error is { name, message }, typed as a TaskResult's", async () => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "error", {
        input: {},
        streamMode: "tasks",
        version: "v2",
      }),
    );
    const results: TaskResult[] = [];
    for (const part of parts) {
      if (part.type === "tasks" && "result" in part.data) results.push(part.data);
    }
    expect(results).toEqual([
      {
        id: expect.any(String),
        name: "fail",
        result: {},
        interrupts: [],
        error: { name: "CustomError", message: "Boo!" },
      },
    ]);
  });

  it("debug: the task_result payload carries the same error object", async () => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "error", {
        input: {},
        streamMode: "debug",
        version: "v2",
      }),
    );
    const taskResult = parts.find(
      (part) => part.type === "debug" && part.data.type === "task_result",
    );
    expect(taskResult?.data.payload).toMatchObject({
      name: "fail",
      error: { name: "CustomError", message: "Boo!" },
    });
  });
});

describe("the records of a failed run, validated", () => {
  it("wait, get, list and joinStream accept what the server says about the error graph's run", async () => {
    const threadId = await newThread();
    const result = await validating.runs.wait(threadId, "error", { input: {}, raiseError: false });
    // Server quirk: wait's error is double-encoded, { error: "Error", message: "{\"error\":…}" }.
    expect(result).toMatchObject({ __error__: { message: expect.stringContaining("Boo!") } });
    const [run] = await validating.runs.list(threadId);
    expect(run?.status).toBe("error");
    expect((await validating.runs.get(threadId, run?.run_id ?? "")).status).toBe("error");
    const replay = await collect(
      validating.runs.joinStream(threadId, run?.run_id ?? "", { version: "v2" }),
    );
    expect(replay.every((part) => part.type !== "values" || !part.interrupted)).toBe(true);
  });
});

describe.concurrent("v2 surfaces every pause in `interrupts`", () => {
  it.each([
    ["interruptBefore", { interruptBefore: ["second"] }],
    ["interruptAfter", { interruptAfter: ["first"] }],
  ] as const)("%s: values and updates parts at the breakpoint", async (_name, breakpoint) => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "echo", {
        input: human("hi"),
        streamMode: ["values", "updates"],
        version: "v2",
        ...breakpoint,
      }),
    );
    // The server sends { __interrupt__: [] } for a static breakpoint, in both modes.
    expect(parts.slice(-2)).toEqual([
      { type: "updates", ns: [], data: {}, interrupts: [BREAKPOINT], interrupted: true },
      { type: "values", ns: [], data: {}, interrupts: [BREAKPOINT], interrupted: true },
    ]);
    // Every part before the pause is an ordinary one, without the flag.
    for (const part of parts.slice(0, -2)) expect(part).not.toHaveProperty("interrupted");
  });

  it("interrupt() in the hitl graph: the interrupt object, not a breakpoint", async () => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "hitl", {
        input: { question: "ok?" },
        streamMode: ["updates", "values"],
        version: "v2",
      }),
    );
    const paused = parts.filter(
      (part) => (part.type === "values" || part.type === "updates") && part.interrupted === true,
    );
    expect(paused.map((part) => [part.type, part.data, part.interrupts])).toEqual([
      ["updates", {}, [{ id: expect.any(String), value: { question: "ok?" } }]],
      ["values", {}, [{ id: expect.any(String), value: { question: "ok?" } }]],
    ]);
  });

  it("interruptBefore on the hitl graph's only node: a breakpoint before interrupt() runs", async () => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "hitl", {
        input: { question: "ok?" },
        streamMode: "values",
        version: "v2",
        interruptBefore: ["ask"],
      }),
    );
    expect(parts.at(-1)).toEqual({
      type: "values",
      ns: [],
      data: {},
      interrupts: [BREAKPOINT],
      interrupted: true,
    });
  });
});

describe.concurrent("with streamSubgraphs, exactly the parts of the requested modes (nested graph)", () => {
  it.each(["v1", "v2"] as const)(
    "%s: an exhaustive switch never reaches its default",
    async (version) => {
      const parts = await collect(
        validating.runs.stream(await newThread(), "nested", {
          input: {},
          streamMode: ["values", "updates"],
          streamSubgraphs: true,
          version,
        }),
      );
      const seen = new Set<string>();
      for (const part of parts) {
        const type = "type" in part ? part.type : part.event.split("|")[0];
        switch (type) {
          case "metadata":
          case "values":
          case "updates":
          case "error":
          case "end":
            seen.add(type);
            break;
          default:
            throw new Error(`a part of a mode that was not requested: ${JSON.stringify(part)}`);
        }
      }
      expect([...seen].sort()).toEqual(["metadata", "updates", "values"]);
    },
  );

  it("v2: an exhaustive switch on the typed part (never in its default)", async () => {
    // With `values` asked for, the server adds its checkpoint envelopes.
    const parts = await collect(
      validating.runs.stream(await newThread(), "nested", {
        input: {},
        streamMode: ["values", "updates"],
        streamSubgraphs: true,
        version: "v2",
      }),
    );
    const types: string[] = [];
    for (const part of parts) {
      switch (part.type) {
        case "metadata":
        case "values":
        case "updates":
        case "error":
          types.push(part.type);
          break;
        default: {
          const unexpected: never = part;
          throw new Error(`unexpected part ${JSON.stringify(unexpected)}`);
        }
      }
    }
    expect(types.filter((type) => type === "updates")).toHaveLength(4);
    expect(types.filter((type) => type === "values")).toHaveLength(5);
  });

  it("joinStream with streamMode, and toEventStream: the relayed envelopes are dropped too", async () => {
    const threadId = await newThread();
    const stream = validating.runs.stream(threadId, "nested", {
      input: {},
      streamMode: ["values", "updates"],
      streamSubgraphs: true,
      streamResumable: true,
    });
    const relayed = await new Response(stream.toEventStream()).text();
    const relayedTypes = new Set(
      [...relayed.matchAll(/^event: ([^|\n]*)/gm)].map((match) => match[1]),
    );
    expect([...relayedTypes].sort()).toEqual(["metadata", "updates", "values"]);
    // The server's join of the same run relays its checkpoint envelopes as well.
    const joined = await collect(
      validating.runs.joinStream(threadId, stream.runId as string, {
        lastEventId: "-1",
        streamMode: "values",
        version: "v2",
      }),
    );
    expect(new Set(joined.map((part) => part.type))).toEqual(new Set(["metadata", "values"]));
  });

  it("checkpoints come through when they are requested", async () => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "nested", {
        input: {},
        streamMode: ["values", "checkpoints"],
        streamSubgraphs: true,
        version: "v2",
      }),
    );
    // Full checkpoints of the root graph and of the subgraph.
    const checkpoints = parts.filter((part) => part.type === "checkpoints");
    expect(checkpoints.map((part) => part.ns.length)).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
    expect(checkpoints.every((part) => part.data.metadata !== undefined)).toBe(true);
  });
});

describe.concurrent("the official SDK's tools and lifecycle modes", () => {
  it.each(["v1", "v2"] as const)("tools (%s): the tool call's start and end", async (version) => {
    const parts = await collect(
      validating.runs.stream(await newThread(), "tools", {
        input: {},
        streamMode: ["tools"],
        version,
      }),
    );
    const tools = parts
      .map((part) => ("type" in part ? part : { type: part.event, data: part.data }))
      .filter((part) => part.type === "tools")
      .map((part) => part.data);
    expect(tools).toEqual([
      { event: "on_tool_start", toolCallId: "call-1", name: "add", input: '{"a":1,"b":2}' },
      {
        event: "on_tool_end",
        toolCallId: "call-1",
        name: "add",
        output: expect.objectContaining({ type: "tool", content: "3", tool_call_id: "call-1" }),
      },
    ]);
  });

  it("lifecycle is sent as asked; the LangGraph JS server answers 400 (it serves only tools)", async () => {
    const { client, requests } = recordingClient();
    try {
      const failure = await collect(
        client.runs.stream(null, "nested", { input: {}, streamMode: ["lifecycle"] }),
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BadRequestError);
      expect(requests[0]?.body).toMatchObject({ stream_mode: ["lifecycle"] });
    } finally {
      await client.close();
    }
  });
});
