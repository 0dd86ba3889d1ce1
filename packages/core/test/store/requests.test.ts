import { describe, expect, it } from "vitest";
import { InvalidResponseError, RunwireValidationError } from "../../src/index";
import { rejection, setup } from "../support/client";
import { json } from "../support/memory-transport";

// The store client's exact wire (PLATFORM_SPEC §8, Appendix A.4) over the in-memory transport,
// base URL https://example.com/api. Numbers in test names are PLATFORM_SPEC §11 cases; the Python
// [V] and JS [J] cases are translated to runwire's wire under the adopted proposals (P4: null is
// "not given"; P31: namespaces checked locally).

const API = "https://example.com/api";
const noContent = () => ({ status: 204 });
const ITEM = {
  value: { title: "T", n: 1 },
  key: "k1",
  namespace: ["docs", "u1"],
  created_at: "2026-12-04T17:51:18.797Z",
  updated_at: "2026-12-04T17:51:18.826Z",
};
const withCopies = (item: typeof ITEM) => ({
  ...item,
  createdAt: item.created_at,
  updatedAt: item.updated_at,
});
const bodyOf = (request: { body: string | undefined } | undefined): unknown =>
  JSON.parse(request?.body ?? "");

describe("putItem", () => {
  it("PUT /store/items with namespace, key and value; 204 → undefined (51)", async () => {
    const { client, requests } = setup(noContent);
    expect(await client.store.putItem(["a", "b"], "k", { x: 1 })).toBeUndefined();
    const [request] = requests;
    expect(request?.method).toBe("PUT");
    expect(request?.rawUrl).toBe(`${API}/store/items`);
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(bodyOf(request)).toEqual(
      JSON.parse('{"namespace":["a","b"],"key":"k","value":{"x":1}}'),
    );
  });

  it("sends index and ttl when given, false and lists as given (51)", async () => {
    const { client, requests } = setup(noContent);
    await client.store.putItem(["a"], "k", {}, { index: false, ttl: 5 });
    await client.store.putItem(["a"], "k", {}, { index: ["x", "y.z"] });
    expect(bodyOf(requests[0])).toEqual(
      JSON.parse('{"namespace":["a"],"key":"k","value":{},"index":false,"ttl":5}'),
    );
    expect(bodyOf(requests[1])).toEqual(
      JSON.parse('{"namespace":["a"],"key":"k","value":{},"index":["x","y.z"]}'),
    );
  });

  it("leaves out a null index and ttl, which the JS SDK sends as null (56, P4)", async () => {
    const { client, requests } = setup(noContent);
    await client.store.putItem(["js", "a"], "k2", { v: 2 }, { index: null, ttl: null });
    expect(bodyOf(requests[0])).toEqual(
      JSON.parse('{"namespace":["js","a"],"key":"k2","value":{"v":2}}'),
    );
  });

  it("discards a body the server sends with a 200 (P32: the method is void)", async () => {
    const { client, openBodies } = setup(() => json({ unexpected: true }));
    await expect(client.store.putItem(["a"], "k", {})).resolves.toBeUndefined();
    expect(openBodies()).toBe(0);
  });
});

