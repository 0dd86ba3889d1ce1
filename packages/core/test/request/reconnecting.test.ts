import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIStatusError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
} from "../../src/index";
import { rejection, setup } from "../support/client";
import { json, reset } from "../support/memory-transport";

const JOIN = "/threads/t/runs/r/join";

/** The call docs/spec/runs.md §6.G makes: POST /threads/t/runs/wait, JSON body, header X-Custom: 1. */
const callOptions = { headers: { "X-Custom": "1" }, raiseError: false } as const;

// docs/spec/runs.md §4.6 and §6.G 98-105, through the three methods that use the reconnecting request.
describe("reconnecting request (6.G)", () => {
  it("98: a JSON body is returned; an empty body gives null", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0 ? json({ x: 1 }) : { status: 200, body: "" },
    );
    expect(await client.runs.wait("t", "a", callOptions)).toEqual({ x: 1 });
    expect(await client.runs.wait("t", "a", callOptions)).toBeNull();
    expect(requests).toHaveLength(2);
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t/runs/wait");
    expect(requests[0]?.headers.get("x-custom")).toBe("1");
  });

  it("98: join and cancel(wait) decode JSON, and an empty body as null", async () => {
    const { client, requests } = setup((request) =>
      request.method === "GET" ? json({ state: 1 }) : { status: 200, body: "" },
    );
    expect(await client.runs.join("t", "r")).toEqual({ state: 1 });
    expect(await client.runs.cancel("t", "r", true)).toBeUndefined();
    expect(requests.map((request) => request.method)).toEqual(["GET", "POST"]);
  });

  it("99: a Location with a body that reads fine is not followed (one request)", async () => {
    const { client, requests, openBodies } = setup(() => json({ x: 1 }, 200, { location: JOIN }));
    expect(await client.runs.wait("t", "a", callOptions)).toEqual({ x: 1 });
    expect(await client.runs.join("t", "r")).toEqual({ x: 1 });
    expect(requests).toHaveLength(2);
    expect(openBodies()).toBe(0);
  });

  it("100: a cross-origin Location is refused even though the body is valid", async () => {
    const { client, requests, openBodies } = setup(() =>
      json({ x: 1 }, 200, { location: "https://evil.com/x" }),
    );
    const error = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain(
      "Refusing to follow cross-origin reconnect Location: 'https://evil.com/x'",
    );
    await expect(client.runs.join("t", "r")).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(client.runs.cancel("t", "r", true)).rejects.toBeInstanceOf(InvalidResponseError);
    expect(requests).toHaveLength(3);
    // The refused response's body is released, not left holding the connection.
    expect(openBodies()).toBe(0);
  });

  it("an onRunCreated callback that throws rejects the wait and releases the response", async () => {
    const { client, openBodies } = setup(() =>
      json({ x: 1 }, 200, { "content-location": "/threads/t/runs/r" }),
    );
    const boom = new Error("callback failed");
    const error = await rejection(() =>
      client.runs.wait("t", "a", {
        onRunCreated: () => {
          throw boom;
        },
      }),
    );
    expect(error).toBe(boom);
    expect(openBodies()).toBe(0);
  });

  it("101: Location and a broken body → a GET to the joined Location with the call's headers, no body, no content headers, no query", async () => {
    const { client, requests, openBodies } = setup((_, index) =>
      index === 0
        ? { status: 200, headers: { location: JOIN }, body: ['{"x":', reset()] }
        : json({ y: 2 }),
    );
    const result = await client.runs.wait("t", "a", {
      ...callOptions,
      input: { a: 1 },
      params: { q: "1" },
    });
    expect(result).toEqual({ y: 2 });
    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first?.method).toBe("POST");
    expect(first?.rawUrl).toBe("https://example.com/api/threads/t/runs/wait?q=1");
    expect(first?.headers.get("content-type")).toBe("application/json");
    expect(second?.method).toBe("GET");
    expect(second?.rawUrl).toBe("https://example.com/api/threads/t/runs/r/join");
    expect(second?.url.search).toBe("");
    expect(second?.headers.get("x-custom")).toBe("1");
    expect(second?.body).toBeUndefined();
    expect(second?.headers.has("content-type")).toBe(false);
    expect(second?.headers.has("content-length")).toBe(false);
    expect(openBodies()).toBe(0);
  });

  it("101: the follow-up GET drops content headers even when the caller set them (docs/spec/runs.md Appendix B 3)", async () => {
    const { client, requests } = setup(
      (_, index) =>
        index === 0
          ? { status: 200, headers: { location: JOIN }, body: [reset()] }
          : json({ y: 2 }),
      { defaultHeaders: { "Content-Type": "application/json" } },
    );
    const result = await client.runs.wait("t", "a", {
      raiseError: false,
      headers: {
        "X-Custom": "1",
        "Content-Type": "application/json; charset=utf-8",
        "Content-Length": "13",
      },
    });
    expect(result).toEqual({ y: 2 });
    const second = requests[1];
    expect(second?.method).toBe("GET");
    expect(second?.headers.get("x-custom")).toBe("1");
    expect(second?.headers.has("content-type")).toBe(false);
    expect(second?.headers.has("content-length")).toBe(false);
  });

  it("101: join and cancel(wait) follow a Location the same way", async () => {
    const { client, requests } = setup((request) =>
      request.url.pathname === "/api/again"
        ? json({ done: true })
        : { status: 200, headers: { location: "/again" }, body: [reset()] },
    );
    expect(await client.runs.join("t", "r", { headers: { "X-Custom": "1" } })).toEqual({
      done: true,
    });
    await client.runs.cancel("t", "r", true, "interrupt", { headers: { "X-Custom": "1" } });
    expect(requests.map((request) => `${request.method} ${request.rawUrl}`)).toEqual([
      "GET https://example.com/api/threads/t/runs/r/join",
      "GET https://example.com/api/again",
      "POST https://example.com/api/threads/t/runs/r/cancel?wait=1&action=interrupt",
      "GET https://example.com/api/again",
    ]);
    for (const request of requests) expect(request.headers.get("x-custom")).toBe("1");
  });

  it("102: no Location, no Content-Location and a broken body → APIConnectionError, no reconnect", async () => {
    const { client, requests, openBodies } = setup(() => ({
      status: 200,
      body: ['{"x":', reset()],
    }));
    const error = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(error).toBeInstanceOf(APIConnectionError);
    await expect(client.runs.join("t", "r")).rejects.toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(2);
    expect(openBodies()).toBe(0);
  });

  it("103: the budget is 1 POST + 5 GETs, then the connection error", async () => {
    const { client, requests, openBodies } = setup(() => ({
      status: 200,
      headers: { location: "/again" },
      body: [reset()],
    }));
    const error = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(requests.map((request) => request.method)).toEqual([
      "POST",
      "GET",
      "GET",
      "GET",
      "GET",
      "GET",
    ]);
    expect(requests.slice(1).every((r) => r.rawUrl === "https://example.com/api/again")).toBe(true);
    expect(openBodies()).toBe(0);
  });

  it("104: 500, 404 and 302 → typed errors with their status, no reconnect", async () => {
    const responses = [
      json({ message: "bad" }, 500, { location: JOIN }),
      { status: 404, headers: { location: JOIN }, body: "nope" },
      { status: 302, headers: { location: "/elsewhere" }, body: "" },
    ];
    const { client, requests, openBodies } = setup((_, index) => responses[index] ?? json(null));

    const server = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(server).toBeInstanceOf(InternalServerError);
    expect((server as InternalServerError).status).toBe(500);
    expect((server as InternalServerError).message).toBe("bad");

    const missing = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).status).toBe(404);
    expect((missing as NotFoundError).body).toBe("nope");

    const redirect = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(redirect).toBeInstanceOf(APIStatusError);
    expect((redirect as APIStatusError).status).toBe(302);
    expect((redirect as APIStatusError).name).toBe("APIStatusError");
    expect((redirect as APIStatusError).headers.get("location")).toBe("/elsewhere");

    expect(requests).toHaveLength(3);
    expect(openBodies()).toBe(0);
  });

  it("104: join and cancel(wait) refuse 1xx and 3xx as typed status errors (docs/spec/runs.md Appendix B 4)", async () => {
    const { client, requests } = setup((request) =>
      request.method === "GET"
        ? { status: 101, body: "" }
        : { status: 307, headers: { location: "/x" }, body: "" },
    );
    const informational = await rejection(() => client.runs.join("t", "r"));
    expect(informational).toBeInstanceOf(APIStatusError);
    expect((informational as APIStatusError).status).toBe(101);
    const redirect = await rejection(() => client.runs.cancel("t", "r", true));
    expect(redirect).toBeInstanceOf(APIStatusError);
    expect((redirect as APIStatusError).status).toBe(307);
    expect(requests).toHaveLength(2);
  });

  it("105: a body that is not JSON → InvalidResponseError, no reconnect", async () => {
    const { client, requests } = setup(() => ({
      status: 200,
      headers: { location: JOIN },
      body: "not json",
    }));
    const error = await rejection(() => client.runs.wait("t", "a", callOptions));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect(requests).toHaveLength(1);
  });
});

