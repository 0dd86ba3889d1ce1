import { describe, expect, expectTypeOf, it } from "vitest";
import {
  InvalidResponseError,
  NotFoundError,
  RunwireValidationError,
  type Thread,
  type ThreadState,
} from "../../src/index";
import { rejection, setup } from "../support/client";
import { json, type RecordedRequest } from "../support/memory-transport";

// The exact wire of every threads method over the in-memory transport (base
// https://example.com/api). Numbers in test names are PLATFORM_SPEC §11 cases: the §11.B [V]/[J]
// ones translated to runwire's wire under Appendix B (P4 null = not given, P5 falsy values sent,
// P16–P24, and the project's overrides: an empty `select`/`ids` is refused, `.`/`..` ids are
// refused), the §11.E [P] ones (59–62, 65, 68) as written. Bodies are compared as parsed JSON.

const THREAD = {
  thread_id: "t1",
  created_at: "2026-12-04T17:49:05.540Z",
  updated_at: "2026-12-04T17:49:05.540Z",
  metadata: {},
  status: "idle",
  config: {},
};
const CP = { thread_id: "t1", checkpoint_ns: "", checkpoint_id: "c1", checkpoint_map: null };
const STATE = {
  values: { steps: 1 },
  next: [],
  tasks: [],
  metadata: { source: "loop" },
  created_at: "2026-12-04T17:49:05.540Z",
  checkpoint: CP,
  parent_checkpoint: null,
};

const target = (request: RecordedRequest | undefined) =>
  request === undefined ? undefined : `${request.url.pathname}${request.url.search}`;
const body = (request: RecordedRequest | undefined) =>
  request?.body === undefined ? undefined : JSON.parse(request.body);

async function refused(action: () => Promise<unknown>, field: string): Promise<void> {
  const error = await rejection(action);
  expect(error).toBeInstanceOf(RunwireValidationError);
  expect((error as RunwireValidationError).field).toBe(field);
}

describe("get (20, 61, 65)", () => {
  it("GET /threads/{id}: no query, no body, the record as sent (extra keys kept)", async () => {
    const { client, requests } = setup(() => json({ ...THREAD, extra: 1 }));
    expect(await client.threads.get("t1")).toEqual({ ...THREAD, extra: 1 });
    expect(requests[0]?.method).toBe("GET");
    expect(target(requests[0])).toBe("/api/threads/t1");
    expect(requests[0]?.body).toBeUndefined();
  });

  it("include: one key, values joined with a comma; [] sends nothing (P16)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.get("t1", { include: ["ttl", "x"] });
    await client.threads.get("t1", { include: [] });
    await client.threads.get("t1", { include: null });
    expect(requests.map(target)).toEqual([
      "/api/threads/t1?include=ttl%2Cx",
      "/api/threads/t1",
      "/api/threads/t1",
    ]);
  });

  it.each([[""], ["."], [".."], [null]])("refuses the id %j before sending", async (id) => {
    const { client, requests } = setup(() => json(THREAD));
    await refused(() => client.threads.get(id as string), "threadId");
    expect(requests).toHaveLength(0);
  });

  it("a 404 is a NotFoundError; a thread without thread_id is an invalid response", async () => {
    const missing = setup(() => ({ status: 404, body: "Thread with ID t1 not found" }));
    expect(await rejection(() => missing.client.threads.get("t1"))).toBeInstanceOf(NotFoundError);
    const { client } = setup(() => json({ status: "idle" }), { validateResponses: true });
    expect(await rejection(() => client.threads.get("t1"))).toBeInstanceOf(InvalidResponseError);
  });
});

