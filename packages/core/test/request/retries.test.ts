import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIStatusError,
  BadRequestError,
  type Client,
  ConflictError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src/index";
import { backoffDelayMs, DEFAULT_RETRY_POLICY } from "../../src/request/retry-policy";
import { collect, rejection, setup } from "../support/client";
import type { Handler, ScriptedResponse } from "../support/memory-transport";
import { json } from "../support/memory-transport";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A server failure: a thrown transport error (no response at all) or a status. */
type Failure = "connection" | number;

const refused = () => new TypeError("fetch failed: connect ECONNREFUSED");

/** A handler that fails every time (or the first `times` times, then answers `ok`). */
function failing(failure: Failure, times = Number.POSITIVE_INFINITY, ok?: ScriptedResponse) {
  return ((_, index) => {
    if (index >= times) return ok ?? json({ ok: true });
    if (failure === "connection") throw refused();
    return json({ message: `failure ${failure}` }, failure);
  }) satisfies Handler;
}

/** The idempotent methods, each as one call. */
const idempotentCalls: Record<string, (client: Client) => Promise<unknown>> = {
  "list (GET)": (client) => client.runs.list("t"),
  "get (GET)": (client) => client.runs.get("t", "r"),
  "join (GET)": (client) => client.runs.join("t", "r"),
  "delete (DELETE)": (client) => client.runs.delete("t", "r"),
};

/** Every method that POSTs, each as one call. */
const postCalls: Record<string, (client: Client) => Promise<unknown>> = {
  create: (client) => client.runs.create("t", "a"),
  stream: (client) => collect(client.runs.stream("t", "a")),
  wait: (client) => client.runs.wait("t", "a"),
  createBatch: (client) => client.runs.createBatch([{ assistantId: "a" }]),
  cancel: (client) => client.runs.cancel("t", "r"),
  "cancel with wait": (client) => client.runs.cancel("t", "r", true),
  cancelMany: (client) => client.runs.cancelMany({ threadId: "t" }),
};

const RETRYABLE: Failure[] = ["connection", 500, 502, 503, 504, 408, 429];

function expectFailure(error: unknown, failure: Failure): void {
  if (failure === "connection") {
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).cause).toBeInstanceOf(TypeError);
    return;
  }
  expect(error).toBeInstanceOf(APIStatusError);
  expect((error as APIStatusError).status).toBe(failure);
  if (failure >= 500) expect(error).toBeInstanceOf(InternalServerError);
  if (failure === 429) expect(error).toBeInstanceOf(RateLimitError);
}

