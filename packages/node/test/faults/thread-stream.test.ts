/**
 * The thread stream (`threads.joinStream`, PLATFORM_SPEC §6.1–§6.2, P25) against a server that
 * speaks the documented protocol: the fault server's `GET /threads/{id}/stream` streams a thread of
 * several runs (each run's events, then `run_done`) under one id sequence and honours
 * `Last-Event-ID`. Its connection is cut at seeded bytes; whatever the byte, runwire resumes the
 * same URL with `Last-Event-ID` = the last id it received and the caller gets every event exactly
 * once, in order. A clean end of body ends the stream with no further request.
 */
import {
  type FaultServer,
  framesWithin,
  prng,
  startFaultServer,
  threadBytes,
  threadEvents,
} from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIConnectionError, NotFoundError } from "../../src/index";
import { drain, eventually, expectIdlePool, expectParts, faultClient, trail } from "./support";

const SHAPE = { runs: 3, eventsPerRun: 400 } as const;
const THREAD = "t1";
const PATH = `/threads/${THREAD}/stream`;
const bytes = threadBytes(THREAD, SHAPE);
const total = bytes.bytes.byteLength;
const expected = threadEvents(THREAD, SHAPE);

type CutHow = "destroy" | "reset";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: SHAPE.eventsPerRun, threadRuns: SHAPE.runs });
});
afterAll(async () => {
  await server?.close();
});

describe("the thread stream the fault server speaks", () => {
  it("is several runs, each ended by run_done, under one id sequence", () => {
    expect(expected).toHaveLength(3 * 401);
    expect(expected[0]).toEqual({
      event: "metadata",
      data: { run_id: "t1-run-1", attempt: 1 },
      id: "0",
    });
    expect(expected[400]).toEqual({ event: "run_done", data: { run_id: "t1-run-1" }, id: "400" });
    expect(expected[401]).toEqual({
      event: "metadata",
      data: { run_id: "t1-run-2", attempt: 1 },
      id: "401",
    });
    expect(expected.at(-1)).toEqual({
      event: "run_done",
      data: { run_id: "t1-run-3" },
      id: "1202",
    });
    expect(total).toBeGreaterThan(60_000);
  });
});

