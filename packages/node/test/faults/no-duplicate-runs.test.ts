/**
 * No duplicate runs: a request that creates a run (`POST …/runs`, `…/runs/stream`, `…/runs/wait`)
 * and fails after it was sent (connection reset or closed, 502, 503, 504, a timeout, a body cut
 * short) is not sent again: the server sees exactly one create. Idempotent requests (GET, DELETE,
 * and a stream's resume) are retried with backoff, honour `Retry-After`, and stop at the limit.
 */
import {
  type Fault,
  type FaultServer,
  finalState,
  gatewayPage,
  runEvents,
  startFaultServer,
} from "@runwire/fault-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  InternalServerError,
  RateLimitError,
} from "../../src/index";
import { collect, expectIdlePool, expectParts, faultClient, rejectionOf, trail } from "./support";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: 50 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.reset();
});

const html = (status: number, reason: string): Fault => ({
  status,
  headers: { "content-type": "text/html" },
  body: gatewayPage(status, reason),
});

/** Failures of a request after it was sent, and the error each must give. */
const afterSend: Array<[string, Fault, (error: unknown) => void]> = [
  [
    "connection reset before the response",
    { drop: "reset" },
    (error) => expect(error).toBeInstanceOf(APIConnectionError),
  ],
  [
    "connection closed before the response",
    { drop: "close" },
    (error) => expect(error).toBeInstanceOf(APIConnectionError),
  ],
  [
    "502 gateway page",
    html(502, "Bad Gateway"),
    (error) => {
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).status).toBe(502);
    },
  ],
  [
    "504 gateway page",
    html(504, "Gateway Time-out"),
    (error) => expect((error as InternalServerError).status).toBe(504),
  ],
  [
    "503 with Retry-After: 0",
    { status: 503, headers: { "retry-after": "0" }, body: "" },
    (error) => expect((error as InternalServerError).status).toBe(503),
  ],
  [
    "response headers later than timeoutMs",
    { delayMs: 2_000 },
    (error) => expect(error).toBeInstanceOf(APITimeoutError),
  ],
];

describe("a POST that failed after it was sent is sent exactly once", () => {
  it.each(afterSend)("runs.create: %s", async (_name, fault, check) => {
    const { client, agent, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "create" }, { ...fault, times: Infinity });
      check(await rejectionOf(client.runs.create("t1", "agent", { input: {} })));
      expect(trail(server)).toEqual([["POST", "/threads/t1/runs", null]]);
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it.each(afterSend)("runs.stream (thread): %s", async (_name, fault, check) => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "stream" }, { ...fault, times: Infinity });
      const stream = client.runs.stream("t1", "agent", { streamResumable: true });
      check(await rejectionOf(collect(stream)));
      expect(trail(server)).toEqual([["POST", "/threads/t1/runs/stream", null]]);
    } finally {
      await close();
    }
  });

  it.each(afterSend)("runs.stream (stateless): %s", async (_name, fault, check) => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "stream" }, { ...fault, times: Infinity });
      check(await rejectionOf(collect(client.runs.stream(null, "agent"))));
      expect(trail(server)).toEqual([["POST", "/runs/stream", null]]);
    } finally {
      await close();
    }
  });

  it.each(afterSend)("runs.wait: %s", async (_name, fault, check) => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "wait" }, { ...fault, times: Infinity });
      check(await rejectionOf(client.runs.wait("t1", "agent")));
      expect(trail(server)).toEqual([["POST", "/threads/t1/runs/wait", null]]);
    } finally {
      await close();
    }
  });

  it("createBatch, cancel and cancelMany answered 502: each sent once", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.fault({ method: "POST" }, { ...html(502, "Bad Gateway"), times: Infinity });
      await expect(client.runs.createBatch([{ assistantId: "agent" }])).rejects.toBeInstanceOf(
        InternalServerError,
      );
      await expect(client.runs.cancel("t1", "r1")).rejects.toBeInstanceOf(InternalServerError);
      await expect(client.runs.cancelMany({ threadId: "t1" })).rejects.toBeInstanceOf(
        InternalServerError,
      );
      expect(trail(server).map(([method, target]) => `${method} ${target}`)).toEqual([
        "POST /runs/batch",
        "POST /threads/t1/runs/r1/cancel?action=interrupt",
        "POST /runs/cancel?action=interrupt",
      ]);
    } finally {
      await close();
    }
  });

  it("a stream whose body is cut before its first event: one POST, resumed by GET with Last-Event-ID -1", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { cutAt: 0 });
      const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
      expectParts(parts, runEvents("run-1", 50));
      expect(trail(server)).toEqual([
        ["POST", "/threads/t1/runs/stream", null],
        ["GET", "/threads/t1/runs/run-1/stream", "-1"],
        ["GET", "/threads/t1/runs/run-1", null],
      ]);
    } finally {
      await close();
    }
  });

  it("a wait whose body is cut: one POST, the result picked up at the run's join endpoint", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.fault({ route: "wait" }, { cutAt: 20 });
      expect(await client.runs.wait("t1", "agent")).toEqual(finalState("run-1", 50));
      expect(trail(server)).toEqual([
        ["POST", "/threads/t1/runs/wait", null],
        ["GET", "/threads/t1/runs/run-1/join", null],
      ]);
      // The follow-up GET carries no body and no content headers.
      expect(server.requests[1]?.body).toBe("");
      expect(server.requests[1]?.headers["content-type"]).toBeUndefined();
    } finally {
      await close();
    }
  });
});

