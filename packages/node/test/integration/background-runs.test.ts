import { afterAll, describe, expect, it } from "vitest";
import { NotFoundError, type Run, type RunCreateMetadata, RunError } from "../../src/index";
import {
  collect,
  contents,
  expectUuid,
  human,
  pathOf,
  queryOf,
  recordingClient,
  rejectionOf,
  waitForRunStatus,
} from "./helpers";
import { newThread, realClient } from "./support";

const client = realClient();
afterAll(() => client.close());

const SLOW_LOG = ["s1", "s2", "s3", "s4", "s5"];

/** A finished run on the thread, and its id (from onRunCreated). */
async function finishedRun(threadId: string, graph: string, input: Record<string, unknown>) {
  let runId = "";
  await client.runs.wait(threadId, graph, {
    input,
    raiseError: false,
    onRunCreated: (metadata) => {
      runId = metadata.run_id;
    },
  });
  expectUuid(runId);
  return runId;
}

describe.concurrent("runs.create / runs.get / runs.join", () => {
  it("create: POST /threads/{t}/runs returns the Run, pending, and calls onRunCreated", async () => {
    const threadId = await newThread();
    const { client: recording, requests } = recordingClient();
    try {
      const created: RunCreateMetadata[] = [];
      const run = await recording.runs.create(threadId, "slow", {
        input: { delay: 10 },
        metadata: { purpose: "test" },
        onRunCreated: (metadata) => {
          created.push(metadata);
        },
      });
      expect(requests.map((request) => [request.method, request.path])).toEqual([
        ["POST", `/threads/${threadId}/runs`],
      ]);
      expect(requests[0]?.body).toEqual({
        input: { delay: 10 },
        stream_mode: "values",
        stream_subgraphs: false,
        stream_resumable: false,
        metadata: { purpose: "test" },
        assistant_id: "slow",
      });
      expect(run.status).toBe("pending");
      expect(run.thread_id).toBe(threadId);
      expectUuid(run.run_id);
      // The server resolves the graph id to its assistant's uuid.
      expectUuid(run.assistant_id);
      expect(run.assistant_id).not.toBe("slow");
      expect(run.metadata).toMatchObject({ purpose: "test", graph_id: "slow" });
      expect(run.multitask_strategy).toBe("reject");
      expect(run.kwargs?.input).toEqual({ delay: 10 });
      expect(Number.isNaN(Date.parse(run.created_at))).toBe(false);
      expect(created).toEqual([{ run_id: run.run_id, thread_id: threadId }]);
      expect(await recording.runs.join(threadId, run.run_id)).toEqual({
        delay: 10,
        log: SLOW_LOG,
      });
    } finally {
      await recording.close();
    }
  });

  it("get: pending, then running, then success after join", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", { input: { delay: 150 } });
    expect(run.status).toBe("pending");
    const running = await waitForRunStatus(client, threadId, run.run_id, ["running"]);
    expect(running.run_id).toBe(run.run_id);
    expect(running.thread_id).toBe(threadId);
    const state = await client.runs.join(threadId, run.run_id);
    expect(state).toEqual({ delay: 150, log: SLOW_LOG });
    const done = await client.runs.get(threadId, run.run_id);
    expect(done).toMatchObject({ run_id: run.run_id, thread_id: threadId, status: "success" });
    expect(done.created_at).toBe(run.created_at);
  });

  it("join: waits for a background run and returns its final state (GET …/join)", async () => {
    const threadId = await newThread();
    const { client: recording, requests } = recordingClient();
    try {
      const run = await recording.runs.create(threadId, "echo", { input: human("join me") });
      const state = await recording.runs.join(threadId, run.run_id);
      expect(contents(state)).toEqual(["join me", "echo: join me", "steps so far: 1"]);
      expect(requests.map((request) => [request.method, request.path])).toEqual([
        ["POST", `/threads/${threadId}/runs`],
        ["GET", `/threads/${threadId}/runs/${run.run_id}/join`],
      ]);
      expect((await recording.runs.get(threadId, run.run_id)).status).toBe("success");
    } finally {
      await recording.close();
    }
  });

  it("join: outlasts timeoutMs, since the server answers only when the run ends", async () => {
    // The server sends nothing on GET …/join until the run is over (no keep-alive, unlike
    // /wait): an idle timeout shorter than the run must not fail the join.
    // Only the join goes through the short timeout: a busy server may take longer to create.
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", { input: { delay: 120 } });
    const shortTimeout = realClient({ timeoutMs: 150, maxRetries: 0 });
    try {
      const state = await shortTimeout.runs.join(threadId, run.run_id);
      expect(state).toEqual({ delay: 120, log: SLOW_LOG });
    } finally {
      await shortTimeout.close();
    }
  });

  it("join: a run that fails throws RunError('CustomError', 'Boo!')", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "error", { input: {} });
    const error = await rejectionOf(client.runs.join(threadId, run.run_id));
    expect(error).toBeInstanceOf(RunError);
    expect(error).toMatchObject({
      error: "CustomError",
      runMessage: "Boo!",
      message: "CustomError: Boo!",
    });
  });

  it("create (stateless): POST /runs on a temporary thread; onRunCreated has a null thread", async () => {
    const { client: recording, requests } = recordingClient();
    try {
      const created: RunCreateMetadata[] = [];
      const run = await recording.runs.create(null, "echo", {
        input: human("bg"),
        streamResumable: true,
        onRunCreated: (metadata) => {
          created.push(metadata);
        },
      });
      expect(requests.map(pathOf)).toEqual(["/runs"]);
      expect(run.status).toBe("pending");
      expectUuid(run.thread_id);
      expect(created).toEqual([{ run_id: run.run_id, thread_id: null }]);
      // A stateless run is joined at /runs/{run}/stream.
      const parts = await collect(
        recording.runs.joinStream(null, run.run_id, { lastEventId: "-1" }),
      );
      expect(requests.map(pathOf).at(-1)).toBe(`/runs/${run.run_id}/stream`);
      expect(parts.map((part) => part.event)).toEqual(["metadata", "values", "values", "values"]);
      expect(contents(parts.at(-1)?.data)).toEqual(["bg", "echo: bg", "steps so far: 1"]);
    } finally {
      await recording.close();
    }
  });
});

