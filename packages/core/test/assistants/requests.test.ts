import { describe, expect, it } from "vitest";
import {
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RunwireValidationError,
} from "../../src/index";
import { rejection, setup } from "../support/client";
import { json, type RecordedRequest } from "../support/memory-transport";

// The exact wire of every assistants method over the in-memory transport (base
// https://example.com/api). Numbers in test names are PLATFORM_SPEC §11 cases: the [V]/[J] ones
// translated to runwire's wire under Appendix B (P4 null = not given, P5 falsy values sent but
// empty `select` dropped, P11 `xray`/`recurse` only when given, P12 `delete_threads` only when
// true), the [P] ones (58, 63, 67) verbatim.

const ASSISTANT = {
  assistant_id: "a1",
  graph_id: "echo",
  config: {},
  context: {},
  created_at: "2026-12-04T17:49:05.540Z",
  updated_at: "2026-12-04T17:49:05.540Z",
  metadata: {},
  version: 1,
  name: "Untitled",
  description: null,
};
const VERSION = { ...ASSISTANT, updated_at: undefined };

/** Path and query as sent, percent-encoding kept. */
const target = (request: RecordedRequest | undefined) =>
  request === undefined ? undefined : `${request.url.pathname}${request.url.search}`;
const body = (request: RecordedRequest | undefined) => JSON.parse(request?.body ?? "null");
/** Body keys in the order they were written (Appendix A.1 order, P8). */
const bodyKeys = (request: RecordedRequest | undefined) => Object.keys(body(request) ?? {});

async function refused(action: () => Promise<unknown>, field: string): Promise<void> {
  const error = await rejection(action);
  expect(error).toBeInstanceOf(RunwireValidationError);
  expect((error as RunwireValidationError).field).toBe(field);
}

describe("get (1)", () => {
  it("GET /assistants/{id}: no query, no body, the record as sent", async () => {
    const { client, requests } = setup(() => json({ ...ASSISTANT, extra: 1 }));
    const assistant = await client.assistants.get("a1");
    expect(assistant).toEqual({ ...ASSISTANT, extra: 1 });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe("GET");
    expect(target(requests[0])).toBe("/api/assistants/a1");
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers.get("content-type")).toBeNull();
  });

  it("encodes the id once as one segment; a graph id is an id like any other", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await client.assistants.get("../x");
    await client.assistants.get("not/a thing");
    await client.assistants.get("echo");
    expect(requests.map(target)).toEqual([
      "/api/assistants/..%2Fx",
      "/api/assistants/not%2Fa%20thing",
      "/api/assistants/echo",
    ]);
  });

  it.each([[""], ["."], [".."], [null], [7]])("refuses the id %j before sending", async (id) => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await refused(() => client.assistants.get(id as string), "assistantId");
    expect(requests).toHaveLength(0);
  });

  it("a 404 text answer is a NotFoundError carrying the server's message", async () => {
    const { client } = setup(() => ({
      status: 404,
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: "Assistant not found",
    }));
    const error = await rejection(() => client.assistants.get("nope"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain("Assistant not found");
  });

  it("an unknown option is refused, the caller's headers are sent", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await refused(() => client.assistants.get("a1", { xray: true } as never), "xray");
    await client.assistants.get("a1", { headers: { "x-trace": "t1" } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get("x-trace")).toBe("t1");
  });
});

