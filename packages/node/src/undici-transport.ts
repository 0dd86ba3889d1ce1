import type { IncomingHttpHeaders } from "node:http";
import {
  APIConnectionError,
  APITimeoutError,
  ClientClosedError,
  RunwireValidationError,
  type Transport,
} from "@runwire/core";
// The file, not the bare name: Bun replaces a bare `undici` import with a built-in stub whose
// Agent cannot send requests; a subpath always loads the installed package.
import { Agent, type Dispatcher, errors } from "undici/index.js";
import { USER_AGENT } from "./version";

/** Options of the undici transport. */
export interface UndiciTransportOptions {
  /**
   * Send through this dispatcher (an `Agent`, `Pool`, `ProxyAgent`, …); the caller owns it and
   * closes it. Default: a keep-alive `Agent` owned by the transport.
   */
  dispatcher?: Dispatcher | undefined;
  /**
   * Longest wait, in ms, for a TCP/TLS connection: a number > 0 (default 10000). Ignored with
   * `dispatcher`.
   */
  connectTimeoutMs?: number | undefined;
}

/** An undici transport and the means to release its connections. */
export interface UndiciTransport {
  readonly transport: Transport;
  /** The dispatcher requests go through. */
  readonly dispatcher: Dispatcher;
  /** Closes the owned agent (waiting for requests in flight); a caller's dispatcher is left open. */
  close(): Promise<void>;
}

/**
 * runwire's transport on undici: a keep-alive connection pool, streamed bodies, abort through the
 * signal, and undici's connect errors mapped to runwire's typed errors. Header and body timeouts
 * are core's (`timeoutMs`), so undici's own are switched off. Requests carry
 * `User-Agent: runwire-node/<version>` unless the caller's headers set one.
 *
 * @example
 * const { transport, close } = createUndiciTransport();
 * const client = createClient({ apiUrl, transport });
 * await close();
 */
export function createUndiciTransport(options: UndiciTransportOptions = {}): UndiciTransport {
  checkTransportOptions(options);
  const owned = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Agent({
      connect: { timeout: options.connectTimeoutMs ?? 10_000 },
      headersTimeout: 0,
      bodyTimeout: 0,
    });

  const transport: Transport = async ({ method, url, headers, body, signal }) => {
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request({
        origin: new URL(url).origin,
        path: pathOf(url),
        method,
        headers: withUserAgent(headerRecord(headers)),
        // Sent whatever the verb, with its byte length as content-length. After a DELETE with a
        // body (the store's), undici does not reuse the connection, as a server could have left
        // a body it did not expect unread; the next request opens another.
        body: body ?? null,
        signal,
      });
    } catch (error) {
      throw mapError(error, signal);
    }
    return {
      status: response.statusCode,
      statusText: response.statusText,
      headers: toHeaders(response.headers),
      body: toWebStream(response.body),
    };
  };

  let closing: Promise<void> | undefined;
  // undici rejects a second close(), so the first one's promise serves every call.
  const close = (): Promise<void> => {
    closing ??= owned ? dispatcher.close().then(() => undefined) : Promise.resolve();
    return closing;
  };
  // `client.close()` calls it after aborting the client's requests, so there is nothing to wait for.
  transport.close = close;
  return { transport, dispatcher, close };
}

// The path is taken from the URL string as it is: `new URL(url).pathname` would be the same here,
// and keeping the raw text guarantees encoded segments reach the wire untouched.
function pathOf(url: string): string {
  const afterScheme = url.indexOf("//") + 2;
  const pathStart = url.indexOf("/", afterScheme);
  return pathStart === -1 ? "/" : url.slice(pathStart);
}

/** Checked here, before any connection: a wrong `dispatcher` would otherwise fail the first call. */
function checkTransportOptions(options: UndiciTransportOptions): void {
  const { dispatcher, connectTimeoutMs } = options;
  if (dispatcher !== undefined && !isDispatcher(dispatcher)) {
    throw new RunwireValidationError(
      'createClient: invalid option "dispatcher": expected an undici Dispatcher (an Agent, Pool, Client or ProxyAgent from "undici")',
      { field: "dispatcher", received: dispatcher },
    );
  }
  if (
    connectTimeoutMs !== undefined &&
    (typeof connectTimeoutMs !== "number" ||
      !(connectTimeoutMs > 0) ||
      !Number.isFinite(connectTimeoutMs))
  ) {
    throw new RunwireValidationError(
      `createClient: invalid option "connectTimeoutMs": expected a number > 0, got ${String(connectTimeoutMs)}`,
      { field: "connectTimeoutMs", received: connectTimeoutMs },
    );
  }
}

/**
 * What this transport calls on a dispatcher. Checked by shape, not `instanceof`: an Agent from
 * another copy of undici (another version in node_modules) is a dispatcher all the same.
 */
function isDispatcher(value: unknown): value is Dispatcher {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<"dispatch" | "request" | "close", unknown>>;
  return (
    typeof candidate.dispatch === "function" &&
    typeof candidate.request === "function" &&
    typeof candidate.close === "function"
  );
}

function withUserAgent(record: Record<string, string>): Record<string, string> {
  if (record["user-agent"] === undefined) record["user-agent"] = USER_AGENT;
  return record;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * undici's body (a Node Readable) as the web stream core reads. Pull-based, so nothing is read
 * ahead of the consumer; `cancel()` destroys the body, which releases the connection.
 */
function toWebStream(body: Dispatcher.ResponseData["body"]): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel(reason) {
      body.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

function mapError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  // Permanent, so not a connection error: nothing may retry it.
  if (error instanceof errors.ClientDestroyedError || error instanceof errors.ClientClosedError) {
    return new ClientClosedError(
      "This client was closed; create a new one to send more requests.",
      { cause: error },
    );
  }
  if (error instanceof errors.ConnectTimeoutError) {
    return new APITimeoutError({ cause: error });
  }
  return new APIConnectionError({ cause: error });
}
