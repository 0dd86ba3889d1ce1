import { createClient as createCoreClient } from "@runwire/core";
import { OfficialClient } from "@runwire/langgraph-test-server/official-sdk";
import type { Transport } from "../../src/index";
import { createUndiciTransport } from "../../src/undici-transport";
import { serverUrl } from "./support";

// The two clients of a differential test, on the one real server, each recording what it sends:
// the official JS SDK (1.15) through its `onRequest`, and runwire on its Node transport, recorded
// underneath it (what it hands to undici is what is sent). No automatic retries on either side: a
// failure is compared as it arrived.

/** One request as a client sent it. */
export interface Sent {
  method: string;
  /** Path and query. */
  target: string;
  body: unknown;
}

/** Both clients and their records; `close` releases runwire's client and its undici agent. */
export function recordedClients(options: { validateResponses?: boolean } = {}) {
  const officialWire: Sent[] = [];
  const official = new OfficialClient({
    apiUrl: serverUrl,
    apiKey: null,
    callerOptions: { maxRetries: 0 },
    onRequest: (url, init) => {
      officialWire.push({
        method: String(init.method ?? "GET"),
        target: `${url.pathname}${url.search}`,
        body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
      });
      return init;
    },
  });

  const runwireWire: Sent[] = [];
  const undici = createUndiciTransport();
  const recording: Transport = (request) => {
    const url = new URL(request.url);
    runwireWire.push({
      method: request.method,
      target: `${url.pathname}${url.search}`,
      body: request.body === undefined ? undefined : JSON.parse(request.body),
    });
    return undici.transport(request);
  };
  const runwire = createCoreClient({
    apiUrl: serverUrl,
    apiKey: null,
    transport: recording,
    maxRetries: 0,
    ...options,
  });
  const close = async () => {
    await runwire.close();
    await undici.close();
  };
  /** Calls both clients and returns both results with the requests each sent. */
  async function both<T, U>(
    viaOfficial: () => Promise<T>,
    viaRunwire: () => Promise<U>,
  ): Promise<{ official: T; runwire: U; officialSent: Sent[]; runwireSent: Sent[] }> {
    const officialStart = officialWire.length;
    const officialResult = await viaOfficial();
    const runwireStart = runwireWire.length;
    const runwireResult = await viaRunwire();
    return {
      official: officialResult,
      runwire: runwireResult,
      officialSent: officialWire.slice(officialStart),
      runwireSent: runwireWire.slice(runwireStart),
    };
  }
  return { official, officialWire, runwire, runwireWire, both, close };
}

/**
 * Drops the keys that differ by construction between two clients' records (their own ids and
 * timestamps), from a record or a list of them.
 */
export function withoutKeys(...keys: string[]): (value: unknown) => unknown {
  const volatile = new Set(keys);
  const stable = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stable);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !volatile.has(key)));
  };
  return stable;
}