describe("getGraph (2, 3)", () => {
  it("sends xray only when given: true, false and depths as given (P11)", async () => {
    const { client, requests } = setup(() => json({ nodes: [], edges: [] }));
    await client.assistants.getGraph("a1");
    await client.assistants.getGraph("a1", { xray: true });
    await client.assistants.getGraph("a1", { xray: 2 });
    await client.assistants.getGraph("a1", { xray: false });
    await client.assistants.getGraph("a1", { xray: 0 });
    await client.assistants.getGraph("a1", { xray: null });
    expect(requests.map(target)).toEqual([
      "/api/assistants/a1/graph",
      "/api/assistants/a1/graph?xray=true",
      "/api/assistants/a1/graph?xray=2",
      "/api/assistants/a1/graph?xray=false",
      "/api/assistants/a1/graph?xray=0",
      "/api/assistants/a1/graph",
    ]);
    expect(
      requests.every((request) => request.method === "GET" && request.body === undefined),
    ).toBe(true);
  });

  it("the caller's params follow the method's own query", async () => {
    const { client, requests } = setup(() => json({ nodes: [], edges: [] }));
    await client.assistants.getGraph("a1", { params: { x: 1 } });
    await client.assistants.getGraph("a1", { xray: true, params: { x: 1 } });
    expect(requests.map(target)).toEqual([
      "/api/assistants/a1/graph?x=1",
      "/api/assistants/a1/graph?xray=true&x=1",
    ]);
  });

  it.each([[-1], [1.5], ["true"], [Number.NaN]])("refuses xray %j (P10)", async (xray) => {
    const { client, requests } = setup(() => json({ nodes: [], edges: [] }));
    await refused(() => client.assistants.getGraph("a1", { xray: xray as never }), "xray");
    expect(requests).toHaveLength(0);
  });

  it("returns the drawing as sent, extra keys kept", async () => {
    const graph = {
      nodes: [{ id: "__start__", type: "schema", data: { $schema: "x" } }],
      edges: [{ source: "__start__", target: "first", conditional: false }],
    };
    const { client } = setup(() => json(graph), { validateResponses: true });
    expect(await client.assistants.getGraph("a1")).toEqual(graph);
  });
});

describe("getSchemas (6)", () => {
  it("GET /assistants/{id}/schemas, no body, no query", async () => {
    const schemas = { graph_id: "echo", input_schema: { type: "object" }, extra: true };
    const { client, requests } = setup(() => json(schemas), { validateResponses: true });
    expect(await client.assistants.getSchemas("echo")).toEqual(schemas);
    expect(requests[0]?.method).toBe("GET");
    expect(target(requests[0])).toBe("/api/assistants/echo/schemas");
    expect(requests[0]?.body).toBeUndefined();
  });
});

describe("getSubgraphs (4, 5)", () => {
  it("recurse only when given; namespace as one more encoded path segment (P11)", async () => {
    const { client, requests } = setup(() => json({ child: { state: {} } }));
    await client.assistants.getSubgraphs("nested");
    await client.assistants.getSubgraphs("nested", { namespace: "child", recurse: true });
    await client.assistants.getSubgraphs("nested", { recurse: false });
    await client.assistants.getSubgraphs("nested", { namespace: "a/b c", recurse: null });
    await client.assistants.getSubgraphs("nested", { namespace: null });
    expect(requests.map(target)).toEqual([
      "/api/assistants/nested/subgraphs",
      "/api/assistants/nested/subgraphs/child?recurse=true",
      "/api/assistants/nested/subgraphs?recurse=false",
      "/api/assistants/nested/subgraphs/a%2Fb%20c",
      "/api/assistants/nested/subgraphs",
    ]);
  });

  it.each([[""], ["."], [".."], [3]])(
    "refuses namespace %j instead of requesting another route",
    async (namespace) => {
      const { client, requests } = setup(() => json({}));
      await refused(
        () => client.assistants.getSubgraphs("nested", { namespace: namespace as string }),
        "namespace",
      );
      expect(requests).toHaveLength(0);
    },
  );

  it("accepts both answer forms: the SDKs' GraphSchema values and 1.5.1's short keys", async () => {
    const answer = {
      child: { state: { type: "object" }, input: {}, output: {}, config: {} },
      other: { graph_id: "x", input_schema: null },
    };
    const { client } = setup(() => json(answer), { validateResponses: true });
    expect(await client.assistants.getSubgraphs("nested")).toEqual(answer);
  });
});

