import * as z from "zod/mini";
import { hasNoDot, isNonEmpty, isPlainObject } from "../check/predicates";
import { type RequestOptions, requestOptionsShape } from "../request-options";
import {
  define,
  defineWith,
  type JsonObject,
  JsonObjectSchema,
  list,
  maybe,
  nonNegativeInt,
} from "../schema-kit";

// The store's positional arguments and the camelCase options of each store method (the names
// @langchain/langgraph-sdk 1.15 uses), as documented interfaces and strict schemas. Schema keys
// are declared in the wire order of PLATFORM_SPEC Appendix A.4: the wire keys are derived from
// them by camelCase → snake_case, in this order. `null` counts as "not given", as `undefined` does.

// The server joins a namespace's labels with "." in `getItem`'s query and refuses labels that
// are empty or contain "." (422); an empty namespace gets a 400, or a 500 that the JS SDK
// retries four times. Checking here turns each into a clear local error (P31).
const StoreLabelSchema = /*#__PURE__*/ define(() =>
  z.string().check(
    z.refine(isNonEmpty, {
      error: "expected a non-empty namespace label",
    }),
    z.refine(hasNoDot, {
      error: `expected a namespace label without "." (the server joins labels with ".")`,
    }),
  ),
);

/** A namespace: its labels, outermost first. */
export type StoreNamespace = readonly string[];

/**
 * The namespace of `putItem`, `getItem` and `deleteItem`: a non-empty list of non-empty labels,
 * none containing `.`.
 */
export const StoreNamespaceSchema = /*#__PURE__*/ define(() =>
  list(StoreLabelSchema).check(
    z.refine(isNonEmpty, {
      error: "expected at least one namespace label (the server requires a namespace)",
    }),
  ),
);

/**
 * A namespace prefix or suffix (`searchItems`, `listNamespaces`): a list of non-empty labels
 * without `.`; `"*"` matches any one label, and `[]` matches every namespace.
 */
export const StoreNamespacePrefixSchema = /*#__PURE__*/ list(StoreLabelSchema);

/** An item's key within its namespace: any string. */
export const StoreKeySchema = /*#__PURE__*/ z.string();

/** What `putItem` stores: a JSON object (the server refuses arrays and primitives). */
export type StoreValue = JsonObject;

/** The value of `putItem`: a plain JSON object. */
export const StoreValueSchema = /*#__PURE__*/ z.custom<StoreValue>(isPlainObject, {
  error: "expected a plain object (the store keeps JSON objects, not arrays or primitives)",
});

/** Options of `store.putItem`. */
export interface StorePutItemOptions extends RequestOptions {
  /**
   * Which fields of the value the store's vector index embeds: `false` for none, or a list of
   * field paths (`"title"`, `"sections[*].text"`). Left out: the store's own setting. Ignored
   * by the LangGraph JS server 1.5.1 (it has no vector index).
   */
  index?: false | readonly string[] | null | undefined;
  /**
   * Minutes until the item expires (a positive number). Left out: it never expires. Ignored by
   * the LangGraph JS server 1.5.1.
   */
  ttl?: number | null | undefined;
}
/** The strict schema of {@link StorePutItemOptions}. */
export const StorePutItemOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  index: maybe(z.union([z.literal(false), list(z.string())])),
  ttl: maybe(z.number().check(z.positive())),
  ...requestOptionsShape,
}));

/** Options of `store.getItem`. */
export interface StoreGetItemOptions extends RequestOptions {
  /**
   * Restart the item's time-to-live on this read (`true`) or not (`false`); left out: the
   * store's own setting. Ignored by the LangGraph JS server 1.5.1.
   */
  refreshTtl?: boolean | null | undefined;
}
/** The strict schema of {@link StoreGetItemOptions}. */
export const StoreGetItemOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  refreshTtl: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `store.deleteItem`: only the per-call request options. */
export interface StoreDeleteItemOptions extends RequestOptions {}
/** The strict schema of {@link StoreDeleteItemOptions}. */
export const StoreDeleteItemOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/** Options of `store.searchItems`. */
export interface StoreSearchItemsOptions extends RequestOptions {
  /** Only items whose value has each of these keys with an equal value. */
  filter?: JsonObject | null | undefined;
  /** Page size (a whole number); default `10`, always sent. `0` finds nothing. */
  limit?: number | null | undefined;
  /** Items to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
  /**
   * Natural-language search over the indexed fields; results then carry a `score`. Needs a
   * store with a vector index: the LangGraph JS server 1.5.1 ignores it.
   */
  query?: string | null | undefined;
  /** Restart the time-to-live of the items found. Ignored by the LangGraph JS server 1.5.1. */
  refreshTtl?: boolean | null | undefined;
}
/** The strict schema of {@link StoreSearchItemsOptions}. */
export const StoreSearchItemsOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  filter: maybe(JsonObjectSchema),
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  query: maybe(z.string()),
  refreshTtl: maybe(z.boolean()),
  ...requestOptionsShape,
}));

/** Options of `store.listNamespaces`. */
export interface StoreListNamespacesOptions extends RequestOptions {
  /** Only namespaces starting with these labels (`"*"` matches any one label). */
  prefix?: StoreNamespace | null | undefined;
  /** Only namespaces ending with these labels (`"*"` matches any one label). */
  suffix?: StoreNamespace | null | undefined;
  /**
   * Cut each namespace after this many labels (a whole number), dropping the duplicates that
   * leaves: `1` lists the top-level labels.
   */
  maxDepth?: number | null | undefined;
  /** Page size (a whole number); default `100`, always sent. */
  limit?: number | null | undefined;
  /** Namespaces to skip (a whole number); default `0`, always sent. */
  offset?: number | null | undefined;
}
/** The strict schema of {@link StoreListNamespacesOptions}. */
export const StoreListNamespacesOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  prefix: maybe(StoreNamespacePrefixSchema),
  suffix: maybe(StoreNamespacePrefixSchema),
  maxDepth: maybe(nonNegativeInt()),
  limit: maybe(nonNegativeInt()),
  offset: maybe(nonNegativeInt()),
  ...requestOptionsShape,
}));
