import { asyncDispose } from "./async-dispose";
import { type ClientConfig, resolveConfig } from "./config";
import { HttpClient } from "./request/http-client";

// What every client has, whatever resources it carries: the HttpClient they all send through,
// `close()` and `await using`. `Client` (every resource) and the one-resource clients
// (`createRunsClient`, …) extend it, each in a file of its own, so that a bundle keeps only the
// resources it imports. The static block below is a side effect to a bundler, which then keeps the
// class it is on: it lives here, on the class every client needs anyway, and on no other.

// Set by ClientBase's static block: the one way to reach a client's HttpClient from outside the
// class, for the subclasses that build their resources on it (a `protected` member would be public
// API, and would name HttpClient there).
let httpOfClient: ((client: ClientBase) => HttpClient) | undefined;

/**
 * The HttpClient a client sends through, for a subclass's constructor to build its resources on.
 *
 * @example
 * this.runs = new RunsClient(httpOf(this));
 */
export function httpOf(client: ClientBase): HttpClient {
  // The static block has run by the time any client exists.
  return (httpOfClient as (client: ClientBase) => HttpClient)(client);
}

/**
 * What every runwire client has: `close()` and `await using`. `Client` adds every resource; the
 * clients of `createRunsClient`, `createAssistantsClient`, `createCronsClient` and
 * `createStoreClient` add one.
 *
 * @example
 * const client: ClientBase = createRunsClient({ apiUrl: "http://127.0.0.1:2024" });
 * await client.close();
 */
export class ClientBase {
  readonly #http: HttpClient;
  #closing: Promise<void> | undefined;

  /** @internal Made by a subclass's constructor. */
  constructor(config: ClientConfig = {}) {
    this.#http = new HttpClient(resolveConfig(config));
  }

  /**
   * Closes the client. Every stream and request still open on it is aborted at once: a pending
   * or later read of an open stream, and an unfinished `wait`, `join` or other call, reject with
   * a `ClientClosedError` (their connections are closed, so the server sees the client leave).
   * Then the transport's resources are released (`@runwire/node`'s own undici agent; a
   * `dispatcher` you passed stays yours to close). Resolves without waiting for any stream or
   * run; calling it again returns the same promise. Any call made afterwards fails with a
   * `ClientClosedError` before anything is sent.
   *
   * A client is also closed at the end of an `await using` scope.
   *
   * @example
   * const client = createClient({ apiUrl: "http://127.0.0.1:2024" });
   * try {
   *   await client.runs.wait(null, "agent", { input: {} });
   * } finally {
   *   await client.close();
   * }
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#http.lifetime.close();
    await this.#http.config.transport.close?.();
  }

  /**
   * `await using client = createClient(…)` closes the client when the scope ends: the same as
   * `close()`.
   *
   * @example
   * {
   *   await using client = createClient({ apiUrl: "http://127.0.0.1:2024" });
   *   await client.runs.wait(null, "agent", { input: {} });
   * } // closed here
   */
  declare readonly [Symbol.asyncDispose]: () => Promise<void>;

  static {
    // Defined under the guarded key (see async-dispose.ts), not `[Symbol.asyncDispose]() {}`, which
    // would name the method "undefined" on a runtime without the symbol. `this`, not `ClientBase`:
    // a class body naming its class makes esbuild rename it (`_ClientBase`).
    // biome-ignore lint/complexity/noThisInStatic: the class's own name here would get it renamed.
    Object.defineProperty(this.prototype, asyncDispose, {
      value(this: ClientBase) {
        return this.close();
      },
      writable: true,
      configurable: true,
    });
    httpOfClient = (client) => client.#http;
  }
}
