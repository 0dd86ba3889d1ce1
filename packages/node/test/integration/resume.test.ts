import { createClient as createCoreClient } from "@runwire/core";
import { afterAll, describe, expect, it } from "vitest";
import { APIConnectionError, type Transport, type TransportRequest } from "../../src/index";
import { createUndiciTransport } from "../../src/undici-transport";
import { collect } from "./helpers";
import { newThread, realClient, serverUrl } from "./support";

// A dropped connection, made on purpose: a transport around runwire's undici transport whose
// first event-stream body is cut (the ReadableStream errors, the socket is destroyed) in the
// middle of a chunk, after `chunks` whole chunks went through. Every request is recorded.

interface Sent {
  method: string;
  path: string;
  lastEventId: string | null;
}

function cuttingClient(chunks: number) {
  const undici = createUndiciTransport();
  const sent: Sent[] = [];
  let cuts = 0;
  const transport: Transport = async (request: TransportRequest) => {
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      path: `${url.pathname}${url.search}`,
      lastEventId: request.headers.get("last-event-id"),
    });
    const response = await undici.transport(request);
    const isEventStream = response.headers.get("content-type")?.startsWith("text/event-stream");
    if (!isEventStream || cuts > 0 || response.body === null) return response;
    cuts += 1;
    return { ...response, body: cutAfter(response.body, chunks) };
  };
  const client = createCoreClient({
    apiUrl: serverUrl,
    apiKey: null,
    transport,
    streamResume: { initialDelayMs: 10, maxDelayMs: 50 },
  });
  return { client, sent, cuts: () => cuts, close: () => undici.close() };
}

/** Passes `chunks` chunks and half of the next one, then errors as a broken connection would. */
function cutAfter(body: ReadableStream<Uint8Array>, chunks: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let passed = 0;
  let cut = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (cut) {
        await reader.cancel().catch(() => {});
        controller.error(new TypeError("terminated: the test cut the connection"));
        return;
      }
      const { value, done } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      if (passed < chunks) {
        passed += 1;
        controller.enqueue(value);
        return;
      }
      // Half a chunk: the decoder holds a partial event when the connection breaks.
      cut = true;
      controller.enqueue(value.subarray(0, Math.max(1, Math.floor(value.byteLength / 2))));
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

type Delivered = { id: string | undefined; event: string; data: unknown };
const shape = (part: { id?: string | undefined; event: string; data: unknown }): Delivered => ({
  id: part.id,
  event: part.event,
  data: part.data,
});

const replayClient = realClient();
afterAll(() => replayClient.close());

describe.concurrent("resuming a dropped stream (streamResumable: true)", () => {
  it("runs.stream: cut mid-event, resumed with Last-Event-ID; nothing lost or repeated", async () => {
    const threadId = await newThread();
    const cutting = cuttingClient(3);
    try {
      const runs: string[] = [];
      const delivered = (
        await collect(
          cutting.client.runs.stream(threadId, "slow", {
            input: { delay: 100 },
            streamMode: ["values", "updates", "tasks", "checkpoints"],
            streamResumable: true,
            onRunCreated: ({ run_id }) => {
              runs.push(run_id);
            },
          }),
        )
      ).map(shape);
      expect(cutting.cuts()).toBe(1);
      const runId = runs[0] as string;

      // The run's full record, replayed once it is over.
      const replay = (
        await collect(replayClient.runs.joinStream(threadId, runId, { lastEventId: "-1" }))
      ).map(shape);
      expect(replay.map((part) => part.id)).toEqual(replay.map((_, index) => String(index)));
      expect(replay.filter((part) => part.event === "values").at(-1)?.data).toEqual({
        delay: 100,
        log: ["s1", "s2", "s3", "s4", "s5"],
      });

      // What runwire delivered across the two connections is exactly the replay.
      expect(delivered).toEqual(replay);
      expect(new Set(delivered.map((part) => part.id)).size).toBe(delivered.length);

      // The resume: a GET to the run's join stream with the last id delivered before the cut.
      const [post, resume, ...rest] = cutting.sent;
      expect(post).toEqual({
        method: "POST",
        path: `/threads/${threadId}/runs/stream`,
        lastEventId: null,
      });
      expect(resume?.method).toBe("GET");
      expect(resume?.path).toBe(`/threads/${threadId}/runs/${runId}/stream`);
      const cursor = Number(resume?.lastEventId);
      expect(Number.isInteger(cursor)).toBe(true);
      expect(cursor).toBeGreaterThanOrEqual(0);
      expect(cursor).toBeLessThan(replay.length - 1);
      // Before the cut the ids 0..cursor arrived; the resumed connection gave the rest.
      expect(delivered.findIndex((part) => part.id === String(cursor))).toBe(cursor);
      // After the resumed stream ended, runwire checked that the run was over.
      expect(rest).toEqual([
        { method: "GET", path: `/threads/${threadId}/runs/${runId}`, lastEventId: null },
      ]);
    } finally {
      await cutting.close();
    }
  });

  it("runs.joinStream: a cut join is resumed from its own cursor, not from the caller's '-1'", async () => {
    const threadId = await newThread();
    const run = await replayClient.runs.create(threadId, "slow", {
      input: { delay: 60 },
      streamMode: ["updates", "values"],
      streamResumable: true,
    });
    const cutting = cuttingClient(2);
    try {
      const delivered = (
        await collect(cutting.client.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" }))
      ).map(shape);
      expect(cutting.cuts()).toBe(1);
      const replay = (
        await collect(replayClient.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" }))
      ).map(shape);
      expect(delivered).toEqual(replay);
      expect(replay.map((part) => part.id)).toEqual(replay.map((_, index) => String(index)));
      const joins = cutting.sent.filter((request) => request.path.endsWith("/stream"));
      expect(joins).toHaveLength(2);
      expect(joins[0]?.lastEventId).toBe("-1");
      expect(joins[1]?.path).toBe(`/threads/${threadId}/runs/${run.run_id}/stream`);
      expect(Number(joins[1]?.lastEventId)).toBeGreaterThanOrEqual(0);
    } finally {
      await cutting.close();
    }
  });

  it("a stateless stream has no event ids: a cut cannot be resumed and surfaces as APIConnectionError", async () => {
    const cutting = cuttingClient(1);
    try {
      const parts: string[] = [];
      let failure: unknown;
      try {
        for await (const part of cutting.client.runs.stream(null, "slow", {
          input: { delay: 50 },
          streamMode: "updates",
          streamResumable: true,
        })) {
          parts.push(part.event);
        }
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(APIConnectionError);
      // Whatever arrived before the cut was delivered, in order, from the start of the run.
      expect(
        ["metadata", "updates", "updates", "updates", "updates", "updates"].slice(0, parts.length),
      ).toEqual(parts);
      // No resume was attempted: there is no id to resume from and no Location.
      expect(cutting.sent.map((request) => request.path)).toEqual(["/runs/stream"]);
    } finally {
      await cutting.close();
    }
  });
});
