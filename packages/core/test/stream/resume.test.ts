/**
 * Resuming a run's stream (docs/spec/runs.md Appendix B row 10) against a scripted LangGraph server: the run is
 * resumed through its join-stream endpoint with `Last-Event-ID`, and whatever byte the first
 * connection is cut at, the caller gets every event exactly once, in order.
 */
import { describe, expect, it } from "vitest";
import { APIConnectionError } from "../../src/index";
import { collect, setup } from "../support/client";
import { json, type RecordedRequest, reset, sse } from "../support/memory-transport";
import { drain, prng } from "./helpers";
import { buildRun, encoder, framesWithin, runServer } from "./run-server";

const run = buildRun(3_000);
// Every mode the built run has parts of: a join gets only the parts of the modes it asks for.
const JOINED_MODES = ["values", "updates", "messages-tuple", "custom"] as const;
const total = run.bytes.byteLength;

/** Method, path and Last-Event-ID of each request. */
function trail(requests: RecordedRequest[]): Array<[string, string, string | null]> {
  return requests.map((request) => [
    request.method,
    request.url.pathname,
    request.headers.get("last-event-id"),
  ]);
}

/** The byte offset just after `needle` first occurs at or after `from`. */
function after(needle: string, from: number): number {
  const bytes = encoder.encode(needle);
  for (let at = from; at + bytes.byteLength <= total; at += 1) {
    if (bytes.every((byte, index) => run.bytes[at + index] === byte)) return at + bytes.byteLength;
  }
  throw new Error(`${needle} not found`);
}

/** The cursor a client should resume with after the first `cut` bytes. */
function cursorAfter(cut: number): string {
  const complete = framesWithin(run, 0, cut);
  return complete === 0 ? "-1" : String(complete - 1);
}

async function streamCutAt(cut: number, chunkSize: () => number, honoursLastEventId = true) {
  const server = runServer(run, {
    plan: [{ at: cut, how: "error" }],
    chunkSize,
    honoursLastEventId,
  });
  const { client, requests, openBodies } = setup(server.handler);
  const { parts, error } = await drain(
    client.runs.stream("t1", "agent", { streamResumable: true }),
  );
  expect(error, `cut at ${cut}`).toBeUndefined();
  return { parts, requests, openBodies, server };
}

const emoji = after("😀", run.offsets[4] ?? 0) - 4;
const deliberateCuts: Array<[string, number]> = [
  ["before any byte", 0],
  ["inside the metadata frame", 10],
  ["between metadata's data and id lines", after('"attempt":1}\n', 0)],
  ["right after metadata's blank line", run.offsets[1] ?? 0],
  ["right after a blank line mid-stream", run.offsets[1234] ?? 0],
  ["right before a blank line", (run.offsets[1234] ?? 0) - 1],
  ["inside an event name", (run.offsets[777] ?? 0) + 10],
  ["after an event line", after("event: custom\n", run.offsets[500] ?? 0)],
  ["between two data lines of one event", after("{\n", run.offsets[10] ?? 0)],
  ["after the first byte of a 4-byte character", emoji + 1],
  ["after the second byte of a 4-byte character", emoji + 2],
  ["after the third byte of a 4-byte character", emoji + 3],
  ["inside a 3-byte character", after("日", run.offsets[2000] ?? 0) - 1],
  ["inside an id line", after("\nid: 29", run.offsets[2990] ?? 0) - 1],
  ["one byte before the end", total - 1],
  ["after the last byte", total],
];

