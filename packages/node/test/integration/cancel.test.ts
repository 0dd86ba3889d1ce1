import { afterAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/index";
import {
  expectThreadStatus,
  historyLength,
  queryOf,
  recordingClient,
  rejectionOf,
  waitForRunStatus,
} from "./helpers";
import { slowRunAfterFirstNode } from "./live-run";
import { newThread, threadState } from "./support";

const { client, requests } = recordingClient();
afterAll(() => client.close());

// Each node of `slow` sleeps this long: the run is cancelled right after s1, well before s2 ends.
// Long enough that a cancel sent right after the first node lands before the second ends, even
// on a loaded CI machine; cancelled runs stop early, so this costs no test time.
const DELAY = 4_000;

function cancelRequest(threadId: string, runId: string) {
  const request = requests.find(
    (candidate) => candidate.url.pathname === `/threads/${threadId}/runs/${runId}/cancel`,
  );
  expect(request?.method).toBe("POST");
  expect(request?.body).toBeUndefined();
  return queryOf(request as (typeof requests)[number]);
}

describe.concurrent("runs.cancel", () => {
  it("interrupt without wait: 202 at once; the run ends interrupted, its s1 write kept", async () => {
    const threadId = await newThread();
    const live = await slowRunAfterFirstNode(client, threadId, DELAY);
    await client.runs.cancel(threadId, live.runId);
    expect(cancelRequest(threadId, live.runId)).toEqual([["action", "interrupt"]]);
    // Without wait the call returns before the run stops: its status is polled.
    await waitForRunStatus(client, threadId, live.runId, ["interrupted"]);
    // The stream ends without an error part once the run is no longer live.
    expect(await live.rest()).toEqual([]);
    await expectThreadStatus(threadId, "idle");
    expect((await threadState(threadId)).values).toEqual({ delay: DELAY, log: ["s1"] });
  });

  it("interrupt with wait: resolves once the run has stopped (status interrupted at once)", async () => {
    const threadId = await newThread();
    const live = await slowRunAfterFirstNode(client, threadId, DELAY);
    await client.runs.cancel(threadId, live.runId, true, "interrupt");
    expect(cancelRequest(threadId, live.runId)).toEqual([
      ["wait", "1"],
      ["action", "interrupt"],
    ]);
    expect((await client.runs.get(threadId, live.runId)).status).toBe("interrupted");
    expect(await live.rest()).toEqual([]);
    await expectThreadStatus(threadId, "idle");
    expect((await threadState(threadId)).values).toEqual({ delay: DELAY, log: ["s1"] });
  });

  it("rollback with wait: server quirk, the run is kept and ends `error`, its writes kept", async () => {
    const threadId = await newThread();
    const live = await slowRunAfterFirstNode(client, threadId, DELAY);
    const checkpointsBefore = await historyLength(threadId);
    await client.runs.cancel(threadId, live.runId, true, "rollback");
    expect(cancelRequest(threadId, live.runId)).toEqual([
      ["wait", "1"],
      ["action", "rollback"],
    ]);
    // Server quirk: rollback on a running run neither deletes the run nor its checkpoints (the
    // reference API does both); the run ends `error`, the thread `error`.
    expect((await client.runs.get(threadId, live.runId)).status).toBe("error");
    // The worker reports the abort as a run error on the stream.
    expect(await live.rest()).toEqual([
      { event: "error", data: { error: "Error", message: "rollback" } },
    ]);
    await expectThreadStatus(threadId, "error");
    expect((await threadState(threadId)).values).toEqual({ delay: DELAY, log: ["s1"] });
    expect(await historyLength(threadId)).toBe(checkpointsBefore);
    expect((await client.runs.list(threadId)).map((run) => run.run_id)).toEqual([live.runId]);
  });

  it("rollback without wait: 202 at once; the run then ends `error` (quirk: not deleted)", async () => {
    const threadId = await newThread();
    const live = await slowRunAfterFirstNode(client, threadId, DELAY);
    await client.runs.cancel(threadId, live.runId, false, "rollback");
    expect(cancelRequest(threadId, live.runId)).toEqual([["action", "rollback"]]);
    const ended = await waitForRunStatus(client, threadId, live.runId, [
      "error",
      "interrupted",
      "success",
    ]);
    expect(ended.status).toBe("error");
    expect(await live.rest()).toEqual([
      { event: "error", data: { error: "Error", message: "rollback" } },
    ]);
    await expectThreadStatus(threadId, "error");
  });

  it("rollback of a pending run that has not started deletes it (get → NotFoundError)", async () => {
    const threadId = await newThread();
    // Scheduled 30 s ahead: no worker has it, so the server deletes it eagerly.
    const run = await client.runs.create(threadId, "slow", {
      input: { delay: 1 },
      afterSeconds: 30,
    });
    await client.runs.cancel(threadId, run.run_id, false, "rollback");
    const error = await rejectionOf(client.runs.get(threadId, run.run_id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("Run not found");
  });

  it("interrupt of a pending run that has not started: interrupted at once", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", {
      input: { delay: 1 },
      afterSeconds: 30,
    });
    expect(run.status).toBe("pending");
    await client.runs.cancel(threadId, run.run_id);
    expect((await client.runs.get(threadId, run.run_id)).status).toBe("interrupted");
  });

  it("cancel of a finished run succeeds and changes nothing", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", { input: { delay: 1 } });
    await client.runs.join(threadId, run.run_id);
    await waitForRunStatus(client, threadId, run.run_id, ["success"]);
    await client.runs.cancel(threadId, run.run_id);
    expect((await client.runs.get(threadId, run.run_id)).status).toBe("success");
  });
});

