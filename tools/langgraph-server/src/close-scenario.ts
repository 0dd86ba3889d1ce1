// client.close() against the real LangGraph server, as every runtime's client must behave (the
// semantics are core's; each package runs them over its own transport): a reader paused
// mid-stream does not keep the client open, the server sees the client leave and cancels the
// run, and nothing is sent afterwards. No timing is asserted: each test awaits the events
// themselves (close() resolving at all, the read's rejection, the run's final status).
import { describe, expect, inject, it } from "vitest";

/** The part of a runwire client the scenario uses (each package's `Client` has it). */
export interface ClosableClient {
  readonly runs: {
    stream(
      threadId: string,
      assistantId: string,
      options: { input: Record<string, unknown>; streamMode?: "updates"; onDisconnect?: "cancel" },
    ): AsyncIterable<{ event: string; data: unknown }>;
    get(threadId: string, runId: string): Promise<{ status: string }>;
    join(threadId: string, runId: string): Promise<unknown>;
    list(threadId: string): Promise<unknown[]>;
  };
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface CloseScenarioOptions<Client extends ClosableClient> {
  /** Named in the suite's title, e.g. "ky on Node's fetch". */
  readonly runtime: string;
  /** The package's own `createClient`. */
  readonly createClient: (config: { apiUrl: string; apiKey: null }) => Client;
  /** The package's `ClientClosedError`. */
  readonly ClientClosedError: abstract new (
    ...args: never[]
  ) => Error;
}

/**
 * Declares the client.close() suite for one runtime's client.
 *
 * @example
 * describeClientClose({ runtime: "Node's fetch", createClient, ClientClosedError });
 */
export function describeClientClose<Client extends ClosableClient>({
  runtime,
  createClient,
  ClientClosedError,
}: CloseScenarioOptions<Client>): void {
  const apiUrl = inject("langgraphUrl");
  const newClient = () => createClient({ apiUrl, apiKey: null });

  /** The run's status once it has ended, read by a client of its own. */
  async function finalStatus(threadId: string, runId: string): Promise<string> {
    const observer = newClient();
    try {
      // The join endpoint answers when the run ends, whatever its outcome (a failed run's join
      // rejects with RunError): then its status is final.
      await observer.runs.join(threadId, runId).catch(() => {});
      return (await observer.runs.get(threadId, runId)).status;
    } finally {
      await observer.close();
    }
  }

  describe.concurrent(`client.close() (${runtime})`, () => {
    it("with a reader paused mid-stream: resolves, the read rejects, the server cancels the run", async () => {
      const client = newClient();
      const threadId = await newThread(apiUrl);
      const stream = client.runs.stream(threadId, "slow", {
        input: { delay: 1_000 },
        streamMode: "updates",
        onDisconnect: "cancel",
      });
      const iterator = stream[Symbol.asyncIterator]();
      const metadata = await iterator.next();
      const runId = (metadata.value?.data as { run_id?: string } | undefined)?.run_id ?? "";
      expect((await iterator.next()).value).toMatchObject({ event: "updates" });
      // The reader pauses here, with four nodes (~4 s) of the run to go.
      await client.close();
      const error = await rejectionOf(iterator.next());
      expect(error).toBeInstanceOf(ClientClosedError);
      expect((error as Error).message).toBe(
        "The client was closed while this request or stream was open.",
      );
      // The socket was closed: the server cancelled the run (`onDisconnect: "cancel"`) rather
      // than running it to success for a reader that is gone.
      expect(await finalStatus(threadId, runId)).toBe("interrupted");
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    });

    it("refuses calls made afterwards before sending; `await using` closes too", async () => {
      const threadId = await newThread(apiUrl);
      let escaped: Client | undefined;
      {
        await using client = newClient();
        escaped = client;
        expect(await client.runs.list(threadId)).toEqual([]);
      }
      expect(await rejectionOf(escaped.runs.list(threadId))).toBeInstanceOf(ClientClosedError);
      expect(() => escaped.runs.stream(threadId, "echo", { input: {} })).toThrow(ClientClosedError);
      await expect(escaped.close()).resolves.toBeUndefined();
    });
  });
}

/** A new thread, made with a plain request (runwire covers the runs API only). */
async function newThread(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return ((await response.json()) as { thread_id: string }).thread_id;
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
