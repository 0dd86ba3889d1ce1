import { randomUUID } from "node:crypto";
import { OfficialClient } from "@runwire/langgraph-test-server/official-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Item, RunwireValidationError } from "../../src/index";
import { rejectionOf } from "./helpers";
import { realClient, serverUrl } from "./support";

// The same store calls through the official JS SDK 1.15 and through runwire, against the one real
// server. Where both read the same item, the answers are compared whole (timestamps included: it
// is the same record); where each writes its own, timestamps are removed first. The behaviours
// runwire changes on purpose (PLATFORM_SPEC P4, P31, P37, §9 D35–D36) are asserted as differences.

const runwire = realClient();
// Bodies the SDK sends, to show where its nulls come from. No retries, so its 500s (which it
// would otherwise retry for ~26 s, §3.5) come back at once.
const sdkBodies: unknown[] = [];
const sdk = new OfficialClient({
  apiUrl: serverUrl,
  apiKey: null,
  callerOptions: { maxRetries: 0 },
  onRequest: (_url, init) => {
    if (typeof init.body === "string") sdkBodies.push(JSON.parse(init.body));
    return init;
  },
});
afterAll(() => runwire.close());

const root = `rw-store-diff-${randomUUID()}`;

/** An item without what differs between two writes of the same data. */
function stable(item: Item | null) {
  if (item === null) return null;
  const { created_at, updated_at, createdAt, updatedAt, ...rest } = item;
  for (const stamp of [created_at, updated_at, createdAt, updatedAt]) {
    expect(typeof stamp).toBe("string");
  }
  return rest;
}

/** The SDK's HTTPError, as far as the tests rely on it: a plain Error with `status`. */
function expectSdkHttpError(error: unknown, status: number) {
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(RunwireValidationError);
  expect(error).toMatchObject({ status });
  expect((error as Error).message).toMatch(new RegExp(`^HTTP ${status}: `));
}

describe("store: the official SDK and runwire give the same answers", () => {
  const sdkSide = [root, "same", "sdk"];
  const rwSide = [root, "same", "rw"];

  beforeAll(async () => {
    // Each client writes the same items under its own label.
    for (const [client, namespace] of [
      [sdk, sdkSide],
      [runwire, rwSide],
    ] as const) {
      await client.store.putItem(namespace, "a", { title: "A", n: 1 });
      await client.store.putItem(namespace, "b", { title: "B", n: 2 }, { index: false, ttl: 5 });
      await client.store.putItem(namespace, "c", { title: "C", n: 2 }, { index: ["title"] });
    }
  });

  it("putItem resolves undefined in both (204)", async () => {
    const answers = [
      await sdk.store.putItem(sdkSide, "d", { v: 1 }),
      await runwire.store.putItem(rwSide, "d", { v: 1 }),
    ];
    expect(answers).toEqual([undefined, undefined]);
  });

  it("getItem of one item reads the same through both, camelCase copies included", async () => {
    for (const namespace of [sdkSide, rwSide]) {
      for (const key of ["a", "b", "c"]) {
        const official = await sdk.store.getItem(namespace, key);
        const ours = await runwire.store.getItem(namespace, key);
        expect(ours).toEqual(official);
        expect(Object.keys(ours ?? {}).sort()).toEqual(Object.keys(official ?? {}).sort());
      }
    }
  });

  it("what each client wrote reads back alike (timestamps aside)", async () => {
    for (const key of ["a", "b", "c"]) {
      const bySdk = stable(await runwire.store.getItem(sdkSide, key));
      const byRunwire = stable(await runwire.store.getItem(rwSide, key));
      expect(byRunwire).toEqual({ ...bySdk, namespace: rwSide });
    }
  });

  it("getItem with refreshTtl, and of a missing item (null in both)", async () => {
    expect(await runwire.store.getItem(rwSide, "a", { refreshTtl: true })).toEqual(
      await sdk.store.getItem(rwSide, "a", { refreshTtl: true }),
    );
    expect(await runwire.store.getItem(rwSide, "missing")).toBeNull();
    expect(await sdk.store.getItem(rwSide, "missing")).toBeNull();
  });

  it("searchItems answers alike for the same arguments", async () => {
    const prefix = [root, "same"];
    const calls = [
      undefined,
      { filter: { n: 2 } },
      { limit: 2, offset: 1 },
      { limit: 0 },
      { query: "B", refreshTtl: false },
    ];
    for (const options of calls) {
      expect(await runwire.store.searchItems(prefix, options)).toEqual(
        await sdk.store.searchItems(prefix, options),
      );
    }
  });

  it("listNamespaces answers alike for the same arguments", async () => {
    const calls = [
      { prefix: [root] },
      { prefix: [root], maxDepth: 2 },
      { prefix: [root], suffix: ["rw"] },
      { prefix: [root], limit: 1, offset: 1 },
      { prefix: ["*", "same"] },
    ];
    for (const options of calls) {
      expect(await runwire.store.listNamespaces(options)).toEqual(
        await sdk.store.listNamespaces(options),
      );
    }
  });

  it("deleteItem resolves undefined in both, and the item is gone", async () => {
    expect(await sdk.store.deleteItem(sdkSide, "d")).toBeUndefined();
    expect(await runwire.store.deleteItem(rwSide, "d")).toBeUndefined();
    expect(await sdk.store.getItem(rwSide, "d")).toBeNull();
    expect(await runwire.store.getItem(sdkSide, "d")).toBeNull();
  });
});

