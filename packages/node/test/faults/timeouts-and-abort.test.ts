/**
 * Idle timeouts and aborts over real sockets. `timeoutMs` bounds the wait for the response headers
 * and every gap between two body chunks (not the whole body: a slow drip that keeps moving is
 * fine); a total bound is the caller's signal. An abort during connect, during headers, mid-body
 * or during a backoff ends the call at once with the abort's reason, leaves no runwire timer
 * behind (`process.getActiveResourcesInfo()`) and no busy or pending connection in the undici
 * pool (`Agent.stats`).
 */
import {
  type BlackHole,
  type FaultServer,
  runEvents,
  startBlackHole,
  startFaultServer,
} from "@runwire/fault-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APITimeoutError } from "../../src/index";
import {
  activeTimers,
  collect,
  drain,
  eventually,
  expectIdlePool,
  expectNoExtraTimers,
  expectParts,
  faultClient,
  poolStats,
  rejectionOf,
  trackRunwireTimers,
} from "./support";

let server: FaultServer;
let hole: BlackHole;
beforeAll(async () => {
  server = await startFaultServer({ events: 20 });
  hole = await startBlackHole();
});
afterAll(async () => {
  await server?.close();
  await hole?.close();
});
beforeEach(() => {
  server.reset();
});

/**
 * Aborts `call` once `ready()` holds and expects: rejection with exactly the abort's reason, soon
 * after the abort; every timer runwire created for the call cleared, and the process's active
 * timers back to where they were.
 */
async function abortWhen(
  ready: () => boolean,
  call: (signal: AbortSignal) => Promise<unknown>,
  /** Waits out what the transport legitimately keeps after the abort (see the connect tests). */
  settle?: () => Promise<unknown>,
): Promise<void> {
  const timersBefore = activeTimers();
  const timers = trackRunwireTimers();
  const controller = new AbortController();
  const reason = new Error("the user gave up");
  const pending = rejectionOf(call(controller.signal));
  await eventually(() => (ready() ? true : undefined), "the moment to abort", 5_000);
  const abortedAt = performance.now();
  controller.abort(reason);
  const error = await pending;
  const elapsedMs = performance.now() - abortedAt;
  expect(error).toBe(reason);
  // A timing bound, kept on purpose: "at once" is the behaviour under test, and without it a call
  // that noticed the abort only when the competing event came (a 10 s stall, a 30 s Retry-After or
  // backoff, the 300 s idle timeout) would pass too, rejecting with the same reason. 1 s is
  // generous for a loaded machine and far below every one of those.
  expect(elapsedMs).toBeLessThan(1_000);
  // The call did start runwire timers (the headers timeout at least), and none is left.
  expect(timers.created()).toBeGreaterThan(0);
  await settle?.();
  expect(await timers.stop(), "runwire timers still alive").toEqual([]);
  await expectNoExtraTimers(timersBefore);
}

