import { describe, expect, it } from "vitest";
import {
  checkOptions,
  StoreDeleteItemOptionsSchema,
  StoreGetItemOptionsSchema,
  StoreKeySchema,
  StoreListNamespacesOptionsSchema,
  StoreNamespacePrefixSchema,
  StoreNamespaceSchema,
  StorePutItemOptionsSchema,
  StoreSearchItemsOptionsSchema,
  StoreValueSchema,
} from "../src";

const failure = (result: ReturnType<typeof checkOptions>) => {
  if (result.success) throw new Error("expected the value to be refused");
  return result.issue;
};

const ownKeys = (shape: object) =>
  Object.keys(shape).filter((key) => !["signal", "headers", "apiKey", "params"].includes(key));

describe("store namespace (P31)", () => {
  it("accepts a non-empty list of plain labels, including `as const` tuples", () => {
    for (const namespace of [["docs"], ["docs", "u1"], ["a b", "c/d", "ü"]] as const) {
      expect(checkOptions(StoreNamespaceSchema, namespace, "store.putItem").success).toBe(true);
    }
  });

  // PLATFORM_SPEC §11.E case 64: each of these is refused before any request.
  it.each([
    ["store.getItem", ["a.b"], "namespace[0]", 'expected a namespace label without "."'],
    ["store.getItem", [], "namespace", "expected at least one namespace label"],
    ["store.putItem", ["a", ""], "namespace[1]", "expected a non-empty namespace label"],
    ["store.deleteItem", ["a.b"], "namespace[0]", 'expected a namespace label without "."'],
  ] as const)("%s(%j) is refused", (label, namespace, field, expected) => {
    const issue = failure(checkOptions(StoreNamespaceSchema, namespace, label, "namespace"));
    expect(issue.field).toBe(field);
    expect(issue.message).toContain(`${label}: invalid option "${field}": ${expected}`);
  });

  it("spells out the rule and what was given", () => {
    expect(
      failure(checkOptions(StoreNamespaceSchema, ["docs", "a.b"], "store.putItem", "namespace"))
        .message,
    ).toBe(
      'store.putItem: invalid option "namespace[1]": expected a namespace label without "." (the server joins labels with "."), got "a.b"',
    );
    expect(
      failure(checkOptions(StoreNamespaceSchema, [], "store.getItem", "namespace")).message,
    ).toBe(
      'store.getItem: invalid option "namespace": expected at least one namespace label (the server requires a namespace), got an array',
    );
  });

  it("refuses what is not a list of strings", () => {
    expect(failure(checkOptions(StoreNamespaceSchema, "docs", "x", "namespace")).message).toBe(
      'x: invalid option "namespace": expected an array, got "docs"',
    );
    expect(failure(checkOptions(StoreNamespaceSchema, ["a", 1], "x", "namespace")).field).toBe(
      "namespace[1]",
    );
  });

  it("lets a prefix be empty or use the `*` wildcard, with the same label rules", () => {
    for (const prefix of [[], ["*"], ["*", "u1"], ["docs"]]) {
      expect(checkOptions(StoreNamespacePrefixSchema, prefix, "store.searchItems").success).toBe(
        true,
      );
    }
    expect(
      failure(
        checkOptions(StoreNamespacePrefixSchema, ["a.b"], "store.searchItems", "namespacePrefix"),
      ).field,
    ).toBe("namespacePrefix[0]");
    expect(
      failure(
        checkOptions(StoreNamespacePrefixSchema, [""], "store.searchItems", "namespacePrefix"),
      ).field,
    ).toBe("namespacePrefix[0]");
  });
});

describe("store key and value", () => {
  it("takes any string key", () => {
    expect(checkOptions(StoreKeySchema, "a b/c&x=1", "x").success).toBe(true);
    expect(failure(checkOptions(StoreKeySchema, 5, "store.getItem", "key")).message).toBe(
      'store.getItem: invalid option "key": expected a string, got 5',
    );
  });

  it("takes a plain object value and refuses arrays and primitives", () => {
    for (const value of [{}, { title: "T", n: 1 }, Object.create(null)]) {
      expect(checkOptions(StoreValueSchema, value, "x").success).toBe(true);
    }
    for (const value of [[1], 5, "text", null, undefined, new Date(0)]) {
      expect(checkOptions(StoreValueSchema, value, "x").success).toBe(false);
    }
    expect(failure(checkOptions(StoreValueSchema, [1], "store.putItem", "value")).message).toBe(
      'store.putItem: invalid option "value": expected a plain object (the store keeps JSON objects, not arrays or primitives), got an array',
    );
  });
});