describe("create (21–24, 59)", () => {
  it("create() sends {} (59)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.create();
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/threads");
    expect(body(requests[0])).toEqual({});
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("metadata: as given without graphId (its graph_id kept); merged with graphId (22, 59)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.create({ metadata: { graph_id: "x" } });
    await client.threads.create({ graphId: "g" });
    await client.threads.create({ metadata: { a: 1, graph_id: "old" }, graphId: "g" });
    await client.threads.create({ metadata: null });
    await client.threads.create({ metadata: {} });
    expect(requests.map(body)).toEqual([
      { metadata: { graph_id: "x" } },
      { metadata: { graph_id: "g" } },
      { metadata: { a: 1, graph_id: "g" } },
      {},
      { metadata: {} },
    ]);
  });

  it("threadId, ifExists and ttl (a number → {ttl, strategy}; an object as given) (23)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.create({ threadId: "t", ifExists: "do_nothing", ttl: 5 });
    await client.threads.create({ ttl: 2.5 });
    await client.threads.create({ ttl: { ttl: 5 } });
    expect(requests.map(body)).toEqual([
      { thread_id: "t", if_exists: "do_nothing", ttl: { ttl: 5, strategy: "delete" } },
      { ttl: { ttl: 2.5, strategy: "delete" } },
      { ttl: { ttl: 5 } },
    ]);
  });

  it("supersteps: {values, command?, as_node}; values null when absent; extra keys refused (24)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.create({
      graphId: "hitl",
      supersteps: [
        { updates: [{ values: { question: "q" }, asNode: "prepare" }] },
        {
          updates: [
            { command: { resume: 1 }, asNode: "n" },
            { values: null, asNode: "m" },
          ],
        },
      ],
    });
    expect(body(requests[0])).toEqual({
      metadata: { graph_id: "hitl" },
      supersteps: [
        { updates: [{ values: { question: "q" }, as_node: "prepare" }] },
        {
          updates: [
            { values: null, command: { resume: 1 }, as_node: "n" },
            { values: null, as_node: "m" },
          ],
        },
      ],
    });
  });

  it.each([
    [{ threadId: "" }, "threadId"],
    [{ ifExists: "replace" }, "ifExists"],
    [{ ttl: 0 }, "ttl"],
    [{ ttl: -1 }, "ttl"],
    [{ supersteps: [{ updates: [{ values: {} }] }] }, "supersteps[0].updates[0].asNode"],
    [{ supersteps: [{ updates: [{ asNode: "n", as_node: "n" }] }] }, "supersteps[0].updates[0]"],
    [{ graphId: "" }, "graphId"],
    [{ thread_id: "t" }, "thread_id"],
  ])("refuses %j before sending, naming %s", async (options, field) => {
    const { client, requests } = setup(() => json(THREAD));
    const error = await rejection(() => client.threads.create(options as never));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toContain(field);
    expect(requests).toHaveLength(0);
  });
});

describe("update (25, 26, 60)", () => {
  it("PATCH with metadata always ({} by default), then ttl (P18)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    expect(await client.threads.update("t1")).toEqual(THREAD);
    await client.threads.update("t1", { ttl: 5 });
    await client.threads.update("t1", { metadata: { a: 1 }, ttl: 5 });
    await client.threads.update("t1", { metadata: null });
    expect(requests.map((r) => r.method)).toEqual(["PATCH", "PATCH", "PATCH", "PATCH"]);
    expect(target(requests[0])).toBe("/api/threads/t1");
    expect(requests.map(body)).toEqual([
      { metadata: {} },
      { metadata: {}, ttl: { ttl: 5, strategy: "delete" } },
      { metadata: { a: 1 }, ttl: { ttl: 5, strategy: "delete" } },
      { metadata: {} },
    ]);
    expect(requests[0]?.headers.get("prefer")).toBeNull();
  });

  it("returnMinimal: Prefer: return=minimal, resolves undefined even on a 200 with a body (60)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    const result = await client.threads.update("t1", { metadata: { a: 1 }, returnMinimal: true });
    expect(result).toBeUndefined();
    expectTypeOf(result).toEqualTypeOf<undefined>();
    expect(requests[0]?.headers.get("prefer")).toBe("return=minimal");
    expect(body(requests[0])).toEqual({ metadata: { a: 1 } });
    const minimal = setup(() => ({ status: 204 }));
    expect(await minimal.client.threads.update("t1", { returnMinimal: true })).toBeUndefined();
    await client.threads.update("t1", { returnMinimal: false });
    expect(requests[1]?.headers.get("prefer")).toBeNull();
  });

  it("the caller's Prefer header lies over the method's (P2)", async () => {
    const { client, requests } = setup(() => json(THREAD));
    await client.threads.update("t1", { returnMinimal: true, headers: { prefer: "x" } });
    expect(requests[0]?.headers.get("prefer")).toBe("x");
  });
});

describe("delete (27)", () => {
  it("DELETE /threads/{id}, resolves undefined whatever the body", async () => {
    const { client, requests } = setup(() => json(["t1"]));
    expect(await client.threads.delete("t1")).toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
    expect(target(requests[0])).toBe("/api/threads/t1");
    expect(requests[0]?.body).toBeUndefined();
  });
});