describe("create (7, 8, 9, 67)", () => {
  it("POST /assistants with graph_id only", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    expect(await client.assistants.create({ graphId: "echo" })).toEqual(ASSISTANT);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/assistants");
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(body(requests[0])).toEqual({ graph_id: "echo" });
  });

  it("every option under its wire key, in Appendix A.1 order", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await client.assistants.create({
      description: "D",
      name: "N",
      ifExists: "do_nothing",
      assistantId: "a1",
      metadata: { m: 1 },
      context: { c: 1 },
      config: { configurable: { k: 1 } },
      graphId: "echo",
    });
    expect(body(requests[0])).toEqual({
      graph_id: "echo",
      config: { configurable: { k: 1 } },
      context: { c: 1 },
      metadata: { m: 1 },
      assistant_id: "a1",
      if_exists: "do_nothing",
      name: "N",
      description: "D",
    });
    expect(bodyKeys(requests[0])).toEqual([
      "graph_id",
      "config",
      "context",
      "metadata",
      "assistant_id",
      "if_exists",
      "name",
      "description",
    ]);
  });

  it("null is not given, falsy values are sent (P4, P5; case 9 translated, case 67)", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await client.assistants.create({ graphId: "echo", metadata: null, name: "" });
    await client.assistants.create({ graphId: "g", metadata: null });
    await client.assistants.create({
      graphId: "echo",
      config: {},
      context: {},
      metadata: {},
      name: "",
      description: "",
    });
    expect(requests.map(body)).toEqual([
      { graph_id: "echo", name: "" },
      { graph_id: "g" },
      { graph_id: "echo", config: {}, context: {}, metadata: {}, name: "", description: "" },
    ]);
  });

  it.each([
    [{ graphId: "" }, "graphId"],
    [{}, "graphId"],
    [undefined, "graphId"],
    [{ graphId: null }, "graphId"],
    [{ graphId: "echo", assistantId: "" }, "assistantId"],
    [{ graphId: "echo", ifExists: "replace" }, "ifExists"],
    [{ graphId: "echo", metadata: [] }, "metadata"],
    [{ graphId: "echo", graph_id: "echo" }, "graph_id"],
  ])("refuses %j before sending (P13)", async (payload, field) => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await refused(() => client.assistants.create(payload as never), field);
    expect(requests).toHaveLength(0);
  });

  it("a 409 is a ConflictError and is not retried", async () => {
    const { client, requests } = setup(() => ({ status: 409, body: "Assistant already exists" }));
    const error = await rejection(() => client.assistants.create({ graphId: "echo" }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(requests).toHaveLength(1);
  });
});

