import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";
import { StoreClient } from "./store/store-client";

// The store resource alone, in a file that imports no other resource: a bundle of
// `createStoreClient` holds neither `Client` nor the runs (stream engine included) and assistants
// code and schemas.

/**
 * A client with only `store` (and `close()` / `await using`), as `createStoreClient` makes it.
 *
 * @example
 * const client: StoreOnlyClient = createStoreClient({ apiUrl: "http://127.0.0.1:2024" });
 * const item = await client.store.getItem(["users", "u1"], "prefs");
 */
export class StoreOnlyClient extends ClientBase {
  /** Put, get, delete and search items of the key-value store, and list its namespaces. */
  readonly store: StoreClient;

  /** @internal Made by `createStoreClient`. */
  constructor(config: ClientConfig = {}) {
    super(config);
    this.store = new StoreClient(httpOf(this));
  }
}

/**
 * Creates a client with only the store resource: the options of `createClient`, the same
 * `store`, `close()` and `await using`, and a smaller bundle (no runs or assistants code).
 * Invalid options throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createStoreClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * await client.store.putItem(["users", "u1"], "prefs", { theme: "dark" });
 */
export function createStoreClient(config: ClientConfig = {}): StoreOnlyClient {
  return new StoreOnlyClient(config);
}
