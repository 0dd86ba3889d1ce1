import { describe, expect, it } from "vitest";
import { InvalidResponseError } from "../../src/index";
import { collect, rejection, setup } from "../support/client";
import { sse } from "../support/memory-transport";

// The stream layer hands out the parts of one chunk of body as a batch; RunStream serves them one
// by one. These cases pin that a batch changes nothing a reader can see.

/** One chunk holding three events: a metadata event and two values events. */
const ONE_CHUNK = [
  'event: metadata\ndata: {"run_id":"r1"}\n\nevent: values\ndata: {"n":1}\n\nevent: values\ndata: {"n":2}\n\n',
];

describe("parts decoded from one chunk", () => {
  it("come out one by one, in order, each once", async () => {
    const { client } = setup(() => sse(ONE_CHUNK));
    const parts = await collect(client.runs.stream(null, "a1"));
    expect(parts).toEqual([
      { event: "metadata", data: { run_id: "r1" } },
      { event: "values", data: { n: 1 } },
      { event: "values", data: { n: 2 } },
    ]);
  });

  it("before an event with invalid JSON in the same chunk are delivered, then its error", async () => {
    const { client, openBodies } = setup(() =>
      sse(['event: metadata\ndata: {"run_id":"r1"}\n\nevent: values\ndata: {"n":\n\n']),
    );
    const parts: unknown[] = [];
    const error = await rejection(async () => {
      for await (const part of client.runs.stream(null, "a1")) parts.push(part);
    });
    expect(parts).toEqual([{ event: "metadata", data: { run_id: "r1" } }]);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).event).toBe("values");
    expect(openBodies()).toBe(0);
  });

  it("before one that fails validation are delivered (v2, validateResponses), then its error", async () => {
    const { client } = setup(
      () =>
        sse([
          'event: metadata\ndata: {"run_id":"r1"}\n\nevent: values\ndata: {"n":1}\n\nevent: metadata\ndata: {"no_run_id":true}\n\n',
        ]),
      { validateResponses: true },
    );
    const types: string[] = [];
    const error = await rejection(async () => {
      for await (const part of client.runs.stream(null, "a1", { version: "v2" })) {
        types.push(part.type);
      }
    });
    expect(types).toEqual(["metadata", "values"]);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('stream part "metadata"');
  });

  it("are not handed out after abort(): the next read rejects with the abort reason", async () => {
    const { client, openBodies } = setup(() => sse(ONE_CHUNK));
    const stream = client.runs.stream(null, "a1");
    const first = await stream.next();
    expect(first.value).toEqual({ event: "metadata", data: { run_id: "r1" } });
    const reason = new Error("user stopped");
    stream.abort(reason);
    await expect(stream.next()).rejects.toBe(reason);
    expect(openBodies()).toBe(0);
  });

  it("go out in order to reads made at once, none lost between batches", async () => {
    const { client } = setup(() =>
      sse([
        ONE_CHUNK[0] ?? "",
        'event: values\ndata: {"n":3}\n\n',
        'event: values\ndata: {"n":4}\n\nevent: values\ndata: {"n":5}\n\n',
      ]),
    );
    const stream = client.runs.stream(null, "a1");
    // Seven reads before the first settles: the stream must queue them, as a generator would.
    const results = await Promise.all(Array.from({ length: 7 }, () => stream.next()));
    expect(results.map((result) => (result.done ? "done" : result.value.data))).toEqual([
      { run_id: "r1" },
      { n: 1 },
      { n: 2 },
      { n: 3 },
      { n: 4 },
      { n: 5 },
      "done",
    ]);
  });

  it("left unread when the reader breaks are dropped with the connection", async () => {
    const { client, openBodies } = setup(() => sse(ONE_CHUNK));
    const stream = client.runs.stream(null, "a1");
    for await (const part of stream) {
      expect(part.event).toBe("metadata");
      break;
    }
    expect(await stream.next()).toEqual({ done: true, value: undefined });
    expect(openBodies()).toBe(0);
  });
});