// runwire's improvement: the LangGraph server sends Content-Location, never Location.
describe("wait resumes at the run's join endpoint learned from Content-Location", () => {
  it("a broken body with Content-Location → GET …/threads/{t}/runs/{r}/join, its result returned", async () => {
    const { client, requests, openBodies } = setup((_, index) =>
      index === 0
        ? {
            status: 200,
            headers: { "content-location": "/threads/t1/runs/r1" },
            body: ["\n", reset()],
          }
        : json({ final: true }),
    );
    const result = await client.runs.wait("t1", "a", {
      headers: { "X-Custom": "1" },
      params: { q: 1 },
    });
    expect(result).toEqual({ final: true });
    expect(requests).toHaveLength(2);
    expect(requests[1]?.method).toBe("GET");
    expect(requests[1]?.rawUrl).toBe("https://example.com/api/threads/t1/runs/r1/join");
    expect(requests[1]?.headers.get("x-custom")).toBe("1");
    expect(requests[1]?.headers.has("content-type")).toBe(false);
    expect(requests[1]?.body).toBeUndefined();
    expect(openBodies()).toBe(0);
  });

  it("a Location wins over Content-Location", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0
        ? {
            status: 200,
            headers: { "content-location": "/threads/t1/runs/r1", location: "/loc" },
            body: [reset()],
          }
        : json({ ok: 1 }),
    );
    expect(await client.runs.wait("t1", "a")).toEqual({ ok: 1 });
    expect(requests[1]?.rawUrl).toBe("https://example.com/api/loc");
  });

  it("the join endpoint is used for later breaks too, within the same budget", async () => {
    const { client, requests } = setup((_, index) =>
      index === 0
        ? { status: 200, headers: { "content-location": "/threads/t1/runs/r1" }, body: [reset()] }
        : { status: 200, body: [reset()] },
    );
    await expect(client.runs.wait("t1", "a")).rejects.toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(6);
    expect(
      requests
        .slice(1)
        .every((r) => r.rawUrl === "https://example.com/api/threads/t1/runs/r1/join"),
    ).toBe(true);
  });

  it("a Content-Location without a thread gives nothing to join: the error surfaces", async () => {
    const { client, requests } = setup(() => ({
      status: 200,
      headers: { "content-location": "/runs/r1" },
      body: [reset()],
    }));
    await expect(client.runs.wait(null, "a")).rejects.toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(1);
  });

  it("a failed run read from the join endpoint throws a RunError like a direct result", async () => {
    const { client } = setup((_, index) =>
      index === 0
        ? { status: 200, headers: { "content-location": "/threads/t1/runs/r1" }, body: [reset()] }
        : json({ __error__: { error: "ValueError", message: "boom" } }),
    );
    await expect(client.runs.wait("t1", "a")).rejects.toThrow("ValueError: boom");
  });
});
