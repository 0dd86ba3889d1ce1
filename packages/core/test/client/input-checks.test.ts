/**
 * Input that used to slip past the checks (issue 12): each case fails at the call, before anything
 * is sent, with a RunwireValidationError naming the field. Before, each was a bare TypeError, a
 * silently different request, or a failure at the first call.
 */
import { describe, expect, it } from "vitest";
import { type Client, RunwireValidationError } from "../../src/index";
import { collect, rejection, setup } from "../support/client";
import { json, reset, sse } from "../support/memory-transport";

/** A client whose server answers anything, and the requests it received. */
function quietClient() {
  return setup((request) =>
    request.headers.get("accept") === "text/event-stream" ? sse("event: end\n\n") : json({}),
  );
}

/** The validation error of a call, thrown synchronously (stream, joinStream) or as a rejection. */
async function refusal(call: () => unknown): Promise<RunwireValidationError> {
  let error: unknown;
  try {
    const result = call();
    if (!(result instanceof Promise)) throw new Error("expected the call to throw synchronously");
    error = await rejection(() => result);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(RunwireValidationError);
  return error as RunwireValidationError;
}

type RunCall = (client: Client, options: Record<string, unknown>) => unknown;
const runMethods: Record<string, RunCall> = {
  stream: (client, options) => client.runs.stream("t", "a", options as never),
  create: (client, options) => client.runs.create("t", "a", options as never),
  wait: (client, options) => client.runs.wait(null, "a", options as never),
};

describe("input JSON cannot carry is refused with its path", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.again = cyclic;
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ["a BigInt", { input: { messages: [{ content: 1n }] } }, "input.messages[0].content", "BigInt"],
    ["a function", { input: { tool: () => 1 } }, "input.tool", "a function"],
    ["a symbol", { metadata: { s: Symbol("s") } }, "metadata.s", "a symbol"],
    ["a cycle", { input: { loop: cyclic } }, "input.loop.again", "circular"],
    ["a typed array", { input: { audio: new Uint8Array(4) } }, "input.audio", "binary data"],
    ["a Map", { context: { users: new Map() } }, "context.users", "Map"],
    ["a Set", { input: { tags: new Set(["a"]) } }, "input.tags", "Set"],
    ["NaN", { config: { configurable: { t: Number.NaN } } }, "config.configurable.t", "NaN"],
    ["Infinity", { command: { resume: Number.POSITIVE_INFINITY } }, "command.resume", "Infinity"],
  ];
  for (const [name, call] of Object.entries(runMethods)) {
    for (const [label, options, field, reason] of cases) {
      it(`${name}: ${label} → ${field}`, async () => {
        const { client, requests } = quietClient();
        const error = await refusal(() => call(client, options));
        expect(error.field).toBe(field);
        expect(error.message).toContain(`runs.${name}: invalid option "${field}"`);
        expect(error.message).toContain(reason);
        expect(requests).toHaveLength(0);
      });
    }
  }

  it("createBatch names the payload: payloads[1].input.n", async () => {
    const { client, requests } = quietClient();
    const error = await refusal(() =>
      client.runs.createBatch([
        { assistantId: "a", input: { n: 1 } },
        { assistantId: "a", input: { n: 2n } },
      ] as never),
    );
    expect(error.field).toBe("payloads[1].input.n");
    expect(requests).toHaveLength(0);
  });

  it("what JSON encodes goes as JSON.stringify sends it: Date as ISO, undefined members left out", async () => {
    const { client, requests } = quietClient();
    await client.runs.create("t", "a", {
      input: { at: new Date(Date.UTC(2024, 0, 1)), gone: undefined, n: 1.5 },
    });
    expect(JSON.parse(requests[0]?.body ?? "").input).toEqual({
      at: "2024-01-01T00:00:00.000Z",
      n: 1.5,
    });
  });
});