describe("search (28, 29)", () => {
  it("default body {limit:10, offset:0}; every filter under its wire key (28)", async () => {
    const { client, requests } = setup(() => json([THREAD]));
    expect(await client.threads.search()).toEqual([THREAD]);
    await client.threads.search({
      metadata: { m: 1 },
      values: { v: 1 },
      ids: ["a", "b"],
      status: "idle",
      limit: 3,
      offset: 1,
      sortBy: "updated_at",
      sortOrder: "desc",
      select: ["thread_id"],
      extract: { x: "values.a" },
    });
    expect(target(requests[0])).toBe("/api/threads/search");
    expect(requests.map(body)).toEqual([
      { limit: 10, offset: 0 },
      {
        limit: 3,
        offset: 1,
        metadata: { m: 1 },
        values: { v: 1 },
        ids: ["a", "b"],
        status: "idle",
        sort_by: "updated_at",
        sort_order: "desc",
        select: ["thread_id"],
        extract: { x: "values.a" },
      },
    ]);
  });

  it("null filters are left out; falsy values sent (29 under P4/P5)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.threads.search({ status: null, sortBy: null, metadata: {}, offset: 0, limit: 0 });
    expect(body(requests[0])).toEqual({ limit: 0, offset: 0, metadata: {} });
  });

  it.each([
    [{ ids: [] }, "ids"],
    [{ select: [] }, "select"],
    [{ select: ["nope"] }, "select[0]"],
    [{ status: "done" }, "status"],
    [{ sortBy: "name" }, "sortBy"],
    [{ limit: -1 }, "limit"],
  ])("refuses %j before sending (an empty filter never widens)", async (options, field) => {
    const { client, requests } = setup(() => json([]));
    await refused(() => client.threads.search(options as never), field);
    expect(requests).toHaveLength(0);
  });

  it("with select, items are checked as partial threads", async () => {
    const { client } = setup(() => json([{ status: "idle" }]), { validateResponses: true });
    expect(await client.threads.search({ select: ["status"] })).toEqual([{ status: "idle" }]);
    const bad = setup(() => json([{ status: 1 }]), { validateResponses: true });
    const error = await rejection(() => bad.client.threads.search({ select: ["status"] }));
    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});

describe("count (30)", () => {
  it("POST /threads/count: {} by default, then the filters", async () => {
    const { client, requests } = setup(() => json(3));
    expect(await client.threads.count()).toBe(3);
    await client.threads.count({ metadata: { m: 1 }, values: { v: 1 }, status: "busy" });
    expect(target(requests[0])).toBe("/api/threads/count");
    expect(requests.map(body)).toEqual([
      {},
      { metadata: { m: 1 }, values: { v: 1 }, status: "busy" },
    ]);
  });
});

describe("copy (31)", () => {
  it("POST /threads/{id}/copy with no body and no content-type; the new thread", async () => {
    const { client, requests } = setup(() => json({ ...THREAD, thread_id: "t2" }));
    expect((await client.threads.copy("t1")).thread_id).toBe("t2");
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/threads/t1/copy");
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers.get("content-type")).toBeNull();
  });
});

describe("prune (32)", () => {
  it("POST /threads/prune {thread_ids}; strategy only when given (P20)", async () => {
    const { client, requests } = setup(() => json({ pruned_count: 2 }));
    expect(await client.threads.prune(["a", "b"])).toEqual({ pruned_count: 2 });
    await client.threads.prune(["a"], { strategy: "keep_latest" });
    await client.threads.prune([], { strategy: "delete" });
    expect(target(requests[0])).toBe("/api/threads/prune");
    expect(requests.map(body)).toEqual([
      { thread_ids: ["a", "b"] },
      { thread_ids: ["a"], strategy: "keep_latest" },
      { thread_ids: [], strategy: "delete" },
    ]);
  });

  it("refuses an empty id or an unknown strategy before sending", async () => {
    const { client, requests } = setup(() => json({ pruned_count: 0 }));
    await refused(() => client.threads.prune([""]), "threadIds[0]");
    await refused(() => client.threads.prune(["a"], { strategy: "all" as never }), "strategy");
    expect(requests).toHaveLength(0);
  });
});

