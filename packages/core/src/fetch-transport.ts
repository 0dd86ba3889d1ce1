import { RunwireError } from "./errors/runwire-error";
import type { Transport } from "./transport";

/** The slice of `fetch` a transport needs; undici's, Deno's, Bun's and browsers' all fit. */
export type FetchLike = (
  input: string,
  init: {
    method: string;
    headers: Headers;
    /** Left out when the request has no body. */
    body?: string;
    signal: AbortSignal;
    redirect: "manual";
  },
) => Promise<{
  status: number;
  statusText?: string;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}>;

/**
 * A transport on the platform `fetch` (or one you pass). Redirects are never followed. Every verb
 * goes out as core names it (upper case, which fetch leaves alone), with its body: a PUT, a PATCH
 * and a DELETE carry theirs; a request without one leaves `body` out.
 *
 * @example
 * const client = createClient({ apiUrl, transport: createFetchTransport() });
 */
export function createFetchTransport(fetchImpl?: FetchLike): Transport {
  return async (request) => {
    // Looked up per call, not at creation, so polyfills and test doubles installed later apply.
    const fetchFn = fetchImpl ?? (globalThis.fetch as FetchLike | undefined);
    if (typeof fetchFn !== "function") {
      throw new RunwireError(
        "No global fetch in this runtime: pass `fetch` to the client, or use @runwire/node.",
      );
    }
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: request.signal,
      redirect: "manual",
    });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response.body,
    };
  };
}