describe("getItem", () => {
  it("GET /store/items?namespace=<labels joined by .>&key=…, no body (52)", async () => {
    const { client, requests } = setup(() => json(ITEM));
    await client.store.getItem(["a", "b"], "k");
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.rawUrl).toBe(`${API}/store/items?namespace=a.b&key=k`);
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers.has("content-type")).toBe(false);
  });

  it("sends refresh_ttl=true and refresh_ttl=false; null leaves it out (52, 56)", async () => {
    const { client, requests } = setup(() => json(ITEM));
    await client.store.getItem(["a", "b"], "k", { refreshTtl: true });
    await client.store.getItem(["a", "b"], "k", { refreshTtl: false });
    await client.store.getItem(["a"], "k", { refreshTtl: null });
    expect(requests.map((request) => request.rawUrl)).toEqual([
      `${API}/store/items?namespace=a.b&key=k&refresh_ttl=true`,
      `${API}/store/items?namespace=a.b&key=k&refresh_ttl=false`,
      `${API}/store/items?namespace=a&key=k`,
    ]);
  });

  it("encodes labels and key once, as every runwire query value (52)", async () => {
    // Python sends `namespace=a+b.c%2Fd`; runwire's query encoding (docs/spec/runs.md §4.11)
    // spells the space %20 and keeps "/", which servers decode to the same values.
    const { client, requests } = setup(() => json(null));
    await client.store.getItem(["a b", "c/d"], "k&x=1");
    expect(requests[0]?.rawUrl).toBe(`${API}/store/items?namespace=a%20b.c/d&key=k%26x%3D1`);
    expect(requests[0]?.url.searchParams.get("namespace")).toBe("a b.c/d");
    expect(requests[0]?.url.searchParams.get("key")).toBe("k&x=1");
  });

  it("adds enumerable createdAt/updatedAt copies beside the wire's names (56, P33)", async () => {
    const { client } = setup(() => json({ ...ITEM, extra: "kept" }));
    const item = await client.store.getItem(["docs", "u1"], "k1");
    expect(item).toEqual({ ...withCopies(ITEM), extra: "kept" });
    expect(Object.keys(item ?? {})).toEqual(expect.arrayContaining(["createdAt", "updatedAt"]));
    expect(JSON.parse(JSON.stringify(item))).toMatchObject({
      createdAt: ITEM.created_at,
      updatedAt: ITEM.updated_at,
    });
  });

  it("resolves null for a JSON null answer; an empty 200 body is an InvalidResponseError (70, P32)", async () => {
    const missing = setup(() => json(null));
    expect(await missing.client.store.getItem(["a"], "k")).toBeNull();
    const empty = setup(() => ({ status: 200, body: "" }));
    const error = await rejection(() => empty.client.store.getItem(["a"], "k"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
  });

  it("with validateResponses: accepts null and extra keys, refuses an item without its key", async () => {
    const answers = [null, { ...ITEM, extra: 1 }, { value: {}, namespace: ["a"] }];
    const { client } = setup((_, index) => json(answers[index]), { validateResponses: true });
    expect(await client.store.getItem(["a"], "k")).toBeNull();
    expect(await client.store.getItem(["a"], "k")).toMatchObject({
      extra: 1,
      createdAt: ITEM.created_at,
    });
    const error = await rejection(() => client.store.getItem(["a"], "k"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("store.getItem response");
  });
});

describe("deleteItem", () => {
  it("DELETE /store/items with a JSON body {namespace, key}; 204 → undefined (53)", async () => {
    const { client, requests } = setup(noContent);
    expect(await client.store.deleteItem(["a", "b"], "k")).toBeUndefined();
    const [request] = requests;
    expect(request?.method).toBe("DELETE");
    expect(request?.rawUrl).toBe(`${API}/store/items`);
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(bodyOf(request)).toEqual({ namespace: ["a", "b"], key: "k" });
  });

  it("sends non-ASCII labels as UTF-8 JSON text (53)", async () => {
    const { client, requests } = setup(noContent);
    await client.store.deleteItem(["ü"], "k");
    // Byte-exact on purpose: the point is that "ü" travels as UTF-8 text, not as an escape.
    expect(requests[0]?.body).toBe('{"namespace":["ü"],"key":"k"}');
  });

  it("discards a body the server sends (P32)", async () => {
    const { client, openBodies } = setup(() => json(["deleted"]));
    await expect(client.store.deleteItem(["a"], "k")).resolves.toBeUndefined();
    expect(openBodies()).toBe(0);
  });
});

describe("searchItems", () => {
  it("POST /store/items/search with the limit/offset defaults (54)", async () => {
    const { client, requests } = setup(() => json({ items: [] }));
    await client.store.searchItems(["a"]);
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.rawUrl).toBe(`${API}/store/items/search`);
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(requests[0]?.body).toBe('{"namespace_prefix":["a"],"limit":10,"offset":0}');
  });

  it("sends every option in Appendix A.4 order; {} and false as given (54)", async () => {
    const { client, requests } = setup(() => json({ items: [] }));
    await client.store.searchItems(["a"], {
      filter: { x: 1 },
      limit: 5,
      offset: 1,
      query: "q",
      refreshTtl: false,
    });
    await client.store.searchItems([], { filter: {} });
    expect(requests[0]?.body).toBe(
      '{"namespace_prefix":["a"],"filter":{"x":1},"limit":5,"offset":1,"query":"q","refresh_ttl":false}',
    );
    expect(bodyOf(requests[1])).toEqual(
      JSON.parse('{"namespace_prefix":[],"filter":{},"limit":10,"offset":0}'),
    );
  });

  it("leaves out null options, which the JS SDK sends as null (P4; 1.5.1 answers filter: null with a 400)", async () => {
    const { client, requests } = setup(() => json({ items: [] }));
    await client.store.searchItems(["a"], {
      filter: null,
      limit: null,
      offset: null,
      query: null,
      refreshTtl: null,
    });
    expect(bodyOf(requests[0])).toEqual({ namespace_prefix: ["a"], limit: 10, offset: 0 });
  });

  it("accepts a '*' label and limit 0 (P31, P10)", async () => {
    const { client, requests } = setup(() => json({ items: [] }));
    await client.store.searchItems(["*", "u1"], { limit: 0 });
    expect(bodyOf(requests[0])).toEqual({ namespace_prefix: ["*", "u1"], limit: 0, offset: 0 });
  });

  it("adds the createdAt/updatedAt copies to every item and keeps score and extra keys (P33)", async () => {
    const second = { ...ITEM, key: "k2", score: 0.5 };
    const { client } = setup(() => json({ items: [ITEM, second], extra: true }));
    expect(await client.store.searchItems(["docs"])).toEqual({
      items: [withCopies(ITEM), { ...withCopies(second), score: 0.5 }],
      extra: true,
    });
  });

  it("an answer without an items list, or an empty body, is an InvalidResponseError (P32)", async () => {
    const answers = [{ results: [] }, ""];
    const { client } = setup((_, index) =>
      index === 0 ? json(answers[0]) : { status: 200, body: "" },
    );
    for (let attempt = 0; attempt < answers.length; attempt += 1) {
      expect(await rejection(() => client.store.searchItems([]))).toBeInstanceOf(
        InvalidResponseError,
      );
    }
  });

  it("with validateResponses: refuses an item without its namespace", async () => {
    const { client } = setup(() => json({ items: [{ key: "k", value: {} }] }), {
      validateResponses: true,
    });
    const error = await rejection(() => client.store.searchItems([]));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("store.searchItems response");
  });
});

describe("listNamespaces", () => {
  it("POST /store/namespaces with limit 100 and offset 0 by default (55)", async () => {
    const { client, requests } = setup(() => json({ namespaces: [["a", "b"]] }));
    expect(await client.store.listNamespaces()).toEqual({ namespaces: [["a", "b"]] });
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.rawUrl).toBe(`${API}/store/namespaces`);
    expect(requests[0]?.body).toBe('{"limit":100,"offset":0}');
  });

  it("sends every option in Appendix A.4 order; maxDepth 0 as given, an empty prefix left out (55)", async () => {
    const { client, requests } = setup(() => json({ namespaces: [] }));
    await client.store.listNamespaces({
      prefix: ["a"],
      suffix: ["b"],
      maxDepth: 2,
      limit: 5,
      offset: 1,
    });
    await client.store.listNamespaces({ prefix: [], maxDepth: 0 });
    await client.store.listNamespaces({ prefix: ["*", "u1"], suffix: [] });
    expect(requests[0]?.body).toBe(
      '{"prefix":["a"],"suffix":["b"],"max_depth":2,"limit":5,"offset":1}',
    );
    // Python sends `"prefix":[]`; an empty prefix or suffix matches every namespace, and the
    // JS server 1.5.1 answers `[]` with a 400, so runwire leaves it out.
    expect(bodyOf(requests[1])).toEqual(JSON.parse('{"max_depth":0,"limit":100,"offset":0}'));
    expect(bodyOf(requests[2])).toEqual(JSON.parse('{"prefix":["*","u1"],"limit":100,"offset":0}'));
  });

  it("leaves out a null prefix, which the JS SDK sends as null (56, P4)", async () => {
    const { client, requests } = setup(() => json({ namespaces: [] }));
    await client.store.listNamespaces({ prefix: null, maxDepth: 0 });
    expect(bodyOf(requests[0])).toEqual(JSON.parse('{"max_depth":0,"limit":100,"offset":0}'));
  });

  it("with validateResponses: refuses an answer without namespaces", async () => {
    const { client } = setup(() => json({ items: [] }), { validateResponses: true });
    expect(await rejection(() => client.store.listNamespaces())).toBeInstanceOf(
      InvalidResponseError,
    );
  });
});

