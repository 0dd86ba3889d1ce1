import {
  type AssistantsOnlyClient,
  createAssistantsClient as createCoreAssistantsClient,
} from "@runwire/core";
import { type NodeClientConfig, nodeCoreConfig } from "./config";

/**
 * Creates a client with only the assistants resource, on undici: the options of
 * `createClient`, the same `assistants`, `close()` and `await using`, and a smaller bundle (no
 * runs or store code).
 *
 * @example
 * import { createAssistantsClient } from "@runwire/node";
 * const client = createAssistantsClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * const assistants = await client.assistants.search({ graphId: "agent" });
 */
export function createAssistantsClient(config: NodeClientConfig = {}): AssistantsOnlyClient {
  return createCoreAssistantsClient(nodeCoreConfig(config));
}