describe.concurrent("runs.cancelMany", () => {
  it("sends POST /runs/cancel; the JS server has no such route: NotFoundError '404 Not Found'", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", { input: { delay: 1 } });
    const error = await rejectionOf(
      client.runs.cancelMany({ threadId, runIds: [run.run_id], action: "rollback" }),
    );
    const request = requests.find((candidate) => candidate.url.pathname === "/runs/cancel");
    expect(request?.method).toBe("POST");
    expect(queryOf(request as (typeof requests)[number])).toEqual([["action", "rollback"]]);
    expect(request?.body).toEqual({ thread_id: threadId, run_ids: [run.run_id] });
    expect(request?.headers["content-type"]).toBe("application/json");
    // Server quirk: POST /runs/cancel is not implemented (unknown route, plain-text 404).
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, message: "404 Not Found", body: "404 Not Found" });
    // Nothing was cancelled.
    expect(await client.runs.join(threadId, run.run_id)).toEqual({
      delay: 1,
      log: ["s1", "s2", "s3", "s4", "s5"],
    });
  });

  it("runIds: [] selects nothing: no request, and the thread's runs keep running to success", async () => {
    const threadId = await newThread();
    const run = await client.runs.create(threadId, "slow", { input: { delay: 200 } });
    await waitForRunStatus(client, threadId, run.run_id, ["running"]);
    await expect(client.runs.cancelMany({ threadId, runIds: [] })).resolves.toBeUndefined();
    expect(
      requests.filter(
        (candidate) =>
          candidate.url.pathname === "/runs/cancel" &&
          (candidate.body as { thread_id?: string } | undefined)?.thread_id === threadId,
      ),
    ).toEqual([]);
    expect(await client.runs.join(threadId, run.run_id)).toEqual({
      delay: 200,
      log: ["s1", "s2", "s3", "s4", "s5"],
    });
    expect((await client.runs.get(threadId, run.run_id)).status).toBe("success");
  });

  it("status filter goes in the body", async () => {
    const error = await rejectionOf(client.runs.cancelMany({ status: "pending" }));
    const request = requests
      .filter((candidate) => candidate.url.pathname === "/runs/cancel")
      .at(-1);
    expect(request?.body).toEqual({ status: "pending" });
    expect(queryOf(request as (typeof requests)[number])).toEqual([["action", "interrupt"]]);
    expect(error).toBeInstanceOf(NotFoundError);
  });
});
