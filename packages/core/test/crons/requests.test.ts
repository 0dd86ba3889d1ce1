import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  RunwireValidationError,
} from "../../src/index";
import { rejection, setup } from "../support/client";
import { json, type RecordedRequest } from "../support/memory-transport";

// The exact wire of every crons method over the in-memory transport (base
// https://example.com/api). Numbers in test names are PLATFORM_SPEC §11 cases: the Python [V]/[T]
// and JS [J] ones translated to runwire's wire under Appendix B (P4 null = not given, P6 ids
// non-empty, P9 strict literals, P27 `schedule` required and `endTime` a string or a Date, P28
// `endTime: null` sent as null), the [P] one (66) verbatim. Bodies are compared as parsed JSON.

const CRON = {
  cron_id: "c1",
  assistant_id: "a1",
  thread_id: null,
  on_run_completed: "delete",
  end_time: null,
  schedule: "0 9 * * *",
  timezone: null,
  created_at: "2026-12-04T17:49:05.540Z",
  updated_at: "2026-12-04T17:49:05.540Z",
  payload: {},
  user_id: null,
  next_run_date: "2026-12-05T09:00:00.000Z",
  metadata: {},
  enabled: true,
};
const DEPRECATION =
  "`checkpointDuring` is deprecated and will be removed in a future version. Use `durability` instead.";

/** Path and query as sent, percent-encoding kept. */
const target = (request: RecordedRequest | undefined) =>
  request === undefined ? undefined : `${request.url.pathname}${request.url.search}`;
const body = (request: RecordedRequest | undefined): unknown => JSON.parse(request?.body ?? "null");

