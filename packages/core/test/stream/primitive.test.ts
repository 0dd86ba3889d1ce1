/**
 * docs/spec/runs.md §6.C (cases 39-53), the SSE stream primitive, through `runs.stream` / `runs.joinStream`
 * with the runwire decisions of docs/spec/runs.md Appendix B (rows 8, 9, 10, 13): a block cut by a broken connection
 * is never delivered, the media type is compared case-insensitively, errors are runwire's typed
 * ones (`InvalidResponseError`, `APIConnectionError`), and a resumed stream skips events it
 * already delivered.
 */
import { describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
} from "../../src/index";
import { collect, setup } from "../support/client";
import { json, reset, type ScriptedResponse, sse } from "../support/memory-transport";
import { drain, trail, wire } from "./helpers";

const BASE = "https://example.com/api";

describe("SSE stream primitive (docs/spec/runs.md §6.C)", () => {
  it("39: a last block without a blank line is flushed at a clean end", async () => {
    const { client, requests } = setup(() => sse('event: foo\ndata: {"bar": 1}\n'));
    const parts = await collect(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([{ event: "foo", data: { bar: 1 } }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get("accept")).toBe("text/event-stream");
    expect(requests[0]?.headers.get("cache-control")).toBe("no-store");
  });

  it("40: a dropped connection is resumed with a GET to Location and Last-Event-ID", async () => {
    const { client, requests, openBodies } = setup((_request, index) =>
      index === 0
        ? sse(["id: 1\n", "event: values\n", 'data: {"step": 1}\n\n', reset()], {
            location: "/reconnect",
          })
        : sse([
            "id: 2\n",
            "event: values\n",
            'data: {"step": 2}\n\n',
            "event: end\n",
            "data: null\n\n",
          ]),
    );
    const parts = await collect(client.runs.stream("t1", "a1", { input: { payload: "value" } }));
    expect(parts).toEqual([
      { event: "values", data: { step: 1 }, id: "1" },
      { event: "values", data: { step: 2 }, id: "2" },
      { event: "end", data: null, id: "2" },
    ]);
    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first?.method).toBe("POST");
    expect(first?.url.pathname).toBe("/api/threads/t1/runs/stream");
    expect(first?.headers.get("accept")).toBe("text/event-stream");
    expect(first?.headers.get("cache-control")).toBe("no-store");
    expect(first?.headers.has("last-event-id")).toBe(false);
    expect(JSON.parse(first?.body ?? "")).toEqual(
      JSON.parse(
        '{"input":{"payload":"value"},"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1"}',
      ),
    );
    expect(wire(second)).toEqual({
      method: "GET",
      url: `${BASE}/reconnect`,
      lastEventId: "1",
      contentType: null,
      contentLength: null,
      body: undefined,
    });
    expect(second?.url.search).toBe("");
    expect(second?.headers.get("accept")).toBe("text/event-stream");
    expect(second?.headers.get("cache-control")).toBe("no-store");
    expect(openBodies()).toBe(0);
  });

  it("the resume GET keeps the client's default headers and API key", async () => {
    const { client, requests } = setup(
      (_request, index) =>
        index === 0
          ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" })
          : sse("event: end\n\n"),
      { apiKey: "secret-key", defaultHeaders: { "x-team": "blue" } },
    );
    await collect(client.runs.stream("t1", "a1"));
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request.headers.get("x-api-key")).toBe("secret-key");
      expect(request.headers.get("x-team")).toBe("blue");
    }
  });

  it("41: a Location with a clean end of body makes exactly one request", async () => {
    const { client, requests } = setup(() =>
      sse("id: 1\nevent: a\ndata: 1\n\nevent: b\ndata: 2\n\n", { location: "/r" }),
    );
    const parts = await collect(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([
      { event: "a", data: 1, id: "1" },
      { event: "b", data: 2, id: "1" },
    ]);
    expect(requests).toHaveLength(1);
  });

  it("42: a mid-body error with no Location and no known run reaches the caller after the parts", async () => {
    const { client, requests, openBodies } = setup(() =>
      sse(["id: 1\nevent: a\ndata: 1\n\n", "event: b\ndata: 2\n\n", "event: c\nda", reset()]),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([
      { event: "a", data: 1, id: "1" },
      { event: "b", data: 2, id: "1" },
    ]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("Connection lost while reading the response.");
    expect((error as Error).cause).toEqual(new TypeError("terminated: other side closed"));
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("43: the attempt budget ends a stream that keeps failing without new events", async () => {
    // Every response replays event 1 and breaks. The replays are at or below the cursor, so
    // they are skipped: no event arrives after the first, and the budget is never reset.
    const { client, requests, openBodies } = setup(
      () => sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" }),
      { streamResume: { maxAttempts: 5, initialDelayMs: 1, maxDelayMs: 2 } },
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([{ event: "a", data: 1, id: "1" }]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("Connection lost while reading the response.");
    expect(requests.map((request) => request.method)).toEqual([
      "POST",
      "GET",
      "GET",
      "GET",
      "GET",
      "GET",
    ]);
    for (const request of requests.slice(1)) {
      expect(wire(request)).toEqual({
        method: "GET",
        url: `${BASE}/r`,
        lastEventId: "1",
        contentType: null,
        contentLength: null,
        body: undefined,
      });
    }
    expect(openBodies()).toBe(0);
  });

  it("43: with nothing at all after the first event: 1 POST + maxAttempts GETs", async () => {
    const { client, requests } = setup(
      (_request, index) =>
        index === 0
          ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" })
          : sse([reset()]),
      { streamResume: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 2 } },
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([{ event: "a", data: 1, id: "1" }]);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(trail(requests)).toEqual([
      "POST /api/threads/t1/runs/stream",
      "GET /api/r",
      "GET /api/r",
      "GET /api/r",
    ]);
  });

  it("the budget resets once events arrive: many breaks, each after a new event, still finish", async () => {
    const { client, requests } = setup(
      (request) => {
        const after = Number(request.headers.get("last-event-id") ?? "0");
        const id = after + 1;
        return id < 10
          ? sse([`id: ${id}\nevent: a\ndata: ${id}\n\n`, reset()], { location: "/r" })
          : sse(`id: ${id}\nevent: end\n\n`);
      },
      { streamResume: { maxAttempts: 1, initialDelayMs: 1, maxDelayMs: 2 } },
    );
    const parts = await collect(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([
      ...Array.from({ length: 9 }, (_, index) => ({
        event: "a",
        data: index + 1,
        id: String(index + 1),
      })),
      { event: "end", data: null, id: "10" },
    ]);
    expect(requests).toHaveLength(10);
  });

  it("44: a block cut by the error is dropped; custom headers go on the reconnect", async () => {
    const { client, requests } = setup((_request, index) =>
      index === 0
        ? sse(['id: 7\nevent: a\ndata: 1\n\nevent: b\ndata: {"x":', reset()], { location: "/r" })
        : sse("event: c\ndata: 3\n\n"),
    );
    const parts = await collect(client.runs.stream("t1", "a1", { headers: { "X-Custom": "y" } }));
    expect(parts).toEqual([
      { event: "a", data: 1, id: "7" },
      { event: "c", data: 3 },
    ]);
    expect(requests).toHaveLength(2);
    expect(requests[0]?.headers.get("x-custom")).toBe("y");
    expect(requests[1]?.headers.get("x-custom")).toBe("y");
    expect(requests[1]?.headers.get("last-event-id")).toBe("7");
  });

  it("45: a reconnect answered with another content type fails with InvalidResponseError", async () => {
    const { client, requests, openBodies } = setup((_request, index) =>
      index === 0
        ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" })
        : json({ ok: true }),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([{ event: "a", data: 1, id: "1" }]);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).message).toBe(
      "Expected response header Content-Type to be 'text/event-stream', got 'application/json'",
    );
    expect((error as InvalidResponseError).status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(openBodies()).toBe(0);
  });

  it("46: a reconnect answered 404 fails with NotFoundError", async () => {
    const { client, requests, openBodies } = setup((_request, index) =>
      index === 0
        ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" })
        : json({ detail: "gone" }, 404),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([{ event: "a", data: 1, id: "1" }]);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect((error as NotFoundError).message).toBe("gone");
    expect((error as NotFoundError).status).toBe(404);
    expect(requests).toHaveLength(2);
    expect(openBodies()).toBe(0);
  });

  it("47: an initial response of another content type: onRunCreated first, then the error", async () => {
    const { client, requests, openBodies } = setup(() =>
      json({ run_id: "r1" }, 200, { "content-location": "/threads/t1/runs/r1" }),
    );
    const onRunCreated = vi.fn();
    const { parts, error } = await drain(client.runs.stream("t1", "a1", { onRunCreated }));
    expect(parts).toEqual([]);
    expect(onRunCreated).toHaveBeenCalledTimes(1);
    expect(onRunCreated).toHaveBeenCalledWith({ run_id: "r1", thread_id: "t1" });
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "Expected response header Content-Type to be 'text/event-stream', got 'application/json'",
    );
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("48: an initial 409: onRunCreated first, then ConflictError", async () => {
    const { client, requests, openBodies } = setup(() =>
      json({ message: "busy" }, 409, { "content-location": "/threads/t1/runs/r1" }),
    );
    const onRunCreated = vi.fn();
    const { parts, error } = await drain(client.runs.stream("t1", "a1", { onRunCreated }));
    expect(parts).toEqual([]);
    expect(onRunCreated).toHaveBeenCalledWith({ run_id: "r1", thread_id: "t1" });
    expect(ConflictError.isInstance(error)).toBe(true);
    expect((error as ConflictError).message).toBe("busy");
    expect((error as ConflictError).status).toBe(409);
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("49: a cross-origin Location is refused before any part", async () => {
    const { client, requests, openBodies } = setup(() =>
      sse("id: 1\nevent: a\ndata: 1\n\n", { location: "http://example.com/r" }),
    );
    const { parts, error } = await drain(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([]);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "Refusing to follow cross-origin reconnect Location: 'http://example.com/r' (origin http://example.com) is not the client's origin https://example.com",
    );
    expect(requests).toHaveLength(1);
    expect(openBodies()).toBe(0);
  });

  it("50: each response can move the reconnect target again", async () => {
    const { client, requests } = setup((_request, index) => {
      if (index === 0) return sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r1" });
      if (index === 1) return sse(["id: 2\nevent: a\ndata: 2\n\n", reset()], { location: "/r2" });
      return sse("event: end\n\n");
    });
    const parts = await collect(client.runs.stream("t1", "a1"));
    expect(parts).toEqual([
      { event: "a", data: 1, id: "1" },
      { event: "a", data: 2, id: "2" },
      { event: "end", data: null },
    ]);
    expect(
      requests.map((request) => [
        request.method,
        request.rawUrl,
        request.headers.get("last-event-id"),
      ]),
    ).toEqual([
      ["POST", `${BASE}/threads/t1/runs/stream`, null],
      ["GET", `${BASE}/r1`, "1"],
      ["GET", `${BASE}/r2`, "2"],
    ]);
  });

  describe("51: the content-type check (media type compared case-insensitively)", () => {
    const withType = (contentType: string | undefined): ScriptedResponse => ({
      status: 200,
      headers: contentType === undefined ? {} : { "content-type": contentType },
      body: "event: a\ndata: 1\n\n",
    });

    it("a missing Content-Type is refused", async () => {
      const { client } = setup(() => withType(undefined));
      const { parts, error } = await drain(client.runs.stream("t1", "a1"));
      expect(parts).toEqual([]);
      expect(InvalidResponseError.isInstance(error)).toBe(true);
      expect((error as Error).message).toBe(
        "Expected response header Content-Type to be 'text/event-stream', got ''",
      );
    });

    it.each([
      "TEXT/EVENT-STREAM",
      "text/event-stream; charset=utf-8",
      "Text/Event-Stream ;charset=UTF-8",
    ])("%s is accepted", async (contentType) => {
      const { client } = setup(() => withType(contentType));
      expect(await collect(client.runs.stream("t1", "a1"))).toEqual([{ event: "a", data: 1 }]);
    });

    it.each(["foo/text/event-streamx", "text/event-streams", "application/json"])(
      "%s is refused",
      async (contentType) => {
        const { client } = setup(() => withType(contentType));
        const { parts, error } = await drain(client.runs.stream("t1", "a1"));
        expect(parts).toEqual([]);
        expect(InvalidResponseError.isInstance(error)).toBe(true);
        expect((error as Error).message).toBe(
          `Expected response header Content-Type to be 'text/event-stream', got '${contentType}'`,
        );
      },
    );
  });

  it("52: the base path prefix is kept for the request and a relative Location", async () => {
    const { client, requests } = setup(
      (_request, index) =>
        index === 0
          ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/threads/t/runs/r/stream" })
          : sse("event: end\n\n"),
      { apiUrl: "https://example.com/api/" },
    );
    await collect(client.runs.stream("t", "a1"));
    expect(requests.map((request) => request.rawUrl)).toEqual([
      "https://example.com/api/threads/t/runs/stream",
      "https://example.com/api/threads/t/runs/r/stream",
    ]);
  });

  it("53: a GET stream sends no content headers and no body", async () => {
    const { client, requests } = setup(() => sse("event: end\n\n"));
    await collect(client.runs.joinStream(null, "r1"));
    expect(wire(requests[0])).toEqual({
      method: "GET",
      url: `${BASE}/runs/r1/stream`,
      lastEventId: null,
      contentType: null,
      contentLength: null,
      body: undefined,
    });
    expect(requests[0]?.headers.get("accept")).toBe("text/event-stream");
    expect(requests[0]?.headers.get("cache-control")).toBe("no-store");
  });
});
