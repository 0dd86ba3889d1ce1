import type { Transport, TransportRequest } from "../../src/transport";

/** A request as the in-memory server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  /** Raw path as sent, before any URL normalisation. */
  rawUrl: string;
  headers: Headers;
  body: string | undefined;
}

/** One piece of a scripted body: bytes/text to send, or a failure of the connection. */
export type BodyStep = string | Uint8Array | { error: unknown } | { waitFor: Promise<unknown> };

/** A scripted response. */
export interface ScriptedResponse {
  status?: number;
  /** The reason phrase, as a transport on HTTP/1.1 reports it. */
  statusText?: string;
  headers?: Record<string, string>;
  /** The body, in the chunks it arrives in. */
  body?: string | BodyStep[];
}

export type Handler = (
  request: RecordedRequest,
  index: number,
) => ScriptedResponse | Promise<ScriptedResponse>;

/**
 * An in-memory transport: the seam core talks to, with a scripted server behind it. Not a mock
 * of fetch: it implements runwire's own Transport contract (headers first, body streamed, abort
 * stops everything) and records what it was sent.
 */
export function memoryTransport(handler: Handler): {
  transport: Transport;
  requests: RecordedRequest[];
  /** Bodies still open (neither finished nor cancelled). */
  openBodies: () => number;
} {
  const requests: RecordedRequest[] = [];
  let open = 0;
  const transport: Transport = async (request: TransportRequest) => {
    if (request.signal.aborted) throw request.signal.reason;
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      rawUrl: request.url,
      headers: new Headers(request.headers),
      body: request.body,
    };
    requests.push(recorded);
    const scripted = await handler(recorded, requests.length - 1);
    if (request.signal.aborted) throw request.signal.reason;
    const steps: BodyStep[] =
      scripted.body === undefined
        ? []
        : typeof scripted.body === "string"
          ? [scripted.body]
          : scripted.body;
    const encoder = new TextEncoder();
    let index = 0;
    let closed = false;
    open += 1;
    const close = () => {
      if (!closed) {
        closed = true;
        open -= 1;
      }
    };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        for (;;) {
          if (request.signal.aborted) {
            close();
            controller.error(request.signal.reason);
            return;
          }
          const step = steps[index];
          index += 1;
          if (step === undefined) {
            close();
            controller.close();
            return;
          }
          if (typeof step === "string") {
            controller.enqueue(encoder.encode(step));
            return;
          }
          if (step instanceof Uint8Array) {
            controller.enqueue(step);
            return;
          }
          if ("error" in step) {
            close();
            controller.error(step.error);
            return;
          }
          await step.waitFor;
        }
      },
      cancel() {
        close();
      },
    });
    return {
      status: scripted.status ?? 200,
      ...(scripted.statusText === undefined ? {} : { statusText: scripted.statusText }),
      headers: new Headers(scripted.headers ?? {}),
      body,
    };
  };
  return { transport, requests, openBodies: () => open };
}

/** An SSE response. */
export function sse(
  body: string | BodyStep[],
  headers: Record<string, string> = {},
): ScriptedResponse {
  return { status: 200, headers: { "content-type": "text/event-stream", ...headers }, body };
}

/** A JSON response. */
export function json(
  value: unknown,
  status = 200,
  headers: Record<string, string> = {},
): ScriptedResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: value === undefined ? "" : JSON.stringify(value),
  };
}

/** A connection reset, as a transport reports it. */
export const reset = (): { error: unknown } => ({
  error: new TypeError("terminated: other side closed"),
});
