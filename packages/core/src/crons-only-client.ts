import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";
import { CronsClient } from "./crons/crons-client";

// The crons resource alone, in a file that imports no other resource: a bundle of
// `createCronsClient` holds neither `Client` nor the runs (stream engine included), assistants
// and store code and schemas.

/**
 * A client with only `crons` (and `close()` / `await using`), as `createCronsClient` makes it.
 *
 * @example
 * const client: CronsOnlyClient = createCronsClient({ apiUrl: "http://127.0.0.1:2024" });
 * const crons = await client.crons.search({ assistantId: "agent" });
 */
export class CronsOnlyClient extends ClientBase {
  /** Schedule runs (on a thread or stateless), update, delete, search and count the schedules. */
  readonly crons: CronsClient;

  /** @internal Made by `createCronsClient`. */
  constructor(config: ClientConfig = {}) {
    super(config);
    this.crons = new CronsClient(httpOf(this));
  }
}

/**
 * Creates a client with only the crons resource: the options of `createClient`, the same
 * `crons`, `close()` and `await using`, and a smaller bundle (no runs, assistants or store code).
 * Invalid options throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createCronsClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * const cron = await client.crons.create("agent", { schedule: "0 9 * * *" });
 */
export function createCronsClient(config: ClientConfig = {}): CronsOnlyClient {
  return new CronsOnlyClient(config);
}
