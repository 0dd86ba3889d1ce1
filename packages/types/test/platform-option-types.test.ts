import { describe, expectTypeOf, it } from "vitest";
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
  CronEndTimeSchema,
  CronsCountOptions,
  CronsCountOptionsSchema,
  CronsCreateOptions,
  CronsCreateOptionsSchema,
  CronsDeleteOptions,
  CronsDeleteOptionsSchema,
  CronsSearchOptions,
  CronsSearchOptionsSchema,
  CronsUpdateOptions,
  CronsUpdateOptionsSchema,
  StoreDeleteItemOptions,
  StoreDeleteItemOptionsSchema,
  StoreGetItemOptions,
  StoreGetItemOptionsSchema,
  StoreKeySchema,
  StoreListNamespacesOptions,
  StoreListNamespacesOptionsSchema,
  StoreNamespace,
  StoreNamespacePrefixSchema,
  StoreNamespaceSchema,
  StorePutItemOptions,
  StorePutItemOptionsSchema,
  StoreSearchItemsOptions,
  StoreSearchItemsOptionsSchema,
  StoreValue,
  StoreValueSchema,
  ThreadSuperstep,
  ThreadSuperstepSchema,
  ThreadSuperstepUpdate,
  ThreadSuperstepUpdateSchema,
  ThreadsCountOptions,
  ThreadsCountOptionsSchema,
  ThreadsCreateOptions,
  ThreadsCreateOptionsSchema,
  ThreadsGetHistoryOptions,
  ThreadsGetHistoryOptionsSchema,
  ThreadsGetOptions,
  ThreadsGetOptionsSchema,
  ThreadsGetStateOptions,
  ThreadsGetStateOptionsSchema,
  ThreadsPruneOptions,
  ThreadsPruneOptionsSchema,
  ThreadsRequestOptions,
  ThreadsRequestOptionsSchema,
  ThreadsSearchOptions,
  ThreadsSearchOptionsSchema,
  ThreadsUpdateOptions,
  ThreadsUpdateOptionsSchema,
  ThreadsUpdateStateOptions,
  ThreadsUpdateStateOptionsSchema,
  ThreadTtl,
  ThreadTtlSchema,
} from "../src";

// The assistants and store counterpart of option-types.test.ts. Each options type is a hand-written
// interface (so its TSDoc reaches the published declarations) beside the strict zod schema that
// checks it at run time. These assertions run under `tsc` (the package's typecheck step, through
// tsconfig.test.json): a member added, dropped, renamed, made required or retyped on one side only
// fails the typecheck, naming the member. Both what the schema accepts (`z.input`) and what it
// returns (`z.output`) must be the interface exactly: a caller's value passes through unchanged.

