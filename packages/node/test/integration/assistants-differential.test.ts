import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { NotFoundError, RunwireValidationError } from "../../src/index";
import { rejectionOf, UNKNOWN_ID } from "./helpers";
import { recordedClients, withoutKeys } from "./recorded-clients";

// The same assistants calls through the official JS SDK (1.15) and through runwire against the
// one real server. Results are compared after removing what differs by construction (each client
// makes its own assistants: ids and timestamps); the requests are recorded on both sides and
// compared too. Where runwire differs on purpose (PLATFORM_SPEC Appendix B), the test asserts the
// difference and says why.

const { official, officialWire, runwire, runwireWire, both, close } = recordedClients({
  validateResponses: true,
});
afterAll(close);

const SUITE = randomUUID();
/** Schema extraction on a cold server takes ~26 s, more on a busy machine (Q15). */
const SCHEMA_TIMEOUT_MS = 90_000;

/** A record (or list of records) without the keys that differ between two clients' assistants. */
const stable = withoutKeys("assistant_id", "created_at", "updated_at");

/** The official SDK's error: a plain `Error` carrying the status. */
function expectSdkHttpError(error: unknown, status: number): void {
  expect(error).toBeInstanceOf(Error);
  expect(error).toMatchObject({ status });
  expect((error as Error).message).toMatch(new RegExp(`^HTTP ${status}: `));
}

describe("reads: the same requests and the same answers", () => {
  it("get by graph id, getGraph with and without xray", async () => {
    const get = await both(
      () => official.assistants.get("echo"),
      () => runwire.assistants.get("echo"),
    );
    expect(get.runwire).toEqual(get.official);
    expect(get.runwireSent).toEqual(get.officialSent);

    for (const options of [undefined, { xray: true }, { xray: 2 }, { xray: false }]) {
      const graph = await both(
        () => official.assistants.getGraph("layered", options),
        () => runwire.assistants.getGraph("layered", options),
      );
      expect(graph.runwire).toEqual(graph.official);
      // Both send xray only when given (D9 is Python's difference, not JS's).
      expect(graph.runwireSent).toEqual(graph.officialSent);
    }
  });

  it(
    "getSchemas and getSubgraphs",
    async () => {
      const schemas = await both(
        () => official.assistants.getSchemas("layered"),
        () => runwire.assistants.getSchemas("layered"),
      );
      expect(schemas.runwire).toEqual(schemas.official);
      expect(schemas.runwireSent).toEqual(schemas.officialSent);

      for (const options of [undefined, { recurse: true }, { namespace: "middle" }]) {
        const subgraphs = await both(
          () => official.assistants.getSubgraphs("layered", options),
          () => runwire.assistants.getSubgraphs("layered", options),
        );
        expect(subgraphs.runwire).toEqual(subgraphs.official);
        expect(subgraphs.runwireSent).toEqual(subgraphs.officialSent);
      }
    },
    SCHEMA_TIMEOUT_MS,
  );
});

describe("writes: the same bodies and, ids and timestamps aside, the same records", () => {
  it("create, update, getVersions, setLatest, search, count", async () => {
    const metadata = { suite: SUITE, test: "lifecycle" };
    const payload = {
      graphId: "echo",
      config: { tags: ["x"] },
      context: { c: 1 },
      metadata,
      ifExists: "raise" as const,
      name: "N",
      description: "D",
    };
    const created = await both(
      () => official.assistants.create(payload),
      () => runwire.assistants.create(payload),
    );
    expect(stable(created.runwire)).toEqual(stable(created.official));
    expect(created.runwireSent).toEqual(created.officialSent);
    const ids = { official: created.official.assistant_id, runwire: created.runwire.assistant_id };

    for (const options of [{}, { metadata: { extra: true }, name: "Renamed" }]) {
      const updated = await both(
        () => official.assistants.update(ids.official, options),
        () => runwire.assistants.update(ids.runwire, options),
      );
      expect(stable(updated.runwire)).toEqual(stable(updated.official));
      expect(updated.runwireSent.map((sent) => sent.body)).toEqual(
        updated.officialSent.map((sent) => sent.body),
      );
    }

    for (const options of [undefined, { limit: 2, offset: 1 }, { metadata: { extra: true } }]) {
      const versions = await both(
        () => official.assistants.getVersions(ids.official, options),
        () => runwire.assistants.getVersions(ids.runwire, options),
      );
      expect(stable(versions.runwire)).toEqual(stable(versions.official));
      expect(versions.runwireSent.map((sent) => sent.body)).toEqual(
        versions.officialSent.map((sent) => sent.body),
      );
    }

    const latest = await both(
      () => official.assistants.setLatest(ids.official, 1),
      () => runwire.assistants.setLatest(ids.runwire, 1),
    );
    expect(stable(latest.runwire)).toEqual(stable(latest.official));
    expect(latest.runwireSent.map((sent) => sent.body)).toEqual([{ version: 1 }]);

    // Both clients now see the same two assistants: answers are compared whole.
    const queries = [
      { query: { metadata }, expected: 2 },
      { query: { metadata, select: ["name" as const, "version" as const] }, expected: 2 },
      { query: { metadata, limit: 1, offset: 1 }, expected: 1 },
      // Q8: sorting is ignored by 1.5.1, for both.
      {
        query: { metadata, name: "n", sortBy: "name" as const, sortOrder: "asc" as const },
        expected: 2,
      },
    ];
    for (const { query, expected } of queries) {
      const found = await both(
        () => official.assistants.search(query),
        () => runwire.assistants.search(query),
      );
      expect(found.runwire).toEqual(found.official);
      expect(found.runwire).toHaveLength(expected);
      expect(found.runwireSent).toEqual(found.officialSent);
    }
    const paged = await both(
      () => official.assistants.search({ metadata, limit: 2, includePagination: true }),
      () => runwire.assistants.search({ metadata, limit: 2, includePagination: true }),
    );
    expect(paged.runwire).toEqual(paged.official);
    expect(paged.runwire.next).toBe("2"); // Q9: matches = limit
    expect(paged.runwireSent).toEqual(paged.officialSent);

    const counted = await both(
      () => official.assistants.count({ metadata }),
      () => runwire.assistants.count({ metadata }),
    );
    expect(counted).toMatchObject({ official: 2, runwire: 2 });
    expect(counted.runwireSent).toEqual(counted.officialSent);
  });
});