describe("resume without loss or duplication", () => {
  it("the scripted run is what the server notes describe", () => {
    expect(run.parts).toHaveLength(3_000);
    expect(run.parts[0]).toEqual({
      event: "metadata",
      data: { run_id: "r1", attempt: 1 },
      id: "0",
    });
    expect(new TextDecoder().decode(run.bytes.subarray(0, run.offsets[1]))).toBe(
      'event: metadata\ndata: {"run_id":"r1","attempt":1}\nid: 0\n\n',
    );
    expect(run.bytes.subarray(emoji, emoji + 4)).toEqual(encoder.encode("😀"));
  });

  it("an uncut stream: one POST, then the status check", async () => {
    const server = runServer(run);
    const { client, requests } = setup(server.handler);
    expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual(
      run.parts,
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it.each(deliberateCuts)("cut %s (byte %i)", async (_name, cut) => {
    const random = prng(cut);
    const { parts, requests, openBodies } = await streamCutAt(
      cut,
      () => 1 + Math.floor(random() * 600),
    );
    expect(parts).toEqual(run.parts);
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1/stream", cursorAfter(cut)],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
    expect(openBodies()).toBe(0);
  });

  it("220 seeded random cuts, random chunk sizes", { timeout: 60_000 }, async () => {
    const random = prng(0x5eed);
    const cuts = Array.from({ length: 220 }, () => Math.floor(random() * (total + 1)));
    expect(new Set(cuts).size).toBeGreaterThan(200);
    for (const cut of cuts) {
      const { parts, requests } = await streamCutAt(cut, () => 1 + Math.floor(random() * 8192));
      // Not toEqual on 3000 parts per cut for the message: compare, then report the cut.
      expect(parts.length, `cut at ${cut}`).toBe(run.parts.length);
      expect(parts, `cut at ${cut}`).toEqual(run.parts);
      expect(requests[1]?.headers.get("last-event-id"), `cut at ${cut}`).toBe(cursorAfter(cut));
      expect(requests, `cut at ${cut}`).toHaveLength(3);
    }
  });

  it("a server that ignores Last-Event-ID and replays from id 0: no duplicates", async () => {
    const random = prng(42);
    const cuts = [0, 10, run.offsets[1] ?? 0, emoji + 2, total - 1, total];
    for (let index = 0; index < 30; index += 1) cuts.push(Math.floor(random() * (total + 1)));
    for (const cut of cuts) {
      const { parts, server } = await streamCutAt(
        cut,
        () => 1 + Math.floor(random() * 4096),
        false,
      );
      expect(parts, `cut at ${cut}`).toEqual(run.parts);
      expect(server.starts, `cut at ${cut}`).toEqual([0, 0]);
    }
  });

  it("several cuts in one stream, broken and closed, each resumed from the latest event", async () => {
    const server = runServer(run, {
      plan: [
        { at: 20_000, how: "error" },
        { at: 15_000, how: "error" },
        { at: 3, how: "error" },
        { at: 30_000, how: "close" },
        { at: 1, how: "error" },
        { at: 50_000, how: "error" },
      ],
      chunkSize: () => 1000,
    });
    const { client, requests } = setup(server.handler);
    const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
    expect(parts).toEqual(run.parts);
    const first = framesWithin(run, 0, 20_000);
    const second = first + framesWithin(run, first, 15_000);
    const fourth = second + framesWithin(run, second, 30_000);
    const sixth = fourth + framesWithin(run, fourth, 50_000);
    expect(server.starts).toEqual([0, first, second, second, fourth, fourth, sixth]);
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1/stream", String(first - 1)],
      ["GET", "/api/threads/t1/runs/r1/stream", String(second - 1)],
      ["GET", "/api/threads/t1/runs/r1/stream", String(second - 1)],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", String(fourth - 1)],
      ["GET", "/api/threads/t1/runs/r1/stream", String(fourth - 1)],
      ["GET", "/api/threads/t1/runs/r1/stream", String(sixth - 1)],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("the cursor carries over when a resumed connection breaks before its first event", async () => {
    const cut = (run.offsets[10] ?? 0) + 3;
    const server = runServer(run, {
      plan: [
        { at: cut, how: "error" },
        { at: 12, how: "error" },
      ],
    });
    const { client, requests } = setup(server.handler);
    expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual(
      run.parts,
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "9"],
      ["GET", "/api/threads/t1/runs/r1/stream", "9"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("without Content-Location the run is learned from the metadata event", async () => {
    const cut = run.offsets[50] ?? 0;
    const server = runServer(run, { plan: [{ at: cut, how: "error" }], contentLocation: null });
    const { client, requests } = setup(server.handler);
    expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual(
      run.parts,
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "49"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("joinStream with lastEventId 5 sends it and resumes from later ids", async () => {
    const server = runServer(run, { plan: [{ at: 40_000, how: "error" }] });
    const { client, requests } = setup(server.handler);
    const parts = await collect(
      client.runs.joinStream("t1", "r1", { lastEventId: "5", streamMode: JOINED_MODES }),
    );
    expect(parts).toEqual(run.parts.slice(6));
    const cursor = 6 + framesWithin(run, 6, 40_000) - 1;
    expect(server.starts).toEqual([6, cursor + 1]);
    expect(trail(requests)).toEqual([
      ["GET", "/api/threads/t1/runs/r1/stream", "5"],
      ["GET", "/api/threads/t1/runs/r1/stream", String(cursor)],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
    // The resume keeps the join-stream query.
    expect(requests[0]?.url.searchParams.getAll("stream_mode")).toEqual(JOINED_MODES);
    expect(requests[1]?.url.searchParams.getAll("stream_mode")).toEqual(JOINED_MODES);
  });
});

describe("a clean end while the run is live", () => {
  it("checks the status, resumes from the cursor, and finishes once the run is over", async () => {
    const server = runServer(run, { plan: [{ at: run.offsets[100] ?? 0, how: "close" }] });
    const { client, requests } = setup(server.handler);
    expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual(
      run.parts,
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "99"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it.each([
    [
      "after the data line, before the id line",
      after("\n", after("data: ", run.offsets[100] ?? 0)),
    ],
    ["inside the data line", after("data: ", run.offsets[100] ?? 0) + 4],
    ["after the id line, before the blank line", (run.offsets[101] ?? 0) - 1],
  ])("a clean end %s: the cut frame is not delivered early, nor twice", async (_name, cut) => {
    const server = runServer(run, { plan: [{ at: cut, how: "close" }] });
    const { client, requests } = setup(server.handler);
    const { parts, error } = await drain(
      client.runs.stream("t1", "agent", { streamResumable: true }),
    );
    expect(error).toBeUndefined();
    expect(parts).toEqual(run.parts);
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "99"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("a clean end before any event resumes from the start", async () => {
    const server = runServer(run, { plan: [{ at: 0, how: "close" }] });
    const { client, requests } = setup(server.handler);
    expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual(
      run.parts,
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "-1"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it.each(["success", "error", "interrupted", "timeout"])(
    "finishes when the status is %s",
    async (status) => {
      const { client, requests } = setup((request) =>
        request.method === "GET"
          ? json({ run_id: "r1", status })
          : sse(
              'event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\nevent: values\ndata: {"a":1}\nid: 1\n\n',
              {
                "content-location": "/threads/t1/runs/r1",
              },
            ),
      );
      expect(await collect(client.runs.stream("t1", "agent", { streamResumable: true }))).toEqual([
        { event: "metadata", data: { run_id: "r1" }, id: "0" },
        { event: "values", data: { a: 1 }, id: "1" },
      ]);
      expect(trail(requests)).toEqual([
        ["POST", "/api/threads/t1/runs/stream", null],
        ["GET", "/api/threads/t1/runs/r1", null],
      ]);
    },
  );

  it("gives up when the stream keeps ending with no new event while the run stays live", async () => {
    const { client, requests } = setup(
      (request) =>
        request.method === "POST"
          ? sse('event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\n', {
              "content-location": "/threads/t1/runs/r1",
            })
          : request.url.pathname.endsWith("/stream")
            ? sse("")
            : json({ run_id: "r1", status: "running" }),
      { streamResume: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 } },
    );
    const { parts, error } = await drain(
      client.runs.stream("t1", "agent", { streamResumable: true }),
    );
    expect(parts).toEqual([{ event: "metadata", data: { run_id: "r1" }, id: "0" }]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "The stream of run r1 kept ending while the run is still running (2 resumes).",
    );
    expect(trail(requests)).toEqual([
      ["POST", "/api/threads/t1/runs/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "0"],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "0"],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("a joined run that does not keep its events is not resumed after a clean end while live", async () => {
    const { client, requests } = setup((request) =>
      request.url.pathname.endsWith("/stream")
        ? sse('event: values\ndata: {"a":1}\n\n')
        : json({ run_id: "r1", status: "running" }),
    );
    const { parts, error } = await drain(client.runs.joinStream("t1", "r1"));
    expect(parts).toEqual([{ event: "values", data: { a: 1 } }]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    // The run record has no `kwargs.resumable`: a resume could lose events, so none is tried.
    expect((error as Error).message).toBe(
      "The stream of run r1 broke and cannot be resumed without losing events: the run was not created with `streamResumable: true`. Join it (runs.join) for its final state, or create runs with streamResumable to stream through outages.",
    );
    expect(trail(requests)).toEqual([
      ["GET", "/api/threads/t1/runs/r1/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);
  });

  it("a stateless joined run with ids is resumed at /runs/{run}/stream, and a clean end is final", async () => {
    const { client, requests } = setup((_request, index) =>
      index === 0
        ? sse(['event: values\ndata: {"a":1}\nid: 4\n\nevent: values\ndata: {"a":', reset()])
        : sse('event: values\ndata: {"a":2}\nid: 5\n\n'),
    );
    expect(await collect(client.runs.joinStream(null, "r1", { lastEventId: "3" }))).toEqual([
      { event: "values", data: { a: 1 }, id: "4" },
      { event: "values", data: { a: 2 }, id: "5" },
    ]);
    expect(trail(requests)).toEqual([
      ["GET", "/api/runs/r1/stream", "3"],
      ["GET", "/api/runs/r1/stream", "4"],
    ]);
  });

  describe("a stateless stream (no ids, Content-Location /runs/r1)", () => {
    const frames =
      'event: metadata\ndata: {"run_id":"r1","attempt":1}\n\nevent: values\ndata: {"a":1}\n\n';

    it("is not resumed after a break: the error reaches the caller", async () => {
      const { client, requests, openBodies } = setup(() =>
        sse([frames, 'event: values\ndata: {"a":', reset()], { "content-location": "/runs/r1" }),
      );
      const { parts, error } = await drain(client.runs.stream(null, "agent"));
      expect(parts).toEqual([
        { event: "metadata", data: { run_id: "r1", attempt: 1 } },
        { event: "values", data: { a: 1 } },
      ]);
      expect(APIConnectionError.isInstance(error)).toBe(true);
      expect(trail(requests)).toEqual([["POST", "/api/runs/stream", null]]);
      expect(openBodies()).toBe(0);
    });

    it("makes no status request after a clean end", async () => {
      const { client, requests } = setup(() => sse(frames, { "content-location": "/runs/r1" }));
      expect(await collect(client.runs.stream(null, "agent"))).toEqual([
        { event: "metadata", data: { run_id: "r1", attempt: 1 } },
        { event: "values", data: { a: 1 } },
      ]);
      expect(trail(requests)).toEqual([["POST", "/api/runs/stream", null]]);
    });
  });
});

describe("joinStream's lastEventId against a server that ignores it", () => {
  it("skips the replayed parts at or below that id on the first connection too", async () => {
    const { client } = setup(() =>
      sse(
        [0, 1, 2, 3, 4, 5, 6, 7]
          .map((id) => `event: values\ndata: {"id":${id}}\nid: ${id}\n\n`)
          .join("") + "event: end\n\n",
      ),
    );
    const parts = await collect(client.runs.joinStream("t1", "r1", { lastEventId: "5" }));
    expect(parts.map((part) => part.id)).toEqual(["6", "7", "7"]);
    expect(parts.map((part) => part.event)).toEqual(["values", "values", "end"]);
  });
});

describe("a run that does not keep its events (no streamResumable)", () => {
  it("stream: a broken connection is not resumed; the error says why, and no resume is sent", async () => {
    const { client, requests } = setup(() =>
      sse(
        ['event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\nevent: values\ndata: {"a":', reset()],
        {
          "content-location": "/threads/t1/runs/r1",
        },
      ),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "agent"));
    expect(parts).toEqual([{ event: "metadata", data: { run_id: "r1" }, id: "0" }]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("was not created with `streamResumable: true`");
    expect(requests).toHaveLength(1);
  });

  it("joinStream asks the server once, and resumes only a run whose record says it is resumable", async () => {
    let resumable = false;
    const handler = (request: RecordedRequest, index: number) => {
      if (!request.url.pathname.endsWith("/stream")) {
        return json({ run_id: "r1", status: "running", kwargs: { resumable } });
      }
      return index === 0 || request.headers.get("last-event-id") === null
        ? sse(['event: values\ndata: {"a":1}\nid: 1\n\n', reset()])
        : sse('event: values\ndata: {"a":2}\nid: 2\n\nevent: end\n\n');
    };
    const refused = setup(handler);
    const first = await drain(refused.client.runs.joinStream("t1", "r1"));
    expect(first.parts).toEqual([{ event: "values", data: { a: 1 }, id: "1" }]);
    expect((first.error as Error).message).toContain("cannot be resumed without losing events");
    expect(trail(refused.requests)).toEqual([
      ["GET", "/api/threads/t1/runs/r1/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
    ]);

    resumable = true;
    const resumed = setup(handler);
    expect(await collect(resumed.client.runs.joinStream("t1", "r1"))).toEqual([
      { event: "values", data: { a: 1 }, id: "1" },
      { event: "values", data: { a: 2 }, id: "2" },
      { event: "end", data: null, id: "2" },
    ]);
    expect(trail(resumed.requests)).toEqual([
      ["GET", "/api/threads/t1/runs/r1/stream", null],
      ["GET", "/api/threads/t1/runs/r1", null],
      ["GET", "/api/threads/t1/runs/r1/stream", "1"],
    ]);
  });
});
