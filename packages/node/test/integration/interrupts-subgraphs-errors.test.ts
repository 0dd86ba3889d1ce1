import { afterAll, describe, expect, it } from "vitest";
import { collect, expectThreadStatus, runIdOf } from "./helpers";
import { newThread, realClient, threadState } from "./support";

const client = realClient();
afterAll(() => client.close());

const NS = /^child:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.concurrent("human in the loop: interrupt() then command.resume (hitl graph)", () => {
  it("v1: the interrupt arrives in updates and values, then resume with 'yes' stores the answer", async () => {
    const threadId = await newThread();
    const first = await collect(
      client.runs.stream(threadId, "hitl", {
        input: { question: "ship it?" },
        streamMode: ["values", "updates"],
      }),
    );
    expect(first.map((part) => part.event)).toEqual(["metadata", "values", "updates", "values"]);
    expect(first[1]?.data).toEqual({ question: "ship it?", answer: null });
    const interrupt = { id: expect.any(String), value: { question: "ship it?" } };
    expect(first[2]?.data).toEqual({ __interrupt__: [interrupt] });
    expect(first[3]?.data).toEqual({ __interrupt__: [interrupt] });
    await expectThreadStatus(threadId, "interrupted");

    const resumed = await collect(
      client.runs.stream(threadId, "hitl", {
        command: { resume: "yes" },
        streamMode: ["values", "updates"],
      }),
    );
    expect(resumed.map((part) => [part.event, part.data])).toEqual([
      ["metadata", expect.objectContaining({ run_id: expect.any(String) })],
      ["values", { question: "ship it?", answer: null }],
      ["updates", { ask: { answer: "yes" } }],
      ["values", { question: "ship it?", answer: "yes" }],
    ]);
    expect((await threadState(threadId)).values).toEqual({ question: "ship it?", answer: "yes" });
    await expectThreadStatus(threadId, "idle");
  });

  it("v2: values and updates parts at the pause carry the interrupt in `interrupts`, marked interrupted", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "hitl", {
        input: { question: "deploy?" },
        streamMode: ["values", "updates"],
        version: "v2",
      }),
    );
    const interrupt = { id: expect.any(String), value: { question: "deploy?" } };
    expect(parts).toEqual([
      { type: "metadata", ns: [], data: expect.any(Object), interrupts: [] },
      { type: "values", ns: [], data: { question: "deploy?", answer: null }, interrupts: [] },
      // The server sends { __interrupt__ } in both modes; v2 moves it out of data in both.
      { type: "updates", ns: [], data: {}, interrupts: [interrupt], interrupted: true },
      { type: "values", ns: [], data: {}, interrupts: [interrupt], interrupted: true },
    ]);

    const resumed = await collect(
      client.runs.stream(threadId, "hitl", {
        command: { resume: "no" },
        streamMode: "values",
        version: "v2",
      }),
    );
    expect(resumed.at(-1)).toEqual({
      type: "values",
      ns: [],
      data: { question: "deploy?", answer: "no" },
      interrupts: [],
    });
  });

  it("wait: an interrupted run returns { __interrupt__: [...] }; wait with command.resume finishes it", async () => {
    const threadId = await newThread();
    const interrupted = await client.runs.wait(threadId, "hitl", { input: { question: "ok?" } });
    expect(interrupted).toEqual({
      __interrupt__: [{ id: expect.any(String), value: { question: "ok?" } }],
    });
    const done = await client.runs.wait(threadId, "hitl", { command: { resume: "yes" } });
    expect(done).toEqual({ question: "ok?", answer: "yes" });
  });
});