describe("each assistants options interface is exactly what its schema accepts and returns", () => {
  it("AssistantsGetOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsGetOptionsSchema>
    >().toEqualTypeOf<AssistantsGetOptions>();
    expectTypeOf<
      z.output<typeof AssistantsGetOptionsSchema>
    >().toEqualTypeOf<AssistantsGetOptions>();
  });

  it("AssistantsGetGraphOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsGetGraphOptionsSchema>
    >().toEqualTypeOf<AssistantsGetGraphOptions>();
    expectTypeOf<
      z.output<typeof AssistantsGetGraphOptionsSchema>
    >().toEqualTypeOf<AssistantsGetGraphOptions>();
  });

  it("AssistantsGetSchemasOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsGetSchemasOptionsSchema>
    >().toEqualTypeOf<AssistantsGetSchemasOptions>();
    expectTypeOf<
      z.output<typeof AssistantsGetSchemasOptionsSchema>
    >().toEqualTypeOf<AssistantsGetSchemasOptions>();
  });

  it("AssistantsGetSubgraphsOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsGetSubgraphsOptionsSchema>
    >().toEqualTypeOf<AssistantsGetSubgraphsOptions>();
    expectTypeOf<
      z.output<typeof AssistantsGetSubgraphsOptionsSchema>
    >().toEqualTypeOf<AssistantsGetSubgraphsOptions>();
  });

  it("AssistantsCreateOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsCreateOptionsSchema>
    >().toEqualTypeOf<AssistantsCreateOptions>();
    expectTypeOf<
      z.output<typeof AssistantsCreateOptionsSchema>
    >().toEqualTypeOf<AssistantsCreateOptions>();
  });

  it("AssistantsUpdateOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsUpdateOptionsSchema>
    >().toEqualTypeOf<AssistantsUpdateOptions>();
    expectTypeOf<
      z.output<typeof AssistantsUpdateOptionsSchema>
    >().toEqualTypeOf<AssistantsUpdateOptions>();
  });

  it("AssistantsDeleteOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsDeleteOptionsSchema>
    >().toEqualTypeOf<AssistantsDeleteOptions>();
    expectTypeOf<
      z.output<typeof AssistantsDeleteOptionsSchema>
    >().toEqualTypeOf<AssistantsDeleteOptions>();
  });

  it("AssistantsSearchOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsSearchOptionsSchema>
    >().toEqualTypeOf<AssistantsSearchOptions>();
    expectTypeOf<
      z.output<typeof AssistantsSearchOptionsSchema>
    >().toEqualTypeOf<AssistantsSearchOptions>();
  });

  it("AssistantsCountOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsCountOptionsSchema>
    >().toEqualTypeOf<AssistantsCountOptions>();
    expectTypeOf<
      z.output<typeof AssistantsCountOptionsSchema>
    >().toEqualTypeOf<AssistantsCountOptions>();
  });

  it("AssistantsGetVersionsOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsGetVersionsOptionsSchema>
    >().toEqualTypeOf<AssistantsGetVersionsOptions>();
    expectTypeOf<
      z.output<typeof AssistantsGetVersionsOptionsSchema>
    >().toEqualTypeOf<AssistantsGetVersionsOptions>();
  });

  it("AssistantsSetLatestOptions", () => {
    expectTypeOf<
      z.input<typeof AssistantsSetLatestOptionsSchema>
    >().toEqualTypeOf<AssistantsSetLatestOptions>();
    expectTypeOf<
      z.output<typeof AssistantsSetLatestOptionsSchema>
    >().toEqualTypeOf<AssistantsSetLatestOptions>();
  });

  it("an assistant version number", () => {
    expectTypeOf<z.input<typeof AssistantVersionNumberSchema>>().toEqualTypeOf<number>();
    expectTypeOf<z.output<typeof AssistantVersionNumberSchema>>().toEqualTypeOf<number>();
  });
});

