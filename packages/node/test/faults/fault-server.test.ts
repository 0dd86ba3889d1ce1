/**
 * The fault server itself, checked with plain node:http / node:net clients (no runwire): it sends
 * exactly the bytes the tests expect, cuts exactly where told, records what it received, stops
 * every loop by itself, and `close()` ends open connections.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect } from "node:net";
import {
  runBytes,
  runEvent,
  runEventJson,
  startBlackHole,
  startFaultServer,
} from "@runwire/fault-server";
import { describe, expect, it } from "vitest";

interface RawResult {
  status: number | undefined;
  headers: IncomingMessage["headers"];
  body: Buffer;
  /** How the body ended: cleanly, or with the connection broken. */
  ended: "end" | "broken";
}

/** One request with node:http, reading the body until it ends or breaks. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let done = false;
        const finish = (ended: "end" | "broken") => {
          if (done) return;
          done = true;
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ended,
          });
        };
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.once("end", () => finish(res.complete ? "end" : "broken"));
        res.once("aborted", () => finish("broken"));
        res.once("error", () => finish("broken"));
        res.once("close", () => finish(res.complete ? "end" : "broken"));
      },
    );
    req.once("error", reject);
    req.end(options.body);
  });
}

describe("the fault server", () => {
  it("builds each event's JSON text exactly as JSON.stringify of the event", () => {
    for (const runId of ["run-1", "run-42", "r\u00e9"]) {
      for (let index = 0; index < 20_000; index += 1) {
        const [event, data] = runEventJson(runId, index);
        const want = runEvent(runId, index);
        if (event !== want.event || data !== JSON.stringify(want.data)) {
          expect([event, data]).toEqual([want.event, JSON.stringify(want.data)]);
        }
      }
    }
  });

  it("streams a run as LangGraph frames, byte for byte, and records the request", async () => {
    const server = await startFaultServer({ events: 500 });
    try {
      const result = await raw(`${server.url}/threads/t1/runs/stream?x=1`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": "k" },
        body: '{"assistant_id":"agent"}',
      });
      expect(result.status).toBe(200);
      expect(result.headers["content-type"]).toBe("text/event-stream");
      expect(result.headers["content-location"]).toBe("/threads/t1/runs/run-1");
      expect(result.ended).toBe("end");
      expect(new Uint8Array(result.body)).toEqual(runBytes("run-1", 500).bytes);
      const [recorded] = server.requests;
      expect(recorded?.requestLine).toBe("POST /threads/t1/runs/stream?x=1 HTTP/1.1");
      expect(recorded?.route).toBe("stream");
      expect(recorded?.headers["x-api-key"]).toBe("k");
      expect(JSON.parse(recorded?.body ?? "")).toEqual(JSON.parse('{"assistant_id":"agent"}'));
      expect(recorded?.outcome).toBe("complete");
      // The run is over once its stream was sent whole.
      const status = await raw(`${server.url}/threads/t1/runs/run-1`);
      expect(JSON.parse(status.body.toString()).status).toBe("success");
    } finally {
      await server.close();
    }
  });

  it.each(["destroy", "reset", "end"] as const)(
    "cuts a body after exactly the given byte (%s)",
    async (how) => {
      const server = await startFaultServer({ events: 500 });
      try {
        const whole = runBytes("run-1", 500).bytes;
        server.fault(
          { route: "stream" },
          { cutAt: 12_345, cutHow: how, chunks: { min: 1, max: 5_000 } },
        );
        const request = raw(`${server.url}/threads/t1/runs/stream`, {
          method: "POST",
          body: "{}",
        });
        if (how === "reset") {
          // An RST may make the client's kernel drop what it had not yet read, even the status
          // line: then the request itself fails with ECONNRESET. Never more than the cut, though.
          const outcome = await request.then(
            (result) => ({ result, error: undefined }),
            (error: NodeJS.ErrnoException) => ({ result: undefined, error }),
          );
          if (outcome.error) {
            expect(outcome.error.code).toBe("ECONNRESET");
          } else if (outcome.result) {
            expect(outcome.result.ended).toBe("broken");
            expect(outcome.result.body.byteLength).toBeLessThanOrEqual(12_345);
            expect(new Uint8Array(outcome.result.body)).toEqual(
              whole.subarray(0, outcome.result.body.byteLength),
            );
          }
        } else {
          const result = await request;
          expect(result.ended).toBe(how === "end" ? "end" : "broken");
          expect(result.body.byteLength).toBe(12_345);
          expect(new Uint8Array(result.body)).toEqual(whole.subarray(0, 12_345));
        }
        expect(server.requests[0]?.outcome).toBe("cut");
        // Cut short, the run is still running.
        const status = await raw(`${server.url}/threads/t1/runs/run-1`);
        expect(JSON.parse(status.body.toString()).status).toBe("running");
      } finally {
        await server.close();
      }
    },
  );

  it("honours Last-Event-ID on the join stream", async () => {
    const server = await startFaultServer({ events: 50 });
    try {
      await raw(`${server.url}/threads/t1/runs`, { method: "POST", body: "{}" });
      const bytes = runBytes("run-1", 50);
      const after = await raw(`${server.url}/threads/t1/runs/run-1/stream`, {
        headers: { "last-event-id": "41" },
      });
      expect(new Uint8Array(after.body)).toEqual(bytes.bytes.subarray(bytes.offsets[42]));
      const all = await raw(`${server.url}/threads/t1/runs/run-1/stream`, {
        headers: { "last-event-id": "-1" },
      });
      expect(new Uint8Array(all.body)).toEqual(bytes.bytes);
    } finally {
      await server.close();
    }
  });

  it("every loop stops by itself: a hang ends after maxFaultMs", async () => {
    const server = await startFaultServer({ maxFaultMs: 100 });
    try {
      server.fault({ route: "list" }, { drop: "hang" });
      const started = performance.now();
      await expect(raw(`${server.url}/threads/t1/runs`)).rejects.toThrow();
      // A lower bound (load only lengthens it): the hang lasted its maxFaultMs, not less.
      expect(performance.now() - started).toBeGreaterThanOrEqual(95);
      expect(server.requests[0]?.outcome).toBe("dropped");
    } finally {
      await server.close();
    }
  });

  it("close() ends an endless stream and its connection", async () => {
    const server = await startFaultServer({ events: 3 });
    server.fault({ route: "stream" }, { endlessComments: { everyMs: 5 } });
    const pending = raw(`${server.url}/runs/stream`, { method: "POST", body: "{}" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.openConnections()).toBe(1);
    await server.close();
    const result = await pending;
    expect(result.ended).toBe("broken");
    expect(result.body.toString()).toContain(": kkkk");
    expect(server.openConnections()).toBe(0);
  });

  it("a black hole: a connect does not complete until released", async () => {
    const hole = await startBlackHole();
    try {
      const socket = connect({ port: hole.port, host: "127.0.0.1" });
      socket.on("error", () => {});
      let connected = false;
      socket.once("connect", () => {
        connected = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(connected).toBe(false);
      hole.release();
      const deadline = Date.now() + 5_000;
      while (!connected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(connected).toBe(true);
      socket.write("hello");
      const until = Date.now() + 2_000;
      while (hole.received.length === 0 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(hole.received.join("")).toBe("hello");
      socket.destroy();
    } finally {
      await hole.close();
    }
  });
});
