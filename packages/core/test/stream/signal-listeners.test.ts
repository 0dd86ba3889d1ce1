/**
 * A stream is linked to the caller's `signal` only while it is read (docs/reliability.md): a
 * stream that is made and never read leaves no abort listener on a long-lived signal, and one that
 * ended removes its listener. Node's `getEventListeners` counts them.
 */
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { collect, rejection, setup } from "../support/client";
import { sse } from "../support/memory-transport";

const BODY = 'event: metadata\ndata: {"run_id":"r1"}\n\nevent: values\ndata: {"a":1}\n\n';

describe("abort listeners on the caller's signal", () => {
  it("a stream made and never read adds none", () => {
    const { client } = setup(() => sse(BODY));
    const controller = new AbortController();
    for (let index = 0; index < 3; index += 1) {
      client.runs.stream(null, "a", { signal: controller.signal });
      client.runs.joinStream("t", "r", { signal: controller.signal });
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("a stream read to its end, or returned early, removes what it added", async () => {
    const { client } = setup(() => sse(BODY));
    const controller = new AbortController();
    await collect(client.runs.stream(null, "a", { signal: controller.signal }));
    for await (const _part of client.runs.stream(null, "a", { signal: controller.signal })) break;
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("the signal still aborts a stream made before it aborted and read after", async () => {
    const { client, requests } = setup(() => sse(BODY));
    const controller = new AbortController();
    const stream = client.runs.stream(null, "a", { signal: controller.signal });
    controller.abort(new Error("stop"));
    const error = await rejection(() => collect(stream));
    expect((error as Error).message).toBe("stop");
    expect(requests).toHaveLength(0);
  });
});