describe.concurrent("runs.createBatch", () => {
  it("creates two stateless runs in one POST /runs/batch; both run to completion", async () => {
    const threadId = await newThread();
    const { client: recording, requests } = recordingClient();
    try {
      const runs = await recording.runs.createBatch([
        { assistantId: "echo", input: human("batch"), streamResumable: true },
        { assistantId: "slow", threadId, input: { delay: 10 }, streamResumable: true },
      ]);
      expect(requests.map((request) => [request.method, request.path])).toEqual([
        ["POST", "/runs/batch"],
      ]);
      expect(requests[0]?.body).toEqual([
        { input: human("batch"), stream_resumable: true, assistant_id: "echo" },
        { thread_id: threadId, input: { delay: 10 }, stream_resumable: true, assistant_id: "slow" },
      ]);
      expect(runs).toHaveLength(2);
      expect(runs.map((run) => run.status)).toEqual(["pending", "pending"]);
      expect(runs[0]?.run_id).not.toBe(runs[1]?.run_id);
      expect(runs.map((run) => run.kwargs?.input)).toEqual([human("batch"), { delay: 10 }]);
      // Server quirk: /runs/batch ignores `thread_id`; every batch run gets a temporary thread.
      expect(runs[1]?.thread_id).not.toBe(threadId);
      expect(await client.runs.list(threadId)).toEqual([]);

      const [echo, slow] = await Promise.all(
        runs.map((run) => collect(client.runs.joinStream(null, run.run_id, { lastEventId: "-1" }))),
      );
      expect(contents(echo?.at(-1)?.data)).toEqual(["batch", "echo: batch", "steps so far: 1"]);
      expect(slow?.at(-1)?.data).toEqual({ delay: 10, log: SLOW_LOG });
    } finally {
      await recording.close();
    }
  });
});

