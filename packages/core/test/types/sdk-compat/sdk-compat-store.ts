/**
 * Code written for the official SDK's `client.store` (1.15), run against a runwire client.
 * Compiled by `tsc -p test/types/sdk-compat` (part of `typecheck`). The SDK's own option types go
 * in; each result is assigned to the SDK's result type where runwire's record matches it, and to
 * that type minus the named member where runwire deliberately says what the server sends.
 */
import type {
  Client as SdkClient,
  Item as SdkItem,
  ListNamespaceResponse as SdkListNamespaceResponse,
  SearchItem as SdkSearchItem,
} from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import { createClient, type SearchItem } from "../../../src/index";

type SdkStore = SdkClient["store"];
/** Argument `I` of an SDK method, as SDK-typed code builds it. */
type SdkArg<M extends keyof SdkStore, I extends number> = NonNullable<Parameters<SdkStore[M]>[I]>;

// Where runwire differs from the SDK, on purpose: a found item's `score` may be `null` (the SDK:
// an optional number). runwire's items also carry the server's `created_at` / `updated_at`
// beside the SDK's `createdAt` / `updatedAt`: extra keys, so they still fit the SDK's `Item`.
type SearchItemAsRunwireSends = Omit<SdkSearchItem, "score">;

const client = createClient({ transport: null as never, apiKey: null });

async function sdkTypedStoreCode(signal: AbortSignal) {
  const namespace: SdkArg<"putItem", 0> = ["users", "u1"];
  const putOptions: SdkArg<"putItem", 3> = { index: ["theme"], ttl: 60, signal };
  const value: SdkArg<"putItem", 2> = { theme: "dark" };
  await client.store.putItem(namespace, "prefs", value, putOptions);
  await client.store.putItem(namespace, "draft", { text: "hi" }, { index: false, ttl: null });

  const getOptions: SdkArg<"getItem", 2> = { refreshTtl: true, signal };
  const item: SdkItem | null = await client.store.getItem(namespace, "prefs", getOptions);

  const deleteOptions: SdkArg<"deleteItem", 2> = { signal };
  await client.store.deleteItem(namespace, "draft", deleteOptions);

  const searchOptions: SdkArg<"searchItems", 1> = {
    filter: { theme: "dark" },
    limit: 10,
    offset: 0,
    query: "dark themes",
    refreshTtl: false,
    signal,
  };
  const { items } = await client.store.searchItems(["users"], searchOptions);
  const found: SearchItemAsRunwireSends[] = items;

  const listOptions: SdkArg<"listNamespaces", 0> = {
    prefix: ["users"],
    suffix: ["prefs"],
    maxDepth: 2,
    limit: 100,
    offset: 0,
    signal,
  };
  const listed: SdkListNamespaceResponse = await client.store.listNamespaces(listOptions);

  return { item, found, listed };
}
void sdkTypedStoreCode;

// The difference above is real: runwire's search item is not the SDK's.
expectTypeOf<SearchItem>().not.toExtend<SdkSearchItem>();

// Every method but searchItems fits the SDK's signature whole: a function typed for the SDK's
// `Pick<Client["store"], …>` of them takes runwire's store.
expectTypeOf(client.store.putItem).toExtend<SdkStore["putItem"]>();
expectTypeOf(client.store.getItem).toExtend<SdkStore["getItem"]>();
expectTypeOf(client.store.deleteItem).toExtend<SdkStore["deleteItem"]>();
expectTypeOf(client.store.listNamespaces).toExtend<SdkStore["listNamespaces"]>();
function sdkItemCache(store: Pick<SdkStore, "putItem" | "getItem" | "deleteItem">) {
  return store;
}
sdkItemCache(client.store);
expectTypeOf(client.store).toExtend<Omit<SdkStore, "searchItems">>();

// Not the SDK's whole `Client["store"]`: that is a class extending the SDK's BaseClient, whose
// `#private` field and protected members (asyncCaller, timeoutMs, apiUrl, defaultHeaders,
// onRequest, streamProtocol, prepareFetchOptions, fetch, streamWithRetry) make it nominal — only
// an instance of that class fits — and its searchItems resolves the SDK's search items.
expectTypeOf(client.store).not.toExtend<SdkStore>();
