import { describe, expect, it } from "vitest";
import { mergeHeaders } from "../../src/http/index";

const entries = (headers: Headers) => [...headers.entries()];

describe("mergeHeaders", () => {
  it("later layers win, names compared case-insensitively (docs/spec/runs.md Appendix B 15)", () => {
    const merged = mergeHeaders(
      { "User-Agent": "runwire", Accept: "text/event-stream" },
      { accept: "application/json" },
    );
    expect(entries(merged)).toEqual([
      ["accept", "application/json"],
      ["user-agent", "runwire"],
    ]);
  });

  it("accepts Headers, pair lists and records, skipping undefined and null layers", () => {
    const merged = mergeHeaders(new Headers({ a: "1" }), undefined, [["B", "2"]], null, { c: "3" });
    expect(entries(merged)).toEqual([
      ["a", "1"],
      ["b", "2"],
      ["c", "3"],
    ]);
  });

  it("an undefined value removes a header set below", () => {
    const merged = mergeHeaders(
      { "Content-Type": "application/json", X: "1" },
      {
        "content-type": undefined,
      },
    );
    expect(merged.has("content-type")).toBe(false);
    expect(merged.get("x")).toBe("1");
  });

  it("repeated names inside one pair-list layer combine, then replace lower layers", () => {
    const merged = mergeHeaders({ "x-tag": "old" }, [
      ["X-Tag", "a"],
      ["x-tag", "b"],
    ]);
    expect(merged.get("x-tag")).toBe("a, b");
  });

  it("accepts a Headers-like object from another implementation", () => {
    const native = new Headers({ "x-foreign": "yes" });
    const foreign = {
      forEach: native.forEach.bind(native),
      get: native.get.bind(native),
      has: native.has.bind(native),
      set: native.set.bind(native),
      [Symbol.iterator]: native[Symbol.iterator].bind(native),
    };
    expect(mergeHeaders(foreign as unknown as Headers).get("x-foreign")).toBe("yes");
  });

  it("returns a new Headers and does not change its inputs", () => {
    const layer = new Headers({ a: "1" });
    const merged = mergeHeaders(layer, { a: "2" });
    expect(merged).not.toBe(layer);
    expect(layer.get("a")).toBe("1");
    expect(merged.get("a")).toBe("2");
  });

  it("with no layers gives empty headers", () => {
    expect(entries(mergeHeaders())).toEqual([]);
  });

  it("rejects an invalid header name like Headers does", () => {
    expect(() => mergeHeaders({ "bad name": "x" })).toThrow(TypeError);
  });
});
