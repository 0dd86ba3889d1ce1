import { type ClientConfig, createClient } from "../../src/index";
import { type Handler, memoryTransport } from "./memory-transport";

/**
 * A client on the in-memory transport, with the base URL the spec's cases use and backoff short
 * enough that retry and resume tests wait milliseconds, not seconds.
 */
export function setup(handler: Handler, config: ClientConfig = {}) {
  const memory = memoryTransport(handler);
  const client = createClient({
    apiUrl: "https://example.com/api",
    apiKey: null,
    transport: memory.transport,
    retry: { initialDelayMs: 1, maxDelayMs: 2 },
    streamResume: { initialDelayMs: 1, maxDelayMs: 2 },
    ...config,
  });
  return { client, ...memory };
}

/** Collects every part of an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const parts: T[] = [];
  for await (const part of iterable) parts.push(part);
  return parts;
}

/** Runs `action`, expecting it to reject, and returns the error. */
export async function rejection(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
