/**
 * `RunStream.toEventStream()` over real sockets: the relayed bytes are exactly the run's frames,
 * a cut connection is resumed without writing any event twice, and cancelling the byte stream
 * closes the connection to the server.
 */
import { type FaultServer, prng, runBytes, startFaultServer } from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, faultClient } from "./support";

const EVENTS = 2_000;
const RUN = "run-1";
const whole = new TextDecoder().decode(runBytes(RUN, EVENTS).bytes);
const total = runBytes(RUN, EVENTS).bytes.byteLength;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: EVENTS });
});
afterAll(async () => {
  await server?.close();
});

describe("toEventStream over real sockets", () => {
  it("seeded cuts (FIN, RST, clean end): the relayed bytes are the run's frames exactly once", {
    timeout: 60_000,
  }, async () => {
    const random = prng(0xe5e5);
    const { client, close } = faultClient(server.url);
    const hows = ["destroy", "reset", "end"] as const;
    try {
      for (let index = 0; index < 24; index += 1) {
        const cut = Math.floor(random() * (total + 1));
        const how = hows[index % hows.length] as (typeof hows)[number];
        server.reset();
        server.fault(
          { route: "stream" },
          { cutAt: cut, cutHow: how, chunks: { min: 1, max: 4096, seed: index } },
        );
        const stream = client.runs.stream("t1", "agent", { streamResumable: true });
        const relayed = await new Response(stream.toEventStream()).text();
        expect(relayed === whole, `cut at ${cut} (${how})`).toBe(true);
        expect(
          server.received({ route: "join-stream" }).length,
          `cut at ${cut}`,
        ).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await close();
    }
  });

  it("cancelling the byte stream closes the connection to the server", async () => {
    const { client, close } = faultClient(server.url);
    try {
      server.reset();
      server.fault({ route: "stream" }, { stall: { at: 5_000, ms: 10_000 } });
      const reader = client.runs.stream("t1", "agent").toEventStream().getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toBe(
        `event: metadata\ndata: {"run_id":"${RUN}","attempt":1}\nid: 0\n\n`,
      );
      await reader.cancel();
      await eventually(
        () => (server.requests[0]?.outcome === "gone" ? true : undefined),
        "the server to see the client leave",
      );
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
