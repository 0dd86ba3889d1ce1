import { AssistantsClient } from "./assistants/assistants-client";
import { asyncDispose } from "./async-dispose";
import { type ClientConfig, resolveConfig } from "./config";
import { HttpClient } from "./request/http-client";
import { RunsClient } from "./runs/runs-client";
import { StoreClient } from "./store/store-client";
import type { DefaultValues } from "./stream/part-types";

/**
 * A LangGraph API client. `runs` has every runs method; the runtime packages (`@runwire/node`,
 * `@runwire/browser`, `@runwire/edge`) give it their transport.
 *
 * @typeParam State - the graph's state, as `values` parts and `wait` return it
 * @example
 * const client = new Client({ apiUrl: "http://localhost:2024" });
 * const run = await client.runs.create(null, "agent", { input: { topic: "tides" } });
 */
export class Client<State = DefaultValues, Update = Partial<State>, Custom = unknown> {
  /** Create, stream, wait for, join, list, get, cancel and delete runs. */
  readonly runs: RunsClient<State, Update, Custom>;
  /** Get, create, update, delete, search and count assistants, their versions and graphs. */
  readonly assistants: AssistantsClient;
  /** Put, get, delete and search items of the key-value store, and list its namespaces. */
  readonly store: StoreClient;
  readonly #http: HttpClient;
  #closing: Promise<void> | undefined;

  constructor(config: ClientConfig = {}) {
    this.#http = new HttpClient(resolveConfig(config));
    this.runs = new RunsClient(this.#http);
    this.assistants = new AssistantsClient(this.#http);
    this.store = new StoreClient(this.#http);
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
    // would name the method "undefined" on a runtime without the symbol. `this`, not `Client`:
    // a class body naming its class makes esbuild rename it (`_Client`).
    // biome-ignore lint/complexity/noThisInStatic: the class's own name here would get it renamed.
    Object.defineProperty(this.prototype, asyncDispose, {
      value(this: Client) {
        return this.close();
      },
      writable: true,
      configurable: true,
    });
  }
}

/**
 * Creates a client; the same options as `@langchain/langgraph-sdk`'s `Client`, plus `transport`.
 * Invalid options throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: ClientConfig = {},
): Client<State, Update, Custom> {
  return new Client<State, Update, Custom>(config);
}
