import { describe, expect, it } from "vitest";
import { httpOf } from "../../src/client-base";
import { NotFoundError, RunwireValidationError } from "../../src/index";
import { joinThreadStream } from "../../src/threads/join-thread-stream";
import { collect, rejection, setup } from "../support/client";
import { type Handler, json, type RecordedRequest, reset, sse } from "../support/memory-transport";

// The exact wire of `threads.joinStream` (PLATFORM_SPEC §6.1–§6.2, P25; §11.E case 69) over the
// in-memory transport, base https://example.com/api. The method is called as the threads client
// will call it: `joinThreadStream(http, threadId, options)`.

/** Path and query as sent, percent-encoding kept. */
const target = (request: RecordedRequest | undefined) =>
  request === undefined ? undefined : `${request.url.pathname}${request.url.search}`;

/** `event`, `data`, `id` frames for events `from`..`to` of a thread (two runs, then `run_done`). */
function frames(from: number, to: number): string {
  let text = "";
  for (let id = from; id <= to; id += 1)
    text += `event: ${nameOf(id)}\ndata: {"n":${id}}\nid: ${id}\n\n`;
  return text;
}
const nameOf = (id: number) => (id === 3 ? "run_done" : id === 0 ? "metadata" : "values");
const partsOf = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => ({
    event: nameOf(from + index),
    data: { n: from + index },
    id: String(from + index),
  }));

function thread(handler: Handler) {
  const setupResult = setup(handler);
  const http = httpOf(setupResult.client);
  return { ...setupResult, join: joinThreadStream.bind(null, http) };
}

async function refused(action: () => unknown, field: string | undefined) {
  const error = await rejection(async () => action());
  expect(error).toBeInstanceOf(RunwireValidationError);
  expect((error as RunwireValidationError).field).toBe(field);
}

describe("threads.joinStream: the request (69)", () => {
  it("GET /threads/{id}/stream with SSE headers, no query, no Last-Event-ID, no body", async () => {
    const { join, requests } = thread(() => sse(frames(0, 5)));
    const parts = await collect(join("t1"));
    expect(parts).toEqual(partsOf(0, 5));
    // A clean end of body ends the iteration: one request, no resume.
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("GET");
    expect(target(request)).toBe("/api/threads/t1/stream");
    expect(request?.headers.get("accept")).toBe("text/event-stream");
    expect(request?.headers.get("cache-control")).toBe("no-store");
    expect(request?.headers.get("last-event-id")).toBeNull();
    expect(request?.body).toBeUndefined();
  });

  it("sends nothing until the stream is first read", async () => {
    const { join, requests } = thread(() => sse(frames(0, 1)));
    const stream = join("t1");
    expect(requests).toHaveLength(0);
    await stream.next();
    expect(requests).toHaveLength(1);
    await stream.return();
  });

  it("stream_mode only when given, one key per mode; the id encoded once as one segment", async () => {
    const { join, requests } = thread(() => sse(""));
    await collect(join("t1", { streamMode: "lifecycle" }));
    await collect(join("t1", { streamMode: ["run_modes", "state_update"] }));
    await collect(join("a/b c", { streamMode: null }));
    expect(requests.map(target)).toEqual([
      "/api/threads/t1/stream?stream_mode=lifecycle",
      "/api/threads/t1/stream?stream_mode=run_modes&stream_mode=state_update",
      "/api/threads/a%2Fb%20c/stream",
    ]);
  });

  it("Last-Event-ID when lastEventId is not empty, `-` included", async () => {
    const { join, requests } = thread(() => sse(""));
    await collect(join("t1", { lastEventId: "-" }));
    await collect(join("t1", { lastEventId: "41" }));
    await collect(join("t1", { lastEventId: "" }));
    await collect(join("t1", { lastEventId: null }));
    expect(requests.map((request) => request.headers.get("last-event-id"))).toEqual([
      "-",
      "41",
      null,
      null,
    ]);
  });

  it("the caller's headers, params and apiKey are sent", async () => {
    const { join, requests } = thread(() => sse(""));
    await collect(
      join("t1", {
        streamMode: "lifecycle",
        headers: { "x-tenant": "acme" },
        params: { tenant: "a b" },
        apiKey: "k-1",
      }),
    );
    expect(target(requests[0])).toBe("/api/threads/t1/stream?stream_mode=lifecycle&tenant=a%20b");
    expect(requests[0]?.headers.get("x-tenant")).toBe("acme");
    expect(requests[0]?.headers.get("x-api-key")).toBe("k-1");
  });

  it("refuses bad input before any request, naming the field", async () => {
    const { join, requests } = thread(() => sse(""));
    await refused(() => join("t1", { streamMode: [] }), "streamMode");
    await refused(() => join("t1", { streamMode: "values" as never }), "streamMode");
    await refused(
      () => join("t1", { streamMode: ["lifecycle", "updates" as never] }),
      "streamMode[1]",
    );
    await refused(() => join("t1", { lastEventId: 5 as never }), "lastEventId");
    await refused(() => join("t1", { version: "v2" } as never), "version");
    await refused(() => join(""), "threadId");
    await refused(() => join(".."), "threadId");
    expect(requests).toHaveLength(0);
  });
});