describe.concurrent("subgraph namespaces: streamSubgraphs on the nested graph", () => {
  it("v1: subgraph events are named `<mode>|child:<task id>`", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "nested", {
        input: {},
        streamMode: ["updates", "values"],
        streamSubgraphs: true,
      }),
    );
    const subgraph = parts.filter((part) => part.event.includes("|"));
    expect(subgraph.length).toBeGreaterThan(0);
    const namespaces = new Set(subgraph.map((part) => part.event.split("|")[1]));
    expect(namespaces.size).toBe(1);
    const [ns] = [...namespaces];
    expect(ns).toMatch(NS);
    // With stream_subgraphs the server adds lightweight `checkpoints` envelopes although
    // `checkpoints` was not requested; runwire drops them (see stream-part-types.test.ts).
    expect(parts.map((part) => part.event)).toEqual([
      "metadata",
      "updates",
      "values",
      `values|${ns}`,
      `updates|${ns}`,
      `values|${ns}`,
      "updates",
      "values",
      "updates",
      "values",
    ]);
    expect(parts.find((part) => part.event === `updates|${ns}`)?.data).toEqual({
      inner: { trail: ["inner"] },
    });
    // The subgraph returns its whole state, which the parent's list reducer appends again.
    expect(parts.at(-1)?.data).toEqual({ trail: ["before", "before", "inner", "after"] });
  });

  it("v2: subgraph parts have ns ['child:<task id>'], root parts ns []", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "nested", {
        input: {},
        streamMode: ["updates"],
        streamSubgraphs: true,
        version: "v2",
      }),
    );
    const updates = parts.filter((part) => part.type === "updates");
    expect(updates.map((part) => [part.ns.length, part.data])).toEqual([
      [0, { before: { trail: ["before"] } }],
      [1, { inner: { trail: ["inner"] } }],
      [0, { child: { trail: ["before", "inner"] } }],
      [0, { after: { trail: ["after"] } }],
    ]);
    expect(updates[1]?.ns[0]).toMatch(NS);
    for (const part of parts) expect(Array.isArray(part.ns)).toBe(true);
  });

  it("without streamSubgraphs there is no namespaced part", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "nested", { input: {}, streamMode: ["updates"] }),
    );
    expect(parts.map((part) => part.event)).toEqual(["metadata", "updates", "updates", "updates"]);
  });

  it("validateResponses (v2) accepts the subgraph stream", async () => {
    const validating = realClient({ validateResponses: true });
    try {
      const parts = await collect(
        validating.runs.stream(await newThread(), "nested", {
          input: {},
          streamMode: ["updates", "values", "checkpoints"],
          streamSubgraphs: true,
          version: "v2",
        }),
      );
      // Requested this time: the root's and the subgraph's checkpoints pass the schema.
      const checkpoints = parts.filter((part) => part.type === "checkpoints");
      expect(new Set(checkpoints.map((part) => part.ns.length))).toEqual(new Set([0, 1]));
    } finally {
      await validating.close();
    }
  });
});

describe.concurrent("error events: the error graph throws CustomError('Boo!')", () => {
  it("v1: the stream ends with an error part { error: 'CustomError', message: 'Boo!' }", async () => {
    const threadId = await newThread();
    const parts = await collect(
      client.runs.stream(threadId, "error", { input: {}, streamMode: ["values", "updates"] }),
    );
    expect(parts.map((part) => [part.event, part.data, part.id])).toEqual([
      ["metadata", expect.objectContaining({ run_id: expect.any(String) }), "0"],
      // The only node fails before any state is written: no values part precedes the error.
      ["error", { error: "CustomError", message: "Boo!" }, "1"],
    ]);
    const runId = runIdOf(parts[0]);
    expect((await client.runs.get(threadId, runId)).status).toBe("error");
    await expectThreadStatus(threadId, "error");
  });

  it("v2: an error part with ns []", async () => {
    const parts = await collect(
      client.runs.stream(null, "error", { input: {}, streamMode: "updates", version: "v2" }),
    );
    expect(parts.at(-1)).toEqual({
      type: "error",
      ns: [],
      data: { error: "CustomError", message: "Boo!" },
      interrupts: [],
    });
  });

  it("validateResponses accepts the error part", async () => {
    const validating = realClient({ validateResponses: true });
    try {
      const parts = await collect(
        validating.runs.stream(null, "error", { input: {}, version: "v2" }),
      );
      expect(parts.at(-1)?.type).toBe("error");
    } finally {
      await validating.close();
    }
  });
});