async function refused(action: () => Promise<unknown>, field: string): Promise<void> {
  const error = await rejection(action);
  expect(error).toBeInstanceOf(RunwireValidationError);
  expect((error as RunwireValidationError).field).toBe(field);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createForThread (42, 43, 44, 49)", () => {
  it("POST /threads/{id}/runs/crons with schedule and assistant_id only, the cron as sent (42)", async () => {
    const { client, requests } = setup(() => json({ ...CRON, thread_id: "thread_123", x: 1 }));
    const cron = await client.crons.createForThread("thread_123", "asst_123", {
      schedule: "0 0 * * *",
    });
    expect(cron).toEqual({ ...CRON, thread_id: "thread_123", x: 1 });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/threads/thread_123/runs/crons");
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(body(requests[0])).toEqual({ schedule: "0 0 * * *", assistant_id: "asst_123" });
  });

  it("sends an ISO end time as given (42)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.createForThread("thread_123", "asst_123", {
      schedule: "0 0 * * *",
      endTime: "2025-12-31T23:59:59+00:00",
    });
    expect(body(requests[0])).toEqual({
      schedule: "0 0 * * *",
      assistant_id: "asst_123",
      end_time: "2025-12-31T23:59:59+00:00",
    });
  });

  it("sends every option under its wire key, false values included, and warns once about checkpointDuring (43)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { client, requests } = setup(() => json(CRON));
    await client.crons.createForThread("t1", "a1", {
      schedule: "0 9 * * *",
      input: { i: 1 },
      metadata: { m: 1 },
      config: { tags: ["t"] },
      context: { c: 1 },
      checkpointDuring: false,
      interruptBefore: "*",
      interruptAfter: ["n"],
      webhook: "https://h/x",
      multitaskStrategy: "enqueue",
      endTime: "2025-12-31T23:59:59+00:00",
      enabled: false,
      timezone: "America/New_York",
      streamMode: ["values", "updates"],
      streamSubgraphs: false,
      streamResumable: true,
      durability: "exit",
    });
    expect(target(requests[0])).toBe("/api/threads/t1/runs/crons");
    expect(body(requests[0])).toEqual(
      JSON.parse(
        '{"schedule":"0 9 * * *","input":{"i":1},"config":{"tags":["t"]},"metadata":{"m":1},"context":{"c":1},"assistant_id":"a1","checkpoint_during":false,"interrupt_before":"*","interrupt_after":["n"],"webhook":"https://h/x","end_time":"2025-12-31T23:59:59+00:00","enabled":false,"timezone":"America/New_York","stream_mode":["values","updates"],"stream_subgraphs":false,"stream_resumable":true,"durability":"exit","multitask_strategy":"enqueue"}',
      ),
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(DEPRECATION);
  });

  it("sends onRunCompleted on a thread cron too, and null options not at all (49, P4, P27)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.createForThread("t1", "echo", {
      schedule: "* * * * *",
      endTime: "2030-01-01T00:00:00Z",
      onRunCompleted: "keep",
      enabled: true,
      timezone: null,
      input: null,
    });
    expect(body(requests[0])).toEqual(
      JSON.parse(
        '{"schedule":"* * * * *","assistant_id":"echo","enabled":true,"end_time":"2030-01-01T00:00:00Z","on_run_completed":"keep"}',
      ),
    );
  });

  it("refuses what Python would coerce or drop: a non-string timezone, an empty multitaskStrategy (44, P9)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await refused(
      () => client.crons.createForThread("t1", "a1", { schedule: "x", timezone: 5 as never }),
      "timezone",
    );
    await refused(
      () =>
        client.crons.createForThread("t1", "a1", { schedule: "x", multitaskStrategy: "" as never }),
      "multitaskStrategy",
    );
    expect(requests).toHaveLength(0);
  });

  it.each([[""], ["."], [".."], [null]])(
    "refuses the thread id %j before sending (P6)",
    async (id) => {
      const { client, requests } = setup(() => json(CRON));
      await refused(
        () => client.crons.createForThread(id as string, "a1", { schedule: "x" }),
        "threadId",
      );
      expect(requests).toHaveLength(0);
    },
  );

  it("encodes the thread id once as one segment", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.createForThread("t 1/x", "a1", { schedule: "x" });
    expect(target(requests[0])).toBe("/api/threads/t%201%2Fx/runs/crons");
  });

  it("is not retried after a 503", async () => {
    const { client, requests } = setup(() => ({ status: 503, body: "busy" }));
    const error = await rejection(() =>
      client.crons.createForThread("t1", "a1", { schedule: "x" }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
});

describe("create (42, 45, 49, 66)", () => {
  it("POST /runs/crons; enabled true and false are sent as given (42)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.create("asst_123", { schedule: "0 0 * * *", enabled: true });
    await client.crons.create("asst_123", { schedule: "0 0 * * *", enabled: false });
    expect(requests.map(target)).toEqual(["/api/runs/crons", "/api/runs/crons"]);
    expect(requests.map(body)).toEqual([
      { schedule: "0 0 * * *", assistant_id: "asst_123", enabled: true },
      { schedule: "0 0 * * *", assistant_id: "asst_123", enabled: false },
    ]);
  });

  it("sends a Date end time as its toISOString() (45, translated)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.create("a1", {
      schedule: "0 9 * * *",
      input: { i: 1 },
      onRunCompleted: "keep",
      multitaskStrategy: "reject",
      enabled: true,
      timezone: "Europe/Paris",
      endTime: new Date(Date.UTC(2025, 5, 15, 12)),
    });
    expect(body(requests[0])).toEqual(
      JSON.parse(
        '{"schedule":"0 9 * * *","input":{"i":1},"assistant_id":"a1","on_run_completed":"keep","end_time":"2025-06-15T12:00:00.000Z","enabled":true,"timezone":"Europe/Paris","multitask_strategy":"reject"}',
      ),
    );
  });

  it("a Date end time in 2030 (66)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.create("a", { schedule: "x", endTime: new Date(Date.UTC(2030, 0, 1)) });
    expect(body(requests[0])).toEqual({
      schedule: "x",
      assistant_id: "a",
      end_time: "2030-01-01T00:00:00.000Z",
    });
  });

  it("leaves out null options, sends checkpointDuring with a warning (49, P4, P27)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { client, requests } = setup(() => json(CRON));
    await client.crons.create("a", {
      schedule: "x",
      timezone: null,
      streamMode: ["values"],
      durability: "async",
      checkpointDuring: true,
      input: null,
    });
    expect(body(requests[0])).toEqual(
      JSON.parse(
        '{"schedule":"x","assistant_id":"a","checkpoint_during":true,"durability":"async","stream_mode":["values"]}',
      ),
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(DEPRECATION);
  });

  it("does not warn when checkpointDuring is left out or null", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { client, requests } = setup(() => json(CRON));
    await client.crons.create("a", { schedule: "x" });
    await client.crons.create("a", { schedule: "x", checkpointDuring: null });
    expect(requests).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it("refuses a create without a schedule, which the JS SDK sends as {assistant_id} (49, P27)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await refused(() => client.crons.create("a"), "schedule");
    await refused(() => client.crons.create("a", {} as never), "schedule");
    await refused(() => client.crons.create("a", { schedule: "" }), "schedule");
    await refused(() => client.crons.create("a", { schedule: null as never }), "schedule");
    expect(requests).toHaveLength(0);
  });

  it("refuses bad values before sending, naming the option (P9, P27)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { client, requests } = setup(() => json(CRON));
    const bad: [Record<string, unknown>, string][] = [
      [{ endTime: new Date(Number.NaN) }, "endTime"],
      [{ endTime: "" }, "endTime"],
      [{ endTime: 1_700_000_000 }, "endTime"],
      [{ onRunCompleted: "complete" }, "onRunCompleted"],
      [{ multitaskStrategy: "queue" }, "multitaskStrategy"],
      [{ durability: "never" }, "durability"],
      [{ streamMode: [] }, "streamMode"],
      [{ streamMode: "everything" }, "streamMode"],
      [{ interruptBefore: "all" }, "interruptBefore"],
      [{ config: { recursionLimit: 5 } }, "config.recursionLimit"],
      [{ context: null, checkpointDuring: "yes" }, "checkpointDuring"],
      [{ onCompletion: "keep" }, "onCompletion"],
    ];
    for (const [options, field] of bad) {
      await refused(() => client.crons.create("a", { schedule: "x", ...options } as never), field);
    }
    expect(requests).toHaveLength(0);
    // A refused call warns about nothing: the check comes first.
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([[""], [null], [7]])("refuses the assistant id %j before sending (P6)", async (id) => {
    const { client, requests } = setup(() => json(CRON));
    await refused(() => client.crons.create(id as string, { schedule: "x" }), "assistantId");
    expect(requests).toHaveLength(0);
  });

  it("is not retried after a 503; a 400 is a BadRequestError", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : { status: 400, body: "bad" },
    );
    expect(await rejection(() => client.crons.create("a", { schedule: "x" }))).toBeInstanceOf(
      InternalServerError,
    );
    expect(requests).toHaveLength(1);
    expect(await rejection(() => client.crons.create("a", { schedule: "x" }))).toBeInstanceOf(
      BadRequestError,
    );
    expect(requests).toHaveLength(2);
  });

  it("with validateResponses, an answer without cron_id is an InvalidResponseError", async () => {
    const { client } = setup(() => json({ assistant_id: "a" }), { validateResponses: true });
    const error = await rejection(() => client.crons.create("a", { schedule: "x" }));
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it("with validateResponses, a cron with only cron_id and unknown keys is accepted as sent", async () => {
    const answer = { cron_id: "c9", brand_new: [1] };
    const { client } = setup(() => json(answer), { validateResponses: true });
    expect(await client.crons.create("a", { schedule: "x" })).toEqual(answer);
  });
});