describe("threads.joinStream: the stream", () => {
  it("404 rejects the first read with NotFoundError, after one request", async () => {
    const { join, requests } = thread(() => json({ detail: "Thread not found" }, 404));
    const error = await rejection(() => collect(join("t1")));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(1);
  });

  it("a dropped connection resumes the same URL with the last id received, each part once", async () => {
    const { join, requests } = thread((request, index) => {
      const after = Number(request.headers.get("last-event-id") ?? -1);
      // The first connection breaks halfway through event 3 (after 0–2 arrived whole).
      if (index === 0) return sse([frames(0, 2), 'event: run_done\ndata: {"n"', reset()]);
      return sse(frames(after + 1, 7));
    });
    const parts = await collect(
      join("t1", { streamMode: ["run_modes"], params: { tenant: "x" }, headers: { "x-t": "1" } }),
    );
    expect(parts).toEqual(partsOf(0, 7));
    expect(requests.map(target)).toEqual([
      "/api/threads/t1/stream?stream_mode=run_modes&tenant=x",
      "/api/threads/t1/stream?stream_mode=run_modes&tenant=x",
    ]);
    expect(requests.map((request) => request.headers.get("last-event-id"))).toEqual([null, "2"]);
    expect(requests[1]?.headers.get("x-t")).toBe("1");
    expect(requests[1]?.headers.get("accept")).toBe("text/event-stream");
  });

  it("a drop before any event resumes with the caller's lastEventId; replayed ids are skipped", async () => {
    const { join, requests } = thread((_request, index) => {
      if (index === 0) return sse([reset()]);
      // A server that replays from the start: what is at or below the cursor is not delivered.
      return sse(frames(0, 6));
    });
    const stream = join("t1", { lastEventId: "4" });
    expect(await collect(stream)).toEqual(partsOf(5, 6));
    expect(stream.lastEventId).toBe("6");
    expect(requests.map((request) => request.headers.get("last-event-id"))).toEqual(["4", "4"]);
  });

  it("`-` is sent again on a resume before any event", async () => {
    const { join, requests } = thread((_request, index) =>
      index === 0 ? sse([reset()]) : sse(frames(0, 1)),
    );
    expect(await collect(join("t1", { lastEventId: "-" }))).toEqual(partsOf(0, 1));
    expect(requests.map((request) => request.headers.get("last-event-id"))).toEqual(["-", "-"]);
  });

  it("an early break closes the response and sends nothing more", async () => {
    const { join, requests, openBodies } = thread(() =>
      sse([frames(0, 1), { waitFor: new Promise(() => {}) }]),
    );
    const seen: unknown[] = [];
    for await (const part of join("t1")) {
      seen.push(part);
      break;
    }
    expect(seen).toEqual(partsOf(0, 0));
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("abort() ends a read that waits for the server with the reason", async () => {
    const { join, openBodies } = thread(() =>
      sse([frames(0, 0), { waitFor: new Promise(() => {}) }]),
    );
    const stream = join("t1");
    expect((await stream.next()).value).toEqual(partsOf(0, 0)[0]);
    const pending = stream.next();
    stream.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    expect(openBodies()).toBe(0);
  });

  it("passes the events on as SSE bytes (toEventStream), unparsed", async () => {
    const { join } = thread(() => sse(frames(0, 1)));
    const bytes = await new Response(join("t1").toEventStream()).text();
    expect(bytes).toBe(frames(0, 1));
  });
});