describe("update (10)", () => {
  it("PATCH with no option, or {}, sends {} (P13: every PATCH is a new version)", async () => {
    const { client, requests } = setup(() => json({ ...ASSISTANT, version: 2 }));
    expect((await client.assistants.update("a1")).version).toBe(2);
    await client.assistants.update("a1", {});
    expect(requests.map((request) => request.method)).toEqual(["PATCH", "PATCH"]);
    expect(requests.map(target)).toEqual(["/api/assistants/a1", "/api/assistants/a1"]);
    expect(requests.map((request) => request.body)).toEqual(["{}", "{}"]);
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("every option under its wire key, in Appendix A.1 order", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await client.assistants.update("a1", {
      description: "D",
      name: "N",
      metadata: { m: 1 },
      context: { c: 1 },
      config: { tags: ["t"] },
      graphId: "g",
    });
    expect(body(requests[0])).toEqual({
      graph_id: "g",
      config: { tags: ["t"] },
      context: { c: 1 },
      metadata: { m: 1 },
      name: "N",
      description: "D",
    });
    expect(bodyKeys(requests[0])).toEqual([
      "graph_id",
      "config",
      "context",
      "metadata",
      "name",
      "description",
    ]);
  });

  it("falsy values are sent, nulls are not (P4, P5)", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await client.assistants.update("a1", {
      graphId: null,
      config: {},
      context: {},
      metadata: {},
      name: "",
      description: "",
    });
    await client.assistants.update("a1", { metadata: null, name: null });
    expect(requests.map(body)).toEqual([
      { config: {}, context: {}, metadata: {}, name: "", description: "" },
      {},
    ]);
  });

  it.each([
    [{ graphId: "" }, "graphId"],
    [{ metadata: "m" }, "metadata"],
    [{ version: 2 }, "version"],
  ])("refuses %j before sending", async (payload, field) => {
    const { client, requests } = setup(() => json(ASSISTANT));
    await refused(() => client.assistants.update("a1", payload as never), field);
    await refused(() => client.assistants.update("", {}), "assistantId");
    expect(requests).toHaveLength(0);
  });

  it("a PATCH is not retried after a 503", async () => {
    const { client, requests } = setup(() => ({ status: 503, body: "busy" }));
    const error = await rejection(() => client.assistants.update("a1", { name: "x" }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
});

describe("delete (11, 12, 58)", () => {
  it("DELETE without a query resolves undefined, discarding 1.5.1's JSON body (58, P12)", async () => {
    const { client, requests, openBodies } = setup(() => json(["a1"]));
    await expect(client.assistants.delete("a1")).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
    expect(target(requests[0])).toBe("/api/assistants/a1");
    expect(requests[0]?.body).toBeUndefined();
    expect(openBodies()).toBe(0);
  });

  it("delete_threads=true only when deleteThreads is true (P12)", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await client.assistants.delete("a1", { deleteThreads: true });
    await client.assistants.delete("a1", { deleteThreads: false });
    await client.assistants.delete("a1", { deleteThreads: null });
    await client.assistants.delete("a1", { params: { x: "y" } });
    expect(requests.map(target)).toEqual([
      "/api/assistants/a1?delete_threads=true",
      "/api/assistants/a1",
      "/api/assistants/a1",
      "/api/assistants/a1?x=y",
    ]);
  });

  it("refuses a non-boolean deleteThreads", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await refused(
      () => client.assistants.delete("a1", { deleteThreads: "true" as never }),
      "deleteThreads",
    );
    expect(requests).toHaveLength(0);
  });

  it("a DELETE is retried after a 503", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json(["a1"]),
    );
    await client.assistants.delete("a1");
    expect(requests).toHaveLength(2);
  });
});

describe("search (13, 14, 15, 63)", () => {
  it("POST /assistants/search with the default page", async () => {
    const { client, requests } = setup(() => json([ASSISTANT]));
    expect(await client.assistants.search()).toEqual([ASSISTANT]);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/assistants/search");
    expect(body(requests[0])).toEqual({ limit: 10, offset: 0 });
  });

  it("every filter under its wire key, in Appendix A.1 order", async () => {
    const { client, requests } = setup(() => json([]));
    await client.assistants.search({
      select: ["assistant_id", "name"],
      sortOrder: "asc",
      sortBy: "name",
      name: "n",
      graphId: "g",
      metadata: { m: 1 },
      offset: 2,
      limit: 5,
    });
    expect(body(requests[0])).toEqual({
      limit: 5,
      offset: 2,
      metadata: { m: 1 },
      graph_id: "g",
      name: "n",
      sort_by: "name",
      sort_order: "asc",
      select: ["assistant_id", "name"],
    });
    expect(bodyKeys(requests[0])).toEqual([
      "limit",
      "offset",
      "metadata",
      "graph_id",
      "name",
      "sort_by",
      "sort_order",
      "select",
    ]);
  });

  it("an empty select is refused before any request (it would widen into every field)", async () => {
    const { client, requests } = setup(() => json([]));
    const refused = await rejection(() => client.assistants.search({ select: [] }));
    expect(refused).toBeInstanceOf(RunwireValidationError);
    expect(refused).toMatchObject({ field: "select" });
    expect(requests).toHaveLength(0);
  });

  it("nulls are left out; other falsy values are sent (63, P4)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.assistants.search({ metadata: null });
    await client.assistants.search({ metadata: null, graphId: null, limit: 1 });
    await client.assistants.search({ metadata: {}, graphId: "", name: "", offset: 0, limit: 0 });
    expect(requests.map(body)).toEqual([
      { limit: 10, offset: 0 },
      { limit: 1, offset: 0 },
      { limit: 0, offset: 0, metadata: {}, graph_id: "", name: "" },
    ]);
  });

  it("includePagination: { assistants, next } from X-Pagination-Next, never sent (14, P14)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? json([ASSISTANT], 200, { "x-pagination-next": "42" }) : json([ASSISTANT]),
    );
    const page = await client.assistants.search({ includePagination: true, limit: 3 });
    expect(page).toEqual({ assistants: [ASSISTANT], next: "42" });
    const last = await client.assistants.search({ includePagination: true });
    expect(last).toEqual({ assistants: [ASSISTANT], next: null });
    expect(requests.map(body)).toEqual([
      { limit: 3, offset: 0 },
      { limit: 10, offset: 0 },
    ]);
  });

  it("includePagination false or left out resolves the plain array, header or not", async () => {
    const { client } = setup(() => json([ASSISTANT], 200, { "x-pagination-next": "10" }));
    expect(await client.assistants.search({ includePagination: false })).toEqual([ASSISTANT]);
    expect(await client.assistants.search({ limit: 1 })).toEqual([ASSISTANT]);
  });

  it.each([
    [{ sortBy: "version" }, "sortBy"],
    [{ sortOrder: "up" }, "sortOrder"],
    [{ limit: -1 }, "limit"],
    [{ offset: 1.5 }, "offset"],
    [{ select: ["bogus"] }, "select[0]"],
    [{ includePagination: "yes" }, "includePagination"],
    [{ response_format: "object" }, "response_format"],
  ])("refuses %j before sending (P9, P10)", async (query, field) => {
    const { client, requests } = setup(() => json([]));
    await refused(() => client.assistants.search(query as never), field);
    expect(requests).toHaveLength(0);
  });

  it("a read-only POST is retried after a 503 (P36)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json([ASSISTANT]),
    );
    expect(await client.assistants.search()).toEqual([ASSISTANT]);
    expect(requests).toHaveLength(2);
    expect(requests.map(body)).toEqual([
      { limit: 10, offset: 0 },
      { limit: 10, offset: 0 },
    ]);
  });
});