describe("runs.list", () => {
  // One thread with three finished runs: echo (success), echo (success), error (error).
  let threadId = "";
  let runIds: string[] = [];
  const listing = recordingClient();
  afterAll(() => listing.client.close());

  const listed = (runs: Run[]) => runs.map((run) => runIds.indexOf(run.run_id));
  const lastQuery = () => queryOf(listing.requests.at(-1) as (typeof listing.requests)[number]);

  it("lists a thread's runs, oldest first, with limit=10&offset=0 by default", async () => {
    threadId = await newThread();
    runIds = [
      await finishedRun(threadId, "echo", human("one")),
      await finishedRun(threadId, "echo", human("two")),
      await finishedRun(threadId, "error", {}),
    ];
    const runs = await listing.client.runs.list(threadId);
    expect(pathOf(listing.requests.at(-1) as (typeof listing.requests)[number])).toBe(
      `/threads/${threadId}/runs`,
    );
    expect(lastQuery()).toEqual([
      ["limit", "10"],
      ["offset", "0"],
    ]);
    // The JS server lists the oldest run first.
    expect(listed(runs)).toEqual([0, 1, 2]);
    expect(runs.map((run) => run.status)).toEqual(["success", "success", "error"]);
  });

  it("limit", async () => {
    const runs = await listing.client.runs.list(threadId, { limit: 2 });
    expect(lastQuery()).toEqual([
      ["limit", "2"],
      ["offset", "0"],
    ]);
    expect(listed(runs)).toEqual([0, 1]);
  });

  it("status filter", async () => {
    const errored = await listing.client.runs.list(threadId, { status: "error" });
    expect(lastQuery()).toEqual([
      ["limit", "10"],
      ["offset", "0"],
      ["status", "error"],
    ]);
    expect(listed(errored)).toEqual([2]);
    const succeeded = await listing.client.runs.list(threadId, { status: "success" });
    expect(listed(succeeded)).toEqual([0, 1]);
    expect(await listing.client.runs.list(threadId, { status: "running" })).toEqual([]);
  });

  it("select: runwire sends one select key per field; the server ignores it (quirk)", async () => {
    const runs = await listing.client.runs.list(threadId, { select: ["run_id", "status"] });
    expect(lastQuery()).toEqual([
      ["limit", "10"],
      ["offset", "0"],
      ["select", "run_id"],
      ["select", "status"],
    ]);
    // Server quirk: GET /threads/{t}/runs does not implement `select` and returns whole runs.
    // runwire hands back what the server sent, unfiltered.
    expect(listed(runs)).toEqual([0, 1, 2]);
    for (const run of runs) {
      expect(Object.keys(run).sort()).toEqual([
        "assistant_id",
        "created_at",
        "kwargs",
        "metadata",
        "multitask_strategy",
        "run_id",
        "status",
        "thread_id",
        "updated_at",
      ]);
    }
  });

  it("offset: runwire sends limit and offset as given; the server slices (offset, limit) (quirk)", async () => {
    const fromOne = await listing.client.runs.list(threadId, { limit: 2, offset: 1 });
    expect(lastQuery()).toEqual([
      ["limit", "2"],
      ["offset", "1"],
    ]);
    // Server quirk: the JS server pages with `slice(offset, limit)` instead of
    // `slice(offset, offset + limit)`, so limit=2&offset=1 yields one run (not runs 1 and 2)...
    expect(listed(fromOne)).toEqual([1]);
    // ...limit=2&offset=2 yields none (not run 2)...
    const fromTwo = await listing.client.runs.list(threadId, { limit: 2, offset: 2 });
    expect(lastQuery()).toEqual([
      ["limit", "2"],
      ["offset", "2"],
    ]);
    expect(fromTwo).toEqual([]);
    // ...and with the default limit (10) an offset behaves as expected.
    expect(listed(await listing.client.runs.list(threadId, { offset: 1 }))).toEqual([1, 2]);
  });
});