describe("update (46, 49, 66)", () => {
  it("PATCH /runs/crons/{id} with the given keys and no end_time (46)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.update("cron_123", { schedule: "0 10 * * *", enabled: false });
    expect(requests[0]?.method).toBe("PATCH");
    expect(target(requests[0])).toBe("/api/runs/crons/cron_123");
    expect(body(requests[0])).toEqual({ schedule: "0 10 * * *", enabled: false });
  });

  it("endTime: null sends end_time null; no option sends {}; null elsewhere is not sent (46, 49, 66, P28)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.update("cron_123", { endTime: null });
    await client.crons.update("c1");
    await client.crons.update("c1", {});
    await client.crons.update("c", { schedule: "0 1 * * *", endTime: null });
    await client.crons.update("c", { schedule: null });
    expect(requests.map((request) => request.body)).toEqual([
      '{"end_time":null}',
      "{}",
      "{}",
      '{"schedule":"0 1 * * *","end_time":null}',
      "{}",
    ]);
  });

  it("a full update: every key under its wire key, end_time last, a Date as ISO text (46, P28)", async () => {
    const { client, requests } = setup(() => json(CRON));
    await client.crons.update("c1", {
      schedule: "0 10 * * *",
      input: { i: 2 },
      metadata: { m: 2 },
      config: { configurable: { k: 1 } },
      context: { c: 2 },
      webhook: "https://h/y",
      interruptBefore: ["a"],
      interruptAfter: "*",
      onRunCompleted: "delete",
      enabled: true,
      timezone: "UTC",
      streamMode: "updates",
      streamSubgraphs: true,
      streamResumable: false,
      durability: "sync",
      endTime: new Date(Date.UTC(2025, 11, 31)),
    });
    expect(body(requests[0])).toEqual(
      JSON.parse(
        '{"schedule":"0 10 * * *","input":{"i":2},"metadata":{"m":2},"config":{"configurable":{"k":1}},"context":{"c":2},"webhook":"https://h/y","interrupt_before":["a"],"interrupt_after":"*","on_run_completed":"delete","enabled":true,"timezone":"UTC","stream_mode":"updates","stream_subgraphs":true,"stream_resumable":false,"durability":"sync","end_time":"2025-12-31T00:00:00.000Z"}',
      ),
    );
  });

  it("refuses options update does not take, and bad ids, before sending", async () => {
    const { client, requests } = setup(() => json(CRON));
    await refused(
      () => client.crons.update("c1", { multitaskStrategy: "enqueue" } as never),
      "multitaskStrategy",
    );
    await refused(
      () => client.crons.update("c1", { checkpointDuring: true } as never),
      "checkpointDuring",
    );
    await refused(() => client.crons.update("c1", { schedule: "" }), "schedule");
    await refused(() => client.crons.update("c1", { endTime: new Date("nope") }), "endTime");
    for (const id of ["", ".", ".."]) await refused(() => client.crons.update(id, {}), "cronId");
    expect(requests).toHaveLength(0);
  });

  it("is not retried after a 503", async () => {
    const { client, requests } = setup(() => ({ status: 503, body: "busy" }));
    const error = await rejection(() => client.crons.update("c1", { enabled: true }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
});

describe("delete (47)", () => {
  it("DELETE /runs/crons/{id}, no body; resolves undefined whatever the answer (P29)", async () => {
    const { client, requests, openBodies } = setup(() => json({ ok: true }));
    await expect(client.crons.delete("c1")).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
    expect(target(requests[0])).toBe("/api/runs/crons/c1");
    expect(requests[0]?.body).toBeUndefined();
    expect(openBodies()).toBe(0);
  });

  it("is retried after a 503; a bad id or an unknown option is refused first", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : { status: 204 },
    );
    await refused(() => client.crons.delete(""), "cronId");
    await refused(() => client.crons.delete("c1", { force: true } as never), "force");
    expect(requests).toHaveLength(0);
    await client.crons.delete("c 1");
    expect(requests.map(target)).toEqual(["/api/runs/crons/c%201", "/api/runs/crons/c%201"]);
  });
});