describe("count (16)", () => {
  it("POST /assistants/count: {} by default, filters in Appendix A.1 order; a number back", async () => {
    const { client, requests } = setup(() => json(6));
    expect(await client.assistants.count()).toBe(6);
    expect(await client.assistants.count({ name: "n", graphId: "g", metadata: { m: 1 } })).toBe(6);
    expect(requests.map(target)).toEqual(["/api/assistants/count", "/api/assistants/count"]);
    expect(requests.map(body)).toEqual([{}, { metadata: { m: 1 }, graph_id: "g", name: "n" }]);
    expect(bodyKeys(requests[1])).toEqual(["metadata", "graph_id", "name"]);
  });

  it("with validateResponses, an answer that is not an integer is invalid (P15)", async () => {
    for (const answer of [6.5, "6", null, { count: 6 }]) {
      const { client } = setup(() => json(answer), { validateResponses: true });
      const error = await rejection(() => client.assistants.count());
      expect(error, JSON.stringify(answer)).toBeInstanceOf(InvalidResponseError);
    }
    const { client } = setup(() => json(0), { validateResponses: true });
    expect(await client.assistants.count()).toBe(0);
  });

  it("is retried after a 503 (read-only POST)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json(3),
    );
    expect(await client.assistants.count({ graphId: "g" })).toBe(3);
    expect(requests).toHaveLength(2);
  });
});

describe("getVersions (17)", () => {
  it("POST /assistants/{id}/versions with the default page; metadata when given", async () => {
    const { client, requests } = setup(() => json([VERSION]));
    expect(await client.assistants.getVersions("a1")).toEqual([VERSION]);
    await client.assistants.getVersions("a1", { offset: 1, limit: 5, metadata: { m: 1 } });
    await client.assistants.getVersions("a1", { metadata: null, limit: 0 });
    expect(requests.map(target)).toEqual([
      "/api/assistants/a1/versions",
      "/api/assistants/a1/versions",
      "/api/assistants/a1/versions",
    ]);
    expect(requests.map(body)).toEqual([
      { limit: 10, offset: 0 },
      { limit: 5, offset: 1, metadata: { m: 1 } },
      { limit: 0, offset: 0 },
    ]);
    expect(bodyKeys(requests[1])).toEqual(["limit", "offset", "metadata"]);
  });

  it("is retried after a 503 (read-only POST)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json([VERSION]),
    );
    await client.assistants.getVersions("a1");
    expect(requests).toHaveLength(2);
  });

  it("refuses a negative limit", async () => {
    const { client, requests } = setup(() => json([]));
    await refused(() => client.assistants.getVersions("a1", { limit: -5 }), "limit");
    expect(requests).toHaveLength(0);
  });
});

