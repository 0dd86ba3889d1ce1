import { createHook } from "node:async_hooks";
import type { FaultServer } from "@runwire/fault-server";
import { Agent } from "undici";
import { expect } from "vitest";
import { createClient, type NodeClientConfig } from "../../src/index";

// Shared pieces of the fault-injection suite: a client on its own undici Agent (so its pool can be
// inspected), backoff short enough that retries and resumes wait milliseconds, and small helpers.

/** Backoff settings that keep retries and resumes in the millisecond range. */
const FAST_BACKOFF = {
  retry: { initialDelayMs: 5, maxDelayMs: 20 },
  streamResume: { initialDelayMs: 1, maxDelayMs: 5 },
} as const;

/** An Agent configured as runwire's own default one (undici's header/body timeouts off). */
function newAgent(connectTimeoutMs = 10_000): Agent {
  return new Agent({ connect: { timeout: connectTimeoutMs }, headersTimeout: 0, bodyTimeout: 0 });
}

/**
 * A client for `url` on an Agent the test owns (`dispatcher`), whose `stats` show the pool.
 * `close()` closes both; `destroy()` tears the agent down without waiting for requests.
 */
export function faultClient<State = Record<string, unknown>>(
  url: string,
  config: NodeClientConfig = {},
  connectTimeoutMs?: number,
) {
  const agent = newAgent(connectTimeoutMs);
  const client = createClient<State>({
    apiUrl: url,
    apiKey: null,
    dispatcher: agent,
    ...FAST_BACKOFF,
    ...config,
  });
  return {
    client,
    agent,
    async close() {
      await client.close();
      await agent.destroy();
    },
  };
}

/** Every part an iterable gives before it ends or fails, and the failure (undefined if none). */
export async function drain<T>(
  iterable: AsyncIterable<T>,
): Promise<{ parts: T[]; error: unknown }> {
  const parts: T[] = [];
  try {
    for await (const part of iterable) parts.push(part);
  } catch (error) {
    return { parts, error };
  }
  return { parts, error: undefined };
}

// The integration suite's own: one definition for both suites.
export { collect, rejectionOf } from "../integration/helpers";

/** Polls until `check` returns a value other than undefined (bounded). */
export async function eventually<T>(
  check: () => T | undefined,
  what: string,
  timeoutMs = 3_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface PoolStats {
  connected: number;
  free: number;
  pending: number;
  queued: number;
  running: number;
  size: number;
}

/** The agent's pool for `url`; undici drops a pool once its last socket closes (all 0). */
export function poolStats(agent: Agent, url: string): PoolStats {
  const stats = agent.stats[url] as PoolStats | undefined;
  return stats ?? { connected: 0, free: 0, pending: 0, queued: 0, running: 0, size: 0 };
}

/**
 * Expects the pool to settle (bounded) with no request running, pending or queued and every open
 * socket free; returns the stats last seen. A socket still connecting counts as pending.
 */
export async function expectIdlePool(agent: Agent, url: string, timeoutMs = 1_000) {
  const deadline = Date.now() + timeoutMs;
  let stats = poolStats(agent, url);
  const quiet = (s: PoolStats) =>
    s.running === 0 && s.pending === 0 && s.queued === 0 && s.size === 0 && s.free === s.connected;
  while (!quiet(stats) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    stats = poolStats(agent, url);
  }
  expect(stats, "undici pool after the call").toMatchObject({
    running: 0,
    pending: 0,
    queued: 0,
    size: 0,
  });
  expect(stats.free).toBe(stats.connected);
  return stats;
}

/** How many active (ref'd) timers the process has: `Timeout` entries of the resource list. */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
}

/**
 * Expects the process to have no more active timers than `before` (bounded wait: the test
 * runner's own short-lived timers come and go).
 */
export async function expectNoExtraTimers(before: number) {
  const deadline = Date.now() + 1_000;
  while (activeTimers() > before && Date.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(activeTimers(), "active timers (process.getActiveResourcesInfo)").toBeLessThanOrEqual(
    before,
  );
}

const RUNWIRE_SOURCE = /\/packages\/(core|node)\/src\//;

/**
 * Tracks the timers runwire's own code creates (a `setTimeout` called from packages/core/src or
 * packages/node/src, found by the creation stack) until `stop()`, which waits (bounded) for them
 * to be cleared or to fire and returns where each one still alive was created.
 */
export function trackRunwireTimers() {
  const alive = new Map<number, string>();
  let created = 0;
  const hook = createHook({
    init(asyncId, type) {
      if (type !== "Timeout") return;
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 50;
      const stack = new Error().stack ?? "";
      Error.stackTraceLimit = limit;
      const frame = stack.split("\n").find((line) => RUNWIRE_SOURCE.test(line));
      if (frame === undefined) return;
      created += 1;
      alive.set(asyncId, frame.trim());
    },
    destroy(asyncId) {
      alive.delete(asyncId);
    },
  });
  hook.enable();
  return {
    /** Timers runwire created so far. */
    created: () => created,
    async stop(): Promise<string[]> {
      const deadline = Date.now() + 500;
      while (alive.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      hook.disable();
      return [...alive.values()];
    },
  };
}

/** The requests of `server` as `[method, target, last-event-id]`, for exact trail assertions. */
export function trail(server: FaultServer): Array<[string, string, string | null]> {
  return server.requests.map((request) => {
    const lastEventId = request.headers["last-event-id"];
    return [request.method, request.target, typeof lastEventId === "string" ? lastEventId : null];
  });
}

const serialized = new WeakMap<readonly unknown[], string>();

/**
 * Exact equality of delivered parts with the expected sequence. Compared as JSON text first (a
 * deep `toEqual` over thousands of parts costs more than the stream itself); on a mismatch,
 * `toEqual` reports the difference.
 */
export function expectParts(actual: readonly unknown[], expected: readonly unknown[], label = "") {
  let text = serialized.get(expected);
  if (text === undefined) {
    text = JSON.stringify(expected);
    serialized.set(expected, text);
  }
  if (actual.length === expected.length && JSON.stringify(actual) === text) return;
  expect(actual.length, `${label}: number of parts`).toBe(expected.length);
  expect(actual, label).toEqual(expected);
}