describe("search (47, 49)", () => {
  it("POST /runs/crons/search with the default page; the crons as sent (47)", async () => {
    const { client, requests } = setup(() => json([CRON]));
    expect(await client.crons.search()).toEqual([CRON]);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/runs/crons/search");
    expect(body(requests[0])).toEqual({ limit: 10, offset: 0 });
  });

  it("sends every filter under its wire key (47)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.crons.search({ metadata: { owner: "alice" } });
    await client.crons.search({
      assistantId: "a1",
      threadId: "t1",
      enabled: false,
      metadata: { m: 1 },
      limit: 5,
      offset: 1,
      sortBy: "next_run_date",
      sortOrder: "asc",
      select: ["cron_id", "schedule"],
    });
    expect(body(requests[0])).toEqual({ metadata: { owner: "alice" }, limit: 10, offset: 0 });
    expect(body(requests[1])).toEqual(
      JSON.parse(
        '{"assistant_id":"a1","thread_id":"t1","enabled":false,"limit":5,"offset":1,"metadata":{"m":1},"sort_by":"next_run_date","sort_order":"asc","select":["cron_id","schedule"]}',
      ),
    );
  });

  it("sends enabled: false, and sorts by end_time (49, P9: the union of both SDKs' sets)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.crons.search({ enabled: false });
    await client.crons.search({ sortBy: "end_time" });
    expect(requests.map(body)).toEqual([
      { enabled: false, limit: 10, offset: 0 },
      { limit: 10, offset: 0, sort_by: "end_time" },
    ]);
  });

  it("refuses empty ids, an empty select and bad literals, before sending (47, 49, P5, P6, P9)", async () => {
    const { client, requests } = setup(() => json([]));
    await refused(() => client.crons.search({ assistantId: "", threadId: "" }), "assistantId");
    await refused(() => client.crons.search({ threadId: "" }), "threadId");
    await refused(() => client.crons.search({ select: [] }), "select");
    await refused(() => client.crons.search({ select: ["nope" as never] }), "select[0]");
    await refused(() => client.crons.search({ sortBy: "name" as never }), "sortBy");
    await refused(() => client.crons.search({ sortOrder: "up" as never }), "sortOrder");
    await refused(() => client.crons.search({ limit: -1 }), "limit");
    await refused(() => client.crons.search({ offset: 1.5 }), "offset");
    expect(requests).toHaveLength(0);
  });

  it("with a select and validateResponses, partial crons are accepted", async () => {
    const { client } = setup(() => json([{ schedule: "x" }]), { validateResponses: true });
    expect(await client.crons.search({ select: ["schedule"] })).toEqual([{ schedule: "x" }]);
  });

  it("with validateResponses and no select, a cron without cron_id is an InvalidResponseError", async () => {
    const { client } = setup(() => json([{ schedule: "x" }]), { validateResponses: true });
    expect(await rejection(() => client.crons.search())).toBeInstanceOf(InvalidResponseError);
  });

  it("is retried after a 503 (a read-only POST, P36)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json([CRON]),
    );
    expect(await client.crons.search()).toEqual([CRON]);
    expect(requests).toHaveLength(2);
    expect(requests.map(body)).toEqual([
      { limit: 10, offset: 0 },
      { limit: 10, offset: 0 },
    ]);
  });
});

