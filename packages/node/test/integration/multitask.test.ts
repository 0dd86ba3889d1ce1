import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { UnprocessableEntityError } from "../../src/index";
import {
  BUSY_THREAD_MESSAGE,
  contents,
  expectThreadStatus,
  getThread,
  human,
  recordingClient,
  rejectionOf,
  streamRejection,
} from "./helpers";
import { slowRunAfterFirstNode } from "./live-run";
import { newThread } from "./support";

const { client, requests } = recordingClient();
afterAll(() => client.close());

const SLOW_LOG = ["s1", "s2", "s3", "s4", "s5"];
// The busy run's nodes sleep this long: the competing run arrives right after its s1.
const DELAY = 300;
// For a busy run that a competing run must interrupt before its second node ends: the server's
// worker picks the new run up 0-1 s later (more on a loaded CI machine), so each node of the busy
// run takes longer than that. The busy run is cut short, so this costs no test time.
const INTERRUPTED_DELAY = 4_000;

function expectBusy(error: unknown) {
  expect(error).toBeInstanceOf(UnprocessableEntityError);
  expect(error).toMatchObject({
    status: 422,
    message: BUSY_THREAD_MESSAGE,
    body: BUSY_THREAD_MESSAGE,
  });
}

describe.concurrent("multitask strategies on a busy thread (slow graph)", () => {
  it("reject (explicit and default): 422 UnprocessableEntityError from create, stream and wait", async () => {
    const threadId = await newThread();
    const busy = await slowRunAfterFirstNode(client, threadId, DELAY);

    expectBusy(
      await rejectionOf(
        client.runs.create(threadId, "slow", { input: { delay: 1 }, multitaskStrategy: "reject" }),
      ),
    );
    const sent = requests.filter(
      (request) =>
        request.method === "POST" && request.url.pathname === `/threads/${threadId}/runs`,
    );
    expect(sent.at(-1)?.body).toMatchObject({ multitask_strategy: "reject" });
    // No strategy: the server's default is reject.
    expectBusy(await rejectionOf(client.runs.create(threadId, "slow", { input: { delay: 1 } })));
    // A stream fails on its first read, before any part.
    expectBusy(
      await streamRejection(client.runs.stream(threadId, "slow", { input: { delay: 1 } })),
    );
    expectBusy(await rejectionOf(client.runs.wait(threadId, "slow", { input: { delay: 1 } })));

    // The busy run was not disturbed.
    expect(await busy.rest()).toEqual(
      ["s2", "s3", "s4", "s5"].map((node) => ({
        event: "updates",
        data: { [node]: { log: [node] } },
      })),
    );
    expect((await client.runs.list(threadId)).map((run) => [run.run_id, run.status])).toEqual([
      [busy.runId, "success"],
    ]);
  });

  it("interrupt: the busy run ends interrupted (its s1 kept), the new run succeeds", async () => {
    const threadId = await newThread();
    const busy = await slowRunAfterFirstNode(client, threadId, INTERRUPTED_DELAY);
    const second = await client.runs.create(threadId, "slow", {
      input: { delay: 1 },
      multitaskStrategy: "interrupt",
    });
    expect(second.status).toBe("pending");
    expect(second.multitask_strategy).toBe("interrupt");
    expect(await busy.rest()).toEqual([]);
    expect(await client.runs.join(threadId, second.run_id)).toEqual({
      delay: 1,
      log: ["s1", ...SLOW_LOG],
    });
    expect((await client.runs.get(threadId, busy.runId)).status).toBe("interrupted");
    expect((await client.runs.get(threadId, second.run_id)).status).toBe("success");
  });

  it("rollback: server quirk, the busy run is kept and ends `error`, its s1 is not rolled back", async () => {
    const threadId = await newThread();
    const busy = await slowRunAfterFirstNode(client, threadId, INTERRUPTED_DELAY);
    const second = await client.runs.create(threadId, "slow", {
      input: { delay: 1 },
      multitaskStrategy: "rollback",
    });
    expect(second.status).toBe("pending");
    expect(await busy.rest()).toEqual([
      { event: "error", data: { error: "Error", message: "rollback" } },
    ]);
    // Server quirk: a rollback should delete the first run and its writes; the JS server keeps
    // both, so the new run starts from a state that still holds the first run's s1.
    expect(await client.runs.join(threadId, second.run_id)).toEqual({
      delay: 1,
      log: ["s1", ...SLOW_LOG],
    });
    expect((await client.runs.list(threadId)).map((run) => [run.run_id, run.status])).toEqual([
      [busy.runId, "error"],
      [second.run_id, "success"],
    ]);
  });

  it("enqueue: the new run waits (pending), then both complete, in order", async () => {
    const threadId = await newThread();
    const busy = await slowRunAfterFirstNode(client, threadId, DELAY);
    const second = await client.runs.create(threadId, "slow", {
      input: { delay: 1 },
      multitaskStrategy: "enqueue",
    });
    expect(second.status).toBe("pending");
    expect((await client.runs.list(threadId)).map((run) => [run.run_id, run.status])).toEqual([
      [busy.runId, "running"],
      [second.run_id, "pending"],
    ]);
    expect((await busy.rest()).map((part) => part.data)).toEqual(
      ["s2", "s3", "s4", "s5"].map((node) => ({ [node]: { log: [node] } })),
    );
    expect(await client.runs.join(threadId, second.run_id)).toEqual({
      delay: 1,
      log: [...SLOW_LOG, ...SLOW_LOG],
    });
    const runs = await client.runs.list(threadId);
    expect(runs.map((run) => [run.run_id, run.status])).toEqual([
      [busy.runId, "success"],
      [second.run_id, "success"],
    ]);
    expect(Date.parse(runs[0]?.updated_at ?? "")).toBeLessThanOrEqual(
      Date.parse(runs[1]?.updated_at ?? ""),
    );
  });
});

