import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  RunwireError,
  RunwireValidationError,
} from "@runwire/node";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// How a failure of the forwarded call is told to the browser: before the first byte of the answer
// as an HTTP status with a JSON body, after it as the data of an `error` event. Both carry
// `{ error, message }`, the shape of the LangGraph server's own `error` events.

/** The JSON of a forwarded call that failed. */
export interface UpstreamErrorBody {
  /** The runwire error class, e.g. `UnprocessableEntityError`, `APIConnectionError`. */
  readonly error: string;
  readonly message: string;
}

/** The answer to a forwarded call that failed before anything was sent to the browser. */
export function upstreamErrorResponse(c: Context, error: unknown): Response {
  return c.json(describeError(error), statusOf(error) as ContentfulStatusCode);
}

/** The data of the `error` event for a forwarded stream that failed midway. */
export function upstreamErrorEvent(error: unknown): string {
  return JSON.stringify(describeError(error));
}

function describeError(error: unknown): UpstreamErrorBody {
  if (RunwireError.isInstance(error)) return { error: error.name, message: error.message };
  // Anything else is a bug in the proxy: the operator gets the details, the browser does not.
  console.error("proxy: forwarding failed:", error);
  return { error: "ProxyError", message: "The proxy failed while forwarding the request." };
}

function statusOf(error: unknown): number {
  // The LangGraph server's own answer (404 run not found, 422 busy thread, …) passes through.
  if (APIStatusError.isInstance(error)) return error.status;
  if (APITimeoutError.isInstance(error)) return 504;
  if (APIConnectionError.isInstance(error)) return 502;
  // The body was checked with the same schemas, so this is a path parameter runwire refused.
  if (RunwireValidationError.isInstance(error)) return 400;
  // Any other runwire error is a response runwire could not accept (InvalidResponseError).
  if (RunwireError.isInstance(error)) return 502;
  return 500;
}
