import type { RecordedRequest } from "../support/memory-transport";

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

/** `METHOD path` of each request, in order. */
export function trail(requests: readonly RecordedRequest[]): string[] {
  return requests.map((request) => `${request.method} ${request.url.pathname}`);
}

/** What a request looked like on the wire, in a form `toEqual` can compare. */
export function wire(request: RecordedRequest | undefined) {
  if (!request) return undefined;
  return {
    method: request.method,
    url: request.rawUrl,
    lastEventId: request.headers.get("last-event-id"),
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
    body: request.body,
  };
}

/** A promise that never settles: a stalled connection. */
export const never = (): Promise<never> => new Promise<never>(() => {});

/**
 * Lets pending promise callbacks run until `condition` holds, without waiting on any timer.
 * Fails if it does not hold after `rounds` microtask turns.
 */
export async function untilSettled(condition: () => boolean, rounds = 1_000): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (condition()) return;
    await Promise.resolve();
  }
  throw new Error("condition not met after the pending callbacks ran");
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