describe("each store options interface is exactly what its schema accepts and returns", () => {
  it("StorePutItemOptions", () => {
    expectTypeOf<z.input<typeof StorePutItemOptionsSchema>>().toEqualTypeOf<StorePutItemOptions>();
    expectTypeOf<z.output<typeof StorePutItemOptionsSchema>>().toEqualTypeOf<StorePutItemOptions>();
  });

  it("StoreGetItemOptions", () => {
    expectTypeOf<z.input<typeof StoreGetItemOptionsSchema>>().toEqualTypeOf<StoreGetItemOptions>();
    expectTypeOf<z.output<typeof StoreGetItemOptionsSchema>>().toEqualTypeOf<StoreGetItemOptions>();
  });

  it("StoreDeleteItemOptions", () => {
    expectTypeOf<
      z.input<typeof StoreDeleteItemOptionsSchema>
    >().toEqualTypeOf<StoreDeleteItemOptions>();
    expectTypeOf<
      z.output<typeof StoreDeleteItemOptionsSchema>
    >().toEqualTypeOf<StoreDeleteItemOptions>();
  });

  it("StoreSearchItemsOptions", () => {
    expectTypeOf<
      z.input<typeof StoreSearchItemsOptionsSchema>
    >().toEqualTypeOf<StoreSearchItemsOptions>();
    expectTypeOf<
      z.output<typeof StoreSearchItemsOptionsSchema>
    >().toEqualTypeOf<StoreSearchItemsOptions>();
  });

  it("StoreListNamespacesOptions", () => {
    expectTypeOf<
      z.input<typeof StoreListNamespacesOptionsSchema>
    >().toEqualTypeOf<StoreListNamespacesOptions>();
    expectTypeOf<
      z.output<typeof StoreListNamespacesOptionsSchema>
    >().toEqualTypeOf<StoreListNamespacesOptions>();
  });

  it("StoreNamespace", () => {
    expectTypeOf<z.input<typeof StoreNamespaceSchema>>().toEqualTypeOf<StoreNamespace>();
    expectTypeOf<z.output<typeof StoreNamespaceSchema>>().toEqualTypeOf<StoreNamespace>();
  });

  it("a namespace prefix is a StoreNamespace", () => {
    expectTypeOf<z.input<typeof StoreNamespacePrefixSchema>>().toEqualTypeOf<StoreNamespace>();
    expectTypeOf<z.output<typeof StoreNamespacePrefixSchema>>().toEqualTypeOf<StoreNamespace>();
  });

  it("a store key", () => {
    expectTypeOf<z.input<typeof StoreKeySchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof StoreKeySchema>>().toEqualTypeOf<string>();
  });

  it("StoreValue", () => {
    expectTypeOf<z.input<typeof StoreValueSchema>>().toEqualTypeOf<StoreValue>();
    expectTypeOf<z.output<typeof StoreValueSchema>>().toEqualTypeOf<StoreValue>();
  });
});

describe("each threads options interface is exactly what its schema accepts and returns", () => {
  it("ThreadsGetOptions", () => {
    expectTypeOf<z.input<typeof ThreadsGetOptionsSchema>>().toEqualTypeOf<ThreadsGetOptions>();
    expectTypeOf<z.output<typeof ThreadsGetOptionsSchema>>().toEqualTypeOf<ThreadsGetOptions>();
  });

  it("ThreadsCreateOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsCreateOptionsSchema>
    >().toEqualTypeOf<ThreadsCreateOptions>();
    expectTypeOf<
      z.output<typeof ThreadsCreateOptionsSchema>
    >().toEqualTypeOf<ThreadsCreateOptions>();
  });

  it("ThreadsUpdateOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsUpdateOptionsSchema>
    >().toEqualTypeOf<ThreadsUpdateOptions>();
    expectTypeOf<
      z.output<typeof ThreadsUpdateOptionsSchema>
    >().toEqualTypeOf<ThreadsUpdateOptions>();
  });

  it("ThreadsRequestOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsRequestOptionsSchema>
    >().toEqualTypeOf<ThreadsRequestOptions>();
    expectTypeOf<
      z.output<typeof ThreadsRequestOptionsSchema>
    >().toEqualTypeOf<ThreadsRequestOptions>();
  });

  it("ThreadsSearchOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsSearchOptionsSchema>
    >().toEqualTypeOf<ThreadsSearchOptions>();
    expectTypeOf<
      z.output<typeof ThreadsSearchOptionsSchema>
    >().toEqualTypeOf<ThreadsSearchOptions>();
  });

  it("ThreadsCountOptions", () => {
    expectTypeOf<z.input<typeof ThreadsCountOptionsSchema>>().toEqualTypeOf<ThreadsCountOptions>();
    expectTypeOf<z.output<typeof ThreadsCountOptionsSchema>>().toEqualTypeOf<ThreadsCountOptions>();
  });

  it("ThreadsPruneOptions", () => {
    expectTypeOf<z.input<typeof ThreadsPruneOptionsSchema>>().toEqualTypeOf<ThreadsPruneOptions>();
    expectTypeOf<z.output<typeof ThreadsPruneOptionsSchema>>().toEqualTypeOf<ThreadsPruneOptions>();
  });

  it("ThreadsGetStateOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsGetStateOptionsSchema>
    >().toEqualTypeOf<ThreadsGetStateOptions>();
    expectTypeOf<
      z.output<typeof ThreadsGetStateOptionsSchema>
    >().toEqualTypeOf<ThreadsGetStateOptions>();
  });

  it("ThreadsUpdateStateOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsUpdateStateOptionsSchema>
    >().toEqualTypeOf<ThreadsUpdateStateOptions>();
    expectTypeOf<
      z.output<typeof ThreadsUpdateStateOptionsSchema>
    >().toEqualTypeOf<ThreadsUpdateStateOptions>();
  });

  it("ThreadsGetHistoryOptions", () => {
    expectTypeOf<
      z.input<typeof ThreadsGetHistoryOptionsSchema>
    >().toEqualTypeOf<ThreadsGetHistoryOptions>();
    expectTypeOf<
      z.output<typeof ThreadsGetHistoryOptionsSchema>
    >().toEqualTypeOf<ThreadsGetHistoryOptions>();
  });

  it("ThreadSuperstep", () => {
    expectTypeOf<z.input<typeof ThreadSuperstepSchema>>().toEqualTypeOf<ThreadSuperstep>();
    expectTypeOf<z.output<typeof ThreadSuperstepSchema>>().toEqualTypeOf<ThreadSuperstep>();
  });

  it("ThreadSuperstepUpdate", () => {
    expectTypeOf<
      z.input<typeof ThreadSuperstepUpdateSchema>
    >().toEqualTypeOf<ThreadSuperstepUpdate>();
    expectTypeOf<
      z.output<typeof ThreadSuperstepUpdateSchema>
    >().toEqualTypeOf<ThreadSuperstepUpdate>();
  });

  it("ThreadTtl", () => {
    expectTypeOf<z.input<typeof ThreadTtlSchema>>().toEqualTypeOf<ThreadTtl>();
    expectTypeOf<z.output<typeof ThreadTtlSchema>>().toEqualTypeOf<ThreadTtl>();
  });
});

