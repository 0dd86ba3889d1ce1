import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";
import type { DefaultValues } from "./stream/part-types";
import { ThreadsClient } from "./threads/threads-client";

// The threads resource alone, in a file that imports no other resource: a bundle of
// `createThreadsClient` holds neither `Client` nor the runs, assistants and store code and schemas.

/**
 * A client with only `threads` (and `close()` / `await using`), as `createThreadsClient` makes it.
 *
 * @typeParam State - the graph's state: the type of `values` in threads and states
 * @example
 * const client: ThreadsOnlyClient = createThreadsClient({ apiUrl: "http://127.0.0.1:2024" });
 * const thread = await client.threads.create({ graphId: "agent" });
 */
export class ThreadsOnlyClient<State = DefaultValues> extends ClientBase {
  /** Create, get, update, copy, delete, search and prune threads; read and update their state. */
  readonly threads: ThreadsClient<State>;

  /** @internal Made by `createThreadsClient`. */
  constructor(config: ClientConfig = {}) {
    super(config);
    this.threads = new ThreadsClient(httpOf(this));
  }
}

/**
 * Creates a client with only the threads resource: the options of `createClient`, the same
 * `threads`, `close()` and `await using`, and a smaller bundle (no runs, assistants or store
 * code). Invalid options throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createThreadsClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * const threads = await client.threads.search({ status: "interrupted" });
 */
export function createThreadsClient<State = DefaultValues>(
  config: ClientConfig = {},
): ThreadsOnlyClient<State> {
  return new ThreadsOnlyClient<State>(config);
}
