/**
 * The status check after a clean end of a stateful stream (docs/reliability.md, "The end-of-stream
 * check"): made only where its answer can change the outcome, one attempt, and a check that cannot
 * be made ends the stream as delivered.
 */
import { describe, expect, it, vi } from "vitest";
import { APIConnectionError } from "../../src/index";
import { STATUS_CHECK_TIMEOUT_MS } from "../../src/stream/sse-stream";
import { collect, setup } from "../support/client";
import { json, reset, type ScriptedResponse, sse } from "../support/memory-transport";
import { drain, trail } from "./helpers";
import { buildRun } from "./run-server";

const RUN = { "content-location": "/threads/t1/runs/r1" };
// Two whole frames of run r1 (metadata, then a part with id 1), and the parts they deliver.
const run = buildRun(2);
const frames = new TextDecoder().decode(run.bytes);
const delivered = run.parts;

/** The resumable stream ends as delivered, after one status request and no retry of it. */
async function expectEndedAfterOneCheck({ client, requests }: ReturnType<typeof setup>) {
  const { parts, error } = await drain(
    client.runs.stream("t1", "agent", { streamResumable: true }),
  );
  expect(error).toBeUndefined();
  expect(parts).toEqual(delivered);
  expect(trail(requests)).toEqual([
    "POST /api/threads/t1/runs/stream",
    "GET /api/threads/t1/runs/r1",
  ]);
}

/** A server whose stream route answers `body`; every other route answers `other`. */
function backendForFrontend(body: string, other: () => ScriptedResponse, headers = RUN) {
  return setup(
    (request) => (request.url.pathname.endsWith("/runs/stream") ? sse(body, headers) : other()),
    // Retries as they would be by default: a retried status route would show here.
    { maxRetries: 2 },
  );
}

const unreachable: Array<[string, () => ScriptedResponse]> = [
  ["404", () => json({ detail: "Not Found" }, 404)],
  ["405", () => json({ detail: "Method Not Allowed" }, 405)],
  ["501", () => json({ detail: "Not Implemented" }, 501)],
  ["503", () => json({ detail: "Unavailable" }, 503)],
  ["a connection reset", () => ({ status: 200, headers: {}, body: [reset()] })],
  ["a body that is not JSON", () => ({ status: 200, headers: {}, body: "<html>" })],
];

describe("a clean end on a block boundary", () => {
  it("a run that keeps no events (no streamResumable): ends at once, no status request", async () => {
    const { client, requests } = backendForFrontend(frames, () => json({ status: "running" }));
    expect(await collect(client.runs.stream("t1", "agent"))).toEqual(delivered);
    expect(trail(requests)).toEqual(["POST /api/threads/t1/runs/stream"]);
  });

  it.each(unreachable)(
    "a resumable run whose status check gets %s: one attempt, then the stream ends as delivered",
    (_name, other) => expectEndedAfterOneCheck(backendForFrontend(frames, other)),
  );

  it("a status check that times out (timeoutMs) is one attempt too: the stream ends as delivered", async () => {
    await expectEndedAfterOneCheck(
      setup(
        (request) =>
          request.url.pathname.endsWith("/runs/stream") ? sse(frames, RUN) : new Promise(() => {}),
        { maxRetries: 2, timeoutMs: 30 },
      ),
    );
  });

  it("a status route that never answers holds the end for at most 10 s, not the 300 s idle timeout", async () => {
    vi.useFakeTimers();
    try {
      const pending = expectEndedAfterOneCheck(
        setup(
          (request) =>
            request.url.pathname.endsWith("/runs/stream")
              ? sse(frames, RUN)
              : new Promise(() => {}),
          { maxRetries: 2 }, // timeoutMs left at its default, 300 s
        ),
      );
      await vi.advanceTimersByTimeAsync(STATUS_CHECK_TIMEOUT_MS);
      await pending;
    } finally {
      vi.useRealTimers();
    }
  });

  it("aborting the stream during the check rejects with the abort, not a normal end", async () => {
    const controller = new AbortController();
    const { client, requests } = setup((request) => {
      if (request.url.pathname.endsWith("/runs/stream")) return sse(frames, RUN);
      controller.abort(new DOMException("stop", "AbortError"));
      return new Promise(() => {});
    });
    const { parts, error } = await drain(
      client.runs.stream("t1", "agent", { streamResumable: true, signal: controller.signal }),
    );
    expect(parts).toEqual(delivered);
    expect((error as DOMException).name).toBe("AbortError");
    expect(requests).toHaveLength(2);
  });

  it("a Location to resume at makes the check worth it, even without streamResumable", async () => {
    let posted = false;
    const { client, requests } = setup((request) => {
      if (request.method === "POST") {
        posted = true;
        return sse(frames, { ...RUN, location: "/threads/t1/runs/r1/stream" });
      }
      if (request.url.pathname.endsWith("/stream")) return sse("event: end\n\n");
      return json({ run_id: "r1", status: posted ? "running" : "success" });
    });
    expect(await collect(client.runs.stream("t1", "agent"))).toEqual([
      ...delivered,
      { event: "end", data: null },
    ]);
    expect(trail(requests)).toEqual([
      "POST /api/threads/t1/runs/stream",
      "GET /api/threads/t1/runs/r1",
      "GET /api/threads/t1/runs/r1/stream",
    ]);
  });

  it("a last `end` or `error` event: no check, whatever the run", async () => {
    const { client, requests } = backendForFrontend(`${frames}event: end\n\n`, () =>
      json({ status: "running" }),
    );
    await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
    expect(trail(requests)).toEqual(["POST /api/threads/t1/runs/stream"]);
  });
});

describe("a clean end inside a block (a cut is suggested)", () => {
  const cut = `${frames}event: values\ndata: {"a":2}`;

  it("checks for a run that keeps no events; live means the cut is reported, not hidden", async () => {
    const { client, requests } = backendForFrontend(cut, () =>
      json({ run_id: "r1", status: "running" }),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "agent"));
    expect(parts).toEqual(delivered);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("was not created with `streamResumable: true`");
    expect(trail(requests)).toEqual([
      "POST /api/threads/t1/runs/stream",
      "GET /api/threads/t1/runs/r1",
    ]);
  });

  it.each(unreachable)(
    "a check that gets %s delivers the last block as received and ends",
    async (_name, other) => {
      const { client, requests } = backendForFrontend(cut, other);
      const { parts, error } = await drain(client.runs.stream("t1", "agent"));
      expect(error).toBeUndefined();
      expect(parts).toEqual([...delivered, { event: "values", data: { a: 2 }, id: "1" }]);
      expect(requests).toHaveLength(2);
    },
  );
});
