import { Agent } from "undici";
import { describe, expect, it } from "vitest";
import { APIConnectionError, ClientClosedError, createClient, RunwireError } from "../../src/index";
import { createUndiciTransport } from "../../src/undici-transport";
import { collect, eventually, human, rejectionOf } from "./helpers";
import { newThread, realClient, serverUrl } from "./support";

// Sockets are counted with undici's own pool statistics: the client is given an Agent the test
// owns (`dispatcher`), whose `stats[origin]` says how many connections are open, busy or free.

interface PoolStats {
  connected: number;
  free: number;
  pending: number;
  running: number;
  size: number;
}

/** The agent's pool for the server; undici drops a pool once its last socket closes (all 0). */
function poolStats(agent: Agent): PoolStats {
  const stats = agent.stats[serverUrl] as PoolStats | undefined;
  return stats ?? { connected: 0, free: 0, pending: 0, running: 0, size: 0 };
}

/**
 * Waits (bounded) until no request is in flight and every open socket is free, and returns the
 * stats. (undici marks a socket free again on its next `drain`, a tick after the response ends.)
 */
function idle(agent: Agent) {
  return eventually(() => {
    const stats = poolStats(agent);
    const quiet = stats.running === 0 && stats.pending === 0 && stats.size === 0;
    return quiet && stats.free === stats.connected ? stats : undefined;
  }, "an idle connection pool");
}

describe.concurrent("connections (undici)", () => {
  it("a stream read to its end leaves no busy connection; its socket is kept for reuse", async () => {
    const agent = new Agent();
    const client = createClient({ apiUrl: serverUrl, apiKey: null, dispatcher: agent });
    try {
      const threadId = await newThread();
      const parts = await collect(client.runs.stream(threadId, "echo", { input: human("hi") }));
      expect(parts.at(-1)?.event).toBe("values");
      const stats = await idle(agent);
      expect(stats.connected).toBeGreaterThanOrEqual(1);
      // The sockets are reusable: another request opens no new one.
      await client.runs.list(threadId);
      expect((await idle(agent)).connected).toBe(stats.connected);
    } finally {
      await client.close();
      // A caller's dispatcher is the caller's: close() leaves it open.
      expect(agent.closed).toBe(false);
      await agent.close();
    }
  });

  it("a stream left early (break) releases its connection", async () => {
    const agent = new Agent();
    const client = createClient({ apiUrl: serverUrl, apiKey: null, dispatcher: agent });
    try {
      const threadId = await newThread();
      const seen: string[] = [];
      for await (const part of client.runs.stream(threadId, "slow", {
        input: { delay: 200 },
        streamMode: "updates",
      })) {
        seen.push(part.event);
        if (part.event === "updates") break;
      }
      expect(seen).toEqual(["metadata", "updates"]);
      await idle(agent);
    } finally {
      await client.close();
      await agent.close();
    }
  });

  it("an aborted stream rejects its pending read and releases its connection", async () => {
    const agent = new Agent();
    const client = createClient({ apiUrl: serverUrl, apiKey: null, dispatcher: agent });
    try {
      const threadId = await newThread();
      const stream = client.runs.stream(threadId, "slow", {
        input: { delay: 300 },
        streamMode: "updates",
      });
      const iterator = stream[Symbol.asyncIterator]();
      expect((await iterator.next()).value?.event).toBe("metadata");
      // The next part is ~300 ms away: abort while the read is pending.
      const pending = iterator.next();
      expect(poolStats(agent).running).toBe(1);
      stream.abort(new Error("user gave up"));
      const error = await rejectionOf(pending);
      expect((error as Error).message).toBe("user gave up");
      await idle(agent);
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    } finally {
      await client.close();
      await agent.close();
    }
  });

  it("an abort signal given to stream() ends it the same way", async () => {
    const agent = new Agent();
    const client = createClient({ apiUrl: serverUrl, apiKey: null, dispatcher: agent });
    try {
      const controller = new AbortController();
      const threadId = await newThread();
      const seen: string[] = [];
      const error = await rejectionOf(
        (async () => {
          for await (const part of client.runs.stream(threadId, "slow", {
            input: { delay: 300 },
            streamMode: "updates",
            signal: controller.signal,
          })) {
            seen.push(part.event);
            controller.abort(new Error("signal fired"));
          }
        })(),
      );
      expect(seen).toEqual(["metadata"]);
      expect((error as Error).message).toBe("signal fired");
      await idle(agent);
    } finally {
      await client.close();
      await agent.close();
    }
  });

  it("client.close() during an in-flight wait rejects it and releases its connection", async () => {
    // (The LangGraph JS server ignores `on_disconnect` for wait, so the run itself goes on; what
    // close() owes is the rejection and the socket.)
    const agent = new Agent();
    const client = createClient({ apiUrl: serverUrl, apiKey: null, dispatcher: agent });
    try {
      const threadId = await newThread();
      let created: () => void = () => {};
      const headersArrived = new Promise<void>((resolve) => {
        created = resolve;
      });
      const waiting = rejectionOf(
        client.runs.wait(threadId, "slow", {
          input: { delay: 1_000 },
          onRunCreated: () => created(),
        }),
      );
      // The response has started; the wait now reads its body until the run ends (~5 s).
      await headersArrived;
      expect(poolStats(agent).running).toBe(1);
      await client.close();
      expect(await waiting).toBeInstanceOf(ClientClosedError);
      await idle(agent);
    } finally {
      await agent.close();
    }
  });

  it("client.close() releases its own agent: later requests fail at once, unsent", async () => {
    // Default retries: a closed client is a permanent state, so it is a RunwireError (not a
    // connection error), and the GET is neither sent nor retried.
    const requests: string[] = [];
    const client = realClient({
      onRequest: (url) => {
        requests.push(url.pathname);
        return undefined;
      },
    });
    const threadId = await newThread();
    expect(await client.runs.list(threadId)).toEqual([]);
    await client.close();
    const error = await rejectionOf(client.runs.list(threadId));
    expect(error).toBeInstanceOf(RunwireError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as RunwireError).message).toBe(
      "This client is closed; nothing was sent. Create a new client to send more requests.",
    );
    expect(requests).toHaveLength(1);
  });

  it("client.close() is safe to call twice (as its doc comment promises)", async () => {
    const client = realClient();
    await client.runs.list(await newThread());
    await client.close();
    await expect(client.close()).resolves.toBeUndefined();
  });

  it("the transport's close() leaves a caller's dispatcher open", async () => {
    const agent = new Agent();
    const undici = createUndiciTransport({ dispatcher: agent });
    expect(undici.dispatcher).toBe(agent);
    await undici.close();
    await undici.close();
    expect(agent.closed).toBe(false);
    await agent.close();
  });
});