describe("ids and header values must be sendable", () => {
  const lone = "t-\uD800";
  it.each([
    ["threadId of stream", (c: Client) => c.runs.stream(lone, "a"), "threadId"],
    ["assistantId of wait", (c: Client) => c.runs.wait(null, lone), "assistantId"],
    ["runId of get", (c: Client) => c.runs.get("t", lone), "runId"],
    ["threadId of list", (c: Client) => c.runs.list(lone), "threadId"],
    ["runId of joinStream", (c: Client) => c.runs.joinStream("t", lone), "runId"],
  ])(
    "a lone surrogate in the %s is refused (was a bare TypeError or URIError)",
    async (_l, call, field) => {
      const { client, requests } = quietClient();
      const error = await refusal(() => call(client));
      expect(error.field).toBe(field);
      expect(error.message).toContain("lone surrogate");
      expect(requests).toHaveLength(0);
    },
  );

  it("createBatch: a lone surrogate in an item's assistantId or threadId is refused, naming it", async () => {
    const { client, requests } = quietClient();
    const assistant = await refusal(() =>
      client.runs.createBatch([{ assistantId: "a" }, { assistantId: lone }]),
    );
    expect(assistant.field).toBe("payloads[1].assistantId");
    const thread = await refusal(() =>
      client.runs.createBatch([{ assistantId: "a", threadId: lone }]),
    );
    expect(thread.field).toBe("payloads[0].threadId");
    expect(requests).toHaveLength(0);
  });

  it("a paired surrogate (an emoji) is a well-formed id and is sent encoded", async () => {
    const { client, requests } = quietClient();
    await client.runs.get("t-😀", "r");
    expect(requests[0]?.rawUrl).toContain("/threads/t-%F0%9F%98%80/runs/r");
  });

  it.each(["1\r\nx-evil: 1", "ключ", " 1"])(
    "a lastEventId a header cannot carry as it is (%j) is refused",
    async (lastEventId) => {
      const { client, requests } = quietClient();
      const error = await refusal(() => client.runs.joinStream("t", "r", { lastEventId }));
      expect(error.field).toBe("lastEventId");
      expect(requests).toHaveLength(0);
    },
  );
});

describe("per-call headers", () => {
  it.each([
    ["a null value (was sent as the string null)", { "x-team": null }, "must be a string"],
    ["an invalid name", { "x team": "a" }, "not a valid header name"],
    ["a value with a line break", { "x-team": "a\nb" }, "a line break"],
    ["a broken pair", [["x-team", "a", "b"]], "not a [name, value] pair"],
  ])("%s is refused, naming headers", async (_label, headers, message) => {
    for (const call of [
      (c: Client) => c.runs.list("t", { headers } as never),
      (c: Client) => c.runs.stream("t", "a", { headers } as never),
    ]) {
      const { client, requests } = quietClient();
      const error = await refusal(() => call(client));
      expect(error.field).toBe("headers");
      expect(error.message).toContain(message);
      expect(requests).toHaveLength(0);
    }
  });

  it.each([
    ["set", { "X-API-Key": "other" }],
    ["removed", { "x-api-key": undefined }],
  ])(
    "x-api-key %s through a call's headers is refused (was: the call replaced the key)",
    async (_label, headers) => {
      const { client, requests } = setup(() => json([]), { apiKey: "client-key" });
      const error = await refusal(() => client.runs.list("t", { headers } as never));
      expect(error.field).toBe("headers");
      expect(error.message).toContain("pass apiKey instead");
      expect(requests).toHaveLength(0);
    },
  );

  it("a call's apiKey is sent instead of the client's, for that call only", async () => {
    const { client, requests } = setup(() => json([]), { apiKey: "client-key" });
    await client.runs.list("t", { apiKey: "tenant-key", headers: { "x-team": "a" } });
    await client.runs.list("t", { apiKey: null });
    expect(requests.map((r) => r.headers.get("x-api-key"))).toEqual(["tenant-key", "client-key"]);
    expect(requests[0]?.headers.get("x-team")).toBe("a");
  });

  it("a call's apiKey also goes with the stream's resume request", async () => {
    const { client, requests } = setup(
      (_request, index) =>
        index === 0
          ? sse(["id: 1\nevent: a\ndata: 1\n\n", reset()], { location: "/r" })
          : sse("event: end\n\n"),
      { apiKey: "client-key" },
    );
    await collect(client.runs.stream("t1", "a1", { apiKey: "tenant-key" }));
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const request of requests) expect(request.headers.get("x-api-key")).toBe("tenant-key");
  });

  it.each(["", "k\n", "ключ"])(
    "a call's apiKey %j that HTTP cannot carry is refused",
    async (apiKey) => {
      const { client, requests } = quietClient();
      const error = await refusal(() => client.runs.get("t", "r", { apiKey }));
      expect(error.field).toBe("apiKey");
      expect(requests).toHaveLength(0);
    },
  );
});

