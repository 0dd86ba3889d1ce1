import { afterEach, describe, expect, it, vi } from "vitest";
import { APIConnectionError, APITimeoutError, type Client } from "../../src/index";
import { collect, rejection, setup } from "../support/client";
import { type BodyStep, json } from "../support/memory-transport";

afterEach(() => {
  vi.useRealTimers();
});

const never = () => new Promise<never>(() => {});

/** A promise with its resolver, to await an event from the scripted server. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

/**
 * A body step that stalls forever and reports when the body reader has reached it: awaiting a
 * thenable calls its `then`, which is the moment the server starts withholding the rest.
 */
function stallPoint(): { step: BodyStep; reached: Promise<void> } {
  const reached = signal();
  const waitFor = {
    // biome-ignore lint/suspicious/noThenProperty: a thenable that never settles is the point.
    then: () => reached.fire(),
  } as unknown as Promise<unknown>;
  return { step: { waitFor }, reached: reached.promise };
}

describe("timeouts", () => {
  it("no response headers within timeoutMs → APITimeoutError; a GET is retried", async () => {
    const { client, requests, openBodies } = setup(never, { timeoutMs: 30 });
    const error = await rejection(() => client.runs.get("t", "r"));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APITimeoutError).message).toBe("Request timed out.");
    expect(requests).toHaveLength(4);
    expect(openBodies()).toBe(0);
  });

  it("a POST that times out waiting for headers is not retried", async () => {
    const { client, requests } = setup(never, { timeoutMs: 30 });
    await expect(client.runs.create("t", "a")).rejects.toBeInstanceOf(APITimeoutError);
    await expect(client.runs.wait("t", "a")).rejects.toBeInstanceOf(APITimeoutError);
    await expect(collect(client.runs.stream("t", "a"))).rejects.toBeInstanceOf(APITimeoutError);
    expect(requests).toHaveLength(3);
  });

  it("a JSON body that stalls mid-read → APITimeoutError, the body released", async () => {
    const { client, requests, openBodies } = setup(
      () => ({ status: 200, body: ['{"run_id":', { waitFor: never() }] }),
      { timeoutMs: 30 },
    );
    await expect(client.runs.get("t", "r")).rejects.toBeInstanceOf(APITimeoutError);
    // The headers had arrived: a stalled body is not a new attempt.
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("the body timeout is between chunks, not for the whole body", async () => {
    vi.useFakeTimers();
    const gaps = [signal(), signal()];
    const { client } = setup(
      () => ({
        status: 200,
        body: [
          '{"a":',
          { waitFor: gaps[0]?.promise ?? never() },
          "1,",
          { waitFor: gaps[1]?.promise ?? never() },
          '"b":2}',
        ],
      }),
      { timeoutMs: 200 },
    );
    const pending = client.runs.get("t", "r");
    // Each gap is under the timeout; together they exceed it.
    for (const gap of gaps) {
      await vi.advanceTimersByTimeAsync(150);
      gap.fire();
    }
    expect(await pending).toEqual({ a: 1, b: 2 });
  });

  it("timeoutMs: null waits as long as the server takes", async () => {
    vi.useFakeTimers();
    const answer = signal();
    const { client } = setup(
      async () => {
        await answer.promise;
        return json({ run_id: "r" });
      },
      { timeoutMs: null },
    );
    const pending = client.runs.get("t", "r");
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
    answer.fire();
    expect(await pending).toEqual({ run_id: "r" });
  });

  it("join and cancel with wait outlast timeoutMs: the server answers only when the run ends", async () => {
    vi.useFakeTimers();
    const runEnds = signal();
    const { client, requests } = setup(
      async (request) => {
        await runEnds.promise;
        return request.url.pathname.endsWith("/cancel")
          ? { status: 204, body: "" }
          : {
              status: 200,
              // Headers once the run ends, then a body that pauses longer than timeoutMs too.
              body: [
                '{"done":',
                { waitFor: new Promise((resolve) => setTimeout(resolve, 500)) },
                "true}",
              ],
            };
      },
      { timeoutMs: 100 },
    );
    const joined = client.runs.join("t", "r");
    const cancelled = client.runs.cancel("t", "r2", true);
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
    runEnds.fire();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await joined).toEqual({ done: true });
    await expect(cancelled).resolves.toBeUndefined();
    // Nothing timed out, so nothing was retried.
    expect(requests).toHaveLength(2);
  });

  it("a join is still bounded by the caller's signal", async () => {
    const { client, openBodies } = setup(never, { timeoutMs: 30 });
    const controller = new AbortController();
    const joined = client.runs.join("t", "r", { signal: controller.signal });
    const reason = new Error("gave up");
    controller.abort(reason);
    await expect(joined).rejects.toBe(reason);
    expect(openBodies()).toBe(0);
  });

  it("a timeoutMs beyond what timers can hold waits, rather than firing at once", async () => {
    // setTimeout turns any delay above 2^31-1 ms into 1 ms (fake timers emulate that too).
    vi.useFakeTimers();
    const answer = signal();
    const { client } = setup(
      async () => {
        await answer.promise;
        return json({ run_id: "r" });
      },
      { timeoutMs: 2 ** 32 },
    );
    const pending = client.runs.get("t", "r");
    await vi.advanceTimersByTimeAsync(60_000);
    answer.fire();
    expect(await pending).toEqual({ run_id: "r" });
  });
});