describe("count (48)", () => {
  it("POST /runs/crons/count with {}; the integer as sent", async () => {
    const { client, requests } = setup(() => json(2));
    expect(await client.crons.count()).toBe(2);
    expect(requests[0]?.method).toBe("POST");
    expect(target(requests[0])).toBe("/api/runs/crons/count");
    expect(requests[0]?.body).toBe("{}");
  });

  it("sends the filters under their wire keys; an empty threadId is refused (P6)", async () => {
    const { client, requests } = setup(() => json(2));
    await client.crons.count({ metadata: { team: "infra" } });
    await client.crons.count({ assistantId: "a1", threadId: "t1", metadata: { m: 1 } });
    await refused(() => client.crons.count({ assistantId: "a1", threadId: "" }), "threadId");
    await refused(() => client.crons.count({ enabled: true } as never), "enabled");
    expect(requests.map(body)).toEqual([
      { metadata: { team: "infra" } },
      { assistant_id: "a1", thread_id: "t1", metadata: { m: 1 } },
    ]);
  });

  it("with validateResponses, a non-integer answer is an InvalidResponseError", async () => {
    const { client } = setup(() => json("2"), { validateResponses: true });
    expect(await rejection(() => client.crons.count())).toBeInstanceOf(InvalidResponseError);
  });

  it("is retried after a 503 (a read-only POST, P36)", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? { status: 503, body: "busy" } : json(3),
    );
    expect(await client.crons.count()).toBe(3);
    expect(requests).toHaveLength(2);
  });
});