describe("idempotent requests retry with backoff, honour Retry-After, and stop at the limit", () => {
  /** Gaps in ms between consecutive requests the server received. */
  const gaps = () =>
    server.requests.slice(1).map((request, index) => {
      const before = server.requests[index]?.receivedAt ?? 0;
      return request.receivedAt - before;
    });

  it("GET answered 503, 502 then 200: three requests, growing backoff between them", async () => {
    const { client, close } = faultClient(server.url, {
      retry: { initialDelayMs: 40, maxDelayMs: 1_000 },
    });
    try {
      const created = await client.runs.create("t1", "agent");
      server.fault({ route: "get" }, { status: 503, body: "" });
      server.fault({ route: "get" }, html(502, "Bad Gateway"));
      const run = await client.runs.get("t1", created.run_id);
      expect(run.run_id).toBe(created.run_id);
      const gets = server.received({ route: "get" });
      expect(gets.map((request) => request.target)).toEqual(
        Array(3).fill(`/threads/t1/runs/${created.run_id}`),
      );
      // Jittered exponential backoff: attempt n waits between half and all of 40 * 2^n ms. Lower
      // bounds only (load only lengthens a wait): the retries did not come before the backoff.
      const [first, second] = gaps().slice(-2);
      expect(first).toBeGreaterThanOrEqual(19);
      expect(second).toBeGreaterThanOrEqual(39);
    } finally {
      await close();
    }
  });

  it.each([
    [429, RateLimitError],
    [503, InternalServerError],
  ])(
    "a %i with Retry-After: 0.6 is retried after 0.6 s, not after the short backoff",
    async (status) => {
      const { client, close } = faultClient(server.url);
      try {
        const run = await client.runs.create("t1", "agent");
        server.fault({ route: "get" }, { status, headers: { "retry-after": "0.6" }, body: "" });
        expect((await client.runs.get("t1", run.run_id)).run_id).toBe(run.run_id);
        expect(server.received({ route: "get" })).toHaveLength(2);
        // The backoff alone would wait 3-5 ms here. A lower bound (load only lengthens a wait):
        // the retry did not come before the server's Retry-After.
        expect(gaps().at(-1)).toBeGreaterThanOrEqual(590);
      } finally {
        await close();
      }
    },
  );

  it("up to the limit: maxRetries 2 against a server that always answers 500 → 3 requests, then the error", async () => {
    const { client, close } = faultClient(server.url, { maxRetries: 2 });
    try {
      server.fault(
        { route: "list" },
        { status: 500, body: '{"detail":"db down"}', times: Infinity },
      );
      const error = await rejectionOf(client.runs.list("t1"));
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).message).toBe("db down");
      expect(server.received({ route: "list" })).toHaveLength(3);
    } finally {
      await close();
    }
  });

  it("maxRetries 0: one request", async () => {
    const { client, close } = faultClient(server.url, { maxRetries: 0 });
    try {
      server.fault({ route: "list" }, { status: 502, body: "", times: Infinity });
      await expect(client.runs.list("t1")).rejects.toBeInstanceOf(InternalServerError);
      expect(server.received({ route: "list" })).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("a Retry-After beyond maxRetryAfterMs is not waited for: RateLimitError at once", async () => {
    const { client, close } = faultClient(server.url, { retry: { maxRetryAfterMs: 1_000 } });
    try {
      server.fault({ route: "list" }, { status: 429, headers: { "retry-after": "120" }, body: "" });
      const error = await rejectionOf(client.runs.list("t1"));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(120_000);
      expect(server.received({ route: "list" })).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("GET on a reset connection, twice: retried, the third attempt answers", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.fault({ route: "list" }, { drop: "reset", times: 2 });
      expect(await client.runs.list("t1")).toEqual([]);
      expect(server.received({ route: "list" })).toHaveLength(3);
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("GET whose headers are later than timeoutMs: retried, and the late attempt's socket is closed", async () => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.fault({ route: "list" }, { delayMs: 5_000 });
      expect(await client.runs.list("t1")).toEqual([]);
      const lists = server.received({ route: "list" });
      expect(lists).toHaveLength(2);
      expect(lists[0]?.closedAt).toBeDefined();
    } finally {
      await close();
    }
  });

  it("DELETE answered 502 then 204: retried once", async () => {
    const { client, close } = faultClient(server.url);
    try {
      const run = await client.runs.create("t1", "agent");
      server.fault({ route: "delete" }, html(502, "Bad Gateway"));
      await client.runs.delete("t1", run.run_id);
      expect(server.received({ route: "delete" })).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it("a stream's resume (a GET) answered 503 then 502 is retried; the POST is still sent once", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { cutAt: 900 });
      server.fault({ route: "join-stream" }, { status: 503, body: "" });
      server.fault({ route: "join-stream" }, html(502, "Bad Gateway"));
      const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
      expectParts(parts, runEvents("run-1", 50));
      expect(server.received({ method: "POST" })).toHaveLength(1);
      expect(server.received({ route: "join-stream" })).toHaveLength(3);
    } finally {
      await close();
    }
  });
});
