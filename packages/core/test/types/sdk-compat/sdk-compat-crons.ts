/**
 * Code written for the official SDK's `client.crons` (1.15), run against a runwire client.
 * Compiled by `tsc -p test/types/sdk-compat` (part of `typecheck`). The SDK's own option types go
 * in, narrowed to the keys a cron takes; each result is assigned to the SDK's result type minus
 * the named members where runwire deliberately says what the server sends.
 */
import type { Client as SdkClient, Cron as SdkCron } from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import { type Cron, createClient } from "../../../src/index";

type SdkCrons = SdkClient["crons"];
/** Argument `I` of an SDK method, as SDK-typed code builds it. */
type SdkArg<M extends keyof SdkCrons, I extends number> = NonNullable<Parameters<SdkCrons[M]>[I]>;
type SdkCronsCreatePayload = SdkArg<"create", 1>;
type SdkCronsUpdatePayload = SdkArg<"update", 1>;

// Where runwire differs from the SDK, on purpose:
// - the SDK's create and update payloads extend its runs payloads, so they type options a cron
//   never sends (`command`, `checkpoint`, `afterSeconds`, `feedbackKeys`, …): runwire's options
//   are strict and refuse them; SDK-typed code that sets only a cron's keys fits;
// - `context` is a JSON value, checked before the request (the SDK types it `unknown`);
// - `endTime` also takes a `Date`;
// - a cron's `on_run_completed` may be `null` (Python's declaration).
type CronKeys =
  | "schedule"
  | "input"
  | "config"
  | "metadata"
  | "checkpointDuring"
  | "interruptBefore"
  | "interruptAfter"
  | "webhook"
  | "onRunCompleted"
  | "multitaskStrategy"
  | "endTime"
  | "enabled"
  | "timezone"
  | "streamMode"
  | "streamSubgraphs"
  | "streamResumable"
  | "durability"
  | "signal";
type CronAsRunwireSends = Omit<SdkCron, "on_run_completed">;

const client = createClient({ transport: null as never, apiKey: null });

async function sdkTypedCronsCode(threadId: string, signal: AbortSignal) {
  const createPayload: Pick<SdkCronsCreatePayload, CronKeys> = {
    schedule: "0 9 * * *",
    input: { topic: "news" },
    config: { tags: ["cron"], recursion_limit: 10 },
    metadata: { owner: "alice" },
    interruptBefore: "*",
    interruptAfter: ["review"],
    webhook: "https://example.com/hook",
    onRunCompleted: "keep",
    multitaskStrategy: "enqueue",
    endTime: "2030-01-01T00:00:00Z",
    enabled: true,
    timezone: "Europe/Paris",
    streamMode: ["values", "updates"],
    streamSubgraphs: false,
    streamResumable: true,
    durability: "async",
    signal,
  };
  const created: CronAsRunwireSends = await client.crons.create("agent", createPayload);
  const threaded: CronAsRunwireSends = await client.crons.createForThread(
    threadId,
    "agent",
    createPayload,
  );

  const updatePayload: Pick<
    SdkCronsUpdatePayload,
    Exclude<CronKeys, "checkpointDuring" | "multitaskStrategy">
  > = { schedule: "0 10 * * *", endTime: null, enabled: false, signal };
  const updated: CronAsRunwireSends = await client.crons.update(created.cron_id, updatePayload);

  const deleteOptions: SdkArg<"delete", 1> = { signal };
  await client.crons.delete(created.cron_id, deleteOptions);

  const searchOptions: SdkArg<"search", 0> = {
    assistantId: "agent",
    threadId,
    enabled: true,
    limit: 10,
    offset: 0,
    sortBy: "next_run_date",
    sortOrder: "asc",
    select: ["cron_id", "schedule"],
    metadata: { owner: "alice" },
    signal,
  };
  const found: CronAsRunwireSends[] = await client.crons.search(searchOptions);

  const countOptions: SdkArg<"count", 0> = { assistantId: "agent", metadata: { owner: "alice" } };
  const count: number = await client.crons.count(countOptions);

  return { threaded, updated, found, count };
}
void sdkTypedCronsCode;

// The difference above is real: runwire's cron is not the SDK's.
expectTypeOf<Cron>().not.toExtend<SdkCron>();

// The methods whose options the SDK types exactly as a cron takes them fit the SDK's signature.
expectTypeOf(client.crons.delete).toExtend<SdkCrons["delete"]>();
expectTypeOf(client.crons.count).toExtend<SdkCrons["count"]>();

// Every method of the SDK's crons client, and no other public member (a gap is a compile error).
expectTypeOf<keyof typeof client.crons>().toEqualTypeOf<keyof SdkCrons>();
