// The Node side of verbs-round-trip: a request handler that answers the calls of `sendEveryVerb`
// as the LangGraph server would and records each as it arrived, and the assertions on them. A
// test mounts the handler on a server of its own (the page's origin in Chromium) or starts one
// (`listenVerbsRecorder`, for workerd, Bun and Deno).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import {
  type LangGraphRoundTrip,
  RECORDER_PATH,
  ROUND_TRIP_NAME,
  ROUND_TRIP_NOTE,
  THIS_RUN,
  VERB_CASES,
  type VerbOutcome,
} from "./verbs-round-trip.ts";

/** A request as the recorder received it. */
export interface ReceivedVerb {
  readonly method: string;
  /** The request-target as sent: path and query. */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

/** The recorder's handler and what it received so far. */
export interface VerbsRecorder {
  readonly received: ReceivedVerb[];
  /** Takes a request under `RECORDER_PATH`; false for any other, for the server to answer. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
}

/**
 * Records the requests under `RECORDER_PATH`, answering each with its `VERB_CASES` answer (found
 * by method and request-target); one no case names is answered 404, as the server answers an
 * unknown route.
 */
export function verbsRecorder(): VerbsRecorder {
  const received: ReceivedVerb[] = [];
  return {
    received,
    handle(request, response) {
      if (!request.url?.startsWith(`${RECORDER_PATH}/`)) return false;
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const { method = "", url = "", headers } = request;
        received.push({ method, url, headers, body: Buffer.concat(chunks) });
        const verbCase = VERB_CASES.find(
          (c) => c.method === method && `${RECORDER_PATH}${c.path}` === url,
        );
        if (verbCase === undefined) {
          response.writeHead(404, { "content-type": "text/plain;charset=UTF-8" }).end("Not Found");
        } else if (verbCase.answer.json === undefined) {
          response.writeHead(verbCase.answer.status).end();
        } else {
          response
            .writeHead(verbCase.answer.status, { "content-type": "application/json" })
            .end(JSON.stringify(verbCase.answer.json));
        }
      });
      return true;
    },
  };
}

/** A recorder on a plain HTTP server of its own, on 127.0.0.1. */
export interface ListeningVerbsRecorder {
  /** The server's URL with `RECORDER_PATH`: the recorder client's `apiUrl`. */
  readonly apiUrl: string;
  readonly received: ReceivedVerb[];
  close(): Promise<void>;
}

/** Starts a recorder on a free port of 127.0.0.1. */
export async function listenVerbsRecorder(): Promise<ListeningVerbsRecorder> {
  const recorder = verbsRecorder();
  const server = createServer((request, response) => {
    if (!recorder.handle(request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${RECORDER_PATH}`,
    received: recorder.received,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Expects `outcomes` (from `sendEveryVerb`) to be each call resolving to what the client makes of
 * its answer, and `received` to be exactly what the calls send: each once, in order, with its
 * body's UTF-8 bytes (the JSON text, key order included), `content-type: application/json` and
 * the byte length as content-length; a request without a body has neither body nor content type.
 * Nothing is chunked.
 */
export function expectEveryVerb(
  outcomes: readonly VerbOutcome[],
  received: readonly ReceivedVerb[],
): void {
  expect(received.map((r) => [r.method, r.url])).toEqual(
    VERB_CASES.map((c) => [c.method, `${RECORDER_PATH}${c.path}`]),
  );
  for (const [index, { call, body }] of VERB_CASES.entries()) {
    const request = received[index] as ReceivedVerb;
    const label = `${call}: ${request.method} ${request.url}`;
    expect(request.headers["transfer-encoding"], label).toBeUndefined();
    if (body === undefined) {
      expect(request.body.byteLength, `${label}: no body`).toBe(0);
      expect(request.headers["content-type"], label).toBeUndefined();
      continue;
    }
    const text = JSON.stringify(body);
    const sent = request.body.toString("utf8");
    // The parsed body first, for a readable difference; then its exact bytes.
    expect(parsedOrText(sent), `${label}: body`).toEqual(body);
    expect(sent, `${label}: body text`).toBe(text);
    expect(request.body.equals(Buffer.from(text, "utf8")), `${label}: body bytes`).toBe(true);
    expect(request.headers["content-type"], label).toBe("application/json");
    expect(request.headers["content-length"], label).toBe(String(Buffer.byteLength(text, "utf8")));
  }
  expect(outcomes).toEqual(VERB_CASES.map(({ call, resolves }) => ({ call, resolved: resolves })));
}

/** The JSON `text` holds, or the text itself when it is none (an empty body, say). */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What `roundTripOnLangGraph` must report: each verb's body arrived whole and did its work. */
export const EXPECTED_ROUND_TRIP: LangGraphRoundTrip = {
  // The PATCH made version 2.
  versions: [1, 2, 2],
  // The PATCH's metadata was merged into the metadata the assistant was created with.
  updated: { name: ROUND_TRIP_NAME, metadata: { verbs_run: THIS_RUN, note: ROUND_TRIP_NOTE } },
  readBack: { name: ROUND_TRIP_NAME, metadata: { verbs_run: THIS_RUN, note: ROUND_TRIP_NOTE } },
  searchFound: ["(the assistant)"],
  putReadBack: { note: ROUND_TRIP_NOTE },
  searchedKeys: ["k"],
  deletedReadBack: null,
  deletedAssistantGet: "NotFoundError",
};
