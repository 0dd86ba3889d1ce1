import { AssistantsClient } from "./assistants/assistants-client";
import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";
import { CronsClient } from "./crons/crons-client";
import { RunsClient } from "./runs/runs-client";
import { StoreClient } from "./store/store-client";
import type { DefaultValues } from "./stream/part-types";
import { ThreadsClient } from "./threads/threads-client";

/**
 * A LangGraph API client with every resource: `runs`, `assistants`, `threads`, `crons` and
 * `store`. The runtime packages (`@runwire/node`, `@runwire/browser`, `@runwire/edge`) give it
 * their transport. An app that uses one resource ships less with `createRunsClient`,
 * `createAssistantsClient`, `createThreadsClient`, `createCronsClient` or `createStoreClient`.
 *
 * @typeParam State - the graph's state, as `values` parts and `wait` return it
 * @example
 * const client = new Client({ apiUrl: "http://localhost:2024" });
 * const run = await client.runs.create(null, "agent", { input: { topic: "tides" } });
 */
export class Client<
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> extends ClientBase {
  /** Create, stream, wait for, join, list, get, cancel and delete runs. */
  readonly runs: RunsClient<State, Update, Custom>;
  /** Get, create, update, delete, search and count assistants, their versions and graphs. */
  readonly assistants: AssistantsClient;
  /** Create, get, update, copy, delete, search and prune threads; read and update their state. */
  readonly threads: ThreadsClient<State>;
  /** Schedule runs (on a thread or stateless), update, delete, search and count the schedules. */
  readonly crons: CronsClient;
  /** Put, get, delete and search items of the key-value store, and list its namespaces. */
  readonly store: StoreClient;

  constructor(config: ClientConfig = {}) {
    super(config);
    const http = httpOf(this);
    this.runs = new RunsClient(http);
    this.assistants = new AssistantsClient(http);
    this.threads = new ThreadsClient(http);
    this.crons = new CronsClient(http);
    this.store = new StoreClient(http);
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
