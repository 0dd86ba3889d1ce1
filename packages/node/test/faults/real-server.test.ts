/**
 * Against the real LangGraph server: a proxy from `@runwire/fault-server` sits between runwire
 * and the server and destroys the client's socket at a chosen byte of the run's first event
 * stream (a real broken connection, mid-run). runwire resumes through the run's join endpoint
 * with `Last-Event-ID`, and what it delivers is exactly the run's full record, replayed afterwards.
 */
import { type CuttingProxy, prng, startCuttingProxy } from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, createClient } from "../../src/index";
import { newThread, realClient, serverUrl } from "../integration/support";
import { collect } from "./support";

type Delivered = { id: string | undefined; event: string; data: unknown };
const shape = (part: { id?: string | undefined; event: string; data: unknown }): Delivered => ({
  id: part.id,
  event: part.event,
  data: part.data,
});

const STREAM_MODE = ["values", "updates", "tasks", "checkpoints"] as const;

let proxy: CuttingProxy;
/** Byte at which the next first event stream is cut (undefined: not cut). */
let nextCut: number | undefined;
const direct = realClient();

beforeAll(async () => {
  proxy = await startCuttingProxy({
    target: serverUrl,
    cut: (request, response) => {
      const isStream = response.headers["content-type"]?.startsWith("text/event-stream");
      if (request.method !== "POST" || !isStream || nextCut === undefined) return undefined;
      const cut = nextCut;
      nextCut = undefined;
      return cut;
    },
  });
});
afterAll(async () => {
  await proxy?.close();
  await direct.close();
});

async function streamThroughProxy(cut: number | undefined, streamResumable = true) {
  const threadId = await newThread();
  nextCut = cut;
  const before = proxy.requests.length;
  const client = createClient({
    apiUrl: proxy.url,
    apiKey: null,
    streamResume: { initialDelayMs: 5, maxDelayMs: 20 },
  });
  try {
    const runs: string[] = [];
    const delivered = (
      await collect(
        client.runs.stream(threadId, "slow", {
          input: { delay: 20 },
          streamMode: [...STREAM_MODE],
          streamResumable,
          onRunCreated: ({ run_id }) => {
            runs.push(run_id);
          },
        }),
      )
    ).map(shape);
    const runId = runs[0] as string;
    const replay = streamResumable
      ? (await collect(direct.runs.joinStream(threadId, runId, { lastEventId: "-1" }))).map(shape)
      : [];
    return { threadId, runId, delivered, replay, requests: proxy.requests.slice(before) };
  } finally {
    await client.close();
  }
}

describe("resume against the real LangGraph server, over a socket cut mid-run", () => {
  it("seeded cut points across the run's stream: delivered equals the replay, exactly", {
    timeout: 60_000,
  }, async () => {
    // An uncut run first, to learn how long the stream is.
    const whole = await streamThroughProxy(undefined);
    expect(whole.delivered).toEqual(whole.replay);
    const length = JSON.stringify(whole.replay).length;
    const random = prng(7);
    const cuts = [3, ...Array.from({ length: 3 }, () => 50 + Math.floor(random() * length * 0.6))];
    for (const cut of cuts) {
      const { threadId, runId, delivered, replay, requests } = await streamThroughProxy(cut);
      const label = `cut at byte ${cut}`;
      expect(requests[0]?.cutAfter, label).toBe(cut);
      expect(
        replay.map((part) => part.id),
        label,
      ).toEqual(replay.map((_, index) => String(index)));
      expect(replay.filter((part) => part.event === "values").at(-1)?.data, label).toEqual({
        delay: 20,
        log: ["s1", "s2", "s3", "s4", "s5"],
      });
      expect(delivered, label).toEqual(replay);
      const [post, resume] = requests;
      expect(post?.method, label).toBe("POST");
      expect(post?.target, label).toBe(`/threads/${threadId}/runs/stream`);
      expect(resume?.method, label).toBe("GET");
      expect(resume?.target, label).toBe(`/threads/${threadId}/runs/${runId}/stream`);
      expect(resume?.headers["last-event-id"], label).toMatch(/^(-1|\d+)$/);
      // One create: no request but the first was a POST.
      expect(
        requests.filter((request) => request.method === "POST"),
        label,
      ).toHaveLength(1);
    }
  });

  it("a run streamed without streamResumable, cut mid-run: every event, or an APIConnectionError; never a silent gap", {
    timeout: 60_000,
  }, async () => {
    // The server keeps no events of such a run to replay: a join after the cut only gets events
    // from then on. Resuming anyway would skip whatever came in between without telling anyone.
    const problems: string[] = [];
    for (const cut of [0, 400, 1_500]) {
      let outcome: Awaited<ReturnType<typeof streamThroughProxy>> | undefined;
      let error: unknown;
      try {
        outcome = await streamThroughProxy(cut, false);
      } catch (caught) {
        error = caught;
      }
      if (error !== undefined) {
        if (!APIConnectionError.isInstance(error)) problems.push(`cut ${cut}: ${String(error)}`);
        continue;
      }
      const ids = outcome?.delivered.map((part) => part.id) ?? [];
      const contiguous = ids.every((id, index) => id === String(index));
      const last = outcome?.delivered.filter((part) => part.event === "values").at(-1)?.data;
      const complete =
        JSON.stringify(last) === JSON.stringify({ delay: 20, log: ["s1", "s2", "s3", "s4", "s5"] });
      if (!contiguous || !complete) {
        problems.push(
          `cut ${cut}: the stream ended without an error, delivering ids ${ids.join(",")}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
