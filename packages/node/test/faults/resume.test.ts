/**
 * Resume without loss or duplication, over real sockets: the fault server cuts the connection of a
 * resumable run's stream at a chosen byte (FIN, RST, or a clean end while the run is still live),
 * and whatever byte that is, runwire resumes through the run's join-stream endpoint with
 * `Last-Event-ID` and the caller gets every event exactly once, in order.
 */
import {
  type FaultServer,
  framesWithin,
  prng,
  runBytes,
  runEvents,
  startFaultServer,
} from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, APITimeoutError } from "../../src/index";
import { collect, drain, expectIdlePool, expectParts, faultClient, trail } from "./support";

const EVENTS = 3_000;
const RUN = "run-1";
const run = runBytes(RUN, EVENTS);
const total = run.bytes.byteLength;
const expected = runEvents(RUN, EVENTS);
const encoder = new TextEncoder();

type CutHow = "destroy" | "reset" | "end";

let server: FaultServer;
let crlfServer: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: EVENTS });
  crlfServer = await startFaultServer({ events: EVENTS, lineEnding: "\r\n" });
});
afterAll(async () => {
  await server?.close();
  await crlfServer?.close();
});

/** The byte offset just after the first `needle` at or after `from` in `bytes`. */
function after(bytes: Uint8Array, needle: string, from: number): number {
  const wanted = encoder.encode(needle);
  for (let at = from; at + wanted.byteLength <= bytes.byteLength; at += 1) {
    if (wanted.every((byte, index) => bytes[at + index] === byte)) return at + wanted.byteLength;
  }
  throw new Error(`${JSON.stringify(needle)} not found`);
}

/**
 * One stream of a fresh run (always `run-1`: the server is reset first), its first connection cut
 * after `cut` body bytes. Returns what the caller got and what the server saw.
 */
async function streamCutAt(
  target: FaultServer,
  client: ReturnType<typeof faultClient>["client"],
  cut: number,
  how: CutHow,
  seed: number,
) {
  target.reset();
  target.fault(
    { route: "stream" },
    { cutAt: cut, cutHow: how, chunks: { min: 1, max: 8192, seed } },
  );
  const result = await drain(client.runs.stream("t1", "agent", { streamResumable: true }));
  return { ...result, requests: [...target.requests] };
}

/** What every cut must show: the full sequence, one POST, resumes at the join stream, a status check. */
function expectResumedExactly(
  result: Awaited<ReturnType<typeof streamCutAt>>,
  cut: number,
  how: CutHow,
) {
  const label = `cut at byte ${cut} (${how})`;
  expect(result.error, label).toBeUndefined();
  expectParts(result.parts, expected, label);
  const [post, ...rest] = result.requests;
  expect(post?.requestLine, label).toBe("POST /threads/t1/runs/stream HTTP/1.1");
  expect(
    rest.filter((request) => request.method === "POST"),
    label,
  ).toEqual([]);
  const resumes = rest.filter((request) => request.route === "join-stream");
  expect(resumes.length, label).toBeGreaterThanOrEqual(1);
  // Never further than what was sent whole before the cut; the client may have lost the tail of
  // its receive buffer with the connection (an RST discards it), never more.
  const cursor = Number(resumes[0]?.headers["last-event-id"]);
  expect(Number.isInteger(cursor), label).toBe(true);
  expect(cursor, label).toBeGreaterThanOrEqual(-1);
  expect(cursor, label).toBeLessThanOrEqual(framesWithin(run, cut) - 1);
  for (const resume of resumes) {
    expect(resume.target, label).toBe(`/threads/t1/runs/${RUN}/stream`);
  }
  expect(result.requests.at(-1)?.target, label).toBe(`/threads/t1/runs/${RUN}`);
}

