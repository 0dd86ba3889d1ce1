// The Node side of verbs-round-trip: a request handler that records what `sendEveryVerb` sent, as
// it arrived, and the assertions on it. A test mounts the handler on a server of its own (the
// page's origin in Chromium, a plain node:http server for workerd).
import type { IncomingMessage, ServerResponse } from "node:http";
import { expect } from "vitest";
import { type LangGraphRoundTrip, ROUND_TRIP_NOTE, VERB_CASES } from "./verbs-round-trip.ts";

/** A request as the recorder received it. */
export interface ReceivedVerb {
  readonly method: string;
  /** The request-target as sent: path and query. */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

/**
 * Records the requests under `/verbs/` (answered 200 with `{"ok":true}`); `handle` returns false
 * for any other, for the server to answer.
 */
export function verbsRecorder(): {
  readonly received: ReceivedVerb[];
  handle(request: IncomingMessage, response: ServerResponse): boolean;
} {
  const received: ReceivedVerb[] = [];
  return {
    received,
    handle(request, response) {
      if (!request.url?.startsWith("/verbs/")) return false;
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const { method = "", url = "", headers } = request;
        received.push({ method, url, headers, body: Buffer.concat(chunks) });
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      });
      return true;
    },
  };
}

/**
 * Expects `received` to be exactly what `sendEveryVerb` sends: each verb once, in order, with its
 * body's UTF-8 bytes, `content-type: application/json` and the byte length as content-length; a
 * request without a body has neither body nor content type. Nothing is chunked.
 */
export function expectEveryVerbReceived(received: readonly ReceivedVerb[]): void {
  expect(received.map((r) => [r.method, r.url])).toEqual(VERB_CASES.map((c) => [c.method, c.path]));
  for (const [index, { body }] of VERB_CASES.entries()) {
    const request = received[index] as ReceivedVerb;
    const label = `${request.method} ${request.url}`;
    expect(request.headers["transfer-encoding"], label).toBeUndefined();
    if (body === undefined) {
      expect(request.body.byteLength, label).toBe(0);
      expect(request.headers["content-type"], label).toBeUndefined();
      continue;
    }
    expect(request.body.equals(Buffer.from(body, "utf8")), `${label}: body bytes`).toBe(true);
    expect(request.headers["content-type"], label).toBe("application/json");
    expect(request.headers["content-length"], label).toBe(String(Buffer.byteLength(body, "utf8")));
  }
}

/** What `roundTripOnLangGraph` must report: each verb's body arrived whole and did its work. */
export const EXPECTED_ROUND_TRIP: LangGraphRoundTrip = {
  patched: { note: ROUND_TRIP_NOTE },
  patchedReadBack: { note: ROUND_TRIP_NOTE },
  putReadBack: { note: ROUND_TRIP_NOTE },
  searchedKeys: ["k"],
  deletedReadBack: null,
  deletedThreadStatus: 404,
};