describe("idempotent requests are retried", () => {
  for (const [name, call] of Object.entries(idempotentCalls)) {
    for (const failure of RETRYABLE) {
      it(`${name}: ${failure} → 1 + 3 attempts by default, then the typed error`, async () => {
        const { client, requests, openBodies } = setup(failing(failure));
        const error = await rejection(() => call(client));
        expectFailure(error, failure);
        expect(requests).toHaveLength(4);
        const [first] = requests;
        for (const request of requests) {
          expect(request.method).toBe(first?.method);
          expect(request.rawUrl).toBe(first?.rawUrl);
        }
        expect(openBodies()).toBe(0);
      });
    }

    it(`${name}: a custom maxRetries, and maxRetries 0`, async () => {
      const custom = setup(failing(503), { maxRetries: 1 });
      expectFailure(await rejection(() => call(custom.client)), 503);
      expect(custom.requests).toHaveLength(2);

      const none = setup(failing("connection"), { maxRetries: 0 });
      expectFailure(await rejection(() => call(none.client)), "connection");
      expect(none.requests).toHaveLength(1);
    });
  }

  it("a retry that succeeds returns its result", async () => {
    const { client, requests } = setup(failing(502, 2, json([{ run_id: "r1" }])));
    expect(await client.runs.list("t", { params: { q: 1 }, headers: { "X-Custom": "1" } })).toEqual(
      [{ run_id: "r1" }],
    );
    expect(requests).toHaveLength(3);
    expect(requests[2]?.rawUrl).toBe(
      "https://example.com/api/threads/t/runs?limit=10&offset=0&q=1",
    );
    expect(requests[2]?.headers.get("x-custom")).toBe("1");
  });

  it("mixed failures share one budget", async () => {
    const script: Failure[] = ["connection", 503, 429, "connection"];
    const { client, requests } = setup((_, index) => {
      const failure = script[index];
      if (failure === "connection") throw refused();
      return json(null, failure ?? 200);
    });
    expectFailure(await rejection(() => client.runs.get("t", "r")), "connection");
    expect(requests).toHaveLength(4);
  });

  it("callerOptions.maxRetries is honoured as an alias; maxRetries wins when both are given", async () => {
    const alias = setup(failing(500), { callerOptions: { maxRetries: 1 } });
    await expect(alias.client.runs.get("t", "r")).rejects.toBeInstanceOf(InternalServerError);
    expect(alias.requests).toHaveLength(2);

    const both = setup(failing(500), { maxRetries: 2, callerOptions: { maxRetries: 0 } });
    await expect(both.client.runs.get("t", "r")).rejects.toBeInstanceOf(InternalServerError);
    expect(both.requests).toHaveLength(3);
  });

  for (const [status, ErrorClass] of [
    [400, BadRequestError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
  ] as const) {
    it(`${status} is never retried`, async () => {
      const { client, requests } = setup(failing(status));
      for (const call of Object.values(idempotentCalls)) {
        await expect(call(client)).rejects.toBeInstanceOf(ErrorClass);
      }
      expect(requests).toHaveLength(Object.keys(idempotentCalls).length);
    });
  }
});

describe("POSTs are sent once: a run is never created twice", () => {
  for (const [name, call] of Object.entries(postCalls)) {
    for (const failure of ["connection", 502, 503, 504, 429] as const) {
      it(`${name}: ${failure} → one request, the typed error`, async () => {
        const { client, requests, openBodies } = setup(failing(failure));
        const error = await rejection(() => call(client));
        expectFailure(error, failure);
        expect(requests).toHaveLength(1);
        expect(requests[0]?.method).toBe("POST");
        expect(openBodies()).toBe(0);
      });
    }
  }
});

describe("backoff and Retry-After", () => {
  it("backoff is exponential, capped, with jitter between half and all of the step", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 100, maxDelayMs: 500 };
    const steps = [0, 1, 2, 3, 10].map((attempt) => [
      backoffDelayMs(attempt, policy, () => 0),
      backoffDelayMs(attempt, policy, () => 1),
    ]);
    expect(steps).toEqual([
      [50, 100],
      [100, 200],
      [200, 400],
      [250, 500],
      [250, 500],
    ]);
  });

  it("the client waits the backoff between attempts (fake timers)", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(1);
    const { client, requests } = setup(failing(503), {
      retry: { initialDelayMs: 1000, maxDelayMs: 3000 },
    });
    const pending = rejection(() => client.runs.get("t", "r"));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(2999); // capped at maxDelayMs, not 4000
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(4);
    expect(await pending).toBeInstanceOf(InternalServerError);
  });

  it("Retry-After: 0 retries at once", async () => {
    vi.useFakeTimers();
    const { client, requests } = setup(
      (_, index) => (index === 0 ? json(null, 429, { "retry-after": "0" }) : json({ run_id: "r" })),
      // A backoff this long shows that Retry-After, not the backoff, set the wait.
      { retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } },
    );
    const pending = client.runs.get("t", "r");
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    expect(await pending).toEqual({ run_id: "r" });
  });

  for (const status of [429, 503]) {
    it(`Retry-After: 2 on a ${status} waits exactly 2 s`, async () => {
      vi.useFakeTimers();
      const { client, requests } = setup(
        (_, index) =>
          index === 0 ? json(null, status, { "retry-after": "2" }) : json({ run_id: "r" }),
        { retry: { initialDelayMs: 1, maxDelayMs: 1 } },
      );
      const pending = client.runs.get("t", "r");
      await vi.advanceTimersByTimeAsync(1999);
      expect(requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(requests).toHaveLength(2);
      expect(await pending).toEqual({ run_id: "r" });
    });
  }

  it("a fractional Retry-After (0.05 s) waits exactly 50 ms, not the backoff", async () => {
    vi.useFakeTimers();
    const { client, requests } = setup(
      (_, index) =>
        index === 0 ? json(null, 429, { "retry-after": "0.05" }) : json({ run_id: "r" }),
      { retry: { initialDelayMs: 1, maxDelayMs: 1 } },
    );
    const pending = client.runs.get("t", "r");
    await vi.advanceTimersByTimeAsync(49);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect(await pending).toEqual({ run_id: "r" });
  });

  it("a Retry-After above retry.maxRetryAfterMs is not waited for: RateLimitError with retryAfterMs", async () => {
    const { client, requests } = setup(
      () => json({ detail: "slow down" }, 429, { "retry-after": "5" }),
      { retry: { maxRetryAfterMs: 4_000 } },
    );
    const error = await rejection(() => client.runs.get("t", "r"));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(5_000);
    expect((error as RateLimitError).message).toBe("slow down");
    expect(requests).toHaveLength(1);
  });

  it("a Retry-After beyond what timers can hold is waited for, not turned into 1 ms", async () => {
    vi.useFakeTimers();
    const { client, requests } = setup(
      (_, index) =>
        index === 0 ? json(null, 429, { "retry-after": "3000000" }) : json({ run_id: "r" }),
      { retry: { maxRetryAfterMs: 4_000_000_000 } },
    );
    const controller = new AbortController();
    const pending = rejection(() => client.runs.get("t", "r", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    controller.abort(new Error("stop"));
    await pending;
  });

  it("the default cap is 60 s: Retry-After: 120 is not waited for", async () => {
    const { client, requests } = setup(() => json(null, 503, { "retry-after": "120" }));
    const error = await rejection(() => client.runs.delete("t", "r"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });
});
