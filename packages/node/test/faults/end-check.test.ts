/**
 * The end-of-stream status check against the real LangGraph server, through a backend-for-frontend
 * that exposes only `POST /threads/{id}/runs/stream` (docs/reliability.md, "The end-of-stream
 * check"): a check that cannot be made is one attempt and ends the stream as delivered; no check
 * where no resume is possible; a resumable run cut on a block boundary is still resumed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/index";
import { newThread, realClient, serverUrl } from "../integration/support";
import { type Refusal, startStreamOnlyProxy } from "./stream-only-proxy";
import { collect } from "./support";

const direct = realClient();
afterAll(() => direct.close());

type Delivered = { id: string | undefined; event: string; data: unknown };
const shape = (part: { id?: string | undefined; event: string; data: unknown }): Delivered => ({
  id: part.id,
  event: part.event,
  data: part.data,
});
const FINAL = { delay: 1, log: ["s1", "s2", "s3", "s4", "s5"] };

/** Streams a `slow` run through a stream-only proxy; returns the parts, the proxy's log, the replay. */
async function streamThrough(
  refuse: Refusal | null,
  options: { streamResumable?: boolean; endAfterBlocks?: number; delay?: number } = {},
) {
  const proxy = await startStreamOnlyProxy({
    target: serverUrl,
    refuse,
    ...(options.endAfterBlocks === undefined ? {} : { endAfterBlocks: options.endAfterBlocks }),
  });
  // Default retry settings: a retried status check would show as a second GET.
  const client = createClient({ apiUrl: proxy.url, apiKey: null });
  try {
    const threadId = await newThread();
    const runs: string[] = [];
    const parts = (
      await collect(
        client.runs.stream(threadId, "slow", {
          input: { delay: options.delay ?? 1 },
          streamMode: ["values", "updates"],
          streamResumable: options.streamResumable ?? false,
          // The proxy's cut must not cancel the run: it is resumed afterwards.
          onDisconnect: "continue",
          onRunCreated: ({ run_id }) => {
            runs.push(run_id);
          },
        }),
      )
    ).map(shape);
    const runId = runs[0] as string;
    return { threadId, runId, parts, requests: proxy.requests };
  } finally {
    await client.close();
    await proxy.close();
  }
}

describe("a backend-for-frontend that exposes only the stream route", () => {
  it.each([404, 405, 501, 503, "reset"] as const)(
    "the status check gets %s: one GET, no retry, and the stream ends with every event",
    async (refuse) => {
      const { threadId, runId, parts, requests } = await streamThrough(refuse, {
        streamResumable: true,
      });
      expect(parts.filter((part) => part.event === "values").at(-1)?.data).toEqual(FINAL);
      const replay = await collect(direct.runs.joinStream(threadId, runId, { lastEventId: "-1" }));
      expect(parts).toEqual(replay.map(shape));
      expect(requests).toEqual([
        `POST /threads/${threadId}/runs/stream`,
        `GET /threads/${threadId}/runs/${runId}`,
      ]);
    },
  );

  it.each([404, null] as const)(
    "a run that keeps no events (refusal %s): no status request at all",
    async (refuse) => {
      const { threadId, parts, requests } = await streamThrough(refuse);
      expect(parts.filter((part) => part.event === "values").at(-1)?.data).toEqual(FINAL);
      expect(parts.map((part) => part.id)).toEqual(parts.map((_, index) => String(index)));
      expect(requests).toEqual([`POST /threads/${threadId}/runs/stream`]);
    },
  );
});

describe("a resumable run whose stream ends in order on a block boundary while it runs", () => {
  it("is checked, found live, and resumed from the last event: delivered equals the replay", async () => {
    const { threadId, runId, parts, requests } = await streamThrough(null, {
      streamResumable: true,
      endAfterBlocks: 3,
      delay: 150,
    });
    const replay = await collect(direct.runs.joinStream(threadId, runId, { lastEventId: "-1" }));
    expect(parts).toEqual(replay.map(shape));
    expect(parts.filter((part) => part.event === "values").at(-1)?.data).toEqual({
      delay: 150,
      log: ["s1", "s2", "s3", "s4", "s5"],
    });
    expect(requests.slice(0, 3)).toEqual([
      `POST /threads/${threadId}/runs/stream`,
      `GET /threads/${threadId}/runs/${runId}`,
      `GET /threads/${threadId}/runs/${runId}/stream`,
    ]);
  });
});
