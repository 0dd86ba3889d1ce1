import { randomUUID } from "node:crypto";
import { GRAPH_NAMES } from "@runwire/langgraph-test-server";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Assistant,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  RunwireValidationError,
} from "../../src/index";
import { rejectionOf, UNKNOWN_ID } from "./helpers";
import { realClient, serverUrl } from "./support";

// Every assistants method against the real LangGraph JS server 1.5.1, with the server's quirks
// (PLATFORM_SPEC §10) asserted as they are. The server is shared with other suites, so every
// assistant made here carries this run's `suite` marker in its metadata and every search or count
// filters on it. Ids and timestamps are never compared to fixed values.

const client = realClient({ validateResponses: true });
// The schema calls: no automatic retry, so a server 500 (Q15) reaches the test as it was sent.
const schemaClient = realClient({ validateResponses: true, maxRetries: 0 });
afterAll(async () => {
  await Promise.all([client.close(), schemaClient.close()]);
});

const SUITE = randomUUID();
const marked = (test: string, extra: Record<string, unknown> = {}) => ({
  suite: SUITE,
  test,
  ...extra,
});

/** Schema extraction on a cold server takes ~26 s, more on a busy machine (Q15). */
const SCHEMA_TIMEOUT_MS = 90_000;

/** A thread whose metadata names an assistant: what `deleteThreads` deletes. */
async function threadOf(assistantId: string): Promise<string> {
  const response = await fetch(`${serverUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ metadata: { assistant_id: assistantId } }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { thread_id: string }).thread_id;
}

async function threadStatus(threadId: string): Promise<number> {
  const response = await fetch(`${serverUrl}/threads/${threadId}`);
  await response.body?.cancel();
  return response.status;
}

function expectNotFound(error: unknown, message: string): void {
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({ status: 404, message });
}

/**
 * A schema call as a user would retry it: the server gives up on a cold extraction with a 500
 * (Q15; the harness allows it two minutes, but the server's own default is 30 s), and the next
 * call usually succeeds. A 500 must arrive typed; it is then retried once, openly.
 */
async function schemaCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500 });
    return call();
  }
}

describe("get", () => {
  it("a graph id names that graph's system assistant (§2.8, Q5)", async () => {
    const echo = await client.assistants.get("echo");
    expect(echo).toMatchObject({
      graph_id: "echo",
      name: "echo",
      metadata: { created_by: "system" },
      version: 1,
      config: {},
      context: {},
      description: null,
    });
    expect(typeof echo.created_at).toBe("string");
    expect(typeof echo.updated_at).toBe("string");
    expect(await client.assistants.get(echo.assistant_id)).toEqual(echo);
  });

  it("unknown ids are NotFoundError; the path carries one encoded segment; dots never leave", async () => {
    expectNotFound(await rejectionOf(client.assistants.get(UNKNOWN_ID)), "Assistant not found");
    // `/` and the space are encoded inside the one segment: the server looks up that id.
    expectNotFound(await rejectionOf(client.assistants.get("not/a thing")), "Assistant not found");
    const dots = await rejectionOf(client.assistants.get(".."));
    expect(dots).toBeInstanceOf(RunwireValidationError);
    expect(dots).toMatchObject({ field: "assistantId" });
  });
});

describe("create", () => {
  it("fills the server's defaults; an unknown graph is accepted (Q19); null is not sent (P4)", async () => {
    const metadata = marked("create");
    const created = await client.assistants.create({ graphId: "echo", metadata });
    expect(created).toMatchObject({
      graph_id: "echo",
      name: "Untitled",
      version: 1,
      description: null,
      config: {},
      context: {},
      metadata,
    });
    // `name: ""` makes the server name the assistant after its graph.
    const unnamed = await client.assistants.create({ graphId: "echo", name: "", metadata });
    expect(unnamed.name).toBe("echo");
    // 1.5.1 does not check that the graph exists.
    const orphan = await client.assistants.create({ graphId: `no-such-graph-${SUITE}`, metadata });
    expect(orphan.graph_id).toBe(`no-such-graph-${SUITE}`);
    // The JS SDK would send `"config": null`, which 1.5.1 refuses with a 400; runwire leaves it out.
    const withNull = await client.assistants.create({ graphId: "echo", config: null, metadata });
    expect(withNull.config).toEqual({});
  });

  it("a body assistant_id must be a UUID on 1.5.1 (Q5): 400 BadRequestError", async () => {
    const error = await rejectionOf(
      client.assistants.create({ graphId: "echo", assistantId: "my-assistant" }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400 });
  });

  it("the same id again: 409 ConflictError; with do_nothing the existing one, unchanged (Q19)", async () => {
    const assistantId = randomUUID();
    const metadata = marked("conflict");
    const first = await client.assistants.create({
      graphId: "echo",
      assistantId,
      name: "first",
      metadata,
    });
    expect(first.assistant_id).toBe(assistantId);
    const conflict = await rejectionOf(
      client.assistants.create({ graphId: "echo", assistantId, metadata }),
    );
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({ status: 409, message: "Assistant already exists" });
    // Even though this request names another graph and name.
    const again = await client.assistants.create({
      graphId: "hitl",
      assistantId,
      ifExists: "do_nothing",
      name: "second",
      metadata,
    });
    expect(again).toEqual(first);
  });
});

describe("update, getVersions, setLatest", () => {
  it("every PATCH is a new version (Q18); versions newest first; set-latest keeps some fields (Q16, Q17)", async () => {
    const metadata = marked("versions", { keep: 1 });
    const original = await client.assistants.create({
      graphId: "echo",
      config: { tags: ["t"] },
      context: { c: 1 },
      metadata,
      name: "N",
      description: "D",
    });
    const id = original.assistant_id;
    const stable = (assistant: Assistant) => ({
      graph_id: assistant.graph_id,
      config: assistant.config,
      context: assistant.context,
      metadata: assistant.metadata,
      name: assistant.name,
      description: assistant.description,
    });

    // No option: sends `{}`, still a new version, nothing else changes.
    const bumped = await client.assistants.update(id);
    expect(bumped.version).toBe(2);
    expect(stable(bumped)).toEqual(stable(original));

    // metadata is merged shallowly; everything else replaces.
    const changed = await client.assistants.update(id, {
      graphId: "hitl",
      config: { tags: ["u"] },
      context: { c: 2 },
      metadata: { extra: true },
      name: "Renamed",
      description: "d2",
    });
    expect(changed).toMatchObject({
      version: 3,
      graph_id: "hitl",
      config: { tags: ["u"] },
      context: { c: 2 },
      metadata: { ...metadata, extra: true },
      name: "Renamed",
      description: "d2",
    });

    const versions = await client.assistants.getVersions(id);
    expect(versions.map((version) => version.version)).toEqual([3, 2, 1]);
    expect(versions.every((version) => version.assistant_id === id)).toBe(true);
    expect(versions.some((version) => "updated_at" in version)).toBe(false);
    const page = await client.assistants.getVersions(id, { limit: 2, offset: 1 });
    expect(page.map((version) => version.version)).toEqual([2, 1]);
    const filtered = await client.assistants.getVersions(id, { metadata: { extra: true } });
    expect(filtered.map((version) => version.version)).toEqual([3]);
    // Q17: no matching version is a 404, not an empty list.
    expectNotFound(
      await rejectionOf(client.assistants.getVersions(id, { metadata: { zzz: 1 } })),
      `Assistant "${id}" not found.`,
    );

    // Q16: config, metadata, name and the version come back; graph, context and description stay.
    const restored = await client.assistants.setLatest(id, 1);
    expect(restored).toMatchObject({
      assistant_id: id,
      version: 1,
      config: { tags: ["t"] },
      metadata,
      name: "N",
      graph_id: "hitl",
      context: { c: 2 },
      description: "d2",
    });
    expect(await client.assistants.get(id)).toEqual(restored);
    expectNotFound(
      await rejectionOf(client.assistants.setLatest(id, 99)),
      "Assistant version not found",
    );
  });

  it("an unknown assistant is NotFoundError for update, getVersions and setLatest", async () => {
    const notFound = "Assistant not found";
    expectNotFound(
      await rejectionOf(client.assistants.update(UNKNOWN_ID, { name: "x" })),
      notFound,
    );
    expectNotFound(await rejectionOf(client.assistants.setLatest(UNKNOWN_ID, 1)), notFound);
    expectNotFound(
      await rejectionOf(client.assistants.getVersions(UNKNOWN_ID)),
      `Assistant "${UNKNOWN_ID}" not found.`,
    );
  });
});

describe("search and count", () => {
  it("filters, select, ignored sorting (Q8), an empty select refused (Q10), limits", async () => {
    const metadata = marked("search");
    for (const name of ["alpha", "beta", "gamma"]) {
      await client.assistants.create({ graphId: "echo", name: `${name}-${SUITE}`, metadata });
    }
    const names = (assistants: Pick<Assistant, "name">[]) =>
      assistants.map((assistant) => assistant.name.split("-")[0]);

    const all = await client.assistants.search({ metadata });
    expect(names(all)).toEqual(["gamma", "beta", "alpha"]); // newest first
    // Q8: the sort options are checked by the server, then ignored.
    const sorted = await client.assistants.search({ metadata, sortBy: "name", sortOrder: "asc" });
    expect(names(sorted)).toEqual(["gamma", "beta", "alpha"]);

    const picked = await client.assistants.search({ metadata, select: ["assistant_id", "name"] });
    expect(picked.map((item) => Object.keys(item).sort())).toEqual([
      ["assistant_id", "name"],
      ["assistant_id", "name"],
      ["assistant_id", "name"],
    ]);
    // Q10: 1.5.1 answers `select: []` with `{}` items; runwire refuses it before sending.
    await expect(client.assistants.search({ metadata, select: [] })).rejects.toMatchObject({
      name: "RunwireValidationError",
      field: "select",
    });

    // `name` is a case-insensitive substring filter.
    const beta = await client.assistants.search({ name: `BETA-${SUITE.toUpperCase()}` });
    expect(names(beta)).toEqual(["beta"]);
    expect(await client.assistants.search({ metadata, graphId: "hitl" })).toEqual([]);

    expect(await client.assistants.count({ metadata })).toBe(3);
    expect(await client.assistants.count({ metadata, name: "alpha" })).toBe(1);
    expect(await client.assistants.count({ metadata, graphId: "hitl" })).toBe(0);
    // One system assistant per graph the server was started with.
    expect(await client.assistants.count({ metadata: { created_by: "system" } })).toBe(
      GRAPH_NAMES.length,
    );

    // runwire allows `limit: 0` (no upper or lower bound guessed, P10); 1.5.1 takes 1 to 1000.
    const tooSmall = await rejectionOf(client.assistants.search({ metadata, limit: 0 }));
    expect(tooSmall).toBeInstanceOf(BadRequestError);
  });

  it("includePagination reads X-Pagination-Next, which 1.5.1 sends only when matches = limit (Q9)", async () => {
    const metadata = marked("pages");
    for (let index = 0; index < 3; index += 1) {
      await client.assistants.create({ graphId: "echo", metadata });
    }
    const exact = await client.assistants.search({ metadata, limit: 3, includePagination: true });
    expect(exact.assistants).toHaveLength(3);
    expect(exact.next).toBe("3"); // although no further page exists
    const first = await client.assistants.search({ metadata, limit: 2, includePagination: true });
    expect(first.assistants).toHaveLength(2);
    expect(first.next).toBeNull(); // although a further page exists
    // What works on every server: ask for the next offset until a page is short.
    const rest = await client.assistants.search({ metadata, limit: 2, offset: 2 });
    expect(rest).toHaveLength(1);
    expect(new Set([...first.assistants, ...rest].map((a) => a.assistant_id)).size).toBe(3);
  });
});

describe("delete", () => {
  it("resolves undefined though 1.5.1 answers 200 with the id in a JSON list (Q6, P12)", async () => {
    const metadata = marked("delete");
    const raw = await client.assistants.create({ graphId: "echo", metadata });
    // What the server sends, read without runwire.
    const response = await fetch(`${serverUrl}/assistants/${raw.assistant_id}`, {
      method: "DELETE",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([raw.assistant_id]);

    const doomed = await client.assistants.create({ graphId: "echo", metadata });
    await expect(client.assistants.delete(doomed.assistant_id)).resolves.toBeUndefined();
    expectNotFound(
      await rejectionOf(client.assistants.get(doomed.assistant_id)),
      "Assistant not found",
    );
    expectNotFound(
      await rejectionOf(client.assistants.delete(doomed.assistant_id)),
      "Assistant not found",
    );
  });

  it("deleteThreads: true also deletes the threads naming the assistant; otherwise they stay", async () => {
    const metadata = marked("delete-threads");
    const withThreads = await client.assistants.create({ graphId: "echo", metadata });
    const doomedThread = await threadOf(withThreads.assistant_id);
    await client.assistants.delete(withThreads.assistant_id, { deleteThreads: true });
    expect(await threadStatus(doomedThread)).toBe(404);

    const alone = await client.assistants.create({ graphId: "echo", metadata });
    const keptThread = await threadOf(alone.assistant_id);
    await client.assistants.delete(alone.assistant_id, { deleteThreads: false });
    expect(await threadStatus(keptThread)).toBe(200);
  });
});

describe("getGraph", () => {
  const nodeIds = (graph: { nodes: { id: string | number }[] }) =>
    graph.nodes.map((node) => node.id);
  const FLAT = ["__start__", "middle", "__end__"];
  const EXPANDED = [
    "__start__",
    "middle:m_one",
    "middle:inner:i_one",
    "middle:inner:i_two",
    "__end__",
  ];

  it("draws the graph's nodes and edges", async () => {
    const echo = await client.assistants.getGraph("echo");
    expect(nodeIds(echo)).toEqual(["__start__", "first", "second", "__end__"]);
    expect(echo.edges).toContainEqual(
      expect.objectContaining({ source: "__start__", target: "first" }),
    );
    expect(echo.nodes[1]).toMatchObject({ type: "runnable" });
    expectNotFound(
      await rejectionOf(client.assistants.getGraph(UNKNOWN_ID)),
      "Assistant not found",
    );
  });

  it("xray is a coerced boolean on 1.5.1 (Q14): 1 expands every level, 2 none", async () => {
    expect(nodeIds(await client.assistants.getGraph("layered"))).toEqual(FLAT);
    expect(nodeIds(await client.assistants.getGraph("layered", { xray: true }))).toEqual(EXPANDED);
    expect(nodeIds(await client.assistants.getGraph("layered", { xray: false }))).toEqual(FLAT);
    // The Platform reads a number as a depth (1: only `middle`'s own nodes); 1.5.1 reads `1` as
    // true and any other number as false.
    expect(nodeIds(await client.assistants.getGraph("layered", { xray: 1 }))).toEqual(EXPANDED);
    expect(nodeIds(await client.assistants.getGraph("layered", { xray: 2 }))).toEqual(FLAT);
  });
});

describe("getSchemas and getSubgraphs (slow on a cold server, Q15)", () => {
  // One graph, so one schema extraction: getSchemas pays for it, getSubgraphs reads its cache.
  it(
    "getSchemas: the graph's JSON Schemas; context_schema is a copy of config_schema",
    async () => {
      const schemas = await schemaCall(() => schemaClient.assistants.getSchemas("layered"));
      expect(schemas.graph_id).toBe("layered");
      expect(schemas.input_schema).toMatchObject({ properties: { trail: { type: "array" } } });
      expect(schemas.state_schema).toMatchObject({ type: "object" });
      expect(schemas.context_schema).toEqual(schemas.config_schema);
    },
    SCHEMA_TIMEOUT_MS,
  );

  it(
    "getSubgraphs: 1.5.1's short form keyed by namespace; recurse and namespace",
    async () => {
      const subgraphs = await schemaCall(() => schemaClient.assistants.getSubgraphs("layered"));
      expect(Object.keys(subgraphs)).toEqual(["middle"]);
      // §2.6: `{state, input, output, config}`, not the SDKs' GraphSchema with `graph_id`.
      expect(Object.keys(subgraphs.middle ?? {}).sort()).toEqual([
        "config",
        "input",
        "output",
        "state",
      ]);
      const deep = await schemaClient.assistants.getSubgraphs("layered", { recurse: true });
      expect(Object.keys(deep)).toEqual(["middle", "middle|inner"]);
      expect(
        await schemaClient.assistants.getSubgraphs("layered", { namespace: "middle" }),
      ).toEqual(subgraphs);
      // An unknown namespace is an empty answer, not a 404.
      expect(await schemaClient.assistants.getSubgraphs("layered", { namespace: "nope" })).toEqual(
        {},
      );
      // A graph without subgraphs.
      expect(await schemaClient.assistants.getSubgraphs("echo")).toEqual({});
      const empty = await rejectionOf(
        schemaClient.assistants.getSubgraphs("layered", { namespace: "" }),
      );
      expect(empty).toBeInstanceOf(RunwireValidationError);
      expect(empty).toMatchObject({ field: "namespace" });
    },
    SCHEMA_TIMEOUT_MS,
  );
});
