/**
 * Code written for the official SDK's `client.assistants` (1.15), run against a runwire client.
 * Compiled by `tsc -p test/types/sdk-compat` (part of `typecheck`). The SDK's own option types go
 * in; each result is assigned to the SDK's result type where runwire's record matches it, and to
 * that type minus the named members where runwire deliberately says what the server sends.
 */
import type {
  Assistant as SdkAssistant,
  AssistantGraph as SdkAssistantGraph,
  AssistantVersion as SdkAssistantVersion,
  Client as SdkClient,
  GraphSchema as SdkGraphSchema,
} from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import { type Assistant, type AssistantGraph, createClient } from "../../../src/index";

type SdkAssistants = SdkClient["assistants"];
/** Argument `I` of an SDK method, as SDK-typed code builds it (of search: its last overload). */
type SdkArg<M extends keyof SdkAssistants, I extends number> = NonNullable<
  Parameters<SdkAssistants[M]>[I]
>;
type SdkEdge = SdkAssistantGraph["edges"][number];

// Where runwire's records differ from the SDK's (each fails the check without its exception):
// - `description` is `string | null`: the server sends `null` when none was set (PLATFORM_SPEC
//   §2.5); the SDK declares an optional string;
// - an edge's `data` is `unknown` (the SDK declares a string);
// - `getSubgraphs` values may be the short `{ state, input, output, config }` form the LangGraph
//   JS server 1.5.1 sends, which has no `graph_id`;
// - `create` / `update` take a JSON `context` (checked before the request); the SDK types it
//   `unknown`, so only an SDK-typed value already known to be JSON fits.
type AssistantAsRunwireSends = Omit<SdkAssistant, "description">;
type VersionAsRunwireSends = Omit<SdkAssistantVersion, "description">;

const client = createClient({ transport: null as never, apiKey: null });

async function sdkTypedAssistantsCode(assistantId: string, signal: AbortSignal) {
  const getOptions: SdkArg<"get", 1> = { signal };
  const fetched: AssistantAsRunwireSends = await client.assistants.get(assistantId, getOptions);

  const graphOptions: SdkArg<"getGraph", 1> = { xray: 1, signal };
  const graph = await client.assistants.getGraph(assistantId, graphOptions);
  const nodes: SdkAssistantGraph["nodes"] = graph.nodes;
  const edges: Omit<SdkEdge, "data">[] = graph.edges;

  const schemas: SdkGraphSchema = await client.assistants.getSchemas(assistantId, { signal });

  const subgraphOptions: SdkArg<"getSubgraphs", 1> = { namespace: "child", recurse: true };
  const subgraphs = await client.assistants.getSubgraphs(assistantId, subgraphOptions);
  expectTypeOf(subgraphs).not.toExtend<Awaited<ReturnType<SdkAssistants["getSubgraphs"]>>>();
  expectTypeOf(subgraphs).toExtend<Record<string, object>>();

  const createOptions: Omit<SdkArg<"create", 0>, "context"> = {
    graphId: "agent",
    assistantId,
    ifExists: "do_nothing",
    name: "Support",
    description: "Answers support questions",
    config: { configurable: { model: "small" }, tags: ["support"], recursion_limit: 10 },
    metadata: { team: "support" },
    signal,
  };
  const created: AssistantAsRunwireSends = await client.assistants.create({
    ...createOptions,
    context: { locale: "en" },
  });

  const updateOptions: Omit<SdkArg<"update", 1>, "context"> = {
    name: "Support v2",
    metadata: { team: "support", tier: 2 },
  };
  const updated: AssistantAsRunwireSends = await client.assistants.update(
    assistantId,
    updateOptions,
  );

  const deleteOptions: SdkArg<"delete", 1> = { deleteThreads: true, signal };
  await client.assistants.delete(assistantId, deleteOptions);

  const query: SdkArg<"search", 0> = {
    graphId: "agent",
    name: "Support",
    metadata: { team: "support" },
    limit: 20,
    offset: 0,
    sortBy: "created_at",
    sortOrder: "desc",
    select: ["assistant_id", "name", "version"],
    signal,
  };
  const found: AssistantAsRunwireSends[] = await client.assistants.search(query);
  const page = await client.assistants.search({ ...query, includePagination: true });
  const pageAssistants: AssistantAsRunwireSends[] = page.assistants;
  const next: string | null = page.next;

  const countOptions: SdkArg<"count", 0> = { graphId: "agent", metadata: { team: "support" } };
  const total: number = await client.assistants.count(countOptions);

  const versionOptions: SdkArg<"getVersions", 1> = { limit: 5, offset: 0, metadata: {} };
  const versions: VersionAsRunwireSends[] = await client.assistants.getVersions(
    assistantId,
    versionOptions,
  );

  const latest: AssistantAsRunwireSends = await client.assistants.setLatest(assistantId, 2, {
    signal,
  });

  const results = { fetched, nodes, edges, schemas, subgraphs, created, updated, found };
  return { ...results, pageAssistants, next, total, versions, latest };
}
void sdkTypedAssistantsCode;

// The differences above are real: with them, the records are not the SDK's (the assignments in
// sdkTypedAssistantsCode show they are the only ones).
expectTypeOf<Assistant>().not.toExtend<SdkAssistant>();
expectTypeOf<AssistantGraph>().not.toExtend<SdkAssistantGraph>();

// The SDK's option types are runwire's, except that `context` must be JSON.
type RunwireArg<M extends keyof typeof client.assistants, I extends number> = NonNullable<
  Parameters<(typeof client.assistants)[M]>[I]
>;
expectTypeOf<Omit<SdkArg<"create", 0>, "context">>().toExtend<RunwireArg<"create", 0>>();
expectTypeOf<SdkArg<"create", 0>>().not.toExtend<RunwireArg<"create", 0>>();
expectTypeOf<Omit<SdkArg<"update", 1>, "context">>().toExtend<RunwireArg<"update", 1>>();
expectTypeOf<SdkArg<"update", 1>>().not.toExtend<RunwireArg<"update", 1>>();

// Methods whose whole signature fits the SDK's: a function typed for one of them takes runwire's.
expectTypeOf(client.assistants.getSchemas).toExtend<SdkAssistants["getSchemas"]>();
expectTypeOf(client.assistants.delete).toExtend<SdkAssistants["delete"]>();
expectTypeOf(client.assistants.count).toExtend<SdkAssistants["count"]>();
expectTypeOf(client.assistants).toExtend<Pick<SdkAssistants, "getSchemas" | "delete" | "count">>();

// Not the SDK's whole `Client["assistants"]`: that is a class extending the SDK's BaseClient,
// whose `#private` field and protected members (asyncCaller, timeoutMs, apiUrl, defaultHeaders,
// onRequest, streamProtocol, prepareFetchOptions, fetch, streamWithRetry) make it nominal — only
// an instance of that class fits. Its public methods fit only where the records above agree.
expectTypeOf(client.assistants).not.toExtend<SdkAssistants>();
// Nominal indeed: an object with exactly the SDK's own public methods does not fit either.
expectTypeOf<Pick<SdkAssistants, keyof SdkAssistants>>().not.toExtend<SdkAssistants>();