describe("abort", () => {
  const reason = new Error("caller gave up");

  const calls: Record<string, (client: Client, signal: AbortSignal) => Promise<unknown>> = {
    get: (client, signal) => client.runs.get("t", "r", { signal }),
    create: (client, signal) => client.runs.create("t", "a", { signal }),
    wait: (client, signal) => client.runs.wait("t", "a", { signal }),
    join: (client, signal) => client.runs.join("t", "r", { signal }),
    delete: (client, signal) => client.runs.delete("t", "r", { signal }),
  };

  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: an already-aborted signal rejects with its reason, nothing sent`, async () => {
      const { client, requests } = setup(() => json({ run_id: "r" }));
      const error = await rejection(() => call(client, AbortSignal.abort(reason)));
      expect(error).toBe(reason);
      expect(requests).toHaveLength(0);
    });

    it(`${name}: an abort while waiting for headers rejects at once with its reason`, async () => {
      const asked = signal();
      const { client, requests, openBodies } = setup(() => {
        asked.fire();
        return never();
      });
      const controller = new AbortController();
      const pending = rejection(() => call(client, controller.signal));
      await asked.promise;
      controller.abort(reason);
      expect(await pending).toBe(reason);
      expect(requests).toHaveLength(1);
      expect(openBodies()).toBe(0);
    });

    // delete never reads the body (see below).
    if (name === "delete") continue;

    it(`${name}: an abort mid-body rejects at once with its reason, the body released`, async () => {
      const stall = stallPoint();
      const { client, openBodies } = setup(() => ({
        status: 200,
        body: ['{"run_id":', stall.step],
      }));
      const controller = new AbortController();
      const pending = rejection(() => call(client, controller.signal));
      await stall.reached;
      expect(openBodies()).toBe(1);
      controller.abort(reason);
      expect(await pending).toBe(reason);
      expect(openBodies()).toBe(0);
    });
  }

  it("delete does not read the body, so a stalled body neither delays nor fails it", async () => {
    const stall = stallPoint();
    const { client, openBodies } = setup(() => ({ status: 200, body: ["{", stall.step] }));
    expect(await client.runs.delete("t", "r")).toBeUndefined();
    expect(openBodies()).toBe(0);
  });

  it("an abort during a retry backoff rejects at once, with no further attempt", async () => {
    vi.useFakeTimers();
    const { client, requests, openBodies } = setup(() => json(null, 503), {
      retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const controller = new AbortController();
    const pending = rejection(() => client.runs.get("t", "r", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1); // the backoff, 30-60 s
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("an abort during a Retry-After wait rejects at once", async () => {
    vi.useFakeTimers();
    const { client, requests } = setup(() => json(null, 429, { "retry-after": "30" }));
    const controller = new AbortController();
    const pending = rejection(() => client.runs.list("t", { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("an abort while a reconnecting wait re-fetches from Location rejects with the reason", async () => {
    const asked = signal();
    const { client, requests, openBodies } = setup((_, index) => {
      if (index === 0) {
        return { status: 200, headers: { location: "/again" }, body: [{ error: new Error("x") }] };
      }
      asked.fire();
      return never();
    });
    const controller = new AbortController();
    const pending = rejection(() => client.runs.wait("t", "a", { signal: controller.signal }));
    await asked.promise;
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(requests).toHaveLength(2);
    expect(openBodies()).toBe(0);
  });

  it("an abort without a reason rejects with the signal's AbortError", async () => {
    const asked = signal();
    const { client } = setup(() => {
      asked.fire();
      return never();
    });
    const controller = new AbortController();
    const pending = rejection(() => client.runs.get("t", "r", { signal: controller.signal }));
    await asked.promise;
    controller.abort();
    const error = await pending;
    expect(error).toBe(controller.signal.reason);
    expect((error as DOMException).name).toBe("AbortError");
  });

  it("a signal aborted after the call settled changes nothing and leaves no listener behind", async () => {
    const { client } = setup(() => json({ run_id: "r" }));
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    expect(await client.runs.get("t", "r", { signal: controller.signal })).toEqual({
      run_id: "r",
    });
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    controller.abort(reason);
  });
});
