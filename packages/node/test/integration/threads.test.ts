import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  NotFoundError,
  RunwireValidationError,
  type Thread,
} from "../../src/index";
import { collect, rejectionOf, UNKNOWN_ID } from "./helpers";
import { slowRunAfterFirstNode } from "./live-run";
import { realClient } from "./support";

// Every threads method against the real LangGraph JS server 1.5.1, its quirks (PLATFORM_SPEC §10)
// asserted as they are: prune and patchState are missing routes (NotFoundError), copy of an
// unknown thread is a 409. Threads made here carry this run's `suite` marker in their metadata,
// and every search or count filters on it (the server is shared with other suites).

type HitlState = { question: string; answer: string | null };
const client = realClient<HitlState>({ validateResponses: true });
/** For the `slow` graph's runs, whose helper takes a client of the default state. */
const slowClient = realClient({ validateResponses: true });
afterAll(async () => {
  await Promise.all([client.close(), slowClient.close()]);
});

const SUITE = randomUUID();
const marked = (test: string, extra: Record<string, unknown> = {}) => ({
  suite: SUITE,
  test,
  ...extra,
});

describe("create, get, update, delete", () => {
  it("create() makes an idle thread with empty metadata; get reads it back", async () => {
    const thread = await client.threads.create();
    expect(thread).toMatchObject({ metadata: {}, status: "idle", config: {} });
    expect(thread.values).toBeUndefined();
    expect(await client.threads.get(thread.thread_id, { include: ["ttl"] })).toEqual(thread);
  });

  it("graphId lands in metadata.graph_id over a metadata graph_id; a lone metadata.graph_id survives", async () => {
    const merged = await client.threads.create({
      metadata: marked("graph", { graph_id: "old" }),
      graphId: "hitl",
    });
    expect(merged.metadata).toEqual(marked("graph", { graph_id: "hitl" }));
    const kept = await client.threads.create({ metadata: marked("graph", { graph_id: "echo" }) });
    expect(kept.metadata.graph_id).toBe("echo");
  });

  it("threadId + ifExists: raise → ConflictError, do_nothing → the existing thread unchanged", async () => {
    const threadId = randomUUID();
    const first = await client.threads.create({ threadId, metadata: marked("exists"), ttl: 5 });
    expect(first.thread_id).toBe(threadId);
    expect(await rejectionOf(client.threads.create({ threadId }))).toBeInstanceOf(ConflictError);
    const again = await client.threads.create({
      threadId,
      ifExists: "do_nothing",
      metadata: { other: 1 },
    });
    expect(again.metadata).toEqual(marked("exists"));
  });

  it("supersteps seed the state of a thread with a graph", async () => {
    const thread = await client.threads.create({
      graphId: "hitl",
      supersteps: [{ updates: [{ values: { question: "seeded?" }, asNode: "ask" }] }],
    });
    expect(thread.values).toMatchObject({ question: "seeded?" });
    const state = await client.threads.getState(thread.thread_id);
    expect(state.values.question).toBe("seeded?");
  });

  it("update merges metadata (also with ttl alone, which sends metadata {}); returnMinimal resolves undefined", async () => {
    const thread = await client.threads.create({ metadata: marked("update", { a: 1 }) });
    const updated = await client.threads.update(thread.thread_id, { metadata: { b: 2 } });
    expect(updated.metadata).toEqual(marked("update", { a: 1, b: 2 }));
    const ttlOnly = await client.threads.update(thread.thread_id, { ttl: 5 });
    expect(ttlOnly.metadata).toEqual(marked("update", { a: 1, b: 2 }));
    const minimal = await client.threads.update(thread.thread_id, {
      metadata: { c: 3 },
      returnMinimal: true,
    });
    expect(minimal).toBeUndefined();
    expect((await client.threads.get(thread.thread_id)).metadata).toMatchObject({ c: 3 });
  });

  it("delete resolves undefined; the thread is then a NotFoundError; a non-UUID id is a 400", async () => {
    const thread = await client.threads.create();
    expect(await client.threads.delete(thread.thread_id)).toBeUndefined();
    expect(await rejectionOf(client.threads.get(thread.thread_id))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(client.threads.delete(UNKNOWN_ID))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(client.threads.get("not-a-uuid"))).toBeInstanceOf(BadRequestError);
  });
});

