import { define } from "../define";
import { nonEmptyList } from "../endpoint/encoders";
import { defineEndpoint, jsonResponse, VOID_RESPONSE } from "../endpoint/endpoint";
import {
  ItemOrNullCheck,
  ListNamespaceResponseCheck,
  SearchItemsResponseCheck,
  StoreDeleteItemOptionsCheck,
  StoreGetItemOptionsCheck,
  StoreKeyCheck,
  StoreListNamespacesOptionsCheck,
  StoreNamespaceCheck,
  StoreNamespacePrefixCheck,
  StorePutItemOptionsCheck,
  StoreSearchItemsOptionsCheck,
  StoreValueCheck,
} from "../generated/checks";
import type { Item, ListNamespaceResponse, SearchItem } from "./records";

// The store API as endpoint descriptors (PLATFORM_SPEC §8, Appendix A.4, proposals P31–P34).
// Namespaces are checked by their argument schemas (P31), so a bad one never reaches the server,
// which answers `[]` on `getItem` with a 500. Bodies follow the argument, then option, order of
// Appendix A.4; every key is derived from the schemas.

/** An item as the server sends it: the client adds the `createdAt` / `updatedAt` copies. */
export type WireItem = Omit<Item, "createdAt" | "updatedAt">;

/** A `searchItems` answer as the server sends it (items without the camelCase copies). */
export interface WireSearchItemsResponse {
  items: Omit<SearchItem, "createdAt" | "updatedAt">[];
}

// `getItem`'s query carries the namespace as one value: its labels joined with "." (which is
// why a label may not contain one).
const joinLabels = (labels: unknown) => (labels as readonly string[]).join(".");

const putItem = /*#__PURE__*/ defineEndpoint({
  id: "store.putItem",
  method: "PUT",
  path: "/store/items",
  args: { namespace: StoreNamespaceCheck, key: StoreKeyCheck, value: StoreValueCheck },
  options: StorePutItemOptionsCheck,
  // 204 on the real server; any body another server sends is not needed.
  response: VOID_RESPONSE,
  idempotent: true,
});

const getItem = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "store.getItem",
    method: "GET",
    path: "/store/items",
    args: { namespace: StoreNamespaceCheck, key: StoreKeyCheck },
    options: StoreGetItemOptionsCheck,
    query: ["namespace", "key", "refreshTtl"],
    encode: { namespace: joinLabels },
    // A missing item is a 200 with the body `null`; an empty body is not an answer (P32).
    response: jsonResponse<WireItem | null>(ItemOrNullCheck, { what: "item" }),
    idempotent: true,
  }),
);

const deleteItem = /*#__PURE__*/ defineEndpoint({
  id: "store.deleteItem",
  method: "DELETE",
  path: "/store/items",
  // A DELETE with a JSON body: the item is named by namespace and key, not by the path.
  args: { namespace: StoreNamespaceCheck, key: StoreKeyCheck },
  options: StoreDeleteItemOptionsCheck,
  response: VOID_RESPONSE,
  idempotent: true,
});

const searchItems = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "store.searchItems",
    method: "POST",
    path: "/store/items/search",
    args: { namespacePrefix: StoreNamespacePrefixCheck },
    options: StoreSearchItemsOptionsCheck,
    defaults: { limit: 10, offset: 0 },
    response: jsonResponse<WireSearchItemsResponse>(SearchItemsResponseCheck),
    // A search changes nothing, so sending it again is safe (P36).
    idempotent: true,
  }),
);

const listNamespaces = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "store.listNamespaces",
    method: "POST",
    path: "/store/namespaces",
    options: StoreListNamespacesOptionsCheck,
    defaults: { limit: 100, offset: 0 },
    // An empty prefix or suffix constrains nothing, so it is left out: the same listing on every
    // server, where sending `[]` gets a 400 "Namespace is required" from the JS server 1.5.1.
    encode: { prefix: nonEmptyList, suffix: nonEmptyList },
    response: jsonResponse<ListNamespaceResponse>(ListNamespaceResponseCheck),
    idempotent: true,
  }),
);

/**
 * Every store endpoint.
 *
 * @example
 * import { STORE_ENDPOINTS, encodeEndpoint } from "@runwire/types";
 * encodeEndpoint(STORE_ENDPOINTS.getItem, { namespace: ["docs", "u1"], key: "k" }).query;
 * // { namespace: "docs.u1", key: "k" }
 */
export const STORE_ENDPOINTS = {
  putItem,
  getItem,
  deleteItem,
  searchItems,
  listNamespaces,
} as const;
