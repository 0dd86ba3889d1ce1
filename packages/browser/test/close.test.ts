// client.close() on the browser client, through ky over Node's fetch, against the real LangGraph
// server: the same semantics as every runtime's client (core's), here with the ky transport.
import { describe, expect, inject, it } from "vitest";
import { ClientClosedError, createClient } from "../src/index";

const RUNTIME = "ky on Node's fetch";
const apiUrl = inject("langgraphUrl");

async function newThread(): Promise<string> {
  const response = await fetch(`${apiUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return ((await response.json()) as { thread_id: string }).thread_id;
}

/** The run's status once it has ended, read by a client of its own (bounded polling). */
async function finalStatus(threadId: string, runId: string): Promise<string> {
  const observer = createClient({ apiUrl, apiKey: null });
  for (let polls = 0; polls < 500; polls += 1) {
    const { status } = await observer.runs.get(threadId, runId);
    if (status !== "pending" && status !== "running") return status;
    // The server's worker moves runs on every 0-1 s: there is no event to await for this.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`run ${runId} did not end`);
}

/** The rejection of `promise` (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe.concurrent(`client.close() (${RUNTIME})`, () => {
  it("with a reader paused mid-stream: resolves, the read rejects, the server cancels the run", async () => {
    const client = createClient({ apiUrl, apiKey: null });
    const threadId = await newThread();
    const stream = client.runs.stream(threadId, "slow", {
      input: { delay: 1_000 },
      streamMode: "updates",
      onDisconnect: "cancel",
    });
    const iterator = stream[Symbol.asyncIterator]();
    const metadata = await iterator.next();
    const runId = (metadata.value?.data as { run_id: string } | undefined)?.run_id ?? "";
    expect((await iterator.next()).value).toMatchObject({ event: "updates" });
    // Paused here, four nodes of the run to go.
    await client.close();
    expect(await rejectionOf(iterator.next())).toBeInstanceOf(ClientClosedError);
    expect(await finalStatus(threadId, runId)).toBe("interrupted");
  });

  it("refuses calls made afterwards before sending; `await using` closes too", async () => {
    const threadId = await newThread();
    let escaped: ReturnType<typeof createClient> | undefined;
    {
      await using client = createClient({ apiUrl, apiKey: null });
      escaped = client;
      expect(await client.runs.list(threadId)).toEqual([]);
    }
    expect(await rejectionOf(escaped.runs.list(threadId))).toBeInstanceOf(ClientClosedError);
    expect(() => escaped.runs.stream(threadId, "echo", { input: {} })).toThrow(ClientClosedError);
    await expect(escaped.close()).resolves.toBeUndefined();
  });
});
