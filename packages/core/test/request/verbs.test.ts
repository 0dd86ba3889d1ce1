// Every verb of the API through core's request pipeline (HttpClient, as a resource method calls
// it) down to the in-memory transport: the method, the body and its content type as sent, the
// onRequest hook's view of each verb, and which verbs are retried (by the spec's `idempotent`
// flag alone: docs/reliability.md, "Retries of idempotent requests").
import { describe, expect, expectTypeOf, it } from "vitest";
import { resolveConfig } from "../../src/config";
import {
  APIConnectionError,
  type ClientConfig,
  type HttpMethod,
  InternalServerError,
  RunwireValidationError,
} from "../../src/index";
import { HttpClient, type RequestSpec } from "../../src/request/http-client";
import { rejection } from "../support/client";
import { type Handler, json, memoryTransport } from "../support/memory-transport";

/** The pipeline a resource method uses, on the memory transport, with millisecond backoff. */
function pipeline(handler: Handler, config: ClientConfig = {}) {
  const memory = memoryTransport(handler);
  const http = new HttpClient(
    resolveConfig({
      apiUrl: "https://example.com/api",
      apiKey: null,
      transport: memory.transport,
      retry: { initialDelayMs: 1, maxDelayMs: 2 },
      ...config,
    }),
  );
  return { http, ...memory };
}

const ITEM = { namespace: ["docs", "u1"], key: "k", value: { title: "Tides", note: "été ✓" } };
const ITEM_TEXT = '{"namespace":["docs","u1"],"key":"k","value":{"title":"Tides","note":"été ✓"}}';

/** One request per verb, shaped as the store and thread methods will send them. */
const SPECS: Record<HttpMethod, RequestSpec> = {
  GET: { method: "GET", path: "/store/items", query: { key: "k" }, idempotent: true },
  POST: { method: "POST", path: "/store/items/search", json: { limit: 1 }, idempotent: true },
  PUT: { method: "PUT", path: "/store/items", json: ITEM, idempotent: true },
  PATCH: { method: "PATCH", path: "/threads/t", json: { metadata: { a: 1 } }, idempotent: false },
  DELETE: {
    method: "DELETE",
    path: "/store/items",
    json: { namespace: ["docs", "u1"], key: "k" },
    idempotent: true,
  },
};

const BODY_VERBS = ["POST", "PUT", "PATCH", "DELETE"] as const;

describe("each verb reaches the transport as sent", () => {
  it.each(BODY_VERBS)(
    "%s: its method, the JSON text of its body, application/json",
    async (verb) => {
      const { http, requests } = pipeline(() => json({ ok: true }));
      const spec = SPECS[verb];
      expect(await http.json(spec)).toEqual({ ok: true });
      expect(requests).toHaveLength(1);
      const [sent] = requests;
      expect(sent?.method).toBe(verb);
      expect(sent?.url.pathname).toBe(`/api${spec.path}`);
      expect(JSON.parse(sent?.body ?? "")).toEqual(spec.json);
      expect(sent?.headers.get("content-type")).toBe("application/json");
    },
  );

  it("PUT sends its body as UTF-8 JSON text, nothing escaped or reordered", async () => {
    const { http, requests } = pipeline(() => ({ status: 204 }));
    await http.noContent(SPECS.PUT);
    expect(requests[0]?.body).toBe(ITEM_TEXT);
  });

  it("DELETE with a body (the store's DELETE /store/items) keeps it; without one sends none", async () => {
    const { http, requests } = pipeline(() => ({ status: 204 }));
    await http.noContent(SPECS.DELETE);
    await http.noContent({ method: "DELETE", path: "/threads/t", idempotent: true });
    expect(requests.map((r) => [r.method, r.body, r.headers.get("content-type")])).toEqual([
      ["DELETE", '{"namespace":["docs","u1"],"key":"k"}', "application/json"],
      ["DELETE", undefined, null],
    ]);
  });

  it.each(BODY_VERBS)(
    "%s: a body given already encoded (`body`) is sent as it is",
    async (verb) => {
      const { http, requests } = pipeline(() => ({ status: 204 }));
      await http.noContent({ method: verb, path: "/x", body: '{"b": 1}', idempotent: false });
      expect(requests[0]).toMatchObject({ method: verb, body: '{"b": 1}' });
      expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    },
  );

  it("GET sends no body and no content-type", async () => {
    const { http, requests } = pipeline(() => json(null));
    expect(await http.json(SPECS.GET)).toBeNull();
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.url.search).toBe("?key=k");
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers.has("content-type")).toBe(false);
  });

  it("a GET with a body does not type-check; every other verb may have one", () => {
    const base = { path: "/x", idempotent: true } as const;
    expectTypeOf({ ...base, method: "GET", json: {} } as const).not.toExtend<RequestSpec>();
    expectTypeOf({ ...base, method: "GET", body: "{}" } as const).not.toExtend<RequestSpec>();
    expectTypeOf({ ...base, method: "GET" } as const).toExtend<RequestSpec>();
    expectTypeOf({ ...base, method: "DELETE", json: {} } as const).toExtend<RequestSpec>();
    expectTypeOf({ ...base, method: "PATCH", body: "{}" } as const).toExtend<RequestSpec>();
    expectTypeOf({ ...base, method: "HEAD" } as const).not.toExtend<RequestSpec>();
  });
});

