import {
  createThreadsClient as createCoreThreadsClient,
  type DefaultValues,
  type ThreadsOnlyClient,
} from "@runwire/core";
import { coreConfig, type EdgeClientConfig } from "./config";

/**
 * Creates a client with only the threads resource, on the platform `fetch`: the options of `createClient`,
 * the same `threads`, `close()` and `await using`, and a smaller bundle (no runs, assistants or
 * store code).
 *
 * @example
 * import { createThreadsClient } from "@runwire/edge";
 * const client = createThreadsClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * const thread = await client.threads.create({ graphId: "agent" });
 */
export function createThreadsClient<State = DefaultValues>(
  config: EdgeClientConfig = {},
): ThreadsOnlyClient<State> {
  return createCoreThreadsClient<State>(coreConfig(config));
}
