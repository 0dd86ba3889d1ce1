// The example's worker run by workerd (the npm package's binary), built as `start` builds it
// (scripts/worker.ts, here with @runwire/edge bundled from source): the worker streams runs from
// the real LangGraph server with @runwire/edge and re-streams them as server-sent events. Then a
// worker of the test's own (test/verbs-worker.ts), built and run the same way, sends every verb
// through @runwire/edge's client methods from inside workerd.
import { join } from "node:path";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import {
  EXPECTED_ROUND_TRIP,
  expectEveryVerb,
  type ListeningVerbsRecorder,
  listenVerbsRecorder,
} from "@runwire/runtime-smoke/verbs-recorder";
import type { VerbOutcome } from "@runwire/runtime-smoke/verbs-round-trip";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningWorker, startWorker } from "../scripts/worker.ts";
import { sseBlocks } from "./sse-blocks.ts";

const CHAT_REPLY = "Tides are caused by the Moon's gravity pulling on the oceans.";

interface Received {
  readonly event: string;
  // biome-ignore lint/suspicious/noExplicitAny: parsed JSON, asserted field by field.
  readonly data: any;
  /** When the event reached this test (ms). */
  readonly at: number;
}

let worker: RunningWorker;

beforeAll(async () => {
  worker = await startWorker({
    langgraphUrl: inject("langgraphUrl"),
    plugins: [runwireFromSource()],
  });
});

afterAll(async () => {
  await worker?.stop();
});

async function streamFromWorker(query: string): Promise<Received[]> {
  const response = await fetch(`${worker.url}/stream?${query}`);
  expect(response.status, worker.logs()).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream");
  if (!response.body) throw new Error("the worker answered without a body");
  const received: Received[] = [];
  const blocks = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(sseBlocks());
  for await (const { event, data } of blocks) {
    received.push({ event, data: JSON.parse(data), at: performance.now() });
  }
  return received;
}

const tokens = (received: Received[]) =>
  received
    .filter((r) => r.event === "messages")
    .map((r) => String(r.data.data[0].content))
    .join("");

describe("examples/edge-worker in workerd", () => {
  it("streams a chat run and re-streams every part, then the final state", async () => {
    const received = await streamFromWorker("graph=chat&message=hello");
    const names = received.map((r) => r.event);

    expect(names[0]).toBe("metadata");
    expect(received[0]?.data.data.run_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(names.filter((n) => n === "messages").length).toBeGreaterThan(10);
    expect(tokens(received)).toBe(CHAT_REPLY);
    // Each re-streamed part is the v2 part as runwire typed it.
    for (const r of received.slice(0, -1)) {
      expect(r.data).toMatchObject({ type: r.event, ns: [] });
    }
    const final = received.filter((r) => r.event === "values").at(-1)?.data.data;
    expect(final.messages.map((m: { type: string }) => m.type)).toEqual(["human", "ai"]);
    expect(final.messages[0].content).toBe("hello");
    expect(final.messages[1].content).toBe(CHAT_REPLY);
    expect(received.at(-1)).toMatchObject({ event: "end", data: { parts: received.length - 1 } });
  });

  it("passes tokens on as they arrive, not once the run is over", async () => {
    // The story graph's model sleeps 25 ms per token (well over 100 tokens): a worker that
    // buffered would deliver them all at once, at the end.
    const received = await streamFromWorker("graph=story");
    const messageTimes = received.filter((r) => r.event === "messages").map((r) => r.at);
    expect(messageTimes.length).toBeGreaterThan(100);
    // A lower bound (load only stretches it): buffered tokens would all arrive at one moment.
    expect((messageTimes.at(-1) ?? 0) - (messageTimes[0] ?? 0)).toBeGreaterThan(1_000);
    expect(tokens(received)).toMatch(/^Tides come from the Moon's gravity: .* twice a day\.$/);
    expect(received.at(-1)?.event).toBe("end");
  });

  it("answers with runwire's typed error when the run cannot start", async () => {
    const response = await fetch(`${worker.url}/stream?graph=no-such-graph`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { name: "NotFoundError" } });
  });

  it("re-streams a failing graph's error part", async () => {
    const received = await streamFromWorker("graph=error");
    expect(received.map((r) => r.event)).toEqual(["metadata", "error", "end"]);
    expect(received[1]?.data.data).toEqual({ error: "CustomError", message: "Boo!" });
  });

  it("survives a caller hanging up mid-stream (the worker aborts its run stream)", async () => {
    const controller = new AbortController();
    const response = await fetch(`${worker.url}/stream?graph=story`, {
      signal: controller.signal,
    });
    if (!response.body) throw new Error("the worker answered without a body");
    const reader = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(sseBlocks())
      .getReader();
    let first = await reader.read();
    while (!first.done && first.value.event !== "messages") first = await reader.read();
    expect(first.value?.event).toBe("messages");
    controller.abort();
    await reader.cancel().catch(() => {});
    // The worker keeps serving.
    const received = await streamFromWorker("graph=chat");
    expect(tokens(received)).toBe(CHAT_REPLY);
  });

  it("logged nothing: no uncaught error, no warning", () => {
    expect(worker.logs()).toBe("");
  });
});

describe("every verb from workerd, through @runwire/edge's client methods", () => {
  // The server the worker's client calls, answering as LangGraph would and recording each call.
  let recorder: ListeningVerbsRecorder;
  let verbsWorker: RunningWorker;

  beforeAll(async () => {
    recorder = await listenVerbsRecorder();
    verbsWorker = await startWorker({
      langgraphUrl: inject("langgraphUrl"),
      plugins: [runwireFromSource()],
      entry: join(import.meta.dirname, "verbs-worker.ts"),
    });
  });

  afterAll(async () => {
    await verbsWorker?.stop();
    await recorder?.close();
  });

  async function askWorker(path: string, to: string): Promise<unknown> {
    const response = await fetch(`${verbsWorker.url}${path}?to=${encodeURIComponent(to)}`);
    const answer: unknown = await response.json();
    expect(response.status, `${JSON.stringify(answer)}\n${verbsWorker.logs()}`).toBe(200);
    return answer;
  }

  it("reaches a local server with its method, body bytes, content type and length", async () => {
    const outcomes = (await askWorker("/verbs/to-recorder", recorder.apiUrl)) as VerbOutcome[];
    expectEveryVerb(outcomes, recorder.received);
  });

  it("does each verb's work on the real LangGraph server", async () => {
    expect(await askWorker("/verbs/to-langgraph", inject("langgraphUrl"))).toEqual(
      EXPECTED_ROUND_TRIP,
    );
  });

  it("logged nothing", () => {
    expect(verbsWorker.logs()).toBe("");
  });
});