describe("store method options", () => {
  it("declare the body keys in the wire order of Appendix A.4", () => {
    expect(ownKeys(StorePutItemOptionsSchema.shape)).toEqual(["index", "ttl"]);
    expect(ownKeys(StoreSearchItemsOptionsSchema.shape)).toEqual([
      "filter",
      "limit",
      "offset",
      "query",
      "refreshTtl",
    ]);
    expect(ownKeys(StoreListNamespacesOptionsSchema.shape)).toEqual([
      "prefix",
      "suffix",
      "maxDepth",
      "limit",
      "offset",
    ]);
    expect(ownKeys(StoreDeleteItemOptionsSchema.shape)).toEqual([]);
  });

  it("putItem takes index false or field paths, and a positive ttl", () => {
    for (const options of [
      { index: false },
      { index: ["title", "sections[*].text"] },
      { index: null, ttl: null },
      { ttl: 5 },
      { ttl: 0.5 },
    ]) {
      expect(checkOptions(StorePutItemOptionsSchema, options, "store.putItem").success).toBe(true);
    }
    expect(failure(checkOptions(StorePutItemOptionsSchema, { index: true }, "x")).field).toBe(
      "index",
    );
    expect(failure(checkOptions(StorePutItemOptionsSchema, { index: [1] }, "x")).field).toBe(
      "index[0]",
    );
  });

  it.each([
    [StorePutItemOptionsSchema, { ttl: 0 }, "ttl", "expected a number > 0, got 0"],
    [StorePutItemOptionsSchema, { ttl: -5 }, "ttl", "expected a number > 0, got -5"],
    [
      StorePutItemOptionsSchema,
      { ttl: Number.POSITIVE_INFINITY },
      "ttl",
      "expected a number, got Infinity",
    ],
    [StorePutItemOptionsSchema, { ttl: Number.NaN }, "ttl", "expected a number, got NaN"],
    [StoreSearchItemsOptionsSchema, { limit: -1 }, "limit", "expected a number >= 0, got -1"],
    [StoreSearchItemsOptionsSchema, { offset: 1.5 }, "offset", "expected an integer, got 1.5"],
    [
      StoreListNamespacesOptionsSchema,
      { maxDepth: -1 },
      "maxDepth",
      "expected a number >= 0, got -1",
    ],
    [
      StoreListNamespacesOptionsSchema,
      { maxDepth: 1.5 },
      "maxDepth",
      "expected an integer, got 1.5",
    ],
    [StoreListNamespacesOptionsSchema, { limit: "100" }, "limit", 'expected a number, got "100"'],
  ] as const)("refuses a bad number (%#)", (schema, options, field, expected) => {
    const issue = failure(checkOptions(schema, options, "store.x"));
    expect(issue.field).toBe(field);
    expect(issue.message).toBe(`store.x: invalid option "${field}": ${expected}`);
  });

  it("getItem and searchItems take refreshTtl as a boolean", () => {
    expect(checkOptions(StoreGetItemOptionsSchema, { refreshTtl: false }, "x").success).toBe(true);
    expect(checkOptions(StoreGetItemOptionsSchema, { refreshTtl: null }, "x").success).toBe(true);
    expect(
      failure(checkOptions(StoreGetItemOptionsSchema, { refreshTtl: "true" }, "x")).field,
    ).toBe("refreshTtl");
    expect(
      failure(checkOptions(StoreGetItemOptionsSchema, { refresh_ttl: true }, "store.getItem"))
        .message,
    ).toBe(
      'store.getItem: unknown option "refresh_ttl" (options are camelCase: did you mean "refreshTtl"?)',
    );
  });

  it("searchItems takes its documented forms and checks filter and query", () => {
    const options = { filter: {}, limit: 0, offset: 0, query: "q", refreshTtl: true };
    expect(checkOptions(StoreSearchItemsOptionsSchema, options, "x").success).toBe(true);
    expect(failure(checkOptions(StoreSearchItemsOptionsSchema, { filter: [1] }, "x")).field).toBe(
      "filter",
    );
    expect(failure(checkOptions(StoreSearchItemsOptionsSchema, { query: 5 }, "x")).field).toBe(
      "query",
    );
  });

  it("listNamespaces checks prefix and suffix labels, allowing `*` and `[]`", () => {
    const options = { prefix: ["*", "u1"], suffix: [], maxDepth: 0, limit: 100, offset: 0 };
    expect(checkOptions(StoreListNamespacesOptionsSchema, options, "x").success).toBe(true);
    const issue = failure(
      checkOptions(StoreListNamespacesOptionsSchema, { suffix: ["a.b"] }, "store.listNamespaces"),
    );
    expect(issue.field).toBe("suffix[0]");
    expect(issue.message).toContain('expected a namespace label without "."');
  });

  it("deleteItem takes only the request options", () => {
    expect(
      checkOptions(StoreDeleteItemOptionsSchema, { signal: new AbortController().signal }, "x")
        .success,
    ).toBe(true);
    expect(failure(checkOptions(StoreDeleteItemOptionsSchema, { key: "k" }, "x")).message).toBe(
      'x: unknown option "key"',
    );
  });
});
