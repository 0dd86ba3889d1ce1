import { describe, expect, it } from "vitest";
import { encodeQuery, mergeQuery, type QueryParams } from "../../src/http/index";

describe("encodeQuery (§4.11)", () => {
  it("encodes scalars: strings as is, booleans, null → empty, numbers", () => {
    expect(
      encodeQuery([
        ["s", "x"],
        ["t", true],
        ["f", false],
        ["n", null],
        ["i", 42],
        ["fl", 1.5],
      ]),
    ).toBe("s=x&t=true&f=false&n=&i=42&fl=1.5");
  });

  it("uses %20 for space and leaves / alone", () => {
    expect(encodeQuery([["q", "a b/c"]])).toBe("q=a%20b/c");
  });

  it("percent-encodes reserved characters and UTF-8, in keys too", () => {
    expect(encodeQuery([["a&b=c", "x+y?z#!*'()é"]])).toBe(
      "a%26b%3Dc=x%2By%3Fz%23%21%2A%27%28%29%C3%A9",
    );
  });

  it("keeps the unreserved set and repeated keys in order", () => {
    expect(
      encodeQuery([
        ["select", "run_id"],
        ["select", "status"],
        ["k", "A-z_0.9~"],
      ]),
    ).toBe("select=run_id&select=status&k=A-z_0.9~");
  });

  it("gives an empty string for no entries", () => {
    expect(encodeQuery([])).toBe("");
  });
});

describe("mergeQuery (§3.7)", () => {
  const base = { limit: 10, offset: 0 };

  it("params={limit: 3} gives limit=3&offset=0", () => {
    const merged = mergeQuery(base, { limit: 3 });
    expect(merged).toEqual([
      ["limit", 3],
      ["offset", 0],
    ]);
    expect(encodeQuery(merged)).toBe("limit=3&offset=0");
  });

  it("turns base arrays into repeated keys and leaves undefined out", () => {
    const merged = mergeQuery({ limit: 10, offset: 0, status: undefined, select: ["a", "b"] });
    expect(encodeQuery(merged)).toBe("limit=10&offset=0&select=a&select=b");
  });

  it("appends new keys in the caller's order", () => {
    expect(encodeQuery(mergeQuery(base, { z: 1, a: "x" }))).toBe("limit=10&offset=0&z=1&a=x");
  });

  it("replaces all values of an existing key at its first position", () => {
    const merged = mergeQuery({ select: ["a", "b"], limit: 10 }, { select: ["c"] });
    expect(encodeQuery(merged)).toBe("select=c&limit=10");
  });

  it("an empty array removes a key; undefined leaves the base value", () => {
    expect(encodeQuery(mergeQuery({ select: ["a"], limit: 10 }, { select: [] }))).toBe("limit=10");
    expect(encodeQuery(mergeQuery(base, { limit: undefined }))).toBe("limit=10&offset=0");
  });

  it.each<[string, QueryParams]>([
    ["a string", "offset=5&extra=a%20b&extra=c"],
    ["a string with ?", "?offset=5&extra=a%20b&extra=c"],
    [
      "URLSearchParams",
      new URLSearchParams([
        ["offset", "5"],
        ["extra", "a b"],
        ["extra", "c"],
      ]),
    ],
    [
      "a list of pairs",
      [
        ["offset", 5],
        ["extra", "a b"],
        ["extra", "c"],
      ],
    ],
    ["a mapping", { offset: 5, extra: ["a b", "c"] }],
  ])("accepts %s (docs/spec/runs.md Appendix B row 16)", (_label, params) => {
    expect(encodeQuery(mergeQuery(base, params))).toBe("limit=10&offset=5&extra=a%20b&extra=c");
  });

  it("re-encodes a pre-encoded string (+ read as space, %2F as /)", () => {
    expect(encodeQuery(mergeQuery({}, "q=a+b&p=x%2Fy&flag"))).toBe("q=a%20b&p=x/y&flag=");
  });

  it("with no extra returns the base entries", () => {
    expect(mergeQuery({ a: null, b: false })).toEqual([
      ["a", null],
      ["b", false],
    ]);
  });

  it("does not mutate its inputs", () => {
    const select = ["a"] as const;
    const record = { select };
    const merged = mergeQuery(record, { other: 1 });
    expect(merged).toHaveLength(2);
    expect(record).toEqual({ select: ["a"] });
  });
});
