import * as z from "zod/mini";
import { define, defineWith, type JsonObject, JsonObjectSchema } from "../schema-kit";

// What the server answers to the store methods (PLATFORM_SPEC §2.17), as interfaces, and a loose
// schema per record for `validateResponses` (P38): it requires only the identity keys, checks the
// other known keys when they are there, and keeps every key, known or not.

/**
 * A stored item, as `getItem` resolves it. The server sends `created_at` / `updated_at`; the
 * client adds `createdAt` / `updatedAt` copies (the names the JS SDK declares), so code written
 * for either spelling works.
 */
export interface Item {
  /** The item's namespace: its labels, outermost first. */
  namespace: string[];
  /** The item's key within the namespace. */
  key: string;
  /** The stored object. */
  value: JsonObject;
  /** ISO-8601 timestamp, left unparsed: when the item was first put. */
  created_at: string;
  /** ISO-8601 timestamp, left unparsed: when the item was last put (`created_at` stays). */
  updated_at: string;
  /** Copy of `created_at`, under the JS SDK's name. */
  createdAt: string;
  /** Copy of `updated_at`, under the JS SDK's name. */
  updatedAt: string;
}

/** An item found by `searchItems`. */
export interface SearchItem extends Item {
  /**
   * Relevance to the search's `query`; present only when the store has a vector index (the
   * LangGraph JS server 1.5.1 has none and never sends it).
   */
  score?: number | null;
}

/** What `searchItems` resolves. */
export interface SearchItemsResponse {
  /** The matching items, each with the `createdAt` / `updatedAt` copies. */
  items: SearchItem[];
}

/** What `listNamespaces` resolves. */
export interface ListNamespaceResponse {
  /** The namespaces found, each a list of labels. */
  namespaces: string[][];
}

const optionalString = /*#__PURE__*/ define(() => z.optional(z.string()));

const itemShape = /*#__PURE__*/ define(() => ({
  namespace: z.array(z.string()),
  key: z.string(),
  value: JsonObjectSchema,
  created_at: optionalString,
  updated_at: optionalString,
  createdAt: optionalString,
  updatedAt: optionalString,
}));

/** Checks an `Item` answer: `namespace`, `key` and `value` required, every key kept. */
export const ItemSchema = /*#__PURE__*/ z.looseObject(itemShape);

/** Checks `getItem`'s answer: an `Item`, or `null` for a key the store does not hold. */
export const ItemOrNullSchema = /*#__PURE__*/ z.nullable(ItemSchema);

/** Checks a `SearchItem`: an item with an optional numeric `score`. */
export const SearchItemSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  ...itemShape,
  score: z.optional(z.nullable(z.number())),
}));

/** Checks a `searchItems` answer: an `items` array of search items. */
export const SearchItemsResponseSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  items: z.array(SearchItemSchema),
}));

/** Checks a `listNamespaces` answer: a `namespaces` array of label lists. */
export const ListNamespaceResponseSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  namespaces: z.array(z.array(z.string())),
}));
