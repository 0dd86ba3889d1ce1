/**
 * Load: 500 concurrent streams from one process against the fault server (same process, real
 * sockets), each a run of a few hundred events. Every stream completes with every event, exactly;
 * peak memory and time taken are printed (not asserted: they depend on the machine).
 */
import { type FaultServer, runEvents, startFaultServer } from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, expectIdlePool, expectParts, faultClient } from "./support";

const STREAMS = 500;
const EVENTS = 300;
const MiB = 1024 * 1024;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: EVENTS });
});
afterAll(async () => {
  await server?.close();
});

describe("load", () => {
  it(`${STREAMS} concurrent streams of ${EVENTS} events each: all complete with every event`, {
    timeout: 60_000,
  }, async () => {
    const { client, agent, close } = faultClient(server.url);
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const startRss = peakRss;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 10);
    try {
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: STREAMS }, async (_, index) => {
          const parts = await collect(
            client.runs.stream(`thread-${index}`, "agent", { streamResumable: true }),
          );
          return parts;
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const connections = server.connections();
      console.log(
        `load: ${STREAMS} concurrent streams × ${EVENTS} events in ${seconds.toFixed(2)} s; ` +
          `peak RSS ${(peakRss / MiB).toFixed(0)} MiB (from ${(startRss / MiB).toFixed(0)} MiB), ` +
          `peak heap ${(peakHeap / MiB).toFixed(0)} MiB; ${connections} TCP connections ` +
          "(client and server share the process)",
      );

      const runIds = new Set<string>();
      for (const parts of results) {
        const runId = (parts[0]?.data as { run_id?: string } | undefined)?.run_id ?? "";
        runIds.add(runId);
        expectParts(parts, runEvents(runId, EVENTS), runId);
      }
      expect(runIds.size).toBe(STREAMS);
      // Exactly one create per stream; no resume was needed; one status check per stream.
      expect(server.received({ route: "stream" })).toHaveLength(STREAMS);
      expect(server.received({ route: "join-stream" })).toHaveLength(0);
      expect(server.received({ route: "get" })).toHaveLength(STREAMS);
      await expectIdlePool(agent, server.url, 5_000);
    } finally {
      clearInterval(sampler);
      await close();
    }
  });
});
