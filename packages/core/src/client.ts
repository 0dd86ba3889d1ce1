import { type ClientConfig, resolveConfig } from "./config";
import { HttpClient } from "./request/http-client";
import { RunsClient } from "./runs/runs-client";
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

  constructor(config: ClientConfig = {}) {
    this.runs = new RunsClient(new HttpClient(resolveConfig(config)));
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