describe("bad input is refused before any request (64, P31)", () => {
  type Call = (client: ReturnType<typeof setup>["client"]) => Promise<unknown>;
  const cases: [string, Call, string][] = [
    ['getItem(["a.b"])', (c) => c.store.getItem(["a.b"], "k"), "namespace[0]"],
    ["getItem([])", (c) => c.store.getItem([], "k"), "namespace"],
    ['putItem(["a", ""])', (c) => c.store.putItem(["a", ""], "k", {}), "namespace[1]"],
    ['deleteItem(["a.b"])', (c) => c.store.deleteItem(["a.b"], "k"), "namespace[0]"],
    ["putItem([])", (c) => c.store.putItem([], "k", {}), "namespace"],
    ["deleteItem([])", (c) => c.store.deleteItem([], "k"), "namespace"],
    ['getItem(["a", ""])', (c) => c.store.getItem(["a", ""], "k"), "namespace[1]"],
    ["getItem(not a list)", (c) => c.store.getItem("a.b" as never, "k"), "namespace"],
    ["getItem(key 5)", (c) => c.store.getItem(["a"], 5 as never), "key"],
    ['searchItems(["a", "b.c"])', (c) => c.store.searchItems(["a", "b.c"]), "namespacePrefix[1]"],
    ['searchItems([""])', (c) => c.store.searchItems([""]), "namespacePrefix[0]"],
    [
      'listNamespaces prefix ["a."]',
      (c) => c.store.listNamespaces({ prefix: ["a."] }),
      "prefix[0]",
    ],
    [
      'listNamespaces suffix ["*", ""]',
      (c) => c.store.listNamespaces({ suffix: ["*", ""] }),
      "suffix[1]",
    ],
    ["putItem value 5", (c) => c.store.putItem(["a"], "k", 5 as never), "value"],
    ["putItem value [1]", (c) => c.store.putItem(["a"], "k", [1] as never), "value"],
    ["putItem ttl 0", (c) => c.store.putItem(["a"], "k", {}, { ttl: 0 }), "ttl"],
    ['putItem index "x"', (c) => c.store.putItem(["a"], "k", {}, { index: "x" as never }), "index"],
    [
      'getItem refreshTtl "yes"',
      (c) => c.store.getItem(["a"], "k", { refreshTtl: "yes" as never }),
      "refreshTtl",
    ],
    ["searchItems limit -1", (c) => c.store.searchItems([], { limit: -1 }), "limit"],
    ["searchItems offset 1.5", (c) => c.store.searchItems([], { offset: 1.5 }), "offset"],
    ["searchItems filter []", (c) => c.store.searchItems([], { filter: [] as never }), "filter"],
    ["listNamespaces maxDepth -1", (c) => c.store.listNamespaces({ maxDepth: -1 }), "maxDepth"],
    [
      "searchItems refresh_ttl",
      (c) => c.store.searchItems([], { refresh_ttl: true } as never),
      "refresh_ttl",
    ],
    [
      "deleteItem unknown option",
      (c) => c.store.deleteItem(["a"], "k", { ttl: 1 } as never),
      "ttl",
    ],
  ];

  it.each(cases)("%s → RunwireValidationError naming %s", async (_name, call, field) => {
    const { client, requests } = setup(noContent);
    const error = await rejection(() => call(client));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe(field);
    expect((error as Error).message).toMatch(/^store\.\w+: /);
    expect(requests).toHaveLength(0);
  });
});