describe.concurrent("runs.joinStream", () => {
  it("resumable run: lastEventId '-1' replays every event from id 0; '3' gives ids > 3", async () => {
    const threadId = await newThread();
    const { client: recording, requests } = recordingClient();
    try {
      const run = await recording.runs.create(threadId, "slow", {
        input: { delay: 20 },
        streamMode: ["updates"],
        streamResumable: true,
      });
      // Follow the run live with lastEventId "-1". (Not `join`: server quirk, a reader without a
      // Last-Event-ID that reaches the run before its first event makes the event log
      // non-resumable and consumes it.)
      const live = await collect(
        recording.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" }),
      );
      expect((await recording.runs.get(threadId, run.run_id)).status).toBe("success");

      const all = await collect(
        recording.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" }),
      );
      // The join, then (the server sends no end event) a GET of the run to see that it is over.
      expect(requests.slice(-2).map((request) => [request.method, request.path])).toEqual([
        ["GET", `/threads/${threadId}/runs/${run.run_id}/stream`],
        ["GET", `/threads/${threadId}/runs/${run.run_id}`],
      ]);
      const joinRequest = requests.at(-2);
      expect(joinRequest?.method).toBe("GET");
      expect(joinRequest?.path).toBe(`/threads/${threadId}/runs/${run.run_id}/stream`);
      expect(joinRequest?.headers["last-event-id"]).toBe("-1");
      expect(joinRequest?.headers.accept).toBe("text/event-stream");
      expect(all.map((part) => [part.id, part.event, part.data])).toEqual([
        ["0", "metadata", { run_id: run.run_id, attempt: 1 }],
        ["1", "updates", { s1: { log: ["s1"] } }],
        ["2", "updates", { s2: { log: ["s2"] } }],
        ["3", "updates", { s3: { log: ["s3"] } }],
        ["4", "updates", { s4: { log: ["s4"] } }],
        ["5", "updates", { s5: { log: ["s5"] } }],
      ]);
      expect(live).toEqual(all);

      const after3 = await collect(
        recording.runs.joinStream(threadId, run.run_id, { lastEventId: "3" }),
      );
      expect(requests.at(-2)?.headers["last-event-id"]).toBe("3");
      expect(after3.map((part) => [part.id, part.event, part.data])).toEqual([
        ["4", "updates", { s4: { log: ["s4"] } }],
        ["5", "updates", { s5: { log: ["s5"] } }],
      ]);

      const v2 = await collect(
        recording.runs.joinStream(threadId, run.run_id, { lastEventId: "4", version: "v2" }),
      );
      expect(v2).toEqual([
        { type: "updates", ns: [], data: { s5: { log: ["s5"] } }, interrupts: [] },
      ]);
    } finally {
      await recording.close();
    }
  });

  it("live run: the first joiner gets every event from id 0 to the end", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", {
      input: { delay: 50 },
      streamMode: ["updates"],
    });
    const parts = await collect(client.runs.joinStream(threadId, run.run_id));
    expect(parts.map((part) => [part.id, part.event])).toEqual([
      ["0", "metadata"],
      ["1", "updates"],
      ["2", "updates"],
      ["3", "updates"],
      ["4", "updates"],
      ["5", "updates"],
    ]);
    expect((await client.runs.get(threadId, run.run_id)).status).toBe("success");
    // Server quirk: a non-resumable run's events are a consume-once queue; a later joiner gets
    // nothing, even with a Last-Event-ID.
    expect(await collect(client.runs.joinStream(threadId, run.run_id))).toEqual([]);
    expect(
      await collect(client.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" })),
    ).toEqual([]);
  });

  it("streamMode is sent as stream_mode; the server ignores it on join streams (quirk), runwire keeps only those modes", async () => {
    const threadId = await newThread();
    const { client: recording, requests } = recordingClient();
    try {
      const run = await recording.runs.create(threadId, "slow", {
        input: { delay: 10 },
        streamMode: ["updates", "values"],
        streamResumable: true,
      });
      // Not `join` (see the replay test above): wait for the run's status instead.
      await waitForRunStatus(recording, threadId, run.run_id, ["success"]);
      const parts = await collect(
        recording.runs.joinStream(threadId, run.run_id, {
          lastEventId: "-1",
          streamMode: "updates",
        }),
      );
      const join = requests.find((request) => request.url.pathname.endsWith("/stream"));
      expect(queryOf(join as (typeof requests)[number])).toEqual([["stream_mode", "updates"]]);
      // Server quirk: GET /threads/{t}/runs/{r}/stream validates only `cancel_on_disconnect` and
      // drops `stream_mode`, so the join streams every mode the run was created with (the
      // `values` parts too); runwire delivers the parts of the modes asked for, as typed.
      expect(parts.map((part) => part.event)).toEqual([
        "metadata",
        ...SLOW_LOG.map(() => "updates"),
      ]);
      // Without streamMode, the join delivers every mode the run streams.
      const everything = await collect(
        recording.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" }),
      );
      expect(everything.map((part) => part.event)).toEqual([
        "metadata",
        ...SLOW_LOG.flatMap(() => ["values", "updates"]),
        "values",
      ]);
    } finally {
      await recording.close();
    }
  });
});

describe.concurrent("runs.delete", () => {
  it("deletes a finished run; get and delete then answer NotFoundError 'Run not found'", async () => {
    const threadId = await newThread();
    const runId = await finishedRun(threadId, "echo", human("bye"));
    const { client: recording, requests } = recordingClient();
    try {
      await recording.runs.delete(threadId, runId);
      expect(requests.map((request) => [request.method, request.path])).toEqual([
        ["DELETE", `/threads/${threadId}/runs/${runId}`],
      ]);
      const error = await rejectionOf(recording.runs.get(threadId, runId));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, message: "Run not found", body: "Run not found" });
      const again = await rejectionOf(recording.runs.delete(threadId, runId));
      expect(again).toBeInstanceOf(NotFoundError);
      expect((again as NotFoundError).message).toBe("Run not found");
      expect(await recording.runs.list(threadId)).toEqual([]);
    } finally {
      await recording.close();
    }
  });
});