describe("options that used to mean something else", () => {
  it.each([
    ["stream", (c: Client) => c.runs.stream("t", "a", { streamMode: [] })],
    ["create", (c: Client) => c.runs.create("t", "a", { streamMode: [] })],
    ["joinStream", (c: Client) => c.runs.joinStream("t", "r", { streamMode: [] })],
    ["createBatch", (c: Client) => c.runs.createBatch([{ assistantId: "a", streamMode: [] }])],
  ])("%s: streamMode [] is refused", async (_name, call) => {
    const { client, requests } = quietClient();
    const error = await refusal(() => call(client));
    expect(error.field).toMatch(/streamMode$/);
    expect(error.message).toContain("at least one stream mode");
    expect(requests).toHaveLength(0);
  });

  it.each([
    ["recursionLimit", 1, "recursion_limit"],
    ["runName", "x", "run_name"],
    ["maxConcurrency", 2, "max_concurrency"],
    ["runId", "r", "run_id"],
    ["threadId", "t", "configurable.thread_id"],
  ])("config.%s (ignored by the server) is refused, naming %s", async (key, value, wire) => {
    for (const call of Object.values(runMethods)) {
      const { client, requests } = quietClient();
      const error = await refusal(() => call(client, { config: { [key]: value } }));
      expect(error.field).toBe(`config.${key}`);
      expect(error.message).toContain(`use "${wire}"`);
      expect(requests).toHaveLength(0);
    }
  });

  it("config's snake_case keys, and keys runwire does not know, are sent as given", async () => {
    const { client, requests } = quietClient();
    const config = { recursion_limit: 3, run_name: "n", tags: ["a"], custom_key: { x: 1 } };
    await client.runs.create("t", "a", { config });
    expect(JSON.parse(requests[0]?.body ?? "").config).toEqual(config);
  });
});

describe("params a query cannot carry, or that would widen the request, are refused", () => {
  const everyMethod: Record<string, (client: Client, params: unknown) => unknown> = {
    stream: (client, params) => client.runs.stream("t", "a", { params } as never),
    create: (client, params) => client.runs.create("t", "a", { params } as never),
    wait: (client, params) => client.runs.wait("t", "a", { params } as never),
    list: (client, params) => client.runs.list("t", { params } as never),
    get: (client, params) => client.runs.get("t", "r", { params } as never),
    joinStream: (client, params) => client.runs.joinStream("t", "r", { params } as never),
    cancelMany: (client, params) => client.runs.cancelMany({ threadId: "t", params } as never),
  };

  it.each(Object.keys(everyMethod))(
    "%s: params.select: [] would drop the method's select",
    async (name) => {
      const { client, requests } = quietClient();
      const error = await refusal(() => everyMethod[name]?.(client, { select: [] }));
      expect(error.field).toBe("params.select");
      expect(error.message).toContain("widen");
      expect(requests).toHaveLength(0);
    },
  );

  it.each<[params: unknown, field: string, why: string]>([
    [{ x: { y: 1 } }, "params.x", "an object would go out as [object Object]"],
    [{ x: "\uD800" }, "params.x", "a lone surrogate (encodeURIComponent threw a URIError)"],
    [{ x: [1, Number.NaN] }, "params.x", "NaN"],
    [[["k", "v"], ["k"]], "params[1]", "a pair without its value"],
    ["a=\uDC00", "params", "a lone surrogate in a query string"],
  ])("%j is refused naming %s (%s)", async (params, field) => {
    const { client, requests } = quietClient();
    const error = await refusal(() => client.runs.list("t", { params } as never));
    expect(error.field).toBe(field);
    expect(requests).toHaveLength(0);
  });

  it("params that can be sent still are, as given", async () => {
    const { client, requests } = quietClient();
    await client.runs.list("t", { params: { extra: ["a", "b"], n: 1, flag: true, none: null } });
    expect(requests[0]?.url.search).toBe("?limit=10&offset=0&extra=a&extra=b&n=1&flag=true&none=");
  });
});
