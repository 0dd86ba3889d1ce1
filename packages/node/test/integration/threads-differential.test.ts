import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { collect, rejectionOf } from "./helpers";
import { recordedClients, withoutKeys } from "./recorded-clients";

// The same threads calls through the official JS SDK (1.15) and through runwire against the one
// real server. Reads of one thread are compared whole; records each client made are compared
// without what differs by construction (ids, timestamps). Requests are recorded on both sides and
// compared as parsed JSON. Where runwire differs on purpose (PLATFORM_SPEC Appendix B: P16 include,
// P17 create metadata, P18 update metadata), the test asserts the difference and says why.

const { official, runwire, both, close } = recordedClients({
  validateResponses: true,
});
afterAll(close);

const SUITE = randomUUID();

/** A record (or list of records) without the keys that differ between two clients' threads. */
const stable = withoutKeys("thread_id", "created_at", "updated_at");

describe("threads: the official SDK and runwire against one server", () => {
  it("create with graphId and metadata: the same request and the same thread", async () => {
    const metadata = { suite: SUITE, test: "create" };
    const created = await both(
      () => official.threads.create({ graphId: "hitl", metadata }),
      () => runwire.threads.create({ graphId: "hitl", metadata }),
    );
    expect(created.runwireSent).toEqual(created.officialSent);
    expect(created.runwireSent[0]?.body).toEqual({ metadata: { ...metadata, graph_id: "hitl" } });
    expect(stable(created.runwire)).toEqual(stable(created.official));
  });

  it("create(): runwire sends {} where the SDK sends {metadata:{}} (P17); the same thread", async () => {
    const created = await both(
      () => official.threads.create(),
      () => runwire.threads.create(),
    );
    expect(created.officialSent.map((s) => s.body)).toEqual([{ metadata: {} }]);
    expect(created.runwireSent.map((s) => s.body)).toEqual([{}]);
    expect(stable(created.runwire)).toEqual(stable(created.official));
  });

  it("create({metadata:{graph_id}}): the SDK loses graph_id, runwire keeps it (P17)", async () => {
    const metadata = { graph_id: "echo", suite: SUITE };
    const created = await both(
      () => official.threads.create({ metadata }),
      () => runwire.threads.create({ metadata }),
    );
    expect(created.official.metadata).toEqual({ suite: SUITE });
    expect(created.runwire.metadata).toEqual(metadata);
  });

  it("get, search, count, getState, getHistory of the same threads: the same requests and answers", async () => {
    const metadata = { suite: SUITE, test: "reads" };
    const thread = await runwire.threads.create({ graphId: "hitl", metadata });
    const id = thread.thread_id;
    await runwire.threads.updateState(id, { values: { question: "q?" }, asNode: "ask" });
    const calls: [() => Promise<unknown>, () => Promise<unknown>][] = [
      [() => official.threads.get(id), () => runwire.threads.get(id)],
      [
        () => official.threads.search({ metadata, limit: 5 }),
        () => runwire.threads.search({ metadata, limit: 5 }),
      ],
      [
        () => official.threads.search({ metadata, select: ["thread_id", "values"] }),
        () => runwire.threads.search({ metadata, select: ["thread_id", "values"] }),
      ],
      [() => official.threads.count({ metadata }), () => runwire.threads.count({ metadata })],
      [() => official.threads.getState(id), () => runwire.threads.getState(id)],
      [
        () => official.threads.getState(id, undefined, { subgraphs: true }),
        () => runwire.threads.getState(id, undefined, { subgraphs: true }),
      ],
      [() => official.threads.getHistory(id), () => runwire.threads.getHistory(id)],
      [
        () => official.threads.getHistory(id, { limit: 1, metadata: { source: "update" } }),
        () => runwire.threads.getHistory(id, { limit: 1, metadata: { source: "update" } }),
      ],
    ];
    for (const [viaOfficial, viaRunwire] of calls) {
      const result = await both(viaOfficial, viaRunwire);
      expect(result.runwireSent).toEqual(result.officialSent);
      expect(result.runwire).toEqual(result.official);
    }
    const state = await runwire.threads.getState(id);
    const checkpointId = state.checkpoint?.checkpoint_id as string;
    const at = await both(
      () => official.threads.getState(id, checkpointId),
      () => runwire.threads.getState(id, checkpointId),
    );
    expect(at.runwireSent).toEqual(at.officialSent);
    expect(at.runwire).toEqual(at.official);
    const checkpoint = { checkpoint_id: checkpointId, checkpoint_ns: "" };
    const byObject = await both(
      () => official.threads.getState(id, { ...checkpoint, thread_id: id, checkpoint_map: null }),
      () => runwire.threads.getState(id, { ...checkpoint, thread_id: id, checkpoint_map: null }),
    );
    expect(byObject.runwireSent).toEqual(byObject.officialSent);
    expect(byObject.runwire).toEqual(byObject.official);
  });

  it("get with include: one comma-joined key (P16) where the SDK repeats the key; the same thread", async () => {
    const thread = await runwire.threads.create({ metadata: { suite: SUITE } });
    const id = thread.thread_id;
    const got = await both(
      () => official.threads.get(id, { include: ["ttl", "x"] }),
      () => runwire.threads.get(id, { include: ["ttl", "x"] }),
    );
    expect(got.officialSent[0]?.target).toBe(`/threads/${id}?include=ttl&include=x`);
    expect(got.runwireSent[0]?.target).toBe(`/threads/${id}?include=ttl%2Cx`);
    expect(got.runwire).toEqual(got.official);
  });

  it("update: the same request with metadata; with ttl alone the SDK's {} is a 400, runwire's works (P18)", async () => {
    const thread = await runwire.threads.create({ metadata: { suite: SUITE } });
    const id = thread.thread_id;
    const updated = await both(
      () => official.threads.update(id, { metadata: { a: 1 } }),
      () => runwire.threads.update(id, { metadata: { a: 1 } }),
    );
    expect(updated.runwireSent).toEqual(updated.officialSent);
    expect(stable(updated.runwire)).toEqual(stable(updated.official));
    const officialError = await rejectionOf(official.threads.update(id, { ttl: 5 }));
    expect(officialError).toMatchObject({ status: 400 });
    const viaRunwire = await runwire.threads.update(id, { ttl: 5 });
    expect(viaRunwire.metadata).toEqual({ suite: SUITE, a: 1 });
  });

  it("updateState, copy, delete: the same requests; the same shapes", async () => {
    const a = await runwire.threads.create({ graphId: "hitl" });
    const b = await runwire.threads.create({ graphId: "hitl" });
    const wrote = await both(
      () => official.threads.updateState(a.thread_id, { values: { question: "x" }, asNode: "ask" }),
      () => runwire.threads.updateState(b.thread_id, { values: { question: "x" }, asNode: "ask" }),
    );
    expect(wrote.runwireSent.map((s) => s.body)).toEqual(wrote.officialSent.map((s) => s.body));
    expect(Object.keys(wrote.runwire)).toEqual(Object.keys(wrote.official));
    const copied = await both(
      () => official.threads.copy(a.thread_id),
      () => runwire.threads.copy(b.thread_id),
    );
    expect(copied.runwireSent.map((s) => [s.method, s.body])).toEqual([["POST", undefined]]);
    expect(copied.officialSent.map((s) => [s.method, s.body])).toEqual([["POST", undefined]]);
    const deleted = await both(
      () => official.threads.delete(a.thread_id),
      () => runwire.threads.delete(b.thread_id),
    );
    expect(deleted.runwire).toBeUndefined();
    expect(deleted.official).toBeUndefined();
    expect(deleted.runwireSent.map((s) => s.method)).toEqual(["DELETE"]);
  });

  it("an interrupted thread: the same state through both clients", async () => {
    const thread = await runwire.threads.create();
    const id = thread.thread_id;
    await collect(runwire.runs.stream(id, "hitl", { input: { question: "go?" } }));
    const state = await both(
      () => official.threads.getState(id),
      () => runwire.threads.getState(id),
    );
    expect(state.runwire).toEqual(state.official);
    expect(state.runwire.tasks[0]?.interrupts[0]?.value).toEqual({ question: "go?" });
  });
});