describe("where runwire differs on purpose", () => {
  it("delete: no delete_threads=false, and it resolves nothing where the SDK returns 1.5.1's body (P12, D13)", async () => {
    const metadata = { suite: SUITE, test: "delete" };
    const made = await both(
      () => official.assistants.create({ graphId: "echo", metadata }),
      () => runwire.assistants.create({ graphId: "echo", metadata }),
    );
    const deleted = await both(
      () => official.assistants.delete(made.official.assistant_id),
      () => runwire.assistants.delete(made.runwire.assistant_id),
    );
    // The SDK types this `void` but resolves the server's `["<id>"]`; runwire keeps the type's word.
    expect(deleted.official).toEqual([made.official.assistant_id]);
    expect(deleted.runwire).toBeUndefined();
    // The SDK always sends the flag; runwire only `true` (the server's default is false).
    expect(deleted.officialSent.map((sent) => sent.target)).toEqual([
      `/assistants/${made.official.assistant_id}?delete_threads=false`,
    ]);
    expect(deleted.runwireSent.map((sent) => sent.target)).toEqual([
      `/assistants/${made.runwire.assistant_id}`,
    ]);
  });

  it("null means not given: the SDK sends null and gets a 400, runwire leaves it out (P4, D4)", async () => {
    const metadata = { suite: SUITE, test: "nulls" };
    const sdkCreate = await rejectionOf(
      official.assistants.create({ graphId: "echo", name: "", config: null as never }),
    );
    expectSdkHttpError(sdkCreate, 400);
    expect(officialWire.at(-1)?.body).toEqual({ graph_id: "echo", config: null, name: "" });
    const made = await runwire.assistants.create({
      graphId: "echo",
      name: "",
      config: null,
      metadata,
    });
    expect(runwireWire.at(-1)?.body).toEqual({ graph_id: "echo", name: "", metadata });
    expect(made).toMatchObject({ config: {}, name: "echo" });

    const sdkUpdate = await rejectionOf(
      official.assistants.update(made.assistant_id, { metadata: null as never }),
    );
    expectSdkHttpError(sdkUpdate, 400);
    expect(officialWire.at(-1)?.body).toEqual({ metadata: null });
    const updated = await runwire.assistants.update(made.assistant_id, { metadata: null });
    expect(runwireWire.at(-1)?.body).toEqual({});
    expect(updated.version).toBe(2);
  });

  it("select: [] gets {} items from the SDK; runwire refuses it before sending (Q10)", async () => {
    const metadata = { suite: SUITE, test: "select" };
    await runwire.assistants.create({ graphId: "echo", metadata });
    const sdkItems = await official.assistants.search({ metadata, select: [] });
    expect(officialWire.at(-1)?.body).toEqual({ limit: 10, offset: 0, metadata, select: [] });
    expect(sdkItems).toEqual([{}]);
    const sent = runwireWire.length;
    const refused = await rejectionOf(runwire.assistants.search({ metadata, select: [] }));
    expect(refused).toBeInstanceOf(RunwireValidationError);
    expect(refused).toMatchObject({ field: "select" });
    expect(runwireWire.length).toBe(sent);
  });

  it(
    'getSubgraphs with namespace "": the SDK asks for every subgraph, runwire refuses (P11)',
    async () => {
      const sent = runwireWire.length;
      const refused = await rejectionOf(
        runwire.assistants.getSubgraphs("layered", { namespace: "" }),
      );
      expect(refused).toBeInstanceOf(RunwireValidationError);
      expect(refused).toMatchObject({ field: "namespace" });
      expect(runwireWire.length).toBe(sent);
      // Run alone (`-t`), this is the server's first schema extraction for the graph: the schema
      // timeout, as for the schema test above, which otherwise has warmed it.
      const every = await official.assistants.getSubgraphs("layered", { namespace: "" });
      expect(Object.keys(every)).toEqual(["middle"]);
      expect(officialWire.at(-1)?.target).toBe("/assistants/layered/subgraphs");
    },
    SCHEMA_TIMEOUT_MS,
  );

  it("errors: a typed NotFoundError with the server's text, where the SDK throws HTTPError (P37, D2)", async () => {
    const sdkError = await rejectionOf(official.assistants.get(UNKNOWN_ID));
    expectSdkHttpError(sdkError, 404);
    expect((sdkError as Error).message).toBe("HTTP 404: Assistant not found");
    const error = await rejectionOf(runwire.assistants.get(UNKNOWN_ID));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, message: "Assistant not found" });

    // `..` is refused by both before sending, in their own ways.
    const sent = [officialWire.length, runwireWire.length];
    expect(await rejectionOf(official.assistants.get(".."))).toMatchObject({
      message: 'Invalid path segment: ".."',
    });
    expect(await rejectionOf(runwire.assistants.get(".."))).toBeInstanceOf(RunwireValidationError);
    expect([officialWire.length, runwireWire.length]).toEqual(sent);
  });
});