describe("search, count, copy, prune", () => {
  it("search and count filter by metadata and status; select narrows; ids picks", async () => {
    const test = `search-${randomUUID()}`;
    const a = await client.threads.create({ metadata: marked(test, { n: 1 }) });
    const b = await client.threads.create({ metadata: marked(test, { n: 2 }) });
    const metadata = marked(test);
    const found = await client.threads.search({ metadata, sortBy: "created_at", sortOrder: "asc" });
    expect(found.map((t) => t.thread_id)).toEqual([a.thread_id, b.thread_id]);
    expect(await client.threads.count({ metadata })).toBe(2);
    expect(await client.threads.count({ metadata, status: "busy" })).toBe(0);
    const selected = await client.threads.search({ metadata, select: ["thread_id", "status"] });
    expect(selected.map((t) => Object.keys(t).sort())).toEqual([
      ["status", "thread_id"],
      ["status", "thread_id"],
    ]);
    const byId = await client.threads.search({ ids: [b.thread_id], metadata });
    expect(byId.map((t) => t.thread_id)).toEqual([b.thread_id]);
    expect(await client.threads.search({ metadata, limit: 1, offset: 1 })).toHaveLength(1);
    const refused = await rejectionOf(client.threads.search({ ids: [] }));
    expect(refused).toBeInstanceOf(RunwireValidationError);
  });

  it("search sortBy state_updated_at is refused by 1.5.1 (BadRequestError)", async () => {
    const error = await rejectionOf(client.threads.search({ sortBy: "state_updated_at" }));
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("copy makes a new thread with the source's metadata and state; an unknown source is a 409", async () => {
    const source = await client.threads.create({
      graphId: "hitl",
      metadata: marked("copy"),
      supersteps: [{ updates: [{ values: { question: "copied?" }, asNode: "ask" }] }],
    });
    const copy: Thread<HitlState> = await client.threads.copy(source.thread_id);
    expect(copy.thread_id).not.toBe(source.thread_id);
    expect(copy.metadata).toMatchObject({ ...marked("copy"), thread_id: copy.thread_id });
    expect((await client.threads.getState(copy.thread_id)).values.question).toBe("copied?");
    expect(await rejectionOf(client.threads.copy(UNKNOWN_ID))).toBeInstanceOf(ConflictError);
  });

  it("prune and patchState are missing routes on 1.5.1: NotFoundError", async () => {
    const thread = await client.threads.create();
    expect(await rejectionOf(client.threads.prune([thread.thread_id]))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejectionOf(client.threads.patchState(thread.thread_id, { k: 1 }))).toBeInstanceOf(
      NotFoundError,
    );
    const config = { configurable: { thread_id: thread.thread_id } };
    expect(await rejectionOf(client.threads.patchState(config, {}))).toBeInstanceOf(NotFoundError);
  });
});

describe("state and history", () => {
  it("a never-run thread has the empty state and no history", async () => {
    const thread = await client.threads.create();
    expect(await client.threads.getState(thread.thread_id)).toEqual({
      values: {},
      next: [],
      tasks: [],
      created_at: null,
      checkpoint: null,
      parent_checkpoint: null,
    });
    expect(await client.threads.getHistory(thread.thread_id)).toEqual([]);
  });

  it("updateState writes values as a node; getState at the returned checkpoint (id and object) reads them", async () => {
    const thread = await client.threads.create({ graphId: "hitl" });
    const { checkpoint } = await client.threads.updateState(thread.thread_id, {
      values: { question: "written?" },
      asNode: "ask",
    });
    expect(checkpoint).toMatchObject({ thread_id: thread.thread_id, checkpoint_ns: "" });
    const checkpointId = checkpoint.checkpoint_id as string;
    const latest = await client.threads.getState(thread.thread_id);
    expect(latest.values.question).toBe("written?");
    expect(latest.checkpoint?.checkpoint_id).toBe(checkpointId);
    const byId = await client.threads.getState(thread.thread_id, checkpointId, { subgraphs: true });
    expect(byId.checkpoint?.checkpoint_id).toBe(checkpointId);
    // The POST form works without `subgraphs`; 1.5.1 reads the body's flag as a string and
    // refuses a JSON boolean (Q3), which is why runwire sends it only when true.
    const byObject = await client.threads.getState(thread.thread_id, {
      checkpoint_id: checkpointId,
    });
    expect(byObject.values).toEqual(latest.values);
    const flagged = client.threads.getState(
      thread.thread_id,
      { checkpoint_id: checkpointId },
      { subgraphs: true },
    );
    expect(await rejectionOf(flagged)).toBeInstanceOf(BadRequestError);
    // A null values update as a node: "no new values".
    const again = await client.threads.updateState(thread.thread_id, { asNode: "ask" });
    expect(again.checkpoint.checkpoint_id).not.toBe(checkpointId);
  });

  it("an empty checkpoint id is refused before any request", async () => {
    const error = await rejectionOf(client.threads.getState(UNKNOWN_ID, ""));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe("checkpoint");
  });

  it("interrupt and resume: getState shows the interrupt, a command resumes, history lists every step", async () => {
    const thread = await client.threads.create({ metadata: marked("hitl") });
    const threadId = thread.thread_id;
    await collect(
      client.runs.stream(threadId, "hitl", {
        input: { question: "ship it?" },
        streamMode: "values",
      }),
    );
    const interrupted = await client.threads.getState(threadId);
    expect(interrupted.next).toEqual(["ask"]);
    const [task] = interrupted.tasks;
    expect(task?.name).toBe("ask");
    expect(task?.interrupts).toEqual([{ id: expect.any(String), value: { question: "ship it?" } }]);
    expect((await client.threads.get(threadId)).status).toBe("interrupted");
    expect(await client.threads.count({ metadata: marked("hitl"), status: "interrupted" })).toBe(1);

    await collect(client.runs.stream(threadId, "hitl", { command: { resume: "yes" } }));
    const done = await client.threads.getState(threadId);
    expect(done.values).toEqual({ question: "ship it?", answer: "yes" });
    expect(done.next).toEqual([]);
    expect((await client.threads.get(threadId)).status).toBe("idle");

    const history = await client.threads.getHistory(threadId);
    expect(history.length).toBeGreaterThanOrEqual(3);
    expect(history[0]?.checkpoint?.checkpoint_id).toBe(done.checkpoint?.checkpoint_id);
    expect(history[0]?.values).toEqual(done.values);
    const [newest, second] = history;
    const page = await client.threads.getHistory(threadId, {
      limit: 1,
      before: newest?.checkpoint?.checkpoint_id ?? undefined,
    });
    expect(page.map((s) => s.checkpoint?.checkpoint_id)).toEqual([
      second?.checkpoint?.checkpoint_id,
    ]);
    // 1.5.1 takes `before` only as a checkpoint id string (Q4).
    const configBefore = client.threads.getHistory(threadId, {
      before: { configurable: { checkpoint_id: newest?.checkpoint?.checkpoint_id ?? null } },
    });
    expect(await rejectionOf(configBefore)).toBeInstanceOf(BadRequestError);
    const updates = await client.threads.getHistory(threadId, { metadata: { source: "input" } });
    expect(updates.every((s) => s.metadata?.source === "input")).toBe(true);
  });
});

describe("a busy thread (Q27)", () => {
  it("while a run is in progress: status busy, updateState a ConflictError, copy allowed", async () => {
    const thread = await slowClient.threads.create({ metadata: marked("busy") });
    const threadId = thread.thread_id;
    const live = await slowRunAfterFirstNode(slowClient, threadId, 400);
    expect((await slowClient.threads.get(threadId)).status).toBe("busy");
    const error = await rejectionOf(slowClient.threads.updateState(threadId, { values: {} }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, message: "Thread is busy" });
    const copy = await slowClient.threads.copy(threadId);
    expect(copy.status).toBe("idle");
    await live.rest();
    expect((await slowClient.threads.get(threadId)).status).toBe("idle");
  });
});