describe("resume without loss or duplication (real sockets, seeded cut points)", () => {
  it("the run the server streams is what the tests expect", () => {
    expect(new TextDecoder().decode(run.bytes.subarray(0, run.offsets[1]))).toBe(
      `event: metadata\ndata: {"run_id":"${RUN}","attempt":1}\nid: 0\n\n`,
    );
    expect(expected[0]).toEqual({ event: "metadata", data: { run_id: RUN, attempt: 1 }, id: "0" });
    expect(total).toBeGreaterThan(200_000);
  });

  it("an uncut stream: one POST; the status check only for a run that could be resumed", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.reset();
      // Nothing suggests a cut and the run keeps no events: no resume is possible, so no check.
      expectParts(await collect(client.runs.stream("t1", "agent")), expected);
      expect(trail(server)).toEqual([["POST", "/threads/t1/runs/stream", null]]);
      server.reset();
      expectParts(
        await collect(client.runs.stream("t1", "agent", { streamResumable: true })),
        expected,
      );
      expect(trail(server)).toEqual([
        ["POST", "/threads/t1/runs/stream", null],
        ["GET", `/threads/t1/runs/${RUN}`, null],
      ]);
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("220 seeded cut points over the whole stream (FIN, RST, clean end): every event exactly once", {
    timeout: 60_000,
  }, async () => {
    const random = prng(0x5eed_2025);
    const { client, agent, close } = faultClient(server.url);
    const hows: CutHow[] = ["destroy", "reset", "end"];
    const cuts = Array.from({ length: 220 }, () => Math.floor(random() * (total + 1)));
    expect(new Set(cuts).size).toBeGreaterThanOrEqual(200);
    try {
      for (const [index, cut] of cuts.entries()) {
        const how = hows[index % hows.length] as CutHow;
        const result = await streamCutAt(server, client, cut, how, index + 1);
        expectResumedExactly(result, cut, how);
      }
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  const emoji = after(run.bytes, "😀", run.offsets[3] ?? 0) - 4;
  const cjk = after(run.bytes, "日", run.offsets[2000] ?? 0) - 3;
  const deliberate: Array<[string, number]> = [
    ["before any byte", 0],
    ["inside the metadata frame", 10],
    ["between metadata's data and id lines", after(run.bytes, '"attempt":1}\n', 0)],
    ["right after metadata's blank line", run.offsets[1] ?? 0],
    ["right before a blank line mid-stream", (run.offsets[1234] ?? 0) - 1],
    ["inside an event name", (run.offsets[777] ?? 0) + 10],
    ["after the first byte of a 4-byte character", emoji + 1],
    ["after the second byte of a 4-byte character", emoji + 2],
    ["after the third byte of a 4-byte character", emoji + 3],
    ["after the first byte of a 3-byte character", cjk + 1],
    ["inside an id line", after(run.bytes, "\nid: 29", run.offsets[2990] ?? 0) - 1],
    ["one byte before the end", total - 1],
    ["after the last byte", total],
  ];

  it.each(deliberate)("cut %s (byte %i), FIN and RST", async (_name, cut) => {
    const { client, close } = faultClient(server.url);
    try {
      for (const how of ["destroy", "reset"] as const) {
        expectResumedExactly(await streamCutAt(server, client, cut, how, cut), cut, how);
      }
    } finally {
      await close();
    }
  });

  it("CRLF frames cut between CR and LF, and inside a multi-byte character", async () => {
    const crlf = runBytes(RUN, EVENTS, { lineEnding: "\r\n" });
    const crlfExpected = runEvents(RUN, EVENTS);
    const blankLine = crlf.offsets[500] ?? 0;
    const cuts = [
      ["inside the CRLF of a blank line", blankLine - 1],
      ["inside the CRLF ending a data line", after(crlf.bytes, "}\r", crlf.offsets[42] ?? 0)],
      ["inside the CRLF ending an id line", after(crlf.bytes, "id: 77\r", 0)],
      ["inside a 4-byte character", after(crlf.bytes, "😀", crlf.offsets[1500] ?? 0) - 2],
    ] as const;
    const { client, close } = faultClient(crlfServer.url);
    try {
      expect(new TextDecoder().decode(crlf.bytes.subarray(blankLine - 2, blankLine))).toBe("\r\n");
      for (const [name, cut] of cuts) {
        for (const how of ["destroy", "reset", "end"] as const) {
          const result = await streamCutAt(crlfServer, client, cut, how, cut);
          expect(result.error, `${name} (${how})`).toBeUndefined();
          expectParts(result.parts, crlfExpected, `${name} (${how})`);
          expect(result.requests.filter((r) => r.method === "POST")).toHaveLength(1);
          // A lone CR already ends a line (WHATWG): a frame is whole once its blank line's CR is in.
          const resume = result.requests.find((request) => request.route === "join-stream");
          const cursor = Number(resume?.headers["last-event-id"]);
          expect(cursor, `${name} (${how})`).toBeLessThanOrEqual(framesWithin(crlf, cut + 1) - 1);
        }
      }
    } finally {
      await close();
    }
  });

  it("several cuts in one stream (the POST and two resumes), each resumed from the latest event", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      server.fault({ route: "stream" }, { cutAt: 100_000 });
      server.fault({ route: "join-stream" }, { cutAt: 3, cutHow: "reset" });
      server.fault({ route: "join-stream" }, { cutAt: 50_000, cutHow: "end" });
      server.fault({ route: "join-stream" }, { cutAt: 77 });
      const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
      expectParts(parts, expected);
      const requests = server.requests;
      expect(requests.filter((request) => request.method === "POST")).toHaveLength(1);
      const cursors = requests
        .filter((request) => request.route === "join-stream")
        .map((request) => Number(request.headers["last-event-id"]));
      expect(cursors.length).toBeGreaterThanOrEqual(4);
      // Cursors never go backwards: nothing is asked for twice.
      expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
    } finally {
      await close();
    }
  });

  it("a server that ignores Last-Event-ID and replays from the start: no duplicates", async () => {
    const random = prng(42);
    const { client, close } = faultClient(server.url);
    try {
      for (let index = 0; index < 12; index += 1) {
        const cut = Math.floor(random() * total);
        server.reset();
        server.fault({ route: "stream" }, { cutAt: cut });
        server.fault({ route: "join-stream" }, { ignoreLastEventId: true, times: Infinity });
        const result = await drain(client.runs.stream("t1", "agent", { streamResumable: true }));
        expect(result.error, `cut at ${cut}`).toBeUndefined();
        expectParts(result.parts, expected, `cut at ${cut}`);
      }
    } finally {
      await close();
    }
  });

  it("a stream that stalls past timeoutMs is resumed (idle timeout), nothing lost or repeated", async () => {
    const { client, close } = faultClient(server.url, { timeoutMs: 300 });
    try {
      server.reset();
      server.fault({ route: "stream" }, { stall: { at: 123_456, ms: 5_000 } });
      const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
      expectParts(parts, expected);
      const resume = server.received({ route: "join-stream" });
      expect(resume).toHaveLength(1);
      expect(Number(resume[0]?.headers["last-event-id"])).toBe(framesWithin(run, 123_456) - 1);
      // The stalled connection was closed by the client, not left hanging.
      expect(server.requests[0]?.outcome).toBe("gone");
    } finally {
      await close();
    }
  });

  it("a stream that stalls on every connection ends with APITimeoutError after maxAttempts resumes", async () => {
    const { client, close } = faultClient(server.url, {
      timeoutMs: 250,
      streamResume: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 },
    });
    try {
      server.reset();
      server.fault({ route: "stream" }, { stall: { at: 1_000, ms: 5_000 } });
      server.fault({ route: "join-stream" }, { stall: { at: 0, ms: 5_000 }, times: Infinity });
      const { parts, error } = await drain(
        client.runs.stream("t1", "agent", { streamResumable: true }),
      );
      expect(error).toBeInstanceOf(APITimeoutError);
      expect(parts).toEqual(expected.slice(0, framesWithin(run, 1_000)));
      expect(server.received({ route: "join-stream" })).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it("joinStream from lastEventId 5, cut twice: events 6.. exactly once", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      const created = await client.runs.create("t1", "agent", { input: { events: EVENTS } });
      expect(created.run_id).toBe(RUN);
      server.fault({ route: "join-stream" }, { cutAt: 40_000 });
      server.fault({ route: "join-stream" }, { cutAt: 1, cutHow: "reset" });
      // Every mode of the fault server's run: a join delivers only the modes it asks for.
      const streamMode = ["values", "updates", "messages-tuple", "custom"] as const;
      const query = streamMode.map((mode) => `stream_mode=${mode}`).join("&");
      const parts = await collect(
        client.runs.joinStream("t1", RUN, { lastEventId: "5", streamMode }),
      );
      expectParts(parts, expected.slice(6));
      const joins = server.received({ route: "join-stream" });
      expect(joins[0]?.target).toBe(`/threads/t1/runs/${RUN}/stream?${query}`);
      expect(joins[0]?.headers["last-event-id"]).toBe("5");
      expect(joins.every((join) => join.target.endsWith(`?${query}`))).toBe(true);
    } finally {
      await close();
    }
  });

  it("known limit: a stateless stream has no event ids, so a cut after its first event cannot be resumed", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      const stateless = runBytes(RUN, EVENTS, { ids: false });
      const cut = (stateless.offsets[10] ?? 0) + 5;
      server.fault({ route: "stream" }, { cutAt: cut });
      const { parts, error } = await drain(client.runs.stream(null, "agent"));
      expect(error).toBeInstanceOf(APIConnectionError);
      // What arrived before the cut was delivered once, in order; nothing was re-requested.
      expect(parts.length).toBeLessThanOrEqual(10);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts).toEqual(runEvents(RUN, parts.length, { ids: false }));
      expect(trail(server)).toEqual([["POST", "/runs/stream", null]]);
    } finally {
      await close();
    }
  });
});
