import { type CronsOnlyClient, createCronsClient as createCoreCronsClient } from "@runwire/core";
import { type BrowserClientConfig, coreConfig } from "./config";

/**
 * Creates a client with only the crons resource, on ky: the options of
 * `createClient`, the same `crons`, `close()` and `await using`, and a smaller bundle (no
 * runs, assistants or store code).
 *
 * @example
 * import { createCronsClient } from "@runwire/browser";
 * const client = createCronsClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * const cron = await client.crons.create("agent", { schedule: "0 9 * * *" });
 */
export function createCronsClient(config: BrowserClientConfig = {}): CronsOnlyClient {
  return createCoreCronsClient(coreConfig(config));
}
