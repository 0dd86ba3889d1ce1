import type { HttpMethod } from "./http/method";

/**
 * The one seam between runwire's run semantics and the network. A runtime package (undici, ky,
 * fetch) implements it; tests implement it in memory. Everything else (URLs, headers, retries,
 * timeouts, resume, SSE) happens above it in `@runwire/core`.
 *
 * A transport must:
 * - send every `HttpMethod` as it is named, with `body` as is (already-encoded JSON text)
 *   whatever the method, and leave the headers it is given alone;
 * - never follow redirects (a 3xx is returned as a response: following one could carry the API
 *   key to another origin);
 * - resolve as soon as the status and headers are known, with the body still streaming;
 * - reject when no response arrives (any error: core wraps it in `APIConnectionError`), and stop
 *   at once when `signal` aborts;
 * - let `body.cancel()` release the connection;
 * - optionally, have a `close()` that releases its resources (see `close` below).
 *
 * @example
 * const transport: Transport = async ({ url, method, headers, body, signal }) => {
 *   const res = await fetch(url, { method, headers, body, signal, redirect: "manual" });
 *   return { status: res.status, headers: res.headers, body: res.body };
 * };
 */
export interface Transport {
  (request: TransportRequest): Promise<TransportResponse>;
  /**
   * Optional: releases what the transport holds (a connection pool). `client.close()` calls it
   * once, after aborting every request of the client, and waits for it, so it must not wait for
   * requests to finish.
   */
  close?: (() => void | Promise<void>) | undefined;
}

/** What core asks a transport to send. */
export interface TransportRequest {
  /**
   * Any of the API's verbs, upper case. Every one but `GET` may come with a body, `DELETE`
   * included (the store's `DELETE /store/items` names its item in the body): send it as given.
   */
  readonly method: HttpMethod;
  /** Absolute URL, query included. */
  readonly url: string;
  readonly headers: Headers;
  /**
   * Encoded JSON text (its `content-type: application/json` is among `headers`), or `undefined`
   * for a request without a body.
   */
  readonly body: string | undefined;
  /** Aborts the request and its body stream. */
  readonly signal: AbortSignal;
}

/** What a transport returns: the status line, headers, and the body as a byte stream. */
export interface TransportResponse {
  readonly status: number;
  /**
   * The reason phrase, where the transport has one (fetch's `statusText`; empty over HTTP/2).
   * Only used in error messages.
   */
  readonly statusText?: string | undefined;
  readonly headers: Headers;
  /** `null` when the response has no body. */
  readonly body: ReadableStream<Uint8Array> | null;
}
