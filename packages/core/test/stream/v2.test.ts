/**
 * docs/spec/runs.md §6.D (cases 54-65): v1 → v2 conversion, through the client with `version: "v2"`
 * (stream and joinStream), so decoding, filtering and conversion are checked together.
 */
import { describe, expect, it } from "vitest";
import { collect, setup } from "../support/client";
import { sse } from "../support/memory-transport";

/** One SSE block per `[event, data]`; `undefined` data writes no data line. */
function blocks(events: ReadonlyArray<readonly [string, unknown]>): string {
  return events
    .map(([event, data]) =>
      data === undefined
        ? `event: ${event}\n\n`
        : `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
    )
    .join("");
}

const BREAKPOINT = { id: null, value: null, breakpoint: true };

async function streamV2(body: string): Promise<unknown[]> {
  const { client } = setup(() => sse(body));
  return collect(client.runs.stream(null, "a1", { version: "v2" }));
}

describe("v1 → v2 through the client (docs/spec/runs.md §6.D)", () => {
  it.each<[string, string, unknown, unknown[]]>([
    [
      "54: values",
      "values",
      { messages: [{ role: "user" }] },
      [{ type: "values", ns: [], data: { messages: [{ role: "user" }] }, interrupts: [] }],
    ],
    [
      "55: one namespace",
      "updates|sub:abc",
      { key: "val" },
      [{ type: "updates", ns: ["sub:abc"], data: { key: "val" }, interrupts: [] }],
    ],
    [
      "56: two namespaces",
      "custom|parent|child:123",
      "hello",
      [{ type: "custom", ns: ["parent", "child:123"], data: "hello", interrupts: [] }],
    ],
    ["57: end is skipped", "end", null, []],
    [
      "58: metadata",
      "metadata",
      { run_id: "abc-123" },
      [{ type: "metadata", ns: [], data: { run_id: "abc-123" }, interrupts: [] }],
    ],
    [
      "59: messages/partial",
      "messages/partial",
      [{ type: "ai", content: "hi" }],
      [
        {
          type: "messages/partial",
          ns: [],
          data: [{ type: "ai", content: "hi" }],
          interrupts: [],
        },
      ],
    ],
    [
      "60: __interrupt__ moves out of values data",
      "values",
      { messages: [{ role: "user" }], __interrupt__: [{ value: "confirm?", resumable: true }] },
      [
        {
          type: "values",
          ns: [],
          data: { messages: [{ role: "user" }] },
          interrupts: [{ value: "confirm?", resumable: true }],
          interrupted: true,
        },
      ],
    ],
    ["64: no event name", "", { a: 1 }, [{ type: "", ns: [], data: { a: 1 }, interrupts: [] }]],
    [
      // runwire departs from docs/spec/runs.md rule 4 here: a pause is never an empty or null list.
      "64: values| keeps an empty namespace; a null __interrupt__ is a breakpoint",
      "values|",
      { a: 1, __interrupt__: null },
      [{ type: "values", ns: [""], data: { a: 1 }, interrupts: [BREAKPOINT], interrupted: true }],
    ],
    [
      "interruptBefore/After: the empty __interrupt__ list becomes one breakpoint",
      "values",
      { __interrupt__: [] },
      [{ type: "values", ns: [], data: {}, interrupts: [BREAKPOINT], interrupted: true }],
    ],
    [
      "64: values with array data",
      "values",
      [1, 2],
      [{ type: "values", ns: [], data: [1, 2], interrupts: [] }],
    ],
    [
      "64: end|sub is kept",
      "end|sub",
      null,
      [{ type: "end", ns: ["sub"], data: null, interrupts: [] }],
    ],
    [
      "64: error",
      "error",
      { error: "X", message: "m" },
      [{ type: "error", ns: [], data: { error: "X", message: "m" }, interrupts: [] }],
    ],
    ["64: |a", "|a", 1, [{ type: "", ns: ["a"], data: 1, interrupts: [] }]],
    [
      // runwire departs from docs/spec/runs.md §2.14 here: an update's interrupt moves out too.
      "updates: __interrupt__ moves out of the data too",
      "updates",
      { __interrupt__: [{ value: 1 }] },
      [{ type: "updates", ns: [], data: {}, interrupts: [{ value: 1 }], interrupted: true }],
    ],
    [
      "updates at a breakpoint",
      "updates|child:1",
      { __interrupt__: [] },
      [{ type: "updates", ns: ["child:1"], data: {}, interrupts: [BREAKPOINT], interrupted: true }],
    ],
  ])("%s", async (_name, event, data, expected) => {
    const body = event === "" ? `data: ${JSON.stringify(data)}\n\n` : blocks([[event, data]]);
    const parts = await streamV2(body);
    expect(parts).toEqual(expected);
    // 63: every item has exactly the four keys, plus `interrupted` on a pause.
    for (const part of parts) {
      const keys = ["data", "interrupts", "ns", "type"];
      if ((part as { interrupted?: true }).interrupted) keys.push("interrupted");
      expect(Object.keys(part as object).sort()).toEqual(keys.sort());
    }
  });

  it("61: metadata, values, updates|sub, end → three items", async () => {
    const parts = await streamV2(
      blocks([
        ["metadata", { run_id: "r1" }],
        ["values", { messages: [{ role: "user", content: "hi" }] }],
        ["updates|sub:abc", { node: { out: 1 } }],
        ["end", undefined],
      ]),
    );
    expect(parts).toEqual([
      { type: "metadata", ns: [], data: { run_id: "r1" }, interrupts: [] },
      {
        type: "values",
        ns: [],
        data: { messages: [{ role: "user", content: "hi" }] },
        interrupts: [],
      },
      { type: "updates", ns: ["sub:abc"], data: { node: { out: 1 } }, interrupts: [] },
    ]);
  });

  it("62: metadata, values, end (data null) → two items", async () => {
    const parts = await streamV2(
      blocks([
        ["metadata", { run_id: "r1" }],
        ["values", { state: "full" }],
        ["end", null],
      ]),
    );
    expect(parts).toEqual([
      { type: "metadata", ns: [], data: { run_id: "r1" }, interrupts: [] },
      { type: "values", ns: [], data: { state: "full" }, interrupts: [] },
    ]);
  });

  it("65: a subgraph stream: only the subgraph parts have a namespace", async () => {
    const task = "conduct_research:112ad8d7-bbc3-68b9-5d81-cead45ae71fb";
    const events: Array<[string, unknown]> = [["metadata", { run_id: "r1", attempt: 1 }]];
    for (let step = 0; step < 4; step += 1) {
      events.push(["debug", { step, type: "task", payload: { id: `t${step}` } }]);
      events.push([`debug|${task}`, { step, type: "checkpoint", payload: { values: {} } }]);
      events.push([`values|${task}|inner:9`, { n: step, __interrupt__: [{ value: step }] }]);
    }
    events.push(["end", undefined]);
    const { client } = setup(() => sse(`: heartbeat\n\n${blocks(events)}`));
    const parts = await collect(
      client.runs.stream(null, "a1", {
        version: "v2",
        streamSubgraphs: true,
        streamMode: ["debug", "values"],
      }),
    );
    expect(parts).toHaveLength(13);
    expect(parts[0]).toEqual({
      type: "metadata",
      ns: [],
      data: { run_id: "r1", attempt: 1 },
      interrupts: [],
    });
    for (let step = 0; step < 4; step += 1) {
      expect(parts.slice(1 + step * 3, 4 + step * 3)).toEqual([
        {
          type: "debug",
          ns: [],
          data: { step, type: "task", payload: { id: `t${step}` } },
          interrupts: [],
        },
        {
          type: "debug",
          ns: [task],
          data: { step, type: "checkpoint", payload: { values: {} } },
          interrupts: [],
        },
        {
          type: "values",
          ns: [task, "inner:9"],
          data: { n: step },
          interrupts: [{ value: step }],
          interrupted: true,
        },
      ]);
    }
  });

  it("joinStream converts too, and v1 keeps the raw parts", async () => {
    const body = blocks([
      ["values", { a: 1, __interrupt__: [{ value: "x" }] }],
      ["end", undefined],
    ]);
    const v2 = setup(() => sse(body));
    expect(await collect(v2.client.runs.joinStream(null, "r1", { version: "v2" }))).toEqual([
      { type: "values", ns: [], data: { a: 1 }, interrupts: [{ value: "x" }], interrupted: true },
    ]);
    const v1 = setup(() => sse(body));
    expect(await collect(v1.client.runs.joinStream(null, "r1"))).toEqual([
      { event: "values", data: { a: 1, __interrupt__: [{ value: "x" }] } },
      { event: "end", data: null },
    ]);
  });
});