describe("threads.joinStream over real sockets", () => {
  it("an uncut stream: one GET with SSE headers, every event in order, a clean end", async () => {
    const { client, agent, close } = faultClient(server.url);
    try {
      server.reset();
      const result = await drain(client.threads.joinStream(THREAD));
      expect(result.error).toBeUndefined();
      expectParts(result.parts, expected);
      // The clean end of body ended the iteration: no resume, no other request.
      expect(trail(server)).toEqual([["GET", PATH, null]]);
      const [request] = server.requests;
      expect(request?.headers.accept).toBe("text/event-stream");
      expect(request?.headers["cache-control"]).toBe("no-store");
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("120 seeded cut points (FIN, RST): every event exactly once, resumed at the last id received", {
    timeout: 60_000,
  }, async () => {
    const random = prng(0x7e4d_0015);
    const { client, agent, close } = faultClient(server.url);
    const join = client.threads.joinStream.bind(client.threads);
    const hows: CutHow[] = ["destroy", "reset"];
    const cuts = Array.from({ length: 120 }, () => Math.floor(random() * total));
    expect(new Set(cuts).size).toBeGreaterThanOrEqual(110);
    try {
      for (const [index, cut] of cuts.entries()) {
        const how = hows[index % hows.length] as CutHow;
        const label = `cut at byte ${cut} (${how})`;
        server.reset();
        server.fault(
          { route: "thread-stream" },
          { cutAt: cut, cutHow: how, chunks: { min: 1, max: 8192, seed: index + 1 } },
        );
        const result = await drain(join(THREAD));
        expect(result.error, label).toBeUndefined();
        expectParts(result.parts, expected, label);
        const requests = trail(server);
        expect(requests.length, label).toBe(2);
        expect(
          requests.map(([method, target]) => `${method} ${target}`),
          label,
        ).toEqual([`GET ${PATH}`, `GET ${PATH}`]);
        // The resume asks after the last event the client received whole: never further than
        // what was sent whole before the cut (an RST may discard the tail of the receive buffer);
        // none at all when no event had arrived.
        const resumeId = requests[1]?.[2] ?? null;
        const whole = framesWithin(bytes, cut);
        if (resumeId === null) {
          expect(how === "reset" || whole === 0, label).toBe(true);
        } else {
          expect(Number(resumeId), label).toBeGreaterThanOrEqual(0);
          expect(Number(resumeId), label).toBeLessThanOrEqual(whole - 1);
          if (how === "destroy") expect(Number(resumeId), label).toBe(whole - 1);
        }
      }
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("cut several times in one stream, with modes and params: the same URL each time", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      for (const at of [3_000, 1, 9_000]) {
        server.fault({ route: "thread-stream" }, { cutAt: at, cutHow: "destroy" });
      }
      const modes = ["lifecycle", "state_update"] as const;
      const result = await drain(
        client.threads.joinStream(THREAD, { streamMode: [...modes], params: { tenant: "a b" } }),
      );
      expect(result.error).toBeUndefined();
      expectParts(result.parts, threadEvents(THREAD, SHAPE, { modes: [...modes] }));
      const targets = new Set(server.requests.map((request) => request.target));
      expect([...targets]).toEqual([
        `${PATH}?stream_mode=lifecycle&stream_mode=state_update&tenant=a%20b`,
      ]);
      expect(server.requests).toHaveLength(4);
      // Each resume carries the id of the last part delivered before it: ids have gaps in these
      // modes, so the cursor is the id itself, not a count.
      const ids = result.parts.map((part) => part.id);
      const resumes = server.requests.slice(1).map((request) => request.headers["last-event-id"]);
      for (const id of resumes) expect(ids).toContain(id);
      // The second connection was cut after 1 byte: nothing new, so the same cursor again.
      expect(resumes[1]).toBe(resumes[0]);
      expect(Number(resumes[2])).toBeGreaterThan(Number(resumes[1]));
    } finally {
      await close();
    }
  });

  it("the caller's lastEventId: `-` replays from the start, an id resumes after it (also on a resume before any event)", async () => {
    const { client, close } = faultClient(server.url);
    const join = client.threads.joinStream.bind(client.threads);
    try {
      server.reset();
      expectParts((await drain(join(THREAD, { lastEventId: "-" }))).parts, expected);
      server.reset();
      server.fault({ route: "thread-stream" }, { cutAt: 0, cutHow: "destroy" });
      const result = await drain(join(THREAD, { lastEventId: "800" }));
      expect(result.error).toBeUndefined();
      expectParts(result.parts, threadEvents(THREAD, SHAPE, { from: 801 }));
      expect(trail(server)).toEqual([
        ["GET", PATH, "800"],
        ["GET", PATH, "800"],
      ]);
    } finally {
      await close();
    }
  });

  it("a server that ignores Last-Event-ID on the resume: replayed events are not delivered twice", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      server.fault({ route: "thread-stream" }, { cutAt: Math.floor(total / 2), cutHow: "destroy" });
      server.fault({ route: "thread-stream" }, { ignoreLastEventId: true });
      const result = await drain(client.threads.joinStream(THREAD));
      expect(result.error).toBeUndefined();
      expectParts(result.parts, expected);
      expect(server.requests).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it("a clean end of body mid-thread ends the stream with what arrived, without another request", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      const cut = bytes.offsets[500] ?? 0;
      server.fault({ route: "thread-stream" }, { cutAt: cut, cutHow: "end" });
      const result = await drain(client.threads.joinStream(THREAD));
      expect(result.error).toBeUndefined();
      expectParts(result.parts, expected.slice(0, 500));
      expect(trail(server)).toEqual([["GET", PATH, null]]);
    } finally {
      await close();
    }
  });

  it("resumes are bounded by streamResume: a thread cut before any event fails after maxAttempts", async () => {
    const { client, close } = faultClient(server.url, {
      streamResume: { initialDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 },
    });
    try {
      server.reset();
      server.fault({ route: "thread-stream" }, { cutAt: 0, cutHow: "reset", times: Infinity });
      const result = await drain(client.threads.joinStream(THREAD));
      expect(result.parts).toEqual([]);
      expect(result.error).toBeInstanceOf(APIConnectionError);
      expect(server.requests).toHaveLength(3);
    } finally {
      await close();
    }
  });

  it("404 rejects the first read with NotFoundError, after one request", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      server.fault(
        { route: "thread-stream" },
        { status: 404, headers: { "content-type": "text/plain" }, body: "404 Not Found" },
      );
      const result = await drain(client.threads.joinStream(THREAD));
      expect(result.parts).toEqual([]);
      expect(result.error).toBeInstanceOf(NotFoundError);
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("abort (the signal, or abort()) while the server stalls: the connection closes, no resume", async () => {
    const { client, agent, close } = faultClient(server.url);
    const join = client.threads.joinStream.bind(client.threads);
    try {
      for (const how of ["signal", "abort()", "break"] as const) {
        server.reset();
        const stall = bytes.offsets[10] ?? 0;
        server.fault({ route: "thread-stream" }, { stall: { at: stall, ms: 20_000 } });
        const controller = new AbortController();
        const stream = join(THREAD, { signal: controller.signal });
        const seen = [];
        for (let index = 0; index < 10; index += 1) seen.push((await stream.next()).value);
        expectParts(seen, expected.slice(0, 10), how);
        if (how === "break") await stream.return();
        else {
          const pending = stream.next();
          if (how === "signal") controller.abort(new Error("caller stopped"));
          else stream.abort(new Error("caller stopped"));
          await expect(pending, how).rejects.toThrow("caller stopped");
        }
        const [request] = server.requests;
        await eventually(() => request?.closedAt, `${how}: the connection to close`);
        expect(request?.outcome, how).toBe("gone");
        expect(server.requests, how).toHaveLength(1);
      }
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });
});