describe.concurrent("ifNotExists and afterSeconds", () => {
  it('ifNotExists: "create" on a fresh uuid creates the thread and runs on it', async () => {
    const threadId = randomUUID();
    const state = await client.runs.wait(threadId, "echo", {
      input: human("new"),
      ifNotExists: "create",
    });
    const request = requests.find(
      (candidate) => candidate.url.pathname === `/threads/${threadId}/runs/wait`,
    );
    expect(request?.body).toEqual({
      input: human("new"),
      assistant_id: "echo",
      if_not_exists: "create",
    });
    expect(contents(state)).toEqual(["new", "echo: new", "steps so far: 1"]);
    expect((await getThread(threadId)).thread_id).toBe(threadId);
    await expectThreadStatus(threadId, "idle");
  });

  it('ifNotExists: "reject" on a fresh uuid: server quirk, 422 with the busy-thread message', async () => {
    const threadId = randomUUID();
    // Server quirk: an unknown thread gets the "already running" text, not a 404.
    expectBusy(
      await rejectionOf(
        client.runs.create(threadId, "echo", { input: human("x"), ifNotExists: "reject" }),
      ),
    );
  });

  it("afterSeconds: 1 — the run stays pending for a second, then runs", async () => {
    const threadId = await newThread();
    const started = Date.now();
    const run = await client.runs.create(threadId, "echo", {
      input: human("later"),
      afterSeconds: 1,
    });
    const request = requests.find(
      (candidate) =>
        candidate.method === "POST" && candidate.url.pathname === `/threads/${threadId}/runs`,
    );
    expect(request?.body).toMatchObject({ after_seconds: 1 });
    expect(run.status).toBe("pending");
    expect((await client.runs.get(threadId, run.run_id)).status).toBe("pending");
    const state = await client.runs.join(threadId, run.run_id);
    // A lower bound (load only lengthens it): the run did not end before its delay.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(contents(state)).toEqual(["later", "echo: later", "steps so far: 1"]);
  });
});
