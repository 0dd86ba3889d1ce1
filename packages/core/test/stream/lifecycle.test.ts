/**
 * The RunStream object's life: lazy start, one reader, early exit and abort closing the
 * connection, errors in one event, schema checks, backoff timing and the idle timeout.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  InvalidResponseError,
  RunwireError,
} from "../../src/index";
import { collect, setup } from "../support/client";
import { json, reset, sse } from "../support/memory-transport";
import { drain, never, untilSettled } from "./helpers";

const RUN = { "content-location": "/threads/t1/runs/r1" };
const metadata = 'event: metadata\ndata: {"run_id":"r1","attempt":1}\nid: 0\n\n';
const values = (n: number) => `event: values\ndata: {"n":${n}}\nid: ${n}\n\n`;
const valuesPart = (n: number) => ({ event: "values", data: { n }, id: String(n) });
const metadataPart = { event: "metadata", data: { run_id: "r1", attempt: 1 }, id: "0" };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A resumable run whose first connection stalls after two events. */
function stallingRun() {
  return setup((request) =>
    request.method === "POST"
      ? sse([metadata, values(1), { waitFor: never() }], RUN)
      : json({ run_id: "r1", status: "running" }),
  );
}

describe("RunStream lifecycle", () => {
  it("sends nothing before the first read", async () => {
    const { client, requests } = setup(() => sse(metadata));
    const stream = client.runs.stream("t1", "a1", { streamResumable: true });
    const joined = client.runs.joinStream("t1", "r1");
    for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
    expect(requests).toHaveLength(0);
    expect(await stream.next()).toEqual({ done: false, value: metadataPart });
    expect(requests).toHaveLength(1);
    await stream.return();
    await joined.return();
    expect(requests).toHaveLength(1);
  });

  it("breaking out of for await closes the body and sends nothing more", async () => {
    const { client, requests, openBodies } = stallingRun();
    const parts: unknown[] = [];
    for await (const part of client.runs.stream("t1", "a1", { streamResumable: true })) {
      parts.push(part);
      expect(openBodies()).toBe(1);
      break;
    }
    expect(parts).toEqual([metadataPart]);
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("return() during a pending read rejects that read and closes the body", async () => {
    const { client, requests, openBodies } = stallingRun();
    const stream = client.runs.stream("t1", "a1", { streamResumable: true });
    await stream.next();
    await stream.next();
    const pending = stream.next();
    expect(await stream.return()).toEqual({ done: true, value: undefined });
    const error = await pending.catch((reason: unknown) => reason);
    expect((error as Error).name).toBe("AbortError");
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("abort() mid-body ends the stream at once with the reason", async () => {
    const { client, requests, openBodies } = stallingRun();
    const stream = client.runs.stream("t1", "a1", { streamResumable: true });
    expect((await stream.next()).value).toEqual(metadataPart);
    expect((await stream.next()).value).toEqual(valuesPart(1));
    const pending = stream.next();
    const reason = new Error("stop");
    stream.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("aborting the caller's signal mid-body ends the stream with its reason", async () => {
    const { client, requests, openBodies } = stallingRun();
    const controller = new AbortController();
    const stream = client.runs.stream("t1", "a1", {
      signal: controller.signal,
      streamResumable: true,
    });
    await stream.next();
    await stream.next();
    const pending = stream.next();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("a signal aborted before the first read sends nothing", async () => {
    const { client, requests } = setup(() => sse(metadata));
    const reason = new Error("already");
    const stream = client.runs.joinStream("t1", "r1", { signal: AbortSignal.abort(reason) });
    await expect(stream.next()).rejects.toBe(reason);
    expect(requests).toHaveLength(0);
  });

  describe("abort during a resume backoff", () => {
    function brokenRun() {
      // Only the backoff sleeps on a timer here: no request or idle timeouts.
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      return setup(() => sse([metadata, values(1), reset()], RUN), {
        timeoutMs: null,
        streamResume: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
      });
    }

    it("abort() ends the wait at once", async () => {
      const { client, requests, openBodies } = brokenRun();
      const stream = client.runs.stream("t1", "a1", { streamResumable: true });
      await stream.next();
      await stream.next();
      const pending = stream.next();
      await untilSettled(() => vi.getTimerCount() === 1);
      expect(openBodies()).toBe(0);
      const reason = new Error("stop");
      stream.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect(vi.getTimerCount()).toBe(0);
      expect(requests).toHaveLength(1);
    });

    it("the caller's signal ends the wait at once", async () => {
      const { client, requests, openBodies } = brokenRun();
      const controller = new AbortController();
      const stream = client.runs.stream("t1", "a1", {
        signal: controller.signal,
        streamResumable: true,
      });
      await stream.next();
      await stream.next();
      const pending = stream.next();
      await untilSettled(() => vi.getTimerCount() === 1);
      const reason = new Error("caller gave up");
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect(vi.getTimerCount()).toBe(0);
      expect(openBodies()).toBe(0);
      expect(requests).toHaveLength(1);
    });
  });

  it("a second for await over the same stream throws", async () => {
    const { client } = setup(() => sse(metadata));
    const stream = client.runs.stream(null, "a1");
    expect(await collect(stream)).toEqual([metadataPart]);
    let error: unknown;
    try {
      for await (const _part of stream) break;
    } catch (caught) {
      error = caught;
    }
    expect(RunwireError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "This stream is already being read: a run stream has one reader. Start another stream (or joinStream) for a second reader.",
    );
  });

  it("toReadableStream() gives the same parts", async () => {
    const body = `${metadata}${values(1)}${values(2)}`;
    const { client } = setup((request) =>
      request.method === "POST" ? sse(body, RUN) : json({ run_id: "r1", status: "success" }),
    );
    const readable = client.runs.stream("t1", "a1", { streamResumable: true }).toReadableStream();
    const reader = readable.getReader();
    const parts: unknown[] = [];
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      parts.push(result.value);
    }
    expect(parts).toEqual([metadataPart, valuesPart(1), valuesPart(2)]);
    const again = setup((request) =>
      request.method === "POST" ? sse(body, RUN) : json({ run_id: "r1", status: "success" }),
    );
    expect(await collect(again.client.runs.stream("t1", "a1", { streamResumable: true }))).toEqual(
      parts,
    );
  });

  it("cancelling the ReadableStream closes the connection", async () => {
    const { client, requests, openBodies } = stallingRun();
    const reader = client.runs
      .stream("t1", "a1", { streamResumable: true })
      .toReadableStream()
      .getReader();
    expect((await reader.read()).value).toEqual(metadataPart);
    await reader.cancel();
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("invalid JSON in one event: InvalidResponseError naming the event, and no resume", async () => {
    const { client, requests, openBodies } = setup(() =>
      sse([metadata, "event: values\ndata: {oops\nid: 1\n\n", values(2)], RUN),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1", { streamResumable: true }));
    expect(parts).toEqual([metadataPart]);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    const invalid = error as InvalidResponseError;
    expect(invalid.event).toBe("values");
    expect(invalid.message.startsWith('Invalid JSON in SSE event "values" (id 1): ')).toBe(true);
    expect(invalid.body).toBe("{oops");
    expect(invalid.status).toBe(200);
    expect(invalid.cause).toBeInstanceOf(SyntaxError);
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("validateResponses rejects a v2 metadata part without run_id", async () => {
    const { client } = setup(() => sse('event: metadata\ndata: {"attempt":1}\n\n'), {
      validateResponses: true,
    });
    const { parts, error } = await drain(client.runs.stream(null, "a1", { version: "v2" }));
    expect(parts).toEqual([]);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect(
      (error as Error).message.startsWith('stream part "metadata" does not match its schema: '),
    ).toBe(true);
    expect((error as InvalidResponseError).body).toEqual({
      type: "metadata",
      ns: [],
      data: { attempt: 1 },
      interrupts: [],
    });
    const ok = setup(() => sse('event: metadata\ndata: {"run_id":"r1"}\n\n'), {
      validateResponses: true,
    });
    expect(await collect(ok.client.runs.stream(null, "a1", { version: "v2" }))).toEqual([
      { type: "metadata", ns: [], data: { run_id: "r1" }, interrupts: [] },
    ]);
  });
});

describe("resume backoff", () => {
  it("is exponential, capped, jittered, and restarts after events arrive", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    vi.spyOn(Math, "random").mockReturnValue(1); // the top of each jitter range
    const { client, requests } = setup(
      (_request, index) => {
        if (index === 0) return sse([metadata, reset()], RUN);
        if (index === 4) return sse([values(1), reset()]);
        if (index === 6) return sse(`${values(2)}event: end\n\n`);
        return sse([reset()]);
      },
      { timeoutMs: null, streamResume: { initialDelayMs: 100, maxDelayMs: 300, maxAttempts: 9 } },
    );
    const done = collect(client.runs.stream("t1", "a1", { streamResumable: true }));
    // After each failure: [delay before the next request].
    for (const delay of [100, 200, 300, 300, 100, 200]) {
      await untilSettled(() => vi.getTimerCount() === 1);
      const before = requests.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(requests).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      await untilSettled(() => requests.length === before + 1);
    }
    expect(await done).toEqual([
      metadataPart,
      valuesPart(1),
      valuesPart(2),
      { event: "end", data: null, id: "2" },
    ]);
    expect(requests).toHaveLength(7);
  });

  it("with the lowest jitter each wait is half the ceiling", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    vi.spyOn(Math, "random").mockReturnValue(0);
    const { client, requests } = setup(
      (request, index) => {
        if (index === 0) return sse([metadata, reset()], RUN);
        if (request.url.pathname.endsWith("/stream")) return sse(values(1));
        return json({ run_id: "r1", status: "success" });
      },
      { timeoutMs: null, streamResume: { initialDelayMs: 100, maxDelayMs: 300 } },
    );
    const done = collect(client.runs.stream("t1", "a1", { streamResumable: true }));
    await untilSettled(() => vi.getTimerCount() === 1);
    await vi.advanceTimersByTimeAsync(49);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await untilSettled(() => requests.length > 1);
    expect(requests[1]?.url.pathname).toBe("/api/threads/t1/runs/r1/stream");
    // The resumed stream ends cleanly; the run's status is asked for (no timer involved).
    expect(await done).toEqual([metadataPart, valuesPart(1)]);
    expect(requests).toHaveLength(3);
  });
});

describe("idle timeout (timeoutMs)", () => {
  it("a stalled stream that cannot be resumed ends with APITimeoutError", async () => {
    const { client, requests, openBodies } = setup(
      () => sse(['event: values\ndata: {"n":1}\n\n', { waitFor: never() }]),
      { timeoutMs: 50 },
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1", { streamResumable: true }));
    expect(parts).toEqual([{ event: "values", data: { n: 1 } }]);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("Request timed out.");
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("a stalled stream that can be resumed is resumed", async () => {
    const { client, requests, openBodies } = setup(
      (request) => {
        if (request.method === "POST") {
          return sse([metadata, values(1), { waitFor: never() }], RUN);
        }
        if (request.url.pathname.endsWith("/stream")) return sse(`${values(2)}${values(3)}`);
        return json({ run_id: "r1", status: "success" });
      },
      { timeoutMs: 50 },
    );
    expect(await collect(client.runs.stream("t1", "a1", { streamResumable: true }))).toEqual([
      metadataPart,
      valuesPart(1),
      valuesPart(2),
      valuesPart(3),
    ]);
    expect(
      requests.map((request) => [
        request.method,
        request.url.pathname,
        request.headers.get("last-event-id"),
      ]),
    ).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "1"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
    expect(openBodies()).toBe(0);
  });
});
