import {
  createRunsClient as createCoreRunsClient,
  type DefaultValues,
  type RunsOnlyClient,
} from "@runwire/core";
import { type BrowserClientConfig, coreConfig } from "./config";

/**
 * Creates a client with only the runs resource, on ky: the options of `createClient`,
 * the same `runs`, `close()` and `await using`, and a smaller bundle (no assistants or store
 * code).
 *
 * @example
 * import { createRunsClient } from "@runwire/browser";
 * const client = createRunsClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createRunsClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: BrowserClientConfig = {},
): RunsOnlyClient<State, Update, Custom> {
  return createCoreRunsClient<State, Update, Custom>(coreConfig(config));
}
