// Compile-time checks, run by `tsc -p tsconfig.test.json` (the package's `typecheck`): each
// hand-written options interface is exactly the type its strict schema parses to, so the
// documented interface and the runtime check cannot drift apart. Not a vitest file: a mismatch
// fails the typecheck.
import type * as z from "zod/mini";
import type {
  AssistantsCountOptions,
  AssistantsCountOptionsSchema,
  AssistantsCreateOptions,
  AssistantsCreateOptionsSchema,
  AssistantsDeleteOptions,
  AssistantsDeleteOptionsSchema,
  AssistantsGetGraphOptions,
  AssistantsGetGraphOptionsSchema,
  AssistantsGetOptions,
  AssistantsGetOptionsSchema,
  AssistantsGetSchemasOptions,
  AssistantsGetSchemasOptionsSchema,
  AssistantsGetSubgraphsOptions,
  AssistantsGetSubgraphsOptionsSchema,
  AssistantsGetVersionsOptions,
  AssistantsGetVersionsOptionsSchema,
  AssistantsSearchOptions,
  AssistantsSearchOptionsSchema,
  AssistantsSetLatestOptions,
  AssistantsSetLatestOptionsSchema,
  AssistantsUpdateOptions,
  AssistantsUpdateOptionsSchema,
  AssistantVersionNumberSchema,
  NamespacePrefixSchema,
  StoreDeleteItemOptions,
  StoreDeleteItemOptionsSchema,
  StoreGetItemOptions,
  StoreGetItemOptionsSchema,
  StoreKeySchema,
  StoreListNamespacesOptions,
  StoreListNamespacesOptionsSchema,
  StoreNamespace,
  StoreNamespaceSchema,
  StorePutItemOptions,
  StorePutItemOptionsSchema,
  StoreSearchItemsOptions,
  StoreSearchItemsOptionsSchema,
  StoreValue,
  StoreValueSchema,
} from "../src";

/** `true` only when `A` and `B` are the same type (not merely assignable either way). */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type OptionTypeChecks = [
  Expect<Equal<z.infer<typeof AssistantsGetOptionsSchema>, AssistantsGetOptions>>,
  Expect<Equal<z.infer<typeof AssistantsGetGraphOptionsSchema>, AssistantsGetGraphOptions>>,
  Expect<Equal<z.infer<typeof AssistantsGetSchemasOptionsSchema>, AssistantsGetSchemasOptions>>,
  Expect<Equal<z.infer<typeof AssistantsGetSubgraphsOptionsSchema>, AssistantsGetSubgraphsOptions>>,
  Expect<Equal<z.infer<typeof AssistantsCreateOptionsSchema>, AssistantsCreateOptions>>,
  Expect<Equal<z.infer<typeof AssistantsUpdateOptionsSchema>, AssistantsUpdateOptions>>,
  Expect<Equal<z.infer<typeof AssistantsDeleteOptionsSchema>, AssistantsDeleteOptions>>,
  Expect<Equal<z.infer<typeof AssistantsSearchOptionsSchema>, AssistantsSearchOptions>>,
  Expect<Equal<z.infer<typeof AssistantsCountOptionsSchema>, AssistantsCountOptions>>,
  Expect<Equal<z.infer<typeof AssistantsGetVersionsOptionsSchema>, AssistantsGetVersionsOptions>>,
  Expect<Equal<z.infer<typeof AssistantsSetLatestOptionsSchema>, AssistantsSetLatestOptions>>,
  Expect<Equal<z.infer<typeof AssistantVersionNumberSchema>, number>>,
  Expect<Equal<z.infer<typeof StorePutItemOptionsSchema>, StorePutItemOptions>>,
  Expect<Equal<z.infer<typeof StoreGetItemOptionsSchema>, StoreGetItemOptions>>,
  Expect<Equal<z.infer<typeof StoreDeleteItemOptionsSchema>, StoreDeleteItemOptions>>,
  Expect<Equal<z.infer<typeof StoreSearchItemsOptionsSchema>, StoreSearchItemsOptions>>,
  Expect<Equal<z.infer<typeof StoreListNamespacesOptionsSchema>, StoreListNamespacesOptions>>,
  Expect<Equal<z.infer<typeof StoreNamespaceSchema>, StoreNamespace>>,
  Expect<Equal<z.infer<typeof NamespacePrefixSchema>, StoreNamespace>>,
  Expect<Equal<z.infer<typeof StoreKeySchema>, string>>,
  Expect<Equal<z.infer<typeof StoreValueSchema>, StoreValue>>,
];