describe("getState (33, 34, 62)", () => {
  it("latest: GET …/state, no query; subgraphs only when true (62)", async () => {
    const { client, requests } = setup(() => json(STATE));
    expect(await client.threads.getState("t1")).toEqual(STATE);
    await client.threads.getState("t1", undefined, { subgraphs: true });
    await client.threads.getState("t1", null, { subgraphs: false });
    await client.threads.getState("t1", undefined, { subgraphs: true, select: ["values", "next"] });
    expect(requests.map((r) => r.method)).toEqual(["GET", "GET", "GET", "GET"]);
    expect(requests.map(target)).toEqual([
      "/api/threads/t1/state",
      "/api/threads/t1/state?subgraphs=true",
      "/api/threads/t1/state",
      "/api/threads/t1/state?subgraphs=true&select=values&select=next",
    ]);
  });

  it("a checkpoint id: GET …/state/{id}, encoded once", async () => {
    const { client, requests } = setup(() => json(STATE));
    await client.threads.getState("t1", "c1");
    await client.threads.getState("t1", "c/2", { subgraphs: true });
    expect(requests.map(target)).toEqual([
      "/api/threads/t1/state/c1",
      "/api/threads/t1/state/c%2F2?subgraphs=true",
    ]);
  });

  it("a checkpoint object: POST …/state/checkpoint {checkpoint[, subgraphs: true][, select]} (62)", async () => {
    const { client, requests } = setup(() => json(STATE));
    await client.threads.getState("t1", CP);
    await client.threads.getState("t1", CP, { subgraphs: true });
    await client.threads.getState(
      "t1",
      { checkpoint_id: "c1" },
      { subgraphs: false, select: ["values.a"] },
    );
    expect(requests.map((r) => r.method)).toEqual(["POST", "POST", "POST"]);
    expect(target(requests[0])).toBe("/api/threads/t1/state/checkpoint");
    expect(requests.map(body)).toEqual([
      { checkpoint: CP },
      { checkpoint: CP, subgraphs: true },
      { checkpoint: { checkpoint_id: "c1" }, select: ["values.a"] },
    ]);
  });

  it.each([
    [["t1", ""], "checkpoint"],
    [["t1", ".."], "checkpoint"],
    [["t1", { checkpointId: "c" }], "checkpoint.checkpointId"],
    [["t1", 5], "checkpoint"],
    [["t1", undefined, { select: [] }], "select"],
    [["t1", undefined, { select: ["vals"] }], "select[0]"],
    [["", undefined], "threadId"],
  ])("refuses %j before sending (an empty checkpoint id, an empty select)", async (args, field) => {
    const { client, requests } = setup(() => json(STATE));
    const [threadId, checkpoint, options] = args as [string, never, never];
    await refused(() => client.threads.getState(threadId, checkpoint, options), field);
    expect(requests).toHaveLength(0);
  });

  it("types values with the client's State", () => {
    const { client } = setup(() => json(STATE));
    type S = { steps: number };
    const typed = client as unknown as { threads: import("../../src/index").ThreadsClient<S> };
    // Called (in a wrapper never run), so that the per-call type parameter takes its default.
    const getState = () => typed.threads.getState("t1");
    const get = () => typed.threads.get("t1");
    expectTypeOf(getState).returns.resolves.toEqualTypeOf<ThreadState<S>>();
    expectTypeOf(get).returns.resolves.toEqualTypeOf<Thread<S>>();
    expectTypeOf<ThreadState<S>["values"]>().toEqualTypeOf<S>();
    expectTypeOf<Thread<S>["values"]>().toEqualTypeOf<S | undefined>();
  });
});

