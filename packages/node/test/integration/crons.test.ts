import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RunwireValidationError,
} from "../../src/index";
import { recordingClient, rejectionOf, UNKNOWN_ID } from "./helpers";
import { newThread, realClient } from "./support";

// The LangGraph JS server 1.5.1 does not implement crons (`/info` says `"crons": false`): its
// routes are stubs or missing. These tests pin what it answers to runwire's crons methods
// (PLATFORM_SPEC §7.7, §11.C case 50, P30) as typed errors, so that a server that gains crons
// fails them and is noticed. The exact wire of every method is tested in
// packages/core/test/crons/requests.test.ts.

// No automatic retry: a 500 reaches the test as it was sent, once.
const client = realClient({ maxRetries: 0 });
// Retries with millisecond backoff, to count what is sent again after a 500.
const retrying = recordingClient({ maxRetries: 2, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
afterAll(async () => {
  await Promise.all([client.close(), retrying.client.close()]);
});

/** The id of the `echo` graph's system assistant: a UUID, which the stub routes require. */
let echoAssistantId: string;
let threadId: string;
beforeAll(async () => {
  echoAssistantId = (await client.assistants.get("echo")).assistant_id;
  threadId = await newThread();
});

function expectStatus(
  error: unknown,
  type: abstract new (...args: never[]) => unknown,
  status: number,
) {
  expect(error).toBeInstanceOf(type);
  expect(error).toMatchObject({ status });
}

describe("crons against the LangGraph JS server 1.5.1 (no crons: §7.7)", () => {
  it("create and createForThread: 400, the stub's body schema wants a thread_id and a UUID assistant (49, 50)", async () => {
    const stateless = await rejectionOf(client.crons.create("echo", { schedule: "* * * * *" }));
    expectStatus(stateless, BadRequestError, 400);
    expect((stateless as Error).message).toContain("thread_id");
    const threaded = await rejectionOf(
      client.crons.createForThread(threadId, "echo", {
        schedule: "* * * * *",
        endTime: "2030-01-01T00:00:00Z",
        onRunCompleted: "keep",
        enabled: true,
      }),
    );
    expectStatus(threaded, BadRequestError, 400);
    // A UUID assistant is not enough: runwire sends no thread_id in the body (it is no option).
    const withUuid = await rejectionOf(
      client.crons.create(echoAssistantId, { schedule: "* * * * *" }),
    );
    expectStatus(withUuid, BadRequestError, 400);
    expect((withUuid as Error).message).toContain("thread_id");
  });

  it("createForThread on a thread id that is not a UUID: 400", async () => {
    const error = await rejectionOf(
      client.crons.createForThread("t1", echoAssistantId, { schedule: "* * * * *" }),
    );
    expectStatus(error, BadRequestError, 400);
  });

  it("search: 500 `Not implemented`; 400 when assistantId is not a UUID (47, 50)", async () => {
    const error = await rejectionOf(client.crons.search());
    expectStatus(error, InternalServerError, 500);
    expect((error as Error).message).toBe("Not implemented");
    const filtered = await rejectionOf(
      client.crons.search({
        assistantId: echoAssistantId,
        enabled: true,
        sortBy: "next_run_date",
        sortOrder: "asc",
        select: ["cron_id"],
        metadata: { a: 1 },
      }),
    );
    expectStatus(filtered, InternalServerError, 500);
    expectStatus(
      await rejectionOf(client.crons.search({ assistantId: "echo" })),
      BadRequestError,
      400,
    );
  });

  it("delete: 500 `Not implemented` for a UUID, 400 for another id (47, 50)", async () => {
    const error = await rejectionOf(client.crons.delete(UNKNOWN_ID));
    expectStatus(error, InternalServerError, 500);
    expect((error as Error).message).toBe("Not implemented");
    expectStatus(await rejectionOf(client.crons.delete("cron_123")), BadRequestError, 400);
  });

  it("update and count: no route, a NotFoundError `404 Not Found` (46, 48, 50)", async () => {
    const updated = await rejectionOf(
      client.crons.update(UNKNOWN_ID, { schedule: "0 10 * * *", enabled: false, endTime: null }),
    );
    expectStatus(updated, NotFoundError, 404);
    expect((updated as Error).message).toBe("404 Not Found");
    const counted = await rejectionOf(client.crons.count());
    expectStatus(counted, NotFoundError, 404);
    expect((counted as Error).message).toBe("404 Not Found");
  });

  it("a 500 is retried for search and delete (read-only, idempotent), never for create (P36)", async () => {
    const { client: retryingClient, requests } = retrying;
    expectStatus(await rejectionOf(retryingClient.crons.search()), InternalServerError, 500);
    expectStatus(
      await rejectionOf(retryingClient.crons.delete(UNKNOWN_ID)),
      InternalServerError,
      500,
    );
    const body = { schedule: "* * * * *" };
    expectStatus(
      await rejectionOf(retryingClient.crons.create(echoAssistantId, body)),
      BadRequestError,
      400,
    );
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /runs/crons/search",
      "POST /runs/crons/search",
      "POST /runs/crons/search",
      `DELETE /runs/crons/${UNKNOWN_ID}`,
      `DELETE /runs/crons/${UNKNOWN_ID}`,
      `DELETE /runs/crons/${UNKNOWN_ID}`,
      "POST /runs/crons",
    ]);
  });

  it("what runwire refuses never reaches the server", async () => {
    const { client: recorded, requests } = recordingClient();
    try {
      const missing = await rejectionOf(recorded.crons.create("echo"));
      expect(missing).toBeInstanceOf(RunwireValidationError);
      expect(missing).toMatchObject({ field: "schedule" });
      expect(await rejectionOf(recorded.crons.search({ select: [] }))).toBeInstanceOf(
        RunwireValidationError,
      );
      expect(requests).toEqual([]);
    } finally {
      await recorded.close();
    }
  });
});
