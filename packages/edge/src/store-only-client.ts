import { createStoreClient as createCoreStoreClient, type StoreOnlyClient } from "@runwire/core";
import { coreConfig, type EdgeClientConfig } from "./config";

/**
 * Creates a client with only the store resource, on the platform `fetch`: the options of `createClient`,
 * the same `store`, `close()` and `await using`, and a smaller bundle (no runs or assistants
 * code).
 *
 * @example
 * import { createStoreClient } from "@runwire/edge";
 * const client = createStoreClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * await client.store.putItem(["users", "u1"], "prefs", { theme: "dark" });
 */
export function createStoreClient(config: EdgeClientConfig = {}): StoreOnlyClient {
  return createCoreStoreClient(coreConfig(config));
}
