import type {
  Item,
  ListNamespaceResponse,
  SearchItem,
  SearchItemsResponse,
  StoreDeleteItemOptions,
  StoreGetItemOptions,
  StoreListNamespacesOptions,
  StoreNamespace,
  StorePutItemOptions,
  StoreSearchItemsOptions,
  StoreValue,
} from "@runwire/types";
import { STORE_ENDPOINTS } from "@runwire/types/runtime";
import { callEndpoint } from "../endpoint/call";
import { InvalidResponseError } from "../errors/invalid-response-error";
import type { HttpClient } from "../request/http-client";

/**
 * The store API: a key-value store of JSON objects, each under a namespace (a list of labels) and
 * a key. Method names and arguments follow `@langchain/langgraph-sdk`'s store client. Namespaces
 * are checked before anything is sent: a label may be neither empty nor contain `.` (the server
 * joins labels with `.`), and an item's namespace needs at least one label.
 *
 * @example
 * await client.store.putItem(["users", "u1"], "prefs", { theme: "dark" });
 * const item = await client.store.getItem(["users", "u1"], "prefs"); // null when missing
 */
export class StoreClient {
  /** @internal Made by `Client`. */
  constructor(private readonly http: HttpClient) {}

  /**
   * Stores an object under a namespace and key, replacing what was there (an overwrite keeps the
   * item's `created_at`).
   *
   * @param namespace - the item's namespace: one or more labels, outermost first
   * @param value - a plain JSON object
   * @example
   * await client.store.putItem(["users", "u1"], "prefs", { theme: "dark" }, { ttl: 60 });
   */
  async putItem(
    namespace: StoreNamespace,
    key: string,
    value: StoreValue,
    options?: StorePutItemOptions,
  ): Promise<void> {
    await callEndpoint(this.http, STORE_ENDPOINTS.putItem, { namespace, key, value }, options);
  }

  /**
   * Reads one item, or `null` when there is none. The item has the server's `created_at` /
   * `updated_at` and `createdAt` / `updatedAt` copies (the names the official SDK uses).
   *
   * @example
   * const item = await client.store.getItem(["users", "u1"], "prefs");
   * if (item !== null) console.log(item.value, item.updatedAt);
   */
  async getItem(
    namespace: StoreNamespace,
    key: string,
    options?: StoreGetItemOptions,
  ): Promise<Item | null> {
    const item = await callEndpoint(
      this.http,
      STORE_ENDPOINTS.getItem,
      { namespace, key },
      options,
    );
    return item === null ? null : withCamelCaseTimestamps(item);
  }

  /**
   * Deletes one item; deleting an item that does not exist succeeds too.
   *
   * @example
   * await client.store.deleteItem(["users", "u1"], "prefs");
   */
  async deleteItem(
    namespace: StoreNamespace,
    key: string,
    options?: StoreDeleteItemOptions,
  ): Promise<void> {
    await callEndpoint(this.http, STORE_ENDPOINTS.deleteItem, { namespace, key }, options);
  }

  /**
   * Finds the items whose namespace starts with `namespacePrefix` (`[]`: every namespace),
   * optionally only those whose value matches `filter`; `limit` (default 10) and `offset`
   * (default 0) page through them. Each item has the `createdAt` / `updatedAt` copies.
   *
   * @example
   * const { items } = await client.store.searchItems(["users"], { filter: { theme: "dark" } });
   */
  async searchItems(
    namespacePrefix: StoreNamespace,
    options?: StoreSearchItemsOptions,
  ): Promise<SearchItemsResponse> {
    const answer: unknown = await callEndpoint(
      this.http,
      STORE_ENDPOINTS.searchItems,
      { namespacePrefix },
      options,
    );
    // Without `validateResponses` nothing else checked the shape, and the copies need the list.
    if (!isRecord(answer) || !Array.isArray(answer.items)) {
      throw new InvalidResponseError("store.searchItems response: expected { items: [...] }", {
        body: answer,
      });
    }
    const items = answer.items.map((item: unknown) => withCamelCaseTimestamps<SearchItem>(item));
    return { ...answer, items };
  }

  /**
   * Lists namespaces, optionally only those starting with `prefix` or ending with `suffix` (`"*"`
   * matches any one label), cut after `maxDepth` labels; `limit` (default 100) and `offset`
   * (default 0) page through them.
   *
   * @example
   * const { namespaces } = await client.store.listNamespaces({ prefix: ["users"], maxDepth: 2 });
   */
  async listNamespaces(options?: StoreListNamespacesOptions): Promise<ListNamespaceResponse> {
    return callEndpoint(this.http, STORE_ENDPOINTS.listNamespaces, {}, options);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// The official SDK's types name these `createdAt` / `updatedAt`, so code written for it reads
// them; the wire's names stay too (P33). A new object: the answer is not changed in place.
function withCamelCaseTimestamps<T extends Item>(item: unknown): T {
  if (!isRecord(item)) return item as T;
  return { ...item, createdAt: item.created_at, updatedAt: item.updated_at } as T;
}
