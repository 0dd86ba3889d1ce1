/**
 * `RunStream.lastEventId`, `runId` and `threadId`: what the reader took, not what was decoded
 * ahead (a whole chunk's events are decoded at once, and handed out one by one).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../support/client";
import { json, sse } from "../support/memory-transport";

// One chunk, five events: the first read decodes them all.
const chunk =
  'event: metadata\ndata: {"run_id":"r1","attempt":1}\nid: 0\n\n' +
  [1, 2, 3, 4].map((n) => `event: values\ndata: {"n":${n}}\nid: ${n}\n\n`).join("");

describe("the stream's cursor", () => {
  it.each(["v1", "v2"] as const)("%s: follows each part the reader takes", async (version) => {
    const { client } = setup(() => sse(chunk, { "content-location": "/threads/t1/runs/r1" }));
    const stream = client.runs.stream("t1", "agent", { version, streamResumable: true });
    expect([stream.lastEventId, stream.runId, stream.threadId]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const seen: Array<string | undefined> = [];
    for (let index = 0; index < 3; index += 1) {
      await stream.next();
      seen.push(stream.lastEventId);
    }
    expect(seen).toEqual(["0", "1", "2"]);
    expect([stream.runId, stream.threadId]).toEqual(["r1", "t1"]);
    await stream.return();
    expect(stream.lastEventId).toBe("2");
  });

  it("learns the run from the metadata event without Content-Location; stateless is null", async () => {
    const { client } = setup(() => sse('event: metadata\ndata: {"run_id":"r9"}\n\n'));
    const stream = client.runs.stream(null, "agent");
    await stream.next();
    expect([stream.runId, stream.threadId, stream.lastEventId]).toEqual(["r9", null, undefined]);
    await stream.return();
  });

  it("joinStream: the run at once, and the given lastEventId until a part is taken", async () => {
    const { client } = setup((request) =>
      request.method === "GET" && !request.url.pathname.endsWith("/stream")
        ? json({ run_id: "r1", status: "success" })
        : sse('event: values\ndata: {"n":6}\nid: 6\n\n'),
    );
    const stream = client.runs.joinStream("t1", "r1", { lastEventId: "5" });
    expect([stream.runId, stream.threadId, stream.lastEventId]).toEqual(["r1", "t1", "5"]);
    await stream.next();
    expect(stream.lastEventId).toBe("6");
    await stream.return();
  });
});
