// Client.close() over the in-memory transport: every runtime's client is core's, so these are the
// semantics of all of them (node, browser and edge prove them against the real server too).
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config";
import { ClientClosedError, createClient, type Transport } from "../../src/index";
import { HttpClient } from "../../src/request/http-client";
import { RunsClient } from "../../src/runs/runs-client";
import { collect, rejection, setup } from "../support/client";
import { json, memoryTransport, sse } from "../support/memory-transport";

const never = new Promise<never>(() => {});
const EVENT = 'event: values\ndata: {"step":1}\nid: 1\n\n';

describe("client.close()", () => {
  it("aborts a stream whose reader is paused; the next read rejects and the body is released", async () => {
    const { client, openBodies } = setup(() => sse([EVENT, { waitFor: never }]));
    const iterator = client.runs.stream(null, "a")[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ event: "values", data: { step: 1 }, id: "1" });
    await client.close();
    const error = await rejection(() => iterator.next());
    expect(error).toBeInstanceOf(ClientClosedError);
    expect((error as Error).message).toBe(
      "The client was closed while this request or stream was open.",
    );
    expect(openBodies()).toBe(0);
  });

  it("rejects a pending read at once", async () => {
    const { client, openBodies } = setup(() => sse([EVENT, { waitFor: never }]));
    const iterator = client.runs.stream(null, "a")[Symbol.asyncIterator]();
    await iterator.next();
    const pending = rejection(() => iterator.next());
    await client.close();
    expect(await pending).toBeInstanceOf(ClientClosedError);
    expect(openBodies()).toBe(0);
  });

  it("aborts a retry's Retry-After wait and a stream's resume backoff", async () => {
    let answered: () => void = () => {};
    const firstAnswer = new Promise<void>((resolve) => {
      answered = resolve;
    });
    const { client, requests } = setup(
      (request) => {
        answered();
        return request.headers.get("accept") === "text/event-stream"
          ? // A cut after an event with an id: the stream would resume after its backoff.
            sse([EVENT, { error: new TypeError("terminated") }], {
              location: "/threads/t/runs/r/stream",
            })
          : json(null, 429, { "retry-after": "3600" });
      },
      { maxRetries: 3, streamResume: { initialDelayMs: 3_600_000, maxDelayMs: 3_600_000 } },
    );
    // Whichever point each has reached when close() comes (the request, the 1 h wait before the
    // retry or the resume), it is aborted: without that, neither would settle within the test.
    const waiting = rejection(() => client.runs.get("t", "r"));
    const streaming = rejection(() => collect(client.runs.stream("t", "a")));
    await firstAnswer;
    await client.close();
    expect(await waiting).toBeInstanceOf(ClientClosedError);
    expect(await streaming).toBeInstanceOf(ClientClosedError);
    // Neither the retry nor the resume was sent.
    expect(requests.filter((request) => request.method === "GET")).toHaveLength(1);
  });

  it("refuses every later call before sending, a stream when it is asked for", async () => {
    const { client, requests } = setup(() => json({}));
    const unread = client.runs.stream(null, "a");
    await client.close();
    expect(await rejection(() => client.runs.get("t", "r"))).toBeInstanceOf(ClientClosedError);
    expect(await rejection(() => unread.next())).toBeInstanceOf(ClientClosedError);
    expect(() => client.runs.stream(null, "a")).toThrow(ClientClosedError);
    expect(requests).toEqual([]);
  });

  it("calls the transport's close() once, however often it is called; await using calls it", async () => {
    let closes = 0;
    const transport: Transport = Object.assign(
      async () => ({
        status: 200,
        headers: new Headers(),
        body: null,
      }),
      {
        close: () => {
          closes += 1;
        },
      },
    );
    const client = createClient({ apiKey: null, transport });
    const first = client.close();
    expect(client.close()).toBe(first);
    await first;
    expect(closes).toBe(1);
    {
      await using scoped = createClient({ apiKey: null, transport });
      await scoped.runs.list("t");
    }
    expect(closes).toBe(2);
  });

  it("tracks a request or stream only while it is open (a long-lived client does not grow)", async () => {
    const memory = memoryTransport((request) =>
      request.headers.get("accept") === "text/event-stream"
        ? sse(request.url.pathname === "/runs/stream" ? EVENT : [EVENT, { waitFor: never }])
        : json([]),
    );
    const http = new HttpClient(resolveConfig({ apiKey: null, transport: memory.transport }));
    const runs = new RunsClient(http);
    for (let i = 0; i < 3; i += 1) {
      await runs.list("t");
      await collect(runs.stream(null, "a"));
      const broken = runs.stream("t", "a");
      await broken.next();
      // An open stream (its own scope and its request) is tracked while it is read ...
      expect(http.lifetime.openCount).toBe(2);
      // ... and no longer once it ends, here by the reader leaving.
      await broken.return();
    }
    expect(http.lifetime.openCount).toBe(0);
  });
});
