import { type ClientConfig, RunwireValidationError } from "@runwire/core";
import { createFetchTransport, type FetchLike } from "@runwire/core/internal";

// The edge client's options and their one translation into core's, shared by `createClient` and
// the one-resource clients (`createRunsClient`, …).

/**
 * A `fetch` the edge client can send with: the platform's (`typeof fetch` in any runtime's
 * typings) or any function of that shape. Only `status`, `headers` and `body` of its response
 * are read.
 */
export type EdgeFetch = (
  input: string,
  init: RequestInit,
) => Promise<Pick<Response, "status" | "headers" | "body">>;

/** `createClient` options for edge runtimes: the core options, plus the `fetch` to send with. */
export interface EdgeClientConfig extends Omit<ClientConfig, "transport"> {
  /**
   * The `fetch` to send with (default: the platform's, looked up on every request). It is called
   * as a plain function: pass a bound one for a method such as a service binding's
   * (`(url, init) => env.LANGGRAPH.fetch(url, init)`).
   */
  fetch?: EdgeFetch | undefined;
}

/** Core's options with the fetch transport; a config that is no object is left for core to refuse. */
export function coreConfig(config: EdgeClientConfig): ClientConfig {
  if (typeof config !== "object" || config === null) return config;
  const { fetch, ...core } = config;
  if ("transport" in core) {
    throw new RunwireValidationError(
      'createClient: unknown option "transport": @runwire/edge sends with fetch (pass `fetch` for one of your own); for a transport of your own, use createClient from @runwire/core',
      { field: "transport" },
    );
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new RunwireValidationError('createClient: invalid option "fetch": expected a function', {
      field: "fetch",
      received: fetch,
    });
  }
  return { ...core, transport: createFetchTransport(fetch && asFetchLike(fetch)) };
}

/**
 * Core's transport calls its fetch with `body: undefined` for a request without one; a
 * `RequestInit` (under `exactOptionalPropertyTypes`) leaves the key out instead.
 */
function asFetchLike(fetchFn: EdgeFetch): FetchLike {
  return (url, init) =>
    fetchFn(url, {
      method: init.method,
      headers: init.headers,
      signal: init.signal,
      redirect: init.redirect,
      ...(init.body === undefined ? {} : { body: init.body }),
    });
}
