import type { RunStream } from "@runwire/node";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { ProxyEnv } from "./client-signal";
import { upstreamErrorEvent, upstreamErrorResponse } from "./upstream-error";

// Re-streams a runwire stream as the LangGraph server sent it: `toEventStream()` gives each event
// back as SSE bytes (same name, data text and id, never parsed or re-serialised here), written as
// soon as it is read (the write waits for the browser's side to take it, so nothing piles up in
// the proxy). runwire resumes a dropped upstream connection underneath without repeating events.

/**
 * Answers with the stream `open` starts. The first event is awaited before answering, so that a
 * run which cannot start is answered with the LangGraph server's status and a JSON error instead
 * of a stream that fails at once; a failure after it becomes an `error` event. The LangGraph
 * server sends its first event (`metadata`) as soon as the run exists, so this holds nothing back.
 *
 * @param open - starts the forwarded stream (runwire checks its arguments here, synchronously)
 * @param contentLocation - read once the first event is in: the run's `Content-Location`, if any
 */
export async function relayRunStream(
  c: Context<ProxyEnv>,
  open: () => RunStream<unknown>,
  contentLocation: () => string | null = () => null,
): Promise<Response> {
  let stream: RunStream<unknown>;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  let first: ReadableStreamReadResult<Uint8Array>;
  try {
    stream = open();
    reader = stream.toEventStream().getReader();
    first = await reader.read();
  } catch (error) {
    return upstreamErrorResponse(c, error);
  }
  const location = contentLocation();
  if (location !== null) c.header("Content-Location", location);

  return streamSSE(c, async (sse) => {
    // The browser went away: close the connection to the LangGraph server at once. (The request's
    // signal, passed to runwire by the route, does the same on @hono/node-server; this covers
    // runtimes that only cancel the response body.)
    sse.onAbort(() => stream.abort(new DOMException("The browser disconnected.", "AbortError")));
    try {
      for (let result = first; !result.done; result = await reader.read()) {
        await sse.write(result.value);
      }
    } catch (error) {
      if (!sse.aborted) await sse.writeSSE({ event: "error", data: upstreamErrorEvent(error) });
    } finally {
      // Closes the upstream connection if it is still open (a failed stream is already closed).
      await reader.cancel().catch(() => {});
    }
  });
}