describe("idle timeout (timeoutMs)", () => {
  it("a stream that stalls mid-body ends with APITimeoutError after the idle time", async () => {
    const { client, agent, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      const timersBefore = activeTimers();
      const timers = trackRunwireTimers();
      // A stateless stream: no event ids, so nothing to resume with; the timeout surfaces.
      server.fault({ route: "stream" }, { stall: { at: 200, ms: 10_000 } });
      const started = performance.now();
      const { parts, error } = await drain(client.runs.stream(null, "agent"));
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(APITimeoutError);
      expect((error as APITimeoutError).message).toBe("Request timed out.");
      expect(parts.length).toBeGreaterThan(0);
      expectParts(parts, runEvents("run-1", parts.length, { ids: false }));
      // A lower bound (load only lengthens it, so it cannot fail spuriously): the idle timeout
      // did not fire before its 300 ms (timers may fire a few ms early by clock rounding).
      expect(elapsed).toBeGreaterThanOrEqual(295);
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      expect(server.requests[0]?.outcome).toBe("gone");
      expect(await timers.stop(), "runwire timers still alive").toEqual([]);
      await expectNoExtraTimers(timersBefore);
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("a JSON body that stalls mid-read → APITimeoutError; the headers had come, so no retry", async () => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      const run = await client.runs.create("t1", "agent");
      server.fault({ route: "get" }, { stall: { at: 30, ms: 10_000 } });
      await expect(client.runs.get("t1", run.run_id)).rejects.toBeInstanceOf(APITimeoutError);
      expect(server.received({ route: "get" })).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("a slow drip, one byte per write, takes longer than timeoutMs in total and still completes", async () => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "stream" }, { dripMs: 1 });
      const started = performance.now();
      const parts = await collect(
        client.runs.stream("t1", "agent", { input: { events: 8 }, streamResumable: true }),
      );
      const elapsed = performance.now() - started;
      expectParts(parts, runEvents("run-1", 8));
      const bytes = parts.length > 0 ? server.requests[0]?.outcome : undefined;
      expect(bytes).toBe("complete");
      // Every byte is its own write, at least 1 ms apart: the body took longer than the timeout.
      // A lower bound (load only lengthens it): it is what shows the timeout is per gap, not total.
      expect(elapsed).toBeGreaterThan(300);
      expect(server.received({ route: "join-stream" })).toEqual([]);
    } finally {
      await close();
    }
  });

  it("an endless stream of comments keeps the idle timer fed; the caller's signal is the total bound", async () => {
    const { client, agent, close } = faultClient(server.url, { timeoutMs: 400 });
    try {
      server.fault({ route: "stream" }, { endlessComments: { everyMs: 10, bytes: 32 } });
      const signal = AbortSignal.timeout(900);
      const parts: unknown[] = [];
      const error = await rejectionOf(
        (async () => {
          for await (const part of client.runs.stream(null, "agent", {
            input: { events: 5 },
            signal,
          })) {
            parts.push(part);
          }
        })(),
      );
      expect(error).toBe(signal.reason);
      expect((error as DOMException).name).toBe("TimeoutError");
      expectParts(parts, runEvents("run-1", 5, { ids: false }));
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });
});

describe("abort ends the call at once, with no timer and no busy connection left", () => {
  // Known undici 7 limit (nodejs/undici#386, fixed upstream only in later majors): a request
  // aborted while its socket is still connecting is settled at once (runwire races the abort),
  // but undici keeps that socket attempt, and so a pending request in its pool, until the
  // connect ends. The bound is the agent's connect timeout: asserted here with a short one.
  const CONNECT_TIMEOUT_MS = 300;

  it("during connect (a port that never accepts): runs.get", async () => {
    const { client, agent, close } = faultClient(hole.url, {}, CONNECT_TIMEOUT_MS);
    try {
      await abortWhen(
        () => (agent.stats[hole.url] as { pending?: number } | undefined)?.pending === 1,
        (signal) => client.runs.get("t1", "r1", { signal }),
        // undici's connect timer (created under the transport's call) lives until the connect
        // times out; the pool is idle after that.
        () => expectIdlePool(agent, hole.url, CONNECT_TIMEOUT_MS + 2_000),
      );
    } finally {
      await close();
    }
  });

  it("during connect: runs.stream", async () => {
    const { client, agent, close } = faultClient(hole.url, {}, CONNECT_TIMEOUT_MS);
    try {
      await abortWhen(
        () => (agent.stats[hole.url] as { pending?: number } | undefined)?.pending === 1,
        (signal) => collect(client.runs.stream("t1", "agent", { signal })),
        // undici's connect timer (created under the transport's call) lives until the connect
        // times out; the pool is idle after that.
        () => expectIdlePool(agent, hole.url, CONNECT_TIMEOUT_MS + 2_000),
      );
    } finally {
      await close();
    }
  });

  it("a POST aborted while connecting is never sent, even when the connection completes later", async () => {
    const late = await startBlackHole();
    const { client, agent, close } = faultClient(late.url);
    try {
      const controller = new AbortController();
      const pending = rejectionOf(client.runs.create("t1", "agent", { signal: controller.signal }));
      await eventually(
        () =>
          (agent.stats[late.url] as { pending?: number } | undefined)?.pending ? true : undefined,
        "the connect to start",
      );
      const reason = new Error("gave up while connecting");
      controller.abort(reason);
      expect(await pending).toBe(reason);
      // The port starts accepting: the client's SYN is answered on its next retransmission.
      late.release();
      await eventually(
        () =>
          agent.stats[late.url] === undefined || poolStats(agent, late.url).connected > 0
            ? true
            : undefined,
        "the late connection",
        5_000,
      );
      // A request not aborted does reach the port now (the recording works), the POST never did.
      await rejectionOf(client.runs.list("t1", { signal: AbortSignal.timeout(300) }));
      expect(late.received.join("")).toContain("GET /threads/t1/runs?limit=10&offset=0 HTTP/1.1");
      expect(late.received.join("")).not.toContain("POST");
    } finally {
      await close();
      await late.close();
    }
  });

  it("during headers (the server took the request and never answers): runs.stream", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { drop: "hang" });
      await abortWhen(
        () => server.requests.length === 1,
        (signal) => collect(client.runs.stream("t1", "agent", { signal })),
      );
      await expectIdlePool(agent, server.url);
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("during headers: runs.wait", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "wait" }, { drop: "hang" });
      await abortWhen(
        () => server.requests.length === 1,
        (signal) => client.runs.wait("t1", "agent", { signal }),
      );
      await expectIdlePool(agent, server.url);
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("mid-body: a stream read while the server stalls", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { stall: { at: 500, ms: 10_000 } });
      const parts: unknown[] = [];
      let stream: ReturnType<typeof client.runs.stream> | undefined;
      await abortWhen(
        () => parts.length >= 3,
        async (signal) => {
          stream = client.runs.stream("t1", "agent", { signal, streamResumable: true });
          for await (const part of stream) parts.push(part);
        },
      );
      expectParts(parts, runEvents("run-1", parts.length));
      await expectIdlePool(agent, server.url);
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      expect(server.requests[0]?.outcome).toBe("gone");
      // Aborted is final: no resume was attempted.
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("mid-body: a wait whose JSON stalls", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "wait" }, { stall: { at: 10, ms: 10_000 } });
      await abortWhen(
        () => server.requests.length === 1,
        (signal) => client.runs.wait("t1", "agent", { signal }),
      );
      await expectIdlePool(agent, server.url);
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("during a retry's Retry-After wait", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "list" }, { status: 429, headers: { "retry-after": "30" }, body: "" });
      await abortWhen(
        () => server.requests.length === 1 && server.requests[0]?.outcome === "complete",
        (signal) => client.runs.list("t1", { signal }),
      );
      await expectIdlePool(agent, server.url);
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("during a stream's resume backoff", async () => {
    const { client, agent, close } = faultClient(server.url, {
      streamResume: { initialDelayMs: 30_000, maxDelayMs: 30_000 },
    });
    try {
      server.fault({ route: "stream" }, { cutAt: 700 });
      await abortWhen(
        () => server.requests[0]?.outcome === "cut",
        (signal) => collect(client.runs.stream("t1", "agent", { signal, streamResumable: true })),
      );
      await expectIdlePool(agent, server.url);
      expect(server.received({ route: "join-stream" })).toEqual([]);
    } finally {
      await close();
    }
  });

  it("stream.abort() while a read waits on the body", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { stall: { at: 0, ms: 10_000 } });
      const timersBefore = activeTimers();
      const timers = trackRunwireTimers();
      const stream = client.runs.stream("t1", "agent", { streamResumable: true });
      const pending = rejectionOf(stream.next());
      await eventually(() => (server.requests.length === 1 ? true : undefined), "the request");
      const reason = new Error("closed by the user");
      stream.abort(reason);
      expect(await pending).toBe(reason);
      expect(await stream.next()).toEqual({ done: true, value: undefined });
      expect(await timers.stop(), "runwire timers still alive").toEqual([]);
      await expectNoExtraTimers(timersBefore);
      await expectIdlePool(agent, server.url);
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
    } finally {
      await close();
    }
  });
});