describe("each crons options interface is exactly what its schema accepts and returns", () => {
  it("CronsCreateOptions", () => {
    expectTypeOf<z.input<typeof CronsCreateOptionsSchema>>().toEqualTypeOf<CronsCreateOptions>();
    expectTypeOf<z.output<typeof CronsCreateOptionsSchema>>().toEqualTypeOf<CronsCreateOptions>();
  });

  it("CronsUpdateOptions", () => {
    expectTypeOf<z.input<typeof CronsUpdateOptionsSchema>>().toEqualTypeOf<CronsUpdateOptions>();
    expectTypeOf<z.output<typeof CronsUpdateOptionsSchema>>().toEqualTypeOf<CronsUpdateOptions>();
  });

  it("CronsDeleteOptions", () => {
    expectTypeOf<z.input<typeof CronsDeleteOptionsSchema>>().toEqualTypeOf<CronsDeleteOptions>();
    expectTypeOf<z.output<typeof CronsDeleteOptionsSchema>>().toEqualTypeOf<CronsDeleteOptions>();
  });

  it("CronsSearchOptions", () => {
    expectTypeOf<z.input<typeof CronsSearchOptionsSchema>>().toEqualTypeOf<CronsSearchOptions>();
    expectTypeOf<z.output<typeof CronsSearchOptionsSchema>>().toEqualTypeOf<CronsSearchOptions>();
  });

  it("CronsCountOptions", () => {
    expectTypeOf<z.input<typeof CronsCountOptionsSchema>>().toEqualTypeOf<CronsCountOptions>();
    expectTypeOf<z.output<typeof CronsCountOptionsSchema>>().toEqualTypeOf<CronsCountOptions>();
  });

  it("a cron's end time: text or a Date", () => {
    expectTypeOf<z.input<typeof CronEndTimeSchema>>().toEqualTypeOf<string | Date>();
    expectTypeOf<z.output<typeof CronEndTimeSchema>>().toEqualTypeOf<string | Date>();
  });
});