describe("onRequest and the verbs", () => {
  it("sees each verb, with its body, and may send it unchanged", async () => {
    const seen: Array<[string, string | undefined]> = [];
    const { http, requests } = pipeline(() => json({}), {
      onRequest: (_url, init) => {
        seen.push([init.method, init.body]);
      },
    });
    for (const spec of Object.values(SPECS)) await http.json(spec);
    const expected = Object.values(SPECS).map((spec) => [
      spec.method,
      spec.json === undefined ? undefined : JSON.stringify(spec.json),
    ]);
    expect(seen).toEqual(expected);
    expect(requests.map((r) => [r.method, r.body])).toEqual(expected);
  });

  it.each([
    ["PUT", "PUT"],
    ["patch", "PATCH"],
    ["Delete", "DELETE"],
    ["post", "POST"],
  ])("may return a POST as %s, which is sent as %s with the body", async (returned, sent) => {
    const { http, requests } = pipeline(() => json({}), {
      onRequest: (_url, init) => ({ ...init, method: returned }),
    });
    await http.json(SPECS.POST);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe(sent);
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({ limit: 1 });
  });

  it("may turn a DELETE into a GET by dropping the body", async () => {
    const { http, requests } = pipeline(() => json({}), {
      onRequest: (_url, init) => ({ ...init, method: "get", body: undefined }),
    });
    await http.json(SPECS.DELETE);
    expect(requests.map((r) => [r.method, r.body])).toEqual([["GET", undefined]]);
  });

  it("may not return a GET that still has a body: refused naming onRequest, nothing sent", async () => {
    const { http, requests } = pipeline(() => json({}), {
      onRequest: (_url, init) => ({ ...init, method: "GET" }),
    });
    const error = await rejection(() => http.json(SPECS.PUT));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe("onRequest");
    expect((error as Error).message).toContain("onRequest returned a GET with a body");
    expect(requests).toHaveLength(0);
  });
});

describe("retries follow `idempotent`, whatever the verb (P36)", () => {
  it("a PUT answered 503 then 204 is sent again, the same body, and succeeds", async () => {
    const { http, requests } = pipeline((_, index) =>
      index === 0 ? json({ detail: "busy" }, 503) : { status: 204 },
    );
    await http.noContent(SPECS.PUT);
    expect(requests.map((r) => [r.method, r.body])).toEqual([
      ["PUT", ITEM_TEXT],
      ["PUT", ITEM_TEXT],
    ]);
  });

  it("a DELETE with a body answered 502 is sent again with the same body", async () => {
    const { http, requests } = pipeline((_, index) =>
      index === 0 ? json({ detail: "bad gateway" }, 502) : { status: 204 },
    );
    await http.noContent(SPECS.DELETE);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body).toBe(requests[0]?.body);
  });

  it("a read-only POST (a search) marked idempotent is retried", async () => {
    const { http, requests } = pipeline((_, index) =>
      index < 2 ? json(null, 500) : json({ items: [] }),
    );
    expect(await http.json(SPECS.POST)).toEqual({ items: [] });
    expect(requests.map((r) => r.method)).toEqual(["POST", "POST", "POST"]);
  });

  it("a PATCH answered 503 is not retried: one request, InternalServerError", async () => {
    const { http, requests } = pipeline((_, index) =>
      index === 0 ? json({ detail: "busy" }, 503) : json({}),
    );
    const error = await rejection(() => http.json(SPECS.PATCH));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(requests.map((r) => r.method)).toEqual(["PATCH"]);
  });

  it("a PATCH whose connection fails is not retried either", async () => {
    const { http, requests } = pipeline(() => {
      throw new TypeError("fetch failed: connect ECONNREFUSED");
    });
    expect(await rejection(() => http.json(SPECS.PATCH))).toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(1);
  });

  it("a PUT that keeps failing stops after maxRetries, like a GET", async () => {
    const { http, requests } = pipeline(() => json(null, 503), { maxRetries: 2 });
    expect(await rejection(() => http.noContent(SPECS.PUT))).toBeInstanceOf(InternalServerError);
    expect(requests.map((r) => r.method)).toEqual(["PUT", "PUT", "PUT"]);
  });
});