describe("store: where runwire differs on purpose", () => {
  const namespace = [root, "differs"];
  beforeAll(() => runwire.store.putItem(namespace, "k", { v: 1 }));

  it("getItem([]): the SDK sends it and gets 1.5.1's 500; runwire refuses it locally (P31, Q22)", async () => {
    // With its default retries the SDK would send this GET five times over ~26 s.
    expectSdkHttpError(await rejectionOf(sdk.store.getItem([], "k")), 500);
    const error = await rejectionOf(runwire.store.getItem([], "k"));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect(error).toMatchObject({ field: "namespace" });
  });

  it("an empty label: the SDK sends it (500 on getItem, 422 on putItem); runwire names the label (P31, Q23)", async () => {
    expectSdkHttpError(await rejectionOf(sdk.store.getItem([root, ""], "k")), 500);
    expectSdkHttpError(await rejectionOf(sdk.store.putItem([root, ""], "k", {})), 422);
    for (const call of [
      runwire.store.getItem([root, ""], "k"),
      runwire.store.putItem([root, ""], "k", {}),
    ]) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect(error).toMatchObject({ field: "namespace[1]" });
    }
  });

  it('a "." in a label: both refuse putItem/getItem/deleteItem locally, with different errors (D35)', async () => {
    for (const call of [
      () => sdk.store.putItem(["a.b"], "k", {}),
      () => sdk.store.getItem(["a.b"], "k"),
      () => sdk.store.deleteItem(["a.b"], "k"),
    ]) {
      const error = await rejectionOf(call());
      expect(error).not.toBeInstanceOf(RunwireValidationError);
      expect((error as Error).message).toBe(
        "Invalid namespace label 'a.b'. Namespace labels cannot contain periods ('.')",
      );
    }
    const error = await rejectionOf(runwire.store.deleteItem(["a.b"], "k"));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect(error).toMatchObject({ field: "namespace[0]" });
  });

  it("searchItems with a bad prefix label: the SDK gets 1.5.1's 422; runwire refuses it locally (P31)", async () => {
    expectSdkHttpError(await rejectionOf(sdk.store.searchItems([root, "a.b"])), 422);
    const error = await rejectionOf(runwire.store.searchItems([root, "a.b"]));
    expect(error).toMatchObject({ field: "namespacePrefix[1]" });
  });

  it("putItem with a value that is not an object: a server 400 for the SDK, a local error for runwire", async () => {
    expectSdkHttpError(await rejectionOf(sdk.store.putItem(namespace, "k", 5 as never)), 400);
    const error = await rejectionOf(runwire.store.putItem(namespace, "k", 5 as never));
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect(error).toMatchObject({ field: "value" });
  });

  it("null options: the SDK sends null (1.5.1: 400); runwire leaves them out (P4, D4)", async () => {
    sdkBodies.length = 0;
    expectSdkHttpError(
      await rejectionOf(sdk.store.searchItems(namespace, { filter: null as never })),
      400,
    );
    expect(sdkBodies.at(-1)).toMatchObject({ filter: null });
    expectSdkHttpError(await rejectionOf(sdk.store.listNamespaces({ prefix: null as never })), 400);
    expect(sdkBodies.at(-1)).toMatchObject({ prefix: null });

    const found = await runwire.store.searchItems(namespace, { filter: null, query: null });
    expect(found.items.map((item) => item.key)).toEqual(["k"]);
    const listed = await runwire.store.listNamespaces({ prefix: null, suffix: ["differs"] });
    expect(listed.namespaces).toContainEqual(namespace);
  });

  it("listNamespaces({prefix: []}): the SDK sends [] (1.5.1: 400); runwire leaves it out and lists", async () => {
    expectSdkHttpError(await rejectionOf(sdk.store.listNamespaces({ prefix: [] })), 400);
    const listed = await runwire.store.listNamespaces({ prefix: [], suffix: ["differs"] });
    expect(listed.namespaces).toContainEqual(namespace);
  });
});