describe("per-call options", () => {
  it("headers and params reach the request; the method's own query keys come first", async () => {
    const { client, requests } = setup(() => json(null));
    await client.store.getItem(["a"], "k", { headers: { "x-trace": "1" }, params: { extra: 1 } });
    expect(requests[0]?.rawUrl).toBe(`${API}/store/items?namespace=a&key=k&extra=1`);
    expect(requests[0]?.headers.get("x-trace")).toBe("1");
  });
});

describe("retries (P36)", () => {
  const unavailable = (_: unknown, index: number) =>
    index === 0 ? { status: 503, body: "busy" } : undefined;

  it.each([
    [
      "putItem (PUT)",
      (c: ReturnType<typeof setup>["client"]) => c.store.putItem(["a"], "k", {}),
      noContent(),
    ],
    [
      "getItem (GET)",
      (c: ReturnType<typeof setup>["client"]) => c.store.getItem(["a"], "k"),
      json(null),
    ],
    [
      "deleteItem (DELETE)",
      (c: ReturnType<typeof setup>["client"]) => c.store.deleteItem(["a"], "k"),
      noContent(),
    ],
    [
      "searchItems (read-only POST)",
      (c: ReturnType<typeof setup>["client"]) => c.store.searchItems([]),
      json({ items: [] }),
    ],
    [
      "listNamespaces (read-only POST)",
      (c: ReturnType<typeof setup>["client"]) => c.store.listNamespaces(),
      json({ namespaces: [] }),
    ],
  ] as const)("%s is sent again after a 503, with the same body", async (_name, call, answer) => {
    const { client, requests } = setup((request, index) => unavailable(request, index) ?? answer);
    await call(client);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.method).toBe(requests[0]?.method);
    expect(requests[1]?.rawUrl).toBe(requests[0]?.rawUrl);
    expect(requests[1]?.body).toBe(requests[0]?.body);
  });

  it("a 422 is not retried and stays a typed error", async () => {
    const { client, requests } = setup(() => ({
      status: 422,
      headers: { "content-type": "text/plain" },
      body: "Namespace labels cannot be empty or contain periods. Received: a.b",
    }));
    const error = await rejection(() => client.store.searchItems([]));
    expect(error).toMatchObject({ status: 422 });
    expect(requests).toHaveLength(1);
  });
});

describe("text a URL cannot carry", () => {
  it("a getItem key or label with a lone surrogate is refused, naming it, before any request", async () => {
    const { client, requests } = setup(() => json(null));
    const cut = "😀".slice(0, 1);
    for (const [namespace, key, field] of [
      [["a"], `k${cut}`, "key"],
      [[`a${cut}`], "k", "namespace"],
    ] as const) {
      const refused = await rejection(() => client.store.getItem(namespace, key));
      expect(refused).toBeInstanceOf(RunwireValidationError);
      expect(refused).toMatchObject({ field });
    }
    expect(requests).toHaveLength(0);
  });

  it("in a body the same text is sent, escaped as JSON allows", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    const cut = "😀".slice(0, 1);
    await client.store.putItem(["a"], `k${cut}`, { v: 1 });
    expect(JSON.parse(requests[0]?.body ?? "").key).toBe(`k${cut}`);
  });
});
