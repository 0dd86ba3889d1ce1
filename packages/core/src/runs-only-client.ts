import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";
import { RunsClient } from "./runs/runs-client";
import type { DefaultValues } from "./stream/part-types";

// The runs resource alone, in a file that imports no other resource: a bundle of
// `createRunsClient` holds neither `Client` nor the assistants and store code and schemas.

/**
 * A client with only `runs` (and `close()` / `await using`), as `createRunsClient` makes it.
 *
 * @typeParam State - the graph's state, as `values` parts and `wait` return it
 * @example
 * const client: RunsOnlyClient = createRunsClient({ apiUrl: "http://127.0.0.1:2024" });
 * const run = await client.runs.create(null, "agent", { input: {} });
 */
export class RunsOnlyClient<
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> extends ClientBase {
  /** Create, stream, wait for, join, list, get, cancel and delete runs. */
  readonly runs: RunsClient<State, Update, Custom>;

  /** @internal Made by `createRunsClient`. */
  constructor(config: ClientConfig = {}) {
    super(config);
    this.runs = new RunsClient(httpOf(this));
  }
}

/**
 * Creates a client with only the runs resource: the options of `createClient`, the same `runs`,
 * `close()` and `await using`, and a smaller bundle (no assistants or store code). Invalid options
 * throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createRunsClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createRunsClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: ClientConfig = {},
): RunsOnlyClient<State, Update, Custom> {
  return new RunsOnlyClient<State, Update, Custom>(config);
}