describe("setLatest (18)", () => {
  it("POST /assistants/{id}/latest with {version}", async () => {
    const { client, requests } = setup(() => json(ASSISTANT));
    expect(await client.assistants.setLatest("a1", 2)).toEqual(ASSISTANT);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/assistants/a1/latest");
    expect(body(requests[0])).toEqual({ version: 2 });
  });

  it.each([["1"], [-1], [1.5], [null], [undefined]])(
    "refuses version %j before sending (P10)",
    async (version) => {
      const { client, requests } = setup(() => json(ASSISTANT));
      await refused(() => client.assistants.setLatest("a1", version as never), "version");
      expect(requests).toHaveLength(0);
    },
  );

  it("is not retried after a 503 (it changes the assistant)", async () => {
    const { client, requests } = setup(() => ({ status: 503, body: "busy" }));
    await rejection(() => client.assistants.setLatest("a1", 1));
    expect(requests).toHaveLength(1);
  });
});

describe("answers", () => {
  it("an empty 2xx body where JSON is expected is an InvalidResponseError (P32)", async () => {
    const { client } = setup(() => ({ status: 200, body: "" }));
    for (const call of [
      () => client.assistants.get("a1"),
      () => client.assistants.create({ graphId: "echo" }),
      () => client.assistants.search(),
      () => client.assistants.count(),
    ]) {
      expect(await rejection(call)).toBeInstanceOf(InvalidResponseError);
    }
  });

  it("validateResponses keeps extra keys and refuses a record without its identity keys (P38)", async () => {
    const { client } = setup(
      (request) =>
        request.url.pathname.endsWith("/a1")
          ? json({ assistant_id: "a1", graph_id: "echo", surprise: [1] })
          : request.url.pathname.endsWith("/versions")
            ? json([{ assistant_id: "a1", graph_id: "echo" }])
            : json({ graph_id: "echo", name: "no id" }),
      { validateResponses: true },
    );
    expect(await client.assistants.get("a1")).toEqual({
      assistant_id: "a1",
      graph_id: "echo",
      surprise: [1],
    });
    expect(await rejection(() => client.assistants.get("a2"))).toBeInstanceOf(InvalidResponseError);
    // A version without its version number.
    expect(await rejection(() => client.assistants.getVersions("a1"))).toBeInstanceOf(
      InvalidResponseError,
    );
  });

  it("with a select, validateResponses checks the selected keys without requiring the others", async () => {
    const { client } = setup(
      (request) =>
        JSON.parse(request.body ?? "{}").select?.includes("version") === true
          ? json([{ assistant_id: "a1", version: "one" }])
          : json([{ assistant_id: "a1", name: "N" }]),
      { validateResponses: true },
    );
    expect(await client.assistants.search({ select: ["assistant_id", "name"] })).toEqual([
      { assistant_id: "a1", name: "N" },
    ]);
    expect(
      await rejection(() => client.assistants.search({ select: ["assistant_id", "version"] })),
    ).toBeInstanceOf(InvalidResponseError);
    // Without a select, the identity keys are required again.
    expect(await rejection(() => client.assistants.search())).toBeInstanceOf(InvalidResponseError);
  });

  it("validateResponses refuses a search answer that is not a list", async () => {
    const { client } = setup(() => json({ assistants: [] }), { validateResponses: true });
    expect(await rejection(() => client.assistants.search())).toBeInstanceOf(InvalidResponseError);
  });
});
