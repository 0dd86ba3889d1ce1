/**
 * Code written for the official SDK's `client.threads` (1.15), run against a runwire client.
 * Compiled by `tsc -p test/types/sdk-compat` (part of `typecheck`). The SDK's own option types go
 * in; each result is assigned to the SDK's result type where runwire's record matches it, and to
 * that type minus the named members where runwire says what the server sends (P26).
 */
import type {
  Client as SdkClient,
  Thread as SdkThread,
  ThreadState as SdkThreadState,
} from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import { createClient, type Thread, type ThreadState } from "../../../src/index";

type SdkThreads = SdkClient["threads"];
/** Argument `I` of an SDK method, as SDK-typed code builds it. */
type SdkArg<M extends keyof SdkThreads, I extends number> = NonNullable<
  Parameters<SdkThreads[M]>[I]
>;

// Where runwire's records differ from the SDK's (each fails the check without its exception):
// - a thread's `values` and `interrupts` are optional, and `state_updated_at` too: the LangGraph
//   JS server 1.5.1 leaves them out (PLATFORM_SPEC §2.10, Q13);
// - `count` and `updateState` take JSON-object `values` (checked before the request); the SDK
//   types them `unknown`, so only an SDK-typed value already known to be an object fits;
// - a state's `checkpoint` may be null (a thread without a graph) and its `metadata` absent (an
//   empty state), §2.12.
type ThreadAsRunwireSends = Omit<SdkThread, "values" | "interrupts" | "state_updated_at">;
type StateAsRunwireSends = Omit<SdkThreadState, "checkpoint" | "metadata" | "tasks">;

const client = createClient({ transport: null as never, apiKey: null });

async function sdkTypedThreadsCode(threadId: string, signal: AbortSignal) {
  const getOptions: SdkArg<"get", 1> = { signal };
  const fetched: ThreadAsRunwireSends = await client.threads.get(threadId, getOptions);

  const createOptions: SdkArg<"create", 0> = {
    metadata: { user: "u1" },
    threadId,
    ifExists: "do_nothing",
    graphId: "agent",
    supersteps: [{ updates: [{ values: { topic: "tides" }, asNode: "prepare" }] }],
    ttl: 60,
    signal,
  };
  const created: ThreadAsRunwireSends = await client.threads.create(createOptions);

  // The SDK's last `update` overload is the returnMinimal one; the plain one has the same keys.
  const updateOptions: Omit<SdkArg<"update", 1>, "returnMinimal"> = {
    metadata: { reviewed: true },
    ttl: 30,
  };
  const updated: ThreadAsRunwireSends = await client.threads.update(threadId, updateOptions);

  await client.threads.delete(threadId, { signal });

  const query: SdkArg<"search", 0> = {
    metadata: { user: "u1" },
    ids: [threadId],
    limit: 20,
    offset: 0,
    status: "interrupted",
    sortBy: "updated_at",
    sortOrder: "desc",
    select: ["thread_id", "status"],
    values: { topic: "tides" },
    signal,
  };
  const found: ThreadAsRunwireSends[] = await client.threads.search(query);

  const countOptions: Omit<SdkArg<"count", 0>, "values"> = {
    metadata: { user: "u1" },
    status: "busy",
  };
  const total: number = await client.threads.count(countOptions);

  const copy: ThreadAsRunwireSends = await client.threads.copy(threadId, { signal });

  const pruneOptions: SdkArg<"prune", 1> = { strategy: "keep_latest" };
  const pruned: number = (await client.threads.prune([threadId], pruneOptions)).pruned_count;

  const stateOptions: SdkArg<"getState", 2> = { subgraphs: true };
  const state: StateAsRunwireSends = await client.threads.getState(
    threadId,
    "checkpoint-id",
    stateOptions,
  );

  const updateStateOptions: Omit<SdkArg<"updateState", 1>, "values"> & {
    values: Record<string, unknown>;
  } = {
    values: { topic: "moons" },
    asNode: "prepare",
    checkpointId: "checkpoint-id",
  };
  const written = await client.threads.updateState(threadId, updateStateOptions);
  const checkpointId: string | null = written.checkpoint.checkpoint_id;

  await client.threads.patchState(threadId, { reviewed: true }, { signal });

  const historyOptions: SdkArg<"getHistory", 1> = { limit: 5, metadata: { source: "loop" } };
  const history: StateAsRunwireSends[] = await client.threads.getHistory(threadId, historyOptions);

  const results = { fetched, created, updated, found, total, copy, pruned, state };
  return { ...results, checkpointId, history };
}
void sdkTypedThreadsCode;

// The differences above are real: with them, the records are not the SDK's.
expectTypeOf<Thread>().not.toExtend<SdkThread>();
expectTypeOf<ThreadState>().not.toExtend<SdkThreadState>();

// Methods whose whole signature fits the SDK's: a function typed for one of them takes runwire's.
expectTypeOf(client.threads.delete).toExtend<SdkThreads["delete"]>();
expectTypeOf(client.threads.patchState).toExtend<SdkThreads["patchState"]>();
expectTypeOf(client.threads.prune).toExtend<SdkThreads["prune"]>();

// A graph whose state is an interface (no index signature): `updateState` takes its keys, as
// the SDK's `updateState<ValuesType>` does, and refuses a key the state does not have.
interface ReviewState {
  question: string;
  answer?: string;
}
async function updateTypedState(threadId: string) {
  const typed = createClient<ReviewState>({ transport: null as never, apiKey: null });
  await typed.threads.updateState(threadId, { values: { answer: "yes" }, asNode: "review" });
  // @ts-expect-error `verdict` is not a key of the state
  await typed.threads.updateState(threadId, { values: { verdict: "yes" } });
}
void updateTypedState;

// The read methods take the values' type per call, as the SDK's `getState<ValuesType>` do:
// assistant-ui's LangGraph quickstart loads a thread with
// `client.threads.getState<{ messages: LangChainMessage[] }>(externalId)` and reads
// `state.values.messages` as that type. Left out, it is the client's `State`.
interface ChatValues {
  messages: { type: string; content: string }[];
}
async function perCallValues(threadId: string) {
  const state = await client.threads.getState<ChatValues>(threadId);
  expectTypeOf(state.values.messages).toEqualTypeOf<ChatValues["messages"]>();
  expectTypeOf(await client.threads.getHistory<ChatValues>(threadId)).toEqualTypeOf<
    ThreadState<ChatValues>[]
  >();
  expectTypeOf(await client.threads.get<ChatValues>(threadId)).toEqualTypeOf<Thread<ChatValues>>();
  expectTypeOf(await client.threads.search<ChatValues>()).toEqualTypeOf<Thread<ChatValues>[]>();

  const typed = createClient<ReviewState>({ transport: null as never, apiKey: null });
  expectTypeOf(await typed.threads.getState(threadId)).toEqualTypeOf<ThreadState<ReviewState>>();
  expectTypeOf(await typed.threads.getHistory(threadId)).toEqualTypeOf<
    ThreadState<ReviewState>[]
  >();
  expectTypeOf(await typed.threads.get(threadId)).toEqualTypeOf<Thread<ReviewState>>();
  expectTypeOf(await typed.threads.search()).toEqualTypeOf<Thread<ReviewState>[]>();
}
void perCallValues;
