/**
 * `RunStream.toEventStream()`: the run's stream as SSE bytes, each event written back from its
 * decoded fields (data as received, never parsed), usable as a `Response` body.
 */
import { describe, expect, it } from "vitest";
import { APIConnectionError, RunwireError } from "../../src/index";
import { collect, setup } from "../support/client";
import { json, reset, sse } from "../support/memory-transport";

const RUN = { "content-location": "/threads/t1/runs/r1" };

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("toEventStream", () => {
  it("LangGraph's frames come out byte for byte; odd frames come out in one normal form", async () => {
    const frames =
      'event: metadata\ndata: {"run_id":"r1","attempt":1}\nid: 0\n\n' +
      'event: values\ndata: {"a":"日本 😀 \\u2028"}\nid: 1\n\n';
    // CRLF, two data lines, a leading space kept, a comment, an unnamed event, no id, `end`.
    const odd =
      ': ping\r\nevent: custom\r\ndata:  two\r\ndata: lines\r\n\r\ndata: {"x":1}\n\nevent: end\n\n';
    const { client, requests } = setup(() => sse([frames, odd], RUN));
    const stream = client.runs.stream("t1", "agent");
    const response = new Response(stream.toEventStream(), {
      headers: { "content-type": "text/event-stream" },
    });
    expect(await response.text()).toBe(
      `${frames}event: custom\ndata:  two\ndata: lines\nid: 1\n\ndata: {"x":1}\nid: 1\n\nevent: end\ndata: \nid: 1\n\n`,
    );
    expect(requests).toHaveLength(1);
  });

  it("data that is not JSON passes as it is: nothing is parsed", async () => {
    const { client } = setup(() => sse("event: values\ndata: {not json\nid: 3\n\nevent: end\n\n"));
    expect(await text(client.runs.joinStream("t1", "r1").toEventStream())).toBe(
      "event: values\ndata: {not json\nid: 3\n\nevent: end\ndata: \nid: 3\n\n",
    );
  });

  it("a broken connection is resumed and no event is written twice (server replays from 0)", async () => {
    const { client, requests } = setup((request, index) => {
      if (index === 0) {
        return sse(
          [
            'event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\nevent: values\ndata: {"n":1}\nid: 1\n\nevent: val',
            reset(),
          ],
          RUN,
        );
      }
      if (request.url.pathname.endsWith("/stream")) {
        // Ignores Last-Event-ID: the relay must skip what it already wrote.
        return sse(
          'event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\nevent: values\ndata: {"n":1}\nid: 1\n\nevent: values\ndata: {"n":2}\nid: 2\n\nevent: end\n\n',
        );
      }
      return json({ run_id: "r1", status: "success" });
    });
    const stream = client.runs.stream("t1", "agent", { streamResumable: true });
    expect(await text(stream.toEventStream())).toBe(
      'event: metadata\ndata: {"run_id":"r1"}\nid: 0\n\nevent: values\ndata: {"n":1}\nid: 1\n\nevent: values\ndata: {"n":2}\nid: 2\n\nevent: end\ndata: \nid: 2\n\n',
    );
    expect(requests[1]?.headers.get("last-event-id")).toBe("1");
    expect(stream.lastEventId).toBe("2");
  });

  it("a failure that cannot be resumed errors the byte stream", async () => {
    const { client } = setup(() => sse(['event: values\ndata: {"n":1}\n\n', reset()]));
    const reader = client.runs.stream(null, "agent").toEventStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(
      'event: values\ndata: {"n":1}\n\n',
    );
    const failure = await reader.read().catch((error: unknown) => error);
    expect(APIConnectionError.isInstance(failure)).toBe(true);
  });

  it("cancelling closes the connection; the stream has one reader", async () => {
    const { client, openBodies } = setup(() =>
      sse(['event: values\ndata: {"n":1}\nid: 1\n\n', { waitFor: new Promise(() => {}) }], RUN),
    );
    const stream = client.runs.stream("t1", "agent", { streamResumable: true });
    const bytes = stream.toEventStream();
    expect(() => stream.toEventStream()).toThrow(RunwireError);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(RunwireError);
    const reader = bytes.getReader();
    await reader.read();
    expect(openBodies()).toBe(1);
    await reader.cancel();
    expect(openBodies()).toBe(0);
  });

  it("cannot start once parts were read", async () => {
    const { client } = setup(() => sse('event: values\ndata: {"n":1}\n\n'));
    const stream = client.runs.stream(null, "agent");
    await stream.next();
    expect(() => stream.toEventStream()).toThrow(/one reader/);
    expect(await collect(stream)).toEqual([]);
  });
});
