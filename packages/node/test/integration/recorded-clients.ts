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
  return { official, officialWire, runwire, runwireWire, close };
}
