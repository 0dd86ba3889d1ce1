import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InternalServerError, type Item, RunwireValidationError } from "../../src/index";
import { rejectionOf } from "./helpers";
import { realClient } from "./support";

// client.store against the real LangGraph server 1.5.1 (PLATFORM_SPEC §8, §10, §11.D case 57).
// The store is shared by every test file of the run, so each namespace here starts with a label
// of its own, and searches and listings are scoped to it.

const client = realClient();
afterAll(() => client.close());

const root = `rw-store-${randomUUID()}`;

/** An item as it should read back, timestamps aside. */
function expectItem(item: Item | null, namespace: string[], key: string, value: object) {
  expect(item).toMatchObject({ namespace, key, value });
  expect(typeof item?.created_at).toBe("string");
  expect(typeof item?.updated_at).toBe("string");
  // The JS SDK's names, as enumerable copies (P33).
  expect(item?.createdAt).toBe(item?.created_at);
  expect(item?.updatedAt).toBe(item?.updated_at);
}

describe("client.store against the real server", () => {
  it("putItem then getItem: the stored object with both spellings of its timestamps", async () => {
    const namespace = [root, "put"];
    await expect(
      client.store.putItem(namespace, "k1", { title: "T", n: 1 }),
    ).resolves.toBeUndefined();
    const item = await client.store.getItem(namespace, "k1");
    expectItem(item, namespace, "k1", { title: "T", n: 1 });
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ["createdAt", "created_at", "key", "namespace", "updatedAt", "updated_at", "value"].sort(),
    );
  });

  it("an overwrite replaces the value and keeps created_at", async () => {
    const namespace = [root, "overwrite"];
    await client.store.putItem(namespace, "k", { v: 1 });
    const first = await client.store.getItem(namespace, "k");
    await client.store.putItem(namespace, "k", { v: 2 });
    const second = await client.store.getItem(namespace, "k");
    expect(second?.value).toEqual({ v: 2 });
    expect(second?.created_at).toBe(first?.created_at);
    expect(Date.parse(second?.updated_at ?? "")).toBeGreaterThanOrEqual(
      Date.parse(first?.updated_at ?? ""),
    );
  });

  it("a missing item is null: 1.5.1 answers 200 with the body null (Q22)", async () => {
    expect(await client.store.getItem([root, "none"], "missing")).toBeNull();
  });

  it("index, ttl and refreshTtl are accepted and ignored by 1.5.1 (Q12)", async () => {
    const namespace = [root, "ttl"];
    await client.store.putItem(namespace, "k2", { n: 2 }, { index: false, ttl: 5 });
    await client.store.putItem(namespace, "k3", { title: "T3" }, { index: ["title"] });
    const refreshed = await client.store.getItem(namespace, "k2", { refreshTtl: true });
    expectItem(refreshed, namespace, "k2", { n: 2 });
    // No TTL in the answer: the server keeps none.
    expect(refreshed).not.toHaveProperty("ttl");
    expectItem(
      await client.store.getItem(namespace, "k3", { refreshTtl: false }),
      namespace,
      "k3",
      { title: "T3" },
    );
  });

  it("keys and labels with spaces, slashes, & and non-ASCII travel intact", async () => {
    const namespace = [root, "a b/c", "ü"];
    await client.store.putItem(namespace, "k&x=1 /y", { ok: true });
    expectItem(await client.store.getItem(namespace, "k&x=1 /y"), namespace, "k&x=1 /y", {
      ok: true,
    });
    // The server accepts an empty key too; runwire sends it as given.
    await client.store.putItem(namespace, "", { empty: true });
    expectItem(await client.store.getItem(namespace, ""), namespace, "", { empty: true });
  });

  it("deleteItem (a DELETE with a JSON body) removes the item; deleting a missing one succeeds", async () => {
    const namespace = [root, "delete", "ü"];
    await client.store.putItem(namespace, "k", { v: 1 });
    await expect(client.store.deleteItem(namespace, "k")).resolves.toBeUndefined();
    expect(await client.store.getItem(namespace, "k")).toBeNull();
    // 1.5.1 answers 204 whether or not the item existed.
    await expect(client.store.deleteItem(namespace, "k")).resolves.toBeUndefined();
  });

  describe("searchItems and listNamespaces", () => {
    const docs = [root, "docs"];
    beforeAll(async () => {
      await client.store.putItem([...docs, "u1"], "a", { title: "A", n: 1 });
      await client.store.putItem([...docs, "u1"], "b", { title: "B", n: 2 });
      await client.store.putItem([...docs, "u2"], "c", { title: "C", n: 2 });
    });

    it("searchItems finds under a prefix, each item with the camelCase copies", async () => {
      const { items } = await client.store.searchItems(docs);
      expect(items.map((item) => item.key).sort()).toEqual(["a", "b", "c"]);
      for (const item of items) {
        expect(item.namespace.slice(0, 2)).toEqual(docs);
        expect(item.createdAt).toBe(item.created_at);
        expect(item.updatedAt).toBe(item.updated_at);
      }
    });

    it("filter matches value keys; limit and offset page; limit 0 finds nothing", async () => {
      const filtered = await client.store.searchItems(docs, { filter: { n: 2 } });
      expect(filtered.items.map((item) => item.key).sort()).toEqual(["b", "c"]);
      const all = (await client.store.searchItems(docs)).items;
      const page = await client.store.searchItems(docs, { limit: 1, offset: 1 });
      expect(page.items).toHaveLength(1);
      expect(page.items[0]?.key).toBe(all[1]?.key);
      expect(await client.store.searchItems(docs, { limit: 0 })).toEqual({ items: [] });
    });

    it("query is ignored without a vector index: no score (Q12)", async () => {
      const { items } = await client.store.searchItems(docs, { query: "B", refreshTtl: true });
      expect(items.map((item) => item.key).sort()).toEqual(["a", "b", "c"]);
      for (const item of items) expect(item).not.toHaveProperty("score");
    });

    it('an empty prefix searches everything; "*" is a literal label in a search on 1.5.1', async () => {
      const everything = await client.store.searchItems([], { filter: { title: "C", n: 2 } });
      expect(everything.items.some((item) => item.namespace[0] === root)).toBe(true);
      // Only listNamespaces reads "*" as a wildcard on 1.5.1.
      expect(await client.store.searchItems(["*", "docs"])).toEqual({ items: [] });
    });

    it("listNamespaces: prefix, suffix, maxDepth, limit/offset and the '*' wildcard", async () => {
      const u1 = [...docs, "u1"];
      const u2 = [...docs, "u2"];
      const under = await client.store.listNamespaces({ prefix: docs });
      expect([...under.namespaces].sort()).toEqual([u1, u2]);
      expect(await client.store.listNamespaces({ prefix: [root], suffix: ["u1"] })).toEqual({
        namespaces: [u1],
      });
      expect(await client.store.listNamespaces({ prefix: docs, maxDepth: 2 })).toEqual({
        namespaces: [docs],
      });
      const page = await client.store.listNamespaces({ prefix: docs, limit: 1, offset: 1 });
      expect(page.namespaces).toHaveLength(1);
      expect(under.namespaces).toContainEqual(page.namespaces[0]);
      expect(await client.store.listNamespaces({ prefix: ["*", "docs", "u2"] })).toEqual({
        namespaces: expect.arrayContaining([u2]),
      });
    });

    it("an empty prefix is left out (1.5.1 answers prefix: [] with a 400), so it lists everything", async () => {
      const { namespaces } = await client.store.listNamespaces({ prefix: [], limit: 10_000 });
      expect(namespaces).toContainEqual([...docs, "u1"]);
    });

    it("maxDepth 0 gives one empty label on 1.5.1 (a server quirk, sent as given)", async () => {
      expect(await client.store.listNamespaces({ prefix: docs, maxDepth: 0 })).toEqual({
        namespaces: [[""]],
      });
    });
  });

  it("a bad namespace is refused locally instead of the server's 500 and its retries (P31, Q22, Q23)", async () => {
    const sent: string[] = [];
    const watched = realClient({
      onRequest: (url, init) => {
        sent.push(`${init.method} ${url.pathname}`);
        return init;
      },
    });
    try {
      const error = await rejectionOf(watched.store.getItem([], "k"));
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect(error).toMatchObject({ field: "namespace" });
      // Nothing sent, so no 500 to retry (the official SDK spends ~26 s retrying it).
      expect(sent).toEqual([]);
      // The same client does send a good call: the hook sees requests.
      expect(await watched.store.getItem([root, "none"], "k")).toBeNull();
      expect(sent).toEqual(["GET /store/items"]);
    } finally {
      await watched.close();
    }
  });

  it("GET /store/items with an empty namespace is a 500 on 1.5.1: InternalServerError, not remapped (Q22, P37)", async () => {
    // The one way to send it is a caller's params replacing the method's own key.
    const once = realClient({ maxRetries: 0 });
    try {
      const error = await rejectionOf(
        once.store.getItem([root], "k", { params: { namespace: "" } }),
      );
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status: 500, message: "Internal Server Error" });
    } finally {
      await once.close();
    }
  });
});
