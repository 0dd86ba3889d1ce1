import { describe, expect, it } from "vitest";
import { type APIStatusError, InternalServerError, InvalidResponseError } from "../../src/index";
import { createSseDecoder } from "../../src/internal";
import { collect, rejection, setup } from "../support/client";
import { json, sse } from "../support/memory-transport";

const encoder = new TextEncoder();

describe("bounded memory", () => {
  it("the decoder refuses an event that grows past maxEventLength, data or unfinished line", () => {
    const events: string[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => events.push(e.data), maxEventLength: 10 });
    decoder.feed(encoder.encode("data: 12345\n\n"));
    expect(events).toEqual(["12345"]);
    // Many short data lines: the joined data is what counts.
    expect(() => decoder.feed(encoder.encode("event: big\ndata: 123456\ndata: 7890\n"))).toThrow(
      InvalidResponseError,
    );
    // One line that never ends: the waiting text counts too.
    const endless = createSseDecoder({ onEvent: () => {}, maxEventLength: 10 });
    endless.feed(encoder.encode("data: 123"));
    let caught: unknown;
    try {
      endless.feed(encoder.encode("456789"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidResponseError);
    expect((caught as InvalidResponseError).message).toContain("larger than the limit of 10");
  });

  it("a stream with an event over maxEventBytes fails with a typed error and closes the body", async () => {
    const big = "x".repeat(5_000);
    const { client, openBodies } = setup(
      () =>
        sse([
          'event: metadata\ndata: {"run_id":"r1"}\n\n',
          `event: values\ndata: {"blob":"${big.slice(0, 2_000)}`,
          big.slice(2_000),
          '"}\n\n',
        ]),
      { maxEventBytes: 4_096 },
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

  it("the default limit (64 MiB) lets a several-MiB values event through", async () => {
    const state = {
      messages: Array.from({ length: 40_000 }, (_, i) => ({ id: i, text: "hello" })),
    };
    const data = JSON.stringify(state);
    expect(data.length).toBeGreaterThan(1_000_000);
    const { client } = setup(() => sse([`event: values\ndata: ${data}\n\n`]));
    const parts = await collect(client.runs.stream(null, "a1"));
    expect(parts).toEqual([{ event: "values", data: state }]);
  });

  it("a JSON body over maxEventBytes is refused, not buffered whole", async () => {
    const { client, openBodies } = setup(() => json({ blob: "y".repeat(10_000) }), {
      maxEventBytes: 1_000,
    });
    const error = await rejection(() => client.runs.wait(null, "a1"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("larger than the limit of 1000 bytes");
    expect(openBodies()).toBe(0);
  });

  it("a huge error page is cut to a bounded read and gives a short message", async () => {
    const page = `<html><body>${"<p>oops</p>".repeat(50_000)}</body></html>`;
    const { client, openBodies } = setup(() => ({
      status: 502,
      statusText: "Bad Gateway",
      headers: { "content-type": "text/html" },
      body: [page.slice(0, 200_000), page.slice(200_000)],
    }));
    const error = await rejection(() => client.runs.create(null, "a1"));
    expect(error).toBeInstanceOf(InternalServerError);
    // The message is the status line the transport reported, not a page of HTML.
    expect((error as APIStatusError).message).toBe("502 Bad Gateway");
    expect(String((error as APIStatusError).body).length).toBeLessThanOrEqual(64 * 1024);
    expect(openBodies()).toBe(0);
  });
});