describe("updateState (35, 36, 68)", () => {
  it("values always (null when absent), then checkpoint_id, checkpoint, as_node (P22)", async () => {
    const answer = { checkpoint: { thread_id: "t1", checkpoint_ns: "", checkpoint_id: "c9" } };
    const { client, requests } = setup(() => json(answer));
    expect(await client.threads.updateState("t1", { values: { a: 1 } })).toEqual(answer);
    await client.threads.updateState("t1");
    await client.threads.updateState("t1", { values: null, asNode: "n" });
    await client.threads.updateState("t1", { asNode: "n" });
    await client.threads.updateState("t1", {
      values: [{ a: 1 }],
      asNode: "n",
      checkpoint: CP,
      checkpointId: "c1",
    });
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/threads/t1/state");
    expect(requests.map(body)).toEqual([
      { values: { a: 1 } },
      { values: null },
      { values: null, as_node: "n" },
      { values: null, as_node: "n" },
      { values: [{ a: 1 }], checkpoint_id: "c1", checkpoint: CP, as_node: "n" },
    ]);
  });

  it.each([
    [{ values: 3 }, "values"],
    [{ asNode: "" }, "asNode"],
    [{ as_node: "n" }, "as_node"],
  ])("refuses %j before sending", async (options, field) => {
    const { client, requests } = setup(() => json({ checkpoint: CP }));
    await refused(() => client.threads.updateState("t1", options as never), field);
    expect(requests).toHaveLength(0);
  });

  it("an answer without checkpoint is an invalid response when validating", async () => {
    const { client } = setup(() => json({ configurable: {} }), { validateResponses: true });
    const error = await rejection(() => client.threads.updateState("t1", { values: {} }));
    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});

describe("patchState (36)", () => {
  it("PATCH /threads/{id}/state {metadata}; a config names the thread by configurable.thread_id", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    expect(await client.threads.patchState("t1", { k: 1 })).toBeUndefined();
    await client.threads.patchState({ configurable: { thread_id: "t2" } }, {});
    expect(requests.map((r) => r.method)).toEqual(["PATCH", "PATCH"]);
    expect(requests.map(target)).toEqual(["/api/threads/t1/state", "/api/threads/t2/state"]);
    expect(requests.map(body)).toEqual([{ metadata: { k: 1 } }, { metadata: {} }]);
  });

  it.each([
    [{ configurable: {} }, "configurable.thread_id"],
    [{ configurable: { thread_id: "" } }, "configurable.thread_id"],
    [{}, "configurable.thread_id"],
    ["", "threadId"],
  ])("refuses %j before sending", async (target, field) => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await refused(() => client.threads.patchState(target as never, {}), field);
    expect(requests).toHaveLength(0);
  });

  it("refuses metadata that is not an object", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await refused(() => client.threads.patchState("t1", null as never), "metadata");
    expect(requests).toHaveLength(0);
  });
});

describe("getHistory (37, 38)", () => {
  it("POST …/history {limit:10}; before, metadata, checkpoint, select as given (P24)", async () => {
    const { client, requests } = setup(() => json([STATE]));
    expect(await client.threads.getHistory("t1")).toEqual([STATE]);
    await client.threads.getHistory("t1", {
      before: "c1",
      metadata: { s: 1 },
      checkpoint: { checkpoint_ns: "" },
      limit: 2,
      select: ["values"],
    });
    await client.threads.getHistory("t1", { before: CP });
    await client.threads.getHistory("t1", { before: { configurable: { checkpoint_id: "c" } } });
    await client.threads.getHistory("t1", { before: null, metadata: null, limit: 0 });
    expect(target(requests[0])).toBe("/api/threads/t1/history");
    expect(requests.map(body)).toEqual([
      { limit: 10 },
      {
        limit: 2,
        before: "c1",
        metadata: { s: 1 },
        checkpoint: { checkpoint_ns: "" },
        select: ["values"],
      },
      { limit: 10, before: CP },
      { limit: 10, before: { configurable: { checkpoint_id: "c" } } },
      { limit: 0 },
    ]);
  });

  it("refuses an empty select and a negative limit before sending", async () => {
    const { client, requests } = setup(() => json([]));
    await refused(() => client.threads.getHistory("t1", { select: [] }), "select");
    await refused(() => client.threads.getHistory("t1", { limit: -1 }), "limit");
    expect(requests).toHaveLength(0);
  });

  it("is a read: a 503 is retried", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json([STATE]),
    );
    expect(await client.threads.getHistory("t1")).toEqual([STATE]);
    expect(requests).toHaveLength(2);
  });
});

describe("non-idempotent methods are not retried (P36)", () => {
  it.each([
    ["create", (c: ReturnType<typeof setup>["client"]) => c.threads.create()],
    ["update", (c: ReturnType<typeof setup>["client"]) => c.threads.update("t1")],
    ["copy", (c: ReturnType<typeof setup>["client"]) => c.threads.copy("t1")],
    ["updateState", (c: ReturnType<typeof setup>["client"]) => c.threads.updateState("t1")],
  ])("%s sends once on a 503", async (_, call) => {
    const { client, requests } = setup(() => ({ status: 503, body: "busy" }));
    await rejection(() => call(client));
    expect(requests).toHaveLength(1);
  });
});

describe("empty strings that would reach the wire", () => {
  it("an empty include value or an empty before is refused, naming it, before any request", async () => {
    const { client, requests } = setup(() => json({}));
    const include = await rejection(() => client.threads.get("t1", { include: ["ttl", ""] }));
    expect(include).toBeInstanceOf(RunwireValidationError);
    expect(include).toMatchObject({ field: "include[1]" });
    const before = await rejection(() => client.threads.getHistory("t1", { before: "" }));
    expect(before).toBeInstanceOf(RunwireValidationError);
    expect(before).toMatchObject({ field: "before" });
    expect(requests).toHaveLength(0);
  });
});
