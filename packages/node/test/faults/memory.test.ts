/**
 * Bounded memory over real sockets: one event larger than `maxEventBytes` fails the stream with a
 * typed error naming the event (the connection released) instead of buffering without end; the
 * default limit (64 MiB) lets a several-MiB `values` event through; an endless comment line is
 * refused at the same limit; and a 1,000,000-event stream runs in flat heap, measured after a GC.
 */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  bigValues,
  type FaultServer,
  runEvent,
  runEvents,
  startFaultServer,
} from "@runwire/fault-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InvalidResponseError } from "../../src/index";
import {
  collect,
  drain,
  eventually,
  expectIdlePool,
  expectParts,
  faultClient,
  rejectionOf,
} from "./support";

const MiB = 1024 * 1024;

/** `gc()` without a command-line flag: V8 exposes it to new contexts once the flag is set. */
function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const gc = exposeGc();

/** Heap in use after a full collection (or as sampled, where no GC can be forced). */
function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: 10 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.reset();
});

describe("an event larger than maxEventBytes", () => {
  it("fails the stream with InvalidResponseError naming the event; earlier events delivered; connection released", async () => {
    const { client, agent, close } = faultClient(server.url, { maxEventBytes: MiB });
    try {
      server.fault({ route: "stream" }, { bigEvent: { at: 3, bytes: 5 * MiB } });
      const { parts, error } = await drain(
        client.runs.stream("t1", "agent", { streamResumable: true }),
      );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).event).toBe("values");
      expect((error as InvalidResponseError).message).toBe(
        'SSE event "values" is larger than the limit of 1048576 characters; raise `maxEventBytes` if the server legitimately sends events this large.',
      );
      expectParts(parts, runEvents("run-1", 3));
      // Not a connection failure: nothing is resumed, and the connection is closed.
      expect(server.requests).toHaveLength(1);
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      expect(server.requests[0]?.outcome).toBe("gone");
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("the default limit (64 MiB) lets a 5 MiB values event through, intact", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.fault({ route: "stream" }, { bigEvent: { at: 3, bytes: 5 * MiB } });
      const parts = await collect(client.runs.stream("t1", "agent", { streamResumable: true }));
      const big = bigValues(5 * MiB);
      expect(new TextEncoder().encode(JSON.stringify(big)).byteLength).toBeGreaterThanOrEqual(
        5 * MiB,
      );
      const expected = runEvents("run-1", 10).map((part, index) =>
        index === 3 ? { event: "values", data: big, id: "3" } : part,
      );
      expectParts(parts, expected);
    } finally {
      await close();
    }
  });

  it("a comment line that never ends is refused at the limit, not buffered", async () => {
    const { client, agent, close } = faultClient(server.url, { maxEventBytes: MiB });
    try {
      server.fault({ route: "stream" }, { endlessComments: { bytes: 64 * 1024, newline: false } });
      const { parts, error } = await drain(client.runs.stream(null, "agent"));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).message).toContain(
        'SSE event "" is larger than the limit of 1048576 characters',
      );
      expectParts(parts, runEvents("run-1", 10, { ids: false }));
      await eventually(() => server.requests[0]?.closedAt, "the server to see the close");
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });

  it("a JSON answer larger than maxEventBytes is refused with InvalidResponseError", async () => {
    const { client, agent, close } = faultClient(server.url, { maxEventBytes: 64 });
    try {
      const error = await rejectionOf(client.runs.wait("t1", "agent"));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).message).toBe(
        "The response body is larger than the limit of 64 bytes; raise `maxEventBytes` if the server legitimately sends bodies this large.",
      );
      await expectIdlePool(agent, server.url);
    } finally {
      await close();
    }
  });
});

describe("flat memory", () => {
  it("a 1,000,000-event stream: heap growth after GC stays bounded while it runs and after", {
    timeout: 120_000,
  }, async () => {
    const COUNT = 1_000_000;
    const { client, close } = faultClient(server.url);
    try {
      // Warm up (JIT, pools), then take the baseline.
      await collect(client.runs.stream("t1", "agent", { input: { events: 2_000 } }));
      server.reset();
      const baseline = heapUsed();
      const samples: number[] = [];
      let count = 0;
      let mismatch: string | undefined;
      const started = performance.now();
      for await (const part of client.runs.stream("t1", "agent", {
        input: { events: COUNT },
        streamResumable: true,
      })) {
        // Not kept: only checked. Ids for every part, the whole part for every 997th.
        if (part.id !== String(count)) mismatch ??= `part ${count} has id ${part.id}`;
        if (count % 997 === 0) {
          const want = runEvent("run-1", count);
          if (
            part.event !== want.event ||
            JSON.stringify(part.data) !== JSON.stringify(want.data)
          ) {
            mismatch ??= `part ${count} differs`;
          }
        }
        count += 1;
        if (count % 100_000 === 0) samples.push(heapUsed() - baseline);
      }
      const seconds = (performance.now() - started) / 1000;
      const after = heapUsed() - baseline;
      const streamed = server.requests[0]?.outcome;
      console.log(
        `1,000,000 events: ${seconds.toFixed(1)} s; heap growth after GC while streaming (MiB): ${samples
          .map((bytes) => (bytes / MiB).toFixed(1))
          .join(", ")}; after: ${(after / MiB).toFixed(1)} MiB (gc ${gc ? "forced" : "sampled"})`,
      );
      expect(mismatch).toBeUndefined();
      expect(count).toBe(COUNT);
      expect(streamed).toBe("complete");
      expect(samples).toHaveLength(10);
      // ~100 MB went through; holding even the parts of one tenth of it would exceed this.
      const bound = gc ? 24 * MiB : 64 * MiB;
      expect(Math.max(...samples)).toBeLessThan(bound);
      expect(after).toBeLessThan(bound);
    } finally {
      await close();
    }
  });
});
